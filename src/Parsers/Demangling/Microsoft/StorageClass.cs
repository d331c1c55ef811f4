namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>The storage-class digit of a variable (<c>0</c>-<c>4</c>).</summary>
internal enum StorageClass
{
    None,
    PrivateStatic,
    ProtectedStatic,
    PublicStatic,
    Global,
    FunctionLocalStatic,
}
