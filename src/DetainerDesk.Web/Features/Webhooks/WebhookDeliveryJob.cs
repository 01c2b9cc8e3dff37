using System.Net.Mime;
using System.Text;
using DetainerDesk.Data.Jobs;
using DetainerDesk.Data.Notifications;
using DetainerDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.Webhooks;

/// <summary>
/// POSTs one delivery, signed, to its subscription's URL. Anything but a 2xx answer within the timeout throws, so the
/// job runner retries it with exponential back-off and dead-letters it after its last attempt.
/// </summary>
public sealed class WebhookDeliveryJob(IHttpClientFactory clients, WebhookSecrets secrets, TimeProvider clock) : IJobHandler
{
    public const string ClientName = "webhooks";

    public string Kind => NotificationDelivery.WebhookJobKind;

    public async Task HandleAsync(OutboxJob job, AppDbContext db, CancellationToken ct)
    {
        var id = JobQueue.ReadPayload<NotificationDelivery.Payload>(job).Id;
        var delivery = await db.WebhookDeliveries.SingleOrDefaultAsync(d => d.Id == id, ct)
            ?? throw new InvalidOperationException($"Webhook delivery {id} does not exist.");
        var subscription = await db.WebhookSubscriptions.AsNoTracking().SingleAsync(s => s.Id == delivery.SubscriptionId, ct);
        // Delivered already (a retry after a lost commit), or the subscriber has unsubscribed since: nothing to send.
        if (delivery.DeliveredAtUtc is not null || subscription.DeletedAtUtc is not null) return;

        var timestamp = WebhookSignature.Timestamp(clock.GetUtcNow());
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url)
        {
            Content = new StringContent(delivery.Body, Encoding.UTF8, MediaTypeNames.Application.Json),
        };
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp);
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secrets.Unprotect(subscription.ProtectedSecret), timestamp, delivery.Body));
        request.Headers.Add(WebhookSignature.DeliveryHeader, delivery.Id.ToString());
        request.Headers.Add(WebhookSignature.EventHeader, delivery.EventType);

        HttpResponseMessage response;
        try
        {
            response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            // The client's timeout, not a shutdown: a failure to retry, which the runner only does for non-cancellations.
            throw new TimeoutException($"The receiver did not answer within the timeout ({subscription.Url}).");
        }
        using (response)
        {
            if (!response.IsSuccessStatusCode)
                throw new HttpRequestException($"The receiver answered {(int)response.StatusCode} {response.ReasonPhrase} ({subscription.Url}).", null, response.StatusCode);
            delivery.StatusCode = (int)response.StatusCode;
            delivery.DeliveredAtUtc = clock.GetUtcNow().UtcDateTime;
        }
    }
}
