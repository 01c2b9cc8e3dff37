using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Policies;
using DetainerDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DetainerDesk.Web.Features.Detainers;

/// <summary>
/// The officer sees, while filling in the lodge form, what the law of the chosen facility's jurisdiction would answer.
/// htmx asks for it with only the form, box, warrant and facility fields: no personal data goes into the URL.
/// </summary>
[Authorize(Policy = Policies.LodgeDetainers)]
public sealed class LodgePreviewModel(AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public LodgeInput Input { get; set; } = new();

    public PolicyDecision? Decision { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Input.FacilityId is { } facility && Input.FormType is { } form && Enum.IsDefined(form))
        {
            var basis = Input.ToCommand().Basis;
            Decision = await PolicyPrediction.PreviewAsync(db, facility, form, basis, Input.WarrantKind,
                DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), ct);
        }
        return Partial("_LodgePreview", this);
    }
}
