using System.Text.Json;
using DetainerDesk.Data.ReferenceData;
using DetainerDesk.Domain.Calendar;
using DetainerDesk.Domain.Imports;

namespace DetainerDesk.Data.Imports;

/// <summary>
/// Released I-213 arrest records (UWCHR's FOIA release for the Seattle AOR, column names as released: apprehension_date,
/// apprehension_method_descr, criminal_charges as JSON with NCIC categories, …). Only the apprehension date and method
/// are required; every other column is read when the file has it. FOIA redaction markers are kept as released and
/// listed in <see cref="PublicArrestRecord.RedactedColumns"/>, never read as values.
/// </summary>
public sealed class IceArrestImport(AorResolver aors) : ImportKind<PublicArrestRecord>
{
    public const string KindName = "ice-arrests";
    /// <summary>The longest charge list accepted; the release's longest is about 3,000 characters.</summary>
    public const int MaxChargesLength = 16_000;

    private const int SourceRowCol = 0, SiteCode = 1, SiteName = 2, Aor = 3, DocCompletion = 4, ApprehensionDate = 5, Method = 6,
        Landmark = 7, Disposition = 8, Citizenship = 9, Gender = 10, AgeGroup = 11, EntryClass = 12, AdminCharges = 13,
        CriminalCharges = 14, Fy = 15, FyQuarter = 16, Cy = 17, CyQuarter = 18, AnyConvicted = 19, AnyPending = 20,
        ChargeStatus = 21, Locality = 22, County = 23, State = 24;

    private static readonly ImportColumn[] ColumnList =
    [
        new("source_row", false),
        new("site_code", false, "Site Code"),
        new("site_name", false, "Site Name"),
        new("area_of_responsibility_code", false, "Area of Responsibility", "AOR", "aor_code"),
        new("doc_completion_date", false, "Document Completion Date"),
        new("apprehension_date", true, "Apprehension Date", "Arrest Date"),
        new("apprehension_method_descr", true, "Apprehension Method", "Arrest Method", "apprehension_method"),
        new("apprehension_landmark_descr", false, "Apprehension Landmark", "apprehension_landmark"),
        new("processing_disposition_descr", false, "Processing Disposition", "processing_disposition"),
        new("citizenship_country_descr", false, "Citizenship Country", "citizenship_country"),
        new("gender_code", false, "Gender"),
        new("age_group", false, "Age Group"),
        new("entry_admission_class_descr", false, "Entry Admission Class", "entry_class"),
        new("admin_charges", false, "Administrative Charges") { MaxLength = MaxChargesLength },
        new("criminal_charges", false, "Criminal Charges") { MaxLength = MaxChargesLength },
        new("fy", false, "Fiscal Year"),
        new("fy_quarter", false),
        new("cy", false),
        new("cy_quarter", false),
        new("any_convicted", false),
        new("any_pending", false),
        new("criminal_charge_status", false),
        new("locality", false, "City"),
        new("county", false, "County"),
        new("state", false, "State"),
    ];

    public override string Name => KindName;
    public override IReadOnlyList<ImportColumn> Columns => ColumnList;

    public static IceArrestImport FromShippedReferenceData() => new(new AorResolver(ReferenceDataSet.ReadEmbedded()));

