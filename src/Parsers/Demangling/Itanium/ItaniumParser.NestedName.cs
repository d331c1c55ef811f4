namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary><c>&lt;nested-name&gt;</c> (Itanium C++ ABI 5.1.2).</summary>
internal ref partial struct ItaniumParser
{
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
}
