using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DetainerDesk.Web.Features.Shared;

/// <summary>A problem to fix, linking to the input that shows it (GOV.UK/USWDS error-summary pattern).</summary>
public sealed record ErrorLink(string InputId, string Message);

/// <summary>The alert at the top of a form that lists every problem (or explains one); rendered by _ErrorSummary.cshtml.</summary>
public sealed record ErrorSummary(string Heading, IReadOnlyList<ErrorLink> Problems)
{
    public string? Text { get; init; }
}

public static class ModelStateMessages
{
    /// <summary>The first message recorded for a key, or null: each input shows one message at a time.</summary>
    public static string? FirstError(this ModelStateDictionary state, string key) =>
        state.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
}
