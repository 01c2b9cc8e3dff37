using System.Globalization;
using System.Text;
using System.Text.Json;

namespace DetainerDesk.Web.Features.Jurisdictions;

/// <summary>One feature of a TopoJSON object as an SVG path: its id (a FIPS code in us-atlas), its name and the path data.</summary>
public sealed record TopoShape(string Id, string Name, string Path);

/// <summary>
/// Reads the polygons of a TopoJSON topology (https://github.com/topojson/topojson-specification) into SVG path data.
/// Only what us-atlas needs: quantized, delta-encoded arcs (a transform), Polygon and MultiPolygon geometries. Arcs are
/// stitched into rings in order, a negative index ~i meaning arc i reversed. Coordinates are already projected
/// (us-atlas' Albers USA files), so they are written as they are, rounded to a tenth of a unit.
/// </summary>
public static class TopoJson
{
    public static IReadOnlyList<TopoShape> Shapes(string json, string objectName)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var arcs = DecodeArcs(root);
        if (!root.GetProperty("objects").TryGetProperty(objectName, out var collection))
            throw new FormatException($"The topology has no object '{objectName}'.");

        var shapes = new List<TopoShape>();
        foreach (var geometry in collection.GetProperty("geometries").EnumerateArray())
        {
            var type = geometry.GetProperty("type").GetString();
            List<JsonElement> polygons = type switch
            {
                "Polygon" => [geometry.GetProperty("arcs")],
                "MultiPolygon" => geometry.GetProperty("arcs").EnumerateArray().ToList(),
                _ => [], // null geometries and anything that is not an area draw nothing
            };
            if (polygons.Count == 0) continue;
            var path = new StringBuilder();
            foreach (var ring in polygons.SelectMany(p => p.EnumerateArray()))
                AppendRing(path, arcs, ring);
            var id = geometry.TryGetProperty("id", out var idElement) ? idElement.ToString() : "";
            var name = geometry.TryGetProperty("properties", out var properties) && properties.TryGetProperty("name", out var nameElement)
                ? nameElement.GetString() ?? "" : "";
            shapes.Add(new TopoShape(id, name, path.ToString()));
        }
        return shapes;
    }

    /// <summary>Absolute positions of every arc, in tenths of a unit: quantized deltas are summed, then scaled and translated.</summary>
    private static List<(int X, int Y)[]> DecodeArcs(JsonElement root)
    {
        double sx = 1, sy = 1, tx = 0, ty = 0;
        var quantized = root.TryGetProperty("transform", out var transform);
        if (quantized)
        {
            var scale = transform.GetProperty("scale");
            var translate = transform.GetProperty("translate");
            (sx, sy, tx, ty) = (scale[0].GetDouble(), scale[1].GetDouble(), translate[0].GetDouble(), translate[1].GetDouble());
        }

        var arcs = new List<(int X, int Y)[]>();
        foreach (var arc in root.GetProperty("arcs").EnumerateArray())
        {
            var points = new (int X, int Y)[arc.GetArrayLength()];
            double x = 0, y = 0;
            var i = 0;
            foreach (var position in arc.EnumerateArray())
            {
                if (quantized) { x += position[0].GetDouble(); y += position[1].GetDouble(); }
                else { x = position[0].GetDouble(); y = position[1].GetDouble(); }
                points[i++] = (Tenths(x * sx + tx), Tenths(y * sy + ty));
            }
            arcs.Add(points);
        }
        return arcs;
    }

    private static int Tenths(double value) => (int)Math.Round(value * 10, MidpointRounding.AwayFromZero);

    /// <summary>
    /// One ring: the arcs joined end to start (each arc after the first repeats the previous one's last point, which is
    /// dropped), written as a move, relative lines and a close. Points that round onto the one before are skipped.
    /// </summary>
    private static void AppendRing(StringBuilder path, List<(int X, int Y)[]> arcs, JsonElement ring)
    {
        var first = true;
        (int X, int Y) last = default;
        foreach (var indexElement in ring.EnumerateArray())
        {
            var index = indexElement.GetInt32();
            var arc = arcs[index < 0 ? ~index : index];
            for (var k = 0; k < arc.Length; k++)
            {
                var point = index < 0 ? arc[arc.Length - 1 - k] : arc[k];
                if (first)
                {
                    path.Append('M').Append(Number(point.X)).Append(Separator(point.Y)).Append(Number(point.Y)).Append('l');
                    (last, first) = (point, false);
                    continue;
                }
                if (point == last) continue;
                var (dx, dy) = (point.X - last.X, point.Y - last.Y);
                if (path[^1] != 'l' && dx >= 0) path.Append(' ');
                path.Append(Number(dx)).Append(Separator(dy)).Append(Number(dy));
                last = point;
            }
        }
        if (!first)
        {
            if (path[^1] == 'l') path.Length--; // a ring of one point: nothing to draw after the move
            path.Append('Z');
        }
    }

    private static string Separator(int next) => next < 0 ? "" : " ";

    private static string Number(int tenths) =>
        tenths % 10 == 0
            ? (tenths / 10).ToString(CultureInfo.InvariantCulture)
            : (tenths / 10m).ToString("0.0", CultureInfo.InvariantCulture);
}
