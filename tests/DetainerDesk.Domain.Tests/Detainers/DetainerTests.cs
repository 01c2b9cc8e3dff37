using DetainerDesk.Domain.Detainers;

namespace DetainerDesk.Domain.Tests.Detainers;

public sealed class DetainerTests
{
    [Fact]
    public void Lodging_gives_a_lodged_detainer_at_version_1()
    {
        var result = Detainer.Lodge(Commands.Valid(), Commands.Context());
        Assert.True(result.Succeeded);
        Assert.Equal(DetainerStatus.Lodged, result.Value!.Status);
        Assert.Equal(1, result.Value.Version);
        Assert.Equal(Commands.Now, result.Value.LodgedAtUtc);
    }

    [Fact]
    public void Lodging_an_invalid_command_gives_errors_and_no_detainer()
    {
        var result = Detainer.Lodge(Commands.Valid() with { FormType = null }, Commands.Context());
        Assert.False(result.Succeeded);
        Assert.Null(result.Value);
    }

    [Fact]
    public void Acknowledging_records_who_and_when_once()
    {
        var detainer = Detainer.Lodge(Commands.Valid(), Commands.Context()).Value!;
        var first = Commands.Now.AddHours(2);
        Assert.Null(detainer.Acknowledge("clerk-1", first));
        Assert.Equal(DetainerStatus.Received, detainer.Status);
        Assert.Equal(2, detainer.Version);

        var refusal = detainer.Acknowledge("clerk-2", first.AddHours(1));
        Assert.Equal("already-acknowledged", refusal?.Code);
        Assert.Equal(first, detainer.ReceivedAtUtc);
        Assert.Equal("clerk-1", detainer.ReceivedByUserId);
        Assert.Equal(2, detainer.Version);
    }

    [Fact]
    public void Every_state_answers_every_action_with_a_target_or_a_reason()
    {
        foreach (var status in Enum.GetValues<DetainerStatus>())
            foreach (var action in Enum.GetValues<DetainerAction>())
            {
                var answer = DetainerTransitions.Decide(status, action);
                Assert.True((answer.Target is null) != (answer.Refusal is null), $"{status}/{action}: a target or a refusal, not both");
                Assert.True(answer.Refusal is null || answer.Refusal.Message.Length > 10, $"{status}/{action}");
                Assert.Equal(answer.Refusal, DetainerTransitions.Check(status, action));
            }
    }
}
