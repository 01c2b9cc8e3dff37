using System.Globalization;

namespace DetainerDesk.Data.ReferenceData;

/// <summary>
/// UWCHR/ice-enforce share/hand/aor_ero_field_office.csv: aor, field_office_addr, lat, long for the 24 AORs,
/// HAL (Harlingen) and HQ. Names and notes come from <see cref="FieldOfficeNames"/>.
/// </summary>
public static class UwchrFieldOfficesFile
{
    public static IReadOnlyList<FieldOffice> Read()
    {
        using var reader = ReferenceFiles.OpenText(ReferenceFiles.UwchrFieldOffices);
        return CsvLines.ReadWithHeader(reader).Select(r =>
        {
            var code = r["aor"].Trim();
            if (!FieldOfficeNames.ByCode.TryGetValue(code, out var name))
                throw new FormatException($"{ReferenceFiles.UwchrFieldOffices} record {r.Number}: unknown office code '{code}'.");
            return new FieldOffice
            {
                Code = code,
                Name = name,
                Address = r["field_office_addr"].Trim(),
                // The file has " -97.71…" with a leading space in two rows; Float allows surrounding white space.
                Latitude = double.Parse(r["lat"], NumberStyles.Float, CultureInfo.InvariantCulture),
                Longitude = double.Parse(r["long"], NumberStyles.Float, CultureInfo.InvariantCulture),
                Note = code switch { "HAL" => FieldOfficeNames.HarlingenNote, "HQ" => FieldOfficeNames.HeadquartersNote, _ => null },
            };
        }).ToList();
    }
}
