using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace AbiPortal.Parsers.Tests.Archives;

/// <summary>Writes GNU-style ar archives in code: an optional "/" index, then members with short names.</summary>
internal sealed class ArchiveBuilder
{
    private readonly List<(string Name, byte[] Data)> _members = [];
    private readonly List<(string Symbol, int Member)> _index = [];

    public ArchiveBuilder Member(string name, byte[] data)
    {
        _members.Add((name, data));
        return this;
    }

    /// <summary>Adds an index entry naming member number <paramref name="member"/> (0-based), or a bogus offset when negative.</summary>
    public ArchiveBuilder Symbol(string name, int member)
    {
        _index.Add((name, member));
        return this;
    }

    public static byte[] Header(string name, long size)
    {
        string text = string.Create(CultureInfo.InvariantCulture, $"{name,-16}{"0",-12}{"0",-6}{"0",-6}{"644",-8}{size,-10}`\n");
        return Encoding.ASCII.GetBytes(text);
    }

    public byte[] Build()
    {
        var output = new List<byte>(Encoding.ASCII.GetBytes("!<arch>\n"));
        byte[]? index = null;
        int indexSize = 0;
        if (_index.Count > 0)
        {
            indexSize = 4 + (4 * _index.Count) + _index.Sum(s => s.Symbol.Length + 1);
            index = new byte[indexSize];
        }

        int membersStart = 8 + (index is null ? 0 : 60 + indexSize + (indexSize & 1));
        var offsets = new List<int>();
        int at = membersStart;
        foreach (var (_, data) in _members)
        {
            offsets.Add(at);
            at += 60 + data.Length + (data.Length & 1);
        }

        if (index is not null)
        {
            BinaryPrimitives.WriteUInt32BigEndian(index, (uint)_index.Count);
            int names = 4 + (4 * _index.Count);
            for (int i = 0; i < _index.Count; i++)
            {
                int member = _index[i].Member;
                BinaryPrimitives.WriteUInt32BigEndian(index.AsSpan(4 + (4 * i)), member < 0 ? 0x7777u : (uint)offsets[member]);
                Encoding.ASCII.GetBytes(_index[i].Symbol).CopyTo(index, names);
                names += _index[i].Symbol.Length + 1;
            }

            output.AddRange(Header("/", indexSize));
            output.AddRange(index);
            if ((indexSize & 1) != 0)
            {
                output.Add((byte)'\n');
            }
        }

        foreach (var (name, data) in _members)
        {
            output.AddRange(Header(name + "/", data.Length));
            output.AddRange(data);
            if ((data.Length & 1) != 0)
            {
                output.Add((byte)'\n');
            }
        }

        return [.. output];
    }
}
