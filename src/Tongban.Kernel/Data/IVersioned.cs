namespace Tongban.Kernel.Data;

/// <summary>
/// A record a filing reserves (a card put up for disposal, a request fulfilled, a count reconciled). Its
/// <see cref="Version"/> is a concurrency token the base context raises on every change, so of two
/// filings that read the record at once only the first commits; the second is refused
/// (<c>records.concurrent-change</c>) and nothing of it is written.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
