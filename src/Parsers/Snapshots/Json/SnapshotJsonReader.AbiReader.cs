using System.Text.Json;
using A = AbiPortal.Parsers.Snapshots.Json.AbiJsonNames;
using N = AbiPortal.Parsers.Snapshots.Json.SnapshotJsonNames;

namespace AbiPortal.Parsers.Snapshots.Json;

internal static partial class SnapshotJsonReader
{
    /// <summary>Reads the items of one <c>abi</c> section, with one pool for its type ids and file names.</summary>
    private sealed class AbiReader
    {
        private readonly JsonStringPool _pool = new();

        public AbiFunction ReadFunction(ref Utf8JsonReader reader)
        {
            ExpectStartObject(ref reader);
            string? symbol = null, name = null, returns = null, callingConvention = null, @class = null, declFile = null;
            ulong? address = null;
            IReadOnlyList<AbiParameter> parameters = [];
            bool variadic = false, noReturn = false;
            long? vtableIndex = null;
            int? declLine = null;
            while (NextProperty(ref reader))
            {
                if (reader.ValueTextEquals(A.Symbol.EncodedUtf8Bytes)) { symbol = NextString(ref reader); }
                else if (reader.ValueTextEquals(N.Address.EncodedUtf8Bytes)) { address = NextNullableUInt64(ref reader); }
                else if (reader.ValueTextEquals(N.Name.EncodedUtf8Bytes)) { name = NextString(ref reader); }
                else if (reader.ValueTextEquals(A.Return.EncodedUtf8Bytes)) { returns = NextPooled(ref reader); }
                else if (reader.ValueTextEquals(A.Parameters.EncodedUtf8Bytes)) { parameters = NextList(ref reader, ReadParameter); }
                else if (reader.ValueTextEquals(A.Variadic.EncodedUtf8Bytes)) { variadic = NextBoolean(ref reader); }
                else if (reader.ValueTextEquals(A.CallingConvention.EncodedUtf8Bytes)) { callingConvention = NextPooled(ref reader); }
                else if (reader.ValueTextEquals(A.NoReturn.EncodedUtf8Bytes)) { noReturn = NextBoolean(ref reader); }
                else if (reader.ValueTextEquals(A.Class.EncodedUtf8Bytes)) { @class = NextPooled(ref reader); }
                else if (reader.ValueTextEquals(A.VtableIndex.EncodedUtf8Bytes)) { vtableIndex = NextNullableInt64(ref reader); }
                else if (reader.ValueTextEquals(A.DeclFile.EncodedUtf8Bytes)) { declFile = NextPooled(ref reader); }
                else if (reader.ValueTextEquals(A.DeclLine.EncodedUtf8Bytes)) { declLine = NextNullableInt32(ref reader); }
                else { SkipValue(ref reader); }
            }

            return new AbiFunction
            {
                Symbol = Required(symbol, "function", "symbol"), Address = address, Name = Required(name, "function", "name"), Return = returns,
                Parameters = parameters, Variadic = variadic, CallingConvention = callingConvention, NoReturn = noReturn, Class = @class,
                VtableIndex = vtableIndex, DeclFile = declFile, DeclLine = declLine,
            };
        }

        public AbiVariable ReadVariable(ref Utf8JsonReader reader)
        {
            ExpectStartObject(ref reader);
            string? symbol = null, name = null, type = null, declFile = null;
            ulong? address = null;
            int? declLine = null;
            while (NextProperty(ref reader))
            {
                if (reader.ValueTextEquals(A.Symbol.EncodedUtf8Bytes)) { symbol = NextString(ref reader); }
                else if (reader.ValueTextEquals(N.Address.EncodedUtf8Bytes)) { address = NextNullableUInt64(ref reader); }
                else if (reader.ValueTextEquals(N.Name.EncodedUtf8Bytes)) { name = NextString(ref reader); }
                else if (reader.ValueTextEquals(A.Type.EncodedUtf8Bytes)) { type = NextPooled(ref reader); }
                else if (reader.ValueTextEquals(A.DeclFile.EncodedUtf8Bytes)) { declFile = NextPooled(ref reader); }
                else if (reader.ValueTextEquals(A.DeclLine.EncodedUtf8Bytes)) { declLine = NextNullableInt32(ref reader); }
                else { SkipValue(ref reader); }
            }

            return new AbiVariable
            {
                Symbol = Required(symbol, "variable", "symbol"), Address = address, Name = Required(name, "variable", "name"),
                Type = Required(type, "variable", "type"), DeclFile = declFile, DeclLine = declLine,
            };
        }

