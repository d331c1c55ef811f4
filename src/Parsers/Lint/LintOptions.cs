using AbiPortal.Parsers.Diff;

namespace AbiPortal.Parsers.Lint;

/// <summary>How <see cref="Linter"/> runs.</summary>
public sealed record LintOptions
{
    public static LintOptions Default { get; } = new();

    public LintLimits Limits { get; init; } = LintLimits.Default;

    /// <summary>Entries with a <c>rule</c> (and optionally a symbol) mark findings as suppressed; entries for diff change kinds are ignored.</summary>
    public SuppressionFile? Suppressions { get; init; }

    /// <summary>The day suppression expiry is judged on; today (UTC) when null.</summary>
    public DateOnly? Today { get; init; }

    /// <summary>Demangles a symbol for messages; none when null.</summary>
    public Func<string, string?>? Demangle { get; init; }

    /// <summary>Stops the code walk between functions and the rules between each other (a server's request or job timeout); the lint then throws <see cref="OperationCanceledException"/>.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>Rule ids to run; all when null.</summary>
    public IReadOnlySet<string>? Rules { get; init; }
}
