using System.Globalization;
using System.Text.Json;

namespace DetainerDesk.Domain.Policies;

/// <summary>
/// Reads one JSON object strictly: every key must be expected, and every error names the file and JSON path.
/// Strictness is the point — a misspelt key in a law file must fail the build's tests, not silently loosen a rule.
/// </summary>
internal sealed class JsonObjectReader
{
    private readonly JsonElement _element;

    public JsonObjectReader(string file, string path, JsonElement element, params string[] allowedKeys)
    {
        File = file;
        Path = path;
        _element = element;
        if (element.ValueKind != JsonValueKind.Object) throw Fail(path, "expected an object");
        foreach (var property in element.EnumerateObject())
        {
            if (!allowedKeys.Contains(property.Name, StringComparer.Ordinal))
                throw Fail($"{path}.{property.Name}", $"unknown key; expected one of: {string.Join(", ", allowedKeys)}");
        }
    }

    public string File { get; }
    public string Path { get; }

    public RuleSetFormatException Fail(string path, string problem) => new(File, path, problem);

    public bool Has(string key) => _element.TryGetProperty(key, out var value) && value.ValueKind != JsonValueKind.Null;

    public JsonElement Required(string key) =>
        Has(key) ? _element.GetProperty(key) : throw Fail($"{Path}.{key}", "required key is missing");

    public string String(string key)
    {
        var value = Required(key);
        return value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw Fail($"{Path}.{key}", "expected a non-empty string");
    }

    public string? OptionalString(string key) => Has(key) ? String(key) : null;

    public bool OptionalBool(string key)
    {
        if (!Has(key)) return false;
        var value = Required(key);
        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Fail($"{Path}.{key}", "expected true or false"),
        };
    }

    public DateOnly Date(string key)
    {
        var text = String(key);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw Fail($"{Path}.{key}", $"'{text}' is not a date in yyyy-MM-dd form");
    }

    public DateOnly? OptionalDate(string key) => Has(key) ? Date(key) : null;

    public TEnum Enum<TEnum>(string key) where TEnum : struct, Enum => ParseEnum<TEnum>(Required(key), $"{Path}.{key}");

    public TEnum ParseEnum<TEnum>(JsonElement value, string path) where TEnum : struct, Enum
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        // Names only: numbers and case-insensitive spellings would make the files harder to review.
        return text is not null && System.Enum.GetNames<TEnum>().Contains(text, StringComparer.Ordinal)
            ? System.Enum.Parse<TEnum>(text, ignoreCase: false)
            : throw Fail(path, $"unknown value '{value}'; expected one of: {string.Join(", ", System.Enum.GetNames<TEnum>())}");
    }

    public IReadOnlyList<JsonElement> Array(string key) => ArrayAt(Required(key), $"{Path}.{key}");

    public IReadOnlyList<JsonElement> OptionalArray(string key) => Has(key) ? Array(key) : [];

    public IReadOnlyList<JsonElement> ArrayAt(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray()] : throw Fail(path, "expected an array");

    public IReadOnlyList<string> Strings(string key)
    {
        var items = OptionalArray(key);
        return [.. items.Select((item, i) => item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } s
            ? s
            : throw Fail($"{Path}.{key}[{i}]", "expected a non-empty string"))];
    }

    public JsonObjectReader Child(string key, params string[] allowedKeys) => new(File, $"{Path}.{key}", Required(key), allowedKeys);
}
