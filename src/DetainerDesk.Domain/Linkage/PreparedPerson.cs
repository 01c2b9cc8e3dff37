namespace DetainerDesk.Domain.Linkage;

/// <summary>
/// A <see cref="PersonRecord"/> read once into the forms every comparison needs (folded names, phonetic codes, formal
/// name ids, digit dates, valid strong identifiers), so that scoring a pair allocates nothing.
/// </summary>
public sealed class PreparedPerson
{
    public PersonRecord Record { get; }
    public NameFeatures Given { get; }
    public NameFeatures Surname { get; }
    /// <summary>Every name word (given, middle, surname), to find a surname written in the middle-name field.</summary>
    public string[] AllNameParts { get; }
    public BirthDate? BirthDate { get; }
    public string Sex { get; }
    public string Country { get; }
    public string Birthplace { get; }
    public string Street { get; }
    public string City { get; }
    public string Postcode { get; }
    public string State { get; }
    public string Email { get; }
    public string EmailUser { get; }
    public string OtherId { get; }
    /// <summary>Valid strong identifiers by <see cref="StrongIdentifierKind"/>; null when absent or invalid.</summary>
    public string?[] Strong { get; }
    /// <summary>Share of records with this surname (set by the linker once all records are known).</summary>
    public double SurnameShare { get; internal set; } = SurnameFrequencies.UnlistedShare;
    /// <summary>The same for the given name read as a surname, for pairs whose names were swapped.</summary>
    public double GivenShareAsSurname { get; internal set; } = SurnameFrequencies.UnlistedShare;

    public PreparedPerson(PersonRecord r, Nicknames nicknames)
    {
        Record = r;
        var (given, middle, surname) = SplitNames(r);
        Given = NameFeatures.From(given, nicknames);
        Surname = NameFeatures.From(surname, nicknames);
        AllNameParts = [.. given.Parts, .. middle.Parts, .. surname.Parts];
        BirthDate = Linkage.BirthDate.Parse(r.BirthDate);
        Sex = NormaliseSex(r.Sex);
        Country = NameText.Fold(r.Country);
        Birthplace = NameText.Fold(r.Birthplace);
        Street = NameText.Fold(r.Street);
        City = NameText.Fold(r.City);
        Postcode = NameText.Fold(r.Postcode).Replace(" ", "", StringComparison.Ordinal);
        State = NameText.Fold(r.State);
        Email = (r.Email ?? "").Trim().ToLowerInvariant();
        var at = Email.IndexOf('@', StringComparison.Ordinal);
        EmailUser = at > 0 ? Email[..at] : Email;
        OtherId = NameText.Fold(r.OtherId).Replace(" ", "", StringComparison.Ordinal);
        Strong =
        [
            StrongIdentifiers.Normalise(StrongIdentifierKind.ANumber, r.ANumber),
            StrongIdentifiers.Normalise(StrongIdentifierKind.Fbi, r.Fbi),
            StrongIdentifiers.Normalise(StrongIdentifierKind.Fin, r.Fin),
            StrongIdentifiers.Normalise(StrongIdentifierKind.StateSid, r.StateSid),
        ];
    }

    private static (PersonName Given, PersonName Middle, PersonName Surname) SplitNames(PersonRecord r)
    {
        var given = PersonName.From(r.Given);
        var middle = PersonName.From(r.Middle);
        var surname = PersonName.From(r.Surname);
        if (!given.IsEmpty || !surname.IsEmpty || string.IsNullOrWhiteSpace(r.FullName)) return (given, middle, surname);
        var full = r.FullName!;
        var comma = full.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0) return (PersonName.From(full[(comma + 1)..]), PersonName.Empty, PersonName.From(full[..comma]));
        // "Given Surname(s)": which words are surnames is a guess; part-set matching forgives a wrong guess.
        var words = NameText.Words(NameText.Fold(full));
        return words.Length == 1
            ? (PersonName.Empty, PersonName.Empty, PersonName.From(words[0]))
            : (PersonName.From(words[0]), PersonName.Empty, PersonName.From(string.Join(' ', words[1..])));
    }

    private static string NormaliseSex(string? raw) => NameText.Fold(raw) switch
    {
        "M" or "MALE" or "MASCULINO" or "H" or "HOMBRE" or "1" => "M",
        "F" or "FEMALE" or "FEMENINO" or "MUJER" or "2" => "F",
        _ => "",
    };
}

/// <summary>One name field ready for comparison.</summary>
public sealed record NameFeatures(PersonName Name, string Joined, string Code, string FirstPartCode, int[] FormalIds)
{
    public bool IsEmpty => Name.IsEmpty;

    public static NameFeatures From(PersonName name, Nicknames nicknames)
    {
        var joined = name.CoreJoined;
        // The formal-name lookup tries the whole given name ("JOSE MARIA") and then its first word ("JOSE").
        var ids = nicknames.FormalNameIds(name.Core);
        if (ids.Length == 0 && name.Parts.Length > 1) ids = nicknames.FormalNameIds(name.Parts[0]);
        // The first word's code is the blocking key: "GARCIA LOPEZ" and "GARCIA" must meet before they are compared.
        var first = name.Parts.Length > 0 ? Nysiis.Encode(name.Parts[0]) : "";
        return new NameFeatures(name, joined, Nysiis.Encode(joined), first, ids);
    }
}
