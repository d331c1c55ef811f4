namespace AbiPortal.Parsers.MachO;

/// <summary>dylib_command (mach-o/loader.h): LC_ID_DYLIB, LC_LOAD_DYLIB, LC_LOAD_WEAK_DYLIB, LC_REEXPORT_DYLIB, LC_LOAD_UPWARD_DYLIB, LC_LAZY_LOAD_DYLIB.</summary>
/// <param name="cmd">Which of the dylib commands this is.</param>
/// <param name="name">The install name (dylib.name, an lc_str inside the command).</param>
/// <param name="timestamp">dylib.timestamp.</param>
/// <param name="current_version">dylib.current_version, packed xxxx.yy.zz.</param>
/// <param name="compatibility_version">dylib.compatibility_version, packed xxxx.yy.zz.</param>
internal readonly record struct DylibCommand(uint cmd, string name, uint timestamp, uint current_version, uint compatibility_version)
{
    public const int Size = 24;
}
