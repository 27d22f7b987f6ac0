using Tongban.Kernel.Audit;

namespace Tongban.Kernel.Tests.Audit;

public sealed class AuditNamesTests
{
    [Theory]
    [InlineData("create", "Create")]
    [InlineData("bulk-insert", "Bulk insert")]
    [InlineData("epidemic.due", "Epidemic due")]
    [InlineData("YearEndValue", "Year end value")]
    [InlineData("APIToken", "Api token")]
    [InlineData("x", "X")]
    public void A_code_without_a_name_shows_in_words(string code, string words) =>
        Assert.Equal(words, AuditNames.InWords(code));

    [Fact]
    public void An_unknown_action_or_subject_falls_back_to_words()
    {
        Assert.Equal("Made up action", AuditNames.Action("made-up.action"));
        Assert.Equal("Some record", AuditNames.Subject("SomeRecord"));
    }
}
