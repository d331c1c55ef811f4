using System.Text.Json;
using A = AbiPortal.Parsers.Snapshots.Json.AbiJsonNames;
using N = AbiPortal.Parsers.Snapshots.Json.SnapshotJsonNames;

namespace AbiPortal.Parsers.Snapshots.Json;

/// <summary>
/// The <c>abi</c> section: the type-level surface read from debug info. Same rules as the rest
/// of the writer: declaration order, every member written (nulls included), as the
/// source-generated serializer does.
/// </summary>
internal static partial class SnapshotJsonWriter
{
    private static void WriteAbi(Utf8JsonWriter writer, AbiSurface abi)
    {
        writer.WriteStartObject(A.Abi);
        WriteEvidence(writer, abi.Evidence);
        WriteList(writer, A.Functions, abi.Functions, WriteFunction);
        WriteList(writer, A.Variables, abi.Variables, WriteVariable);
        WriteList(writer, A.Types, abi.Types, WriteType);
        writer.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter writer, AbiEvidence? evidence)
    {
        if (evidence is null)
        {
            writer.WriteNull(A.Evidence);
            return;
        }

        writer.WriteStartObject(A.Evidence);
        writer.WriteString(N.Format, evidence.Format);
        writer.WriteNumber(A.MinVersion, evidence.MinVersion);
        writer.WriteNumber(A.MaxVersion, evidence.MaxVersion);
        writer.WriteNumber(A.Units, evidence.Units);
        writer.WriteString(A.Source, evidence.Source);
        writer.WriteString(A.DebugFile, evidence.DebugFile);
        writer.WriteString(A.SupplementaryFile, evidence.SupplementaryFile);
        writer.WriteBoolean(A.Partial, evidence.Partial);
        writer.WriteEndObject();
    }

    private static void WriteFunction(Utf8JsonWriter writer, AbiFunction function)
    {
        writer.WriteStartObject();
        writer.WriteString(A.Symbol, function.Symbol);
        WriteNumber(writer, N.Address, function.Address);
        writer.WriteString(N.Name, function.Name);
        writer.WriteString(A.Return, function.Return);
        WriteList(writer, A.Parameters, function.Parameters, WriteParameter);
        writer.WriteBoolean(A.Variadic, function.Variadic);
        writer.WriteString(A.CallingConvention, function.CallingConvention);
        writer.WriteBoolean(A.NoReturn, function.NoReturn);
        writer.WriteString(A.Class, function.Class);
        WriteNumber(writer, A.VtableIndex, function.VtableIndex);
        writer.WriteString(A.DeclFile, function.DeclFile);
        WriteNumber(writer, A.DeclLine, function.DeclLine);
        writer.WriteEndObject();
    }

    private static void WriteParameter(Utf8JsonWriter writer, AbiParameter parameter)
    {
        writer.WriteStartObject();
        writer.WriteString(N.Name, parameter.Name);
        writer.WriteString(A.Type, parameter.Type);
        writer.WriteBoolean(A.Artificial, parameter.Artificial);
        writer.WriteEndObject();
    }

    private static void WriteVariable(Utf8JsonWriter writer, AbiVariable variable)
    {
        writer.WriteStartObject();
        writer.WriteString(A.Symbol, variable.Symbol);
        WriteNumber(writer, N.Address, variable.Address);
        writer.WriteString(N.Name, variable.Name);
        writer.WriteString(A.Type, variable.Type);
        writer.WriteString(A.DeclFile, variable.DeclFile);
        WriteNumber(writer, A.DeclLine, variable.DeclLine);
        writer.WriteEndObject();
    }

    private static void WriteType(Utf8JsonWriter writer, AbiType type)
    {
        writer.WriteStartObject();
        writer.WriteString(A.Id, type.Id);
        JsonEnumText<AbiTypeKind>.Write(writer, N.Kind, type.Kind);
        writer.WriteString(N.Name, type.Name);
        WriteNumber(writer, N.Size, type.Size);
        WriteNumber(writer, A.Alignment, type.Alignment);
        writer.WriteString(A.Target, type.Target);
        WriteNumber(writer, A.Count, type.Count);
        writer.WriteString(A.Encoding, type.Encoding);
        writer.WriteString(A.ContainingType, type.ContainingType);
        writer.WriteBoolean(A.Declaration, type.Declaration);
        WriteList(writer, A.Fields, type.Fields, WriteField);
        WriteList(writer, A.Bases, type.Bases, WriteBase);
        WriteList(writer, A.VirtualMethods, type.VirtualMethods, WriteVirtualMethod);
        WriteList(writer, A.Enumerators, type.Enumerators, WriteEnumerator);
        WriteStrings(writer, A.Parameters, type.Parameters);
        writer.WriteBoolean(A.Variadic, type.Variadic);
        writer.WriteString(A.CallingConvention, type.CallingConvention);
        writer.WriteString(A.PassedBy, type.PassedBy);
        writer.WriteString(A.DeclFile, type.DeclFile);
        WriteNumber(writer, A.DeclLine, type.DeclLine);
        writer.WriteEndObject();
    }

    private static void WriteField(Utf8JsonWriter writer, AbiField field)
    {
        writer.WriteStartObject();
        writer.WriteString(N.Name, field.Name);
        writer.WriteString(A.Type, field.Type);
        writer.WriteNumber(N.Offset, field.Offset);
        WriteNumber(writer, A.BitOffset, field.BitOffset);
        WriteNumber(writer, A.BitSize, field.BitSize);
        writer.WriteString(A.Access, field.Access);
        writer.WriteEndObject();
    }

    private static void WriteBase(Utf8JsonWriter writer, AbiBase b)
    {
        writer.WriteStartObject();
        writer.WriteString(A.Type, b.Type);
        WriteNumber(writer, N.Offset, b.Offset);
        writer.WriteBoolean(A.Virtual, b.Virtual);
        writer.WriteString(A.Access, b.Access);
        writer.WriteEndObject();
    }

    private static void WriteVirtualMethod(Utf8JsonWriter writer, AbiVirtualMethod method)
    {
        writer.WriteStartObject();
        writer.WriteString(N.Name, method.Name);
        writer.WriteString(A.Symbol, method.Symbol);
        writer.WriteNumber(A.VtableIndex, method.VtableIndex);
        writer.WriteBoolean(A.Pure, method.Pure);
        writer.WriteEndObject();
    }

    private static void WriteEnumerator(Utf8JsonWriter writer, AbiEnumerator enumerator)
    {
        writer.WriteStartObject();
        writer.WriteString(N.Name, enumerator.Name);
        writer.WriteNumber(A.Value, enumerator.Value);
        writer.WriteEndObject();
    }
}
