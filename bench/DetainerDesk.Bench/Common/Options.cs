namespace DetainerDesk.Bench.Common;

/// <summary>"--name value" pairs of a scripted run; unknown names are refused so a typo never runs the default.</summary>
public sealed class Options
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _read = new(StringComparer.OrdinalIgnoreCase);

    public Options(IEnumerable<string> args)
    {
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var name = e.Current;
            if (!name.StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"Expected an option name, got '{name}'.");
            if (!e.MoveNext()) throw new ArgumentException($"Option {name} needs a value.");
            _values[name[2..]] = e.Current;
        }
    }

    public string Text(string name, string fallback)
    {
        _read.Add(name);
        return _values.TryGetValue(name, out var v) ? v : fallback;
    }

    public string? TextOrNull(string name)
    {
        _read.Add(name);
        return _values.GetValueOrDefault(name);
    }

    public int Int(string name, int fallback) => int.Parse(Text(name, fallback.ToString(System.Globalization.CultureInfo.InvariantCulture)), System.Globalization.CultureInfo.InvariantCulture);

    public double Double(string name, double fallback) =>
        double.Parse(Text(name, fallback.ToString(System.Globalization.CultureInfo.InvariantCulture)), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Call after reading every option.</summary>
    public void RefuseUnknown()
    {
        var unknown = _values.Keys.Where(k => !_read.Contains(k)).ToList();
        if (unknown.Count > 0) throw new ArgumentException($"Unknown option(s): {string.Join(", ", unknown.Select(u => "--" + u))}.");
    }
}
