using DetainerDesk.Domain.Calendar;

namespace DetainerDesk.Web.Features.Jurisdictions;

/// <summary>The fiscal-year select of the jurisdiction pages: a GET form, so it works without script and the URL can be shared.</summary>
/// <param name="Colour">The map's colouring, kept when the year changes; null on pages without one.</param>
public sealed record YearForm(string Action, IReadOnlyList<FiscalYear> Years, FiscalYear Selected, string? Colour);
