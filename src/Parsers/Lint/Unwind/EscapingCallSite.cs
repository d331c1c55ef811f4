namespace AbiPortal.Parsers.Lint.Unwind;

/// <summary>A call-site range of an LSDA through which an exception can leave the function.</summary>
/// <param name="Start">First byte of the range.</param>
/// <param name="Length">Its length.</param>
/// <param name="NoLandingPad">No landing pad at all (rather than a cleanup or handlers without a catch-all).</param>
/// <param name="Why">How the exception gets out, in words.</param>
internal sealed record EscapingCallSite(ulong Start, ulong Length, bool NoLandingPad, string Why);
