namespace AbiPortal.Client.Contracts;

/// <summary>A type to link to: its stable id (the layout page's key) and how C spells it.</summary>
public sealed record AbiTypeLink(string Id, string Name);
