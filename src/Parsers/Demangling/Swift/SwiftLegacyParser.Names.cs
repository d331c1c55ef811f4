using K = AbiPortal.Parsers.Demangling.Swift.SwiftNodeKind;

namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>
/// Old-mangling names: identifiers (<c>X</c> for Punycode, <c>o</c> + p/P/i for operators), local and
/// private declaration names, indexes, substitutions (<c>S</c>), modules and contexts.
/// </summary>
internal sealed partial class SwiftLegacyParser
{
    /// <summary>The operator character each letter a..z stands for (' ': none).</summary>
    private const string OperatorChars = "& @/= >    <*!|+?%-~   ^ .";

    /// <summary>
    /// A decimal number; false when there is none. Like Swift's old demangler it consumes the
    /// character it looked at even when that is not a digit, and the 64-bit value wraps.
    /// </summary>
    private bool Natural(out ulong number)
    {
        number = 0;
        if (AtEnd)
        {
            return false;
        }

        char c = Next();
        if (c is < '0' or > '9')
        {
            return false;
        }

        number = (ulong)(c - '0');
        while (!AtEnd && Peek() is >= '0' and <= '9')
        {
            number = unchecked((10 * number) + (ulong)(Next() - '0'));
        }

        return true;
    }

    /// <summary><c>_</c> is 0, <c>&lt;n&gt;_</c> is n + 1.</summary>
    private bool Index(out ulong index)
    {
        if (Accept('_'))
        {
            index = 0;
            return true;
        }

        if (Natural(out index) && Accept('_'))
        {
            index = unchecked(index + 1);
            return true;
        }

        return false;
    }

    private SwiftNode? IndexAsNode() => Index(out ulong index) ? New(K.Number, index) : null;

    /// <summary>An identifier (as a node of <paramref name="kind"/>, or an operator when none is asked for).</summary>
    private SwiftNode? ParseIdentifier(int depth, K kind = K.Missing)
    {
        if (AtEnd)
        {
            return null;
        }

        bool punycoded = Accept('X');
        bool isOperator = false;
        if (Accept('o'))
        {
            // Operator names are not valid where a specific kind of identifier is being read.
            if (kind != K.Missing)
            {
                return null;
            }

            isOperator = true;
            kind = Next() switch
            {
                'p' => K.PrefixOperator,
                'P' => K.PostfixOperator,
                'i' => K.InfixOperator,
                _ => K.Missing,
            };
            if (kind == K.Missing)
            {
                return null;
            }
        }

        if (kind == K.Missing)
        {
            kind = K.Identifier;
        }

        if (!Natural(out ulong length) || length > (ulong)(End - Pos))
        {
            return null;
        }

        var text = new ReadOnlyMemory<char>(Chars, Pos, (int)length);
        Pos += (int)length;
        if (punycoded)
        {
            var decoded = Context.Scratch;
            decoded.Clear();
            if (!SwiftPunycode.TryDecode(text.Span, decoded))
            {
                return null;
            }

            text = Context.Store(decoded.Written);
        }

        if (text.IsEmpty)
        {
            return null;
        }

        if (isOperator)
        {
            var spelled = Context.Scratch;
            spelled.Clear();
            foreach (char c in text.Span)
            {
                if (c >= 0x80)
                {
                    spelled.Append(c);
                    continue;
                }

                if (c is < 'a' or > 'z' || OperatorChars[c - 'a'] == ' ')
                {
                    return null;
                }

                spelled.Append(OperatorChars[c - 'a']);
            }

            text = Context.Store(spelled.Written);
        }

        return New(kind, text);
    }

    /// <summary>A declaration name: <c>L</c> index identifier (local), <c>P</c> discriminator identifier (private), or an identifier.</summary>
    private SwiftNode? ParseDeclName(int depth)
    {
        if (Accept('L'))
        {
            var discriminator = IndexAsNode();
            var name = discriminator is null ? null : ParseIdentifier(depth + 1);
            return WithChildren(K.LocalDeclName, discriminator, name);
        }

        if (Accept('P'))
        {
            var discriminator = ParseIdentifier(depth + 1);
            var name = discriminator is null ? null : ParseIdentifier(depth + 1);
            return WithChildren(K.PrivateDeclName, discriminator, name);
        }

        return ParseIdentifier(depth + 1);
    }

