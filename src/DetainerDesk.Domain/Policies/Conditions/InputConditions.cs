using DetainerDesk.Domain.Detainers;

namespace DetainerDesk.Domain.Policies;

public sealed record FormAnyOfCondition(IReadOnlySet<DetainerFormType> Forms) : Condition
{
    public override bool Holds(PolicyInputs inputs) => Forms.Contains(inputs.FormType);
    public override IEnumerable<string> InputsRead => ["formType"];
}

/// <summary>True for the forms that ask for a hold (I-247, I-247D, I-247A); false for I-247N, I-247G and I-247X.</summary>
public sealed record FormAsksForHoldCondition(bool Expected) : Condition
{
    public override bool Holds(PolicyInputs inputs) => DetainerForms.AsksForHold(inputs.FormType) == Expected;
    public override IEnumerable<string> InputsRead => ["formType"];
}

public sealed record ProbableCauseAnyOfCondition(ProbableCauseBasis Bases) : Condition
{
    public override bool Holds(PolicyInputs inputs) => (inputs.ProbableCause & Bases) != ProbableCauseBasis.None;
    public override IEnumerable<string> InputsRead => ["probableCause"];
}

public sealed record WarrantAnyOfCondition(IReadOnlySet<WarrantKind> Kinds) : Condition
{
    public override bool Holds(PolicyInputs inputs) => inputs.Warrants.Any(Kinds.Contains);
    public override IEnumerable<string> InputsRead => ["warrants"];
}

public sealed record RegistryAnyOfCondition(IReadOnlySet<Registry> Registries) : Condition
{
    public override bool Holds(PolicyInputs inputs) => inputs.Registries.Any(Registries.Contains);
    public override IEnumerable<string> InputsRead => ["registries"];
}

public sealed record FlagAnyOfCondition(IReadOnlySet<PolicyFlag> Flags) : Condition
{
    public override bool Holds(PolicyInputs inputs) => inputs.Flags.Any(Flags.Contains);
    public override IEnumerable<string> InputsRead => Flags.Select(f => "flags." + f.ToString());
}

public sealed record Agreement287gAnyOfCondition(IReadOnlySet<Agreement287g> Models) : Condition
{
    public override bool Holds(PolicyInputs inputs) => Models.Contains(inputs.Agreement287g);
    public override IEnumerable<string> InputsRead => ["agreement287g"];
}

/// <summary>
/// Filters on a conviction or a current charge. Every field left null is "don't care". <see cref="WithinYears"/> counts back
/// from the evaluation date: a conviction dated exactly N years before it is inside the window.
/// </summary>
public sealed record OffenceFilter(
    int? WithinYears,
    IReadOnlySet<OffenceLevel>? LevelAnyOf,
    bool? SeriousOrViolentFelony,
    bool? StatePrisonEligible,
    bool? MagistrateFoundProbableCause,
    bool? OnStateOffenceList,
    IReadOnlyList<string>? NcicPrefixAnyOf)
{
    public bool Matches(Offence offence, DateOnly evaluationDate) =>
        (WithinYears is not { } years || (offence.Date >= evaluationDate.AddYears(-years) && offence.Date <= evaluationDate))
        && (LevelAnyOf is null || LevelAnyOf.Contains(offence.Level))
        && (SeriousOrViolentFelony is not { } sv || offence.SeriousOrViolentFelony == sv)
        && (StatePrisonEligible is not { } sp || offence.StatePrisonEligible == sp)
        && (MagistrateFoundProbableCause is not { } pc || offence.MagistrateFoundProbableCause == pc)
        && (OnStateOffenceList is not { } listed || offence.OnStateOffenceList == listed)
        && (NcicPrefixAnyOf is null || NcicPrefixAnyOf.Any(p => offence.NcicCode.StartsWith(p, StringComparison.Ordinal)));
}

/// <summary>Some conviction on file matches the filter.</summary>
public sealed record ConvictionCondition(OffenceFilter Filter) : Condition
{
    public override bool Holds(PolicyInputs inputs) => inputs.Convictions.Any(c => Filter.Matches(c, inputs.EvaluationDate));
    public override IEnumerable<string> InputsRead => ["convictions"];
}

/// <summary>Some current charge matches the filter.</summary>
public sealed record ChargeCondition(OffenceFilter Filter) : Condition
{
    public override bool Holds(PolicyInputs inputs) => inputs.Charges.Any(c => Filter.Matches(c, inputs.EvaluationDate));
    public override IEnumerable<string> InputsRead => ["charges"];
}