        public AbiType ReadType(ref Utf8JsonReader reader)
        {
            ExpectStartObject(ref reader);
            string? id = null, name = null, target = null, encoding = null, containingType = null, callingConvention = null, passedBy = null, declFile = null;
            AbiTypeKind? kind = null;
            ulong? size = null, alignment = null, count = null;
            bool declaration = false, variadic = false;
            IReadOnlyList<AbiField> fields = [];
            IReadOnlyList<AbiBase> bases = [];
            IReadOnlyList<AbiVirtualMethod> virtualMethods = [];
            IReadOnlyList<AbiEnumerator> enumerators = [];
            IReadOnlyList<string> parameters = [];
            int? declLine = null;
            while (NextProperty(ref reader))
            {
                if (reader.ValueTextEquals(A.Id.EncodedUtf8Bytes)) { id = NextPooled(ref reader); }
                else if (reader.ValueTextEquals(N.Kind.EncodedUtf8Bytes)) { kind = NextEnum<AbiTypeKind>(ref reader); }
                else if (reader.ValueTextEquals(N.Name.EncodedUtf8Bytes)) { name = NextString(ref reader); }
                else if (reader.ValueTextEquals(N.Size.EncodedUtf8Bytes)) { size = NextNullableUInt64(ref reader); }
                else if (reader.ValueTextEquals(A.Alignment.EncodedUtf8Bytes)) { alignment = NextNullableUInt64(ref reader); }
                else if (reader.ValueTextEquals(A.Target.EncodedUtf8Bytes)) { target = NextPooled(ref reader); }
                else if (reader.ValueTextEquals(A.Count.EncodedUtf8Bytes)) { count = NextNullableUInt64(ref reader); }
                else if (reader.ValueTextEquals(A.Encoding.EncodedUtf8Bytes)) { encoding = NextPooled(ref reader); }
                else if (reader.ValueTextEquals(A.ContainingType.EncodedUtf8Bytes)) { containingType = NextPooled(ref reader); }
                else if (reader.ValueTextEquals(A.Declaration.EncodedUtf8Bytes)) { declaration = NextBoolean(ref reader); }
                else if (reader.ValueTextEquals(A.Fields.EncodedUtf8Bytes)) { fields = NextList(ref reader, ReadField); }
                else if (reader.ValueTextEquals(A.Bases.EncodedUtf8Bytes)) { bases = NextList(ref reader, ReadBase); }
                else if (reader.ValueTextEquals(A.VirtualMethods.EncodedUtf8Bytes)) { virtualMethods = NextList(ref reader, ReadVirtualMethod); }
                else if (reader.ValueTextEquals(A.Enumerators.EncodedUtf8Bytes)) { enumerators = NextList(ref reader, ReadEnumerator); }
                else if (reader.ValueTextEquals(A.Parameters.EncodedUtf8Bytes)) { parameters = NextList(ref reader, ReadPooledItem); }
                else if (reader.ValueTextEquals(A.Variadic.EncodedUtf8Bytes)) { variadic = NextBoolean(ref reader); }
                else if (reader.ValueTextEquals(A.CallingConvention.EncodedUtf8Bytes)) { callingConvention = NextPooled(ref reader); }
                else if (reader.ValueTextEquals(A.PassedBy.EncodedUtf8Bytes)) { passedBy = NextPooled(ref reader); }
                else if (reader.ValueTextEquals(A.DeclFile.EncodedUtf8Bytes)) { declFile = NextPooled(ref reader); }
                else if (reader.ValueTextEquals(A.DeclLine.EncodedUtf8Bytes)) { declLine = NextNullableInt32(ref reader); }
                else { SkipValue(ref reader); }
            }

            return new AbiType
            {
                Id = Required(id, "type", "id"), Kind = kind ?? throw new JsonException("A \"type\" of the \"abi\" section has no \"kind\"."),
                Name = Required(name, "type", "name"), Size = size, Alignment = alignment, Target = target, Count = count, Encoding = encoding,
                ContainingType = containingType, Declaration = declaration, Fields = fields, Bases = bases, VirtualMethods = virtualMethods,
                Enumerators = enumerators, Parameters = parameters, Variadic = variadic, CallingConvention = callingConvention,
                PassedBy = passedBy, DeclFile = declFile, DeclLine = declLine,
            };
        }

        private AbiParameter ReadParameter(ref Utf8JsonReader reader)
        {
            ExpectStartObject(ref reader);
            string? name = null, type = null;
            bool artificial = false;
            while (NextProperty(ref reader))
            {
                if (reader.ValueTextEquals(N.Name.EncodedUtf8Bytes)) { name = NextString(ref reader); }
                else if (reader.ValueTextEquals(A.Type.EncodedUtf8Bytes)) { type = NextPooled(ref reader); }
                else if (reader.ValueTextEquals(A.Artificial.EncodedUtf8Bytes)) { artificial = NextBoolean(ref reader); }
                else { SkipValue(ref reader); }
            }

            return new AbiParameter(name, Required(type, "parameter", "type"), artificial);
        }

