namespace AbiPortal.Server.Ui;

/// <summary>What <c>GET /ui/artifacts/{id}/status</c> answers.</summary>
/// <param name="Id">The artifact id.</param>
/// <param name="Status">Parse status word (<c>queued</c>, <c>parsing</c>, <c>ready</c>, <c>failed</c>).</param>
/// <param name="Url">The artifact page, where the script navigates once parsing ends.</param>
public sealed record UiStatusResponse(long Id, string Status, string Url);
