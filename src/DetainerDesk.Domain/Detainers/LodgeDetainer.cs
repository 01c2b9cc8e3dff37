using DetainerDesk.Domain.Common;
using DetainerDesk.Domain.People;

namespace DetainerDesk.Domain.Detainers;

/// <summary>What an officer fills in to lodge a detainer. Everything is nullable so that "missing" can be told apart from "wrong".</summary>
public sealed record LodgeDetainerCommand(
    DetainerFormType? FormType,
    ProbableCauseBasis Basis,
    WarrantKind? WarrantKind,
    string? WarrantNumber,
    DateOnly? WarrantDate,
    SubjectDetails Subject,
    Guid? FacilityId,
    string? BookingNumber);

public sealed record SubjectDetails(
    string? FamilyName,
    string? GivenName,
    string? MiddleName,
    DateOnly? DateOfBirth,
    Sex? Sex,
    string? CountryOfCitizenship,
    string? ANumber);

/// <summary>
/// The rules for issuing a detainer (ICE Policy 10074.2, 8 CFR 287.7, domain brief §2.2 invariant 1):
/// a form that may be issued today, a probable-cause basis, a signed administrative warrant, and a person
/// in an agency's custody on a criminal arrest. Field names in errors are dotted paths of the command.
/// </summary>
public static class DetainerLodging
{
    public const int MaxNameLength = 100;
    public const int MaxWarrantNumberLength = 40;
    public const int MaxBookingNumberLength = 40;

    public static IReadOnlyList<DomainError> Validate(LodgeDetainerCommand command, DateTime nowUtc)
    {
        var errors = new List<DomainError>();
        var today = DateOnly.FromDateTime(nowUtc);

        ValidateForm(command, today, errors);
        ValidateWarrant(command, today, errors);
        ValidateSubject(command.Subject, today, errors);

        if (command.FacilityId is null || command.FacilityId == Guid.Empty)
            errors.Add(new("facility-required", "Choose the facility that holds the person.", "FacilityId"));
        if (string.IsNullOrWhiteSpace(command.BookingNumber))
            errors.Add(new("booking-required", "Enter the booking number of the criminal arrest: a detainer may be lodged only on a person arrested for a criminal offence.", "BookingNumber"));
        else if (command.BookingNumber.Trim().Length > MaxBookingNumberLength)
            errors.Add(new("booking-too-long", $"The booking number can be at most {MaxBookingNumberLength} characters.", "BookingNumber"));

        return errors;
    }

    private static void ValidateForm(LodgeDetainerCommand command, DateOnly today, List<DomainError> errors)
    {
        DetainerFormType? form = command.FormType;
        if (form is null)
            errors.Add(new("form-required", "Choose the detainer form.", "FormType"));
        else if (!Enum.IsDefined(form.Value))
        {
            errors.Add(new("form-unknown", "The detainer form is not one DetainerDesk knows.", "FormType"));
            form = null;
        }
        else if (!DetainerForms.IssuableOn(form.Value, today))
            errors.Add(new("form-not-issuable", $"Form {DetainerForms.ShortName(form.Value)} cannot be issued on {today:yyyy-MM-dd}; use the I-247A (or the I-247G where the Gonzalez settlement applies).", "FormType"));

        var box1 = ProbableCause.HasBox1(command.Basis);
        var box2 = ProbableCause.HasBox2(command.Basis);
        if (!box1 && !box2)
            errors.Add(new("basis-required", "Tick at least one probable-cause box in Box 1 (a–d), or Box 2.", "Basis"));
        else if (box1 && box2)
            errors.Add(new("basis-contradictory", "Box 1 and Box 2 exclude each other: either DHS has probable cause of removability (Box 1) or DHS lent you the person (Box 2), not both.", "Basis"));
        else if (box2 && form is { } known && known != DetainerFormType.I247A)
            errors.Add(new("basis-box2-form", "Box 2 exists only on the I-247A.", "Basis"));
    }

    private static void ValidateWarrant(LodgeDetainerCommand command, DateOnly today, List<DomainError> errors)
    {
        if (command.WarrantKind is not { } kind)
            errors.Add(new("warrant-required", "Attach the signed I-200 or I-205 warrant: every detainer needs one.", "WarrantKind"));
        else if (!Enum.IsDefined(kind) || !Warrants.IsAdministrative(kind))
            errors.Add(new("warrant-kind", "A detainer is lodged with an administrative warrant: I-200 (arrest) or I-205 (removal). Judicial warrants are attached later.", "WarrantKind"));
        else if (kind == WarrantKind.AdministrativeI205 && !command.Basis.HasFlag(ProbableCauseBasis.FinalOrderOfRemoval))
            errors.Add(new("warrant-i205-needs-final-order", "An I-205 Warrant of Removal exists only once there is a final order: tick Box 1(a), or attach the I-200.", "WarrantKind"));

        if (string.IsNullOrWhiteSpace(command.WarrantNumber))
            errors.Add(new("warrant-number-required", "Enter the warrant number.", "WarrantNumber"));
        else if (command.WarrantNumber.Trim().Length > MaxWarrantNumberLength)
            errors.Add(new("warrant-number-too-long", $"The warrant number can be at most {MaxWarrantNumberLength} characters.", "WarrantNumber"));

        if (command.WarrantDate is not { } signed)
            errors.Add(new("warrant-date-required", "Enter the date the warrant was signed.", "WarrantDate"));
        else if (signed > today)
            errors.Add(new("warrant-date-future", "The warrant cannot be signed after today.", "WarrantDate"));
    }

    private static void ValidateSubject(SubjectDetails subject, DateOnly today, List<DomainError> errors)
    {
        RequireName(subject.FamilyName, "Subject.FamilyName", "family name", errors);
        RequireName(subject.GivenName, "Subject.GivenName", "given name", errors);
        if (subject.MiddleName is { Length: > MaxNameLength })
            errors.Add(new("name-too-long", $"The middle name can be at most {MaxNameLength} characters.", "Subject.MiddleName"));

        if (subject.DateOfBirth is not { } dob)
            errors.Add(new("dob-required", "Enter the subject's date of birth.", "Subject.DateOfBirth"));
        else if (dob > today)
            errors.Add(new("dob-future", "The date of birth cannot be in the future.", "Subject.DateOfBirth"));
        else if (dob < today.AddYears(-120))
            errors.Add(new("dob-implausible", "The date of birth is more than 120 years ago; check it.", "Subject.DateOfBirth"));

        if (subject.Sex is { } sex && !Enum.IsDefined(sex))
            errors.Add(new("sex-unknown", "Sex must be male, female or unknown.", "Subject.Sex"));

        if (string.IsNullOrWhiteSpace(subject.CountryOfCitizenship))
            errors.Add(new("country-required", "Enter the subject's country of citizenship.", "Subject.CountryOfCitizenship"));

        if (!string.IsNullOrWhiteSpace(subject.ANumber) && !People.ANumber.TryNormalise(subject.ANumber, out _))
            errors.Add(new("anumber-format", "An A-number is the letter A followed by 8 or 9 digits, e.g. A012345678.", "Subject.ANumber"));
    }

    private static void RequireName(string? value, string field, string label, List<DomainError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
            errors.Add(new("name-required", $"Enter the subject's {label}.", field));
        else if (value.Trim().Length > MaxNameLength)
            errors.Add(new("name-too-long", $"The {label} can be at most {MaxNameLength} characters.", field));
    }
}
