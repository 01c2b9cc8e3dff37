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

    private static RuleBook LoadEmbedded()
    {
        var assembly = typeof(RuleBook).Assembly;
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal));
        return new RuleBook(names.Select(name =>
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            return RuleSetParser.Parse(name, reader.ReadToEnd());
        }));
    }
}
