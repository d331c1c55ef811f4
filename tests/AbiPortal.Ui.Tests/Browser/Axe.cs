using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace AbiPortal.Ui.Tests.Browser;

/// <summary>
/// axe-core run inside the page (Deque.AxeCore.Playwright injects it through the DevTools
/// protocol, which the page's Content-Security-Policy does not govern): a page passes when no
/// violation is serious, critical or moderate.
/// </summary>
internal static class Axe
{
    /// <summary>The widths every page is checked at: a desktop and a phone (390 px).</summary>
    public static IReadOnlyList<int> Widths { get; } = [1400, 390];

    private static readonly string[] Counted = ["critical", "serious", "moderate"];

    /// <summary>Fails with each violation's rule, impact and first elements when axe finds any that counts.</summary>
    public static async Task AssertCleanAsync(IPage page, string what)
    {
        var problems = await ViolationsAsync(page, what);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Each counted violation as one line: page, width, impact, rule, help and its first elements.</summary>
    public static async Task<List<string>> ViolationsAsync(IPage page, string what)
    {
        // On a page opened with JavaScript off axe never answers: fail in a minute, not at the run's timeout.
        AxeResult result;
        try
        {
            result = await page.RunAxe().WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            throw new InvalidOperationException($"axe did not finish on {what} within 60 s: it needs a page with JavaScript on (NewPageAsync(javaScript: true)).");
        }

        return result.Violations.Where(v => Counted.Contains(v.Impact))
            .Select(v => $"{what} ({page.ViewportSize?.Width} px): {v.Impact} {v.Id}: {v.Help} at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html.Length > 160 ? n.Html[..160] : n.Html))}")
            .ToList();
    }
}
