using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace DetainerDesk.Web.Features.Webhooks;

/// <summary>
/// A receiver's URL in a table: one long word to the browser, so it would widen the table past the page. A line-break
/// opportunity (&lt;wbr&gt;) after each slash lets it wrap; copying it still gives the URL unchanged.
/// </summary>
public static class WebhookUrlText
{
    public static IHtmlContent Breakable(string url) =>
        new HtmlString(string.Join("/<wbr>", url.Split('/').Select(HtmlEncoder.Default.Encode)));
}
