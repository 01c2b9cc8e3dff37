using System.Globalization;
using System.Runtime.CompilerServices;
using DetainerDesk.Data.Imports;
using DetainerDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Data.Exports;

/// <summary>
/// The imported public I-213 arrest records as a table file: our mapped values first, then every value exactly as the
/// release had it (the raw_ columns), in file and line order, read in a streaming query so memory stays flat. These
/// are public releases, not any organisation's records, so there is no scope to apply.
/// </summary>
public static class ArrestExport
{
    public static readonly IReadOnlyList<string> Headers =
    [
        "source_file", "line", "apprehended_on", "fiscal_year", "document_completed_on", "apprehension_method", "arrest_setting",
        "criminality", "conviction_categories", "pending_categories", "convicted_charge_count", "pending_charge_count", "aor_code",
        "state_code", "redacted_columns",
        "raw_source_row", "raw_site_code", "raw_site_name", "raw_aor", "raw_doc_completion_date", "raw_apprehension_date",
        "raw_apprehension_method", "raw_apprehension_landmark", "raw_processing_disposition", "raw_citizenship_country", "raw_gender",
        "raw_age_group", "raw_entry_admission_class", "raw_admin_charges", "raw_criminal_charges", "raw_fiscal_year", "raw_fiscal_quarter",
        "raw_calendar_year", "raw_calendar_quarter", "raw_any_convicted", "raw_any_pending", "raw_criminal_charge_status", "raw_locality",
        "raw_county", "raw_state",
    ];

    public static async IAsyncEnumerable<string?[]> RowsAsync(AppDbContext db, [EnumeratorCancellation] CancellationToken ct)
    {
        var rows = from r in db.PublicArrestRecords
                   join s in db.ImportSources on r.SourceId equals s.Id
                   orderby s.FirstStartedAtUtc, s.Id, r.Line
                   select new { s.FileName, Record = r };
        await foreach (var row in rows.AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
        {
            var r = row.Record;
            yield return
            [
                row.FileName, Number(r.Line), Day(r.ApprehendedOn), Number(r.FiscalYear), r.DocumentCompletedOn is { } done ? Day(done) : null,
                r.ApprehensionMethod?.ToString(), r.ArrestSetting.ToString(), r.Criminality?.ToString(), r.ConvictionCategories.ToString(),
                r.PendingCategories.ToString(), Number(r.ConvictedChargeCount), Number(r.PendingChargeCount), r.AorCode, r.StateCode, r.RedactedColumns,
                r.RawSourceRow, r.RawSiteCode, r.RawSiteName, r.RawAor, r.RawDocCompletionDate, r.RawApprehensionDate,
                r.RawApprehensionMethod, r.RawApprehensionLandmark, r.RawProcessingDisposition, r.RawCitizenshipCountry, r.RawGender,
                r.RawAgeGroup, r.RawEntryAdmissionClass, r.RawAdminCharges, r.RawCriminalCharges, r.RawFiscalYear, r.RawFiscalQuarter,
                r.RawCalendarYear, r.RawCalendarQuarter, r.RawAnyConvicted, r.RawAnyPending, r.RawCriminalChargeStatus, r.RawLocality,
                r.RawCounty, r.RawState,
            ];
        }
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Day(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
