namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary><c>&lt;name&gt;</c> and its parts (Itanium C++ ABI 5.1.2, 5.1.3, 5.1.6).</summary>
internal ref partial struct ItaniumParser
{
    /// <summary><c>&lt;name&gt; ::= &lt;nested-name&gt; | &lt;local-name&gt; | &lt;unscoped-template-name&gt; &lt;template-args&gt; | &lt;unscoped-name&gt;</c>.</summary>
    private ItaniumNode? ParseName(ItaniumNameState? state)
    {
        if (!Enter())
        {
            return null;
        }

        var result = ParseNameCore(state);
        _depth--;
        return result;
    }

    private ItaniumNode? ParseNameCore(ItaniumNameState? state)
    {
        if (Look() == 'N')
        {
            return ParseNestedName(state);
        }

        if (Look() == 'Z')
        {
            return ParseLocalName(state);
        }

        bool isSubst = false;
        var result = ParseUnscopedName(state, ref isSubst, allowSubst: true);
        if (result is null)
        {
            return null;
        }

        if (Look() == 'I')
        {
            // An unscoped-template-name is substitutable.
            if (!isSubst)
            {
                _ctx.Subs.Add(result);
            }

            var args = ParseTemplateArgs(state is not null);
            if (args is null)
            {
                return null;
            }

            if (state is not null)
            {
                state.EndsWithTemplateArgs = true;
            }

            return Make(ItaniumNodeKind.NameWithTemplateArgs, result, args);
        }

        // A substitution here must be followed by template arguments.
        return isSubst ? null : result;
    }

    /// <summary><c>&lt;unscoped-name&gt; ::= &lt;unqualified-name&gt; | St &lt;unqualified-name&gt;</c>.</summary>
    private ItaniumNode? ParseUnscopedName(ItaniumNameState? state, ref bool isSubst, bool allowSubst)
    {
        ItaniumNode? std = null;
        if (ConsumeIf("St"))
        {
            std = MakeName("std");
        }

        ItaniumNode? module = null;
        if (Look() == 'S')
        {
            var sub = ParseSubstitution();
            if (sub is null)
            {
                return null;
            }

            if (sub.Kind == ItaniumNodeKind.ModuleName)
            {
                module = sub;
            }
            else if (allowSubst && std is null)
            {
                isSubst = true;
                return sub;
            }
            else
            {
                return null;
            }
        }

        return ParseUnqualifiedName(state, std, module);
    }

    /// <summary>
    /// <c>&lt;unqualified-name&gt; ::= [&lt;module-name&gt;] [F] [L] (&lt;operator-name&gt; | &lt;ctor-dtor-name&gt; |
    /// &lt;source-name&gt; | &lt;unnamed-type-name&gt; | DC &lt;source-name&gt;+ E) [&lt;abi-tags&gt;]</c>, joined to
    /// <paramref name="scope"/> when there is one.
    /// </summary>
    private ItaniumNode? ParseUnqualifiedName(ItaniumNameState? state, ItaniumNode? scope, ItaniumNode? module)
    {
        if (!ParseModuleNameOpt(ref module))
        {
            return null;
        }

        bool isMemberLikeFriend = scope is not null && ConsumeIf('F');
        ConsumeIf('L');

        ItaniumNode? result;
        char c = Look();
        if (c is >= '1' and <= '9')
        {
            result = ParseSourceName();
        }
        else if (c == 'U')
        {
            result = ParseUnnamedTypeName(state);
        }
        else if (ConsumeIf("DC"))
        {
            int begin = _ctx.Names.Count;
            do
            {
                var binding = ParseSourceName();
                if (binding is null)
                {
                    return null;
                }

                _ctx.Names.Add(binding);
            }
            while (!ConsumeIf('E'));
            result = Make(ItaniumNodeKind.StructuredBindingName);
            result.List = _ctx.PopTrailing(begin);
        }
        else if (c is 'C' or 'D')
        {
            if (scope is null || module is not null)
            {
                return null;
            }

            result = ParseCtorDtorName(ref scope, state);
        }
        else
        {
            result = ParseOperatorName(state);
        }

        if (result is null)
        {
            return null;
        }

        if (module is not null)
        {
            result = Make(ItaniumNodeKind.ModuleEntity, module, result);
        }

        result = ParseAbiTags(result);
        if (isMemberLikeFriend)
        {
            return Make(ItaniumNodeKind.MemberLikeFriendName, scope, result);
        }

        return scope is not null ? Make(ItaniumNodeKind.NestedName, scope, result) : result;
    }

    /// <summary><c>&lt;module-name&gt; ::= W [P] &lt;source-name&gt; ...</c>; false on a malformed one.</summary>
    private bool ParseModuleNameOpt(ref ItaniumNode? module)
    {
        while (ConsumeIf('W'))
        {
            bool isPartition = ConsumeIf('P');
            var name = ParseSourceName();
            if (name is null)
            {
                return false;
            }

            module = Make(ItaniumNodeKind.ModuleName, module, name);
            module.Flags = isPartition ? 1 : 0;
            _ctx.Subs.Add(module);
        }

        return true;
    }

    /// <summary><c>&lt;source-name&gt;</c>, with GCC's <c>_GLOBAL__N</c> spelled "(anonymous namespace)".</summary>
    private ItaniumNode? ParseSourceName()
    {
        if (ParseBareSourceName() is not { } range)
        {
            return null;
        }

        if (_s[range].StartsWith("_GLOBAL__N", StringComparison.Ordinal))
        {
            return MakeName("(anonymous namespace)");
        }

        return MakeName(range);
    }

    /// <summary><c>&lt;abi-tags&gt; ::= B &lt;source-name&gt; ...</c>: "name[abi:tag]".</summary>
    private ItaniumNode? ParseAbiTags(ItaniumNode node)
    {
        while (ConsumeIf('B'))
        {
            if (ParseBareSourceName() is not { } tag)
            {
                return null;
            }

            node = MakeSlice(ItaniumNodeKind.AbiTagAttr, tag.Start.Value, tag.End.Value - tag.Start.Value, node);
        }

        return node;
    }

    /// <summary><c>&lt;ctor-dtor-name&gt; ::= C[I] (1|2|3|4|5) | D (0|1|2|4|5)</c>.</summary>
    private ItaniumNode? ParseCtorDtorName(ref ItaniumNode? scope, ItaniumNameState? state)
    {
        if (scope!.Kind == ItaniumNodeKind.SpecialSubstitution)
        {
            // "std::string::string()" reads as "std::basic_string<char, ...>::basic_string()".
            var expanded = Make(ItaniumNodeKind.ExpandedSpecialSubstitution);
            expanded.Number = scope.Number;
            scope = expanded;
        }

        if (ConsumeIf('C'))
        {
            bool inherited = ConsumeIf('I');
            char v = Look();
            if (v is < '1' or > '5')
            {
                return null;
            }

            _pos++;
            if (state is not null)
            {
                state.CtorDtorConversion = true;
            }

            if (inherited && ParseName(state) is null)
            {
                return null;
            }

            return Make(ItaniumNodeKind.CtorDtorName, scope);
        }

        if (Look() == 'D' && Look(1) is '0' or '1' or '2' or '4' or '5')
        {
            _pos += 2;
            if (state is not null)
            {
                state.CtorDtorConversion = true;
            }

            var dtor = Make(ItaniumNodeKind.CtorDtorName, scope);
            dtor.Flags = 1;
            return dtor;
        }

        return null;
    }

    /// <summary><c>&lt;nested-name&gt; ::= N [H | &lt;CV-qualifiers&gt; [&lt;ref-qualifier&gt;]] &lt;prefix&gt; &lt;unqualified-name&gt; E</c>.</summary>
    private ItaniumNode? ParseNestedName(ItaniumNameState? state)
    {
        if (!ConsumeIf('N'))
        {
            return null;
        }

        // 'H' marks an explicit object parameter ("deducing this").
        if (!ConsumeIf('H'))
        {
            int cv = ParseCvQualifiers();
            int refQualifier = ConsumeIf('O') ? ItaniumQualifiers.RefRValue : ConsumeIf('R') ? ItaniumQualifiers.RefLValue : 0;
            if (state is not null)
            {
                state.CvQualifiers = cv;
                state.ReferenceQualifier = refQualifier;
            }
        }
        else if (state is not null)
        {
            state.HasExplicitObjectParameter = true;
        }

        ItaniumNode? soFar = null;
        while (!ConsumeIf('E'))
        {
            if (state is not null)
            {
                state.EndsWithTemplateArgs = false;
            }

            char c = Look();
            if (c == 'T')
            {
                if (soFar is not null)
                {
                    return null;
                }

                soFar = ParseTemplateParam();
            }
            else if (c == 'I')
            {
                if (soFar is null)
                {
                    return null;
                }

                var args = ParseTemplateArgs(state is not null);
                // <template-args> <template-args> cannot come from a C++ entity.
                if (args is null || soFar.Kind == ItaniumNodeKind.NameWithTemplateArgs)
                {
                    return null;
                }

                if (state is not null)
                {
                    state.EndsWithTemplateArgs = true;
                }

                soFar = Make(ItaniumNodeKind.NameWithTemplateArgs, soFar, args);
            }
            else if (c == 'D' && Look(1) is 't' or 'T')
            {
                if (soFar is not null)
                {
                    return null;
                }

                soFar = ParseDecltype();
            }
            else
            {
                ItaniumNode? module = null;
                if (c == 'S')
                {
                    ItaniumNode? sub;
                    if (Look(1) == 't')
                    {
                        _pos += 2;
                        sub = MakeName("std");
                    }
                    else
                    {
                        sub = ParseSubstitution();
                    }

                    if (sub is null)
                    {
                        return null;
                    }

                    if (sub.Kind == ItaniumNodeKind.ModuleName)
                    {
                        module = sub;
                    }
                    else if (soFar is not null)
                    {
                        return null;
                    }
                    else
                    {
                        // A substitution is not pushed again.
                        soFar = sub;
                        continue;
                    }
                }

                soFar = ParseUnqualifiedName(state, soFar, module);
            }

            if (soFar is null)
            {
                return null;
            }

            _ctx.Subs.Add(soFar);
            // <data-member-prefix> := <member source-name> [<template-args>] M
            ConsumeIf('M');
        }

        if (soFar is null || _ctx.Subs.Count == 0)
        {
            return null;
        }

        // The whole nested name is a substitution candidate only as a <type>, which pushes it again.
        _ctx.Subs.Truncate(_ctx.Subs.Count - 1);
        return soFar;
    }

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
