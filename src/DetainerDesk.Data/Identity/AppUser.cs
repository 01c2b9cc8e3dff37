using Microsoft.AspNetCore.Identity;

namespace DetainerDesk.Data.Identity;

/// <summary>A staff user. Every staff user belongs to exactly one organisation and sees only what it may see.</summary>
public sealed class AppUser : IdentityUser
{
    public Guid OrganisationId { get; set; }
    public required string DisplayName { get; set; }
    public bool Disabled { get; set; }
}
