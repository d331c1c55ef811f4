using AbiPortal.Client.Contracts;
using AbiPortal.Tests;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AbiPortal.Ui.Tests.Browser;

/// <summary>
/// Types in the UI, in Chromium, on the issue's Point pair (tests/fixtures/typediff/point/gcc:
/// struct Point gains a field z; get_x and init_point take a Point *) and the split-debug fixtures
/// of tests/fixtures/dwarf: the ABI tab, a type's layout page, the symbol page's declaration and
/// the diff page's type changes with their paths.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class AbiTabTests(PortalFixture portal)
{
    private Task<long> UploadAsync(string path, string name, string? library, string? version)
        => portal.UploadAsync(path, name, new ArtifactLabels(library, version, library is null ? null : "linux-x86_64"));

    private Task<long> PointAsync(string side, string version)
        => UploadAsync(TestPaths.Fixture("typediff", $"point/gcc/{side}.so"), "libpoint.so", "point", version);

    [Fact]
    public async Task The_type_pages_have_no_serious_or_moderate_axe_violation()
    {
        long old = await PointAsync("old", "1.0"), @new = await PointAsync("new", "2.0");
        string[] paths =
        [
            $"/artifacts/{@new}?tab=abi",
            $"/artifacts/{@new}?tab=abi&q=init&types=Point",
            $"/artifacts/{@new}/types?id=struct%20Point",
            $"/artifacts/{@new}/exports/0",
            $"/diff?base={old}&head={@new}",
        ];
        var problems = new List<string>();
        foreach (int width in Axe.Widths)
        {
            var page = await portal.NewPageAsync(width: width);
            foreach (string path in paths)
            {
                await page.GotoAsync(path);
                problems.AddRange(await Axe.ViolationsAsync(page, $"{path} at {width} px"));
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task The_abi_tab_lists_declarations_and_types_and_links_to_layouts()
    {
        long id = await PointAsync("new", "2.0");
        var page = await portal.NewPageAsync(javaScript: false, width: 1400);
        await page.GotoAsync($"/artifacts/{id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "ABI", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "ABI", Exact = true })).ToHaveAttributeAsync("aria-current", "page");
        await Expect(page.Locator("#abi-evidence")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"Evidence: symbols \+ debug info \(DWARF 5, 1 unit\)\s*$"));
        var getX = page.Locator("#abi-declarations tbody tr", new() { HasText = "get_x" });
        await Expect(getX.Locator("code.decl")).ToHaveTextAsync("int get_x(struct Point *p)");
        await PortalFixture.ScreenshotAsync(page, "abi");
        var narrow = await portal.NewPageAsync(javaScript: false, width: 390);
        await narrow.GotoAsync(page.Url);
        await Expect(narrow.Locator("#abi-declarations code.decl").First).ToBeVisibleAsync();
        await PortalFixture.ScreenshotAsync(narrow, "abi-phone");

        // Searching narrows the declarations; the type search lists struct Point.
        await page.Locator("#abi-q").FillAsync("init");
        await page.Locator("#abi-types").FillAsync("Point");
        await page.Locator("form[aria-label='Search the ABI surface'] button").ClickAsync();
        await Expect(page.Locator("#abi-declarations tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#abi-declarations")).ToContainTextAsync("void init_point(struct Point *p)");
        await Expect(page.Locator("#abi-type-table tbody tr")).ToContainTextAsync("struct Point");

        // The layout page: offsets and sizes as pahole prints them, and who uses the type.
        await page.Locator("#abi-type-table a", new() { HasText = "struct Point" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("struct Point");
        await Expect(page.Locator("#type-layout")).ToContainTextAsync("int                        z;                    /*     8     4 */");
        await Expect(page.Locator("#type-layout")).ToContainTextAsync("/* size: 12, cachelines: 1, members: 3 */");
        await Expect(page.Locator("#type-exports")).ToContainTextAsync("int get_x(struct Point *p)");
        await PortalFixture.ScreenshotAsync(page, "type-layout");
        var phone = await portal.NewPageAsync(javaScript: false, width: 390);
        await phone.GotoAsync(page.Url);
        await Expect(phone.Locator("#type-layout")).ToBeVisibleAsync();
        await PortalFixture.ScreenshotAsync(phone, "type-layout-phone");
    }

    [Fact]
    public async Task The_symbol_page_shows_the_declaration_with_links_to_its_types()
    {
        long id = await PointAsync("old", "1.0");
        var page = await portal.NewPageAsync(javaScript: false);
        await page.GotoAsync($"/artifacts/{id}?q=get_x");
        await page.Locator("table.data a", new() { HasText = "get_x" }).First.ClickAsync();
        await Expect(page.Locator("#declaration")).ToHaveTextAsync("int get_x(struct Point *p)");
        await page.Locator("#declaration-types a", new() { HasText = "struct Point" }).ClickAsync();
        await Expect(page.Locator("#type-layout")).ToContainTextAsync("/* size: 8, cachelines: 1, members: 2 */");
        await PortalFixture.ScreenshotAsync(page, "type-layout-old");
    }

    [Fact]
    public async Task The_diff_page_names_the_struct_the_field_and_the_exports_it_reaches()
    {
        long old = await PointAsync("old", "1.0");
        long @new = await PointAsync("new", "2.0");
        foreach (int width in new[] { 1400, 390 })
        {
            var page = await portal.NewPageAsync(javaScript: false, width: width);
            await page.GotoAsync($"/diff?base={old}&head={@new}");
            await Expect(page.Locator(".verdict")).ToContainTextAsync("incompatible");
            await Expect(page.Locator("#diff-evidence")).ToContainTextAsync("both sides: symbols + debug info (DWARF 5, 1 unit)");
            var sizes = page.Locator("table.type-changes[data-kind=type-size-changed] tbody tr");
            await Expect(sizes).ToContainTextAsync("struct Point");
            await Expect(sizes).ToContainTextAsync("size 8 → 12 bytes");
            await Expect(sizes).ToContainTextAsync("why incompatible: callers may allocate struct Point themselves");
            await Expect(sizes).ToContainTextAsync("get_x: parameter 1 `struct Point *` → struct Point");
            await Expect(sizes).ToContainTextAsync("init_point: parameter 1 `struct Point *` → struct Point");
            var fields = page.Locator("table.type-changes[data-kind=field-added] tbody tr");
            await Expect(fields).ToContainTextAsync("field `z` added at offset 8");
            await PortalFixture.ScreenshotAsync(page, width == 390 ? "diff-types-phone" : "diff-types");
        }
    }

    [Fact]
    public async Task A_debug_file_shows_as_the_debug_file_of_its_build_id_and_the_binary_takes_its_surface()
    {
        long debug = await UploadAsync(TestPaths.Fixture("dwarf", "libpoint.debug"), "libpoint.debug", "split-point", "1.0");
        var page = await portal.NewPageAsync(javaScript: false);
        await page.GotoAsync($"/artifacts/{debug}");
        await Expect(page.Locator("#debug-file-notice")).ToContainTextAsync("Debug file for build id");
        await Expect(page.Locator("#debug-file-notice")).ToContainTextAsync("Waiting for its binary");
        await Expect(page.Locator("nav.crumbs")).Not.ToContainTextAsync("split-point");

        long binary = await UploadAsync(TestPaths.Fixture("dwarf", "libpoint-stripped.so"), "libpoint-stripped.so", "split-point", "1.0");
        await page.GotoAsync($"/artifacts/{debug}");
        await Expect(page.Locator("#debug-file-notice")).ToContainTextAsync($"Attached to artifact {binary}");
        await PortalFixture.ScreenshotAsync(page, "debug-file");
        await page.GotoAsync($"/artifacts/{binary}?tab=abi");
        await Expect(page.Locator("#debug-file-notice")).ToContainTextAsync($"debug file {debug}");
        await Expect(page.Locator("#abi-evidence")).ToContainTextAsync("debug file libpoint.debug");
    }

    [Fact]
    public async Task A_universal_binary_paired_with_its_dsym_shows_each_slice_surface()
    {
        long dsym = await portal.UploadAsync(TestPaths.Fixture("dwarf", "libpoint-fat.dylib.dSYM/Contents/Resources/DWARF/libpoint-fat.dylib"), "libpoint-fat.dylib.dSYM", new ArtifactLabels("fat-point", "1.0", "macos"));
        long binary = await portal.UploadAsync(TestPaths.Fixture("dwarf", "libpoint-fat.dylib"), "libpoint-fat.dylib", new ArtifactLabels("fat-point", "1.0", "macos"));
        var page = await portal.NewPageAsync(javaScript: false, width: 1400);
        await page.GotoAsync($"/artifacts/{binary}?tab=abi");
        await Expect(page.Locator("#debug-file-notice")).ToContainTextAsync($"debug file {dsym}");

        // One slice at a time, the first by default; the others a link away.
        var slices = page.Locator("#abi-members");
        await Expect(slices).ToContainTextAsync("Slice:");
        await Expect(slices.Locator("[aria-current=page]")).ToHaveTextAsync("x86_64");
        await Expect(page.Locator("#abi-declarations tbody tr", new() { HasText = "get_x" }).Locator("code.decl")).ToHaveTextAsync("int get_x(struct Point *p)");
        await slices.GetByRole(AriaRole.Link, new() { Name = "arm64" }).ClickAsync();
        await Expect(slices.Locator("[aria-current=page]")).ToHaveTextAsync("arm64");
        await PortalFixture.ScreenshotAsync(page, "abi-fat");

        // Its types link to layouts of the same slice, and the symbol page of an arm64 export declares it.
        await page.Locator("#abi-declarations tbody tr", new() { HasText = "get_x" }).Locator("a.type-link", new() { HasText = "struct Point" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("member=arm64$"));
        await Expect(page.Locator("nav.crumbs")).ToContainTextAsync("ABI (arm64)");
        await Expect(page.Locator("#type-layout")).ToContainTextAsync("/* size: 8, cachelines: 1, members: 2 */");
        await page.GotoAsync($"/artifacts/{binary}?q=get_x&member=arm64");
        await page.Locator("#exports-table a", new() { HasText = "get_x" }).First.ClickAsync();
        await Expect(page.Locator("#declaration")).ToHaveTextAsync("int get_x(struct Point *p)");

        // axe runs as a script: a page of its own with JavaScript on.
        foreach (int width in Axe.Widths)
        {
            var scripted = await portal.NewPageAsync(width: width);
            await scripted.GotoAsync($"/artifacts/{binary}?tab=abi&member=arm64");
            await Axe.AssertCleanAsync(scripted, $"fat ABI tab at {width} px");
        }
    }
}
