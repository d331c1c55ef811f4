namespace AbiPortal.Cli.Check;

/// <summary>Everything one <c>abiportal check</c> run was asked to do.</summary>
internal sealed record CheckRunOptions
{
    public required string Server { get; init; }
    public required CheckRequest Request { get; init; }
    public string? Token { get; init; }
    public string? JsonPath { get; init; }
    public string FailOn { get; init; } = "incompatible";
    public bool GitHub { get; init; }
}
