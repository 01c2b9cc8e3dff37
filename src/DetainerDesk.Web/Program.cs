using System.Text.Json.Serialization;
using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Identity;
using DetainerDesk.Data.Jobs;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Web.Features.Bookings;
using DetainerDesk.Web.Features.Detainers;
using DetainerDesk.Web.Features.Exports;
using DetainerDesk.Web.Features.Notifications;
using DetainerDesk.Web.Features.People;
using DetainerDesk.Web.Features.Webhooks;
using DetainerDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
var services = builder.Services;

services.AddSingleton(TimeProvider.System);
services.AddDetainerDeskDatabase(builder.Configuration, builder.Environment.ContentRootPath);
services.AddDetainerDeskDataProtection();
services.AddScoped<AuditLog>();

services.AddAuthentication(o =>
    {
        o.DefaultScheme = "Desk";
        o.DefaultChallengeScheme = "Desk";
    })
    // People sign in with a cookie; systems send an API key. One policy scheme picks per request.
    .AddPolicyScheme("Desk", "Cookie or API key", o => o.ForwardDefaultSelector = context =>
        ApiKeyAuthenticationHandler.HasApiKey(context.Request) ? ApiKeyAuthenticationHandler.SchemeName : IdentityConstants.ApplicationScheme)
    .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
    .AddIdentityCookies();
services.AddDetainerDeskIdentityCore()
    .AddSignInManager()
    .AddClaimsPrincipalFactory<DeskUserClaimsFactory>()
    .AddDefaultTokenProviders();
services.ConfigureApplicationCookie(CookieSetup.Configure);
services.AddAuthorization(Policies.Add);

services.AddRazorPages(o => o.RootDirectory = "/Features");
services.AddAntiforgery(o => o.HeaderName = "RequestVerificationToken");
services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
services.AddProblemDetails();
services.AddExceptionHandler<ProblemExceptionHandler>();
services.AddOpenApi(o => o.AddDocumentTransformer<OpenApiSecurity>());

services.AddScoped<LodgeDetainerHandler>();
services.AddScoped<DetainerStepHandler>();
services.AddScoped<IJobHandler, DetainerLodgedJob>();
services.AddScoped<IJobHandler, HoldAlertJob>();
services.AddScoped<IJobHandler, HoldExpiryJob>();
services.AddScoped<IJobHandler, ReleaseDateJob>();
services.AddSingleton<JobRunner>();
services.AddNotificationDelivery(builder.Configuration);
services.AddPersonMatching();
services.AddSingleton<IdempotencySweep>();
if (builder.Configuration.GetValue("Jobs:Enabled", true))
{
    services.AddHostedService<JobProcessorService>();
    services.AddHostedService(sp => sp.GetRequiredService<IdempotencySweep>());
}

var app = builder.Build();

var demo = await DeskStartup.PrepareDatabaseAsync(app);

app.UseExceptionHandler("/Error");
app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), pages => pages.UseStatusCodePagesWithReExecute("/Error", "?status={0}"));
app.UseSecurityHeaders();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapOpenApi("/openapi/{documentName}.json");
app.MapScalarApiReference("/scalar", o => o.WithTitle("DetainerDesk API"));
app.MapGet("/health", DeskStartup.Health).AllowAnonymous().ExcludeFromDescription();
app.MapDetainersApi();
app.MapDetainerLifecycleApi();
app.MapDetainerClaimsApi();
DetainerDesk.Web.Features.Fugitive.AtLargeCasesApi.MapAtLargeCasesApi(app);
app.MapNotificationsApi();
app.MapBookingsApi();
app.MapWebhooksApi();
app.MapDetainerExport();
app.MapListExports();
app.MapRazorPages();

DeskStartup.PrintWelcome(app, demo);
app.Run();

public partial class Program;
