namespace AbiPortal.Cli.Check;

/// <summary>Everything one <c>abiportal check</c> run was asked to do.</summary>
internal sealed record CheckRunOptions
{
    public required string Server { get; init; }
    public required CheckRequest Request { get; init; }
    public string? Token { get; init; }
    public string? JsonPath { get; init; }
    public string FailOn { get; init; } = "incompatible";

    /// <summary>The least verdict reported as a warning when it does not fail the check; <c>none</c> for no warning.</summary>
    public string WarnOn { get; init; } = "risk";
    public bool GitHub { get; init; }
}
