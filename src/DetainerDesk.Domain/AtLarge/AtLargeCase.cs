using DetainerDesk.Domain.AtLarge.Priorities;
using DetainerDesk.Domain.Common;
using DetainerDesk.Domain.Detainers;

namespace DetainerDesk.Domain.AtLarge;

/// <summary>
/// An at-large case: the follow-up, in the community, of someone the jail did not hand over, or of a final-order
/// fugitive, a re-entry after removal or a tip (issue 7). Each step either changes the case and records one event, or
/// returns why not and changes nothing. Classifications are appended, never rewritten (domain brief §6.2 item 13).
/// </summary>
public sealed partial class AtLargeCase
{
    private readonly List<CaseEvent> _events = [];
    private readonly List<PriorityClassification> _classifications = [];

    private AtLargeCase() { }

    public Guid Id { get; private init; }
    public Guid PersonId { get; private init; }
    /// <summary>The field office whose area the case belongs to; only its officers (and headquarters) see the case.</summary>
    public Guid FieldOfficeId { get; private init; }
    public CaseOrigin Origin { get; private init; }
    /// <summary>For <see cref="CaseOrigin.ReleasedWithoutTransfer"/>: the detainer that ended in the release.</summary>
    public Guid? DetainerId { get; private init; }
    /// <summary>For <see cref="CaseOrigin.Tip"/>: the tip's reference. The tip is a lead; it is never the basis of an arrest.</summary>
    public string? TipReference { get; private init; }
    public CaseStatus Status { get; private set; }
    public Guid? TeamId { get; private set; }
    public DateTime? LocatedAtUtc { get; private set; }
    public CloseReason? CloseReason { get; private set; }
    public DateTime OpenedAtUtc { get; private init; }
    public string OpenedBy { get; private init; } = "";
    public DateTime LastChangedAtUtc { get; private set; }
    public int Version { get; private set; }
    /// <summary>The latest booking of the person since the case opened, flagged the moment it is recorded (issue 7), or null.</summary>
    public Guid? RebookingId { get; private set; }
    public DateTime? RebookedAtUtc { get; private set; }

    /// <summary>The steps recorded on this object (the data layer stores them; loaded cases start with none).</summary>
    public IReadOnlyList<CaseEvent> Events => _events;

    /// <summary>Every classification loaded or made, oldest first.</summary>
    public IReadOnlyList<PriorityClassification> Classifications => _classifications;

    /// <summary>The classification that counts now: the latest one made.</summary>
    public PriorityClassification? CurrentClassification => _classifications.MaxBy(c => c.Sequence);

    public static Result<AtLargeCase> Open(OpenCaseCommand command)
    {
        var errors = new List<DomainError>();
        if (!Enum.IsDefined(command.Origin)) errors.Add(new("origin-unknown", "Say how the case came about.", "origin"));
        if (string.IsNullOrWhiteSpace(command.Actor)) errors.Add(new("actor-required", "Say who is acting."));
        if (string.IsNullOrWhiteSpace(command.Reason)) errors.Add(new("reason-required", "Give the reason for opening the case.", "reason"));
        if (command.AtUtc.Kind != DateTimeKind.Utc) errors.Add(new("time-not-utc", "Times are recorded in UTC."));
        if (command.Origin == CaseOrigin.ReleasedWithoutTransfer && command.DetainerId is null)
            errors.Add(new("detainer-required", "A case for a release without transfer is linked to the detainer that ended.", "detainerId"));
        if (command.Origin == CaseOrigin.Tip && string.IsNullOrWhiteSpace(command.TipReference))
            errors.Add(new("tip-reference-required", "Name the tip the lead comes from.", "tipReference"));
        if (command.Origin != CaseOrigin.Tip && !string.IsNullOrWhiteSpace(command.TipReference))
            errors.Add(new("tip-not-origin", "A tip reference belongs only to a case opened from a tip.", "tipReference"));
        if (errors.Count > 0) return Result<AtLargeCase>.Failure(errors);

        var c = new AtLargeCase
        {
            Id = command.CaseId,
            PersonId = command.PersonId,
            FieldOfficeId = command.FieldOfficeId,
            Origin = command.Origin,
            DetainerId = command.DetainerId,
            TipReference = command.TipReference?.Trim(),
            Status = CaseStatus.Open,
            OpenedAtUtc = command.AtUtc,
            OpenedBy = command.Actor,
            LastChangedAtUtc = command.AtUtc,
        };
        c.Record(CaseAction.Open, null, CaseStatus.Open,
            new TransitionInput(command.Actor, command.AtUtc, command.Reason, new TransitionEvidence(CaseStatuses.Describe(command.Origin),
                command.DetainerId?.ToString() ?? command.TipReference)));
        return Result<AtLargeCase>.Success(c);
    }

