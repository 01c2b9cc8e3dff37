using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Imports;

namespace DetainerDesk.Domain.Tests.Imports;

/// <summary>How the values of ICE's public releases read: dates, detainer types, lift reasons, criminality.</summary>
public sealed class ReleaseVocabularyTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    [Theory]
    [InlineData("42132", "2015-05-08")]           // Excel day number, as the FY2015 sheet stores it
    [InlineData("42132.75", "2015-05-08")]        // a time of day is dropped
    [InlineData("2015-05-08 00:00:00", "2015-05-08")]
    [InlineData("2015-05-08", "2015-05-08")]
    [InlineData("5/8/2015", "2015-05-08")]
    [InlineData(" 2015-05-08 ", "2015-05-08")]
    public void Release_dates_read_in_every_released_form(string raw, string expected)
    {
        var (day, error) = ReleaseDates.Parse(raw, Today);
        Assert.Null(error);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), day);
    }

    [Theory]
    [InlineData(null, "missing")]
    [InlineData("", "missing")]
    [InlineData("2015-02-30", "not a date")]
    [InlineData("yesterday", "not a date")]
    [InlineData("12", "out of range")]            // Excel's day 12 is in 1900, and before day 61 Excel's calendar is wrong
    [InlineData("1979-12-31", "before 1980")]
    [InlineData("2026-11-30", "after 2026-11-29")]
    [InlineData("NaN", "not a date")]
    public void Impossible_dates_are_explained(string? raw, string reason)
    {
        var (day, error) = ReleaseDates.Parse(raw, Today);
        Assert.Null(day);
        Assert.Contains(reason, error);
    }

    [Theory]
    [InlineData("I247 - Immigration Detainer - Notice of Action (as of March 2013)", DetainerFormType.I247, "as of March 2013")]
    [InlineData("I247 - Immigration Detainer - Notice of Action (prior to March 2013)", DetainerFormType.I247, "prior to March 2013")]
    [InlineData("I247D - Immigration Detainer - Request for Action", DetainerFormType.I247D, null)]
    [InlineData("I247N - Immigration Advisal - Request for Notification", DetainerFormType.I247N, null)]
    [InlineData("I-247A Immigration Detainer - Notice of Action", DetainerFormType.I247A, null)]
    [InlineData("i247x", DetainerFormType.I247X, null)]
    public void Detainer_types_name_the_form_and_keep_the_edition(string raw, DetainerFormType form, string? edition) =>
        Assert.Equal(new PublicDetainerType(form, edition), PublicDetainerTypes.Parse(raw));

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    [InlineData("I247Q - Unheard Of")]
    [InlineData("Warrant of Arrest")]
    public void Blank_and_unknown_detainer_types_name_no_form(string? raw) => Assert.Null(PublicDetainerTypes.Parse(raw));

    [Theory]
    [InlineData("Detainer Declined by LEA", PublicLiftReason.DeclinedByLea)]
    [InlineData("DETAINER DECLINED BY LEA", PublicLiftReason.DeclinedByLea)]
    [InlineData("Lifted - Lack of Funds", PublicLiftReason.LiftedLackOfFunds)]
    [InlineData("Lifted-Lack of Space", PublicLiftReason.LiftedLackOfSpace)]
    [InlineData("United States Citizen Interviewed", PublicLiftReason.UsCitizenInterviewed)]
    [InlineData("Something New", PublicLiftReason.Unmapped)]
    public void Lift_reasons_map_whatever_their_spelling(string raw, PublicLiftReason reason) =>
        Assert.Equal(reason, PublicLiftReasons.Parse(raw));

    [Fact]
    public void A_blank_lift_reason_is_not_a_reason() => Assert.Null(PublicLiftReasons.Parse(""));

    [Theory]
    [InlineData("1 Convicted Criminal", PublicCriminality.ConvictedCriminal)]
    [InlineData("Convicted Criminal", PublicCriminality.ConvictedCriminal)]
    [InlineData("2 Pending Criminal Charges", PublicCriminality.PendingCriminalCharges)]
    [InlineData("3 Other Immigration Violator", PublicCriminality.OtherImmigrationViolator)]
    [InlineData("(b)(6), (b)(7)(c)", PublicCriminality.Unmapped)]
    public void Criminality_reads_with_or_without_its_number(string raw, PublicCriminality criminality) =>
        Assert.Equal(criminality, PublicCriminalities.Parse(raw));

    [Fact]
    public void Missing_criminality_is_not_a_category() => Assert.Null(PublicCriminalities.Parse(null));
}
