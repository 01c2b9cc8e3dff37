using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DetainerDesk.Web.Tests.Infrastructure;

namespace DetainerDesk.Web.Tests;

public abstract class PlatformTests(DeskFactory app)
{
    [Fact]
    public async Task Health_answers_200_when_the_database_is_reachable()
    {
        app.SkipIfUnavailable();
        var response = await app.CreateClient().GetAsync("/health", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_every_detainer_endpoint()
    {
        app.SkipIfUnavailable();
        var doc = await app.CreateClient().GetFromJsonAsync<JsonObject>("/openapi/v1.json", TestContext.Current.CancellationToken);
        var paths = doc!["paths"]!.AsObject();
        Assert.NotNull(paths["/api/v1/detainers"]?["post"]);
        Assert.NotNull(paths["/api/v1/detainers"]?["get"]);
        Assert.NotNull(paths["/api/v1/detainers/{id}"]?["get"]);
        Assert.NotNull(paths["/api/v1/detainers/{id}/acknowledge"]?["post"]);
        var reference = await app.CreateClient().GetAsync("/scalar", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
    }

    [Fact]
    public async Task Pages_carry_security_headers_and_ask_anonymous_visitors_to_sign_in()
    {
        app.SkipIfUnavailable();
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync("/Detainers", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/SignIn", response.Headers.Location?.PathAndQuery);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }
}

public sealed class SqlitePlatformTests(SqliteDeskFactory app) : PlatformTests(app), IClassFixture<SqliteDeskFactory>;
public sealed class PostgresPlatformTests(PostgresDeskFactory app) : PlatformTests(app), IClassFixture<PostgresDeskFactory>;
