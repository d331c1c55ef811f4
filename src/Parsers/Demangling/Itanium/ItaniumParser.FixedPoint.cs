namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary>N1169 fixed-point types: <c>[DS] DA &lt;int type&gt;</c> (_Accum) and <c>[DS] DR &lt;int type&gt;</c> (_Fract).</summary>
internal ref partial struct ItaniumParser
{
    private ItaniumNode? ParseFixedPointType()
    {
        bool saturated = ConsumeIf("DS");
        string kind;
        if (ConsumeIf("DA"))
        {
            kind = "_Accum";
        }
        else if (ConsumeIf("DR"))
        {
            kind = "_Fract";
        }
        else
        {
            return null;
        }

        string? size = Look() switch
        {
            's' => "short ",
            't' => "unsigned short ",
            'i' => string.Empty,
            'j' => "unsigned ",
            'l' => "long ",
            'm' => "unsigned long ",
            _ => null,
        };
        if (size is null)
        {
            return null;
        }

        _pos++;
        return MakeName((saturated ? "_Sat " : string.Empty) + size + kind);
    }
}
