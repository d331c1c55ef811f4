namespace AbiPortal.Parsers.Diagnostics;

/// <summary>
/// The one exception type the parsers throw for bad input, carrying the fatal diagnostic.
/// <c>Read</c> methods throw it; <c>TryRead</c> methods return the diagnostic instead.
/// </summary>
public sealed class BinaryFormatException : Exception
{
    public BinaryFormatException(Diagnostic diagnostic)
        : base(diagnostic.ToString())
    {
        Diagnostic = diagnostic;
    }

    /// <summary>What was wrong, with its code and offset.</summary>
    public Diagnostic Diagnostic { get; }
}
