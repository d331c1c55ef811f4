using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Dwarf;

/// <summary>Exported functions and variables from their defining DIEs.</summary>
internal sealed partial class AbiSurfaceBuilder
{
    private readonly List<AbiFunction> _functions = [];
    private readonly List<AbiVariable> _variables = [];

    /// <summary>Reads one definition found by the walk; when it matches exports, records it with its types.</summary>
    private void ReadDefinition(ulong reference)
    {
        if (Read(reference) is not { } definition)
        {
            return;
        }

        bool function = definition.Tag == DwarfTags.DW_TAG_subprogram;
        var chain = Chain(definition);
        string? linkage = First(chain, DwarfSlot.LinkageName) is { } l ? _context.String(l, DwarfSlot.LinkageName) : null;
        string? name = First(chain, DwarfSlot.Name) is { } n ? _context.String(n, DwarfSlot.Name) : null;
        bool external = chain.Exists(d => d.Flag(DwarfSlot.External));
        ulong? address = function ? FunctionAddress(definition) : VariableAddress(definition);
        var exports = Match(linkage ?? name, external, linkage is not null, address, function);
        if (exports.Count == 0)
        {
            return;
        }

        var declaration = chain[^1];
        string qualified = QualifiedName(declaration, name);
        var located = First(chain, DwarfSlot.DeclFile) ?? declaration;
        string? declFile = DeclFile(located);
        int? declLine = DeclLine(located);
        if (function)
        {
            AddFunction(chain, declaration, qualified, declFile, declLine, exports);
        }
        else
        {
            string type = First(chain, DwarfSlot.Type) is { } typed ? TypeId(_context.Reference(typed, DwarfSlot.Type)) : TypeId(DwarfRef.None);
            foreach (int i in exports)
            {
                _variables.Add(new AbiVariable
                {
                    Symbol = _exports[i].Name!,
                    Address = _exports[i].Address,
                    Name = qualified,
                    Type = type,
                    DeclFile = declFile,
                    DeclLine = declLine,
                });
            }
        }
    }

    private void AddFunction(List<DwarfDie> chain, DwarfDie declaration, string qualified, string? declFile, int? declLine, List<int> exports)
    {
        string? returns = First(chain, DwarfSlot.Type) is { } typed ? TypeId(_context.Reference(typed, DwarfSlot.Type)) : null;
        var parameters = Parameters(chain, out bool variadic);
        string? convention = First(chain, DwarfSlot.CallingConvention) is { } cc ? CallingConvention(cc.Unsigned(DwarfSlot.CallingConvention)) : null;
        long? vtable = First(chain, DwarfSlot.VtableElemLocation) is { } v ? VtableIndex(v) : null;
        string? owner = ParentReference(declaration) is var (parent, tag) && DwarfTags.IsAggregate(tag) ? TypeId(parent) : null;
        bool noReturn = chain.Exists(d => d.Flag(DwarfSlot.NoReturn));
        foreach (int i in exports)
        {
            _functions.Add(new AbiFunction
            {
                Symbol = _exports[i].Name!,
                Address = _exports[i].Address,
                Name = qualified,
                Return = returns,
                Parameters = parameters,
                Variadic = variadic,
                CallingConvention = convention,
                NoReturn = noReturn,
                Class = owner,
                VtableIndex = vtable,
                DeclFile = declFile,
                DeclLine = declLine,
            });
        }
    }

    /// <summary>
    /// Formal parameters from the first DIE of the chain that lists any (the definition usually
    /// does; an out-of-line copy of an inline function lists them through abstract origins).
    /// Variadic when any DIE of the chain has DW_TAG_unspecified_parameters.
    /// </summary>
    private AbiParameter[] Parameters(List<DwarfDie> chain, out bool variadic)
    {
        variadic = false;
        List<AbiParameter>? result = null;
        foreach (var die in chain)
        {
            var listed = new List<AbiParameter>();
            foreach (var child in Children(die))
            {
                if (child.Tag == DwarfTags.DW_TAG_unspecified_parameters)
                {
                    variadic = true;
                }
                else if (child.Tag == DwarfTags.DW_TAG_formal_parameter)
                {
                    listed.Add(Parameter(child));
                }
                else if (child.Tag == DwarfTags.DW_TAG_GNU_formal_parameter_pack)
                {
                    foreach (var packed in Children(child))
                    {
                        if (packed.Tag == DwarfTags.DW_TAG_formal_parameter)
                        {
                            listed.Add(Parameter(packed));
                        }
                    }
                }
            }

            if (result is null && listed.Count > 0)
            {
                result = listed;
            }
        }

        return result?.ToArray() ?? [];
    }