        private AbiField ReadField(ref Utf8JsonReader reader)
        {
            ExpectStartObject(ref reader);
            string? name = null, type = null, access = null;
            ulong offset = 0;
            ulong? bitOffset = null, bitSize = null;
            while (NextProperty(ref reader))
            {
                if (reader.ValueTextEquals(N.Name.EncodedUtf8Bytes)) { name = NextString(ref reader); }
                else if (reader.ValueTextEquals(A.Type.EncodedUtf8Bytes)) { type = NextPooled(ref reader); }
                else if (reader.ValueTextEquals(N.Offset.EncodedUtf8Bytes)) { offset = NextUInt64(ref reader); }
                else if (reader.ValueTextEquals(A.BitOffset.EncodedUtf8Bytes)) { bitOffset = NextNullableUInt64(ref reader); }
                else if (reader.ValueTextEquals(A.BitSize.EncodedUtf8Bytes)) { bitSize = NextNullableUInt64(ref reader); }
                else if (reader.ValueTextEquals(A.Access.EncodedUtf8Bytes)) { access = NextPooled(ref reader); }
                else { SkipValue(ref reader); }
            }

            return new AbiField { Name = name, Type = Required(type, "field", "type"), Offset = offset, BitOffset = bitOffset, BitSize = bitSize, Access = access };
        }

        private AbiBase ReadBase(ref Utf8JsonReader reader)
        {
            ExpectStartObject(ref reader);
            string? type = null, access = null;
            ulong? offset = null;
            bool @virtual = false;
            while (NextProperty(ref reader))
            {
                if (reader.ValueTextEquals(A.Type.EncodedUtf8Bytes)) { type = NextPooled(ref reader); }
                else if (reader.ValueTextEquals(N.Offset.EncodedUtf8Bytes)) { offset = NextNullableUInt64(ref reader); }
                else if (reader.ValueTextEquals(A.Virtual.EncodedUtf8Bytes)) { @virtual = NextBoolean(ref reader); }
                else if (reader.ValueTextEquals(A.Access.EncodedUtf8Bytes)) { access = NextPooled(ref reader); }
                else { SkipValue(ref reader); }
            }

            return new AbiBase(Required(type, "base", "type"), offset, @virtual, access);
        }

        private AbiVirtualMethod ReadVirtualMethod(ref Utf8JsonReader reader)
        {
            ExpectStartObject(ref reader);
            string? name = null, symbol = null;
            long index = 0;
            bool pure = false;
            while (NextProperty(ref reader))
            {
                if (reader.ValueTextEquals(N.Name.EncodedUtf8Bytes)) { name = NextString(ref reader); }
                else if (reader.ValueTextEquals(A.Symbol.EncodedUtf8Bytes)) { symbol = NextString(ref reader); }
                else if (reader.ValueTextEquals(A.VtableIndex.EncodedUtf8Bytes)) { index = NextInt64(ref reader); }
                else if (reader.ValueTextEquals(A.Pure.EncodedUtf8Bytes)) { pure = NextBoolean(ref reader); }
                else { SkipValue(ref reader); }
            }

            return new AbiVirtualMethod(Required(name, "virtual method", "name"), symbol, index, pure);
        }

        private static AbiEnumerator ReadEnumerator(ref Utf8JsonReader reader)
        {
            ExpectStartObject(ref reader);
            string? name = null;
            long value = 0;
            while (NextProperty(ref reader))
            {
                if (reader.ValueTextEquals(N.Name.EncodedUtf8Bytes)) { name = NextString(ref reader); }
                else if (reader.ValueTextEquals(A.Value.EncodedUtf8Bytes)) { value = NextInt64(ref reader); }
                else { SkipValue(ref reader); }
            }

            return new AbiEnumerator(Required(name, "enumerator", "name"), value);
        }

        private string? NextPooled(ref Utf8JsonReader reader)
        {
            reader.Read();
            return reader.TokenType == JsonTokenType.Null ? null : _pool.Get(ref reader);
        }

        private string ReadPooledItem(ref Utf8JsonReader reader)
            => reader.TokenType == JsonTokenType.String ? _pool.Get(ref reader) : throw new JsonException($"A list of type ids holds {reader.TokenType} (byte {reader.TokenStartIndex}).");
    }
}
