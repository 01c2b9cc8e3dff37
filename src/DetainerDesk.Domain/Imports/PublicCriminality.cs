namespace DetainerDesk.Domain.Imports;

/// <summary>
/// The DHS criminality category recorded at the enforcement action (domain brief §5.3). Releases write it as text
/// ("Convicted Criminal") or numbered ("1 Convicted Criminal"). Values are stored; never renumber them.
/// </summary>
public enum PublicCriminality
{
    Unmapped = 0,
    ConvictedCriminal = 1,
    PendingCriminalCharges = 2,
    OtherImmigrationViolator = 3,
}

public static class PublicCriminalities
{
    /// <summary>Null for a blank value (not recorded, which is not "no criminal history"); Unmapped for text we do not know.</summary>
    public static PublicCriminality? Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var key = Vocabulary.Key(raw).TrimStart('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
        return key switch
        {
            "CONVICTEDCRIMINAL" => PublicCriminality.ConvictedCriminal,
            "PENDINGCRIMINALCHARGES" => PublicCriminality.PendingCriminalCharges,
            "OTHERIMMIGRATIONVIOLATOR" => PublicCriminality.OtherImmigrationViolator,
            _ => PublicCriminality.Unmapped,
        };
    }
}
