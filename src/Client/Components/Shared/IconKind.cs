namespace AbiPortal.Client.Components.Shared;

/// <summary>The icons <see cref="Icon"/> can draw. Each is a small inline SVG path, so no icon font or CDN is needed.</summary>
public enum IconKind
{
    /// <summary>A stack of layers: the AbiPortal brand.</summary>
    Logo,

    /// <summary>An arrow into a tray.</summary>
    Upload,

    /// <summary>A magnifying glass.</summary>
    Search,

    /// <summary>Books on a shelf: a library and its versions.</summary>
    Library,

    /// <summary>A sheet of paper: one uploaded artifact.</summary>
    File,

    /// <summary>Two opposite arrows: a comparison.</summary>
    Diff,

    /// <summary>A tick.</summary>
    Check,

    /// <summary>A warning triangle.</summary>
    Alert,

    /// <summary>A circled i.</summary>
    Info,

    /// <summary>A left-pointing chevron.</summary>
    ChevronLeft,

    /// <summary>A right-pointing chevron.</summary>
    ChevronRight,

    /// <summary>A document with a down arrow: a Markdown export.</summary>
    Markdown,

    /// <summary>A cross: failed.</summary>
    Cross,

    /// <summary>A clock: queued or in progress.</summary>
    Clock,
}