    private SwiftNode? SwiftType(K kind, string name) => WithChildren(kind, New(K.Module, Stdlib), New(K.Identifier, name));

    /// <summary>After <c>S</c>: a standard module or type, or an index into the substitutions.</summary>
    private SwiftNode? ParseSubstitutionIndex(int depth)
    {
        if (AtEnd)
        {
            return null;
        }

        var standard = Peek() switch
        {
            'o' => New(K.Module, "__C"),
            'C' => New(K.Module, "__C_Synthesized"),
            'a' => SwiftType(K.Structure, "Array"),
            'b' => SwiftType(K.Structure, "Bool"),
            'c' => SwiftType(K.Structure, "UnicodeScalar"),
            'd' => SwiftType(K.Structure, "Double"),
            'f' => SwiftType(K.Structure, "Float"),
            'i' => SwiftType(K.Structure, "Int"),
            'V' => SwiftType(K.Structure, "UnsafeRawPointer"),
            'v' => SwiftType(K.Structure, "UnsafeMutableRawPointer"),
            'P' => SwiftType(K.Structure, "UnsafePointer"),
            'p' => SwiftType(K.Structure, "UnsafeMutablePointer"),
            'q' => SwiftType(K.Enum, "Optional"),
            'Q' => SwiftType(K.Enum, "ImplicitlyUnwrappedOptional"),
            'R' => SwiftType(K.Structure, "UnsafeBufferPointer"),
            'r' => SwiftType(K.Structure, "UnsafeMutableBufferPointer"),
            'S' => SwiftType(K.Structure, "String"),
            'u' => SwiftType(K.Structure, "UInt"),
            _ => null,
        };
        if (standard is not null)
        {
            Pos++;
            return standard;
        }

        return Index(out ulong index) && index < (ulong)Substitutions.Count ? Substitutions[(int)index] : null;
    }

    private SwiftNode? ParseModule(int depth)
    {
        if (Accept('s'))
        {
            return New(K.Module, Stdlib);
        }

        if (Accept('S'))
        {
            var module = ParseSubstitutionIndex(depth + 1);
            return module is not null && module.Kind == K.Module ? module : null;
        }

        var named = ParseIdentifier(depth + 1, K.Module);
        if (named is not null)
        {
            Substitutions.Add(named);
        }

        return named;
    }

    /// <summary>A context, a name, and the declaration of <paramref name="kind"/> they make (a substitution).</summary>
    private SwiftNode? ParseDeclaration(K kind, int depth)
    {
        var context = ParseContext(depth + 1);
        var name = context is null ? null : ParseDeclName(depth + 1);
        var declaration = WithChildren(kind, context, name);
        if (declaration is not null)
        {
            Substitutions.Add(declaration);
        }

        return declaration;
    }

    /// <summary>
    /// context ::= module | entity | 'E' module context (an extension in another module)
    /// | 'e' module generic-signature context (a constrained extension).
    /// </summary>
    private SwiftNode? ParseContext(int depth)
    {
        if (AtEnd || !CanDescend(depth))
        {
            return null;
        }

        if (Accept('E') || Accept('e'))
        {
            bool constrained = Chars[Pos - 1] == 'e';
            var module = ParseModule(depth + 1);
            var signature = module is null || !constrained ? null : ParseGenericSignature(depth + 1);
            if (module is null || (constrained && signature is null))
            {
                return null;
            }

            var type = ParseContext(depth + 1);
            var extension = WithChildren(K.Extension, module, type);
            return constrained ? AddChild(extension, signature) : extension;
        }

        if (Accept('S'))
        {
            return ParseSubstitutionIndex(depth + 1);
        }

        if (Accept('s'))
        {
            return New(K.Module, Stdlib);
        }

        if (Accept('G'))
        {
            return ParseBoundGenericType(depth + 1);
        }

        return Peek() is 'F' or 'I' or 'v' or 'P' or 's' or 'Z' or 'C' or 'V' or 'O'
            ? ParseEntity(depth + 1)
            : ParseModule(depth + 1);
    }
}
