namespace DetainerDesk.Domain.Policies;

/// <summary>
/// A rule-set data file is malformed. The message names the file and the JSON path of the problem; <see cref="Line"/>
/// (1-based) points an editor at the place, because a JSON path alone is hard to find in a long file.
/// </summary>
public sealed class RuleSetFormatException(string file, string path, string problem, int? line = null, int? column = null)
    : Exception($"{file}: {path}: {problem}")
{
    public string File { get; } = file;
    public string JsonPath { get; } = path;
    public string Problem { get; } = problem;
    public int? Line { get; } = line;
    public int? Column { get; } = column;

    internal RuleSetFormatException AtLine(int? line) => new(File, JsonPath, Problem, line, Column);
}
