namespace DetainerDesk.Domain.Imports;

/// <summary>
/// The "Detainer Lift Reason" of ICE's public detainer releases (ERO LESA). Values are stored; never renumber them.
/// A blank lift reason means the detainer was still open, or the end was not recorded; it is stored as null, never
/// as a reason.
/// </summary>
public enum PublicLiftReason
{
    /// <summary>A value we do not know; the original text is kept beside it.</summary>
    Unmapped = 0,
    BookedIntoDetention = 1,
    DeclinedByLea = 2,
    Lifted = 3,
    CaseClosed = 4,
    ProsecutorialDiscretion = 5,
    Transferred = 6,
    EarlyRelease = 7,
    NotSubjectToDeportation = 8,
    UsCitizenInterviewed = 9,
    LiftedLackOfFunds = 10,
    LiftedLackOfSpace = 11,
    Died = 12,
}

public static class PublicLiftReasons
{
    // Keys are compared after Vocabulary.Key: case, spacing and punctuation differences between releases do not matter.
    private static readonly Dictionary<string, PublicLiftReason> ByText = new(StringComparer.Ordinal)
    {
        [Vocabulary.Key("Booked into Detention")] = PublicLiftReason.BookedIntoDetention,
        [Vocabulary.Key("Detainer Declined by LEA")] = PublicLiftReason.DeclinedByLea,
        [Vocabulary.Key("Lifted")] = PublicLiftReason.Lifted,
        [Vocabulary.Key("Case Closed")] = PublicLiftReason.CaseClosed,
        [Vocabulary.Key("Prosecutorial Discretion")] = PublicLiftReason.ProsecutorialDiscretion,
        [Vocabulary.Key("Transferred")] = PublicLiftReason.Transferred,
        [Vocabulary.Key("Early Release")] = PublicLiftReason.EarlyRelease,
        [Vocabulary.Key("Alien Not Subject to Deportation")] = PublicLiftReason.NotSubjectToDeportation,
        [Vocabulary.Key("United States Citizen Interviewed")] = PublicLiftReason.UsCitizenInterviewed,
        [Vocabulary.Key("Lifted - Lack of Funds")] = PublicLiftReason.LiftedLackOfFunds,
        [Vocabulary.Key("Lifted - Lack of Space")] = PublicLiftReason.LiftedLackOfSpace,
        [Vocabulary.Key("Died")] = PublicLiftReason.Died,
    };

    /// <summary>The reason for a released value: null for a blank (open or not recorded), Unmapped for text we do not know.</summary>
    public static PublicLiftReason? Parse(string? raw) =>
        string.IsNullOrWhiteSpace(raw) ? null
        : ByText.TryGetValue(Vocabulary.Key(raw), out var reason) ? reason
        : PublicLiftReason.Unmapped;

    public static string Describe(PublicLiftReason reason) => reason switch
    {
        PublicLiftReason.Unmapped => "Other (see original value)",
        PublicLiftReason.BookedIntoDetention => "Booked into ICE detention",
        PublicLiftReason.DeclinedByLea => "Declined by the law-enforcement agency",
        PublicLiftReason.Lifted => "Lifted",
        PublicLiftReason.CaseClosed => "Case closed",
        PublicLiftReason.ProsecutorialDiscretion => "Prosecutorial discretion",
        PublicLiftReason.Transferred => "Transferred",
        PublicLiftReason.EarlyRelease => "Early release",
        PublicLiftReason.NotSubjectToDeportation => "Not subject to deportation",
        PublicLiftReason.UsCitizenInterviewed => "United States citizen interviewed",
        PublicLiftReason.LiftedLackOfFunds => "Lifted – lack of funds",
        PublicLiftReason.LiftedLackOfSpace => "Lifted – lack of space",
        PublicLiftReason.Died => "Died",
    };
}
