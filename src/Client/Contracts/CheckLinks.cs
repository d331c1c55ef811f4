namespace AbiPortal.Client.Contracts;

/// <summary>Absolute links for a check.</summary>
/// <param name="Diff">The diff page (baseline → build).</param>
/// <param name="Base">The baseline's artifact page.</param>
/// <param name="Head">The build's artifact page.</param>
public sealed record CheckLinks(string Diff, string Base, string Head);
