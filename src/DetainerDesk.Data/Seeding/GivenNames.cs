using DetainerDesk.Domain.People;

namespace DetainerDesk.Data.Seeding;

/// <summary>The naming traditions the generator draws from: it decides accents, second surnames and nicknames.</summary>
public enum NameCulture { Hispanic, Anglo }

/// <summary>A given name and the other forms the same person's name takes in records (nicknames, anglicised forms).</summary>
public sealed record GivenName(string Name, Sex Sex, NameCulture Culture, IReadOnlyList<string> OtherForms);

/// <summary>
/// Our own list of common given names (about 150), male and female, Spanish and English. The other forms are the
/// hypocorisms and anglicised forms that show up when the same person is booked again (José → Pepe, Jesús → Chuy,
/// Guillermo → Memo or William), which an English-centric nickname list lacks. Accent-free spellings (José → Jose)
/// are not listed: <see cref="SurnameSpelling.WithoutAccents"/> derives them.
/// </summary>
public static class GivenNames
{
    public static readonly IReadOnlyList<GivenName> All =
    [
        .. Hispanic(Sex.Male,
            "José:Pepe,Joseph", "Juan:Juanito,John", "Luis:Lucho,Louis", "Carlos:Charly", "Jesús:Chuy,Jesse", "Miguel:Mike",
            "Francisco:Paco,Pancho,Frank", "Antonio:Toño,Tony", "Jorge:George", "Pedro:Peter", "Manuel:Manolo,Manny",
            "Alejandro:Alex", "Javier:Javi", "Fernando:Nando", "Ricardo:Richard", "Roberto:Beto,Robert", "Eduardo:Lalo,Eddie",
            "Mario", "Rafael:Rafa", "Sergio:Checo", "Raúl", "Ramón:Moncho", "Héctor", "Óscar", "Andrés:Andy", "Julio",
            "Víctor", "Martín", "Joaquín", "Guillermo:Memo,William", "Ignacio:Nacho", "Alberto:Beto", "Arturo:Arthur",
            "Enrique:Kike,Henry", "Rubén", "Gerardo:Jerry", "Ángel", "Adrián", "Daniel:Danny", "David", "Diego",
            "Alfredo:Fredy", "Armando", "Salvador:Chava", "Gustavo:Tavo", "Hugo", "Ernesto:Neto", "Marco", "Israel",
            "Efraín", "Germán", "Nicolás:Nico", "Santiago:Santi", "Mateo", "Cristian", "Edgar", "Omar", "Iván", "Felipe",
            "Abel", "Rogelio:Roger", "Ezequiel"),
        .. Hispanic(Sex.Female,
            "María:Mary", "Guadalupe:Lupe,Lupita", "Ana", "Rosa:Rosita", "Carmen", "Juana:Juanita", "Margarita:Margie",
            "Verónica:Vero", "Leticia:Lety", "Patricia:Paty", "Elena:Helen", "Lucía:Lucy", "Sofía:Sophie",
            "Gabriela:Gaby", "Adriana", "Alejandra:Ale", "Isabel:Chabela", "Teresa:Tere", "Yolanda:Yoli", "Silvia",
            "Claudia", "Mónica", "Laura", "Beatriz:Bety", "Concepción:Concha,Conchita", "Dolores:Lola", "Esperanza",
            "Marisol", "Araceli", "Inés", "Maribel", "Rocío"),
        .. Anglo(Sex.Male,
            "James:Jim,Jimmy", "John:Johnny,Jack", "Robert:Bob,Rob", "Michael:Mike", "William:Bill,Will", "Richard:Rick,Dick",
            "Joseph:Joe", "Thomas:Tom", "Christopher:Chris", "Charles:Chuck,Charlie", "Matthew:Matt", "Anthony:Tony",
            "Mark", "Steven:Steve", "Paul", "Andrew:Andy,Drew", "Joshua:Josh", "Kevin", "Brian", "George", "Timothy:Tim",
            "Ryan", "Jason", "Jeffrey:Jeff", "Eric", "Kenneth:Ken", "Justin", "Brandon", "Samuel:Sam", "Patrick:Pat"),
        .. Anglo(Sex.Female,
            "Mary", "Jennifer:Jen,Jenny", "Linda", "Elizabeth:Liz,Beth", "Barbara:Barb", "Susan:Sue", "Jessica:Jess",
            "Sarah", "Karen", "Lisa", "Nancy", "Ashley", "Emily:Em", "Michelle:Shelly", "Amanda:Mandy", "Melissa:Missy",
            "Stephanie:Steph", "Rebecca:Becky", "Kimberly:Kim", "Angela:Angie", "Nicole:Nikki", "Heather", "Rachel",
            "Christine:Chris", "Deborah:Debbie"),
    ];

    public static IEnumerable<GivenName> For(Sex sex, NameCulture culture) =>
        All.Where(n => n.Sex == sex && n.Culture == culture);

    private static IEnumerable<GivenName> Hispanic(Sex sex, params string[] entries) => Parse(sex, NameCulture.Hispanic, entries);
    private static IEnumerable<GivenName> Anglo(Sex sex, params string[] entries) => Parse(sex, NameCulture.Anglo, entries);

    // "José:Pepe,Joseph" → José with other forms Pepe and Joseph.
    private static IEnumerable<GivenName> Parse(Sex sex, NameCulture culture, string[] entries) =>
        entries.Select(entry => entry.Split(':') switch
        {
            [var name] => new GivenName(name, sex, culture, []),
            [var name, var forms] => new GivenName(name, sex, culture, forms.Split(',')),
            _ => throw new FormatException($"Bad given-name entry '{entry}'."),
        });
}
