using System.Globalization;
using System.Text;

namespace DetainerDesk.Domain.Linkage;

/// <summary>
/// Text folding for names and places: the same person is written "García-López", "GARCIA LOPEZ" and "garcia  lopez"
/// by different jails, so every comparison starts from upper case, no accents, words separated by single spaces.
/// </summary>
public static class NameText
{
    /// <summary>Upper case, accents removed (Ñ → N, Ç → C), hyphens and punctuation → space, apostrophes dropped
    /// (O'Neil → ONEIL), single spaces. Idempotent: Fold(Fold(x)) == Fold(x).</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            if (c is '\'' or '’' or '`' or '´') continue;
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0) sb.Append(' ');
                pendingSpace = false;
                sb.Append(FoldLetter(char.ToUpperInvariant(c)));
            }
            else pendingSpace = true;
        }
        return sb.ToString();
    }

    // Letters that FormD does not decompose but that people type either way.
    private static char FoldLetter(char c) => c switch
    {
        'Ø' => 'O',
        'Đ' => 'D',
        'Ł' => 'L',
        'ß' => 'S',
        'Æ' => 'A',
        'Œ' => 'O',
        _ => c,
    };

    /// <summary>Words of a folded text.</summary>
    public static string[] Words(string folded) =>
        folded.Length == 0 ? [] : folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
