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
        if (result is null)
        {
            return null;
        }

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
        // ParseBareSourceName spelled out with plain ints: this runs for every identifier, and the
        // precompiled (ReadyToRun) code cannot inline Range, Nullable<Range> or StartsWith.
        if (!ParsePositiveInteger(out int length) || length == 0 || NumLeft < length)
        {
            return null;
        }

        int start = _pos;
        _pos += length;
        const string GlobalNamespace = "_GLOBAL__N";
        if (length >= GlobalNamespace.Length && SliceEquals(start, GlobalNamespace))
        {
            return MakeName("(anonymous namespace)");
        }

        return MakeSlice(ItaniumNodeKind.Name, start, length);
    }

    /// <summary>Whether the source has <paramref name="text"/> at <paramref name="start"/> (which the caller keeps in range).</summary>
    private readonly bool SliceEquals(int start, string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (_s[start + i] != text[i])
            {
                return false;
            }
        }

        return true;
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
}
