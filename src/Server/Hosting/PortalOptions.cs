namespace AbiPortal.Server.Hosting;

/// <summary>The <c>AbiPortal</c> configuration section (environment: <c>AbiPortal__DataPath</c>, ...).</summary>
public sealed class PortalOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "AbiPortal";

    /// <summary>Artifacts and the SQLite database live here; relative paths are taken from the working directory.</summary>
    public string DataPath { get; set; } = "data";

    /// <summary>Largest accepted upload (default 2 GiB: the biggest shared libraries people ship are a few hundred MB).</summary>
    public long UploadLimitBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>
    /// Largest snapshot JSON body <c>POST /api/check</c> takes (default 64 MiB; libLLVM's snapshot
    /// is about 20 MB). The body is held in memory to be parsed, so this bounds what one check can
    /// make the server allocate. Bounded while reading, with or without a Content-Length: 413 past it.
    /// </summary>
    public long CheckJsonLimitBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Parse workers in this process (default: one per core; parsing is CPU-bound). 0 disables parsing here.</summary>
    public int Workers { get; set; } = Environment.ProcessorCount;

    /// <summary>
    /// Debug-info entries (DIEs) one upload's ABI surface may read, own or paired debug file
    /// (ParseLimits.MaxDwarfDies, the DWARF work budget); past it the surface is stored partial and
    /// says so. Null keeps the parsers' default.
    /// </summary>
    public long? MaxDwarfDies { get; set; }

    /// <summary>The caps every read of an upload runs under.</summary>
    public AbiPortal.Parsers.ParseLimits ParseLimits => MaxDwarfDies is { } dies ? AbiPortal.Parsers.ParseLimits.Default with { MaxDwarfDies = dies } : AbiPortal.Parsers.ParseLimits.Default;

    /// <summary>Longest a single parse may take before the job is marked failed.</summary>
    public TimeSpan JobTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often idle workers look for work that another process queued (uploads here wake them at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Extra time past <see cref="JobTimeout"/> before a <c>parsing</c> claim counts as abandoned and
    /// another worker (or server) may take the job over.
    /// </summary>
    public TimeSpan LeaseGrace { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Claims after which a job is given up as failed (a file that kills its worker every time).</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>
    /// Tokens that writes (uploads, checks, the browser's upload form) must carry, any one of them
    /// (environment: <c>AbiPortal__UploadTokens__0</c>, <c>__1</c>, ...). Empty, the default, leaves
    /// writes open; blank entries are ignored. Reads never need one.
    /// </summary>
    public List<string> UploadTokens { get; set; } = [];

    /// <summary>
    /// How long pull-request builds (channel <c>pr</c>) are kept after their upload; older ones are
    /// deleted with their rows and file (default 30 days; environment:
    /// <c>AbiPortal__PrBuildRetention=14.00:00:00</c>). Zero or negative keeps them for ever.
    /// Releases and pre-releases never expire.
    /// </summary>
    public TimeSpan PrBuildRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// How often this process looks for expired PR builds (default 1 hour; the first look comes
    /// shortly after start). Zero or negative: this process never sweeps, for a server that shares
    /// its PostgreSQL database with another that does.
    /// </summary>
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long a file in <c>tmp/</c>, or a stored file no artifact refers to, must have been left
    /// untouched before the sweep on the retention timer removes it (default 1 hour). Live uploads
    /// keep their files fresh; the grace is for servers that share the data folder.
    /// </summary>
    public TimeSpan OrphanGrace { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long a rendered page of settled data (a parsed artifact, a stored diff, a library's
    /// timeline, search results) is served from memory (default 30 s). Changes made through this
    /// server evict it at once; the lifetime bounds how long one made by another server sharing
    /// the PostgreSQL database shows the old page here. Zero turns the page cache off.
    /// </summary>
    public TimeSpan PageCacheLifetime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The full data path.</summary>
    public string FullDataPath => Path.GetFullPath(DataPath);
}
