namespace DetainerDesk.Domain.Policies;

/// <summary>
/// A condition on <see cref="PolicyInputs"/>, written in the small JSON vocabulary described in the README.
/// Each condition also names the inputs it reads, so an answer can say what it was based on.
/// </summary>
public abstract record Condition
{
    public abstract bool Holds(PolicyInputs inputs);

    /// <summary>Names of the inputs this condition reads (for <see cref="PolicyAnswer.InputsUsed"/>).</summary>
    public abstract IEnumerable<string> InputsRead { get; }

    /// <summary>The condition that always holds: a rule without "when".</summary>
    public static readonly Condition Always = new AlwaysCondition();
}

public sealed record AlwaysCondition : Condition
{
    public override bool Holds(PolicyInputs inputs) => true;
    public override IEnumerable<string> InputsRead => [];
}

public sealed record AllCondition(IReadOnlyList<Condition> Parts) : Condition
{
    public override bool Holds(PolicyInputs inputs) => Parts.All(p => p.Holds(inputs));
    public override IEnumerable<string> InputsRead => Parts.SelectMany(p => p.InputsRead);
}

public sealed record AnyCondition(IReadOnlyList<Condition> Parts) : Condition
{
    public override bool Holds(PolicyInputs inputs) => Parts.Any(p => p.Holds(inputs));
    public override IEnumerable<string> InputsRead => Parts.SelectMany(p => p.InputsRead);
}

public sealed record NotCondition(Condition Inner) : Condition
{
    public override bool Holds(PolicyInputs inputs) => !Inner.Holds(inputs);
    public override IEnumerable<string> InputsRead => Inner.InputsRead;
}
