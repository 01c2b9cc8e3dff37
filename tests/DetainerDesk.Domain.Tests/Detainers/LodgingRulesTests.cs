using DetainerDesk.Domain.Detainers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DetainerDesk.Domain.Tests.Detainers;

public sealed class LodgingRulesTests
{
    private static IEnumerable<string> Codes(LodgeDetainerCommand command, DateTime? now = null) =>
        DetainerLodging.Validate(command, now ?? Commands.Now).Select(e => e.Code);

    [Fact]
    public void A_complete_I247A_with_an_I200_is_accepted()
    {
        Assert.Empty(DetainerLodging.Validate(Commands.Valid(), Commands.Now));
    }

    [Fact]
    public void Without_any_probable_cause_box_the_detainer_is_refused()
    {
        Assert.Contains("basis-required", Codes(Commands.Valid(ProbableCauseBasis.None)));
    }

    /// <summary>Box 1 and Box 2 exclude each other, whichever Box 1 reasons are ticked.</summary>
    [Property(MaxTest = 2000)]
    public Property Box_1_and_Box_2_together_are_always_refused(byte box1Bits)
    {
        var box1 = (ProbableCauseBasis)(box1Bits & 0b1111);
        var basis = box1 | ProbableCauseBasis.ResumeCustody;
        var refused = Codes(Commands.Valid(basis)).Contains("basis-contradictory");
        return (refused == (box1 != ProbableCauseBasis.None)).ToProperty();
    }

    /// <summary>Any single Box 1 reason, or Box 2 alone, is a sufficient basis.</summary>
    [Theory]
    [InlineData(ProbableCauseBasis.FinalOrderOfRemoval)]
    [InlineData(ProbableCauseBasis.PendingRemovalProceedings)]
    [InlineData(ProbableCauseBasis.BiometricAndDatabaseRecords)]
    [InlineData(ProbableCauseBasis.StatementsOrReliableEvidence)]
    [InlineData(ProbableCauseBasis.ResumeCustody)]
    public void One_box_is_enough(ProbableCauseBasis basis)
    {
        Assert.Empty(DetainerLodging.Validate(Commands.Valid(basis), Commands.Now));
    }

    [Fact]
    public void An_I205_needs_a_final_order_in_Box_1a()
    {
        var withoutOrder = Commands.Valid() with { WarrantKind = WarrantKind.AdministrativeI205 };
        Assert.Contains("warrant-i205-needs-final-order", Codes(withoutOrder));
        var withOrder = Commands.Valid(ProbableCauseBasis.FinalOrderOfRemoval) with { WarrantKind = WarrantKind.AdministrativeI205 };
        Assert.Empty(DetainerLodging.Validate(withOrder, Commands.Now));
    }

    [Fact]
    public void A_detainer_without_a_warrant_or_with_a_judicial_one_at_lodging_is_refused()
    {
        Assert.Contains("warrant-required", Codes(Commands.Valid() with { WarrantKind = null }));
        Assert.Contains("warrant-kind", Codes(Commands.Valid() with { WarrantKind = WarrantKind.JudicialFederal }));
        Assert.Contains("warrant-date-future", Codes(Commands.Valid() with { WarrantDate = new DateOnly(2026, 11, 30) }));
    }

    [Theory]
    [InlineData(DetainerFormType.I247D, "2017-04-01", true)]
    [InlineData(DetainerFormType.I247D, "2017-04-02", false)]
    [InlineData(DetainerFormType.I247A, "2017-04-01", false)]
    [InlineData(DetainerFormType.I247A, "2017-04-02", true)]
    [InlineData(DetainerFormType.I247G, "2025-03-03", false)]
    [InlineData(DetainerFormType.I247G, "2025-03-04", true)]
    [InlineData(DetainerFormType.I247, "2015-06-11", true)]
    [InlineData(DetainerFormType.I247, "2015-06-12", false)]
    public void Forms_can_be_issued_only_while_they_were_current(DetainerFormType form, string day, bool issuable)
    {
        Assert.Equal(issuable, DetainerForms.IssuableOn(form, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Notification_only_forms_never_ask_for_a_hold()
    {
        Assert.False(DetainerForms.AsksForHold(DetainerFormType.I247N));
        Assert.False(DetainerForms.AsksForHold(DetainerFormType.I247G));
        Assert.True(DetainerForms.AsksForHold(DetainerFormType.I247A));
    }

    [Fact]
    public void Box_2_is_refused_on_the_I247G()
    {
        var command = Commands.Valid(ProbableCauseBasis.ResumeCustody) with { FormType = DetainerFormType.I247G };
        Assert.Contains("basis-box2-form", Codes(command));
    }

    [Fact]
    public void Subject_identifiers_are_checked()
    {
        var command = Commands.Valid() with { Subject = Commands.Valid().Subject with { FamilyName = " ", DateOfBirth = new DateOnly(2027, 1, 1), ANumber = "12345" } };
        var errors = DetainerLodging.Validate(command, Commands.Now);
        Assert.Contains(errors, e => e.Field == "Subject.FamilyName");
        Assert.Contains(errors, e => e.Code == "dob-future");
        Assert.Contains(errors, e => e.Code == "anumber-format");
    }

    [Fact]
    public void Without_a_booking_there_is_no_criminal_arrest_and_no_detainer()
    {
        Assert.Contains("booking-required", Codes(Commands.Valid() with { BookingNumber = null }));
    }
}
