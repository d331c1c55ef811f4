namespace AbiPortal.Client.Contracts;

/// <summary>The body of <c>POST /api/libraries/{name}/versions/{version}/matrix</c>: the names a binding needs.</summary>
/// <param name="Names">C names, mangled names of any scheme, or demangled C++ signatures; at most <see cref="MaxNames"/>, each at most <see cref="MaxNameLength"/> characters.</param>
public sealed record MatrixNamesRequest(IReadOnlyList<string>? Names)
{
    /// <summary>Most names one request may ask about.</summary>
    public const int MaxNames = 10_000;

    /// <summary>Longest name accepted (a long C++ signature is a few hundred characters).</summary>
    public const int MaxNameLength = 4096;

    /// <summary>Largest request body read, in bytes.</summary>
    public const int MaxBodyBytes = 4 << 20;

    /// <summary>The problem with the names, or null when they can be looked up.</summary>
    public string? Validate()
    {
        if (Names is null || Names.Count == 0)
        {
            return "names must list at least one name.";
        }

        if (Names.Count > MaxNames)
        {
            return $"names may list at most {MaxNames} names; this request has {Names.Count}.";
        }

        for (int i = 0; i < Names.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Names[i]))
            {
                return $"names[{i}] is empty.";
            }

            if (Names[i].Length > MaxNameLength)
            {
                return $"names[{i}] is longer than {MaxNameLength} characters.";
            }
        }

        return null;
    }
}
