using DetainerDesk.Domain.Imports;

namespace DetainerDesk.Domain.People;

/// <summary>Why a person left a facility on a booking. Values are stored; never renumber them.</summary>
public enum BookingReleaseReason
{
    Other = 0,
    /// <summary>Released on bail or bond.</summary>
    Bond = 1,
    /// <summary>Released on own recognizance, citation or pretrial supervision.</summary>
    OwnRecognizance = 2,
    /// <summary>Charges dropped, dismissed or not filed.</summary>
    ChargesDropped = 3,
    /// <summary>Sentence served (time served included).</summary>
    SentenceServed = 4,
    /// <summary>Released by a court's order (acquittal included).</summary>
    CourtOrder = 5,
    /// <summary>Handed to ICE custody.</summary>
    TransferredToIce = 6,
    /// <summary>Handed to another agency (another jail, a state prison, the US Marshals).</summary>
    TransferredToOtherAgency = 7,
    /// <summary>Died in custody.</summary>
    Died = 8,
}

/// <summary>The words jail records systems use for release reasons, compared on letters and digits only.</summary>
public static class BookingReleaseReasons
{
    private static readonly Dictionary<string, BookingReleaseReason> Words = Build(
        (BookingReleaseReason.Bond, ["Bond", "Bail", "Bonded", "Bailed", "Cash Bond", "Surety Bond", "Posted Bond"]),
        (BookingReleaseReason.OwnRecognizance, ["Own Recognizance", "OR", "ROR", "Released on Recognizance", "Personal Recognizance", "PR", "Citation", "Cited", "Pretrial Release", "Pretrial Supervision"]),
        (BookingReleaseReason.ChargesDropped, ["Charges Dropped", "Dropped", "Dismissed", "Charges Dismissed", "No Charges Filed", "Not Charged", "Nolle Prosequi"]),
        (BookingReleaseReason.SentenceServed, ["Sentence Served", "Time Served", "Sentence Complete", "Sentence Completed", "Served"]),
        (BookingReleaseReason.CourtOrder, ["Court Order", "Court Ordered", "Judge Order", "Acquitted", "Found Not Guilty"]),
        (BookingReleaseReason.TransferredToIce, ["ICE", "Transferred to ICE", "Released to ICE", "ICE Custody", "To ICE", "Immigration"]),
        (BookingReleaseReason.TransferredToOtherAgency, ["Transferred", "Transfer", "Other Agency", "Transferred to Other Agency", "Released to Other Agency", "DOC", "Department of Corrections", "State Prison", "US Marshals", "USMS"]),
        (BookingReleaseReason.Died, ["Died", "Deceased", "Death"]),
        (BookingReleaseReason.Other, ["Other"]));

    /// <summary>The accepted words, for messages and documentation.</summary>
    public static IEnumerable<string> Names => Enum.GetNames<BookingReleaseReason>();

    /// <summary>Why a release reason is refused: missing, or a word we do not know (never guessed).</summary>
    public static string Refusal(string? value) => string.IsNullOrWhiteSpace(value)
        ? "a release without its reason; give both or neither"
        : $"not a release reason we know ({string.Join(", ", Names)}, or the words in docs/jail-bookings.md)";

    /// <summary>The reason a word (or the enum name) stands for; null when it is none we know.</summary>
    public static BookingReleaseReason? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        return Words.TryGetValue(Vocabulary.Key(value), out var reason) ? reason : null;
    }

    private static Dictionary<string, BookingReleaseReason> Build(params (BookingReleaseReason Reason, string[] Words)[] groups)
    {
        var map = new Dictionary<string, BookingReleaseReason>(StringComparer.Ordinal);
        foreach (var (reason, words) in groups)
        {
            map[Vocabulary.Key(reason.ToString())] = reason;
            foreach (var word in words) map[Vocabulary.Key(word)] = reason;
        }
        return map;
    }
}
