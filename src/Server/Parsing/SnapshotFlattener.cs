using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Server.Data.Entities;
using AbiPortal.Server.Queries;

namespace AbiPortal.Server.Parsing;

/// <summary>
/// Turns a snapshot tree into rows. Row ids are positions in a depth-first walk (the top level
/// first, then each member in order), so they are stable for a given snapshot and make the
/// <c>/exports/{exportId}</c> links permanent.
/// </summary>
internal static class SnapshotFlattener
{
    public static SnapshotRows Flatten(long artifactId, Snapshot snapshot)
    {
        var rows = new SnapshotRows();
        Add(rows, artifactId, snapshot, null);
        return rows;
    }

    private static void Add(SnapshotRows rows, long artifactId, Snapshot snapshot, string? member)
    {
        foreach (var e in snapshot.Exports)
        {
            rows.Exports.Add(new ExportEntity
            {
                ArtifactId = artifactId,
                Id = rows.Exports.Count,
                Name = e.Name,
                NameKey = e.Name?.ToLowerInvariant(),
                Demangled = e.Demangled,
                DemangledKey = e.Demangled?.ToLowerInvariant(),
                Version = e.Version,
                DefaultVersion = e.DefaultVersion,
                Kind = e.Kind,
                Binding = e.Binding,
                Visibility = e.Visibility,
                Address = e.Address is { } address ? unchecked((long)address) : null,
                Size = e.Size is { } size ? unchecked((long)size) : null,
                Ordinal = e.Ordinal,
                Forwarder = e.Forwarder,
                Section = e.Section,
                Member = member,
                InSymbolTable = e.InSymbolTable,
                Library = e.Library,
                ImportedName = e.ImportedName,
                Flags = ArtifactMapping.JoinList(e.Flags),
            });
        }

        foreach (var i in snapshot.Imports)
        {
            rows.Imports.Add(new ImportEntity
            {
                ArtifactId = artifactId,
                Id = rows.Imports.Count,
                Name = i.Name,
                Demangled = i.Demangled,
                Version = i.Version,
                Library = i.Library,
                Kind = i.Kind,
                Binding = i.Binding,
                Ordinal = i.Ordinal,
                Hint = i.Hint,
                Member = member,
                Flags = ArtifactMapping.JoinList(i.Flags),
            });
        }

        foreach (var d in snapshot.Dependencies)
        {
            rows.Dependencies.Add(new DependencyEntity
            {
                ArtifactId = artifactId,
                Id = rows.Dependencies.Count,
                Name = d.Name,
                Kind = d.Kind,
                RequiredVersions = ArtifactMapping.JoinList(d.RequiredVersions),
                CurrentVersion = d.CurrentVersion,
                CompatibilityVersion = d.CompatibilityVersion,
                Member = member,
            });
        }

        foreach (var v in snapshot.VersionNodes)
        {
            rows.VersionNodes.Add(new VersionNodeEntity
            {
                ArtifactId = artifactId,
                Id = rows.VersionNodes.Count,
                Name = v.Name,
                VersionIndex = v.Index,
                IsBase = v.IsBase,
                IsWeak = v.IsWeak,
                Parents = ArtifactMapping.JoinList(v.Parents),
                Member = member,
            });
        }

        foreach (var d in snapshot.Diagnostics)
        {
            rows.Diagnostics.Add(new DiagnosticEntity
            {
                ArtifactId = artifactId,
                Id = rows.Diagnostics.Count,
                Code = d.Code.ToString(),
                Severity = d.Severity,
                Offset = d.Offset,
                Message = d.Message,
                Member = member,
            });
            if (d.Severity == DiagnosticSeverity.Error)
            {
                rows.ErrorCount++;
            }
        }

        foreach (var m in snapshot.Members)
        {
            string name = m.Member ?? m.File.Name;
            string path = member is null ? name : member + "/" + name;
            rows.Members.Add(new MemberEntity
            {
                ArtifactId = artifactId,
                Id = rows.Members.Count,
                Name = path,
                Format = EnumNames.Of(m.Format),
                Arch = m.Arch,
                Kind = EnumNames.Of(m.Kind),
                ExportCount = m.Exports.Count,
                ImportCount = m.Imports.Count,
                DiagnosticCount = m.Diagnostics.Count,
            });
            Add(rows, artifactId, m, path);
        }
    }
}
