using DetainerDesk.Domain.Cooperation;
using DetainerDesk.Domain.Policies;
using static DetainerDesk.Domain.Tests.Policies.Scenario;

namespace DetainerDesk.Domain.Tests.Cooperation;

/// <summary>The map's one-word summary of a place's law, for an I-247A on an I-200 with nothing else on file.</summary>
public sealed class PolicyCategoryTests
{
    public static TheoryData<string, Jurisdiction, string, PolicyCategory> Cases => new()
    {
        { "Texas SB 4 mandates holds from 2017-09-01", Houston, "2020-01-01", PolicyCategory.MandatedHolds },
        { "before SB 4 Texas followed the federal baseline", Houston, "2017-08-31", PolicyCategory.HonoursHolds },
        { "Kansas: federal baseline only", Wichita, "2020-01-01", PolicyCategory.HonoursHolds },
        { "Washington (Keep Washington Working): no hold, no notification without a court order", Spokane, "2020-01-01", PolicyCategory.Declines },
        { "Florida SB 168 mandates holds", Miami, "2020-01-01", PolicyCategory.MandatedHolds },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Category_summarises_the_hold_and_notification_answers(string law, Jurisdiction place, string day, PolicyCategory expected)
    {
        Assert.False(string.IsNullOrEmpty(law));
        Assert.Equal(expected, PolicyCategories.Classify(PolicyEngine.Default.Evaluate(At(place, day))));
    }

    [Fact]
    public void Every_category_has_words() =>
        Assert.All(PolicyCategories.All, c => Assert.False(string.IsNullOrWhiteSpace(PolicyCategories.Describe(c))));
}
