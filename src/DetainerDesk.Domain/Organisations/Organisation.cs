using DetainerDesk.Domain.Policies;

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
    /// <summary>The 287(g) memorandum of agreement a local agency has signed with ICE (none for most), from <see cref="Agreement287gFrom"/>.</summary>
    public Agreement287g Agreement287g { get; set; }
    public DateOnly? Agreement287gFrom { get; set; }

    /// <summary>The agreement in force on a day: an agreement signed later did not govern a detainer lodged before it.</summary>
    public Agreement287g Agreement287gOn(DateOnly day) => AgreementOn(Agreement287g, Agreement287gFrom, day);

    /// <summary>The same rule for a query that projected the two columns.</summary>
    public static Agreement287g AgreementOn(Agreement287g agreement, DateOnly? from, DateOnly day) =>
        agreement != Agreement287g.None && from is { } signed && day >= signed ? agreement : Agreement287g.None;
}
