using System.Globalization;
using System.Text;

namespace DetainerDesk.Domain.Linkage;

/// <summary>One field's part of a score: the level reached, its m and u, and the bits it adds.</summary>
public sealed record FieldContribution(LinkField Field, string Level, double M, double U, double Bits);

/// <summary>
/// Why a pair scored what it did, for a reviewer: the deciding identifier if any, else the prior, every present
/// field's level and weight, the surname frequency adjustment, the total and the probability. Missing fields are
/// listed with 0 bits so that "no date of birth" is visible rather than silently absent.
/// </summary>
public sealed record MatchExplanation(
    string LeftId, string RightId, StrongVerdict Strong, StrongIdentifierKind? StrongKind, bool NamesSwapped,
    double PriorBits, IReadOnlyList<FieldContribution> Fields, double TfAdjustmentBits, double TotalBits)
{
    public double Probability => FellegiSunterModel.Probability(TotalBits);

    public static MatchExplanation For(PreparedPerson a, PreparedPerson b, FellegiSunterModel model)
    {
        var c = PairComparison.Compare(a, b);
        var fields = new List<FieldContribution>();
        foreach (var field in LinkFieldLevels.All)
        {
            var level = c.Level(field);
            fields.Add(level == LinkFieldLevels.Missing
                ? new FieldContribution(field, "missing", double.NaN, double.NaN, 0)
                : new FieldContribution(field, LinkFieldLevels.Of(field)[level], model.M[(int)field][level], model.U[(int)field][level], model.LevelBits(field, level)));
        }
        return new MatchExplanation(a.Record.Id, b.Record.Id, c.Strong, c.StrongKind, c.NamesSwapped,
            model.PriorBits, fields, model.TfAdjustmentBits(c), model.Bits(c));
    }

    /// <summary>One line, for CSV output and logs: "surname exact +7.1; dob day and month swapped +4.0; …".</summary>
    public string Summary()
    {
        if (Strong == StrongVerdict.DifferentIdentifier) return $"different {StrongKind}: never the same person";
        if (Strong == StrongVerdict.SameIdentifier) return $"same {StrongKind}: linked on the identifier";
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"prior {PriorBits:+0.0;-0.0}");
        foreach (var f in Fields.Where(f => f.Level != "missing"))
            sb.Append(CultureInfo.InvariantCulture, $"; {f.Field} {f.Level} {f.Bits:+0.0;-0.0}");
        if (TfAdjustmentBits != 0) sb.Append(CultureInfo.InvariantCulture, $"; surname frequency {TfAdjustmentBits:+0.0;-0.0}");
        if (NamesSwapped) sb.Append("; given and surname swapped");
        sb.Append(CultureInfo.InvariantCulture, $"; total {TotalBits:+0.0;-0.0} bits = {Probability:P1}");
        return sb.ToString();
    }
}
