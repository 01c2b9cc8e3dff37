using DetainerDesk.Domain.People;

namespace DetainerDesk.Domain.Tests.People;

public sealed class StrongIdentifiersTests
{
    private static Person Known(string? a = "A012345678", string? fbi = null, string? sid = "WA1234567") =>
        new() { Id = Guid.NewGuid(), FamilyName = "Test", GivenName = "Person", CountryOfCitizenship = "Mexico", ANumber = a, FbiNumber = fbi, StateId = sid };

    [Theory]
    [InlineData("123-456 ab9", "123456AB9")]
    [InlineData(" wa 1234567 ", "WA1234567")]
    public void Record_numbers_are_compacted_and_upper_cased(string input, string expected)
    {
        Assert.True(RecordNumber.TryNormalise(input, out var normalised));
        Assert.Equal(expected, normalised);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12#45")]
    [InlineData("123456789012345678901")]
    public void Record_numbers_with_other_characters_or_too_long_are_refused(string input) =>
        Assert.False(RecordNumber.TryNormalise(input, out _));

    [Fact]
    public void Identifiers_conflict_only_where_both_sides_have_a_different_value()
    {
        var person = Known();
        Assert.Empty(new StrongIdentifiers("A012345678", "123456AB9", null).ConflictsWith(person));
        Assert.Equal(["state SID"], new StrongIdentifiers("A012345678", null, "WA7654321").ConflictsWith(person));
    }

    [Fact]
    public void Missing_identifiers_are_filled_in_and_known_ones_never_overwritten()
    {
        var person = Known();
        new StrongIdentifiers("A099999999", "123456AB9", "WA0000000").CompleteMissing(person);
        Assert.Equal(("A012345678", "123456AB9", "WA1234567"), (person.ANumber, person.FbiNumber, person.StateId));
    }
}
