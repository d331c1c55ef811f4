using K = AbiPortal.Parsers.Demangling.Swift.SwiftNodeKind;

namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>
/// Identifiers (Mangling.rst, "Identifiers"): a length and the text; <c>0</c> first when the text
/// reuses words of earlier identifiers (lowercase letter: a word then more, uppercase: the last word);
/// <c>00</c> when it is Punycode. Operators spell their characters with letters (<c>oi</c>, <c>op</c>,
/// <c>oP</c>), and local and private names wrap an identifier with a discriminator.
/// </summary>
internal sealed partial class SwiftParser
{
    /// <summary>The operator character each letter a..z stands for (' ': none).</summary>
    private const string OperatorChars = "& @/= >    <*!|+?%-~   ^ .";

    private SwiftNode? ParseIdentifier()
    {
        char c = Peek();
        if (!IsDigit(c))
        {
            return null;
        }

        bool hasWords = false;
        bool punycoded = false;
        if (c == '0')
        {
            Pos++;
            if (Peek() == '0')
            {
                Pos++;
                punycoded = true;
            }
            else
            {
                hasWords = true;
            }
        }

        // The common case is one slice of the input; only word substitution and Punycode build text.
        var text = Context.Scratch;
        text.Clear();
        int sliceStart = -1;
        int sliceLength = 0;
        int pieces = 0;
        do
        {
            while (hasWords && char.IsAsciiLetter(Peek()))
            {
                char letter = Next();
                int word = IsLower(letter) ? letter - 'a' : letter - 'A';
                hasWords = IsLower(letter);
                if (word >= _words)
                {
                    return null;
                }

                text.Append(Chars.AsSpan(_wordStarts[word], _wordLengths[word]));
                pieces += 2;
            }

            if (Accept('0'))
            {
                break;
            }

            int length = Natural();
            if (length <= 0)
            {
                return null;
            }

            if (punycoded)
            {
                Accept('_');
            }

            if (length > End - Pos)
            {
                return null;
            }

            var slice = Chars.AsSpan(Pos, length);
            if (punycoded)
            {
                if (!SwiftPunycode.TryDecode(slice, text))
                {
                    return null;
                }

                pieces += 2;
            }
            else
            {
                text.Append(slice);
                sliceStart = Pos;
                sliceLength = length;
                pieces++;
                CollectWords(Pos, length);
            }

            Pos += length;
        }
        while (hasWords);

        if (text.Length == 0)
        {
            return null;
        }

        var identifier = pieces == 1
            ? New(K.Identifier, new ReadOnlyMemory<char>(Chars, sliceStart, sliceLength))
            : New(K.Identifier, Context.Store(text.Written));
        AddSubstitution(identifier);
        return identifier;
    }

    /// <summary>Remembers the words of a literal identifier piece for later <c>0</c> substitutions.</summary>
    private void CollectWords(int start, int length)
    {
        int wordStart = -1;
        for (int i = 0; i <= length; i++)
        {
            char c = i < length ? Chars[start + i] : '\0';
            if (wordStart >= 0 && IsWordEnd(c, Chars[start + i - 1]))
            {
                if (i - wordStart >= 2 && _words < MaxWords)
                {
                    _wordStarts[_words] = start + wordStart;
                    _wordLengths[_words] = i - wordStart;
                    _words++;
                }

                wordStart = -1;
            }

            if (wordStart < 0 && IsWordStart(c))
            {
                wordStart = i;
            }
        }
    }

    private static bool IsWordStart(char c) => !IsDigit(c) && c != '_' && c != '\0';

    private static bool IsWordEnd(char c, char previous) => c is '_' or '\0' || (!IsUpper(previous) && IsUpper(c));

    /// <summary><c>o</c> after an identifier: its letters spell an operator; then i(nfix), p(refix) or P(ostfix).</summary>
    private SwiftNode? ParseOperatorIdentifier()
    {
        var identifier = Pop(K.Identifier);
        if (identifier is null)
        {
            return null;
        }

        var text = Context.Scratch;
        text.Clear();
        foreach (char c in identifier.TextSpan)
        {
            if (c >= 0x80)
            {
                // Unicode operator characters are written as they are.
                text.Append(c);
                continue;
            }

            if (!IsLower(c) || OperatorChars[c - 'a'] == ' ')
            {
                return null;
            }

            text.Append(OperatorChars[c - 'a']);
        }

        var kind = Next() switch
        {
            'i' => K.InfixOperator,
            'p' => K.PrefixOperator,
            'P' => K.PostfixOperator,
            _ => K.Missing,
        };
        return kind == K.Missing ? null : New(kind, Context.Store(text.Written));
    }

    /// <summary><c>L</c>: a local name with its index, a private name (<c>LL</c>, <c>Ll</c>) or a related entity.</summary>
    private SwiftNode? ParseLocalIdentifier()
    {
        if (Accept('L'))
        {
            var discriminator = Pop(K.Identifier);
            var name = Pop(SwiftNodeKinds.IsDeclName);
            return WithChildren(K.PrivateDeclName, discriminator, name);
        }

        if (Accept('l'))
        {
            return WithChild(K.PrivateDeclName, Pop(K.Identifier));
        }

        char c = Peek();
        if (c is >= 'a' and <= 'j' or >= 'A' and <= 'J')
        {
            Pos++;
            var kindName = New(K.Identifier, new ReadOnlyMemory<char>(Chars, Pos - 1, 1));
            var name = Pop();
            var related = New(K.RelatedEntityDeclName);
            AddChild(related, kindName);
            return AddChild(related, name);
        }

        var index = IndexAsNode();
        var declName = Pop(SwiftNodeKinds.IsDeclName);
        return WithChildren(K.LocalDeclName, index, declName);
    }
}
