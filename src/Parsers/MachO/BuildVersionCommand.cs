namespace AbiPortal.Parsers.MachO;

/// <summary>
/// build_version_command (LC_BUILD_VERSION) or version_min_command (LC_VERSION_MIN_*), reduced
/// to what both say: the platform, the minimum OS and the SDK, versions packed xxxx.yy.zz.
/// </summary>
internal readonly record struct BuildVersionCommand(uint cmd, uint platform, uint minos, uint sdk)
{
    public const int Size = 24;
    public const int VersionMinSize = 16;
}