    private AbiParameter Parameter(DwarfDie p)
    {
        var chain = Chain(p);
        string? name = First(chain, DwarfSlot.Name) is { } n ? _context.String(n, DwarfSlot.Name) : null;
        string type = First(chain, DwarfSlot.Type) is { } t ? TypeId(_context.Reference(t, DwarfSlot.Type)) : Unknown();
        return new AbiParameter(name, Unqualified(type), chain.Exists(d => d.Flag(DwarfSlot.Artificial)));
    }

    /// <summary>
    /// A parameter's type without top-level const and volatile: they are not part of the
    /// function's type or its ABI (C11 6.7.6.3p15, C++ [dcl.fct]p5), and compilers differ (gcc
    /// gives a member function's <c>this</c> as <c>X *const</c>, clang as <c>X *</c>).
    /// </summary>
    private string Unqualified(string id)
    {
        for (int i = 0; i < 4 && _types.TryGetValue(id, out var entry) && entry.Kind is AbiTypeKind.Const or AbiTypeKind.Volatile && entry.Type?.Target is { } target; i++)
        {
            id = target;
        }

        return id;
    }

    /// <summary>DW_AT_low_pc (addr or addrx); null for functions described only by ranges.</summary>
    private ulong? FunctionAddress(DwarfDie die)
        => die.TryGet(DwarfSlot.LowPc, out var low) ? _context.Address(die.Unit, low)
            : die.TryGet(DwarfSlot.EntryPc, out var entry) ? _context.Address(die.Unit, entry) : null;

    /// <summary>A variable's static address (or TLS offset) from its location expression.</summary>
    private ulong? VariableAddress(DwarfDie die)
    {
        if (!die.TryGet(DwarfSlot.Location, out var location) || !_context.TryBlock(die.Unit, location, out var expr))
        {
            return null;
        }

        var unit = die.Unit;
        return DwarfExpression.StaticAddress(expr, unit.Encoding.AddressSize, unit.File.Sections.BigEndian, i => _context.IndexedAddress(unit, i), out _);
    }

    /// <summary>DW_AT_vtable_elem_location: an expression pushing the slot (DW_OP_constu n), or a plain constant.</summary>
    private long? VtableIndex(DwarfDie die)
    {
        var v = die[DwarfSlot.VtableElemLocation];
        if (v.IsConstant)
        {
            return (long)v.Value;
        }

        return _context.TryBlock(die.Unit, v, out var expr) && DwarfExpression.Constant(expr, die.Unit.File.Sections.BigEndian, out _) is { } slot ? (long)slot : null;
    }

    /// <summary>DW_AT_calling_convention in the words of <see cref="AbiFunction.CallingConvention"/>; null for DW_CC_normal.</summary>
    private static string? CallingConvention(ulong? value) => value switch
    {
        null or DwarfConstants.DW_CC_normal => null,
        DwarfConstants.DW_CC_program => "program",
        DwarfConstants.DW_CC_nocall => "nocall",
        DwarfConstants.DW_CC_BORLAND_stdcall => "stdcall",
        DwarfConstants.DW_CC_BORLAND_fastcall or DwarfConstants.DW_CC_BORLAND_msfastcall or DwarfConstants.DW_CC_GNU_borland_fastcall_i386 => "fastcall",
        DwarfConstants.DW_CC_BORLAND_thiscall => "thiscall",
        DwarfConstants.DW_CC_BORLAND_pascal => "pascal",
        DwarfConstants.DW_CC_BORLAND_safecall => "safecall",
        DwarfConstants.DW_CC_LLVM_vectorcall => "vectorcall",
        DwarfConstants.DW_CC_LLVM_Win64 => "ms_abi",
        DwarfConstants.DW_CC_LLVM_X86_64SysV => "sysv_abi",
        DwarfConstants.DW_CC_LLVM_X86RegCall => "regcall",
        DwarfConstants.DW_CC_LLVM_AAPCS => "aapcs",
        DwarfConstants.DW_CC_LLVM_AAPCS_VFP => "aapcs-vfp",
        DwarfConstants.DW_CC_LLVM_Swift => "swift",
        DwarfConstants.DW_CC_LLVM_PreserveMost => "preserve_most",
        DwarfConstants.DW_CC_LLVM_PreserveAll => "preserve_all",
        DwarfConstants.DW_CC_LLVM_IntelOclBicc => "intel_ocl_bicc",
        DwarfConstants.DW_CC_LLVM_SpirFunction => "spir_function",
        DwarfConstants.DW_CC_LLVM_OpenCLKernel => "opencl_kernel",
        _ => $"dw_cc_0x{value:x}",
    };
}
