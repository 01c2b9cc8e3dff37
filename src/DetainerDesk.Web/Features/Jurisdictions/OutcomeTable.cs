namespace DetainerDesk.Web.Features.Jurisdictions;

/// <summary>Rows of outcome counts under one caption (fiscal years, or the months of one year).</summary>
public sealed record OutcomeTable(string Caption, string RowHeader, IReadOnlyList<(string Label, OutcomeCounts Counts)> Rows);
