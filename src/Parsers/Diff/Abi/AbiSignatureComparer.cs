using System.Globalization;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Diff;

/// <summary>
/// Compares one exported function's or variable's declaration across versions: parameters,
/// return type, variadic, calling convention, noreturn, a variable's type. Type definitions are
/// <see cref="AbiTypeComparer"/>'s; here only which type each place names.
/// </summary>
internal sealed class AbiSignatureComparer(AbiTypeIndex oldIndex, AbiTypeIndex newIndex)
{
    private readonly TypeShapes _shapes = new(oldIndex, newIndex);

    public List<TypeDifference> Compare(AbiFunction o, AbiFunction n)
    {
        var differences = new List<TypeDifference>();
        var oldParameters = o.Parameters.Where(p => !p.Artificial).ToList();
        var newParameters = n.Parameters.Where(p => !p.Artificial).ToList();
        for (int i = 0; i < Math.Min(oldParameters.Count, newParameters.Count); i++)
        {
            var (op, np) = (oldParameters[i], newParameters[i]);
            var match = _shapes.Compare(op.Type, np.Type, ignoreTopQualifiers: true);
            if (match != TypeMatch.Same)
            {
                var (tier, why) = match switch
                {
                    TypeMatch.Spelling => (ChangeSeverity.Info, "the same type under another spelling"),
                    TypeMatch.QualifiersAddedShallow => (ChangeSeverity.Info, "qualifiers added under a pointer: callers' arguments still convert"),
                    TypeMatch.Different => (ChangeSeverity.Incompatible, "callers compiled against the old version pass the old type"),
                    _ => (ChangeSeverity.ApiBreak, AbiTypeComparer.QualifierOrRenameReason(match)),
                };
                differences.Add(new TypeDifference(ChangeKind.ParameterTypeChanged, tier, ParameterItem(i, op.Name), oldIndex.NameOf(op.Type), newIndex.NameOf(np.Type), why));
            }

            if (op.Name is not null && np.Name is not null && op.Name != np.Name)
            {
                differences.Add(new TypeDifference(ChangeKind.ParameterRenamed, ChangeSeverity.Info, ParameterItem(i, null), op.Name, np.Name, "parameter names are not part of the binary interface"));
            }
        }

        for (int i = oldParameters.Count; i < newParameters.Count; i++)
        {
            differences.Add(new TypeDifference(ChangeKind.ParameterAdded, ChangeSeverity.Incompatible, ParameterItem(i, newParameters[i].Name), null, newIndex.NameOf(newParameters[i].Type), "callers compiled against the old version do not pass it: the function reads whatever is in its place"));
        }

        for (int i = newParameters.Count; i < oldParameters.Count; i++)
        {
            differences.Add(new TypeDifference(ChangeKind.ParameterRemoved, ChangeSeverity.Incompatible, ParameterItem(i, oldParameters[i].Name), oldIndex.NameOf(oldParameters[i].Type), null, "callers compiled against the old version still pass it, and every later argument may land elsewhere"));
        }

        bool oldThis = o.Parameters.Any(p => p.Artificial), newThis = n.Parameters.Any(p => p.Artificial);
        if (oldThis != newThis)
        {
            var kind = newThis ? ChangeKind.ParameterAdded : ChangeKind.ParameterRemoved;
            differences.Add(new TypeDifference(kind, ChangeSeverity.Incompatible, "`this`", oldThis ? "member function" : "static or free function", newThis ? "member function" : "static or free function", "the implicit object argument shifts every other argument"));
        }

        CompareReturn(o, n, differences);
        CompareConventions(o, n, differences);
        return differences;
    }

    public List<TypeDifference> Compare(AbiVariable o, AbiVariable n)
    {
        var match = _shapes.Compare(o.Type, n.Type, ignoreTopQualifiers: false);
        if (match == TypeMatch.Same)
        {
            return [];
        }

        var (tier, why) = match switch
        {
            TypeMatch.Spelling => (ChangeSeverity.Info, "the same type under another spelling"),
            TypeMatch.Different => (ChangeSeverity.Incompatible, "binaries built against the old version read and write it as the old type (and copy relocations copy the old size)"),
            _ => (ChangeSeverity.ApiBreak, AbiTypeComparer.QualifierOrRenameReason(match)),
        };
        return [new TypeDifference(ChangeKind.VariableTypeChanged, tier, null, oldIndex.NameOf(o.Type), newIndex.NameOf(n.Type), why)];
    }

    private void CompareReturn(AbiFunction o, AbiFunction n, List<TypeDifference> differences)
    {
        var match = _shapes.Compare(o.Return, n.Return, ignoreTopQualifiers: true);
        if (match == TypeMatch.Same)
        {
            return;
        }

        var (tier, why) = match switch
        {
            TypeMatch.Spelling => (ChangeSeverity.Info, "the same type under another spelling"),
            TypeMatch.QualifiersRemoved => (ChangeSeverity.Info, "qualifiers removed from what is returned: callers' code still accepts it"),
            TypeMatch.Different => (ChangeSeverity.Incompatible, "callers compiled against the old version read the old type from the return registers or memory"),
            _ => (ChangeSeverity.ApiBreak, "qualifiers added to what is returned: binaries agree, sources that store it without them may no longer compile"),
        };
        differences.Add(new TypeDifference(ChangeKind.ReturnTypeChanged, tier, null, oldIndex.NameOf(o.Return), newIndex.NameOf(n.Return), why));
    }

    private static void CompareConventions(AbiFunction o, AbiFunction n, List<TypeDifference> differences)
    {
        if (o.Variadic != n.Variadic)
        {
            differences.Add(new TypeDifference(ChangeKind.VariadicChanged, ChangeSeverity.Incompatible, null, Variadic(o.Variadic), Variadic(n.Variadic), "variadic and fixed arguments are passed differently on several ABIs (x86-64 counts vector registers in %al; Apple arm64 passes variadic arguments on the stack)"));
        }

        if (o.CallingConvention != n.CallingConvention)
        {
            differences.Add(new TypeDifference(ChangeKind.CallingConventionChanged, ChangeSeverity.Incompatible, null, o.CallingConvention ?? "default", n.CallingConvention ?? "default", "callers pass arguments and clean up the stack the old way"));
        }

        if (o.NoReturn != n.NoReturn)
        {
            differences.Add(n.NoReturn
                ? new TypeDifference(ChangeKind.NoReturnChanged, ChangeSeverity.Compatible, null, "returns", "noreturn", "callers prepared for a return that no longer happens")
                : new TypeDifference(ChangeKind.NoReturnChanged, ChangeSeverity.Incompatible, null, "noreturn", "returns", "callers compiled against the old version have no code after the call: a return runs into whatever follows"));
        }
    }

    private static string Variadic(bool variadic) => variadic ? "variadic (...)" : "fixed arguments";

    private static string ParameterItem(int index, string? name)
        => name is null ? string.Create(CultureInfo.InvariantCulture, $"parameter {index + 1}") : string.Create(CultureInfo.InvariantCulture, $"parameter {index + 1} `{name}`");
}
