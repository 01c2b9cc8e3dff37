using DetainerDesk.Domain.Imports;

namespace DetainerDesk.Import.Tests;

/// <summary>The I-213 vocabularies on their own: redaction markers, apprehension methods and NCIC categories.</summary>
public sealed class ArrestVocabularyTests
{
    [Theory]
    [InlineData("(b)(6)")]
    [InlineData("(b)(6), (b)(7)(c)")]
    [InlineData("(b)(3), (b)(6), (b)(7)(c)")]
    [InlineData(" (b)(7)(C);(b)(6) ")]
    public void FOIA_exemption_markers_are_redactions(string value) => Assert.True(FoiaRedaction.IsMarker(value));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("b6")]
    [InlineData("Detainer")]
    [InlineData("(b)(6) released later")]
    [InlineData("[18,25)")]
    public void Ordinary_values_are_not_redactions(string? value) => Assert.False(FoiaRedaction.IsMarker(value));

    [Theory]
    [InlineData("Non-Custodial Arrest", PublicApprehensionMethod.NonCustodialArrest, ArrestSetting.AtLarge)]
    [InlineData("LOCATED", PublicApprehensionMethod.Located, ArrestSetting.AtLarge)]
    [InlineData("CAP Local Incarceration", PublicApprehensionMethod.CapLocalIncarceration, ArrestSetting.LocalJail)]
    [InlineData("287(g) Program", PublicApprehensionMethod.Program287g, ArrestSetting.LocalJail)]
    [InlineData("CAP State Incarceration", PublicApprehensionMethod.CapStateIncarceration, ArrestSetting.StateOrFederalPrison)]
    [InlineData("Other Agency (turned over to INS)", PublicApprehensionMethod.OtherAgency, ArrestSetting.Other)]
    [InlineData("Collateral Arrest", PublicApprehensionMethod.Unmapped, ArrestSetting.Other)]
    public void Apprehension_methods_map_to_a_setting(string raw, PublicApprehensionMethod method, ArrestSetting setting)
    {
        Assert.Equal(method, PublicApprehensionMethods.Parse(raw));
        Assert.Equal(setting, PublicApprehensionMethods.Setting(method));
    }

    [Theory]
    [InlineData("Homicide", ConvictionCategories.Homicide)]
    [InlineData("Sexual Assault", ConvictionCategories.SexOffence)]
    [InlineData("Sex Offenses (Not Involving Assault or Commercialized Sex)", ConvictionCategories.SexOffence)]
    [InlineData("Dangerous Drugs", ConvictionCategories.DangerousDrugs)]
    [InlineData("Traffic Offenses", ConvictionCategories.Traffic)]
    [InlineData("Commercialized Sexual Offenses", ConvictionCategories.Other)]
    [InlineData("IIDS ETL NULL", ConvictionCategories.Other)]
    public void NCIC_categories_give_offence_groups(string category, ConvictionCategories group) =>
        Assert.Equal(group, NcicCategories.Of(category));
}
