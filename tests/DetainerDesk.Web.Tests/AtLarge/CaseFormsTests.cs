using System.Net;
using System.Text.RegularExpressions;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.AtLarge;
using DetainerDesk.Web.Features.Fugitive;
using DetainerDesk.Web.Tests.Infrastructure;
using DetainerDesk.Web.Tests.Lifecycle;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DetainerDesk.Web.Tests.AtLarge;

/// <summary>
/// The case page's step forms: the owning office assigns, locates, arrests and closes through the API's rules, bad
/// input comes back beside its field, every step is audited, and another office's officer can neither see nor post.
/// </summary>
public abstract partial class CaseFormsTests(DeskFactory app) : LifecycleSteps(app)
{
    private async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private HttpClient PageClient(string apiKey)
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    private async Task<(Guid Case, Guid OwnTeam, Guid OtherTeam)> ArrangeAsync()
    {
        var key = Factory.World.ClerkAKey;
        var id = await LodgeAndAcknowledgeAsync(Factory.World.FacilityAId, key);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(key, id, "decision", new { response = "Decline" })).Status);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(key, id, "release-declined", new { source = "jail release log" })).Status);
        var (own, other) = (Guid.NewGuid(), Guid.NewGuid());
        var caseId = await WithDbAsync(async db =>
        {
            db.FugitiveTeams.AddRange(
                new FugitiveTeam { Id = own, FieldOfficeId = Factory.World.OfficeId, Code = $"F-{own:N}"[..20], Name = "Form Seattle Team" },
                new FugitiveTeam { Id = other, FieldOfficeId = Factory.World.OtherOfficeId, Code = $"F-{other:N}"[..20], Name = "Form Miami Team" });
            await db.SaveChangesAsync(Ct);
            return await db.AtLargeCases.Where(c => c.DetainerId == Guid.Parse(id)).Select(c => c.Id).SingleAsync(Ct);
        });
        return (caseId, own, other);
    }

    /// <summary>Reads the page for its antiforgery token and current version, then posts one step form.</summary>
    private async Task<HttpResponseMessage> PostAsync(HttpClient client, Guid caseId, string handler, params (string, string)[] fields)
    {
        var page = await client.GetStringAsync($"/Fugitive/Cases/{caseId}", Ct);
        var form = fields.ToDictionary(f => f.Item1, f => f.Item2);
        form["__RequestVerificationToken"] = TokenPattern().Match(page).Groups[1].Value;
        form.TryAdd("Form.Version", VersionPattern().Match(page).Groups[1].Value);
        return await client.PostAsync($"/Fugitive/Cases/{caseId}?handler={handler}", new FormUrlEncodedContent(form), Ct);
    }

    private async Task<List<DetainerDesk.Domain.AtLarge.Priorities.PriorityClassification>> ClassificationsAsync(Guid id) =>
        [.. (await WithDbAsync(db => db.AtLargeCases.AsNoTracking().Include(c => c.Classifications).SingleAsync(c => c.Id == id, Ct))).Classifications.OrderBy(c => c.Sequence)];

    private Task<AtLargeCase> CaseAsync(Guid id) => WithDbAsync(db => db.AtLargeCases.AsNoTracking().SingleAsync(c => c.Id == id, Ct));

    [Fact]
    public async Task The_office_assigns_locates_and_records_the_arrest_through_the_forms_and_each_step_is_audited()
    {
        Factory.SkipIfUnavailable();
        var (caseId, own, other) = await ArrangeAsync();
        var officer = PageClient(Factory.World.OfficerKey);

        var page = await officer.GetStringAsync($"/Fugitive/Cases/{caseId}", Ct);
        Assert.Contains("Form Seattle Team (0 open)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Form Miami Team", page, StringComparison.Ordinal);

        var wrongTeam = await PostAsync(officer, caseId, "Assign", ("Form.TeamId", other.ToString()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongTeam.StatusCode);
        var wrongHtml = await wrongTeam.Content.ReadAsStringAsync(Ct);
        Assert.Contains("id=\"assign-teamId-error\"", wrongHtml, StringComparison.Ordinal);
        Assert.Contains("Choose a team of the case&#x27;s own field office.", wrongHtml, StringComparison.Ordinal);

        var assigned = await PostAsync(officer, caseId, "Assign", ("Form.TeamId", own.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        Assert.Equal((CaseStatus.Assigned, own), ((await CaseAsync(caseId)).Status, (await CaseAsync(caseId)).TeamId));

        var noSource = await PostAsync(officer, caseId, "Locate", ("Form.Source", ""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noSource.StatusCode);
        Assert.Contains("id=\"locate-source-error\"", await noSource.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(officer, caseId, "Locate", ("Form.Source", "records check"))).StatusCode);

        // The form takes minutes and seconds; wait so the arrest is not before the case's opening within the same second.
        await Task.Delay(1100, Ct);
        var now = Factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        (string, string)[] arrest = [("Form.ArrestDate", now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), ("Form.ArrestTime", now.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)),
            ("Form.Place", "Residence"), ("Form.Method", "AtLargeLocated")];
        var noCause = await PostAsync(officer, caseId, "Arrest", arrest);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noCause.StatusCode);
        Assert.Contains("id=\"arrest-probableCause-error\"", await noCause.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var arrested = await PostAsync(officer, caseId, "Arrest", [.. arrest, ("Form.ProbableCause", "I-200 warrant SEA-I200-000777")]);
        Assert.Equal(HttpStatusCode.Redirect, arrested.StatusCode);
        Assert.Equal(CaseStatus.Arrested, (await CaseAsync(caseId)).Status);
        Assert.Equal(ArrestMethod.AtLargeLocated, (await WithDbAsync(db => db.AtLargeArrests.AsNoTracking().SingleAsync(a => a.CaseId == caseId, Ct))).Method);

        var finished = await officer.GetStringAsync($"/Fugitive/Cases/{caseId}", Ct);
        Assert.DoesNotContain("id=\"case-steps\"", finished, StringComparison.Ordinal);
        var audits = await WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityId == caseId.ToString() && a.Action != CaseModel.ReadAuditAction)
            .OrderBy(a => a.Sequence).Select(a => a.Action + ":" + a.Outcome).ToListAsync(Ct));
        Assert.Equal(["atlarge.assign:refused", "atlarge.assign:success", "atlarge.locate:refused", "atlarge.locate:success", "atlarge.arrest:refused", "atlarge.arrest:success"],
            audits.Where(a => a.StartsWith("atlarge.assign", StringComparison.Ordinal) || a.StartsWith("atlarge.locate", StringComparison.Ordinal)
                || a.StartsWith("atlarge.arrest", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Closing_needs_a_reason_and_a_stale_form_is_refused_instead_of_overwriting()
    {
        Factory.SkipIfUnavailable();
        var (caseId, _, _) = await ArrangeAsync();
        var officer = PageClient(Factory.World.OfficerKey);
        var noReason = await PostAsync(officer, caseId, "Close");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Contains("id=\"close-closeReason-error\"", await noReason.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var stale = await PostAsync(officer, caseId, "Close", ("Form.CloseReason", "Departed"), ("Form.Version", "0"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, stale.StatusCode);
        Assert.Contains("The case changed while you were on this page", await stale.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(officer, caseId, "Close", ("Form.CloseReason", "Departed"))).StatusCode);
        var closed = await CaseAsync(caseId);
        Assert.Equal((CaseStatus.Closed, CloseReason.Departed), (closed.Status, closed.CloseReason));
    }

    [Fact]
    public async Task Another_office_cannot_post_a_step_headquarters_sees_no_forms_and_an_officer_no_override()
    {
        Factory.SkipIfUnavailable();
        var (caseId, own, _) = await ArrangeAsync();
        var otherOffice = PageClient(Factory.World.OtherOfficeOfficerKey);
        // The other office's own antiforgery token: it reads a page it may see, then posts to this case.
        var otherToken = TokenPattern().Match(await otherOffice.GetStringAsync("/Detainers", Ct)).Groups[1].Value;
        var post = await otherOffice.PostAsync($"/Fugitive/Cases/{caseId}?handler=Assign",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = otherToken, ["Form.TeamId"] = own.ToString() }), Ct);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(CaseStatus.Open, (await CaseAsync(caseId)).Status);
        Assert.Equal("denied", await WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == AtLargeCaseSteps.AssignAction && a.EntityId == caseId.ToString())
            .Select(a => a.Outcome).SingleAsync(Ct)));

        var hq = await PageClient(Factory.World.AnalystKey).GetStringAsync($"/Fugitive/Cases/{caseId}", Ct);
        Assert.DoesNotContain("id=\"case-steps\"", hq, StringComparison.Ordinal);
        var officerPage = await PageClient(Factory.World.OfficerKey).GetStringAsync($"/Fugitive/Cases/{caseId}", Ct);
        Assert.Contains("id=\"step-assign\"", officerPage, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"step-override\"", officerPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_supervisor_overrides_the_priority_through_the_form_only_with_a_written_reason()
    {
        Factory.SkipIfUnavailable();
        var (caseId, _, _) = await ArrangeAsync();
        var supervisorKey = await WithDbAsync(async db =>
        {
            var (key, prefix, hash) = DetainerDesk.Data.ApiKeys.ApiKeyFormat.Generate();
            db.ApiKeys.Add(new DetainerDesk.Data.ApiKeys.ApiKey { Id = Guid.NewGuid(), OrganisationId = Factory.World.OfficeId, Name = "form supervisor", Prefix = prefix, Hash = hash,
                Role = DetainerDesk.Domain.Organisations.Roles.IceSupervisor });
            await db.SaveChangesAsync(Ct);
            return key;
        });
        var computed = (await ClassificationsAsync(caseId))[^1];
        var framework = DetainerDesk.Domain.AtLarge.Priorities.FrameworkBook.Embedded.Find(computed.FrameworkId, computed.FrameworkVersion)!;
        var other = framework.Priorities.First(p => p.Code != computed.Priority).Code;
        var supervisor = PageClient(supervisorKey);

        Assert.Contains("id=\"step-override\"", await supervisor.GetStringAsync($"/Fugitive/Cases/{caseId}", Ct), StringComparison.Ordinal);
        var noReason = await PostAsync(supervisor, caseId, "Override", ("Form.Priority", other));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Contains("id=\"override-reason-error\"", await noReason.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var officer = await PostAsync(PageClient(Factory.World.OfficerKey), caseId, "Override", ("Form.Priority", other), ("Form.Reason", "An officer may not do this."));
        Assert.Equal(HttpStatusCode.Forbidden, officer.StatusCode);

        var done = await PostAsync(supervisor, caseId, "Override", ("Form.Priority", other), ("Form.Reason", "Reviewed the file: the conviction record was superseded on appeal."));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var classifications = await ClassificationsAsync(caseId);
        Assert.Equal((computed.Priority, other), (classifications[^2].Priority, classifications[^1].Priority));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("name=\"Form.Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionPattern();
}

public sealed class SqliteCaseFormsTests(SqliteDeskFactory app) : CaseFormsTests(app), IClassFixture<SqliteDeskFactory>;
public sealed class PostgresCaseFormsTests(PostgresDeskFactory app) : CaseFormsTests(app), IClassFixture<PostgresDeskFactory>;
