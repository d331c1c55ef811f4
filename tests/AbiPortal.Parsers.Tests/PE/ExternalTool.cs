using System.Diagnostics;

namespace AbiPortal.Parsers.Tests.PE;

/// <summary>Runs a reference tool (llvm-objdump, llvm-readobj) that test.sh installs; its absence is a failure, not a skip.</summary>
internal static class ExternalTool
{
    public static string Run(string tool, params string[] args)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{tool} did not start.");
        string stdout = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', args)} exited {process.ExitCode}");
        return stdout;
    }
}
