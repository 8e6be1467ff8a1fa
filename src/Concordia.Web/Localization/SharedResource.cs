namespace Concordia.Web.Localization;

/// <summary>
/// Marker for the portal's interface strings. Keys are the English text itself, so English needs no resource file;
/// SharedResource.vi.resx holds the Vietnamese.
/// </summary>
public sealed class SharedResource;
