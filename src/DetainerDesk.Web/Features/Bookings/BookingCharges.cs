using DetainerDesk.Domain.People;

namespace DetainerDesk.Web.Features.Bookings;

/// <summary>Charge numbers as the jail-bookings export's <c>charge_seq</c> has them: optional, 1–999, each once per booking.</summary>
public static class BookingCharges
{
    public static string? SequenceProblem(IReadOnlyList<ChargeRequest?> charges, int index)
    {
        if (charges[index]?.Sequence is not { } sequence) return null;
        if (sequence is < 1 or > Charge.MaxSequence) return $"A charge number is a whole number from 1 to {Charge.MaxSequence}.";
        for (var i = 0; i < index; i++)
            if (charges[i]?.Sequence == sequence) return $"Charge number {sequence} is given twice; each charge of a booking has its own number.";
        return null;
    }
}
