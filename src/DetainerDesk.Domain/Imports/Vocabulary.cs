using System.Text;

namespace DetainerDesk.Domain.Imports;

/// <summary>How released vocabulary values are compared: letters and digits only, upper case, so "Lifted - Lack of Funds" and "LIFTED-LACK OF FUNDS" match.</summary>
public static class Vocabulary
{
    public static string Key(string value)
    {
        var key = new StringBuilder(value.Length);
        foreach (var c in value)
            if (char.IsAsciiLetterOrDigit(c)) key.Append(char.ToUpperInvariant(c));
        return key.ToString();
    }
}
