using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.People;

namespace DetainerDesk.Domain.Tests.Detainers;

internal static class Commands
{
    public static readonly DateTime Now = new(2026, 11, 29, 15, 0, 0, DateTimeKind.Utc);

    public static LodgeDetainerCommand Valid(ProbableCauseBasis basis = ProbableCauseBasis.PendingRemovalProceedings) => new(
        DetainerFormType.I247A, basis, WarrantKind.AdministrativeI200, "SEA-000123", new DateOnly(2026, 11, 28),
        new SubjectDetails("Quintero Salas", "Test", null, new DateOnly(1990, 4, 17), Sex.Male, "Mexico", "A-012-345-678"),
        Guid.NewGuid(), "B2026-0001");

    public static LodgingContext Context() => new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "officer-1", Now);
}
