namespace DetainerDesk.Data.Seeding;

/// <summary>How much demo data to make.</summary>
public enum SeedScale
{
    /// <summary>About 2,000 people and 2,500 detainers over the last 3 fiscal years: seeds in seconds, for demos and tests.</summary>
    Small,
    /// <summary>About 160,000 detainers a year for 10 fiscal years (1.6 million), the national volume: for load and report tests.</summary>
    National,
}

public sealed record DemoSeedOptions
{
    /// <summary>The generator's seed (configuration <c>Demo:RandomSeed</c>): the same seed gives the same data, ids included.</summary>
    public int Seed { get; init; } = 2026;

    public SeedScale Scale { get; init; } = SeedScale.Small;

    /// <summary>The password of every demo account (configuration <c>Demo:Password</c>); the caller decides it.</summary>
    public required string Password { get; init; }

    /// <summary>Data cover the complete fiscal years before this day; null means <see cref="DemoCalendar.DefaultAnchor"/>.</summary>
    public DateOnly? Anchor { get; init; }

    /// <summary>Used for the audit entry's time, and to keep the anchor from lying in the future.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Detainers (with their people, bookings and charges) saved per round trip; the change tracker is cleared between.</summary>
    public int BatchSize { get; init; } = 5_000;

    /// <summary>Stop after this many detainers (a dry run of a large scale); null for the scale's full volume.</summary>
    public int? DetainerLimit { get; init; }
}

/// <summary>Progress of a seeding run, for a progress bar: <see cref="Done"/> of <see cref="Total"/> in the current stage.</summary>
public readonly record struct SeedProgress(string Stage, long Done, long Total);

/// <param name="Acknowledged">Detainers the receiving agency logged receipt of (whatever happened to them afterwards).</param>
/// <param name="Evaluations">Stored policy evaluations: one per detainer, made at lodging.</param>
/// <param name="Ended">Detainers that reached an end (transferred, released, lifted…), closed or not.</param>
public sealed record DemoSeedCounts(int Organisations, int Facilities, long Persons, long Bookings, long Charges, long Detainers, long Acknowledged,
    long Evaluations, long Ended);

/// <summary>A demo account as shown to whoever runs the demo.</summary>
public sealed record DemoAccount(string Email, string Role, string OrganisationCode, string OrganisationName);

/// <summary>What a seeding run did, or found already done (<see cref="AlreadySeeded"/>).</summary>
public sealed record DemoSeedSummary(bool AlreadySeeded, DemoSeedCounts Counts, IReadOnlyList<DemoAccount> Accounts);
