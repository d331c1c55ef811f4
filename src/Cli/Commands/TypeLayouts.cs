using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Cli.Commands;

/// <summary><c>abiportal inspect --type NAME</c>: the layouts of the matching types, from the file's surface or its members'.</summary>
internal static class TypeLayouts
{
    /// <summary>Writes every match; false (with a message) when the file has no debug info or nothing matched.</summary>
    public static bool Write(TextWriter stdout, TextWriter stderr, string path, Snapshot snapshot, string pattern)
    {
        var surfaces = new List<(string? Member, AbiSurface Abi)>();
        Collect(snapshot, null, surfaces);
        if (surfaces.Count == 0)
        {
            stderr.WriteLine($"abiportal: {path}: {AbiEvidenceText.SymbolsOnly}: no debug info was found, so no types to show.");
            return false;
        }

        int shown = 0;
        foreach (var (member, abi) in surfaces)
        {
            foreach (var type in AbiLayoutFormatter.Find(abi, pattern))
            {
                if (shown++ > 0)
                {
                    stdout.Write('\n');
                }

                if (member is not null)
                {
                    stdout.Write($"/* {member} */\n");
                }

                AbiLayoutFormatter.Write(stdout, abi, type);
            }
        }

        if (shown == 0)
        {
            stderr.WriteLine($"abiportal: {path}: no type named '{pattern}' (ids such as 'struct Point', names such as 'Point', or a glob such as 'struct *').");
        }

        return shown > 0;
    }

    private static void Collect(Snapshot s, string? member, List<(string?, AbiSurface)> surfaces)
    {
        if (s.Abi is not null)
        {
            surfaces.Add((member, s.Abi));
        }

        foreach (var m in s.Members)
        {
            Collect(m, member is null ? m.Member : member + "/" + m.Member, surfaces);
        }
    }
}
