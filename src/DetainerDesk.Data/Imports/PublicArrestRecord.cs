using DetainerDesk.Domain.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DetainerDesk.Data.Imports;

/// <summary>
/// One released I-213 (Record of Deportable/Inadmissible Alien) arrest record, as released and as mapped onto our
/// vocabularies. No person is created: the release has no name or identifier to key one on (docs/imports.md).
/// Natural key: (source file, line).
/// </summary>
public sealed class PublicArrestRecord
{
    public long Id { get; init; }
    public Guid SourceId { get; init; }
    /// <summary>Line in the CSV or row number in the sheet (1-based, header counted).</summary>
    public long Line { get; init; }

    public DateOnly ApprehendedOn { get; init; }
    /// <summary>Federal fiscal year of <see cref="ApprehendedOn"/>.</summary>
    public int FiscalYear { get; init; }
    public DateOnly? DocumentCompletedOn { get; init; }
    public PublicApprehensionMethod? ApprehensionMethod { get; init; }
    public ArrestSetting ArrestSetting { get; init; }
    /// <summary>From the charge status: convicted, pending, or null when the record has no charge (charges are rarely filled before FY2025, so null is "not recorded").</summary>
    public PublicCriminality? Criminality { get; init; }
    /// <summary>Offence groups of the charges with status "Convicted".</summary>
    public ConvictionCategories ConvictionCategories { get; init; }
    /// <summary>Offence groups of the charges with status "Pending".</summary>
    public ConvictionCategories PendingCategories { get; init; }
    public int ConvictedChargeCount { get; init; }
    public int PendingChargeCount { get; init; }
    public string? AorCode { get; init; }
    /// <summary>USPS code of the (geocoded, approximate) arrest place; null when blank or not a US state.</summary>
    public string? StateCode { get; init; }
    /// <summary>Columns whose value was withheld under FOIA (a marker such as "(b)(6), (b)(7)(c)"), comma-separated; null when none.</summary>
    public string? RedactedColumns { get; init; }

    // The values exactly as released (trimmed). Redaction markers stay here as released.
    public string? RawSourceRow { get; init; }
    public string? RawSiteCode { get; init; }
    public string? RawSiteName { get; init; }
    public string? RawAor { get; init; }
    public string? RawDocCompletionDate { get; init; }
    public string? RawApprehensionDate { get; init; }
    public string? RawApprehensionMethod { get; init; }
    public string? RawApprehensionLandmark { get; init; }
    public string? RawProcessingDisposition { get; init; }
    public string? RawCitizenshipCountry { get; init; }
    public string? RawGender { get; init; }
    public string? RawAgeGroup { get; init; }
    public string? RawEntryAdmissionClass { get; init; }
    /// <summary>JSON array of {OFFENSE_DATE, CHARGE_SECTION_CODE, CHARGE_DESCRIPTION} (INA sections).</summary>
    public string? RawAdminCharges { get; init; }
    /// <summary>JSON array of {CHARGE_DATE, NCIC_CATEGORY, CHARGE_STATUS}.</summary>
    public string? RawCriminalCharges { get; init; }
    public string? RawFiscalYear { get; init; }
    public string? RawFiscalQuarter { get; init; }
    public string? RawCalendarYear { get; init; }
    public string? RawCalendarQuarter { get; init; }
    public string? RawAnyConvicted { get; init; }
    public string? RawAnyPending { get; init; }
    public string? RawCriminalChargeStatus { get; init; }
    public string? RawLocality { get; init; }
    public string? RawCounty { get; init; }
    public string? RawState { get; init; }
}

internal sealed class PublicArrestRecordConfiguration : IEntityTypeConfiguration<PublicArrestRecord>
{
    public void Configure(EntityTypeBuilder<PublicArrestRecord> b)
    {
        // No foreign key to ImportSources: the pipeline commits the source row before any record of it and nothing
        // deletes sources, while the key's per-row check was a large part of a bulk load (bench/README.md, "Import").
        b.HasIndex(r => new { r.SourceId, r.Line }).IsUnique();
        b.HasIndex(r => new { r.FiscalYear, r.AorCode });
        b.Property(r => r.AorCode).HasMaxLength(3);
        b.Property(r => r.StateCode).HasMaxLength(2);
        b.Property(r => r.RedactedColumns).HasMaxLength(400);
        foreach (var property in typeof(PublicArrestRecord).GetProperties())
        {
            if (!property.Name.StartsWith("Raw", StringComparison.Ordinal)) continue;
            var max = property.Name is nameof(PublicArrestRecord.RawAdminCharges) or nameof(PublicArrestRecord.RawCriminalCharges)
                ? IceArrestImport.MaxChargesLength : ImportLimits.MaxFieldLength;
            b.Property(property.Name).HasMaxLength(max);
        }
    }
}
