namespace AbiPortal.Cli;

/// <summary>
/// Exit statuses shared by <c>diff</c> and <c>check</c>, as abidiff's bits so CI scripts can
/// switch on them: 0 no change, 4 (ABI change) for compatible changes, 12 (4 | 8, incompatible)
/// for breaking ones; 1 error, 2 usage.
/// </summary>
internal static class ExitStatus
{
    public const int Ok = 0;
    public const int Error = 1;
    public const int Usage = 2;
    public const int AbiChange = 4;
    public const int Incompatible = 12;

    /// <summary>
    /// The status for a verdict under <c>--fail-on</c>: <c>any</c> reports every change's bits;
    /// <c>incompatible</c> (the default) reports only breaking changes, so compatible ones pass the
    /// check; <c>none</c> always passes.
    /// </summary>
    public static int For(string verdict, string failOn) => (verdict, failOn) switch
    {
        (_, "none") => Ok,
        ("incompatible", _) => Incompatible,
        ("compatible", "any") => AbiChange,
        _ => Ok,
    };
}
