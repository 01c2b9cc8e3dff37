namespace DetainerDesk.Domain.Linkage;

/// <summary>The fields compared probabilistically. Each has levels from best agreement (0) to disagreement (last).</summary>
public enum LinkField { GivenName, Surname, BirthDate, Sex, Country, Birthplace, Street, City, Postcode, State, Email, OtherId }

/// <summary>Names of the comparison levels of every field, in the order the comparators test them.</summary>
public static class LinkFieldLevels
{
    public const int Missing = 15;

    public static readonly LinkField[] All = Enum.GetValues<LinkField>();

    public static string[] Of(LinkField field) => field switch
    {
        LinkField.GivenName => ["exact", "same formal name (nickname)", "Jaro-Winkler >= 0.92", "shares a name part", "same NYSIIS code", "Jaro-Winkler >= 0.88", "different"],
        LinkField.Surname => ["exact", "shares a name part", "Jaro-Winkler >= 0.92", "same NYSIIS code", "Jaro-Winkler >= 0.88", "different"],
        LinkField.BirthDate => ["exact", "day and month swapped", "one digit slipped", "year off by one", "different"],
        LinkField.Sex or LinkField.Country or LinkField.State => ["exact", "different"],
        LinkField.Birthplace or LinkField.Street or LinkField.City => ["exact", "Jaro-Winkler >= 0.88", "different"],
        LinkField.Postcode or LinkField.OtherId => ["exact", "one character slipped", "different"],
        LinkField.Email => ["exact", "same user name", "different"],
    };

    public static int Count(LinkField field) => Of(field).Length;
}
