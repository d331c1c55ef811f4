using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Diff;

/// <summary>An export the type diff follows: a function or variable described on both sides, as the old side describes it.</summary>
/// <param name="Symbol">Its symbol.</param>
/// <param name="Function">The function, or null for a variable.</param>
/// <param name="Variable">The variable, or null for a function.</param>
internal sealed record AbiExport(string Symbol, AbiFunction? Function, AbiVariable? Variable);
