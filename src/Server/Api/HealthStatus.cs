namespace AbiPortal.Server.Api;

/// <summary>The health answer.</summary>
/// <param name="Status">Always <c>ok</c> when returned.</param>
/// <param name="Database"><c>sqlite</c> or <c>postgresql</c>.</param>
public sealed record HealthStatus(string Status, string Database);
