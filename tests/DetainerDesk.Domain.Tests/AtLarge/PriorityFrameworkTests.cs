using DetainerDesk.Domain.AtLarge.Priorities;

namespace DetainerDesk.Domain.Tests.AtLarge;

/// <summary>One table per framework of domain brief §5.7: a synthetic record → the priority and the rule that decides it.</summary>
public sealed class PriorityFrameworkTests
{
    private static void Check(string framework, string profile, string priority, string? rule)
    {
        var f = FrameworkBook.Embedded.Frameworks.Single(x => x.Id == framework);
        var outcome = f.Evaluate(FactProfiles.All[profile]);
        Assert.Equal(priority, outcome.Priority.Code);
        if (rule is null) Assert.Empty(outcome.Fired);
        else
        {
            var fired = Assert.Single(outcome.Fired, r => r.RuleId == rule);
            Assert.Equal(priority, fired.Priority);
            Assert.NotEmpty(fired.Because);
            Assert.False(string.IsNullOrWhiteSpace(fired.Citation));
        }
    }

    [Theory]
    [InlineData("nothing", "NP", null)]
    [InlineData("national-security", "P1", "morton-p1-national-security")]
    [InlineData("gang-adult", "P1", "morton-p1-gang")]
    [InlineData("gang-15", "NP", null)]
    [InlineData("one-dui", "P1", "morton-p1-convicted")]
    [InlineData("pending-theft", "NP", null)]
    [InlineData("entered-2015", "P2", "morton-p2-recent-entry")]
    [InlineData("removed-before", "P3", "morton-p3-reentry")]
    [InlineData("final-order-2010", "P3", "morton-p3-fugitive")]
    public void Morton_2011(string profile, string priority, string? rule) => Check("morton-2011", profile, priority, rule);

    [Theory]
    [InlineData("nothing", "NP", null)]
    [InlineData("national-security", "P1", "pep-p1a-national-security")]
    [InlineData("gang-adult", "P1", "pep-p1c-gang")]
    [InlineData("gang-15", "NP", null)]
    [InlineData("felony-drugs", "P1", "pep-p1d-felony")]
    [InlineData("felony-illegal-reentry", "NP", null)] // a felony whose element is immigration status is not P1(d)
    [InlineData("aggravated-felony", "P1", "pep-p1e-aggravated-felony")]
    [InlineData("one-dui", "P2", "pep-p2b-significant-misdemeanour")]
    [InlineData("three-petty-misdemeanours", "P2", "pep-p2a-three-misdemeanours")]
    [InlineData("three-same-day", "NP", null)] // one incident, not three
    [InlineData("traffic-only", "NP", null)]
    [InlineData("entered-2015", "P2", "pep-p2c-entry-after-2014")]
    [InlineData("final-order-2016", "P3", "pep-p3-final-order")]
    [InlineData("final-order-2010", "NP", null)]
    [InlineData("child-sex-offence", "P2", "pep-p2b-significant-misdemeanour")]
    public void Johnson_PEP_2014(string profile, string priority, string? rule) => Check("johnson-pep-2014", profile, priority, rule);

    [Theory]
    [InlineData("nothing", "NP", null)]
    [InlineData("traffic-only", "PRIORITY", "eo13768-5a-convicted")]
    [InlineData("pending-theft", "PRIORITY", "eo13768-5b-charged")]
    [InlineData("final-order-2010", "PRIORITY", "eo13768-5f-final-order")]
    [InlineData("removed-before", "PRIORITY", "eo13768-reentry")]
    [InlineData("entered-2015", "NP", null)] // unlawful presence alone is not named by §5
    public void EO_13768_2017(string profile, string priority, string? rule) => Check("eo13768-2017", profile, priority, rule);

    [Theory]
    [InlineData("nothing", "NP", null)]
    [InlineData("national-security", "NATSEC", "interim-national-security")]
    [InlineData("entered-2021", "BORDER", "interim-border")]
    [InlineData("entered-2015", "NP", null)]
    [InlineData("aggravated-felony", "PUBSAFE", "interim-aggravated-felony")]
    [InlineData("felony-drugs", "NP", null)] // a felony that is not aggravated is no presumed priority
    [InlineData("gang-adult", "PUBSAFE", "interim-gang")]
    public void Interim_2021(string profile, string priority, string? rule) => Check("interim-2021", profile, priority, rule);

    [Theory]
    [InlineData("nothing", "NP", null)]
    [InlineData("national-security", "NATSEC", "mayorkas-national-security")]
    [InlineData("entered-2021", "BORDER", "mayorkas-border")]
    [InlineData("felony-drugs", "ASSESS", "mayorkas-serious-conviction")]
    [InlineData("one-dui", "NP", null)]
    [InlineData("final-order-2016", "NP", null)] // removability alone is not enough
    public void Mayorkas_2021(string profile, string priority, string? rule) => Check("mayorkas-2021", profile, priority, rule);

    [Theory]
    [InlineData("nothing", "NP", null)]
    [InlineData("pending-theft", "MANDATORY", "lra-charged-or-convicted")]
    [InlineData("three-petty-misdemeanours", "MANDATORY", "lra-charged-or-convicted")]
    [InlineData("one-dui", "PRIORITY", "eo14159-convicted")]
    [InlineData("final-order-2010", "PRIORITY", "eo14159-final-order")]
    [InlineData("gang-15", "PRIORITY", "eo14159-gang")]
    public void EO_14159_2025(string profile, string priority, string? rule) => Check("eo14159-2025", profile, priority, rule);

    [Fact]
    public void The_highest_priority_among_fired_rules_wins_and_every_fired_rule_is_kept()
    {
        var pep = FrameworkBook.Embedded.Frameworks.Single(x => x.Id == "johnson-pep-2014");
        var facts = FactProfiles.All["one-dui"] with { NationalSecurity = true, FinalOrderOn = new(2016, 1, 1) };
        var outcome = pep.Evaluate(facts);
        Assert.Equal("P1", outcome.Priority.Code);
        Assert.Equal(["pep-p1a-national-security", "pep-p2b-significant-misdemeanour", "pep-p3-final-order"], outcome.Fired.Select(f => f.RuleId));
    }
}
