using System.Globalization;
using DetainerDesk.Domain.Linkage;

namespace DetainerDesk.Bench.Linkage;

/// <summary>
/// Invented people (no real person's name: given names and surnames are drawn independently from common-name lists)
/// with one to four records each, the copies corrupted the way jail records are: typos, dropped second surname,
/// particles glued or dropped, swapped names, pet names, day/month swaps, missing fields. Truth is the person index.
/// </summary>
public static class SyntheticPeople
{
    private static readonly string[] Givens =
    [
        "José", "Francisco", "Guadalupe", "Jesús", "Ignacio", "Guillermo", "Eduardo", "Roberto", "Antonio", "Enrique",
        "Rosario", "María", "Ana", "Luis", "Carlos", "Juan", "Miguel", "Pedro", "Sofía", "Lucía", "Carmen", "Elena",
        "Daniel", "David", "Jorge", "Ricardo", "Fernando", "Alejandro", "Manuel", "Rafael", "Dolores", "Teresa",
        "Isabel", "Patricia", "Gabriela", "Mariana", "Valeria", "Andrea", "Diana", "Claudia", "Michael", "James",
        "Robert", "William", "Linda", "Susan", "Jennifer", "Thomas", "Joseph", "Margaret",
    ];

    private static readonly string[] Surnames =
    [
        "García", "Rodríguez", "Martínez", "Hernández", "López", "González", "Pérez", "Sánchez", "Ramírez", "Torres",
        "Flores", "Rivera", "Gómez", "Díaz", "Cruz", "Morales", "Reyes", "Gutiérrez", "Ortiz", "Ramos", "Chávez",
        "Mendoza", "Ruiz", "Álvarez", "Castillo", "Jiménez", "Vásquez", "Moreno", "Herrera", "Medina", "Aguilar",
        "Vargas", "Guzmán", "Méndez", "Castro", "Fernández", "Romero", "Salazar", "Soto", "Delgado", "Peña", "Ríos",
        "Navarro", "Domínguez", "Cortés", "Contreras", "Sandoval", "Guerrero", "Estrada", "Figueroa", "Campos",
        "Vega", "Fuentes", "Cabrera", "Carrillo", "Santiago", "Valdez", "Acosta", "Rojas", "Luna", "Juárez",
        "Smith", "Johnson", "Brown", "Miller", "Davis", "Wilson", "Moore", "Taylor", "Anderson", "Jackson",
    ];

    private static readonly string[] Particled = ["de la Cruz", "de los Santos", "del Río", "de León", "dos Santos", "da Silva", "de Jesús"];

    private static readonly Dictionary<string, string> PetNames = new()
    {
        ["José"] = "Pepe", ["Francisco"] = "Paco", ["Guadalupe"] = "Lupe", ["Jesús"] = "Chuy", ["Ignacio"] = "Nacho",
        ["Guillermo"] = "Memo", ["Eduardo"] = "Lalo", ["Roberto"] = "Beto", ["Antonio"] = "Toño", ["Enrique"] = "Quique",
        ["Rosario"] = "Charo", ["Manuel"] = "Manolo", ["Dolores"] = "Lola", ["William"] = "Bill", ["Robert"] = "Bob",
    };

    public static (List<PersonRecord> Records, List<string> Truth) Generate(int records, int seed)
    {
        var random = new Random(seed);
        var list = new List<PersonRecord>(records);
        var truth = new List<string>(records);
        for (var person = 0; list.Count < records; person++)
        {
            var given = Pick(random, Givens);
            var first = random.NextDouble() < 0.06 ? Pick(random, Particled) : Pick(random, Surnames);
            var surname = random.NextDouble() < 0.5 ? first + " " + Pick(random, Surnames) : first;
            var dob = new DateOnly(1950, 1, 1).AddDays(random.Next(365 * 55));
            var postcode = random.Next(10000, 99999).ToString(CultureInfo.InvariantCulture);
            var sex = random.NextDouble() < 0.8 ? "M" : "F";
            var aNumber = random.NextDouble() < 0.3 ? "A" + random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture).PadLeft(9, '2') : null;
            var copies = 1 + (random.NextDouble() < 0.5 ? 0 : random.Next(1, 4));
            for (var c = 0; c < copies && list.Count < records; c++)
            {
                var r = new PersonRecord
                {
                    Id = list.Count.ToString(CultureInfo.InvariantCulture), Given = given, Surname = surname,
                    BirthDate = dob.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Sex = sex, Postcode = postcode,
                    ANumber = random.NextDouble() < 0.5 ? aNumber : null,
                };
                list.Add(c == 0 ? r : Corrupt(r, random));
                truth.Add(person.ToString(CultureInfo.InvariantCulture));
            }
        }
        return (list, truth);
    }

    private static PersonRecord Corrupt(PersonRecord r, Random random)
    {
        double Roll() => random.NextDouble();
        if (Roll() < 0.15) r = r with { Surname = Typo(r.Surname!, random) };
        if (Roll() < 0.10) r = r with { Given = Typo(r.Given!, random) };
        if (Roll() < 0.20 && r.Surname!.Contains(' ', StringComparison.Ordinal)) r = r with { Surname = r.Surname[..r.Surname.LastIndexOf(' ')] };
        if (Roll() < 0.10) r = r with { Surname = r.Surname!.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant() };
        if (Roll() < 0.10 && PetNames.TryGetValue(r.Given!, out var pet)) r = r with { Given = pet };
        if (Roll() < 0.05) r = r with { Given = r.Surname, Surname = r.Given };
        if (Roll() < 0.05) r = r with { BirthDate = SwapDayMonth(r.BirthDate!) };
        else if (Roll() < 0.05) r = r with { BirthDate = Typo(r.BirthDate!, random, digits: true) };
        else if (Roll() < 0.04) r = r with { BirthDate = null };
        if (Roll() < 0.10) r = r with { Postcode = Typo(r.Postcode!, random, digits: true) };
        if (Roll() < 0.15) r = r with { Sex = null };
        return r;
    }

    private static string SwapDayMonth(string iso) => int.Parse(iso[8..], CultureInfo.InvariantCulture) <= 12 ? iso[..5] + iso[8..] + "-" + iso[5..7] : iso;

    private static string Typo(string s, Random random, bool digits = false)
    {
        var chars = s.ToCharArray();
        var i = random.Next(chars.Length);
        if (!char.IsLetterOrDigit(chars[i])) return s;
        chars[i] = digits ? (char)('0' + random.Next(10)) : (char)('a' + random.Next(26));
        return new string(chars);
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