    /// <summary>Gives the case to a team of its own field office (the caller checks the office; the case checks the state).</summary>
    public DomainError? Assign(Guid teamId, TransitionInput input) =>
        Apply(CaseAction.Assign, input,
            () => teamId == Guid.Empty ? new("team-required", "Choose the team that takes the case.", "teamId")
                : teamId == TeamId ? new("already-assigned", "The case is already with this team.", "teamId")
                : null,
            () => TeamId = teamId);

    /// <summary>The person was found. On a case opened from a tip, the tip alone does not locate anyone: the evidence must be another source.</summary>
    public DomainError? Locate(TransitionInput input) =>
        Apply(CaseAction.Locate, input,
            () => !input.Evidence.HasSource ? new("evidence-required", "Say how the person was located (the evidence's source).", "source")
                : Origin == CaseOrigin.Tip && MentionsTip(input.Evidence.Source) ? new("tip-is-a-lead",
                    "A tip is a lead, not a sighting: confirm the location from another source (a records check, an officer's observation) and name it.", "source")
                : null,
            () => LocatedAtUtc = input.AtUtc);

    /// <summary>
    /// Records the arrest and finishes the case. The probable cause must be stated and, on a case from a tip, must not be
    /// the tip (domain brief §6.2 item 11). Criminality and conviction categories come from the record's facts.
    /// </summary>
    public Result<AtLargeArrest> RecordArrest(Guid arrestId, ArrestDetails details, PriorityFacts facts, TransitionInput input)
    {
        var refusal = Apply(CaseAction.RecordArrest, input, () =>
            !Enum.IsDefined(details.Method) ? new("method-unknown", "Choose how the arrest came about, in ICE's classes.", "method")
            : !Enum.IsDefined(details.Place) ? new("place-unknown", "Choose where the arrest happened.", "place")
            : details.ArrestedAtUtc.Kind != DateTimeKind.Utc ? new("time-not-utc", "The arrest time must be given in UTC.", "arrestedAt")
            : details.ArrestedAtUtc > input.AtUtc ? new("arrest-in-future", "An arrest is recorded after it happens.", "arrestedAt")
            : details.ArrestedAtUtc < OpenedAtUtc ? new("arrest-before-case", "The arrest is before the case was opened; record it on its own, not on this case.", "arrestedAt")
            : string.IsNullOrWhiteSpace(details.ProbableCause) ? new("probable-cause-required", "State what the arrest rests on (a warrant of removal, a final order, a record check).", "probableCause")
            : Origin == CaseOrigin.Tip && (MentionsTip(details.ProbableCause) || (TipReference is { } tip && details.ProbableCause.Contains(tip, StringComparison.OrdinalIgnoreCase)))
                ? new("tip-is-not-probable-cause", "A tip is a lead, never probable cause: state the warrant or record the arrest rests on.", "probableCause")
            : null,
            null);
        if (refusal is not null) return Result<AtLargeArrest>.Failure(refusal);
        return Result<AtLargeArrest>.Success(new AtLargeArrest
        {
            Id = arrestId,
            CaseId = Id,
            PersonId = PersonId,
            FieldOfficeId = FieldOfficeId,
            TeamId = TeamId,
            ArrestedAtUtc = details.ArrestedAtUtc,
            Place = details.Place,
            Method = details.Method,
            Criminality = AtLargeArrest.CriminalityOf(facts),
            ConvictionCategories = NcicOffences.Categories(facts.Offences),
            ReleasedDespiteDetainer = Origin == CaseOrigin.ReleasedWithoutTransfer && DetainerId is not null,
            DetainerId = DetainerId,
            ProbableCause = details.ProbableCause.Trim(),
            Note = string.IsNullOrWhiteSpace(details.Note) ? null : details.Note.Trim(),
            RecordedBy = input.Actor,
            RecordedAtUtc = input.AtUtc,
        });
    }

