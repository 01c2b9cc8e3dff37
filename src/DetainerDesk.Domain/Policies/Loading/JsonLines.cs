using System.Text;
using System.Text.Json;

namespace DetainerDesk.Domain.Policies;

/// <summary>Finds the line of a JSON path such as <c>$.versions[0].answers[2].when</c>, for error messages an editor can act on.</summary>
internal static class JsonLines
{
    /// <summary>The 1-based line where the path (or, for a missing key, its nearest existing parent) starts; null if none is found.</summary>
    public static int? LineOf(string json, string path)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var offsets = Offsets(bytes);
        for (var p = path; p.Length > 0; p = Parent(p))
        {
            if (offsets.TryGetValue(p, out var at))
                return 1 + bytes.AsSpan(0, (int)at).Count((byte)'\n');
        }
        return null;
    }

    private static Dictionary<string, long> Offsets(byte[] bytes)
    {
        var offsets = new Dictionary<string, long>(StringComparer.Ordinal) { ["$"] = 0 };
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var containers = new Stack<(string Path, bool IsArray, int Next)>();
        var property = "$";
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    property = $"{containers.Peek().Path}.{reader.GetString()}";
                    offsets.TryAdd(property, reader.TokenStartIndex);
                    continue;
                }
                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    containers.Pop();
                    continue;
                }
                var path = property;
                if (containers.Count > 0 && containers.Peek().IsArray)
                {
                    var array = containers.Pop();
                    path = $"{array.Path}[{array.Next}]";
                    containers.Push(array with { Next = array.Next + 1 });
                    offsets.TryAdd(path, reader.TokenStartIndex);
                }
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    containers.Push((path, reader.TokenType == JsonTokenType.StartArray, 0));
            }
        }
        catch (JsonException)
        {
            // Invalid JSON has its own line from the parser; the paths read so far are still useful.
        }
        return offsets;
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? "" : path[..cut];
    }
}
