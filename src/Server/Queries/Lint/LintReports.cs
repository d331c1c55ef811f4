namespace AbiPortal.Server.Queries.Lint;

/// <summary>What a stored lint report depends on besides the artifact's file.</summary>
public static class LintReports
{
    /// <summary>
    /// The lint rules' version. Raise it whenever the linter would report the same file differently
    /// (a new rule, another level, other wording): reports stored by another version count as not
    /// stored and are computed again on first request, then stored.
    /// </summary>
    public const int Engine = 1;
}
