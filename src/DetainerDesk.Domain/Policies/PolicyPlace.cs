using DetainerDesk.Domain.Organisations;

namespace DetainerDesk.Domain.Policies;

/// <summary>Where a detainer is held, as the policy engine reads it: the jurisdiction and the agency's 287(g) agreement.</summary>
public sealed record PolicyPlace(Jurisdiction Jurisdiction, Agreement287g Agreement, DateOnly? AgreementFrom)
{
    public Agreement287g AgreementOn(DateOnly day) => Organisation.AgreementOn(Agreement, AgreementFrom, day);
}
