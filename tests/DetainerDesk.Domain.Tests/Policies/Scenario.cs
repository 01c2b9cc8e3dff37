using System.Globalization;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Policies;

namespace DetainerDesk.Domain.Tests.Policies;

/// <summary>Builds inputs for the policy tables: an I-247A with an I-200 and no record, unless a case says otherwise.</summary>
internal static class Scenario
{
    public static readonly Jurisdiction LosAngeles = new("CA", "06037", "Los Angeles", "CA0194200");
    public static readonly Jurisdiction Seattle = new("WA", "53033", "Seattle", "WA0170000");
    public static readonly Jurisdiction Spokane = new("WA", "53063", "Spokane", "WA0320000");
    public static readonly Jurisdiction Houston = new("TX", "48201", "Houston", "TX1010000");
    public static readonly Jurisdiction Chicago = new("IL", "17031", "Chicago", "IL0160000");
    public static readonly Jurisdiction Springfield = new("IL", "17167", "Springfield", "IL0840000");
    public static readonly Jurisdiction Wichita = new("KS", "20173", "Wichita", "KS0870000");
    public static readonly Jurisdiction Denver = new("CO", "08031", "Denver", "CO0160000");
    public static readonly Jurisdiction Portland = new("OR", "41051", "Portland", "OR0260000");
    public static readonly Jurisdiction NewYork = new("NY", "36061", "New York", "NY0303000");
    public static readonly Jurisdiction Rikers = new("NY", "36005", "East Elmhurst", "NY0050100");
    public static readonly Jurisdiction Brooklyn = new("NY", "36047");
    public static readonly Jurisdiction Buffalo = new("NY", "36029", "Buffalo", "NY0290000");
    public static readonly Jurisdiction Miami = new("FL", "12086", "Miami", "FL0130000");

    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static PolicyInputs At(Jurisdiction place, string day) => new(
        place, Day(day), DetainerFormType.I247A, ProbableCauseBasis.PendingRemovalProceedings,
        [WarrantKind.AdministrativeI200], [], [], [], []);

    public static PolicyInputs WithWarrants(this PolicyInputs inputs, params WarrantKind[] warrants) => inputs with { Warrants = warrants };
    public static PolicyInputs WithForm(this PolicyInputs inputs, DetainerFormType form) => inputs with { FormType = form };
    public static PolicyInputs WithConvictions(this PolicyInputs inputs, params Offence[] convictions) => inputs with { Convictions = convictions };
    public static PolicyInputs WithCharges(this PolicyInputs inputs, params Offence[] charges) => inputs with { Charges = charges };
    public static PolicyInputs WithFlags(this PolicyInputs inputs, params PolicyFlag[] flags) => inputs with { Flags = flags };
    public static PolicyInputs WithRegistries(this PolicyInputs inputs, params Registry[] registries) => inputs with { Registries = registries };

    public static Offence Felony(string day, bool listed = false, bool seriousOrViolent = false, bool statePrison = false) =>
        new Offence("1399", OffenceLevel.Felony, Day(day), seriousOrViolent, statePrison, OnStateOffenceList: listed);

    public static Offence Wobbler(string day, bool listed = true) => new("2399", OffenceLevel.Wobbler, Day(day), OnStateOffenceList: listed);
    public static Offence Misdemeanor(string day) => new("5499", OffenceLevel.Misdemeanor, Day(day));
}

/// <summary>One row of a policy table: the inputs, the question, and the verdict and rule the law gives.</summary>
public sealed record PolicyCase(string Name, PolicyInputs Inputs, PolicyQuestion Question, PolicyVerdict Expected, string RuleId)
{
    public override string ToString() => Name;

    /// <summary>Checks the verdict and that the deciding rule is the one the case cites.</summary>
    public void Verify(PolicyEngine? engine = null)
    {
        var answer = (engine ?? PolicyEngine.Default).Evaluate(Inputs).For(Question);
        Assert.True(Expected == answer.Verdict && RuleId == answer.RuleId,
            $"{Name}: expected {Expected} by {RuleId}, got {answer.Verdict} by {answer.RuleId} ({answer.Citation}); trail: "
            + string.Join(" | ", answer.Trail.Select(t => $"{t.RuleId}={t.Verdict} {t.Effect}")));
    }
}
