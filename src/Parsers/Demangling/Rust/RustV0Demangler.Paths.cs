namespace AbiPortal.Parsers.Demangling.Rust;

internal sealed partial class RustV0Demangler
{
    /// <summary>
    /// <c>&lt;path&gt;</c>: <c>C</c> crate root, <c>N</c> nested name in a namespace, <c>M</c>/<c>X</c>/<c>Y</c>
    /// inherent impl, trait impl and <c>&lt;T as Trait&gt;</c>, <c>I</c> generic arguments, <c>B</c> back reference.
    /// In value position generic arguments print as <c>::&lt;..&gt;</c>.
    /// </summary>
    private bool PrintPath(bool inValue)
    {
        if (!PushDepth() || !TryNext(out char tag))
        {
            return false;
        }

        bool ok = tag switch
        {
            'C' => PrintCrateRoot(),
            'N' => PrintNestedPath(inValue),
            'M' or 'X' or 'Y' => PrintImplPath(tag),
            'I' => PrintPath(inValue) && (!inValue || Print("::")) && Print("<") && PrintSeparatedList(RustV0Production.GenericArg, ", ", out _) && Print(">"),
            'B' => PrintBackref(inValue ? RustV0Production.PathInValue : RustV0Production.Path),
            _ => false,
        };
        PopDepth();
        return ok;
    }

    private bool PrintCrateRoot()
    {
        if (!Disambiguator(out ulong disambiguator) || !ParseIdent(out RustIdent name) || !PrintIdent(name))
        {
            return false;
        }

        if (!Alternate && disambiguator != 0 && output.IsPrinting)
        {
            return Print("[") && Print(disambiguator.ToString("x", System.Globalization.CultureInfo.InvariantCulture)) && Print("]");
        }

        return true;
    }

    /// <summary>
    /// Upper-case namespaces are special (<c>C</c> closure, <c>S</c> shim) and print as
    /// <c>{closure:name#n}</c>; lower-case ones are ordinary and print <c>::name</c> unless empty.
    /// </summary>
    private bool PrintNestedPath(bool inValue)
    {
        if (!TryNext(out char ns) || !char.IsAsciiLetter(ns) || !PrintPath(inValue) ||
            !Disambiguator(out ulong disambiguator) || !ParseIdent(out RustIdent name))
        {
            return false;
        }

        if (char.IsAsciiLetterLower(ns))
        {
            return name.IsEmpty || (Print("::") && PrintIdent(name));
        }

        string kind = ns switch
        {
            'C' => "closure",
            'S' => "shim",
            _ => ns.ToString(),
        };
        return Print("::{") && Print(kind) && (name.IsEmpty || (Print(":") && PrintIdent(name))) &&
            Print("#") && output.Print(disambiguator) && Print("}");
    }

    /// <summary><c>M</c> impl-path type, <c>X</c> impl-path type trait, <c>Y</c> type trait; the impl's own path is not shown.</summary>
    private bool PrintImplPath(char tag)
    {
        if (tag != 'Y')
        {
            if (!Disambiguator(out _))
            {
                return false;
            }

            output.Suppressed++;
            bool ok = PrintPath(inValue: false);
            output.Suppressed--;
            if (!ok)
            {
                return false;
            }
        }

        return Print("<") && PrintType() && (tag == 'M' || (Print(" as ") && PrintPath(inValue: false))) && Print(">");
    }

    private bool PrintGenericArg()
    {
        if (Eat('L'))
        {
            return Integer62(out ulong lifetime) && PrintLifetimeFromIndex(lifetime);
        }

        if (Eat('K'))
        {
            return PrintConst(inValue: false);
        }

        return PrintType();
    }

    /// <summary>Items until <c>E</c>, separated by <paramref name="separator"/>.</summary>
    private bool PrintSeparatedList(RustV0Production item, string separator, out int count)
    {
        count = 0;
        while (!Eat('E'))
        {
            if (next >= sym.Length || (count > 0 && !Print(separator)) || !PrintProduction(item))
            {
                return false;
            }

            count++;
        }

        return true;
    }

    /// <summary>
    /// A lifetime as a de Bruijn index: 0 is <c>'_</c>, others count back from the innermost
    /// binder and print as <c>'a</c>, <c>'b</c>... then <c>'_26</c>...
    /// </summary>
    private bool PrintLifetimeFromIndex(ulong lifetime)
    {
        if (!output.IsPrinting)
        {
            return true;
        }

        if (!Print("'"))
        {
            return false;
        }

        if (lifetime == 0)
        {
            return Print("_");
        }

        if (lifetime > boundLifetimeDepth)
        {
            return false;
        }

        ulong index = boundLifetimeDepth - lifetime;
        if (IsLlvm && index >= 26)
        {
            // LLVM continues after 'z with 'z1, 'z2...
            return Print("z") && output.Print(index - 25);
        }

        return index < 26 ? Print(((char)('a' + (int)index)).ToString()) : Print("_") && output.Print(index);
    }

    /// <summary><c>G</c> count: <c>for&lt;'a, ..&gt; </c> lifetimes bound around <paramref name="body"/>.</summary>
    private bool InBinder(RustV0Production body)
    {
        if (!OptInteger62('G', out ulong bound))
        {
            return false;
        }

        if (!output.IsPrinting)
        {
            return PrintProduction(body);
        }

        // Each bound lifetime prints at least three characters, so the output cap bounds this loop.
        // LLVM also rejects binders with more lifetimes than the rest of the input could refer to.
        if (bound > RustOutput.MaxLength || (IsLlvm && bound >= (ulong)(sym.Length - (long)boundLifetimeDepth)))
        {
            return false;
        }

        if (bound > 0)
        {
            if (!Print("for<"))
            {
                return false;
            }

            for (ulong i = 0; i < bound; i++)
            {
                boundLifetimeDepth++;
                if ((i > 0 && !Print(", ")) || !PrintLifetimeFromIndex(1))
                {
                    return false;
                }
            }

            if (!Print("> "))
            {
                return false;
            }
        }

        bool ok = PrintProduction(body);
        boundLifetimeDepth -= (uint)bound;
        return ok;
    }
}
