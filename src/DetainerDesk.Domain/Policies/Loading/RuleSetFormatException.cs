namespace DetainerDesk.Domain.Policies;

/// <summary>A rule-set data file is malformed. The message names the file and the JSON path of the problem.</summary>
public sealed class RuleSetFormatException(string file, string path, string problem)
    : Exception($"{file}: {path}: {problem}")
{
    public string File { get; } = file;
    public string JsonPath { get; } = path;
}
