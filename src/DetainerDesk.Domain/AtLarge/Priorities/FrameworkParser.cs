using System.Text.Json;
using DetainerDesk.Domain.Policies;

namespace DetainerDesk.Domain.AtLarge.Priorities;

/// <summary>
/// Reads one priority-framework file strictly (unknown keys, unknown priorities and duplicate rule ids fail with the
/// file, JSON path and line), like the policy rule sets: a misspelt key must fail a test, not loosen a priority.
/// </summary>
public static class FrameworkParser
{
    public static PriorityFramework Parse(string file, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            return Read(new JsonObjectReader(file, "$", document.RootElement,
                "id", "version", "name", "citation", "effectiveFrom", "effectiveTo", "priorities", "default", "rules", "notes"));
        }
        catch (JsonException e)
        {
            throw new RuleSetFormatException(file, "$", "not valid JSON: " + e.Message, e.LineNumber is { } line ? (int)line + 1 : null);
        }
        catch (RuleSetFormatException e) when (e.Line is null)
        {
            throw e.AtLine(JsonLines.LineOf(json, e.JsonPath));
        }
    }

    private static PriorityFramework Read(JsonObjectReader root)
    {
        var version = root.Required("version");
        if (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number) || number < 1)
            throw root.Fail("$.version", "expected a whole number ≥ 1");
        var priorities = root.Array("priorities").Select((p, i) =>
        {
            var r = new JsonObjectReader(root.File, $"$.priorities[{i}]", p, "code", "label");
            return new PriorityLevel(r.String("code"), r.String("label"), i + 1);
        }).ToList();
        if (priorities.Count == 0) throw root.Fail("$.priorities", "a framework needs at least one priority");
        var codes = priorities.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        if (codes.Count != priorities.Count) throw root.Fail("$.priorities", "priority codes must be unique");

        var defaultPriority = root.String("default");
        if (!codes.Contains(defaultPriority)) throw root.Fail("$.default", $"'{defaultPriority}' is not one of the priorities");

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var rules = root.Array("rules").Select((element, i) =>
        {
            var r = new JsonObjectReader(root.File, $"$.rules[{i}]", element, "id", "priority", "citation", "when", "note");
            var id = r.String("id");
            if (!ids.Add(id)) throw r.Fail($"{r.Path}.id", $"rule id '{id}' is used twice");
            var priority = r.String("priority");
            if (!codes.Contains(priority)) throw r.Fail($"{r.Path}.priority", $"'{priority}' is not one of the priorities");
            return new PriorityRule(id, priority, r.String("citation"), Condition(r.File, $"{r.Path}.when", r.Required("when")), r.OptionalString("note"));
        }).ToList();

        var from = root.Date("effectiveFrom");
        var to = root.OptionalDate("effectiveTo");
        if (to < from) throw root.Fail("$.effectiveTo", "ends before it starts");
        return new PriorityFramework(root.String("id"), number, root.String("name"), root.String("citation"), from, to,
            priorities, defaultPriority, rules, root.OptionalArray("notes").Select(n => n.GetString() ?? "").ToList());
    }

    private static readonly string[] ConditionKeys =
    [
        "all", "any", "not", "nationalSecurity", "gangParticipation", "priorRemoval", "finalOrder", "ageAtLeast",
        "severityLevelAnyOf", "finalOrderOnOrAfter", "unlawfulEntryOnOrAfter", "removedOnOrAfter", "offences",
    ];

    /// <summary>One key per condition object, so that no condition is silently ignored beside another.</summary>
    private static PriorityCondition Condition(string file, string path, JsonElement element)
    {
        var r = new JsonObjectReader(file, path, element, ConditionKeys);
        var keys = element.EnumerateObject().Select(p => p.Name).ToList();
        if (keys.Count != 1) throw r.Fail(path, "a condition has exactly one key; combine several with \"all\" or \"any\"");
        var key = keys[0];
        var at = $"{path}.{key}";
        var value = r.Required(key);
        return key switch
        {
            "all" => new AllOf(Conditions(r, key)),
            "any" => new AnyOf(Conditions(r, key)),
            "not" => new NotCondition(Condition(file, at, value)),
            "nationalSecurity" => True(r, key, new FlagCondition("national-security concern", f => f.NationalSecurity)),
            "gangParticipation" => True(r, key, new FlagCondition("gang participation", f => f.GangParticipation)),
            "priorRemoval" => True(r, key, new FlagCondition("removed before", f => f.PriorRemovals.Count > 0)),
            "finalOrder" => True(r, key, new FlagCondition("final order of removal", f => f.FinalOrderOn is not null)),
            "ageAtLeast" => new AgeAtLeast(Int(r, at, value, 0, 120)),
            "severityLevelAnyOf" => new SeverityLevelAnyOf(r.ArrayAt(value, at).Select((v, i) => Int(r, $"{at}[{i}]", v, 1, 3)).ToHashSet()),
            "finalOrderOnOrAfter" => new DateOnOrAfter("final order", f => f.FinalOrderOn, r.Date(key)),
            "unlawfulEntryOnOrAfter" => new DateOnOrAfter("unlawful entry", f => f.LastUnlawfulEntryOn, r.Date(key)),
            "removedOnOrAfter" => new DateOnOrAfter("removal", f => f.PriorRemovals.Count == 0 ? null : f.PriorRemovals.Max(), r.Date(key)),
            "offences" => Offences(r.Child(key, "kind", "level", "groupsAnyOf", "groupsNoneOf", "aggravatedFelony", "minorVictim", "onOrAfter", "atLeast", "separateIncidents")),
            _ => throw r.Fail(at, "unknown condition"),
        };
    }

    private static List<PriorityCondition> Conditions(JsonObjectReader r, string key)
    {
        var items = r.Array(key);
        if (items.Count == 0) throw r.Fail($"{r.Path}.{key}", "expected at least one condition");
        return [.. items.Select((e, i) => Condition(r.File, $"{r.Path}.{key}[{i}]", e))];
    }

    private static PriorityCondition True(JsonObjectReader r, string key, PriorityCondition condition) =>
        r.Required(key).ValueKind == JsonValueKind.True ? condition
            : throw r.Fail($"{r.Path}.{key}", "write only true; for its absence use {\"not\": …}");

    private static int Int(JsonObjectReader r, string path, JsonElement value, int min, int max) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) && n >= min && n <= max ? n
            : throw r.Fail(path, $"expected a whole number from {min} to {max}");

    private static OffenceCount Offences(JsonObjectReader r)
    {
        OffenceGroup Groups(string key) => r.Strings(key).Select((g, i) =>
            System.Enum.TryParse<OffenceGroup>(g, ignoreCase: false, out var group) && group != OffenceGroup.None && System.Enum.IsDefined(group) ? group
                : throw r.Fail($"{r.Path}.{key}[{i}]", $"unknown offence group '{g}'; expected one of {string.Join(", ", System.Enum.GetNames<OffenceGroup>().Skip(1))}"))
            .Aggregate(OffenceGroup.None, (a, b) => a | b);
        bool? OptionalFlag(string key) => r.Has(key) ? r.OptionalBool(key) : null;
        var filter = new OffenceFilter(
            r.Enum<OffenceKind>("kind"),
            r.Has("level") ? r.Enum<OffenceLevel>("level") : null,
            r.Has("groupsAnyOf") ? Groups("groupsAnyOf") : OffenceGroup.None,
            r.Has("groupsNoneOf") ? Groups("groupsNoneOf") : OffenceGroup.None,
            OptionalFlag("aggravatedFelony"),
            OptionalFlag("minorVictim"),
            r.OptionalDate("onOrAfter"));
        var atLeast = r.Has("atLeast") ? Int(r, $"{r.Path}.atLeast", r.Required("atLeast"), 1, 100) : 1;
        return new OffenceCount(filter, atLeast, r.OptionalBool("separateIncidents"));
    }
}
