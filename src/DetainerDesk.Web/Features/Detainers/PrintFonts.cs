using System.Reflection;
using PdfSharp.Fonts;

namespace DetainerDesk.Web.Features.Detainers;

/// <summary>
/// Fonts for the PDF detainer: USWDS's Source Sans Pro (SIL Open Font License), embedded in the assembly at build,
/// so a server without system fonts (a container, the CI machine) renders the same file as a workstation.
/// </summary>
public sealed class PrintFonts : IFontResolver
{
    public const string Family = "Source Sans Pro";
    private const string Regular = "SourceSansPro-Regular";
    private const string Bold = "SourceSansPro-Bold";

    private static readonly Lock Gate = new();
    private static bool _registered;

    /// <summary>PDFsharp takes one resolver per process, and only before its first font: register it once, whichever app instance asks first.</summary>
    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (_registered) return;
            GlobalFontSettings.FontResolver = new PrintFonts();
            _registered = true;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        string.Equals(familyName, Family, StringComparison.OrdinalIgnoreCase)
            // No italic face is shipped: PDFsharp slants the upright one.
            ? new FontResolverInfo(bold ? Bold : Regular, false, italic)
            : null;

    public byte[]? GetFont(string faceName)
    {
        var resource = faceName switch
        {
            Regular => "sourcesanspro-regular-webfont.ttf",
            Bold => "sourcesanspro-bold-webfont.ttf",
            _ => null,
        };
        if (resource is null) return null;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("DetainerDesk.Web.PrintFonts." + resource)
            ?? throw new InvalidOperationException($"The font {resource} is not embedded in the web assembly; the build copies it from @uswds/uswds.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
