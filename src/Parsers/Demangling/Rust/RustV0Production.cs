namespace AbiPortal.Parsers.Demangling.Rust;

/// <summary>
/// The v0 grammar productions the printer can be asked to print through a list, a binder or a
/// back reference (named instead of passed as delegates, so printing allocates no closures).
/// </summary>
internal enum RustV0Production
{
    Path,
    PathInValue,
    PathMaybeOpenGenerics,
    Type,
    GenericArg,
    Const,
    ConstInValue,
    ConstField,
    DynTrait,
    DynTraitList,
    FunctionSignature,
}
