namespace DetainerDesk.Import.Tests;

/// <summary>The real release files in tests/fixtures/ice-detainers (see its PROVENANCE.md), copied to a temp folder per use so reject files land there.</summary>
public static class Fixtures
{
    public const string Fy2015Xlsx = "ice_detainers_fy2015ytd_foia_15-87693.xlsx";
    public const string CitizensCsv = "lift_us_citizen_interviewed_2007_2015.csv";
    public const string NotDeportableCsv = "lift_not_subject_to_deportation_2007_2015.csv";
    public const int Fy2015Rows = 79_053;

    public static string Original(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", "ice-detainers", name);

    public static string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"dd-import-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static string Copy(string name, string folder)
    {
        var target = Path.Combine(folder, name);
        File.Copy(Original(name), target);
        return target;
    }
}
