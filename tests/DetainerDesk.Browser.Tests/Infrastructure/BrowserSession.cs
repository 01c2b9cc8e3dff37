using Microsoft.Playwright;

namespace DetainerDesk.Browser.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright's bundled driver, offline (toolchain.md §4). Records what would otherwise
/// pass unnoticed: script errors and Content-Security-Policy violations (an inline style or script that slipped in).
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly List<string> _problems = [];

    private BrowserSession(IPlaywright playwright, IBrowser browser) => (_playwright, _browser) = (playwright, browser);

    /// <summary>Script errors and CSP violations seen on any page of this session.</summary>
    public IReadOnlyList<string> Problems => _problems;

    public static async Task<BrowserSession> StartAsync()
    {
        Assert.SkipUnless(File.Exists(ChromiumPath), $"Browser tests need Chromium at {ChromiumPath} (apt-get install chromium; ./test.sh does it).");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return new BrowserSession(playwright, browser);
    }

    public async Task<IPage> NewPageAsync(string baseUrl, bool javaScript = true, int width = 1280, int height = 900)
    {
        var context = await _browser.NewContextAsync(new()
        {
            BaseURL = baseUrl,
            ViewportSize = new() { Width = width, Height = height },
            Locale = "en-US",
            JavaScriptEnabled = javaScript,
        });
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                _problems.Add($"{page.Url}: {message.Text}");
        };
        page.PageError += (_, error) => _problems.Add($"{page.Url}: script error: {error}");
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
