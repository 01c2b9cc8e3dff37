namespace DetainerDesk.Domain.Imports;

/// <summary>
/// The offence groups statistics report convictions in (domain brief, "Statistics the product must be able to
/// produce", and §5.5), as far as a record's NCIC category names them. Stored as bits; never renumber them.
/// An NCIC category names a group of codes (hundreds), so two groups cannot be told from categories alone:
/// driving under the influence (codes 5403/5404 inside "Traffic Offenses") and offences involving a minor (no single
/// range). Records give <see cref="Traffic"/> for the first, as an upper bound, and nothing for the second.
/// </summary>
[Flags]
public enum ConvictionCategories
{
    None = 0,
    /// <summary>NCIC 09xx, "Homicide" (murder and manslaughter).</summary>
    Homicide = 1,
    /// <summary>NCIC 11xx "Sexual Assault" and 36xx "Sex Offenses (Not Involving Assault or Commercialized Sex)".</summary>
    SexOffence = 2,
    /// <summary>NCIC 35xx, "Dangerous Drugs".</summary>
    DangerousDrugs = 4,
    /// <summary>NCIC 54xx, "Traffic Offenses", which holds DUI (5403, 5404) among other traffic offences.</summary>
    Traffic = 8,
    /// <summary>NCIC 10xx, "Kidnapping".</summary>
    Kidnapping = 16,
    /// <summary>NCIC 03xx, "Immigration" (illegal entry, re-entry, smuggling of people).</summary>
    Immigration = 32,
    /// <summary>Any other category, including ICE's "IIDS ETL NULL" (a charge recorded without its category).</summary>
    Other = 64,
}

public static class NcicCategories
{
    /// <summary>The group of a released NCIC category name; <see cref="ConvictionCategories.Other"/> for any other.</summary>
    public static ConvictionCategories Of(string category) => Vocabulary.Key(category) switch
    {
        "HOMICIDE" => ConvictionCategories.Homicide,
        "SEXUALASSAULT" or "SEXOFFENSESNOTINVOLVINGASSAULTORCOMMERCIALIZEDSEX" or "SEXOFFENSES" => ConvictionCategories.SexOffence,
        "DANGEROUSDRUGS" => ConvictionCategories.DangerousDrugs,
        "TRAFFICOFFENSES" => ConvictionCategories.Traffic,
        "KIDNAPPING" => ConvictionCategories.Kidnapping,
        "IMMIGRATION" => ConvictionCategories.Immigration,
        _ => ConvictionCategories.Other,
    };
}
