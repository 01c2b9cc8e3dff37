using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DetainerDesk.Data.ApiKeys;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Organisations;
using DetainerDesk.Web.Tests.Detainers;
using DetainerDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DetainerDesk.Web.Tests.Policies;

/// <summary>Acting on the policy pages as a browser would: GET the form, then POST it with its antiforgery token.</summary>
public static partial class PolicyAdminClient
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<string> KeyAsync(DeskFactory app, string role, string orgCode = "TESTHQ")
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var org = await db.Organisations.SingleAsync(o => o.Code == orgCode, Ct);
        var (key, prefix, hash) = ApiKeyFormat.Generate();
        db.ApiKeys.Add(new ApiKey { Id = Guid.NewGuid(), OrganisationId = org.Id, Name = $"test {role} {orgCode}", Prefix = prefix, Hash = hash, Role = role });
        await db.SaveChangesAsync(Ct);
        return key;
    }

    public static Task<string> AdminKeyAsync(DeskFactory app) => KeyAsync(app, Roles.Administrator);

    /// <summary>A client that keeps cookies (the antiforgery cookie) and shows redirects instead of following them.</summary>
    public static HttpClient Client(DeskFactory app, string key)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formPage, string action, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(formPage, Ct);
        fields["__RequestVerificationToken"] = TokenPattern().Match(page).Groups[1].Value;
        return await client.PostAsync(action, new FormUrlEncodedContent(fields), Ct);
    }

    public static async Task<Guid> LodgeAsync(DeskFactory app, Guid facility)
    {
        var lodged = await app.ClientWithKey(app.World.OfficerKey).PostAsJsonAsync("/api/v1/detainers", LodgeRequests.Valid(facility), Ct);
        lodged.EnsureSuccessStatusCode();
        return Guid.Parse((string)(await lodged.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!);
    }

    /// <summary>King County's 2018 ordinance with ICE interviews forbidden outright instead of "only if counsel confirms".</summary>
    public static Task<string> KingCountyWithInterviewsForbiddenAsync(DeskFactory app) => KingCountyWithInterviewVerdictAsync(app, "Forbidden");

    public static async Task<string> KingCountyWithInterviewVerdictAsync(DeskFactory app, string verdict)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var json = await db.RuleSetVersions.Where(r => r.RuleSetId == "wa-king-county" && r.Status == DetainerDesk.Data.Policies.RuleSetStatus.Active)
            .Select(r => r.Json).SingleAsync(Ct);
        var root = JsonNode.Parse(json)!;
        var rule = root["versions"]!.AsArray().SelectMany(v => v!["answers"]!.AsArray()).Single(a => (string?)a!["id"] == "king-18665-interview")!.AsObject();
        rule["verdict"] = verdict;
        rule.Remove("condition");
        return root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
