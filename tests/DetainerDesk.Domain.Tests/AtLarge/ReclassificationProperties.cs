using DetainerDesk.Domain.AtLarge;
using DetainerDesk.Domain.AtLarge.Priorities;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DetainerDesk.Domain.Tests.AtLarge;

/// <summary>Domain brief §6.2 item 13: a new framework never rewrites a past classification.</summary>
public sealed class ReclassificationProperties
{
    private static readonly DateTime T0 = new(2015, 2, 1, 12, 0, 0, DateTimeKind.Utc);

    private static readonly Gen<Offence> OffenceGen =
        from code in Gen.Elements("0301", "0399", "0901", "1103", "1203", "1313", "2204", "2308", "3530", "3562", "3604", "3701", "5203", "5404", "5499", "7399")
        from days in Gen.Choose(0, 6000)
        from kind in Gen.Elements(OffenceKind.Conviction, OffenceKind.PendingCharge)
        from level in Gen.Elements(OffenceLevel.Unknown, OffenceLevel.Misdemeanour, OffenceLevel.Felony)
        from aggravated in Gen.Elements(true, false)
        from minor in Gen.Elements(true, false)
        select new Offence(code, new DateOnly(2005, 1, 1).AddDays(days), kind, level, aggravated, minor);

    private static readonly Gen<PriorityFacts> FactsGen =
        from count in Gen.Choose(0, 6)
        from offences in Gen.ListOf(OffenceGen, count)
        from level in Gen.Elements<int?>(null, 1, 2, 3)
        from gang in Gen.Elements(true, false)
        from security in Gen.Elements(false, false, false, true)
        from age in Gen.Elements<int?>(null, 15, 16, 30, 61)
        from removed in Gen.Elements(false, true)
        from orderDays in Gen.Elements<int?>(null, 100, 3000, 5000)
        from entryDays in Gen.Elements<int?>(null, 500, 3400, 5800)
        select new PriorityFacts
        {
            AsOf = new(2025, 6, 1),
            Offences = [.. offences],
            SeverityLevel = level,
            GangParticipation = gang,
            NationalSecurity = security,
            AgeYears = age,
            PriorRemovals = removed ? [new DateOnly(2012, 4, 4)] : [],
            FinalOrderOn = orderDays is { } o ? new DateOnly(2005, 1, 1).AddDays(o) : null,
            LastUnlawfulEntryOn = entryDays is { } e ? new DateOnly(2005, 1, 1).AddDays(e) : null,
        };

    /// <summary>Classify under one framework, perhaps override, then reclassify under every later one with other facts: the earlier records are equal, field for field.</summary>
    [Property(MaxTest = 300)]
    public Property Reclassification_under_a_new_framework_leaves_old_results_untouched() =>
        Prop.ForAll(Arb.From(FactsGen), Arb.From(FactsGen), Arb.From(Gen.Elements(true, false)), (first, later, overrideFirst) =>
        {
            var frameworks = FrameworkBook.Embedded.Frameworks;
            var c = AtLargeCaseTests.NewCase();
            c.Classify(Guid.NewGuid(), frameworks[0], first, "system", T0);
            if (overrideFirst)
                c.Override(Guid.NewGuid(), frameworks[0], frameworks[0].Priorities[^1].Code, "Supervisor review of the record, memo 7", "supervisor", T0.AddMinutes(1));
            var before = c.Classifications.Select(Snapshot).ToList();

            var at = T0.AddDays(1);
            foreach (var framework in frameworks.Skip(1))
            {
                Assert.True(c.Classify(Guid.NewGuid(), framework, later, "system", at).Succeeded);
                at = at.AddDays(1);
            }

            var after = c.Classifications.Take(before.Count).Select(Snapshot).ToList();
            return before.SequenceEqual(after)
                && c.Classifications.Count == before.Count + frameworks.Count - 1
                && c.CurrentClassification!.FrameworkId == frameworks[^1].Id;
        });

    /// <summary>A comparable copy: records compare lists by reference, so the lists are flattened to text.</summary>
    private static string Snapshot(PriorityClassification c) =>
        string.Join("|", c.Id, c.Sequence, c.Kind, c.FrameworkKey, c.Priority, c.PriorityRank, c.Reason, c.OverridesId, c.ClassifiedBy, c.ClassifiedAtUtc.Ticks,
            string.Join(";", c.Facts), string.Join(";", c.FiredRules.Select(r => $"{r.RuleId}:{r.Priority}:{string.Join(",", r.Because)}")));
}
