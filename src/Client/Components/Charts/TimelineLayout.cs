namespace AbiPortal.Client.Components.Charts;

/// <summary>
/// The geometry of <see cref="TimelineChart"/>: where each version sits and which gridlines the
/// export-count axis gets. Kept apart from the markup so it can be tested without rendering.
/// </summary>
public sealed class TimelineLayout
{
    /// <summary>Left margin, wide enough for the count labels and the band's "compatible".</summary>
    public const double MarginLeft = 72;

    /// <summary>Right margin.</summary>
    public const double MarginRight = 24;

    /// <summary>Top margin, room for the count above the highest point.</summary>
    public const double MarginTop = 30;

    /// <summary>Bottom margin: the compatibility band, then room for version labels.</summary>
    public const double MarginBottom = 56 + BandGap + BandHeight;

    /// <summary>Space between the zero line and the compatibility band.</summary>
    public const double BandGap = 10;

    /// <summary>Height of the band under the plot that gives each version's compatibility with the previous one.</summary>
    public const double BandHeight = 26;

    /// <summary>Horizontal room each version gets at least, so labels never overlap.</summary>
    public const double MinStep = 56;

    private TimelineLayout(double width, double height, long axisMax, IReadOnlyList<long> ticks, IReadOnlyList<(double X, double Y)> positions)
    {
        Width = width;
        Height = height;
        AxisMax = axisMax;
        Ticks = ticks;
        Positions = positions;
    }

    /// <summary>Total width of the drawing in user units.</summary>
    public double Width { get; }

    /// <summary>Total height of the drawing in user units.</summary>
    public double Height { get; }

    /// <summary>The count at the top of the axis (a "nice" number at or above the largest count).</summary>
    public long AxisMax { get; }

    /// <summary>The counts that get a gridline and a label, from 0 up to <see cref="AxisMax"/>.</summary>
    public IReadOnlyList<long> Ticks { get; }

    /// <summary>The centre of each point, in the order given.</summary>
    public IReadOnlyList<(double X, double Y)> Positions { get; }

    /// <summary>Bottom of the plotting area (the zero line).</summary>
    public double Baseline => Height - MarginBottom;

    /// <summary>Top of the compatibility band.</summary>
    public double BandTop => Baseline + BandGap;

    /// <summary>Where the version labels hang from, under the band.</summary>
    public double LabelTop => BandTop + BandHeight + 18;

    /// <summary>The width of one version's compatibility bar: most of its column, at most 48 units.</summary>
    public double BarWidth => Positions.Count == 0 ? 0 : Math.Min(48, Math.Round(((Width - MarginLeft - MarginRight) / Positions.Count) * 0.7, 1));

    /// <summary>Lays out <paramref name="counts"/> in a drawing at least <paramref name="minWidth"/> wide.</summary>
    public static TimelineLayout Create(IReadOnlyList<long> counts, double minWidth = 720, double height = 316)
    {
        ArgumentNullException.ThrowIfNull(counts);
        double plotWidth = Math.Max(minWidth - MarginLeft - MarginRight, counts.Count * MinStep);
        double width = plotWidth + MarginLeft + MarginRight;
        long max = counts.Count == 0 ? 0 : counts.Max();
        (long axisMax, long step) = NiceAxis(max);
        var ticks = new List<long>();
        for (long tick = 0; tick <= axisMax; tick += step)
        {
            ticks.Add(tick);
        }

        double plotHeight = height - MarginTop - MarginBottom;
        double stepX = counts.Count == 0 ? 0 : plotWidth / counts.Count;
        var positions = new List<(double X, double Y)>(counts.Count);
        for (int i = 0; i < counts.Count; i++)
        {
            double x = MarginLeft + (stepX * (i + 0.5));
            double y = MarginTop + (plotHeight * (1 - ((double)Math.Max(0, counts[i]) / axisMax)));
            positions.Add((Math.Round(x, 1), Math.Round(y, 1)));
        }

        return new TimelineLayout(width, height, axisMax, ticks, positions);
    }

    /// <summary>Y coordinate of a count on the axis.</summary>
    public double YOf(long count) => Math.Round(MarginTop + ((Baseline - MarginTop) * (1 - ((double)count / AxisMax))), 1);

    /// <summary>
    /// A top for the axis and a tick step from the 1-2-5 series, giving two to four intervals above zero
    /// (the usual "nice numbers" rule of chart axes).
    /// </summary>
    public static (long Max, long Step) NiceAxis(long max)
    {
        if (max <= 0)
        {
            return (1, 1);
        }

        double rough = max / 4.0;
        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        double residual = rough / magnitude;
        double nice = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10;
        long step = Math.Max(1, (long)(nice * magnitude));
        long axisMax = ((max + step - 1) / step) * step;
        return (axisMax, step);
    }
}
