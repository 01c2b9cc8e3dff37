using System.Reflection;

namespace DetainerDesk.Domain.Linkage;

/// <summary>
/// Given name → the formal names it may stand for, so that "Pepe" meets "José" and "Bill" meets "William". Built
/// once from the embedded English list (carltonnorthern/nicknames, Apache-2.0, see Resources/PROVENANCE.md) and
/// <see cref="SpanishHypocorisms"/>. Names are compared folded (<see cref="NameText.Fold"/>).
/// </summary>
public sealed class Nicknames
{
    private readonly Dictionary<string, int[]> _canonicalIds;
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    public static Nicknames Default { get; } = Load();

    private Nicknames(IEnumerable<(string Name, string PetName)> pairs)
    {
        var groups = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var (name, pet) in pairs)
        {
            var formal = NameText.Fold(name);
            var nick = NameText.Fold(pet);
            if (formal.Length == 0 || nick.Length == 0) continue;
            var id = IdOf(formal);
            Add(groups, formal, id);
            Add(groups, nick, id);
        }
        _canonicalIds = groups.ToDictionary(g => g.Key, g => g.Value.Order().ToArray(), StringComparer.Ordinal);
    }

    private int IdOf(string formal)
    {
        if (!_ids.TryGetValue(formal, out var id)) _ids[formal] = id = _ids.Count;
        return id;
    }

    private static void Add(Dictionary<string, HashSet<int>> groups, string key, int id)
    {
        if (!groups.TryGetValue(key, out var set)) groups[key] = set = [];
        set.Add(id);
    }

    /// <summary>Ids of the formal names a folded given name may stand for (sorted; empty when unknown).</summary>
    public int[] FormalNameIds(string foldedGiven) =>
        _canonicalIds.TryGetValue(foldedGiven, out var ids) ? ids : [];

    /// <summary>True when the two folded given names can stand for the same formal name.</summary>
    public bool SameFormalName(string a, string b) => ShareAny(FormalNameIds(a), FormalNameIds(b));

    public static bool ShareAny(int[] a, int[] b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) return true;
            if (a[i] < b[j]) i++; else j++;
        }
        return false;
    }

    private static Nicknames Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Linkage/nicknames.csv")
            ?? throw new InvalidOperationException("The nickname list is not embedded.");
        using var reader = new StreamReader(stream);
        var pairs = new List<(string, string)>();
        reader.ReadLine(); // header: name1,relationship,name2
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split(',');
            if (cells.Length == 3 && cells[1] == "has_nickname") pairs.Add((cells[0], cells[2]));
        }
        return new Nicknames(pairs.Concat(SpanishHypocorisms.Pairs));
    }
}
