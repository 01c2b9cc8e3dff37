using System.Text.Json.Nodes;

namespace DetainerDesk.Web.Tests.Detainers;

/// <summary>Request bodies as a jail or ICE system would send them: plain JSON, enums as strings.</summary>
public static class LodgeRequests
{
    public static JsonObject Valid(Guid facilityId, string? bookingNumber = null) => new()
    {
        ["formType"] = "I247A",
        ["probableCause"] = new JsonObject { ["pendingRemovalProceedings"] = true, ["statementsOrReliableEvidence"] = true },
        ["warrant"] = new JsonObject { ["kind"] = "AdministrativeI200", ["number"] = "SEA-I200-000123", ["date"] = "2026-11-20" },
        ["subject"] = new JsonObject
        {
            ["familyName"] = "Quintero Salas",
            ["givenName"] = "Test",
            ["dateOfBirth"] = "1990-04-17",
            ["sex"] = "Male",
            ["countryOfCitizenship"] = "Mexico",
        },
        ["facilityId"] = facilityId.ToString(),
        ["bookingNumber"] = bookingNumber ?? $"B{Guid.NewGuid():N}"[..12],
    };
}
