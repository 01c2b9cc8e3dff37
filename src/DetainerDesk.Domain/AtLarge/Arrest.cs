using DetainerDesk.Domain.AtLarge.Priorities;

namespace DetainerDesk.Domain.AtLarge;

/// <summary>How the arrest came about, in ICE's own classes (domain brief §3.3). Values are stored; never renumber them.</summary>
public enum ArrestMethod
{
    CapLocalIncarceration = 1,
    CapStateIncarceration = 2,
    CapFederalIncarceration = 3,
    Program287g = 4,
    /// <summary>"Located" / non-custodial: at large in the community.</summary>
    AtLargeLocated = 5,
    ProbationAndParole = 6,
    Other = 7,
}

/// <summary>Where the arrest happened. Values are stored.</summary>
public enum ArrestPlace
{
    Residence = 1,
    PublicPlace = 2,
    Workplace = 3,
    Vehicle = 4,
    Jail = 5,
    Prison = 6,
    Courthouse = 7,
    ProbationOrParoleOffice = 8,
    Other = 9,
}

/// <summary>The DHS criminality class at the enforcement action (domain brief §5.3); numbered as ICE's extracts are.</summary>
public enum ArrestCriminality
{
    ConvictedCriminal = 1,
    PendingCriminalCharges = 2,
    OtherImmigrationViolator = 3,
}

/// <summary>What the officer records about an arrest; the rest (criminality, categories, detainer link) is derived.</summary>
public sealed record ArrestDetails(DateTime ArrestedAtUtc, ArrestPlace Place, ArrestMethod Method, string ProbableCause, string? Note = null);

/// <summary>
/// One arrest, kept for statistics: when, where, how (ICE's classes), the person's criminality at arrest, the NCIC
/// conviction categories (overlapping, never summed) and whether an agency had released the person despite a detainer.
/// </summary>
public sealed class AtLargeArrest
{
    public Guid Id { get; init; }
    public Guid CaseId { get; init; }
    public Guid PersonId { get; init; }
    public Guid FieldOfficeId { get; init; }
    public Guid? TeamId { get; init; }
    public DateTime ArrestedAtUtc { get; init; }
    public ArrestPlace Place { get; init; }
    public ArrestMethod Method { get; init; }
    public ArrestCriminality Criminality { get; init; }
    public ReportedConvictionCategories ConvictionCategories { get; init; }
    public bool ReleasedDespiteDetainer { get; init; }
    /// <summary>The detainer whose release without transfer led to this arrest, if any.</summary>
    public Guid? DetainerId { get; init; }
    /// <summary>What the arrest rests on (a warrant, a final order, a record check) — never a tip.</summary>
    public required string ProbableCause { get; init; }
    public string? Note { get; init; }
    public required string RecordedBy { get; init; }
    public DateTime RecordedAtUtc { get; init; }

    public static ArrestCriminality CriminalityOf(PriorityFacts facts) =>
        facts.Offences.Any(o => o.Kind == OffenceKind.Conviction) ? ArrestCriminality.ConvictedCriminal
        : facts.Offences.Any(o => o.Kind == OffenceKind.PendingCharge) ? ArrestCriminality.PendingCriminalCharges
        : ArrestCriminality.OtherImmigrationViolator;
}
