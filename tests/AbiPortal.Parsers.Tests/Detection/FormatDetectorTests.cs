using AbiPortal.Parsers.Detection;

namespace AbiPortal.Parsers.Tests.Detection;

public sealed class FormatDetectorTests
{
    [Theory]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 2, 1, 1 }, DetectedFormat.Elf)]
    [InlineData(new byte[] { 0xCF, 0xFA, 0xED, 0xFE, 7, 0, 0, 1 }, DetectedFormat.MachO)]
    [InlineData(new byte[] { 0xFE, 0xED, 0xFA, 0xCE, 0, 0, 0, 18 }, DetectedFormat.MachO)]
    [InlineData(new byte[] { 0xCA, 0xFE, 0xBA, 0xBE, 0, 0, 0, 2 }, DetectedFormat.Fat)]
    [InlineData(new byte[] { 0xCA, 0xFE, 0xBA, 0xBF, 0, 0, 0, 1 }, DetectedFormat.Fat)]
    [InlineData(new byte[] { 0xCA, 0xFE, 0xBA, 0xBE, 0, 0, 0, 52 }, DetectedFormat.Unknown)] // Java class file, version 52
    [InlineData(new byte[] { 0x21, 0x3C, 0x61, 0x72, 0x63, 0x68, 0x3E, 0x0A }, DetectedFormat.Archive)]
    [InlineData(new byte[] { 0x21, 0x3C, 0x74, 0x68, 0x69, 0x6E, 0x3E, 0x0A }, DetectedFormat.ThinArchive)]
    [InlineData(new byte[] { 0, 0, 0xFF, 0xFF, 0, 0, 0x64, 0x86 }, DetectedFormat.CoffImport)]
    [InlineData(new byte[] { 0x64, 0x86, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, DetectedFormat.Coff)]
    [InlineData(new byte[] { 0x64, 0x86, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xF0, 0, 0, 0 }, DetectedFormat.Unknown)] // has an optional header: not an object
    [InlineData(new byte[] { (byte)'#', (byte)'!', (byte)'/', (byte)'b' }, DetectedFormat.Unknown)]
    [InlineData(new byte[] { }, DetectedFormat.Unknown)]
    public void Detects_by_first_bytes(byte[] data, DetectedFormat expected)
        => Assert.Equal(expected, FormatDetector.Detect(data));

    [Fact]
    public void MZ_needs_a_PE_signature_at_e_lfanew()
    {
        var data = new byte[0x100];
        data[0] = (byte)'M';
        data[1] = (byte)'Z';
        data[0x3C] = 0x80;
        Assert.Equal(DetectedFormat.Unknown, FormatDetector.Detect(data));
        "PE\0\0"u8.CopyTo(data.AsSpan(0x80));
        Assert.Equal(DetectedFormat.PE, FormatDetector.Detect(data));
        data[0x3C] = 0xFE; // e_lfanew past the end
        Assert.Equal(DetectedFormat.Unknown, FormatDetector.Detect(data));
    }
}
