using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using DetainerDesk.Web.Tests.Infrastructure;

namespace DetainerDesk.Web.Tests.Detainers;

/// <summary>Missing or contradictory input is refused with RFC 9457 problem details naming each field.</summary>
public abstract class LodgeValidationTests(DeskFactory app)
{
    private async Task<(HttpStatusCode Status, JsonObject Problem)> PostAsync(HttpContent content)
    {
        var response = await app.ClientWithKey(app.World.OfficerKey).PostAsync("/api/v1/detainers", content, TestContext.Current.CancellationToken);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!);
    }

    private static string[] ErrorsFor(JsonObject problem, string field) =>
        problem["errors"]?[field]?.AsArray().Select(e => (string)e!).ToArray() ?? [];

    [Fact]
    public async Task An_empty_request_names_every_missing_field()
    {
        app.SkipIfUnavailable();
        var (status, problem) = await PostAsync(JsonContent.Create(new JsonObject()));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        foreach (var field in new[] { "formType", "probableCause", "warrant.kind", "warrant.number", "warrant.date",
                     "subject.familyName", "subject.givenName", "subject.dateOfBirth", "subject.countryOfCitizenship", "facilityId", "bookingNumber" })
            Assert.True(ErrorsFor(problem, field).Length > 0, $"no error for {field} in {problem.ToJsonString()}");
    }

    [Fact]
    public async Task Box_1_and_Box_2_together_are_refused_as_contradictory()
    {
        app.SkipIfUnavailable();
        var body = LodgeRequests.Valid(app.World.FacilityAId);
        body["probableCause"]!["resumeCustody"] = true;
        var (status, problem) = await PostAsync(JsonContent.Create(body));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(ErrorsFor(problem, "probableCause"), m => m.Contains("exclude each other"));
    }

    [Fact]
    public async Task An_I205_warrant_without_a_final_order_is_refused()
    {
        app.SkipIfUnavailable();
        var body = LodgeRequests.Valid(app.World.FacilityAId);
        body["warrant"]!["kind"] = "AdministrativeI205";
        var (status, problem) = await PostAsync(JsonContent.Create(body));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(ErrorsFor(problem, "warrant.kind"), m => m.Contains("final order"));
    }

    [Fact]
    public async Task A_facility_that_does_not_exist_is_refused()
    {
        app.SkipIfUnavailable();
        var (status, problem) = await PostAsync(JsonContent.Create(LodgeRequests.Valid(Guid.NewGuid())));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotEmpty(ErrorsFor(problem, "facilityId"));
    }

    [Fact]
    public async Task Malformed_json_gets_a_problem_that_points_at_the_error()
    {
        app.SkipIfUnavailable();
        var (status, problem) = await PostAsync(new StringContent("{\"formType\": \"I247A\", ", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("line", (string?)problem["detail"]);
    }

    [Fact]
    public async Task An_unknown_form_type_is_refused_with_its_path()
    {
        app.SkipIfUnavailable();
        var body = LodgeRequests.Valid(app.World.FacilityAId);
        body["formType"] = "I999";
        var (status, problem) = await PostAsync(JsonContent.Create(body));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("formType", (string?)problem["detail"]);
    }

    [Fact]
    public async Task An_old_form_that_can_no_longer_be_issued_is_refused()
    {
        app.SkipIfUnavailable();
        var body = LodgeRequests.Valid(app.World.FacilityAId);
        body["formType"] = "I247D";
        var (status, problem) = await PostAsync(JsonContent.Create(body));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(ErrorsFor(problem, "formType"), m => m.Contains("cannot be issued"));
    }
}

public sealed class SqliteLodgeValidationTests(SqliteDeskFactory app) : LodgeValidationTests(app), IClassFixture<SqliteDeskFactory>;
public sealed class PostgresLodgeValidationTests(PostgresDeskFactory app) : LodgeValidationTests(app), IClassFixture<PostgresDeskFactory>;
