using System.CommandLine;
using System.CommandLine.Parsing;

namespace AbiPortal.Cli;

/// <summary>
/// Finds a token that looks like an option but is none of the command's (<c>--jsn</c>): the
/// parser would hand it to a FILE argument and the user would read "no such file: --jsn". It is a
/// usage error instead, with the nearest option the command has as a suggestion. Values of
/// options (<c>--fail-on -x</c> would be one) and everything after <c>--</c> are left alone;
/// <c>-</c> alone means standard input.
/// </summary>
internal static class UnknownOptions
{
    /// <summary>The message for the first unknown option, or null when there is none.</summary>
    public static string? Find(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var known = Known(parse);
        bool valuePending = false;
        foreach (var token in parse.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                return null;
            }

            if (token.Type == TokenType.Option)
            {
                valuePending = known.TryGetValue(token.Value, out var option) && option.Arity.MaximumNumberOfValues > 0 && option.ValueType != typeof(bool);
                continue;
            }

            bool looksLikeOption = token.Value.Length > 1 && token.Value[0] == '-' && !char.IsAsciiDigit(token.Value[1]);
            if (token.Type == TokenType.Argument && looksLikeOption && !valuePending && !known.ContainsKey(token.Value))
            {
                string name = command.Name == parse.RootCommandResult.Command.Name ? "abiportal" : $"abiportal {command.Name}";
                string? nearest = Nearest(token.Value.Split('=')[0], known.Keys);
                return $"{name}: unknown option '{token.Value}'." + (nearest is null ? "" : $" Did you mean '{nearest}'?");
            }

            valuePending = false;
        }

        return null;
    }

    /// <summary>Every option name and alias the chosen command accepts, its own and those it inherits (--help).</summary>
    private static Dictionary<string, Option> Known(ParseResult parse)
    {
        var known = new Dictionary<string, Option>(StringComparer.Ordinal);
        for (var result = (SymbolResult?)parse.CommandResult; result is not null; result = result.Parent)
        {
            if (result is CommandResult { Command: var command })
            {
                foreach (var option in command.Options)
                {
                    if (result == parse.CommandResult || option.Recursive)
                    {
                        known.TryAdd(option.Name, option);
                        foreach (string alias in option.Aliases)
                        {
                            known.TryAdd(alias, option);
                        }
                    }
                }
            }
        }

        return known;
    }

    /// <summary>The long option nearest in edit distance, when it is near enough to be a typo.</summary>
    private static string? Nearest(string typed, IEnumerable<string> names)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string name in names.Where(n => n.StartsWith("--", StringComparison.Ordinal)))
        {
            int distance = Distance(typed, name);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (name, distance);
            }
        }

        return bestDistance <= Math.Max(2, typed.Length / 3) ? best : null;
    }

    /// <summary>Levenshtein distance (insert, delete, substitute: one each).</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitute, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
