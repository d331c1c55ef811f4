using AbiPortal.Client.Contracts;
using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Server.Data.Conversions;

/// <summary>
/// The stored numbers of every enum column. They are the numbers rows were written with before
/// they were pinned (the declaration order of 2026-11), so no data moved; from now on they never
/// change. Words a diff stores (severity, kind) are text columns instead: new ones need no
/// migration.
/// </summary>
public static class StoredEnums
{
    /// <summary><c>artifacts.Status</c>; the queue's SQL uses 0 (queued) and 1 (parsing) literally.</summary>
    public static StoredEnum<ArtifactStatus> ArtifactStatus { get; } = new(
        (Client.Contracts.ArtifactStatus.Queued, 0),
        (Client.Contracts.ArtifactStatus.Parsing, 1),
        (Client.Contracts.ArtifactStatus.Ready, 2),
        (Client.Contracts.ArtifactStatus.Failed, 3));

    /// <summary><c>exports.Kind</c>, <c>imports.Kind</c>.</summary>
    public static StoredEnum<SymbolKind> SymbolKind { get; } = new(
        (Parsers.Snapshots.SymbolKind.None, 0),
        (Parsers.Snapshots.SymbolKind.Function, 1),
        (Parsers.Snapshots.SymbolKind.Object, 2),
        (Parsers.Snapshots.SymbolKind.Tls, 3),
        (Parsers.Snapshots.SymbolKind.IFunc, 4),
        (Parsers.Snapshots.SymbolKind.Common, 5),
        (Parsers.Snapshots.SymbolKind.Absolute, 6));

    /// <summary><c>exports.Binding</c>, <c>imports.Binding</c>.</summary>
    public static StoredEnum<SymbolBinding> SymbolBinding { get; } = new(
        (Parsers.Snapshots.SymbolBinding.Local, 0),
        (Parsers.Snapshots.SymbolBinding.Global, 1),
        (Parsers.Snapshots.SymbolBinding.Weak, 2),
        (Parsers.Snapshots.SymbolBinding.Unique, 3));

    /// <summary><c>exports.Visibility</c>.</summary>
    public static StoredEnum<SymbolVisibility> SymbolVisibility { get; } = new(
        (Parsers.Snapshots.SymbolVisibility.Default, 0),
        (Parsers.Snapshots.SymbolVisibility.Internal, 1),
        (Parsers.Snapshots.SymbolVisibility.Hidden, 2),
        (Parsers.Snapshots.SymbolVisibility.Protected, 3));

    /// <summary><c>dependencies.Kind</c>.</summary>
    public static StoredEnum<DependencyKind> DependencyKind { get; } = new(
        (Parsers.Snapshots.DependencyKind.Needed, 0),
        (Parsers.Snapshots.DependencyKind.Delay, 1),
        (Parsers.Snapshots.DependencyKind.Weak, 2),
        (Parsers.Snapshots.DependencyKind.Reexport, 3),
        (Parsers.Snapshots.DependencyKind.Upward, 4),
        (Parsers.Snapshots.DependencyKind.Lazy, 5));

    /// <summary><c>diagnostics.Severity</c>.</summary>
    public static StoredEnum<DiagnosticSeverity> DiagnosticSeverity { get; } = new(
        (Parsers.Diagnostics.DiagnosticSeverity.Info, 0),
        (Parsers.Diagnostics.DiagnosticSeverity.Warning, 1),
        (Parsers.Diagnostics.DiagnosticSeverity.Error, 2));
}
