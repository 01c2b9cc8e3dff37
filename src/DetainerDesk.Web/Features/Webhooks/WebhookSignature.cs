using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DetainerDesk.Web.Features.Webhooks;

/// <summary>
/// X-DetainerDesk-Signature: "sha256=" and the hex HMAC-SHA256, keyed with the subscription secret (its UTF-8 bytes),
/// of "{timestamp}.{body}". Signing the timestamp lets the receiver refuse replays of an old delivery.
/// </summary>
public static class WebhookSignature
{
    public const string TimestampHeader = "X-DetainerDesk-Timestamp";
    public const string SignatureHeader = "X-DetainerDesk-Signature";
    public const string DeliveryHeader = "X-DetainerDesk-Delivery";
    public const string EventHeader = "X-DetainerDesk-Event";

    public static string Timestamp(DateTimeOffset now) => now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public static string Sign(string secret, string timestamp, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));
}
