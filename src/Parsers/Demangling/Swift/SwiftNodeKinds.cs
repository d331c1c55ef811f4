using K = AbiPortal.Parsers.Demangling.Swift.SwiftNodeKind;

namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>
/// The classes of node kind the parser pops by (a context, a declaration name, a requirement, ...).
/// Which kinds belong to which class is a fact of Swift's demangler that the printed text depends on:
/// a mangling that puts something else where a context is expected is rejected.
/// </summary>
internal static class SwiftNodeKinds
{
    /// <summary>Declarations and modules that can enclose other declarations (DemangleNodes.def's CONTEXT_NODE).</summary>
    public static bool IsContext(K kind) => kind switch
    {
        K.Allocator or K.AnonymousContext or K.Class or K.Constructor or K.Deallocator or K.IsolatedDeallocator
            or K.DefaultArgumentInitializer or K.Destructor or K.DidSet or K.Enum or K.ExplicitClosure
            or K.Extension or K.Function or K.Getter or K.GlobalGetter or K.IVarInitializer or K.IVarDestroyer
            or K.ImplicitClosure or K.Initializer or K.InitAccessor or K.MaterializeForSet or K.ModifyAccessor
            or K.Modify2Accessor or K.Module or K.NativeOwningAddressor or K.NativeOwningMutableAddressor
            or K.NativePinningAddressor or K.NativePinningMutableAddressor or K.OtherNominalType
            or K.OwningAddressor or K.OwningMutableAddressor or K.PropertyWrapperBackingInitializer
            or K.PropertyWrapperInitFromProjectedValue or K.PropertyWrappedFieldInitAccessor or K.Protocol
            or K.ProtocolSymbolicReference or K.ObjectiveCProtocolSymbolicReference or K.ReadAccessor
            or K.Read2Accessor or K.Setter or K.Static or K.Structure or K.Subscript or K.TypeSymbolicReference
            or K.TypeAlias or K.UnsafeAddressor or K.UnsafeMutableAddressor or K.Variable or K.WillSet
            or K.OpaqueReturnTypeOf or K.AutoDiffFunction or K.BuiltinTupleType or K.FreestandingMacroExpansion
            or K.AccessorAttachedMacroExpansion or K.MemberAttributeAttachedMacroExpansion
            or K.MemberAttachedMacroExpansion or K.PeerAttachedMacroExpansion
            or K.ConformanceAttachedMacroExpansion or K.ExtensionAttachedMacroExpansion
            or K.PreambleAttachedMacroExpansion or K.BodyAttachedMacroExpansion or K.MacroExpansionUniqueName => true,
        _ => false,
    };

    /// <summary>What <c>popNode(isEntity)</c> accepts: a context, or a type.</summary>
    public static bool IsEntity(K kind) => kind == K.Type || IsContext(kind);

    public static bool IsDeclName(K kind) => kind is K.Identifier or K.LocalDeclName or K.PrivateDeclName
        or K.RelatedEntityDeclName or K.PrefixOperator or K.PostfixOperator or K.InfixOperator
        or K.TypeSymbolicReference or K.ProtocolSymbolicReference or K.ObjectiveCProtocolSymbolicReference;

    /// <summary>Nominal types and aliases, which generic arguments can be applied to.</summary>
    public static bool IsAnyGeneric(K kind) => kind is K.Structure or K.Class or K.Enum or K.Protocol
        or K.ProtocolSymbolicReference or K.ObjectiveCProtocolSymbolicReference or K.OtherNominalType
        or K.TypeAlias or K.TypeSymbolicReference or K.BuiltinTupleType;

    public static bool IsRequirement(K kind) => kind is K.DependentGenericParamPackMarker
        or K.DependentGenericParamValueMarker or K.DependentGenericSameTypeRequirement
        or K.DependentGenericSameShapeRequirement or K.DependentGenericLayoutRequirement
        or K.DependentGenericConformanceRequirement or K.DependentGenericInverseConformanceRequirement;

