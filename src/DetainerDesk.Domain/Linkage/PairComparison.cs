namespace DetainerDesk.Domain.Linkage;

/// <summary>What the strong identifiers say about a pair, before any probability.</summary>
public enum StrongVerdict { Silent, SameIdentifier, DifferentIdentifier }

/// <summary>
/// The comparison vector of one pair: a level per <see cref="LinkField"/> packed four bits each
/// (<see cref="LinkFieldLevels.Missing"/> when either side lacks the field), plus what the term-frequency adjustment
/// and the explanation need.
/// </summary>
public readonly record struct PairComparison(ulong Vector, StrongVerdict Strong, StrongIdentifierKind? StrongKind, bool NamesSwapped, double SharedSurnameShare)
{
    public int Level(LinkField field) => (int)((Vector >> (4 * (int)field)) & 0xF);

    public static ulong Pack(ReadOnlySpan<int> levels)
    {
        ulong v = 0;
        for (var f = 0; f < levels.Length; f++) v |= (ulong)levels[f] << (4 * f);
        return v;
    }

    public static PairComparison Compare(PreparedPerson a, PreparedPerson b)
    {
        Span<int> levels = stackalloc int[LinkFieldLevels.All.Length];
        var (given, surname, swapped) = NameComparator.Compare(a, b);
        levels[(int)LinkField.GivenName] = given;
        levels[(int)LinkField.Surname] = surname;
        levels[(int)LinkField.BirthDate] = FieldComparators.BirthDate(a.BirthDate, b.BirthDate);
        levels[(int)LinkField.Sex] = FieldComparators.Exact(a.Sex, b.Sex);
        levels[(int)LinkField.Country] = FieldComparators.Exact(a.Country, b.Country);
        levels[(int)LinkField.Birthplace] = FieldComparators.Place(a.Birthplace, b.Birthplace);
        levels[(int)LinkField.Street] = FieldComparators.Place(a.Street, b.Street);
        levels[(int)LinkField.City] = FieldComparators.Place(a.City, b.City);
        levels[(int)LinkField.Postcode] = FieldComparators.Code(a.Postcode, b.Postcode);
        levels[(int)LinkField.State] = FieldComparators.Exact(a.State, b.State);
        levels[(int)LinkField.Email] = FieldComparators.Email(a, b);
        levels[(int)LinkField.OtherId] = FieldComparators.Code(a.OtherId, b.OtherId);

        var (verdict, kind) = CompareStrong(a, b);
        // The term-frequency adjustment needs how common the agreed surname is; the larger share of the two sides is
        // the cautious choice (and keeps the score symmetric).
        var share = surname == 0 ? Math.Max(swapped ? a.GivenShareAsSurname : a.SurnameShare, swapped ? b.GivenShareAsSurname : b.SurnameShare) : 0;
        return new PairComparison(Pack(levels), verdict, kind, swapped, share);
    }

    private static (StrongVerdict, StrongIdentifierKind?) CompareStrong(PreparedPerson a, PreparedPerson b)
    {
        (StrongVerdict, StrongIdentifierKind?) result = (StrongVerdict.Silent, null);
        for (var k = 0; k < a.Strong.Length; k++)
        {
            if (a.Strong[k] is not { } x || b.Strong[k] is not { } y) continue;
            // Two different identifiers of one kind always win over an agreement of another kind.
            if (x != y) return (StrongVerdict.DifferentIdentifier, (StrongIdentifierKind)k);
            result = (StrongVerdict.SameIdentifier, (StrongIdentifierKind)k);
        }
        return result;
    }
}
