using DetainerDesk.Data.Policies;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.People;
using DetainerDesk.Domain.Policies;

namespace DetainerDesk.Data.Seeding;

/// <summary>
/// One booking of a synthetic person and the detainer lodged on it, taken as far through its life as it got before the
/// anchor. <see cref="NewPerson"/> is null when the booking reuses the person record of an earlier booking at the same
/// agency. <see cref="Law"/> is the policy decision on the lodging day, stored as <see cref="Evaluation"/> says.
/// </summary>
public sealed record DemoAppearance(Person? NewPerson, Booking Booking, Detainer Detainer, DemoSite Site, PolicyDecision Law,
    DemoEvaluation Evaluation);

/// <summary>
/// The deterministic synthetic demo data: the same seed, scale and anchor always give the same organisations,
/// people, bookings, charges and detainers, ids included. Nothing here reads the clock except to keep the anchor
/// out of the future (<see cref="DemoCalendar.ChooseAnchor"/>). Detainers are produced as a stream, one synthetic
/// identity at a time, so even the national scale needs memory only for the batch being saved.
/// </summary>
public sealed class DemoDataGenerator
{
    public const int SmallDetainers = 2_500;
    public const int NationalDetainersPerYear = 160_000;

    /// <param name="engine">The engine to evaluate each detainer's law with; the seeder passes the database's active rule book.</param>
    public DemoDataGenerator(int seed, SeedScale scale, TimeProvider clock, DateOnly? anchor = null, PolicyEngine? engine = null)
    {
        Engine = engine ?? PolicyEngine.Default;
        Seed = seed;
        Scale = scale;
        Calendar = new DemoCalendar(DemoCalendar.ChooseAnchor(anchor, clock), scale == SeedScale.Small ? 3 : 10);
        TargetDetainers = scale == SeedScale.Small ? SmallDetainers : NationalDetainersPerYear * Calendar.FiscalYears.Count;
        World = DemoWorld.Create(new DemoRandom(seed));
        Accounts = DemoAccounts.Plan(seed);
    }

    public int Seed { get; }
    public SeedScale Scale { get; }
    public DemoCalendar Calendar { get; }
    public int TargetDetainers { get; }
    public DemoWorld World { get; }
    public IReadOnlyList<DemoAccountPlan> Accounts { get; }
    public PolicyEngine Engine { get; }

    /// <summary>
    /// Every booking with its detainer, in a fixed order. Each call starts again from the seed, so enumerating twice
    /// gives the same sequence. <paramref name="limit"/> stops early (dry runs).
    /// </summary>
    public IEnumerable<DemoAppearance> Appearances(int? limit = null)
    {
        var total = Math.Min(limit ?? TargetDetainers, TargetDetainers);
        // A stream of its own, so the world's ids do not shift when the people change and vice versa.
        var random = new DemoRandom(unchecked(Seed * 31 + 0x5EED));
        var people = new DemoPeople(Seed, new PersonNameFactory(CensusSurnames.Cached));
        var bookings = new DemoBookings();
        // The lives after lodging draw from a third stream: lodging, people and ids stay as they were whatever the outcomes do.
        var lives = new DemoRandom(unchecked(Seed * 37 + 0x0C7C0E));
        var actors = new DemoActors(Accounts);
        var detainers = new DemoDetainers(Calendar, actors);
        var outcomes = new DemoOutcomes(Calendar, actors);
        var sites = World.SitePicker();

        var emitted = 0;
        for (var index = 0; emitted < total; index++)
        {
            var days = BookingDays(random);
            if (days.Count == 0) continue; // booked only before the window
            var identity = people.NewIdentity(random, index, days[0]);
            Person? record = null;
            DemoSite? lastSite = null;
            foreach (var day in days)
            {
                if (emitted == total) yield break;
                // People are mostly re-arrested where they live; sometimes elsewhere.
                var site = lastSite is not null && random.Chance(0.7) ? lastSite : sites.Pick(random);
                var newRecord = NewRecordFor(random, identity, record, sameAgency: site.Agency.Id == lastSite?.Agency.Id);
                record = newRecord ?? record!;
                lastSite = site;

                var lodgedAt = Calendar.LocalToUtc(day, DemoCalendar.RandomMinuteOfDay(random), site.Facility.TimeZone);
                var booking = bookings.Book(random, site, record, lodgedAt.AddMinutes(-BookingToLodgingMinutes(random, site)));
                var detainer = detainers.Lodge(random, site, record, booking, lodgedAt);
                var law = Engine.Evaluate(DemoPolicy.Inputs(site, detainer, booking));
                var evaluation = new DemoEvaluation(lives.NextGuid(), PolicyEvaluationOccasion.Lodged, lodgedAt, detainer.LodgedByUserId, "Lodged");
                outcomes.Drive(lives, site, detainer, booking, law);
                emitted++;
                yield return new DemoAppearance(newRecord, booking, detainer, site, law, evaluation);
            }
        }
    }

    /// <summary>
    /// The first booking's record is written as the identity's name and carries the A-number. A re-booking at the
    /// same agency usually finds that record again; otherwise a new record is made, most often with a spelling
    /// variant (accents dropped, a surname dropped or moved, a nickname…), as real records of one person differ.
    /// </summary>
    private static Person? NewRecordFor(DemoRandom random, SyntheticIdentity identity, Person? previous, bool sameAgency)
    {
        if (previous is null) return DemoPeople.Record(random, identity, identity.Name, withANumber: true);
        if (sameAgency && random.Chance(0.75)) return null;
        var spelling = random.Chance(0.75) ? NameVariants.Vary(random, identity.Name, identity.GivenName) : identity.Name;
        return DemoPeople.Record(random, identity, spelling, withANumber: false);
    }

    private const int MaxGapDays = 600, MaxBookings = 4;

    /// <summary>
    /// Most people are booked once; many again, months or years later (re-arrests are common). A person's first
    /// booking may lie before the window: only the bookings inside it are kept. Starting people that early keeps the
    /// number of detainers level across the years instead of rising as re-bookings pile up towards the end.
    /// </summary>
    private List<DateOnly> BookingDays(DemoRandom random)
    {
        var roll = random.NextDouble();
        var count = roll < 0.60 ? 1 : roll < 0.85 ? 2 : roll < 0.95 ? 3 : MaxBookings;
        var lead = MaxGapDays * (MaxBookings - 1);
        var day = Calendar.FirstDay.AddDays(random.Next(Calendar.Days + lead) - lead);
        var days = new List<DateOnly>(count);
        for (var i = 0; i < count && day <= Calendar.LastDay; i++, day = day.AddDays(random.Between(30, MaxGapDays)))
            if (day >= Calendar.FirstDay) days.Add(day);
        return days;
    }

    /// <summary>ICE usually lodges within hours or days of the booking; prisons receive detainers on people held for months.</summary>
    private static int BookingToLodgingMinutes(DemoRandom random, DemoSite site) =>
        site.Plan.IsStatePrison && random.Chance(0.7)
            ? random.Between(30, 700) * 24 * 60
            : random.SkewedMinutes(60, 12 * 60, 30 * 24 * 60);
}
