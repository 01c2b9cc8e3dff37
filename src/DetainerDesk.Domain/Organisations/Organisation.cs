namespace DetainerDesk.Domain.Organisations;

/// <summary>A field office, local agency or headquarters. Every staff user and API key belongs to exactly one.</summary>
public sealed class Organisation
{
    public Guid Id { get; init; }
    /// <summary>Field offices use their AOR code (e.g. "SEA"); local agencies an ORI-style code (e.g. "WA0170000").</summary>
    public required string Code { get; init; }
    public required string Name { get; set; }
    public OrganisationKind Kind { get; init; }
    /// <summary>Two-letter state code for local agencies.</summary>
    public string? StateCode { get; set; }
    /// <summary>Five-digit county FIPS code for local agencies.</summary>
    public string? CountyFips { get; set; }
    /// <summary>The field office whose area the agency lies in (AOR code), or the office's own code.</summary>
    public string? AorCode { get; set; }
}
