namespace AbiPortal.Cli.Check;

/// <summary>The AbiPortal server refused a check, or the input could not be read.</summary>
internal sealed class PortalApiException(string message) : Exception(message);
