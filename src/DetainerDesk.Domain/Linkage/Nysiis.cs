using System.Text;

namespace DetainerDesk.Domain.Linkage;

/// <summary>
/// NYSIIS phonetic code (New York State Identification and Intelligence System, Taft 1970) — designed for exactly
/// this work, matching criminal-history names that are spelt by ear. Original rules, no length cut, so that long
/// compound names keep their distinguishing tail. Input is a folded name; spaces are ignored.
/// </summary>
public static class Nysiis
{
    public static string Encode(string folded)
    {
        var letters = new List<char>(folded.Length);
        foreach (var c in folded) if (c is >= 'A' and <= 'Z') letters.Add(c);
        if (letters.Count == 0) return "";
        var name = new string([.. letters]);

        name = ReplaceStart(name);
        name = ReplaceEnd(name);
        var chars = name.ToCharArray();
        var key = new StringBuilder(chars.Length);
        key.Append(chars[0]);
        for (var i = 1; i < chars.Length; i++)
        {
            var c = chars[i];
            var next = i + 1 < chars.Length ? chars[i + 1] : '\0';
            if (c == 'E' && next == 'V') { chars[i] = 'A'; chars[i + 1] = 'F'; }
            else if (IsVowel(c)) chars[i] = 'A';
            else if (c == 'Q') chars[i] = 'G';
            else if (c == 'Z') chars[i] = 'S';
            else if (c == 'M') chars[i] = 'N';
            else if (c == 'K') chars[i] = next == 'N' ? 'N' : 'C';
            else if (c == 'S' && next == 'C' && i + 2 < chars.Length && chars[i + 2] == 'H')
            { chars[i] = chars[i + 1] = chars[i + 2] = 'S'; }
            else if (c == 'P' && next == 'H') { chars[i] = chars[i + 1] = 'F'; }
            else if (c == 'H' && (!IsVowel(chars[i - 1]) || (next != '\0' && !IsVowel(next)))) chars[i] = chars[i - 1];
            else if (c == 'W' && IsVowel(chars[i - 1])) chars[i] = chars[i - 1];
            if (chars[i] != key[^1]) key.Append(chars[i]);
        }
        if (key.Length > 1 && key[^1] == 'S') key.Length--;
        if (key.Length > 2 && key[^2] == 'A' && key[^1] == 'Y') { key.Length -= 2; key.Append('Y'); }
        if (key.Length > 1 && key[^1] == 'A') key.Length--;
        return key.ToString();
    }

    private static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U';

    private static string ReplaceStart(string name) =>
        name.StartsWith("MAC", StringComparison.Ordinal) ? "MCC" + name[3..]
        : name.StartsWith("KN", StringComparison.Ordinal) ? "NN" + name[2..]
        : name.StartsWith('K') ? "C" + name[1..]
        : name.StartsWith("PH", StringComparison.Ordinal) || name.StartsWith("PF", StringComparison.Ordinal) ? "FF" + name[2..]
        : name.StartsWith("SCH", StringComparison.Ordinal) ? "SSS" + name[3..]
        : name;

    private static string ReplaceEnd(string name)
    {
        if (name.Length < 2) return name;
        var end = name[^2..];
        return end switch
        {
            "EE" or "IE" => name[..^2] + "Y",
            "DT" or "RT" or "RD" or "NT" or "ND" => name[..^2] + "D",
            _ => name,
        };
    }
}