    public override PublicArrestRecord? Map(SourceRow row, ColumnMap columns, Guid sourceId, ImportRowContext context, List<RejectReason> rejects)
    {
        var raw = new string?[ColumnList.Length];
        List<string>? redacted = null;
        for (var c = 0; c < raw.Length; c++)
        {
            raw[c] = columns.Value(row, c);
            if (FoiaRedaction.IsMarker(raw[c])) (redacted ??= []).Add(ColumnList[c].Name);
        }
        // A withheld value is not a value: mapped fields read only what was released.
        string? Released(int c) => FoiaRedaction.IsMarker(raw[c]) ? null : raw[c];

        DateOnly? day = null;
        if (FoiaRedaction.IsMarker(raw[ApprehensionDate]))
            rejects.Add(new RejectReason(ColumnList[ApprehensionDate].Name, raw[ApprehensionDate], "the apprehension date is withheld under FOIA, so the arrest has no fiscal year"));
        else
        {
            var (parsed, error) = ReleaseDates.Parse(raw[ApprehensionDate], context.Today);
            if (parsed is null) rejects.Add(new RejectReason(ColumnList[ApprehensionDate].Name, raw[ApprehensionDate], error!));
            day = parsed;
        }

        DateOnly? completed = null;
        if (Released(DocCompletion) is { } rawCompleted)
        {
            var (parsed, error) = ReleaseDates.Parse(WithoutUtcMark(rawCompleted), context.Today);
            if (parsed is null) rejects.Add(new RejectReason(ColumnList[DocCompletion].Name, rawCompleted, error!));
            completed = parsed;
        }

        var rawAor = Released(Aor);
        if (rawAor is not null && !FieldOfficeNames.ByCode.ContainsKey(rawAor.ToUpperInvariant()))
            rejects.Add(new RejectReason(ColumnList[Aor].Name, rawAor, $"not a field office code ({string.Join(", ", FieldOfficeNames.ByCode.Keys)})"));

        var charges = ReadCharges(Released(CriminalCharges), context, rejects);
        if (Released(AdminCharges) is { } admin && !IsJsonArray(admin))
            rejects.Add(new RejectReason(ColumnList[AdminCharges].Name, admin, "not a JSON list of charges ([{\"OFFENSE_DATE\": …}, …])"));
        if (rejects.Count > 0) return null;

        var rawMethod = Released(Method);
        var method = PublicApprehensionMethods.Parse(rawMethod);
        if (method == PublicApprehensionMethod.Unmapped) context.NoteUnmapped(ColumnList[Method].Name, rawMethod!);

        var rawState = Released(State);
        var state = rawState is null ? null : aors.State(rawState);
        if (rawState is not null && state is null) context.NoteUnmapped(ColumnList[State].Name, rawState);

        return new PublicArrestRecord
        {
            SourceId = sourceId,
            Line = row.Line,
            ApprehendedOn = day!.Value,
            FiscalYear = FiscalYear.Of(day.Value).Year,
            DocumentCompletedOn = completed,
            ApprehensionMethod = method,
            ArrestSetting = PublicApprehensionMethods.Setting(method),
            Criminality = CriminalityOf(Released(ChargeStatus), charges, context),
            ConvictionCategories = charges.Convicted,
            PendingCategories = charges.Pending,
            ConvictedChargeCount = charges.ConvictedCount,
            PendingChargeCount = charges.PendingCount,
            AorCode = rawAor?.ToUpperInvariant(),
            StateCode = state?.Code,
            RedactedColumns = redacted is null ? null : string.Join(",", redacted),
            RawSourceRow = raw[SourceRowCol],
            RawSiteCode = raw[SiteCode],
            RawSiteName = raw[SiteName],
            RawAor = raw[Aor],
            RawDocCompletionDate = raw[DocCompletion],
            RawApprehensionDate = raw[ApprehensionDate],
            RawApprehensionMethod = raw[Method],
            RawApprehensionLandmark = raw[Landmark],
            RawProcessingDisposition = raw[Disposition],
            RawCitizenshipCountry = raw[Citizenship],
            RawGender = raw[Gender],
            RawAgeGroup = raw[AgeGroup],
            RawEntryAdmissionClass = raw[EntryClass],
            RawAdminCharges = raw[AdminCharges],
            RawCriminalCharges = raw[CriminalCharges],
            RawFiscalYear = raw[Fy],
            RawFiscalQuarter = raw[FyQuarter],
            RawCalendarYear = raw[Cy],
            RawCalendarQuarter = raw[CyQuarter],
            RawAnyConvicted = raw[AnyConvicted],
            RawAnyPending = raw[AnyPending],
            RawCriminalChargeStatus = raw[ChargeStatus],
            RawLocality = raw[Locality],
            RawCounty = raw[County],
            RawState = raw[State],
        };
    }

    private readonly record struct Charges(ConvictionCategories Convicted, ConvictionCategories Pending, int ConvictedCount, int PendingCount);

    /// <summary>The offence groups of convicted and pending charges; a list that is not JSON rejects the row.</summary>
    private static Charges ReadCharges(string? json, ImportRowContext context, List<RejectReason> rejects)
    {
        if (json is null) return default;
        ConvictionCategories convicted = 0, pending = 0;
        int convictedCount = 0, pendingCount = 0;
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Array) throw new JsonException("not an array");
            foreach (var charge in document.RootElement.EnumerateArray())
            {
                if (charge.ValueKind != JsonValueKind.Object) throw new JsonException("an element is not an object");
                var category = Text(charge, "NCIC_CATEGORY");
                var status = Text(charge, "CHARGE_STATUS");
                var group = category is null ? ConvictionCategories.Other : NcicCategories.Of(category);
                switch (status is null ? "" : Vocabulary.Key(status))
                {
                    case "CONVICTED": convicted |= group; convictedCount++; break;
                    case "PENDING": pending |= group; pendingCount++; break;
                    case "DISMISSED" or "OVERTURNED" or "IIDSETLNULL": break;
                    default: context.NoteUnmapped("CHARGE_STATUS", status ?? "(none)"); break;
                }
            }
        }
        catch (JsonException)
        {
            rejects.Add(new RejectReason(ColumnList[CriminalCharges].Name, json, "not a JSON list of charges ([{\"NCIC_CATEGORY\": …, \"CHARGE_STATUS\": …}, …])"));
        }
        return new Charges(convicted, pending, convictedCount, pendingCount);
    }

    private static string? Text(JsonElement charge, string name) =>
        charge.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool IsJsonArray(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Array;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>
    /// The release's own summary ("Conviction", "Pending", "None") when it has one, else the charges. "None" and no
    /// charges give null: charges are rarely recorded before FY2025, so their absence is missing data, not "no criminal history".
    /// </summary>
    private static PublicCriminality? CriminalityOf(string? status, Charges charges, ImportRowContext context)
    {
        if (status is null)
            return charges.ConvictedCount > 0 ? PublicCriminality.ConvictedCriminal
                : charges.PendingCount > 0 ? PublicCriminality.PendingCriminalCharges : null;
        switch (Vocabulary.Key(status))
        {
            case "CONVICTION" or "CONVICTED": return PublicCriminality.ConvictedCriminal;
            case "PENDING": return PublicCriminality.PendingCriminalCharges;
            case "NONE": return null;
        }
        var parsed = PublicCriminalities.Parse(status);
        if (parsed == PublicCriminality.Unmapped) context.NoteUnmapped(ColumnList[ChargeStatus].Name, status);
        return parsed;
    }

    /// <summary>"2021-12-01T00:00:00Z" is a day written as a UTC midnight; the day is what the release records.</summary>
    private static string WithoutUtcMark(string value) => value.EndsWith('Z') ? value[..^1] : value;
}
