namespace DetainerDesk.Domain.Policies;

/// <summary>All loaded rule sets. <see cref="Embedded"/> reads the reviewed files shipped inside this assembly.</summary>
public sealed class RuleBook
{
    private const string ResourcePrefix = "Policies/RuleSets/";
    private static readonly Lazy<RuleBook> EmbeddedBook = new(LoadEmbedded);

    public RuleBook(IEnumerable<RuleSet> ruleSets)
    {
        RuleSets = [.. ruleSets.OrderBy(r => r.Scope.Layer).ThenBy(r => r.Id, StringComparer.Ordinal)];
        var duplicate = RuleSets.GroupBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new RuleSetFormatException(duplicate.Last().SourceFile, "$.id", $"rule set id '{duplicate.Key}' is used by more than one file");
    }

    /// <summary>Ordered federal → state → county → city → agency, then by id, which is the order the engine combines them in.</summary>
    public IReadOnlyList<RuleSet> RuleSets { get; }

    public static RuleBook Embedded => EmbeddedBook.Value;

    public RuleBook With(params RuleSet[] extra) => new(RuleSets.Concat(extra));

    /// <summary>This book with <paramref name="edited"/> in place of the rule set of the same id (or added): an edit's preview.</summary>
    public RuleBook Replacing(RuleSet edited) => new(RuleSets.Where(r => r.Id != edited.Id).Append(edited));

    /// <summary>
    /// The shipped files as text, so the application can import them into its database (where administrators edit
    /// later versions) and detect a changed file by its hash.
    /// </summary>
    public static IReadOnlyList<RuleSetFile> EmbeddedFiles()
    {
        return RuleSetFile.Embedded(ResourcePrefix);
    }

    private static RuleBook LoadEmbedded() => new(EmbeddedFiles().Select(f => RuleSetParser.Parse(f.Name, f.Json)));
}

/// <summary>One rule-set data file: its name (for error messages) and its JSON text.</summary>
public sealed record RuleSetFile(string Name, string Json)
{
    /// <summary>SHA-256 of the text, lower-case hex: tells a changed file from an unchanged one.</summary>
    public string ContentHash => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Json)));

    /// <summary>The JSON files embedded in this library under <paramref name="resourcePrefix"/>, in name order.</summary>
    public static IReadOnlyList<RuleSetFile> Embedded(string resourcePrefix)
    {
        var assembly = typeof(RuleSetFile).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(resourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                return new RuleSetFile(name, reader.ReadToEnd());
            })];
    }
}
