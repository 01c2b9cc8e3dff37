using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DetainerDesk.Data.Imports;

/// <summary>How the field office of a public record was found. Values are stored; never renumber them.</summary>
public enum AorBasis
{
    /// <summary>No field office could be told from the record.</summary>
    Unknown = 0,
    /// <summary>The release names the area of responsibility itself.</summary>
    Released = 1,
    /// <summary>Every county of the record's state lay in one field office on the record's day.</summary>
    State = 2,
    /// <summary>The state is split between offices; ICE's facility list has the record's facility (same name and state).</summary>
    Facility = 3,
    /// <summary>The state is split between offices; ICE's facility list puts every facility of the record's city in one.</summary>
    FacilityCity = 4,
}

/// <summary>
/// One row of a public ICE detainer release, as released and as mapped onto our vocabularies. Not a
/// <see cref="Detainer"/>: these records have no person, warrant, probable-cause basis or receiving agency, which
/// lodging requires; statistics read them beside the detainers DetainerDesk itself records (docs/imports.md).
/// Natural key: (source file, line).
/// </summary>
public sealed class PublicDetainerRecord
{
    public long Id { get; init; }
    public Guid SourceId { get; init; }
    /// <summary>Line in the CSV or row number in the sheet (1-based, header rows counted), as a spreadsheet shows it.</summary>
    public long Line { get; init; }

    public DateOnly PreparedOn { get; init; }
    /// <summary>Federal fiscal year of <see cref="PreparedOn"/>, stored for grouping.</summary>
    public int FiscalYear { get; init; }
    public DetainerFormType? Form { get; init; }
    public string? FormEdition { get; init; }
    public PublicLiftReason? LiftReason { get; init; }
    public PublicCriminality? Criminality { get; init; }
    public string? FacilityName { get; init; }
    public string? City { get; init; }
    /// <summary>USPS code; null when the release leaves the state blank.</summary>
    public string? StateCode { get; init; }
    public string? AorCode { get; init; }
    public AorBasis AorBasis { get; init; }

    // The values exactly as released (trimmed), so nothing is lost to our mapping.
    public string? RawPrepareDate { get; init; }
    public string? RawDetainerType { get; init; }
    public string? RawFacility { get; init; }
    public string? RawCity { get; init; }
    public string? RawState { get; init; }
    public string? RawLiftReason { get; init; }
    public string? RawAor { get; init; }
    public string? RawCriminality { get; init; }
}

internal sealed class PublicDetainerRecordConfiguration : IEntityTypeConfiguration<PublicDetainerRecord>
{
    public void Configure(EntityTypeBuilder<PublicDetainerRecord> b)
    {
        // No foreign key to ImportSources: the pipeline commits the source row before any record of it and nothing
        // deletes sources, while the key's per-row check was a large part of a bulk load (bench/README.md, "Import").
        b.HasIndex(r => new { r.SourceId, r.Line }).IsUnique();
        b.HasIndex(r => new { r.FiscalYear, r.AorCode });
        b.Property(r => r.FormEdition).HasMaxLength(60);
        b.Property(r => r.StateCode).HasMaxLength(2);
        b.Property(r => r.AorCode).HasMaxLength(3);
        foreach (var raw in new[] { nameof(PublicDetainerRecord.FacilityName), nameof(PublicDetainerRecord.City),
                     nameof(PublicDetainerRecord.RawPrepareDate), nameof(PublicDetainerRecord.RawDetainerType),
                     nameof(PublicDetainerRecord.RawFacility), nameof(PublicDetainerRecord.RawCity),
                     nameof(PublicDetainerRecord.RawState), nameof(PublicDetainerRecord.RawLiftReason),
                     nameof(PublicDetainerRecord.RawAor), nameof(PublicDetainerRecord.RawCriminality) })
            b.Property(raw).HasMaxLength(ImportLimits.MaxFieldLength);
    }
}
