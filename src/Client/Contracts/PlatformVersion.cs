namespace AbiPortal.Client.Contracts;

/// <summary>A version of a library and the platforms it was uploaded for (the platform view's version list).</summary>
/// <param name="Version">The version label.</param>
/// <param name="Builds">Uploads of it (releases and pre-releases).</param>
/// <param name="Platforms">Their platform labels, where given.</param>
public sealed record PlatformVersion(string Version, int Builds, IReadOnlyList<string> Platforms);
