using System.Text.RegularExpressions;
using DetainerDesk.Data.Policies;

namespace DetainerDesk.Web.Features.PolicyAdmin;

/// <summary>
/// A problem as the editor shows it. System.Text.Json ends its messages with its own zero-based position
/// ("LineNumber: 10 | BytePositionInLine: 23."), which contradicts the one-based line shown beside it, so it is cut.
/// </summary>
public static partial class RuleSetProblemText
{
    public static string Problem(RuleSetProblem problem) => JsonPosition().Replace(problem.Problem, "").TrimEnd();

    public static string Summary(RuleSetProblem problem) => (problem with { Problem = Problem(problem) }).ToString();

    [GeneratedRegex(@"\s*(Path: [^|]*\| )?LineNumber: \d+ \| BytePositionInLine: \d+\.?")]
    private static partial Regex JsonPosition();
}
