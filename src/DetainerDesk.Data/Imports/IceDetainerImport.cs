using DetainerDesk.Data.ReferenceData;
using DetainerDesk.Domain.Calendar;
using DetainerDesk.Domain.Imports;

namespace DetainerDesk.Data.Imports;

/// <summary>
/// ICE ERO LESA detainer releases: the spreadsheet as released ("Prepare Date", "Detainer Type", "Detainer Detention
/// Facility", "State", "City", "Detainer Lift Reason") and the cleaned CSV layout of the same release (date,
/// detainer_type, det_facility, state, city, lift_reason). Releases that also carry the AOR or the criminality
/// give them to us; others leave them empty.
/// </summary>
public sealed class IceDetainerImport(AorResolver aors) : ImportKind<PublicDetainerRecord>
{
    public const string KindName = "ice-detainers";

    private const int PrepareDate = 0, DetainerType = 1, Facility = 2, State = 3, City = 4, LiftReason = 5, Aor = 6, Criminality = 7;

    private static readonly ImportColumn[] ColumnList =
    [
        new("Prepare Date", true, "date", "Detainer Prepare Date", "Prepare_Date"),
        new("Detainer Type", true, "detainer_type"),
        new("Detainer Detention Facility", true, "det_facility", "Detention Facility", "Facility"),
        new("State", true, "Detention Facility State"),
        new("City", true, "Detention Facility City"),
        new("Detainer Lift Reason", true, "lift_reason"),
        new("Area of Responsibility", false, "AOR", "aor_code", "Detainer AOR"),
        new("Criminality", false, "Prepared Criminality", "Detainer Prep Criminality", "Detainer Prepare Criminality"),
    ];

    public override string Name => KindName;
    public override IReadOnlyList<ImportColumn> Columns => ColumnList;

    public static IceDetainerImport FromShippedReferenceData() => new(new AorResolver(ReferenceDataSet.ReadEmbedded()));

    public override PublicDetainerRecord? Map(SourceRow row, ColumnMap columns, Guid sourceId, ImportRowContext context, List<RejectReason> rejects)
    {
        var rawDate = columns.Value(row, PrepareDate);
        var (day, dateError) = ReleaseDates.Parse(rawDate, context.Today);
        if (day is null)
            rejects.Add(new RejectReason(ColumnList[PrepareDate].Name, rawDate, dateError!));

        var rawState = columns.Value(row, State);
        var state = rawState is null ? null : aors.State(rawState);
        if (rawState is not null && state is null)
            rejects.Add(new RejectReason(ColumnList[State].Name, rawState, "not a US state or territory"));

        var rawAor = columns.Value(row, Aor);
        if (rawAor is not null && !FieldOfficeNames.ByCode.ContainsKey(rawAor.ToUpperInvariant()))
            rejects.Add(new RejectReason(ColumnList[Aor].Name, rawAor, $"not a field office code ({string.Join(", ", FieldOfficeNames.ByCode.Keys)})"));
        if (rejects.Count > 0) return null;

        var rawType = columns.Value(row, DetainerType);
        var type = PublicDetainerTypes.Parse(rawType);
        if (rawType is not null && type is null) context.NoteUnmapped(ColumnList[DetainerType].Name, rawType);
        var rawLift = columns.Value(row, LiftReason);
        var lift = PublicLiftReasons.Parse(rawLift);
        if (lift == PublicLiftReason.Unmapped) context.NoteUnmapped(ColumnList[LiftReason].Name, rawLift!);
        var rawCriminality = columns.Value(row, Criminality);
        var criminality = PublicCriminalities.Parse(rawCriminality);
        if (criminality == PublicCriminality.Unmapped) context.NoteUnmapped(ColumnList[Criminality].Name, rawCriminality!);

        var facility = columns.Value(row, Facility);
        var city = columns.Value(row, City);
        var (aor, basis) = rawAor is not null ? (rawAor.ToUpperInvariant(), AorBasis.Released) : aors.Resolve(state, facility, city, day!.Value);
        return new PublicDetainerRecord
        {
            SourceId = sourceId,
            Line = row.Line,
            PreparedOn = day!.Value,
            FiscalYear = FiscalYear.Of(day.Value).Year,
            Form = type?.Form,
            FormEdition = type?.Edition,
            LiftReason = lift,
            Criminality = criminality,
            FacilityName = Tidy(facility),
            City = Tidy(city),
            StateCode = state?.Code,
            AorCode = aor,
            AorBasis = basis,
            RawPrepareDate = rawDate,
            RawDetainerType = rawType,
            RawFacility = facility,
            RawCity = city,
            RawState = rawState,
            RawLiftReason = rawLift,
            RawAor = rawAor,
            RawCriminality = rawCriminality,
        };
    }

    /// <summary>Upper case with single spaces, so "Ada County  Jail" and "ADA COUNTY JAIL" group together; the raw value keeps the original.</summary>
    private static string? Tidy(string? value) =>
        value is null ? null : string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