    public DomainError? Close(CloseReason reason, TransitionInput input) =>
        Apply(CaseAction.Close, input,
            () => Enum.IsDefined(reason) ? null
                : new("close-reason-unknown", "Say why the case closes: in custody elsewhere, departed, status resolved, wrong person or lifted.", "reason"),
            () => CloseReason = reason);

    /// <summary>
    /// A jail booked the person again while the case is unfinished: the case is flagged at once, so the team can act
    /// while the person is in custody. Not a step of the case's life (no status change, no version); false when the
    /// case is finished or the booking is older than the case or than the booking already flagged.
    /// </summary>
    public bool FlagRebooking(Guid bookingId, DateTime bookedAtUtc)
    {
        if (CaseStatuses.IsFinished(Status) || bookedAtUtc < OpenedAtUtc || bookedAtUtc <= RebookedAtUtc) return false;
        RebookingId = bookingId;
        RebookedAtUtc = bookedAtUtc;
        return true;
    }

    private static bool MentionsTip(string text) =>
        text.Split([' ', ',', ';', ':', '.', '-', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Any(w => w.Equals("tip", StringComparison.OrdinalIgnoreCase) || w.Equals("tips", StringComparison.OrdinalIgnoreCase));

    private DomainError? Apply(CaseAction action, TransitionInput input, Func<DomainError?>? check, Action? change)
    {
        var (target, refusal) = CaseTransitions.Decide(Status, action);
        if (refusal is not null) return refusal;
        if (CheckInput(input) is { } invalid) return invalid;
        if (check?.Invoke() is { } failed) return failed;
        change?.Invoke();
        Record(action, Status, target!.Value, input);
        return null;
    }

    private void Record(CaseAction action, CaseStatus? from, CaseStatus to, TransitionInput input)
    {
        Status = to;
        LastChangedAtUtc = input.AtUtc;
        Version++;
        _events.Add(new CaseEvent
        {
            CaseId = Id, Version = Version, Action = action, From = from, To = to, Actor = input.Actor, AtUtc = input.AtUtc,
            Reason = input.Reason.Trim(), EvidenceSource = input.Evidence.Source.Trim(), EvidenceReference = input.Evidence.Reference,
        });
    }

    private DomainError? CheckInput(TransitionInput input)
    {
        if (string.IsNullOrWhiteSpace(input.Actor)) return new("actor-required", "Say who is acting.");
        if (string.IsNullOrWhiteSpace(input.Reason)) return new("reason-required", "Give the reason for this step.", "reason");
        if (input.Evidence is null || string.IsNullOrWhiteSpace(input.Evidence.Source)) return new("evidence-required", "Say what supports this step.", "source");
        if (input.AtUtc.Kind != DateTimeKind.Utc) return new("time-not-utc", "Times are recorded in UTC.");
        return input.AtUtc < LastChangedAtUtc
            ? new("time-before-last-event", $"{input.AtUtc:u} is before the case's last step ({LastChangedAtUtc:u}); the timeline only moves forward.")
            : null;
    }
}
