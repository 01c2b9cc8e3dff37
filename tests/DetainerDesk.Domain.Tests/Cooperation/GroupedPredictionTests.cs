using DetainerDesk.Domain.Cooperation;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Policies;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static DetainerDesk.Domain.Tests.Policies.Scenario;

namespace DetainerDesk.Domain.Tests.Cooperation;

/// <summary>
/// The cooperation record asks the engine once per group of detainers (place, era, form, basis, warrant) instead of
/// once per detainer. That is sound only while the inputs the app evaluates from a booking — charges with an NCIC
/// code, a level and a date, none of the facts a person records (magistrate's finding, serious/violent, state list) —
/// never change an answer. These properties fail the day a rule set keys on such a plain charge, which would mean the
/// record must start reading charges too.
/// </summary>
public sealed class GroupedPredictionTests
{
    private static readonly Jurisdiction[] Places = [Houston, Seattle, Spokane, LosAngeles, Chicago, Springfield, Denver, Portland, NewYork, Miami, Wichita];
    private static readonly PolicyEras Eras = new(RuleBook.Embedded);

    private static Gen<(PolicyInputs Inputs, Offence[] Charges)> Cases =>
        from place in Gen.Elements(Places)
        from day in Gen.Choose(0, 365 * 20)
        from form in Gen.Elements(Enum.GetValues<DetainerFormType>())
        from basis in Gen.Choose(0, 31)
        from warrant in Gen.Elements(Enum.GetValues<WarrantKind>())
        from charges in Gen.ListOf(
            from felony in Gen.Elements(true, false)
            from daysAgo in Gen.Choose(0, 365 * 3)
            from code in Gen.Elements("0999", "1399", "3599", "5404", "2399")
            select (felony, daysAgo, code))
        let date = new DateOnly(2008, 1, 1).AddDays(day)
        select (new PolicyInputs(place, date, form, (ProbableCauseBasis)basis, [warrant], [], [], [], []),
            charges.Select(c => new Offence(c.code, c.felony ? OffenceLevel.Felony : OffenceLevel.Misdemeanor, date.AddDays(-c.daysAgo))).ToArray());

    private static IEnumerable<(PolicyVerdict, string)> Answers(PolicyDecision d) => d.Answers.Select(a => (a.Verdict, a.RuleId));

    [Property(MaxTest = 1000)]
    public Property Charges_as_bookings_record_them_never_change_an_answer() => Prop.ForAll(Arb.From(Cases), c =>
        Answers(PolicyEngine.Default.Evaluate(c.Inputs)).SequenceEqual(Answers(PolicyEngine.Default.Evaluate(c.Inputs with { Charges = c.Charges }))));

    [Property(MaxTest = 1000)]
    public Property A_group_answer_at_the_start_of_the_era_is_each_member_s_answer() => Prop.ForAll(Arb.From(Cases), c =>
    {
        var eraStart = Eras.FirstDayOf(Eras.EraOf(c.Inputs.EvaluationDate));
        return Answers(PolicyEngine.Default.Evaluate(c.Inputs with { Charges = c.Charges }))
            .SequenceEqual(Answers(PolicyEngine.Default.Evaluate(c.Inputs with { EvaluationDate = eraStart })));
    });
}
