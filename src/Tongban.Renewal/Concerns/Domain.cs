using Tongban.Kernel.Data;

namespace Tongban.Renewal.Concerns;

/// <summary>What a resident's concern is about (seed 06: lifts, parking, pipes, barrier-free and ageing-friendly facilities...).</summary>
public enum ConcernTopic
{
    Lifts = 1,
    Parking = 2,
    Pipes = 3,
    Environment = 4,
    Construction = 5,
    Services = 6,
    Other = 7,
}

/// <summary>The resident's verdict on the answer.</summary>
public enum Satisfaction
{
    Satisfied = 1,
    BasicallySatisfied = 2,
    Dissatisfied = 3,
}

/// <summary>How many working days a concern of a topic may wait for its answer; data, edited by the answering department.</summary>
public sealed class AnswerLimit
{
    public ConcernTopic Topic { get; set; }

    public int WorkingDays { get; set; }
}

/// <summary>
/// A concern raised by residents of a community, owned by the community's org. It keeps no personal data: the
/// resident is not named, only the channel it came by.
/// </summary>
public sealed class Concern : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    public Guid CommunityId { get; set; }

    public ConcernTopic Topic { get; set; }

    public string Summary { get; set; } = "";

    public DateOnly ReceivedOn { get; set; }

    public DateOnly DueOn { get; set; }

    public string? AssignedTo { get; set; }

    public string? Answer { get; set; }

    public DateOnly? AnsweredOn { get; set; }

    public Satisfaction? Satisfaction { get; set; }
}
