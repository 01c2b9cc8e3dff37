namespace DetainerDesk.Domain.People;

/// <summary>
/// The strong identifiers a booking may carry (A-number, FBI number, state SID), in their stored form. Only these
/// link a new booking to a known person: names and dates of birth vary too much between records to decide alone.
/// </summary>
public sealed record StrongIdentifiers(string? ANumber, string? FbiNumber, string? StateId)
{
    public bool Any => ANumber is not null || FbiNumber is not null || StateId is not null;

    /// <summary>Which identifiers of <paramref name="known"/> disagree with these (both present, different); empty when they fit.</summary>
    public IReadOnlyList<string> ConflictsWith(Person known)
    {
        var conflicts = new List<string>();
        if (ANumber is not null && known.ANumber is not null && known.ANumber != ANumber) conflicts.Add("A-number");
        if (FbiNumber is not null && known.FbiNumber is not null && known.FbiNumber != FbiNumber) conflicts.Add("FBI number");
        if (StateId is not null && known.StateId is not null && known.StateId != StateId) conflicts.Add("state SID");
        return conflicts;
    }

    /// <summary>Fills in the identifiers the known person lacks; never overwrites one.</summary>
    public void CompleteMissing(Person known)
    {
        known.ANumber ??= ANumber;
        known.FbiNumber ??= FbiNumber;
        known.StateId ??= StateId;
    }
}

/// <summary>FBI numbers (UCN) and state SIDs as systems send them: letters and digits, with spaces or dashes at times.</summary>
public static class RecordNumber
{
    public const int MaxLength = 20;

    public static bool TryNormalise(string? input, out string normalised)
    {
        normalised = "";
        if (string.IsNullOrWhiteSpace(input)) return false;
        var compact = new string([.. input.Where(c => c is not (' ' or '-'))]).ToUpperInvariant();
        if (compact.Length is 0 or > MaxLength || !compact.All(char.IsAsciiLetterOrDigit)) return false;
        normalised = compact;
        return true;
    }
}
