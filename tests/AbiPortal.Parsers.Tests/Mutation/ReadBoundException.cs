namespace AbiPortal.Parsers.Tests.Mutation;

/// <summary>A read that stayed correct but cost more than <see cref="ReadBounds"/> allows: an amplification finding.</summary>
internal sealed class ReadBoundException(string message) : Exception(message);
