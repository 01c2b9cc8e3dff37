using DetainerDesk.Domain.Policies;

namespace DetainerDesk.Domain.AtLarge.Priorities;

/// <summary>
/// The priority frameworks in force over time (domain brief §5.7), one file per framework version. Their periods may
/// not overlap, so one day has at most one framework; a later version of a framework is a new file with a new version.
/// </summary>
public sealed class FrameworkBook
{
    private const string ResourcePrefix = "AtLarge/Frameworks/";
    private static readonly Lazy<FrameworkBook> EmbeddedBook = new(() => new(EmbeddedFiles().Select(f => FrameworkParser.Parse(f.Name, f.Json))));

    public FrameworkBook(IEnumerable<PriorityFramework> frameworks)
    {
        Frameworks = [.. frameworks.OrderBy(f => f.EffectiveFrom).ThenBy(f => f.Key, StringComparer.Ordinal)];
        var duplicate = Frameworks.GroupBy(f => f.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new RuleSetFormatException(duplicate.Key, "$.version", "the same framework version is defined twice");
        for (var i = 1; i < Frameworks.Count; i++)
        {
            var (before, after) = (Frameworks[i - 1], Frameworks[i]);
            if (before.EffectiveTo is null || before.EffectiveTo >= after.EffectiveFrom)
                throw new RuleSetFormatException(after.Key, "$.effectiveFrom", $"overlaps {before.Key}, which is in force until {before.EffectiveTo?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "further notice"}");
        }
    }

    /// <summary>Oldest first.</summary>
    public IReadOnlyList<PriorityFramework> Frameworks { get; }

    public static FrameworkBook Embedded => EmbeddedBook.Value;

    /// <summary>The framework in force on <paramref name="day"/>, or null before the first one.</summary>
    public PriorityFramework? InForceOn(DateOnly day) => Frameworks.LastOrDefault(f => f.InForceOn(day));

    public PriorityFramework? Find(string id, int version) => Frameworks.SingleOrDefault(f => f.Id == id && f.Version == version);

    public static IReadOnlyList<RuleSetFile> EmbeddedFiles() => RuleSetFile.Embedded(ResourcePrefix);
}
