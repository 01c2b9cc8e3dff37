using System.Text.Json;
using System.Text.Json.Serialization;

namespace DetainerDesk.Domain.Policies;

/// <summary>
/// The stored form of a <see cref="PolicyDecision"/>: every answer with its rule, citation, inputs and trail, the duties
/// and the inputs themselves, so a decision read back years later is exactly the one shown at the time.
/// Enums are written by name so the stored text stays readable and survives reordered enum values.
/// </summary>
public static class PolicyDecisionJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(PolicyDecision decision) => JsonSerializer.Serialize(decision, Options);

    public static PolicyDecision Deserialize(string json) =>
        JsonSerializer.Deserialize<PolicyDecision>(json, Options) ?? throw new JsonException("A stored policy decision is empty.");
}
