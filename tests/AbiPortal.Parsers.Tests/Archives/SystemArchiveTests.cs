using System.Diagnostics;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Parsers.Tests.MachO;

namespace AbiPortal.Parsers.Tests.Archives;

/// <summary>
/// Differential check against the machine's own static libraries (Debian -dev packages ship
/// them): for every ar archive in /usr/lib/x86_64-linux-gnu, each member's exports equal what
/// <c>llvm-nm -g --defined-only -A</c> lists for it, and the archive reads without diagnostics.
/// </summary>
public sealed class SystemArchiveTests
{
    private const string LibraryFolder = "/usr/lib/x86_64-linux-gnu";

    [Fact]
    public void Members_of_every_system_static_library_export_what_llvm_nm_lists()
    {
        Assert.True(Directory.Exists(LibraryFolder), LibraryFolder + " is missing; this test needs a Debian x86-64 machine.");
        var archives = Directory.EnumerateFiles(LibraryFolder, "*.a").Where(IsArchive).Order(StringComparer.Ordinal).ToArray();
        Assert.True(archives.Length >= 5, $"Only {archives.Length} static libraries found (libc6-dev ships several).");

        var problems = new System.Collections.Concurrent.ConcurrentBag<string>();
        int members = 0;
        var options = new SnapshotReadOptions { ComputeSha256 = false, Demangle = false };
        Parallel.ForEach(archives, new ParallelOptions { MaxDegreeOfParallelism = 2 }, path =>
        {
            var snapshot = SnapshotReader.ReadFile(path, options);
            Interlocked.Add(ref members, snapshot.Members.Count);
            if (snapshot.HasErrors || snapshot.Diagnostics.Count > 0)
            {
                problems.Add($"{path}: {string.Join("; ", snapshot.Diagnostics.Concat(snapshot.Members.SelectMany(m => m.Diagnostics)).Take(3))}");
                return;
            }

            var expected = NmDefinedGlobals(path);
            var actual = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
            foreach (var m in snapshot.Members)
            {
                // Repeated member names are numbered (name#2) here; llvm-nm repeats the name.
                string name = m.Member!.Split('#')[0];
                if (!actual.TryGetValue(name, out var set))
                {
                    actual[name] = set = new SortedSet<string>(StringComparer.Ordinal);
                }

                set.UnionWith(m.Exports.Select(e => e.Name!));
            }

            foreach (var (member, names) in expected)
            {
                if (!actual.TryGetValue(member, out var ours) || !ours.SetEquals(names))
                {
                    var diff = names.Except(ours ?? []).Concat((ours ?? []).Except(names)).Take(5);
                    problems.Add($"{Path.GetFileName(path)}({member}): {string.Join(", ", diff)}");
                }
            }
        });

        Assert.True(members > 1000, $"Only {members} members read.");
        Assert.True(problems.IsEmpty, string.Join('\n', problems.Take(20)));
    }

    private static bool IsArchive(string path)
    {
        Span<byte> magic = stackalloc byte[8];
        using var stream = File.OpenRead(path);
        return stream.ReadAtLeast(magic, 8, throwOnEndOfStream: false) == 8 && magic.SequenceEqual("!<arch>\n"u8);
    }

    private static Dictionary<string, SortedSet<string>> NmDefinedGlobals(string path)
    {
        var psi = new ProcessStartInfo("llvm-nm", ["-g", "--defined-only", "-A", path]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(psi)!;
        _ = process.StandardError.ReadToEndAsync();
        var result = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        string prefix = path + ":";
        while (process.StandardOutput.ReadLine() is { } line)
        {
            // "ARCHIVE:MEMBER: VALUE T NAME"; the value is blank for some types.
            if (!line.StartsWith(prefix, StringComparison.Ordinal) || line.IndexOf(": ", prefix.Length, StringComparison.Ordinal) is var colon && colon < 0)
            {
                continue;
            }

            string member = line[prefix.Length..colon];
            string name = line[(colon + 2)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
            if (!result.TryGetValue(member, out var set))
            {
                result[member] = set = new SortedSet<string>(StringComparer.Ordinal);
            }

            set.Add(name);
        }

        process.WaitForExit();
        return result;
    }
}
