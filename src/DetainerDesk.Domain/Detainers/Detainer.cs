using DetainerDesk.Domain.Common;

namespace DetainerDesk.Domain.Detainers;

/// <summary>
/// A detainer lodged by an ICE field office with the agency holding a person. State changes go through
/// methods that check the rule and return an error instead of changing anything.
/// </summary>
public sealed partial class Detainer
{
    private Detainer() { }

    public Guid Id { get; private init; }
    public DetainerFormType FormType { get; private init; }
    public ProbableCauseBasis Basis { get; private init; }
    public WarrantKind WarrantKind { get; private init; }
    public string WarrantNumber { get; private init; } = "";
    public DateOnly WarrantDate { get; private init; }

    public Guid PersonId { get; private init; }
    public Guid BookingId { get; private init; }
    public Guid FacilityId { get; private init; }
    /// <summary>The local agency that holds the person; the only agency that may see the detainer.</summary>
    public Guid ReceivingAgencyId { get; private init; }
    /// <summary>The field office that issued it.</summary>
    public Guid IssuingOfficeId { get; private init; }

    public DateTime LodgedAtUtc { get; private init; }
    public string LodgedByUserId { get; private init; } = "";

    public DetainerStatus Status { get; private set; }
    public DateTime? ReceivedAtUtc { get; private set; }
    public string? ReceivedByUserId { get; private set; }

    /// <summary>The detainer this one continues after the person moved here from another agency; null when lodged directly.</summary>
    public Guid? FollowsDetainerId { get; private init; }

    /// <summary>Incremented on every change; an optimistic-concurrency token and the API's ETag.</summary>
    public int Version { get; private set; }

    /// <summary>When the last step was recorded; the timeline only moves forward from here.</summary>
    public DateTime LastChangedAtUtc { get; private set; }

    /// <summary>Creates a lodged detainer from a command that <see cref="DetainerLodging.Validate"/> accepted.</summary>
    public static Result<Detainer> Lodge(LodgeDetainerCommand command, LodgingContext context)
    {
        var errors = DetainerLodging.Validate(command, context.NowUtc);
        if (errors.Count > 0) return Result<Detainer>.Failure(errors);

        return Result<Detainer>.Success(new Detainer
        {
            Id = context.DetainerId,
            FormType = command.FormType!.Value,
            Basis = command.Basis,
            WarrantKind = command.WarrantKind!.Value,
            WarrantNumber = command.WarrantNumber!.Trim(),
            WarrantDate = command.WarrantDate!.Value,
            PersonId = context.PersonId,
            BookingId = context.BookingId,
            FacilityId = context.FacilityId,
            ReceivingAgencyId = context.ReceivingAgencyId,
            IssuingOfficeId = context.IssuingOfficeId,
            LodgedAtUtc = context.NowUtc,
            LodgedByUserId = context.UserId,
            LastChangedAtUtc = context.NowUtc,
            Status = DetainerStatus.Lodged,
            Version = 1,
        });
    }

    /// <summary>The receiving agency logs that it has the detainer. Acknowledging twice is refused, so the first receipt time stands.</summary>
    public DomainError? Acknowledge(string userId, DateTime nowUtc)
    {
        var refusal = DetainerTransitions.Check(Status, DetainerAction.Acknowledge);
        if (refusal is not null) return refusal;
        ReceivedAtUtc = nowUtc;
        ReceivedByUserId = userId;
        Record(DetainerAction.Acknowledge, DetainerStatus.Received,
            new TransitionInput(userId, nowUtc, "Receipt logged by the agency", new TransitionEvidence("receiving agency")));
        return null;
    }
}

/// <summary>What the lodging needs besides the officer's input: ids resolved by the caller and the clock.</summary>
public sealed record LodgingContext(
    Guid DetainerId,
    Guid PersonId,
    Guid BookingId,
    Guid FacilityId,
    Guid ReceivingAgencyId,
    Guid IssuingOfficeId,
    string UserId,
    DateTime NowUtc);

/// <summary>Where the person went: the receiving agency's facility and booking, and the id of the detainer that follows them there.</summary>
public sealed record ReceivingCustody(Guid NewDetainerId, Guid AgencyId, Guid FacilityId, Guid BookingId);
