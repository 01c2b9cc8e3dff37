namespace DetainerDesk.Web.Features.Shared;

/// <summary>
/// One labelled select in USWDS markup, rendered by _SelectField.cshtml with its hint and error message. <see cref="Id"/>
/// is given because several forms on one page may post the same <see cref="Name"/>.
/// </summary>
public sealed record SelectField(string Name, string Id, string Label, IReadOnlyList<(string Value, string Text)> Options)
{
    public string? Selected { get; init; }
    public string? Hint { get; init; }
    public string? Error { get; init; }
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
