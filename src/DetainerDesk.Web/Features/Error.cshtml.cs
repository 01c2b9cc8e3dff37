using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DetainerDesk.Web.Features;

/// <summary>
/// The page behind UseExceptionHandler("/Error") and UseStatusCodePagesWithReExecute("/Error", "?status={0}").
/// Both re-execute the original request, so a failed POST arrives here as a POST: it has no antiforgery token to check.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }
    public string Heading { get; private set; } = "";
    public string Explanation { get; private set; } = "";
    /// <summary>Shown on server errors so that support can find the log entry.</summary>
    public string? Reference { get; private set; }

    public void OnGet(int? status) => Describe(status);

    public void OnPost(int? status) => Describe(status);

    private void Describe(int? status)
    {
        // Re-executed requests keep the original status code; a direct visit to /Error has none worth showing.
        Status = status is >= 400 and <= 599 ? status.Value : Response.StatusCode >= 400 ? Response.StatusCode : 500;
        Response.StatusCode = Status;
        (Heading, Explanation) = Status switch
        {
            400 => ("The request could not be read", "Something in the request was not in the form DetainerDesk expects. Go back, check what you entered and try again."),
            401 => ("Sign in to continue", "You need to sign in to see this page."),
            403 => ("You do not have access to this page", "Your role does not allow this action. If you think it should, ask your DetainerDesk administrator."),
            404 => ("Page not found", "The page or record you asked for does not exist, or it belongs to another organisation. Check the address, or find the record from your list of detainers."),
            405 => ("That action is not possible here", "The page does not accept this kind of request. Go back and use the buttons on the page."),
            >= 500 => ("Something went wrong on our side", "The problem has been logged. Try again in a few minutes; if it keeps happening, contact support and quote the reference below."),
            _ => ("The request could not be completed", "Go back and try again."),
        };
        if (Status >= 500) Reference = Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier;
    }
}
