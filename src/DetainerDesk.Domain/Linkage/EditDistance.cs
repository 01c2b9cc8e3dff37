namespace DetainerDesk.Domain.Linkage;

/// <summary>Small edit tests for codes typed by hand (dates, postcodes, identifiers), where one key slip is common.</summary>
public static class EditDistance
{
    /// <summary>True when the strings differ by exactly one substituted character or one swap of neighbours.</summary>
    public static bool IsOneSlip(string a, string b)
    {
        if (a.Length != b.Length || a == b) return false;
        int first = -1, second = -1, count = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i]) continue;
            if (++count > 2) return false;
            if (first < 0) first = i; else second = i;
        }
        return count == 1 || (second == first + 1 && a[first] == b[second] && a[second] == b[first]);
    }
}
