using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Web.Tests.Detainers;
using DetainerDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DetainerDesk.Web.Tests.Pages;

/// <summary>
/// The step forms of the detainer page over HTTP: bad input comes back with a message beside its field, a step taken
/// on an out-of-date page is refused with a clear message and changes nothing, and every form needs its antiforgery token.
/// </summary>
public abstract partial class DetainerPageFormTests(DeskFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A page client for one API key that does not follow redirects, so a step's success (302) can be seen as such.</summary>
    private HttpClient PageClient(string apiKey)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    /// <summary>A detainer lodged with the Texas jail and acknowledged there (version 2), and the clerk's client on its page.</summary>
    private async Task<(string Id, HttpClient Clerk, string Token)> AcknowledgedAsync()
    {
        var lodged = await app.ClientWithKey(app.World.OfficerKey).PostAsJsonAsync("/api/v1/detainers", LodgeRequests.Valid(app.World.FacilityTexasId), Ct);
        Assert.Equal(HttpStatusCode.Created, lodged.StatusCode);
        var id = (string)(await lodged.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!;
        var clerk = PageClient(app.World.ClerkTexasKey);
        Assert.Equal(HttpStatusCode.OK, (await clerk.PostAsync($"/api/v1/detainers/{id}/acknowledge", null, Ct)).StatusCode);
        var page = await clerk.GetStringAsync($"/Detainers/{id}", Ct);
        return (id, clerk, TokenIn(page));
    }

    private static string TokenIn(string html) => TokenPattern().Match(html) is { Success: true } m ? m.Groups[1].Value
        : throw new InvalidOperationException("The page has no antiforgery token.");

    private static Task<HttpResponseMessage> PostStepAsync(HttpClient client, string id, string? token, params (string, string)[] fields)
    {
        var form = fields.ToDictionary(f => f.Item1, f => f.Item2);
        if (token is not null) form["__RequestVerificationToken"] = token;
        return client.PostAsync($"/Detainers/{id}?handler=Step", new FormUrlEncodedContent(form), Ct);
    }

    private async Task<string> StatusAsync(string id)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await db.Detainers.AsNoTracking().SingleAsync(d => d.Id == Guid.Parse(id), Ct)).Status.ToString();
    }

    [Fact]
    public async Task A_missing_release_date_comes_back_with_a_message_beside_the_field()
    {
        app.SkipIfUnavailable();
        var (id, clerk, token) = await AcknowledgedAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await PostStepAsync(clerk, id, token, ("step", "RecordDecision"), ("version", "2"), ("response", "HonourHold"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostStepAsync(clerk, id, token, ("step", "RecordService"), ("version", "3"))).StatusCode);

        var response = await PostStepAsync(clerk, id, token, ("step", "RecordReleaseDate"), ("version", "4"), ("date", ""), ("time", "25:99"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("id=\"step-recordreleasedate-time-error\">Enter a time such as 2:30 PM.</span>", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Equal("ServedOnSubject", await StatusAsync(id));

        response = await PostStepAsync(clerk, id, token, ("step", "RecordReleaseDate"), ("version", "4"));
        Assert.Contains("id=\"step-recordreleasedate-date-error\">Enter the release date.</span>", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_source_is_not_recorded_as_a_declined_release()
    {
        app.SkipIfUnavailable();
        var (id, clerk, token) = await AcknowledgedAsync();
        var response = await PostStepAsync(clerk, id, token, ("step", "ReleaseDeclined"), ("version", "2"), ("source", "unknown"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Unknown is not declined.", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal("Received", await StatusAsync(id));
    }

    [Fact]
    public async Task A_step_taken_on_an_out_of_date_page_is_refused_with_a_conflict_message_and_changes_nothing()
    {
        app.SkipIfUnavailable();
        var (id, clerk, token) = await AcknowledgedAsync();
        // Someone else records the decision first (version 2 → 3); this page still shows version 2.
        Assert.Equal(HttpStatusCode.OK, (await clerk.PostAsJsonAsync($"/api/v1/detainers/{id}/decision", new { response = "HonourHold" }, Ct)).StatusCode);

        var response = await PostStepAsync(clerk, id, token, ("step", "RecordService"), ("version", "2"));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Someone else changed this detainer while you had it open", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal("PolicyEvaluated", await StatusAsync(id));
    }

    [Fact]
    public async Task A_step_form_without_its_antiforgery_token_is_rejected()
    {
        app.SkipIfUnavailable();
        var (id, clerk, _) = await AcknowledgedAsync();
        var response = await PostStepAsync(clerk, id, token: null, ("step", "RaiseClaim"), ("version", "2"), ("kind", "Citizenship"), ("source", "the subject"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Received", await StatusAsync(id));
    }

    [Fact]
    public async Task Only_the_issuing_office_lifts_and_the_agency_is_told()
    {
        app.SkipIfUnavailable();
        var (id, clerk, token) = await AcknowledgedAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await PostStepAsync(clerk, id, token, ("step", "Lift"), ("version", "2"), ("reason", "no"))).StatusCode);

        var officer = PageClient(app.World.OfficerKey);
        var officerToken = TokenIn(await officer.GetStringAsync($"/Detainers/{id}", Ct));
        var response = await PostStepAsync(officer, id, officerToken, ("step", "Lift"), ("version", "2"), ("reason", "Wrong person"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Lifted", await StatusAsync(id));
        var inbox = (await clerk.GetFromJsonAsync<JsonObject>("/api/v1/notifications?take=200", Ct))!["items"]!.AsArray();
        Assert.Contains(inbox, n => (string?)n!["entityId"] == id && (string?)n["title"] == "Detainer lifted");
    }

    [Fact]
    public async Task The_printable_form_is_scoped_and_its_read_audited()
    {
        app.SkipIfUnavailable();
        var (id, clerk, _) = await AcknowledgedAsync();
        var html = await clerk.GetStringAsync($"/Detainers/{id}/Print", Ct);
        Assert.Contains("I-247A Immigration Detainer", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Primary navigation", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await app.ClientWithKey(app.World.ClerkAKey).GetAsync($"/Detainers/{id}/Print", Ct)).StatusCode);

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var reads = await db.AuditEntries.AsNoTracking().Where(a => a.EntityId == id && a.Action == "detainer.read").Select(a => a.Outcome).ToListAsync(Ct);
        Assert.Contains("success", reads);
        Assert.Contains("denied", reads);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

public sealed class SqliteDetainerPageFormTests(SqliteDeskFactory app) : DetainerPageFormTests(app), IClassFixture<SqliteDeskFactory>;
public sealed class PostgresDetainerPageFormTests(PostgresDeskFactory app) : DetainerPageFormTests(app), IClassFixture<PostgresDeskFactory>;
