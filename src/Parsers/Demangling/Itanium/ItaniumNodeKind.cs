namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary>
/// The kinds of node in a demangled Itanium name's tree. One <see cref="ItaniumNode"/> class carries
/// every kind (a tagged union) so the parser allocates from a single reusable pool; the comment on each
/// member names the grammar production (Itanium C++ ABI section 5.1) it stands for and its fields.
/// </summary>
internal enum ItaniumNodeKind : byte
{
    /// <summary>A plain name or builtin type (Text or Slice).</summary>
    Name,
    /// <summary><c>&lt;special-name&gt;</c>: Text then A ("vtable for ", ...).</summary>
    SpecialName,
    /// <summary><c>TC</c>: "construction vtable for " A "-in-" B.</summary>
    CtorVtableSpecialName,
    /// <summary>A clone suffix such as <c>.isra.0</c>: A then " (" Slice ")".</summary>
    DotSuffix,
    /// <summary><c>&lt;nested-name&gt;</c> step: A "::" B.</summary>
    NestedName,
    /// <summary><c>&lt;local-name&gt;</c>: A (the function) "::" B (the entity).</summary>
    LocalName,
    /// <summary>A C++20 module name (<c>W</c>): parent A, name B, Flags 1 = partition.</summary>
    ModuleName,
    /// <summary>A name attached to a module: B "@" A.</summary>
    ModuleEntity,
    /// <summary>A member-like constrained friend (<c>F</c>): A "::friend " B.</summary>
    MemberLikeFriendName,
    /// <summary>A qualified unresolved name: A "::" B.</summary>
    QualifiedName,
    /// <summary>A name with a leading <c>gs</c>: "::" A.</summary>
    GlobalQualifiedName,
    /// <summary><c>B &lt;source-name&gt;</c>: A "[abi:" Slice "]".</summary>
    AbiTagAttr,
    /// <summary>A template name with its arguments: A B.</summary>
    NameWithTemplateArgs,
    /// <summary><c>&lt;template-args&gt;</c>: "&lt;" List "&gt;", A = requires-clause.</summary>
    TemplateArgs,
    /// <summary><c>J ... E</c>: the elements of List, comma separated.</summary>
    TemplateArgumentPack,
    /// <summary>A template parameter bound to a pack: prints the element being expanded.</summary>
    ParameterPack,
    /// <summary><c>Dp</c> / <c>sp</c>: A printed once per pack element.</summary>
    ParameterPackExpansion,
    /// <summary>A template parameter referring to arguments parsed later (conversion operators): Number, A = target.</summary>
    ForwardTemplateReference,
    /// <summary><c>Sa Sb Ss Si So Sd</c> (Number = which).</summary>
    SpecialSubstitution,
    /// <summary>The same, spelled out in full, used as the prefix of a constructor name.</summary>
    ExpandedSpecialSubstitution,
    /// <summary><c>C1</c>...<c>D5</c>: the base name of A, Flags 1 = destructor.</summary>
    CtorDtorName,
    /// <summary><c>dn</c>: "~" A.</summary>
    DtorName,
    /// <summary><c>Ut [n] _</c>: "'unnamed" Slice "'".</summary>
    UnnamedTypeName,
    /// <summary><c>Ul ... E [n] _</c>: List = template params, List2 = params, A/B = requires, Slice = count.</summary>
    ClosureTypeName,
    /// <summary><c>DC ... E</c>: "[" List "]".</summary>
    StructuredBindingName,
    /// <summary><c>li</c>: "operator\"\" " A.</summary>
    LiteralOperator,
    /// <summary><c>cv</c> / vendor operator: "operator " A.</summary>
    ConversionOperatorType,
    /// <summary>An invented template parameter name ($T, $N, $TT) with Flags = kind, Number = index.</summary>
    SyntheticTemplateParamName,
    /// <summary><c>Ty</c>: "typename " A.</summary>
    TypeTemplateParamDecl,
    /// <summary><c>Tk</c>: A (the concept) " " B.</summary>
    ConstrainedTypeTemplateParamDecl,
    /// <summary><c>Tn</c>: B (the type) A (the name).</summary>
    NonTypeTemplateParamDecl,
    /// <summary><c>Tt</c>: "template&lt;" List "&gt; typename " A, B = requires.</summary>
    TemplateTemplateParamDecl,
    /// <summary><c>Tp</c>: A with "...".</summary>
    TemplateParamPackDecl,
    /// <summary>A template argument preceded by its parameter declaration: prints B only.</summary>
    TemplateParamQualifiedArg,
    /// <summary><c>Ua9enable_ifI ... E</c>: " [enable_if:" List "]".</summary>
    EnableIfAttr,
    /// <summary>The explicit object parameter of a deducing-this function: "this " A.</summary>
    ExplicitObjectParameter,
    /// <summary>A function: A = return type, B = name, List = parameters, C = attributes, D = requires, Flags = cv | ref.</summary>
    FunctionEncoding,
    /// <summary>A with cv-qualifiers (Flags).</summary>
    QualType,
    /// <summary><c>U &lt;source-name&gt; [args]</c>: A " " Slice B.</summary>
    VendorExtQualType,
    /// <summary>Objective-C protocol qualification: A "&lt;" Slice "&gt;".</summary>
    ObjCProtoName,
    /// <summary><c>P</c>: pointer to A.</summary>
    PointerType,
    /// <summary><c>R</c>/<c>O</c>: reference to A, Flags 0 = lvalue, 1 = rvalue.</summary>
    ReferenceType,
    /// <summary><c>M</c>: A = class, B = member type.</summary>
    PointerToMemberType,
    /// <summary><c>A</c>: array of A, dimension B.</summary>
    ArrayType,
    /// <summary><c>F</c>: A = return type, List = parameters, Flags = cv | ref, B = exception spec.</summary>
    FunctionType,
    /// <summary><c>DO</c>: "noexcept(" A ")".</summary>
    NoexceptSpec,
    /// <summary><c>Dw</c>: "throw(" List ")".</summary>
    DynamicExceptionSpec,
    /// <summary><c>Dv</c>: A " vector[" B "]".</summary>
    VectorType,
    /// <summary><c>Dv n _ p</c>: "pixel vector[" B "]".</summary>
    PixelVectorType,
    /// <summary><c>DF n _</c>: "_Float" A (Flags 1 = the "x" extended form).</summary>
    BinaryFPType,
    /// <summary><c>DB</c>/<c>DU</c>: "_BitInt(" A ")", Flags 1 = signed.</summary>
    BitIntType,
    /// <summary><c>C</c>/<c>G</c>: A Text.</summary>
    PostfixQualifiedType,
    /// <summary><c>Ts Tu Te</c>: Text " " A.</summary>
    ElaboratedTypeSpefType,
    /// <summary><c>u &lt;name&gt; I type E</c>: Slice "(" A ")".</summary>
    TransformedType,
    /// <summary>A Text B with precedence Prec.</summary>
    BinaryExpr,
    /// <summary>Text A.</summary>
    PrefixExpr,
    /// <summary>A Text.</summary>
    PostfixExpr,
    /// <summary>A "[" B "]".</summary>
    ArraySubscriptExpr,
    /// <summary>A Text B (<c>.</c>, <c>-&gt;</c>, <c>.*</c>, <c>-&gt;*</c>).</summary>
    MemberExpr,
    /// <summary>A " ? " B " : " C.</summary>
    ConditionalExpr,
    /// <summary>A "(" List ")", Flags 1 = callee in parentheses.</summary>
    CallExpr,
    /// <summary><c>nw</c>/<c>na</c>: List = placement, A = type, List2 = initialisers, Flags 1 = global, 2 = array.</summary>
    NewExpr,
    /// <summary><c>dl</c>/<c>da</c>: Flags 1 = global, 2 = array.</summary>
    DeleteExpr,
    /// <summary>Text "&lt;" A "&gt;(" B ")".</summary>
    CastExpr,
    /// <summary>"(" A ")(" List ")".</summary>
    ConversionExpr,
    /// <summary>Text "(" A ")".</summary>
    EnclosingExpr,
    /// <summary><c>sZ T</c>: "sizeof...(" A ")".</summary>
    SizeofParamPackExpr,
    /// <summary>List, comma separated.</summary>
    NodeArrayNode,
    /// <summary><c>il</c>/<c>tl</c>: A "{" List "}".</summary>
    InitListExpr,
    /// <summary><c>di</c>/<c>dx</c>: ".A = B" or "[A] = B", Flags 1 = array.</summary>
    BracedExpr,
    /// <summary><c>dX</c>: "[A ... B] = C".</summary>
    BracedRangeExpr,
    /// <summary><c>fl fr fL fR</c>: Flags 1 = left fold, Text = operator, A = pack, B = init.</summary>
    FoldExpr,
    /// <summary><c>tw</c>: "throw " A.</summary>
    ThrowExpr,
    /// <summary><c>Lb0E</c>/<c>Lb1E</c> (Flags).</summary>
    BoolExpr,
    /// <summary><c>LA...E</c>: "\"&lt;" A "&gt;\"".</summary>
    StringLiteral,
    /// <summary><c>LUl...E</c>: "[]" closure declarator "{...}".</summary>
    LambdaExpr,
    /// <summary>An integer literal: Slice = digits, Text = type (a suffix or a cast).</summary>
    IntegerLiteral,
    /// <summary>A floating literal: Slice = hex digits, Flags = 0 float, 1 double, 2 long double.</summary>
    FloatLiteral,
    /// <summary>"(" A ")" Slice.</summary>
    EnumLiteral,
    /// <summary><c>fp</c>: "fp" Slice.</summary>
    FunctionParam,
    /// <summary><c>mc</c>: "(" A ")(" B ")".</summary>
    PointerToMemberConversionExpr,
    /// <summary><c>so</c>: B ".&lt;" A " at offset " Slice "&gt;".</summary>
    SubobjectExpr,
    /// <summary><c>rq</c>/<c>rQ</c>: List = parameters, List2 = requirements.</summary>
    RequiresExpr,
    /// <summary>A requirement <c>X expr [N] [R constraint]</c>.</summary>
    ExprRequirement,
    /// <summary>A requirement <c>T type</c>.</summary>
    TypeRequirement,
    /// <summary>A requirement <c>Q expr</c>.</summary>
    NestedRequirement,
}
