using System.CommandLine;

namespace DetainerDesk.Cli.Commands;

public static class SeedCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("seed", "Load reference data and deterministic synthetic demo data.");
        command.SetAction((_, _) => Task.FromResult(0));
        return command;
    }
}
