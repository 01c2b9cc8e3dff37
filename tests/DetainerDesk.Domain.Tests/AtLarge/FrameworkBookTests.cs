using DetainerDesk.Domain.AtLarge.Priorities;
using DetainerDesk.Domain.Policies;

namespace DetainerDesk.Domain.Tests.AtLarge;

public sealed class FrameworkBookTests
{
    [Fact]
    public void The_shipped_frameworks_load_and_follow_each_other_without_gaps()
    {
        var book = FrameworkBook.Embedded;
        Assert.Equal(["morton-2011", "johnson-pep-2014", "eo13768-2017", "interim-2021", "mayorkas-2021", "eo14159-2025"], book.Frameworks.Select(f => f.Id));
        for (var i = 1; i < book.Frameworks.Count; i++)
            Assert.Equal(book.Frameworks[i - 1].EffectiveTo!.Value.AddDays(1), book.Frameworks[i].EffectiveFrom);
        Assert.Null(book.Frameworks[^1].EffectiveTo);
    }

    [Theory]
    [InlineData("2011-03-01", null)]
    [InlineData("2014-12-31", "morton-2011")]
    [InlineData("2015-01-05", "johnson-pep-2014")]
    [InlineData("2019-10-01", "eo13768-2017")]
    [InlineData("2021-06-01", "interim-2021")]
    [InlineData("2021-11-29", "mayorkas-2021")]
    [InlineData("2026-11-29", "eo14159-2025")]
    public void One_framework_is_in_force_on_a_day(string day, string? expected) =>
        Assert.Equal(expected, FrameworkBook.Embedded.InForceOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture))?.Id);

    private const string Minimal = """
        {"id": "t", "version": 1, "name": "n", "citation": "c", "effectiveFrom": "2020-01-01",
         "priorities": [{"code": "A", "label": "a"}], "default": "A", "rules": [RULE]}
        """;

    [Theory]
    [InlineData("""{"id": "r", "priority": "B", "citation": "c", "when": {"finalOrder": true}}""", "$.rules[0].priority")]
    [InlineData("""{"id": "r", "priority": "A", "citation": "c", "when": {"finalorder": true}}""", "$.rules[0].when.finalorder")]
    [InlineData("""{"id": "r", "priority": "A", "citation": "c", "when": {"finalOrder": true, "priorRemoval": true}}""", "$.rules[0].when")]
    [InlineData("""{"id": "r", "priority": "A", "citation": "c", "when": {"finalOrder": false}}""", "$.rules[0].when.finalOrder")]
    [InlineData("""{"id": "r", "priority": "A", "citation": "c", "when": {"offences": {"kind": "Conviction", "groupsAnyOf": ["Arson"]}}}""", "$.rules[0].when.offences.groupsAnyOf[0]")]
    [InlineData("""{"id": "r", "priority": "A", "citation": "c", "when": {"severityLevelAnyOf": [4]}}""", "$.rules[0].when.severityLevelAnyOf[0]")]
    public void A_malformed_file_fails_with_its_path(string rule, string path)
    {
        var e = Assert.Throws<RuleSetFormatException>(() => FrameworkParser.Parse("t.json", Minimal.Replace("RULE", rule, StringComparison.Ordinal)));
        Assert.Equal(path, e.JsonPath);
        Assert.NotNull(e.Line);
    }

    [Fact]
    public void Overlapping_periods_are_refused()
    {
        var a = FrameworkParser.Parse("a.json", Minimal.Replace("RULE", "", StringComparison.Ordinal));
        var b = a with { Id = "u", EffectiveFrom = new(2021, 1, 1) };
        Assert.Throws<RuleSetFormatException>(() => new FrameworkBook([a, b]));
    }
}
