namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary><c>&lt;local-name&gt;</c> and <c>&lt;substitution&gt;</c> (Itanium C++ ABI 5.1.6, 5.1.10).</summary>
internal ref partial struct ItaniumParser
{
    /// <summary><c>&lt;local-name&gt; ::= Z &lt;encoding&gt; E (&lt;entity name&gt; [&lt;discriminator&gt;] | s [&lt;discriminator&gt;] | d [n] _ &lt;name&gt;)</c>.</summary>
    private ItaniumNode? ParseLocalName(ItaniumNameState? state)
    {
        if (!ConsumeIf('Z'))
        {
            return null;
        }

        var encoding = ParseEncoding();
        if (encoding is null || !ConsumeIf('E'))
        {
            return null;
        }

        if (ConsumeIf('s'))
        {
            SkipDiscriminator();
            return Make(ItaniumNodeKind.LocalName, encoding, MakeName("string literal"));
        }

        // The template parameters of the inner name are unrelated to those of the enclosing context.
        var saved = _ctx.SaveTemplateParams();
        var result = ParseLocalEntity(encoding, state);
        _ctx.RestoreTemplateParams(saved);
        return result;
    }

    private ItaniumNode? ParseLocalEntity(ItaniumNode encoding, ItaniumNameState? state)
    {
        if (ConsumeIf('d'))
        {
            ParseNumber(true);
            if (!ConsumeIf('_'))
            {
                return null;
            }

            var member = ParseName(state);
            return member is null ? null : Make(ItaniumNodeKind.LocalName, encoding, member);
        }

        var entity = ParseName(state);
        if (entity is null)
        {
            return null;
        }

        SkipDiscriminator();
        return Make(ItaniumNodeKind.LocalName, encoding, entity);
    }

    /// <summary><c>&lt;discriminator&gt; ::= _ &lt;digit&gt; | __ &lt;number&gt; _</c> (and trailing digits): read and dropped.</summary>
    private void SkipDiscriminator()
    {
        if (Look() == '_')
        {
            if (IsDigit(Look(1)))
            {
                _pos += 2;
            }
            else if (Look(1) == '_')
            {
                int i = _pos + 2;
                while (i < _s.Length && IsDigit(_s[i]))
                {
                    i++;
                }

                if (i < _s.Length && _s[i] == '_')
                {
                    _pos = i + 1;
                }
            }
        }
        else if (IsDigit(Look()))
        {
            int i = _pos + 1;
            while (i < _s.Length && IsDigit(_s[i]))
            {
                i++;
            }

            if (i == _s.Length)
            {
                _pos = i;
            }
        }
    }

    /// <summary>
    /// <c>&lt;substitution&gt; ::= S_ | S &lt;seq-id&gt; _ | Sa | Sb | Ss | Si | So | Sd</c> (5.1.10); a
    /// built-in substitution with ABI tags becomes a new candidate.
    /// </summary>
    private ItaniumNode? ParseSubstitution()
    {
        if (!ConsumeIf('S'))
        {
            return null;
        }

        char c = Look();
        if (c is >= 'a' and <= 'z')
        {
            int kind = c switch { 'a' => 0, 'b' => 1, 's' => 2, 'i' => 3, 'o' => 4, 'd' => 5, _ => -1 };
            if (kind < 0)
            {
                return null;
            }

            _pos++;
            var special = Make(ItaniumNodeKind.SpecialSubstitution);
            special.Number = kind;
            var withTags = ParseAbiTags(special);
            if (withTags is null)
            {
                return null;
            }

            if (withTags != special)
            {
                _ctx.Subs.Add(withTags);
            }

            return withTags;
        }

        if (ConsumeIf('_'))
        {
            return _ctx.Subs.Count == 0 ? null : _ctx.Subs[0];
        }

        if (!ParseSeqId(out int index))
        {
            return null;
        }

        index++;
        if (!ConsumeIf('_') || index >= _ctx.Subs.Count)
        {
            return null;
        }

        return _ctx.Subs[index];
    }
}
