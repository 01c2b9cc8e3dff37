namespace DetainerDesk.Web.Features.Webhooks;

/// <summary>Webhooks: how long a receiver may take, and whether plain http is allowed (tests and local receivers only).</summary>
public sealed class WebhookOptions
{
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
    public bool AllowHttp { get; set; }
}
