using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Policies;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DetainerDesk.Domain.Tests.Policies;

/// <summary>Invariants over random detainers anywhere we encode law (and places we don't), on any date 2000–2030.</summary>
public sealed class PolicyPropertyTests
{
    private static readonly Jurisdiction[] Places =
    [
        Scenario.Wichita, Scenario.LosAngeles, Scenario.Seattle, Scenario.Spokane, Scenario.Houston, Scenario.Chicago,
        Scenario.Springfield, Scenario.Denver, Scenario.Portland, Scenario.NewYork, Scenario.Miami,
    ];

    private static readonly DateOnly Start = new(2000, 1, 1);

    private static Gen<Offence> Offences =>
        from level in Gen.Elements(Enum.GetValues<OffenceLevel>())
        from daysAgo in Gen.Choose(0, 365 * 40)
        from flags in Gen.Choose(0, 15)
        select new Offence("1399", level, Start.AddDays(11_000 - daysAgo), (flags & 1) != 0, (flags & 2) != 0, null, (flags & 4) != 0, (flags & 8) != 0);

    private static Gen<PolicyInputs> Inputs =>
        from place in Gen.Elements(Places)
        from day in Gen.Choose(0, 365 * 31)
        from form in Gen.Elements(Enum.GetValues<DetainerFormType>())
        from basis in Gen.Choose(0, 31)
        from warrants in Gen.SubListOf(Enum.GetValues<WarrantKind>())
        from convictions in Gen.ListOf(Offences)
        from charges in Gen.ListOf(Offences)
        from registries in Gen.SubListOf(Enum.GetValues<Registry>())
        from flags in Gen.SubListOf(Enum.GetValues<PolicyFlag>())
        from agreement in Gen.Elements(Enum.GetValues<Agreement287g>())
        select new PolicyInputs(place, Start.AddDays(day), form, (ProbableCauseBasis)basis, [.. warrants],
            [.. convictions], [.. charges], [.. registries], [.. flags], agreement);

    [Property(MaxTest = 3000)]
    public Property Every_answer_exists_and_cites_a_rule() => Prop.ForAll(Arb.From(Inputs), inputs =>
    {
        var decision = PolicyEngine.Default.Evaluate(inputs);
        return decision.Answers.Count() == 5 && decision.Answers.All(a =>
            a is not null && !string.IsNullOrWhiteSpace(a.RuleId) && !string.IsNullOrWhiteSpace(a.Citation)
            && (a.Verdict == PolicyVerdict.AllowedOnlyIf) == !string.IsNullOrWhiteSpace(a.Condition));
    });

    [Property(MaxTest = 3000)]
    public Property A_hold_is_never_permitted_on_a_notification_only_form_or_without_a_warrant() => Prop.ForAll(Arb.From(Inputs), inputs =>
    {
        var hold = PolicyEngine.Default.Evaluate(inputs).HoldOnDetainer;
        var permitted = hold.Verdict is PolicyVerdict.Allowed or PolicyVerdict.Required or PolicyVerdict.AllowedOnlyIf;
        var mayHold = DetainerForms.AsksForHold(inputs.FormType) && inputs.Warrants.Count > 0;
        return (!permitted || mayHold).Label($"{hold.Verdict} by {hold.RuleId} for {inputs.FormType} with [{string.Join(",", inputs.Warrants)}]");
    });

    private static readonly PolicyEngine FederalOnly = new(new RuleBook(RuleBook.Embedded.RuleSets.Where(r => r.Scope.Layer == JurisdictionLayer.Federal)));

    /// <summary>The combine rule: without a state mandate, state and local law can only restrict what federal law allows.</summary>
    [Property(MaxTest = 2000)]
    public Property Without_a_mandate_no_layer_loosens_the_federal_answer() => Prop.ForAll(Arb.From(Inputs), inputs =>
    {
        var mandated = inputs.Jurisdiction.StateCode is "TX" or "FL";
        var full = PolicyEngine.Default.Evaluate(inputs);
        var federal = FederalOnly.Evaluate(inputs);
        return mandated || full.Answers.Zip(federal.Answers).All(pair => pair.First.Verdict <= pair.Second.Verdict);
    });
}
