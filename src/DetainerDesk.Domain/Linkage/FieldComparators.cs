namespace DetainerDesk.Domain.Linkage;

/// <summary>Levels for the fields other than names. Each returns <see cref="LinkFieldLevels.Missing"/> when a side is empty.</summary>
public static class FieldComparators
{
    private const int Missing = LinkFieldLevels.Missing;

    public static int Exact(string a, string b) => a.Length == 0 || b.Length == 0 ? Missing : a == b ? 0 : 1;

    public static int Place(string a, string b) =>
        a.Length == 0 || b.Length == 0 ? Missing : a == b ? 0 : JaroWinkler.Similarity(a, b) >= 0.88 ? 1 : 2;

    public static int Code(string a, string b) =>
        a.Length == 0 || b.Length == 0 ? Missing : a == b ? 0 : EditDistance.IsOneSlip(a, b) ? 1 : 2;

    public static int Email(PreparedPerson a, PreparedPerson b) =>
        a.Email.Length == 0 || b.Email.Length == 0 ? Missing
        : a.Email == b.Email ? 0
        : a.EmailUser.Length > 0 && JaroWinkler.Similarity(a.EmailUser, b.EmailUser) >= 0.88 ? 1 : 2;

    /// <summary>exact, day/month swapped, one digit slipped (typo or neighbours swapped), year off by one, different.</summary>
    public static int BirthDate(BirthDate? a, BirthDate? b)
    {
        if (a is null || b is null) return Missing;
        var x = a.Digits;
        var y = b.Digits;
        if (x == y) return 0;
        if (Same(x, y, 0, 0, 4) && Same(x, y, 4, 6, 2) && Same(x, y, 6, 4, 2)) return 1;
        if (EditDistance.IsOneSlip(x, y)) return 2;
        if (Same(x, y, 4, 4, 4) && Math.Abs(a.Year - b.Year) == 1) return 3;
        return 4;
    }

    private static bool Same(string x, string y, int xFrom, int yFrom, int length) =>
        x.AsSpan(xFrom, length).SequenceEqual(y.AsSpan(yFrom, length));
}
