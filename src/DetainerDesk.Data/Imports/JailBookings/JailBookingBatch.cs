using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Data.Imports.JailBookings;

/// <summary>
/// The bookings and persons a batch's rows can name, loaded when the batch starts in one query each (the bookings by
/// facility + booking number, with their charges; then the persons of those bookings and every person holding one of
/// the rows' identifiers), and kept current as rows add bookings, persons and identifiers. The writer then decides
/// each row without a round trip, exactly as a look-up would: the database can hold nothing the batch names that is
/// not here, and what the batch changed is here as it now stands (identifiers are only ever added, never replaced).
/// </summary>
public sealed class JailBookingBatch
{
    private readonly Dictionary<(Guid FacilityId, string Number), Booking?> _bookings = [];
    private readonly Dictionary<string, List<Person>> _byANumber = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Person>> _byFbiNumber = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Person>> _byStateId = new(StringComparer.Ordinal);
    private readonly HashSet<string> _aNumbers = new(StringComparer.Ordinal), _fbiNumbers = new(StringComparer.Ordinal), _stateIds = new(StringComparer.Ordinal);

    private JailBookingBatch() { }

    public static async Task<JailBookingBatch> LoadAsync(AppDbContext db, IReadOnlyCollection<JailBookingRow> rows, CancellationToken ct)
    {
        var batch = new JailBookingBatch();
        foreach (var row in rows)
        {
            batch._bookings[(row.Facility.Id, row.BookingNumber)] = null;
            if (row.Identifiers.ANumber is { } a) batch._aNumbers.Add(a);
            if (row.Identifiers.FbiNumber is { } f) batch._fbiNumbers.Add(f);
            if (row.Identifiers.StateId is { } s) batch._stateIds.Add(s);
        }
        if (rows.Count == 0) return batch;

        var facilityIds = rows.Select(r => r.Facility.Id).Distinct().ToList();
        var numbers = rows.Select(r => r.BookingNumber).Distinct(StringComparer.Ordinal).ToList();
        var bookings = await db.Bookings.Include(b => b.Charges)
            .Where(b => facilityIds.Contains(b.FacilityId) && numbers.Contains(b.BookingNumber)).ToListAsync(ct);
        foreach (var booking in bookings)
            if (batch._bookings.ContainsKey((booking.FacilityId, booking.BookingNumber))) batch._bookings[(booking.FacilityId, booking.BookingNumber)] = booking;

        var personIds = bookings.Select(b => b.PersonId).Distinct().ToList();
        var (aNumbers, fbiNumbers, stateIds) = (batch._aNumbers.ToList(), batch._fbiNumbers.ToList(), batch._stateIds.ToList());
        var persons = await db.Persons
            .Where(p => personIds.Contains(p.Id) || (p.ANumber != null && aNumbers.Contains(p.ANumber))
                || (p.FbiNumber != null && fbiNumbers.Contains(p.FbiNumber)) || (p.StateId != null && stateIds.Contains(p.StateId)))
            .ToListAsync(ct);
        foreach (var person in persons) batch.Track(person);
        return batch;
    }

    /// <summary>The booking with this facility and number, recorded or added by the batch; null when there is none.</summary>
    public Booking? Booking(JailBookingRow row) =>
        _bookings.TryGetValue((row.Facility.Id, row.BookingNumber), out var booking) ? booking
            : throw new InvalidOperationException($"Line {row.Line} was not in the batch loaded for it.");

    public void Added(Booking booking) => _bookings[(booking.FacilityId, booking.BookingNumber)] = booking;

    /// <summary>The persons holding any of these identifiers, as they stand in the batch.</summary>
    public List<Person> Candidates(StrongIdentifiers ids)
    {
        if ((ids.ANumber is { } a && !_aNumbers.Contains(a)) || (ids.FbiNumber is { } f && !_fbiNumbers.Contains(f)) || (ids.StateId is { } s && !_stateIds.Contains(s)))
            throw new InvalidOperationException("Identifiers not in the batch loaded for them.");
        var candidates = new List<Person>();
        void From(Dictionary<string, List<Person>> index, string? key)
        {
            if (key is null || !index.TryGetValue(key, out var holders)) return;
            foreach (var p in holders)
                if (!candidates.Contains(p)) candidates.Add(p);
        }
        From(_byANumber, ids.ANumber);
        From(_byFbiNumber, ids.FbiNumber);
        From(_byStateId, ids.StateId);
        return candidates;
    }

    /// <summary>Indexes a person of the batch by the identifiers it holds now; call again after giving it one.</summary>
    public void Track(Person person)
    {
        Index(_byANumber, person.ANumber, person);
        Index(_byFbiNumber, person.FbiNumber, person);
        Index(_byStateId, person.StateId, person);
    }

    private static void Index(Dictionary<string, List<Person>> index, string? key, Person person)
    {
        if (key is null) return;
        if (!index.TryGetValue(key, out var holders)) index[key] = holders = [];
        if (!holders.Contains(person)) holders.Add(person);
    }
}
