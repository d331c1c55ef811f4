using System.Buffers;
using System.Text.Json;

namespace AbiPortal.Parsers.Snapshots.Json;

/// <summary>
/// One string per distinct JSON string value: the reader decodes a value into a buffer and looks
/// it up by span, so a value seen before costs no allocation.
/// </summary>
internal sealed class JsonStringPool
{
    /// <summary>Values up to this many UTF-8 bytes are decoded on the stack.</summary>
    private const int StackLimit = 256;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public JsonStringPool() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The reader's current string value, pooled; the reader must be on a string token (else it throws, like <c>GetString</c>).</summary>
    public string Get(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new InvalidOperationException($"Cannot get the value of a token type '{reader.TokenType}' as a string.");
        }

        // UTF-8 never takes fewer bytes than UTF-16 takes chars, and unescaping only shortens.
        long length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        char[]? rented = null;
        Span<char> buffer = length <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(checked((int)length)));
        try
        {
            var chars = buffer[..reader.CopyString(buffer)];
            if (_lookup.TryGetValue(chars, out string? pooled))
            {
                return pooled;
            }

            string value = chars.ToString();
            _strings.Add(value, value);
            return value;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }
}