    /// <summary>Attributes that the top level moves in front of the entity they apply to.</summary>
    public static bool IsFunctionAttribute(K kind) => kind is K.FunctionSignatureSpecialization
        or K.GenericSpecialization or K.GenericSpecializationPrespecialized or K.InlinedGenericFunction
        or K.GenericSpecializationNotReAbstracted or K.GenericPartialSpecialization
        or K.GenericPartialSpecializationNotReAbstracted or K.GenericSpecializationInResilienceDomain
        or K.ObjCAttribute or K.NonObjCAttribute or K.DynamicAttribute or K.DirectMethodReferenceAttribute
        or K.VTableAttribute or K.PartialApplyForwarder or K.PartialApplyObjCForwarder or K.OutlinedVariable
        or K.OutlinedReadOnlyObject or K.OutlinedBridgedMethod or K.MergedFunction or K.DistributedThunk
        or K.DistributedAccessor or K.DynamicallyReplaceableFunctionImpl or K.DynamicallyReplaceableFunctionKey
        or K.DynamicallyReplaceableFunctionVar or K.AsyncFunctionPointer or K.AsyncAwaitResumePartialFunction
        or K.AsyncSuspendResumePartialFunction or K.AccessibleFunctionRecord or K.BackDeploymentThunk
        or K.BackDeploymentFallback or K.HasSymbolQuery or K.CoroFunctionPointer or K.DefaultOverride;

    public static bool IsAnyConformance(K kind) => kind is K.ConcreteProtocolConformance or K.PackProtocolConformance
        or K.DependentProtocolConformanceRoot or K.DependentProtocolConformanceInherited
        or K.DependentProtocolConformanceAssociated or K.DependentProtocolConformanceOpaque;

    public static bool IsDependentConformance(K kind) => kind is K.DependentProtocolConformanceRoot
        or K.DependentProtocolConformanceInherited or K.DependentProtocolConformanceAssociated;

    public static bool IsMacroExpansion(K kind) => kind is K.AccessorAttachedMacroExpansion
        or K.MemberAttributeAttachedMacroExpansion or K.FreestandingMacroExpansion
        or K.MemberAttachedMacroExpansion or K.PeerAttachedMacroExpansion or K.ConformanceAttachedMacroExpansion
        or K.ExtensionAttachedMacroExpansion or K.MacroExpansionLoc;

    public static bool IsFunctionIsolation(K kind) =>
        kind is K.GlobalActorFunctionType or K.IsolatedAnyFunctionType or K.NonIsolatedCallerFunctionType;

    public static bool IsThrows(K kind) => kind is K.ThrowsAnnotation or K.TypedThrowsAnnotation;

    /// <summary>Entities that take generic arguments of their own (Swift's <c>nodeConsumesGenericArgs</c>).</summary>
    public static bool ConsumesGenericArgs(K kind) => kind is not (K.Variable or K.Subscript or K.ImplicitClosure
        or K.ExplicitClosure or K.DefaultArgumentInitializer or K.Initializer or K.PropertyWrapperBackingInitializer
        or K.PropertyWrappedFieldInitAccessor or K.PropertyWrapperInitFromProjectedValue or K.Static);

    /// <summary>A (type-wrapped) protocol or protocol reference.</summary>
    public static bool IsProtocolNode(SwiftNode node)
    {
        while (node.Kind == K.Type)
        {
            node = node.First;
        }

        return node.Kind is K.Protocol or K.ProtocolSymbolicReference or K.ObjectiveCProtocolSymbolicReference;
    }

    /// <summary>A (type-wrapped) generic parameter.</summary>
    public static bool IsGenericParamType(SwiftNode node)
    {
        while (node.Kind == K.Type)
        {
            node = node.First;
        }

        return node.Kind == K.DependentGenericParamType;
    }
}
