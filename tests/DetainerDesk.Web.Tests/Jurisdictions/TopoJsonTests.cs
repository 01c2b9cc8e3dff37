using DetainerDesk.Web.Features.Jurisdictions;

namespace DetainerDesk.Web.Tests.Jurisdictions;

/// <summary>The TopoJSON decoder on a topology small enough to check by hand.</summary>
public sealed class TopoJsonTests
{
    // Two unit squares side by side, scaled by 10: arc 0 is the shared edge (2,0)→(2,2) in quantized units; arc 1 goes
    // round the left square from (2,2) back to (2,0); arc 2 round the right one from (2,0) to (2,2). The right square
    // uses arc 0 reversed (~0 = -1). Arcs are delta-encoded: each position after the first is a difference.
    private const string Squares = """
        {
          "type": "Topology",
          "transform": { "scale": [5, 5], "translate": [100, 200] },
          "objects": {
            "counties": {
              "type": "GeometryCollection",
              "geometries": [
                { "type": "Polygon", "id": "53033", "properties": { "name": "King" }, "arcs": [[0, 1]] },
                { "type": "MultiPolygon", "id": "53053", "properties": { "name": "Pierce" }, "arcs": [[[2, -1]], [[3]]] },
                { "type": null, "id": "99999" }
              ]
            }
          },
          "arcs": [
            [[2, 0], [0, 2]],
            [[2, 2], [-2, 0], [0, -2], [2, 0]],
            [[2, 0], [2, 0], [0, 2], [-2, 0]],
            [[10, 10], [1, 0], [0, 1], [-1, 0], [0, -1]]
          ]
        }
        """;

    [Fact]
    public void Arcs_are_delta_decoded_scaled_translated_and_stitched_into_closed_rings()
    {
        var shapes = TopoJson.Shapes(Squares, "counties");

        var king = Assert.Single(shapes, s => s.Id == "53033");
        Assert.Equal("King", king.Name);
        // Start (2,0) → x 2*5+100 = 110, y 0*5+200 = 200; then up the shared edge and round the left square.
        Assert.Equal("M110 200l0 10-10 0 0-10 10 0Z", king.Path);
    }

    [Fact]
    public void A_negative_index_walks_the_arc_backwards_and_each_polygon_of_a_multipolygon_is_its_own_ring()
    {
        var pierce = Assert.Single(TopoJson.Shapes(Squares, "counties"), s => s.Id == "53053");

        // Round the right square, then the shared edge backwards from (2,2) to (2,0); then the island.
        Assert.Equal("M110 200l10 0 0 10-10 0 0-10ZM150 250l5 0 0 5-5 0 0-5Z", pierce.Path);
    }

    [Fact]
    public void Geometries_without_area_draw_nothing()
    {
        Assert.DoesNotContain(TopoJson.Shapes(Squares, "counties"), s => s.Id == "99999");
        Assert.Throws<FormatException>(() => TopoJson.Shapes(Squares, "states"));
    }

    [Fact]
    public void Tenths_are_kept_and_points_that_round_together_are_dropped()
    {
        const string fine = """
            { "type": "Topology", "transform": { "scale": [0.25, 0.01], "translate": [0, 0] },
              "objects": { "c": { "type": "GeometryCollection", "geometries": [ { "type": "Polygon", "id": "1", "arcs": [[0]] } ] } },
              "arcs": [ [[1, 0], [1, 1], [0, 1], [-2, -2]] ] }
            """;
        // (0.25,0) → 0.3 (rounded away from zero), (0.5,0.01) → 0.5 0, (0.5,0.02) → same point, dropped; back to (0,0).
        Assert.Equal("M0.3 0l0.2 0-0.5 0Z", Assert.Single(TopoJson.Shapes(fine, "c")).Path);
    }

    [Fact]
    public void The_embedded_us_atlas_has_every_county_with_King_County_WA_by_FIPS()
    {
        var atlas = CountyAtlas.Default;
        Assert.True(atlas.Counties.Count > 3100, $"{atlas.Counties.Count} counties");
        Assert.Equal("King", atlas.ByFips["53033"].Name);
        Assert.StartsWith("M", atlas.ByFips["53033"].Path);
        Assert.Equal(51, atlas.States.Count);
        // Same-named counties are different shapes: Washington County, Oregon and Washington County, Arkansas.
        Assert.NotEqual(atlas.ByFips["41067"].Path, atlas.ByFips["05143"].Path);
        Assert.Equal(atlas.ByFips["41067"].Name, atlas.ByFips["05143"].Name);
    }
}
