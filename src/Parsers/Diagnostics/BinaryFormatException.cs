using System.Diagnostics.CodeAnalysis;

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

    /// <summary>A fatal (error-severity) problem; the one way the readers build it.</summary>
    internal BinaryFormatException(DiagnosticCode code, long offset, string message)
        : this(new Diagnostic(code, DiagnosticSeverity.Error, offset, message))
    {
    }

    /// <summary>What was wrong, with its code and offset.</summary>
    public Diagnostic Diagnostic { get; }

    /// <summary>
    /// The body of every format root's <c>TryRead</c>: runs its <c>Read</c> and turns this exception
    /// into the returned diagnostic, so the roots do not each repeat the try/catch.
    /// </summary>
    internal static bool TryRead<TInput, TResult>(
        TInput data,
        ParseLimits? limits,
        Func<TInput, ParseLimits?, TResult> read,
        [NotNullWhen(true)] out TResult? result,
        [NotNullWhen(false)] out Diagnostic? error)
        where TInput : allows ref struct
        where TResult : class
    {
        try
        {
            result = read(data, limits);
            error = null;
            return true;
        }
        catch (BinaryFormatException ex)
        {
            result = null;
            error = ex.Diagnostic;
            return false;
        }
    }
}
