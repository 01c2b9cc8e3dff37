namespace DetainerDesk.Data.Imports;

/// <summary>Why a row was not imported: the column at fault (or "row"), the value as read, and the reason in words.</summary>
public readonly record struct RejectReason(string Column, string? Value, string Reason);
