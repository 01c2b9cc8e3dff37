using DetainerDesk.Data.Jobs;
using DetainerDesk.Data.Notifications;
using DetainerDesk.Domain.Organisations;
using DetainerDesk.Web.Features.Mail;

namespace DetainerDesk.Web.Features.Webhooks;

/// <summary>Delivery of notifications beyond the inbox: the fan-out job, e-mail (SMTP or the outbox) and webhooks.</summary>
public static class NotificationDeliverySetup
{
    public const string ManageWebhooks = nameof(ManageWebhooks);

    public static IServiceCollection AddNotificationDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MailOptions>().Bind(configuration.GetSection("Mail"));
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection("Webhooks"))
            .Validate(o => o.Timeout > TimeSpan.Zero && o.Timeout <= TimeSpan.FromMinutes(2), "Webhooks:Timeout must be between 0 and 2 minutes.")
            .ValidateOnStart();
        services.AddScoped<IJobHandler, NotificationDeliveryJob>();
        services.AddScoped<IJobHandler, SendMailJob>();
        services.AddScoped<IJobHandler, WebhookDeliveryJob>();
        services.AddSingleton<WebhookSecrets>();
        services.AddHttpClient(WebhookDeliveryJob.ClientName, (sp, client) =>
            {
                client.Timeout = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<WebhookOptions>>().Value.Timeout;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("DetainerDesk-Webhooks/1");
            })
            // A receiver's redirect is not followed: the signed body goes only where the subscriber registered.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        // Who runs an organisation's integrations: its supervisors and administrators.
        services.AddAuthorizationBuilder().AddPolicy(ManageWebhooks, p => p.RequireAuthenticatedUser()
            .RequireRole(Roles.Administrator, Roles.AgencySupervisor, Roles.IceSupervisor));
        return services;
    }
}
