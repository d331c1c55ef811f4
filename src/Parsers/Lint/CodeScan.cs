using AbiPortal.Parsers.Elf;
using AbiPortal.Parsers.Lint.X86;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Lint;

/// <summary>
/// Decodes every exported x86-64 function once (aliases share an address) on up to two threads,
/// each with its own <see cref="FunctionAnalyzer"/>, within one file-wide instruction budget.
/// </summary>
internal static class CodeScan
{
    /// <summary>Facts by function address; notes say what a budget cut short.</summary>
    public static Dictionary<ulong, FunctionFacts> Run(LintContext context, List<string> notes, out long instructions)
    {
        instructions = 0;
        var image = context.Image;
        if (image is null || image.Abi == CallingAbi.None)
        {
            return [];
        }

        var starts = FunctionStarts(context, image);
        var functions = context.FunctionExports
            .Select(e => (Address: e.Address!.Value, Size: e.Size ?? 0))
            .Where(f => image.TryGetCodeRegion(f.Address, out _))
            .GroupBy(f => f.Address)
            .Select(g => (g.Key, Length: Length(g.Key, g.Max(f => f.Size), starts, context.Options.Limits)))
            .ToArray();
        var budget = new InstructionBudget(context.Options.Limits.MaxInstructionsPerFile);
        var results = new FunctionFacts?[functions.Length];
        int workers = functions.Length >= 256 ? Math.Min(2, Environment.ProcessorCount) : 1;
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = context.Options.Cancellation }, worker =>
        {
            var analyzer = new FunctionAnalyzer(image, context.Options.Limits) { Budget = budget };
            for (int i = worker; i < functions.Length && !budget.Exhausted; i += workers)
            {
                context.Options.Cancellation.ThrowIfCancellationRequested();
                results[i] = analyzer.Analyze(functions[i].Key, functions[i].Length);
            }
        });

        var facts = new Dictionary<ulong, FunctionFacts>(functions.Length);
        int truncated = 0, skipped = 0;
        for (int i = 0; i < functions.Length; i++)
        {
            if (results[i] is { } f)
            {
                facts[functions[i].Key] = f;
                instructions += f.Instructions;
                truncated += f.Truncated ? 1 : 0;
            }
            else
            {
                skipped++;
            }
        }

        if (budget.Exhausted)
        {
            notes.Add($"code: the file's instruction budget ({context.Options.Limits.MaxInstructionsPerFile:N0}) ran out; {skipped} of {functions.Length} functions were not decoded.");
        }

        if (truncated > 0)
        {
            notes.Add($"code: {truncated} functions were longer than a function's budget and were decoded in part.");
        }

        return facts;
    }

    /// <summary>
    /// A function's extent: its symbol size, or for an unsized symbol (PE exports, assembly without
    /// <c>.size</c>) up to the next known function start, capped.
    /// </summary>
    private static ulong Length(ulong address, ulong size, ulong[] starts, LintLimits limits)
    {
        if (size > 0)
        {
            return size;
        }

        int i = Array.BinarySearch(starts, address);
        i = i < 0 ? ~i : i + 1;
        ulong cap = (ulong)limits.MaxUnsizedFunctionBytes;
        return i < starts.Length ? Math.Min(starts[i] - address, cap) : cap;
    }

    /// <summary>Every function start the file names: exports, and for ELF the defined functions of .symtab and .dynsym.</summary>
    private static ulong[] FunctionStarts(LintContext context, LintImage image)
    {
        var starts = new HashSet<ulong>(context.FunctionExports.Select(e => e.Address!.Value));
        if (image.Elf is { } elf)
        {
            foreach (var s in (elf.Symbols ?? []).Concat(elf.DynamicSymbols))
            {
                if (s.IsDefined && s.SymbolType == ElfConstants.STT_FUNC)
                {
                    starts.Add(s.Value);
                }
            }
        }

        var sorted = starts.ToArray();
        Array.Sort(sorted);
        return sorted;
    }
}
