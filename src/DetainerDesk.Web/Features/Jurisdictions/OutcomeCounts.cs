using DetainerDesk.Domain.Cooperation;

namespace DetainerDesk.Web.Features.Jurisdictions;

/// <summary>Detainers counted by outcome. Built from grouped rows the database counted; adding never touches a detainer.</summary>
public sealed class OutcomeCounts
{
    private readonly int[] _counts = new int[CooperationOutcomes.All.Count];

    public int Received { get; private set; }

    public int this[CooperationOutcome outcome] => _counts[(int)outcome];

    public void Add(CooperationOutcome outcome, int count)
    {
        _counts[(int)outcome] += count;
        Received += count;
    }

    /// <summary>Answers the agency gave that ended (honoured, notification only, declined, held then released).</summary>
    public int Answered => CooperationOutcomes.All.Where(CooperationOutcomes.IsAgencyAnswer).Sum(o => _counts[(int)o]);

    /// <summary>Declined ÷ answered; null when nothing ended with an answer, because no rate is not a rate of zero.</summary>
    public double? DeclineRate => Answered == 0 ? null : (double)this[CooperationOutcome.Declined] / Answered;
}
