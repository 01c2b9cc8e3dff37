namespace DetainerDesk.Domain.Linkage;

/// <summary>
/// A person as one source wrote them down: a booking, a detainer, an arrest, a tip, or a row of an outside CSV. Every
/// field is optional and raw; <see cref="PreparedPerson"/> does the reading.
/// </summary>
public sealed record PersonRecord
{
    public required string Id { get; init; }
    /// <summary>For linking two files: 0 for the first, 1 for the second. Only pairs across sources are compared
    /// when <see cref="LinkageOptions.LinkAcrossSourcesOnly"/> is set.</summary>
    public int Source { get; init; }
    public string? Given { get; init; }
    public string? Middle { get; init; }
    public string? Surname { get; init; }
    /// <summary>Used when given and surname are absent: "SURNAME, Given" or "Given … Surname …".</summary>
    public string? FullName { get; init; }
    public string? BirthDate { get; init; }
    public string? Sex { get; init; }
    public string? Country { get; init; }
    public string? Birthplace { get; init; }
    public string? Street { get; init; }
    public string? City { get; init; }
    public string? Postcode { get; init; }
    public string? State { get; init; }
    public string? Email { get; init; }
    /// <summary>An identifier that can carry typos (a social-security-like or booking number): compared with levels, never
    /// trusted outright.</summary>
    public string? OtherId { get; init; }
    public string? ANumber { get; init; }
    public string? Fbi { get; init; }
    public string? Fin { get; init; }
    public string? StateSid { get; init; }
}
