namespace DetainerDesk.Domain.Linkage;

/// <summary>
/// One name field (given, middle or surname) in the forms the comparators need. Spanish and Portuguese surnames carry
/// particles ("de la Cruz", "dos Santos") that one clerk writes as separate words, another glues on ("Delacruz") and a
/// third leaves out ("Cruz"); and two surnames ("García López") that are often cut to the first.
/// </summary>
/// <param name="Core">The words without particles, space separated: "DE LA CRUZ" → "CRUZ", "GARCIA LOPEZ".</param>
/// <param name="Squashed">Every word including particles, glued: "DE LA CRUZ" and "DELACRUZ" both → "DELACRUZ".</param>
/// <param name="Parts">The non-particle words, for part-set matching ("GARCIA", "LOPEZ").</param>
public sealed record PersonName(string Core, string Squashed, string[] Parts)
{
    /// <summary>The core without spaces ("GARCIALOPEZ"), kept so that comparisons do not allocate.</summary>
    public string CoreJoined { get; } = Core.Replace(" ", "", StringComparison.Ordinal);

    public static readonly PersonName Empty = new("", "", []);

    public bool IsEmpty => Core.Length == 0 && Squashed.Length == 0;

    private static readonly HashSet<string> Particles =
        ["DE", "DEL", "LA", "LAS", "LOS", "DA", "DAS", "DO", "DOS", "Y", "E", "VAN", "VON", "DER", "DI", "DU", "LE"];

    public static PersonName From(string? raw)
    {
        var words = NameText.Words(NameText.Fold(raw));
        if (words.Length == 0) return Empty;
        var parts = words.Where(w => !Particles.Contains(w)).ToArray();
        // A name that is only particles ("De La") is still a name: keep it rather than lose it.
        if (parts.Length == 0) parts = words;
        return new PersonName(string.Join(' ', parts), string.Concat(words), parts);
    }

    /// <summary>Same name once spacing and particles are set aside.</summary>
    public bool SameAs(PersonName other) =>
        !IsEmpty && !other.IsEmpty && (Core == other.Core || Squashed == other.Squashed
            || Squashed == other.CoreJoined || CoreJoined == other.Squashed);
}
