using AbiPortal.Client.Components.Shared;

namespace AbiPortal.Ui.Tests.Components;

public sealed class PageWindowTests
{
    [Theory]
    [InlineData(0, 100, 1)]
    [InlineData(1, 100, 1)]
    [InlineData(100, 100, 1)]
    [InlineData(101, 100, 2)]
    [InlineData(100_000, 100, 1000)]
    [InlineData(long.MaxValue, 1, int.MaxValue)]
    public void PageCount_rounds_up_and_never_overflows(long total, int pageSize, int expected)
    {
        Assert.Equal(expected, PageWindow.PageCount(total, pageSize));
    }

    [Fact]
    public void Numbers_lists_all_pages_when_few()
    {
        Assert.Equal([1, 2, 3, 4, 5], PageWindow.Numbers(3, 5));
    }

    [Fact]
    public void Numbers_elides_with_gaps_far_from_the_current_page()
    {
        Assert.Equal([1, null, 498, 499, 500, 501, 502, null, 1000], PageWindow.Numbers(500, 1000));
    }

    [Fact]
    public void Numbers_clamps_a_page_beyond_the_end()
    {
        Assert.Equal([1, null, 8, 9, 10], PageWindow.Numbers(99, 10));
    }

    [Fact]
    public void Numbers_for_a_single_page_is_just_one()
    {
        Assert.Equal([1], PageWindow.Numbers(1, 1));
    }
}
