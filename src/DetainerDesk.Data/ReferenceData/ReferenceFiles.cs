using System.IO.Compression;
using System.Text;

namespace DetainerDesk.Data.ReferenceData;

/// <summary>
/// The reference files embedded in this assembly from ReferenceData/Files (see Files/PROVENANCE.md). Reading them
/// from the assembly means no run, test or deployment depends on a data folder being present.
/// </summary>
public static class ReferenceFiles
{
    public const string UsStates = "us_states.csv";
    public const string UwchrCountyAor = "uwchr_county_aor.csv";
    public const string UwchrFieldOffices = "uwchr_aor_ero_field_office.csv";
    public const string DdpAreasOfResponsibility = "ddp_ice_areas_of_responsibility.csv";
    public const string UwchrIceFacilities = "uwchr_ice_facilities.csv.gz";

    /// <summary>Opens an embedded file as UTF-8 text; a .gz file is decompressed on the way (kept as shipped by UWCHR).</summary>
    public static TextReader OpenText(string fileName)
    {
        var stream = typeof(ReferenceFiles).Assembly.GetManifestResourceStream("ReferenceData/" + fileName)
            ?? throw new InvalidOperationException($"Reference file '{fileName}' is not embedded in {typeof(ReferenceFiles).Assembly.GetName().Name}.");
        if (fileName.EndsWith(".gz", StringComparison.Ordinal))
            stream = new GZipStream(stream, CompressionMode.Decompress);
        return new StreamReader(stream, Encoding.UTF8);
    }
}
