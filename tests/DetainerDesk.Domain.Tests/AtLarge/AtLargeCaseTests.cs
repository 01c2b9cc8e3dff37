using DetainerDesk.Domain.AtLarge;
using DetainerDesk.Domain.AtLarge.Priorities;
using DetainerDesk.Domain.Detainers;

namespace DetainerDesk.Domain.Tests.AtLarge;

public sealed class AtLargeCaseTests
{
    private static readonly DateTime T0 = new(2026, 3, 2, 15, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Office = Guid.NewGuid(), TeamA = Guid.NewGuid(), TeamB = Guid.NewGuid();

    internal static AtLargeCase NewCase(CaseOrigin origin = CaseOrigin.ReleasedWithoutTransfer, string? tip = null) =>
        AtLargeCase.Open(new OpenCaseCommand(Guid.NewGuid(), Guid.NewGuid(), Office, origin, "system", T0, "Released without transfer",
            origin == CaseOrigin.ReleasedWithoutTransfer ? Guid.NewGuid() : null, tip)).Value!;

    private static TransitionInput At(int hours, string source = "officer observation") =>
        new("officer-1", T0.AddHours(hours), "step", new TransitionEvidence(source));

    private static ArrestDetails Arrest(int hours, string cause = "I-205 warrant of removal W-1") =>
        new(T0.AddHours(hours), ArrestPlace.Residence, ArrestMethod.AtLargeLocated, cause);

    [Fact]
    public void A_case_goes_open_assigned_located_arrested_with_one_event_per_step()
    {
        var c = NewCase();
        Assert.Null(c.Assign(TeamA, At(1)));
        Assert.Null(c.Assign(TeamB, At(2))); // reassigned: still assigned
        Assert.Null(c.Locate(At(3)));
        var arrest = c.RecordArrest(Guid.NewGuid(), Arrest(4), FactProfiles.All["one-dui"], At(5));
        Assert.True(arrest.Succeeded);
        Assert.Equal(CaseStatus.Arrested, c.Status);
        Assert.Equal(TeamB, c.TeamId);
        Assert.Equal([CaseAction.Open, CaseAction.Assign, CaseAction.Assign, CaseAction.Locate, CaseAction.RecordArrest], c.Events.Select(e => e.Action));
        Assert.Equal([1, 2, 3, 4, 5], c.Events.Select(e => e.Version));
        var a = arrest.Value!;
        Assert.True(a.ReleasedDespiteDetainer);
        Assert.Equal(c.DetainerId, a.DetainerId);
        Assert.Equal(ArrestCriminality.ConvictedCriminal, a.Criminality);
        Assert.Equal(ReportedConvictionCategories.Dui, a.ConvictionCategories);
        Assert.Equal(TeamB, a.TeamId);
    }

    [Theory]
    [InlineData(CaseStatus.Open, "locate", "not-assigned")]
    [InlineData(CaseStatus.Open, "arrest", "not-assigned")]
    [InlineData(CaseStatus.Assigned, "arrest", "not-located")]
    [InlineData(CaseStatus.Located, "locate", "already-located")]
    [InlineData(CaseStatus.Arrested, "close", "case-arrested")]
    [InlineData(CaseStatus.Arrested, "assign", "case-arrested")]
    [InlineData(CaseStatus.Closed, "assign", "case-closed")]
    [InlineData(CaseStatus.Closed, "close", "case-closed")]
    public void Illegal_steps_are_refused_with_a_reason_and_change_nothing(CaseStatus state, string step, string code)
    {
        var c = InState(state);
        var (status, version) = (c.Status, c.Version);
        var error = step switch
        {
            "locate" => c.Locate(At(20)),
            "arrest" => c.RecordArrest(Guid.NewGuid(), Arrest(19), FactProfiles.All["nothing"], At(20)).Errors.SingleOrDefault(),
            "assign" => c.Assign(Guid.NewGuid(), At(20)),
            "close" => c.Close(CloseReason.Departed, At(20)),
            _ => throw new ArgumentOutOfRangeException(nameof(step)),
        };
        Assert.Equal(code, error?.Code);
        Assert.False(string.IsNullOrWhiteSpace(error!.Message));
        Assert.Equal((status, version), (c.Status, c.Version));
    }

    [Theory]
    [InlineData(CaseStatus.Open)]
    [InlineData(CaseStatus.Assigned)]
    [InlineData(CaseStatus.Located)]
    public void Every_unfinished_case_can_close_with_a_reason(CaseStatus state)
    {
        var c = InState(state);
        Assert.Equal("close-reason-unknown", c.Close((CloseReason)99, At(20))?.Code);
        Assert.Null(c.Close(CloseReason.InCustodyElsewhere, At(20)));
        Assert.Equal((CaseStatus.Closed, CloseReason.InCustodyElsewhere), (c.Status, c.CloseReason));
    }

    [Fact]
    public void A_tip_is_a_lead_it_neither_locates_nor_gives_probable_cause()
    {
        var c = NewCase(CaseOrigin.Tip, "TIP-2026-0042");
        Assert.Null(c.Assign(TeamA, At(1)));
        Assert.Equal("tip-is-a-lead", c.Locate(At(2, "the tip"))?.Code);
        Assert.Null(c.Locate(At(2, "records check (state DMV)")));
        Assert.Equal("tip-is-not-probable-cause", c.RecordArrest(Guid.NewGuid(), Arrest(3, "per TIP-2026-0042"), FactProfiles.All["nothing"], At(3)).Errors[0].Code);
        Assert.Equal("probable-cause-required", c.RecordArrest(Guid.NewGuid(), Arrest(3, " "), FactProfiles.All["nothing"], At(3)).Errors[0].Code);
        var arrest = c.RecordArrest(Guid.NewGuid(), Arrest(3, "I-205 warrant of removal W-7"), FactProfiles.All["final-order-2016"], At(3)).Value!;
        Assert.False(arrest.ReleasedDespiteDetainer);
        Assert.Equal(ArrestCriminality.OtherImmigrationViolator, arrest.Criminality);
    }

    [Fact]
    public void Opening_checks_the_origin_links()
    {
        var noDetainer = AtLargeCase.Open(new OpenCaseCommand(Guid.NewGuid(), Guid.NewGuid(), Office, CaseOrigin.ReleasedWithoutTransfer, "system", T0, "r"));
        Assert.Equal("detainer-required", Assert.Single(noDetainer.Errors).Code);
        var tipWithoutReference = AtLargeCase.Open(new OpenCaseCommand(Guid.NewGuid(), Guid.NewGuid(), Office, CaseOrigin.Tip, "o", T0, "r"));
        Assert.Equal("tip-reference-required", Assert.Single(tipWithoutReference.Errors).Code);
        var fugitive = AtLargeCase.Open(new OpenCaseCommand(Guid.NewGuid(), Guid.NewGuid(), Office, CaseOrigin.FinalOrderFugitive, "o", T0, "Final order 2019, no departure"));
        Assert.True(fugitive.Succeeded);
        Assert.Equal(CaseStatus.Open, fugitive.Value!.Status);
    }

    [Fact]
    public void A_rebooking_flags_an_unfinished_case_only_with_the_latest_booking_after_it_opened()
    {
        var c = NewCase();
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        Assert.False(c.FlagRebooking(first, T0.AddDays(-1)));
        Assert.True(c.FlagRebooking(first, T0.AddDays(2)));
        Assert.False(c.FlagRebooking(second, T0.AddDays(1)));
        Assert.Equal((first, T0.AddDays(2), 1), (c.RebookingId, c.RebookedAtUtc, c.Version));
        var closed = InState(CaseStatus.Closed);
        Assert.False(closed.FlagRebooking(second, T0.AddDays(3)));
    }

    [Fact]
    public void Time_only_moves_forward()
    {
        var c = NewCase();
        Assert.Equal("time-before-last-event", c.Assign(TeamA, At(-1))?.Code);
    }

    [Fact]
    public void A_supervisor_override_keeps_the_computed_classification_and_needs_a_reason()
    {
        var c = NewCase();
        var pep = FrameworkBook.Embedded.Frameworks.Single(f => f.Id == "johnson-pep-2014");
        var computed = c.Classify(Guid.NewGuid(), pep, FactProfiles.All["one-dui"], "system", T0).Value!;
        Assert.Equal("P2", computed.Priority);
        Assert.Equal("reason-required", c.Override(Guid.NewGuid(), pep, "P1", "because", "supervisor-1", T0.AddHours(1)).Errors[0].Code);
        Assert.Equal("priority-unknown", c.Override(Guid.NewGuid(), pep, "P9", "Known violent associate, see report 12", "supervisor-1", T0.AddHours(1)).Errors[0].Code);
        var mayorkas = FrameworkBook.Embedded.Frameworks.Single(f => f.Id == "mayorkas-2021");
        Assert.Equal("framework-mismatch", c.Override(Guid.NewGuid(), mayorkas, "NATSEC", "Known violent associate, see report 12", "supervisor-1", T0.AddHours(1)).Errors[0].Code);
        var overridden = c.Override(Guid.NewGuid(), pep, "P1", "Known violent associate, see report 12", "supervisor-1", T0.AddHours(1)).Value!;
        Assert.Equal((ClassificationKind.SupervisorOverride, "P1", computed.Id, 2), (overridden.Kind, overridden.Priority, overridden.OverridesId, overridden.Sequence));
        Assert.Equal(computed.FiredRules, overridden.FiredRules);
        Assert.Same(overridden, c.CurrentClassification);
        Assert.Equal(2, c.Classifications.Count);
    }

    internal static AtLargeCase InState(CaseStatus state)
    {
        var c = NewCase();
        if (state == CaseStatus.Open) return c;
        c.Assign(TeamA, At(1));
        if (state == CaseStatus.Assigned) return c;
        if (state == CaseStatus.Closed) { c.Close(CloseReason.WrongPerson, At(2)); return c; }
        c.Locate(At(2));
        if (state == CaseStatus.Located) return c;
        c.RecordArrest(Guid.NewGuid(), Arrest(3), FactProfiles.All["nothing"], At(3));
        return c;
    }
}
