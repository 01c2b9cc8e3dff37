namespace DetainerDesk.Domain.AtLarge;

/// <summary>A fugitive operations team of one ERO field office (129 teams in 24 offices in 2019, domain brief §5.6).</summary>
public sealed class FugitiveTeam
{
    public Guid Id { get; init; }
    /// <summary>The field office (an organisation of kind FieldOffice) the team belongs to.</summary>
    public Guid FieldOfficeId { get; init; }
    /// <summary>Unique, e.g. "SEA-FOT-03".</summary>
    public required string Code { get; init; }
    public required string Name { get; set; }
    public bool Active { get; set; } = true;
}
