namespace DetainerDesk.Domain.Detainers;

/// <summary>The kinds of warrant a detainer or a later request may rest on; many local laws key on the difference.</summary>
public enum WarrantKind
{
    /// <summary>I-200 Warrant for Arrest of Alien (administrative, signed by an ICE officer).</summary>
    AdministrativeI200 = 1,
    /// <summary>I-205 Warrant of Removal/Deportation (administrative, needs a final order).</summary>
    AdministrativeI205 = 2,
    JudicialFederal = 3,
    JudicialState = 4,
    Writ = 5,
}

public static class Warrants
{
    public static bool IsAdministrative(WarrantKind kind) => kind is WarrantKind.AdministrativeI200 or WarrantKind.AdministrativeI205;

    public static string Describe(WarrantKind kind) => kind switch
    {
        WarrantKind.AdministrativeI200 => "I-200 Warrant for Arrest of Alien",
        WarrantKind.AdministrativeI205 => "I-205 Warrant of Removal/Deportation",
        WarrantKind.JudicialFederal => "Federal judicial warrant",
        WarrantKind.JudicialState => "State judicial warrant",
        WarrantKind.Writ => "Judicial writ",
    };
}
