using DetainerDesk.Domain.Linkage;

namespace DetainerDesk.Domain.Tests.Linkage;

public sealed class ComparatorTests
{
    [Theory]
    [InlineData("MARTHA", "MARHTA", 0.961)]
    [InlineData("DWAYNE", "DUANE", 0.840)]
    [InlineData("DIXON", "DICKSONX", 0.813)]
    [InlineData("JELLYFISH", "SMELLYFISH", 0.896)]
    public void Jaro_Winkler_gives_the_published_values(string a, string b, double expected)
    {
        Assert.Equal(expected, JaroWinkler.Similarity(a, b), 3);
        Assert.Equal(expected, JaroWinkler.Similarity(b, a), 3);
    }

    [Fact]
    public void Jaro_Winkler_of_identical_and_disjoint_strings_is_one_and_zero()
    {
        Assert.Equal(1, JaroWinkler.Similarity("GARCIA", "GARCIA"));
        Assert.Equal(0, JaroWinkler.Similarity("ABC", "XYZ"));
    }

    [Theory]
    [InlineData("KATHERINE", "CATHERINE")]
    [InlineData("GONZALEZ", "GONZALES")]
    [InlineData("RODRIGUEZ", "RODRIGUES")]
    [InlineData("KNIGHT", "NIGHT")]
    [InlineData("MACDONALD", "MCDONALD")]
    [InlineData("PHILLIPS", "FILLIPS")]
    public void Nysiis_gives_names_spelt_by_ear_the_same_code(string a, string b) =>
        Assert.Equal(Nysiis.Encode(a), Nysiis.Encode(b));

    [Theory]
    [InlineData("JOHNSON", "JANSAN")]
    [InlineData("WILLIAMS", "WALAN")]
    [InlineData("BROWN", "BRAN")]
    [InlineData("MACINTOSH", "MCANT")]
    public void Nysiis_follows_the_original_rules(string name, string code) => Assert.Equal(code, Nysiis.Encode(name));

    [Fact]
    public void Nysiis_tells_different_names_apart() => Assert.NotEqual(Nysiis.Encode("GARCIA"), Nysiis.Encode("MARTINEZ"));

    [Theory]
    [InlineData("19710624", "19710624", 0)]
    [InlineData("19710624", "19712406", 1)] // swapped as written, even if month 24 is impossible
    [InlineData("19710305", "19710503", 1)] // day and month swapped
    [InlineData("19710624", "19710642", 2)] // neighbouring digits swapped
    [InlineData("19710624", "19710625", 2)] // one digit wrong
    [InlineData("19710624", "19720624", 2)] // year 71 → 72 is also a one-digit slip
    [InlineData("19790624", "19800624", 3)] // year off by one, several digits
    [InlineData("19710624", "19650101", 4)]
    public void Birth_dates_compare_at_the_expected_level(string a, string b, int level) =>
        Assert.Equal(level, FieldComparators.BirthDate(BirthDate.Parse(a), BirthDate.Parse(b)));

    [Theory]
    [InlineData("19710624", "19710624")]
    [InlineData("1971-06-24", "19710624")]
    [InlineData("1971/6/24", "19710624")]
    [InlineData("06/24/1971", "19710624")]
    [InlineData("24/06/1971", "19710624")] // cannot be month first
    [InlineData("24-Jun-1971", "19710624")]
    [InlineData("1971-06-24 00:00:00", "19710624")]
    [InlineData("19710231", "19710231")]  // impossible, but kept: it is one slip from a real date
    public void Birth_dates_are_read_in_the_common_formats(string text, string digits) =>
        Assert.Equal(digits, BirthDate.Parse(text)?.Digits);

    [Fact]
    public void A_birth_date_that_cannot_be_read_is_missing() => Assert.Null(BirthDate.Parse("unknown"));

    [Theory]
    [InlineData("12345", "12345", 0)]
    [InlineData("12345", "12354", 1)]
    [InlineData("12345", "12395", 1)]
    [InlineData("12345", "54321", 2)]
    [InlineData("", "12345", LinkFieldLevels.Missing)]
    public void Codes_forgive_one_slip(string a, string b, int level) => Assert.Equal(level, FieldComparators.Code(a, b));
}
