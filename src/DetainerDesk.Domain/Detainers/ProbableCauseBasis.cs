namespace DetainerDesk.Domain.Detainers;

/// <summary>
/// The probable-cause boxes of the I-247A. Box 1 (a–d) states why DHS believes the person is removable;
/// Box 2 says DHS lent the person to the agency and will resume custody. The two boxes exclude each other.
/// </summary>
[Flags]
public enum ProbableCauseBasis
{
    None = 0,
    /// <summary>Box 1(a): a final order of removal.</summary>
    FinalOrderOfRemoval = 1,
    /// <summary>Box 1(b): removal proceedings are pending.</summary>
    PendingRemovalProceedings = 2,
    /// <summary>Box 1(c): biometric confirmation plus federal database records showing no status or removability.</summary>
    BiometricAndDatabaseRecords = 4,
    /// <summary>Box 1(d): the subject's statements to an immigration officer and/or other reliable evidence.</summary>
    StatementsOrReliableEvidence = 8,
    /// <summary>Box 2: DHS transferred the person for a proceeding or investigation and will resume custody.</summary>
    ResumeCustody = 16,
}

public static class ProbableCause
{
    public const ProbableCauseBasis Box1 = ProbableCauseBasis.FinalOrderOfRemoval | ProbableCauseBasis.PendingRemovalProceedings
        | ProbableCauseBasis.BiometricAndDatabaseRecords | ProbableCauseBasis.StatementsOrReliableEvidence;

    public static bool HasBox1(ProbableCauseBasis basis) => (basis & Box1) != 0;
    public static bool HasBox2(ProbableCauseBasis basis) => basis.HasFlag(ProbableCauseBasis.ResumeCustody);

    public static IEnumerable<string> Describe(ProbableCauseBasis basis)
    {
        if (basis.HasFlag(ProbableCauseBasis.FinalOrderOfRemoval)) yield return "1(a) Final order of removal";
        if (basis.HasFlag(ProbableCauseBasis.PendingRemovalProceedings)) yield return "1(b) Removal proceedings pending";
        if (basis.HasFlag(ProbableCauseBasis.BiometricAndDatabaseRecords)) yield return "1(c) Biometric match and database records";
        if (basis.HasFlag(ProbableCauseBasis.StatementsOrReliableEvidence)) yield return "1(d) Statements or other reliable evidence";
        if (basis.HasFlag(ProbableCauseBasis.ResumeCustody)) yield return "2 DHS will resume custody";
    }
}
