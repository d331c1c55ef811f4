namespace AbiPortal.Parsers.Snapshots;

/// <summary>One formal parameter (DW_TAG_formal_parameter).</summary>
/// <param name="Name">Its name; null when the debug info has none.</param>
/// <param name="Type">Type id.</param>
/// <param name="Artificial">Compiler-made (DW_AT_artificial): a member function's <c>this</c>.</param>
public sealed record AbiParameter(string? Name, string Type, bool Artificial = false);
