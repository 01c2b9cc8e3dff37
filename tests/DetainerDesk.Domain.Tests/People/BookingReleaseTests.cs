using DetainerDesk.Domain.People;

namespace DetainerDesk.Domain.Tests.People;

/// <summary>A booking's release, whichever front reports it (the bookings API, a jail export): once, to the second, never before the booking.</summary>
public sealed class BookingReleaseTests
{
    private static readonly DateTime Booked = new(2026, 3, 2, 16, 15, 0, DateTimeKind.Utc);

    private static Booking NewBooking() => new() { Id = Guid.NewGuid(), BookingNumber = "B26-1", BookedAtUtc = Booked };

    [Fact]
    public void A_release_is_kept_to_the_second_so_the_same_release_with_a_fraction_changes_nothing()
    {
        var booking = NewBooking();
        var at = Booked.AddDays(2).AddTicks(4_567_891);
        Assert.Equal((true, (string?)null), booking.Release(at, BookingReleaseReason.Bond));
        Assert.Equal(Booked.AddDays(2), booking.ReleasedAtUtc);
        Assert.Equal((false, (string?)null), booking.Release(Booked.AddDays(2), BookingReleaseReason.Bond));
    }

    [Fact]
    public void A_different_release_or_one_before_the_booking_is_refused_and_changes_nothing()
    {
        var booking = NewBooking();
        Assert.Contains("before the booking", booking.Release(Booked.AddMinutes(-1), BookingReleaseReason.Bond).Refusal);
        Assert.Null(booking.ReleasedAtUtc);
        booking.Release(Booked.AddDays(1), BookingReleaseReason.Bond);
        Assert.Contains("already recorded as released", booking.Release(Booked.AddDays(1), BookingReleaseReason.CourtOrder).Refusal);
        Assert.Contains("already recorded as released", booking.Release(Booked.AddDays(1).AddSeconds(1), BookingReleaseReason.Bond).Refusal);
        Assert.Equal(BookingReleaseReason.Bond, booking.ReleaseReason);
    }

    [Theory]
    [InlineData("R.O.R.", BookingReleaseReason.OwnRecognizance)]
    [InlineData("released to ice", BookingReleaseReason.TransferredToIce)]
    [InlineData("TransferredToOtherAgency", BookingReleaseReason.TransferredToOtherAgency)]
    public void The_words_of_records_systems_name_a_reason(string word, BookingReleaseReason reason) =>
        Assert.Equal(reason, BookingReleaseReasons.Parse(word));

    [Fact]
    public void An_unknown_or_missing_reason_and_a_time_outside_1980_to_now_are_refused_with_why()
    {
        Assert.Null(BookingReleaseReasons.Parse("Escaped"));
        Assert.StartsWith("not a release reason we know (Other, Bond,", BookingReleaseReasons.Refusal("Escaped"));
        Assert.Contains("give both or neither", BookingReleaseReasons.Refusal(" "));
        var now = Booked.AddDays(5);
        Assert.Null(BookingTimes.Problem(now.AddMinutes(4), now));
        Assert.Equal("the time is in the future", BookingTimes.Problem(now.AddMinutes(6), now));
        Assert.Equal("the time is before 1980", BookingTimes.Problem(new DateTime(1979, 12, 31, 0, 0, 0, DateTimeKind.Utc), now));
    }
}
