using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DetainerDesk.Web.Tests.Detainers;
using DetainerDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DetainerDesk.Web.Tests.Pages;

/// <summary>
/// The step forms with htmx: the answer is the status panel with the next steps, the recorded steps and the law
/// panel out of band (no whole page, no redirect), and bad input or a refusal keeps its status code and its message.
/// </summary>
public abstract partial class DetainerPageHtmxTests(DeskFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(string Id, HttpClient Clerk, string Token)> AcknowledgedAsync(Guid facility, string clerkKey)
    {
        var lodged = await app.ClientWithKey(app.World.OfficerKey).PostAsJsonAsync("/api/v1/detainers", LodgeRequests.Valid(facility), Ct);
        var id = (string)(await lodged.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!;
        var clerk = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        clerk.DefaultRequestHeaders.Add("X-Api-Key", clerkKey);
        Assert.Equal(HttpStatusCode.OK, (await clerk.PostAsync($"/api/v1/detainers/{id}/acknowledge", null, Ct)).StatusCode);
        var page = await clerk.GetStringAsync($"/Detainers/{id}", Ct);
        return (id, clerk, TokenPattern().Match(page).Groups[1].Value);
    }

    private static async Task<(HttpStatusCode Status, string Html)> HtmxStepAsync(HttpClient client, string id, string token, params (string, string)[] fields)
    {
        var form = fields.ToDictionary(f => f.Item1, f => f.Item2);
        form["__RequestVerificationToken"] = token;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/Detainers/{id}?handler=Step") { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("HX-Request", "true");
        var response = await client.SendAsync(request, Ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task The_page_offers_each_step_as_a_plain_form_that_htmx_enhances_without_inline_script()
    {
        app.SkipIfUnavailable();
        var (id, clerk, _) = await AcknowledgedAsync(app.World.FacilityTexasId, app.World.ClerkTexasKey);
        var response = await clerk.GetAsync($"/Detainers/{id}", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Matches($"<form method=\"post\" class=\"usa-form margin-bottom-2 dd-step-form\" id=\"step-recorddecision\"[^>]*hx-post=\"/Detainers/{id}\\?handler=Step\"[^>]*hx-target=\"#detainer-status\"", html);
        Assert.Matches($"action=\"/Detainers/{id}\\?handler=Step\"", html);
        Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)[^>]*>", html);
        Assert.Contains("script-src 'self'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_step_taken_with_htmx_answers_with_the_panels_it_changed_not_a_redirect()
    {
        app.SkipIfUnavailable();
        var (id, clerk, token) = await AcknowledgedAsync(app.World.FacilityTexasId, app.World.ClerkTexasKey);
        var (status, html) = await HtmxStepAsync(clerk, id, token, ("step", "RecordDecision"), ("version", "2"), ("response", "HonourHold"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("<html", html, StringComparison.Ordinal);
        Assert.StartsWith("<section id=\"detainer-status\"", html.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("Step recorded.", html, StringComparison.Ordinal);
        Assert.Contains("<div id=\"next-steps\" hx-swap-oob=\"true\">", html, StringComparison.Ordinal);
        Assert.Contains("<div id=\"detainer-history\" hx-swap-oob=\"true\">", html, StringComparison.Ordinal);
        Assert.Contains("<div id=\"detainer-policy\" hx-swap-oob=\"true\">", html, StringComparison.Ordinal);
        // The next form on offer carries the new version, so the following step is not refused as stale.
        Assert.Contains("id=\"step-recordservice\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"version\" value=\"3\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_and_a_transfer_the_law_forbids_keep_their_codes_and_messages_under_htmx()
    {
        app.SkipIfUnavailable();
        var (texas, texasClerk, texasToken) = await AcknowledgedAsync(app.World.FacilityTexasId, app.World.ClerkTexasKey);
        var (bad, badHtml) = await HtmxStepAsync(texasClerk, texas, texasToken, ("step", "RecordDecision"), ("version", "2"));
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.Contains("Choose your agency", badHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", badHtml, StringComparison.Ordinal);

        var (wa, clerk, token) = await AcknowledgedAsync(app.World.FacilityAId, app.World.ClerkAKey);
        Assert.Equal(HttpStatusCode.OK, (await HtmxStepAsync(clerk, wa, token, ("step", "RecordDecision"), ("version", "2"), ("response", "Decline"))).Status);
        Assert.Equal(HttpStatusCode.OK, (await HtmxStepAsync(clerk, wa, token, ("step", "RecordService"), ("version", "3"))).Status);
        var (forbidden, html) = await HtmxStepAsync(clerk, wa, token, ("step", "TransferToIce"), ("version", "4"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, forbidden);
        Assert.Matches("id=\"step-transfertoice-legalBasis-error\">[^<]*RCW 10.93.160", html);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

public sealed class SqliteDetainerPageHtmxTests(SqliteDeskFactory app) : DetainerPageHtmxTests(app), IClassFixture<SqliteDeskFactory>;
public sealed class PostgresDetainerPageHtmxTests(PostgresDeskFactory app) : DetainerPageHtmxTests(app), IClassFixture<PostgresDeskFactory>;
