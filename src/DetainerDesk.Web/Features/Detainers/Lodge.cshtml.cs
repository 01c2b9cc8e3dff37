using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Common;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.People;
using DetainerDesk.Web.Features.Shared;
using DetainerDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.Detainers;

/// <summary>
/// An ICE officer lodges a detainer. The rules live in the domain (DetainerLodging); this page only maps its dotted
/// field paths onto the form's inputs and redisplays the form, which therefore works without JavaScript.
/// </summary>
[Authorize(Policy = Policies.LodgeDetainers)]
// Personal data: neither the browser nor a proxy may keep a copy (security.md S-12).
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class LodgeModel(AppDbContext db, LodgeDetainerHandler handler, TimeProvider clock) : PageModel
{
    /// <summary>The one mapping from the domain's field paths to the <see cref="LodgeInput"/> member showing the message.</summary>
    private static readonly Dictionary<string, string> InputForField = new(StringComparer.Ordinal)
    {
        ["FormType"] = nameof(LodgeInput.FormType),
        ["Basis"] = LodgeInput.BasisGroup,
        ["WarrantKind"] = nameof(LodgeInput.WarrantKind),
        ["WarrantNumber"] = nameof(LodgeInput.WarrantNumber),
        ["WarrantDate"] = nameof(LodgeInput.WarrantDate),
        ["Subject.FamilyName"] = nameof(LodgeInput.FamilyName),
        ["Subject.GivenName"] = nameof(LodgeInput.GivenName),
        ["Subject.MiddleName"] = nameof(LodgeInput.MiddleName),
        ["Subject.DateOfBirth"] = nameof(LodgeInput.DateOfBirth),
        ["Subject.Sex"] = nameof(LodgeInput.Sex),
        ["Subject.CountryOfCitizenship"] = nameof(LodgeInput.CountryOfCitizenship),
        ["Subject.ANumber"] = nameof(LodgeInput.ANumber),
        ["FacilityId"] = nameof(LodgeInput.FacilityId),
        ["BookingNumber"] = nameof(LodgeInput.BookingNumber),
    };

    [BindProperty]
    public LodgeInput Input { get; set; } = new();

    public IReadOnlyList<FacilityGroup> Facilities { get; private set; } = [];
    public IReadOnlyList<ErrorLink> Problems { get; private set; } = [];
    /// <summary>No date input accepts a day after today (yyyy-MM-dd, the format of &lt;input type=date&gt;).</summary>
    public string Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public async Task OnGetAsync(CancellationToken ct) =>
        Facilities = await FacilitySelect.LoadGroupsAsync(db, HttpContext.GetCaller(), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var caller = HttpContext.GetCaller();
        // Values the binder could not read (only possible without a date picker, or by tampering) arrive as null,
        // which the domain reports as missing; the binder's own English ("The value 'x' is not valid") is dropped.
        var unreadable = ModelState.Where(e => e.Value is { Errors.Count: > 0 }).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        ModelState.Clear();

        var result = await handler.HandleAsync(caller, Input.ToCommand(), ct);
        if (result.Succeeded)
        {
            var agency = await (from f in db.Facilities
                                join a in db.Organisations on f.AgencyId equals a.Id
                                where f.Id == Input.FacilityId
                                select a.Name).SingleAsync(ct);
            TempData["Success"] = $"Detainer lodged with {agency}.";
            return RedirectToPage("/Detainers/Details", new { id = result.Value });
        }

        Problems = ShowErrors(result.Errors, unreadable);
        Facilities = await FacilitySelect.LoadGroupsAsync(db, caller, ct);
        return Page();
    }

    /// <summary>The message beside an input, from ModelState ("Input.FamilyName").</summary>
    public string? ErrorFor(string inputName) => ModelState.FirstError("Input." + inputName);

    /// <summary>Where an error-summary link goes: the input, or the first box of a checkbox or radio group.</summary>
    public static string AnchorFor(string inputName) => inputName switch
    {
        LodgeInput.BasisGroup => "Input_" + nameof(LodgeInput.FinalOrderOfRemoval),
        nameof(LodgeInput.WarrantKind) => LodgeInput.WarrantKindFirstRadioId,
        _ => "Input_" + inputName,
    };

    private List<ErrorLink> ShowErrors(IReadOnlyList<DomainError> errors, HashSet<string> unreadable)
    {
        var links = new List<ErrorLink>();
        foreach (var error in errors)
        {
            if (error.Field is { } field && InputForField.TryGetValue(field, out var input))
            {
                ModelState.AddModelError("Input." + input, error.Message);
                links.Add(new ErrorLink(AnchorFor(input), error.Message));
            }
            else
            {
                // A rule about the whole detainer (or a field this form does not know): listed, linked to nothing.
                links.Add(new ErrorLink("", error.Message));
            }
        }
        foreach (var key in unreadable.Where(k => !ModelState.ContainsKey(k)))
        {
            ModelState.AddModelError(key, "This value could not be read. Check it and enter it again.");
            links.Add(new ErrorLink(AnchorFor(key["Input.".Length..]), "A value could not be read. Check it and enter it again."));
        }
        return links;
    }
}

/// <summary>The lodge form as posted. Everything is nullable so that "missing" reaches the domain's rules as missing.</summary>
public sealed class LodgeInput
{
    /// <summary>The Box 1 / Box 2 fieldset: one message for the five checkboxes.</summary>
    public const string BasisGroup = "Basis";
    public const string WarrantKindFirstRadioId = "Input_WarrantKind_I200";

    public DetainerFormType? FormType { get; set; } = DetainerFormType.I247A;
    public bool FinalOrderOfRemoval { get; set; }
    public bool PendingRemovalProceedings { get; set; }
    public bool BiometricAndDatabaseRecords { get; set; }
    public bool StatementsOrReliableEvidence { get; set; }
    public bool ResumeCustody { get; set; }
    public WarrantKind? WarrantKind { get; set; }
    public string? WarrantNumber { get; set; }
    public DateOnly? WarrantDate { get; set; }
    public string? FamilyName { get; set; }
    public string? GivenName { get; set; }
    public string? MiddleName { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public Sex? Sex { get; set; }
    public string? CountryOfCitizenship { get; set; }
    public string? ANumber { get; set; }
    public Guid? FacilityId { get; set; }
    public string? BookingNumber { get; set; }

    public LodgeDetainerCommand ToCommand() => new(
        FormType,
        new ProbableCauseRequest(FinalOrderOfRemoval, PendingRemovalProceedings, BiometricAndDatabaseRecords, StatementsOrReliableEvidence, ResumeCustody).ToBasis(),
        WarrantKind, WarrantNumber, WarrantDate,
        new SubjectDetails(FamilyName, GivenName, MiddleName, DateOfBirth, Sex, CountryOfCitizenship, ANumber),
        FacilityId, BookingNumber);
}
