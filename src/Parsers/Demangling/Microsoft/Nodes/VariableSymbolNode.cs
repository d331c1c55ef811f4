namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>A variable with its storage class and type (<c>public: static int Foo::x</c>).</summary>
internal sealed class VariableSymbolNode : SymbolNode
{
    public StorageClass StorageClass { get; set; }

    public TypeNode? Type { get; set; }

    public override void Output(MicrosoftOutput output, OutputFlags flags)
    {
        string? access = StorageClass switch
        {
            StorageClass.PrivateStatic => "private",
            StorageClass.PublicStatic => "public",
            StorageClass.ProtectedStatic => "protected",
            _ => null,
        };
        if ((flags & OutputFlags.NoAccessSpecifier) == 0 && access is not null)
        {
            output.Append(access).Append(": ");
        }

        if ((flags & OutputFlags.NoMemberType) == 0 && access is not null)
        {
            output.Append("static ");
        }

        bool withType = (flags & OutputFlags.NoVariableType) == 0 && Type is not null;
        if (withType)
        {
            Type!.OutputPre(output, flags);
            output.SpaceIfNecessary();
        }

        Name?.Output(output, flags);
        if (withType)
        {
            Type!.OutputPost(output, flags);
        }
    }
}
