using Microsoft.AspNetCore.Mvc.Rendering;

namespace DetainerDesk.Web.Features.Shared;

/// <summary>
/// One labelled input (text, e-mail, password, date) in USWDS markup, rendered by _TextField.cshtml with its hint and
/// error message. <see cref="Name"/> is the model-binding name, e.g. "Input.FamilyName".
/// </summary>
public sealed record TextField(string Name, string Label, string? Value)
{
    public string Type { get; init; } = "text";
    public string? Hint { get; init; }
    public string? Error { get; init; }
    public string? Autocomplete { get; init; }
    /// <summary>A USWDS width modifier such as "usa-input--md"; inputs are full width (up to 30rem) without one.</summary>
    public string? WidthClass { get; init; }
    public bool Optional { get; init; }
    /// <summary>Upper bound of a date input (yyyy-MM-dd): the browser's picker then offers no later day.</summary>
    public string? Max { get; init; }

    /// <summary>Set when several forms on one page post the same name, so that each input keeps a unique id.</summary>
    public string? FieldId { get; init; }
    /// <summary>The id the ASP.NET tag helpers would give the input, so labels and error-summary links agree with them.</summary>
    public string Id => FieldId ?? TagBuilder.CreateSanitizedId(Name, "_");
    public string HintId => Id + "-hint";
    public string ErrorId => Id + "-error";

    public string? DescribedBy
    {
        get
        {
            var ids = new[] { Hint is null ? null : HintId, Error is null ? null : ErrorId }.OfType<string>().ToArray();
            return ids.Length == 0 ? null : string.Join(' ', ids);
        }
    }
}
