using K = AbiPortal.Parsers.Demangling.Swift.SwiftNodeKind;

namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>The node kinds that are not a fixed phrase (<see cref="SwiftPrinterTables"/>), each sent to the code that prints it.</summary>
internal sealed partial class SwiftPrinter
{
    private SwiftNode? PrintNode(SwiftNode node, int depth, bool asPrefixContext)
    {
        switch (node.Kind)
        {
            case K.Global:
            case K.TypeList:
                PrintChildren(node, depth);
                return null;
            case K.Suffix:
                Append(" with unmangled suffix ");
                AppendQuoted(node.TextSpan);
                return null;
            case K.Identifier or K.Module or K.BuiltinTypeName or K.ClangType or K.MetatypeRepresentation
                or K.ImplConvention or K.ImplFunctionAttribute:
                Append(node.TextSpan);
                return null;
            case K.Index or K.Number or K.SpecializationPassID or K.Integer:
                Append(node.Index);
                return null;
            case K.NegativeInteger:
                AppendSigned((long)node.Index);
                return null;
            case K.InfixOperator:
            case K.PrefixOperator:
            case K.PostfixOperator:
                Append(node.TextSpan);
                Append(node.Kind == K.InfixOperator ? " infix" : node.Kind == K.PrefixOperator ? " prefix" : " postfix");
                return null;

            // Entities and names (SwiftPrinter.Entities.cs).
            case K.Variable or K.Function or K.BoundGenericFunction or K.Subscript or K.Macro or K.GenericTypeParamDecl
                or K.ExplicitClosure or K.ImplicitClosure or K.Initializer or K.PropertyWrapperBackingInitializer
                or K.PropertyWrapperInitFromProjectedValue or K.DefaultArgumentInitializer or K.Class or K.Structure
                or K.Enum or K.Protocol or K.TypeAlias or K.OtherNominalType or K.Allocator or K.Constructor
                or K.Destructor or K.Deallocator or K.IsolatedDeallocator or K.IVarInitializer or K.IVarDestroyer
                or K.FreestandingMacroExpansion or K.MacroExpansionUniqueName or K.AccessorAttachedMacroExpansion
                or K.MemberAttributeAttachedMacroExpansion or K.MemberAttachedMacroExpansion
                or K.PeerAttachedMacroExpansion or K.ConformanceAttachedMacroExpansion
                or K.ExtensionAttachedMacroExpansion or K.PreambleAttachedMacroExpansion
                or K.BodyAttachedMacroExpansion:
                return PrintEntityNode(node, depth, asPrefixContext);
            case K.Getter or K.Setter or K.GlobalGetter or K.WillSet or K.DidSet or K.ReadAccessor or K.Read2Accessor
                or K.ModifyAccessor or K.Modify2Accessor or K.InitAccessor or K.MaterializeForSet or K.OwningAddressor
                or K.OwningMutableAddressor or K.NativeOwningAddressor or K.NativeOwningMutableAddressor
                or K.NativePinningAddressor or K.NativePinningMutableAddressor or K.UnsafeAddressor
                or K.UnsafeMutableAddressor:
                return PrintAccessor(node, depth, asPrefixContext);
            case K.Extension or K.AnonymousContext or K.LocalDeclName or K.PrivateDeclName or K.RelatedEntityDeclName
                or K.MacroExpansionLoc or K.ProtocolConformance:
                PrintContextNode(node, depth);
                return null;

            // Types (SwiftPrinter.Types.cs, SwiftPrinter.Functions.cs, SwiftPrinter.Generics.cs).
            case K.FunctionType or K.UncurriedFunctionType or K.NoEscapeFunctionType or K.AutoClosureType
                or K.EscapingAutoClosureType or K.ThinFunctionType or K.CFunctionPointer or K.ObjCBlock
                or K.EscapingObjCBlock:
                PrintFunctionType(null, node, depth);
                return null;
            case K.ArgumentTuple:
                PrintFunctionParameters(null, node, depth);
                return null;
            case K.TypeMangling:
                if (node.First.Kind == K.LabelList)
                {
                    PrintFunctionType(node.First, node.Child(1).First, depth);
                }
                else
                {
                    Print(node.First, depth + 1);
                }

                return null;
            case K.ImplFunctionType:
                PrintImplFunctionType(node, depth);
                return null;
            case K.ImplParameter or K.ImplResult or K.ImplYield or K.ImplErrorResult or K.ImplFunctionConvention
                or K.ImplCoroutineKind or K.ImplDifferentiabilityKind or K.ImplParameterResultDifferentiability
                or K.ImplParameterSending or K.ImplParameterIsolated or K.ImplParameterImplicitLeading
                or K.ImplPatternSubstitutions or K.ImplInvocationSubstitutions:
                PrintImplNode(node, depth);
                return null;
            case K.DependentGenericSignature or K.DependentPseudogenericSignature:
                PrintGenericSignature(node, depth);
                return null;
            case K.DependentGenericConformanceRequirement or K.DependentGenericInverseConformanceRequirement
                or K.DependentGenericLayoutRequirement or K.DependentGenericSameTypeRequirement
                or K.DependentGenericSameShapeRequirement or K.DependentGenericParamType or K.DependentGenericType
                or K.DependentMemberType or K.DependentAssociatedTypeRef:
                PrintGenericNode(node, depth);
                return null;
            case K.BoundGenericClass or K.BoundGenericStructure or K.BoundGenericEnum or K.BoundGenericProtocol
                or K.BoundGenericOtherNominalType or K.BoundGenericTypeAlias:
                PrintBoundGeneric(node, depth);
                return null;

            // Specializations and thunks (SwiftPrinter.Specializations.cs, SwiftPrinter.Thunks.cs).
            case K.FunctionSignatureSpecialization or K.GenericPartialSpecialization
                or K.GenericPartialSpecializationNotReAbstracted or K.GenericSpecialization
                or K.GenericSpecializationInResilienceDomain or K.GenericSpecializationPrespecialized
                or K.GenericSpecializationNotReAbstracted or K.InlinedGenericFunction or K.GenericSpecializationParam
                or K.DroppedArgument or K.FunctionSignatureSpecializationParamPayload
                or K.FunctionSignatureSpecializationParamKind:
                PrintSpecializationNode(node, depth);
                return null;
            case K.OutlinedBridgedMethod or K.OutlinedCopy or K.OutlinedConsume or K.OutlinedVariable
                or K.OutlinedReadOnlyObject or K.PartialApplyForwarder or K.PartialApplyObjCForwarder or K.VTableThunk
                or K.ProtocolWitness or K.ReabstractionThunk or K.ReabstractionThunkHelper
                or K.ReabstractionThunkHelperWithGlobalActor or K.ReabstractionThunkHelperWithSelf
                or K.KeyPathGetterThunkHelper or K.KeyPathSetterThunkHelper or K.KeyPathUnappliedMethodThunkHelper
                or K.KeyPathAppliedMethodThunkHelper or K.KeyPathEqualsThunkHelper or K.KeyPathHashThunkHelper
                or K.ObjCAsyncCompletionHandlerImpl or K.PredefinedObjCAsyncCompletionHandlerImpl
                or K.AsyncAwaitResumePartialFunction or K.AsyncSuspendResumePartialFunction:
                PrintThunk(node, depth);
                return null;
            case K.AutoDiffFunction or K.AutoDiffDerivativeVTableThunk or K.AutoDiffSelfReorderingReabstractionThunk
                or K.AutoDiffSubsetParametersThunk or K.AutoDiffFunctionKind or K.DifferentiabilityWitness
                or K.IndexSubset:
                PrintAutoDiff(node, depth);
                return null;
            default:
                PrintOther(node, depth);
                return null;
        }
    }
}
