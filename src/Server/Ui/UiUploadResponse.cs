namespace AbiPortal.Server.Ui;

/// <summary>What <c>POST /ui/upload</c> answers to the upload page's script.</summary>
/// <param name="Id">The artifact id.</param>
/// <param name="Outcome"><c>created</c> or <c>existing</c> (the same bytes were uploaded before).</param>
/// <param name="Status">Parse status word (<c>queued</c>, <c>parsing</c>, <c>ready</c>, <c>failed</c>).</param>
/// <param name="Url">The artifact page.</param>
/// <param name="StatusUrl">Where to poll for the status.</param>
public sealed record UiUploadResponse(long Id, string Outcome, string Status, string Url, string StatusUrl);
