using System.Collections.Frozen;

namespace DetainerDesk.Web.Features.Jurisdictions;

/// <summary>
/// The county and state shapes of the United States as SVG paths, from us-atlas' counties-albers-10m.json (Census
/// cartographic boundaries, already projected to Albers USA in a 975×610 frame; npm, embedded at build by
/// WebAssets.targets). Decoded once per process: the file never changes while the app runs.
/// </summary>
public sealed class CountyAtlas
{
    public const int Width = 975;
    public const int Height = 610;
    private const string ResourceName = "Jurisdictions/counties-albers-10m.json";

    private static readonly Lazy<CountyAtlas> Embedded = new(Load);

    private CountyAtlas(IReadOnlyList<TopoShape> counties, IReadOnlyList<TopoShape> states)
    {
        Counties = counties;
        States = states;
        ByFips = counties.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);
    }

    public static CountyAtlas Default => Embedded.Value;

    /// <summary>Every county, keyed in <see cref="ByFips"/> by its five-digit FIPS code.</summary>
    public IReadOnlyList<TopoShape> Counties { get; }
    public IReadOnlyDictionary<string, TopoShape> ByFips { get; }
    /// <summary>States, drawn over the counties as outlines; ids are two-digit state FIPS codes.</summary>
    public IReadOnlyList<TopoShape> States { get; }

    private static CountyAtlas Load()
    {
        using var stream = typeof(CountyAtlas).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded; the web build copies it from web/node_modules/us-atlas (npm ci).");
        using var reader = new StreamReader(stream);
        var json = reader.ReadToEnd();
        return new CountyAtlas(TopoJson.Shapes(json, "counties"), TopoJson.Shapes(json, "states"));
    }
}
