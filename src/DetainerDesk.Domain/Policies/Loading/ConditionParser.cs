using System.Text.Json;
using DetainerDesk.Domain.Detainers;

namespace DetainerDesk.Domain.Policies;

/// <summary>
/// Parses the condition vocabulary. A condition is a JSON object with exactly one key; the key names the test.
/// The vocabulary is deliberately closed (no expressions, no field paths) so every rule stays reviewable by a lawyer.
/// </summary>
internal static class ConditionParser
{
    private static readonly string[] Keys =
    [
        "all", "any", "not", "formAnyOf", "formAsksForHold", "probableCauseAnyOf", "warrantAnyOf",
        "registryAnyOf", "flagAnyOf", "agreement287gAnyOf", "conviction", "charge",
    ];

    private static readonly string[] OffenceKeys =
    [
        "withinYears", "levelAnyOf", "seriousOrViolentFelony", "statePrisonEligible", "magistrateFoundProbableCause", "onStateOffenceList", "ncicPrefixAnyOf",
    ];

    public static Condition Parse(string file, string path, JsonElement element)
    {
        var reader = new JsonObjectReader(file, path, element, Keys);
        var present = element.EnumerateObject().ToList();
        if (present.Count != 1) throw reader.Fail(path, "a condition has exactly one key");
        var key = present[0].Name;
        var value = present[0].Value;
        var at = $"{path}.{key}";
        return key switch
        {
            "all" => new AllCondition(Parts(reader, value, at)),
            "any" => new AnyCondition(Parts(reader, value, at)),
            "not" => new NotCondition(Parse(file, at, value)),
            "formAnyOf" => new FormAnyOfCondition(EnumSet<DetainerFormType>(reader, value, at)),
            "formAsksForHold" => new FormAsksForHoldCondition(Bool(reader, value, at)),
            "probableCauseAnyOf" => new ProbableCauseAnyOfCondition(
                EnumSet<ProbableCauseBasis>(reader, value, at).Aggregate(ProbableCauseBasis.None, (all, b) => all | b)),
            "warrantAnyOf" => new WarrantAnyOfCondition(EnumSet<WarrantKind>(reader, value, at)),
            "registryAnyOf" => new RegistryAnyOfCondition(EnumSet<Registry>(reader, value, at)),
            "flagAnyOf" => new FlagAnyOfCondition(EnumSet<PolicyFlag>(reader, value, at)),
            "agreement287gAnyOf" => new Agreement287gAnyOfCondition(EnumSet<Agreement287g>(reader, value, at)),
            "conviction" => new ConvictionOrCharge(file, at, value).Conviction(),
            "charge" => new ConvictionOrCharge(file, at, value).Charge(),
            _ => throw reader.Fail(at, "unknown condition"),
        };
    }

    private static List<Condition> Parts(JsonObjectReader reader, JsonElement value, string path)
    {
        var items = reader.ArrayAt(value, path);
        if (items.Count == 0) throw reader.Fail(path, "needs at least one condition");
        return [.. items.Select((item, i) => Parse(reader.File, $"{path}[{i}]", item))];
    }

    private static bool Bool(JsonObjectReader reader, JsonElement value, string path) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw reader.Fail(path, "expected true or false"),
    };

    private static HashSet<TEnum> EnumSet<TEnum>(JsonObjectReader reader, JsonElement value, string path) where TEnum : struct, Enum
    {
        var items = reader.ArrayAt(value, path);
        if (items.Count == 0) throw reader.Fail(path, "needs at least one value");
        return [.. items.Select((item, i) => reader.ParseEnum<TEnum>(item, $"{path}[{i}]"))];
    }

    /// <summary>Both "conviction" and "charge" take the same offence filter.</summary>
    private readonly struct ConvictionOrCharge(string file, string path, JsonElement value)
    {
        public Condition Conviction() => new ConvictionCondition(Filter());
        public Condition Charge() => new ChargeCondition(Filter());

        private OffenceFilter Filter()
        {
            var reader = new JsonObjectReader(file, path, value, OffenceKeys);
            int? years = null;
            if (reader.Has("withinYears"))
            {
                var raw = reader.Required("withinYears");
                years = raw.ValueKind == JsonValueKind.Number && raw.TryGetInt32(out var n) && n > 0
                    ? n
                    : throw reader.Fail($"{path}.withinYears", "expected a positive whole number of years");
            }
            return new OffenceFilter(
                years,
                reader.Has("levelAnyOf") ? EnumSet<OffenceLevel>(reader, reader.Required("levelAnyOf"), $"{path}.levelAnyOf") : null,
                OptionalBool(reader, "seriousOrViolentFelony"),
                OptionalBool(reader, "statePrisonEligible"),
                OptionalBool(reader, "magistrateFoundProbableCause"),
                OptionalBool(reader, "onStateOffenceList"),
                reader.Has("ncicPrefixAnyOf") ? reader.Strings("ncicPrefixAnyOf") : null);
        }

        private static bool? OptionalBool(JsonObjectReader reader, string key) => reader.Has(key) ? reader.OptionalBool(key) : null;
    }
}
