namespace DetainerDesk.Data.ApiKeys;

/// <summary>A key a jail or prison system uses to call the API. Only a hash is stored; the key is shown once.</summary>
public sealed class ApiKey
{
    public Guid Id { get; init; }
    public Guid OrganisationId { get; init; }
    public required string Name { get; init; }
    /// <summary>The first characters of the key, to find the row without scanning every hash.</summary>
    public required string Prefix { get; init; }
    /// <summary>SHA-256 of the whole key (keys are 256-bit random, so a slow hash adds nothing).</summary>
    public required string Hash { get; init; }
    /// <summary>The role the key acts with, e.g. AgencyClerk for a jail system.</summary>
    public required string Role { get; init; }
    public DateTime CreatedAtUtc { get; init; }
    public DateTime? RevokedAtUtc { get; set; }
}
