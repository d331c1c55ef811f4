namespace AbiPortal.Parsers.MachO;

/// <summary>load_command (mach-o/loader.h): every command starts with its type and total size.</summary>
/// <param name="cmd">Command type (LC_*).</param>
/// <param name="cmdsize">Total size of the command in bytes, including this header.</param>
/// <param name="Offset">File offset of the command.</param>
internal readonly record struct LoadCommand(uint cmd, uint cmdsize, int Offset);
