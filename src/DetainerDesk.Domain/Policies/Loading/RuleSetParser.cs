using System.Text.Json;

namespace DetainerDesk.Domain.Policies;

/// <summary>Parses and validates one rule-set file (format in the README).</summary>
public static class RuleSetParser
{
    public static RuleSet Parse(string file, string json)
    {
        try
        {
            return ParseDocument(file, json);
        }
        catch (RuleSetFormatException e) when (e.Line is null)
        {
            throw e.AtLine(JsonLines.LineOf(json, e.JsonPath));
        }
    }

    private static RuleSet ParseDocument(string file, string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            throw new RuleSetFormatException(file, "$", "not valid JSON: " + e.Message,
                e.LineNumber is { } line ? (int)line + 1 : null, e.BytePositionInLine is { } column ? (int)column + 1 : null);
        }

        using (document)
        {
            var root = new JsonObjectReader(file, "$", document.RootElement, "id", "name", "scope", "versions");
            var scope = ParseScope(root.Child("scope", "layer", "state", "countyFips", "city", "cityCounties", "agencyCode"));
            var versionElements = root.Array("versions");
            if (versionElements.Count == 0) throw root.Fail("$.versions", "needs at least one version");
            var versions = versionElements
                .Select((v, i) => ParseVersion(new JsonObjectReader(file, $"$.versions[{i}]", v,
                    "id", "effectiveFrom", "effectiveTo", "citation", "mandatory", "notes", "answers", "duties"), scope))
                .ToList();
            CheckNoOverlap(root, versions);
            return new RuleSet(root.String("id"), root.String("name"), file, scope, versions);
        }
    }

    private static RuleScope ParseScope(JsonObjectReader reader)
    {
        var scope = new RuleScope(reader.Enum<JurisdictionLayer>("layer"), reader.OptionalString("state"),
            reader.OptionalString("countyFips"), reader.OptionalString("city"), reader.OptionalString("agencyCode"),
            reader.Has("cityCounties") ? reader.Strings("cityCounties") : null);
        if (scope.CityCounties is not null && scope.Layer != JurisdictionLayer.City)
            throw reader.Fail($"{reader.Path}.cityCounties", "only a City scope lists the counties it spans");
        var missing = scope.Layer switch
        {
            JurisdictionLayer.Federal => null,
            JurisdictionLayer.State => scope.StateCode is null ? "state" : null,
            JurisdictionLayer.County => scope.CountyFips is null ? "countyFips" : null,
            JurisdictionLayer.City => scope.StateCode is null ? "state" : scope.City is null ? "city" : null,
            JurisdictionLayer.Agency => null,
        };
        return missing is null ? scope : throw reader.Fail($"{reader.Path}.{missing}", $"required for a {scope.Layer} scope");
    }

    private static RuleSetVersion ParseVersion(JsonObjectReader reader, RuleScope scope)
    {
        var mandatory = reader.OptionalBool("mandatory");
        // Only a state can pre-empt its localities (Texas SB 4, Florida SB 168); see README "combine".
        if (mandatory && scope.Layer != JurisdictionLayer.State)
            throw reader.Fail($"{reader.Path}.mandatory", "only a State rule set can mandate cooperation");
        var from = reader.Date("effectiveFrom");
        var to = reader.OptionalDate("effectiveTo");
        if (to < from) throw reader.Fail($"{reader.Path}.effectiveTo", "ends before it starts");
        var answers = reader.OptionalArray("answers").Select((a, i) => ParseAnswer(new JsonObjectReader(reader.File,
            $"{reader.Path}.answers[{i}]", a, "id", "question", "when", "verdict", "condition", "citation", "notes"), mandatory)).ToList();
        var duties = reader.OptionalArray("duties").Select((d, i) => ParseDuty(new JsonObjectReader(reader.File,
            $"{reader.Path}.duties[{i}]", d, "id", "duty", "when", "text", "citation", "notes"))).ToList();
        return new RuleSetVersion(reader.String("id"), from, to, reader.String("citation"), mandatory, reader.Strings("notes"), answers, duties);
    }

    private static AnswerRule ParseAnswer(JsonObjectReader reader, bool mandatory)
    {
        var verdict = reader.Enum<PolicyVerdict>("verdict");
        var condition = reader.OptionalString("condition");
        if ((verdict == PolicyVerdict.AllowedOnlyIf) != (condition is not null))
            throw reader.Fail($"{reader.Path}.condition", "required with AllowedOnlyIf and only with it");
        if (verdict == PolicyVerdict.Required && !mandatory)
            throw reader.Fail($"{reader.Path}.verdict", "Required is only meaningful in a mandatory version (a lower layer cannot raise an answer)");
        return new AnswerRule(reader.String("id"), reader.Enum<PolicyQuestion>("question"), When(reader), verdict, condition,
            reader.String("citation"), reader.Strings("notes"));
    }

    private static DutyRule ParseDuty(JsonObjectReader reader) =>
        new(reader.String("id"), reader.Enum<DutyKind>("duty"), When(reader), reader.String("text"), reader.String("citation"), reader.Strings("notes"));

    private static Condition When(JsonObjectReader reader) =>
        reader.Has("when") ? ConditionParser.Parse(reader.File, $"{reader.Path}.when", reader.Required("when")) : Condition.Always;

    private static void CheckNoOverlap(JsonObjectReader root, List<RuleSetVersion> versions)
    {
        var ordered = versions.OrderBy(v => v.EffectiveFrom).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i - 1].EffectiveTo is not { } end || end >= ordered[i].EffectiveFrom)
                throw root.Fail("$.versions", $"versions '{ordered[i - 1].Id}' and '{ordered[i].Id}' overlap; close the earlier one with effectiveTo");
        }
    }
}
