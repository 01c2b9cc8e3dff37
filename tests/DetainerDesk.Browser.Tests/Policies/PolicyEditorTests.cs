using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using DetainerDesk.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DetainerDesk.Browser.Tests.Policies;

/// <summary>An administrator edits a jurisdiction's rule set in the browser: preview against last year's detainers, save, history, and a broken edit refused.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PolicyEditorTests(KestrelAppFactory app)
{
    private const string RuleSetName = "King County, WA detainer ordinances";

    /// <summary>King County's 2018 ordinance with ICE interviews forbidden outright instead of "only if counsel confirms".</summary>
    private static string WithInterviewsForbidden(string json)
    {
        var root = JsonNode.Parse(json)!;
        var rule = root["versions"]!.AsArray().SelectMany(v => v!["answers"]!.AsArray()).Single(a => (string?)a!["id"] == "king-18665-interview")!.AsObject();
        rule["verdict"] = "Forbidden";
        rule.Remove("condition");
        // As a person types it: "§" stays "§", not "\u00A7".
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static ILocator Editor(IPage page) => page.GetByLabel("Rule set (JSON)");

    [Fact]
    public async Task An_administrator_previews_an_edit_against_last_years_detainers_saves_it_and_a_broken_edit_saves_nothing()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync(app.BaseUrl);
        await Steps.SignInAsync(page, DemoUsers.Administrator);

        await page.GetByRole(AriaRole.Link, new() { Name = "Rule sets" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Rule sets", Level = 1 })).ToBeVisibleAsync();
        await PageChecks.AssertAccessibleAsync(page, "rule set list");
        await page.GetByRole(AriaRole.Link, new() { Name = RuleSetName }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = RuleSetName, Level = 1 })).ToBeVisibleAsync();
        await PageChecks.AssertAccessibleAsync(page, "rule set editor");

        var versions = page.Locator(".dd-ruleset-versions tbody tr");
        var before = await versions.CountAsync();
        var original = await Editor(page).InputValueAsync();

        // The edit is checked and run against the jurisdiction's detainers of the last year; nothing is saved yet.
        await Editor(page).FillAsync(WithInterviewsForbidden(original));
        await page.GetByRole(AriaRole.Button, new() { Name = "Check and preview" }).ClickAsync();
        var preview = page.Locator("#ruleset-preview");
        await Expect(preview).ToContainTextAsync("detainers lodged in this jurisdiction");
        await Expect(preview.Locator("td[data-count^='IceInterview:Forbidden:0:']")).Not.ToHaveAttributeAsync("data-count", "IceInterview:Forbidden:0:0");
        await Expect(preview.Locator(".dd-preview-changes tbody tr").First).ToContainTextAsync("Forbidden");
        await Expect(versions).ToHaveCountAsync(before);
        await PageChecks.ScreenshotAsync(page, "policies-preview");
        await PageChecks.AssertAccessibleAsync(page, "rule set preview");

        // Saved with a note: the history shows the new version, active, on top.
        await page.GetByLabel("Change note (required to save)").FillAsync("Interviews by ICE forbidden outright (test of the editor).");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Save as version {before + 1}" }).ClickAsync();
        await Expect(page.Locator(".dd-flash")).ToContainTextAsync($"Saved as version {before + 1}.");
        await Expect(versions).ToHaveCountAsync(before + 1);
        await Expect(versions.First).ToContainTextAsync($"v{before + 1}");
        await Expect(versions.First).ToContainTextAsync("Active");
        await Expect(versions.First).ToContainTextAsync("Interviews by ICE forbidden outright");
        // Who saved it, by name (not the account's id).
        await Expect(versions.First).ToContainTextAsync("by Demo Administrator (HQ)");
        await Expect(page.Locator(".usa-intro")).ToContainTextAsync("by Demo Administrator (HQ)");
        await Expect(Editor(page)).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("\"verdict\": \"Forbidden\""));
        await PageChecks.ScreenshotAsync(page, "policies-saved");
        await PageChecks.AssertAccessibleAsync(page, "rule set after saving");

        // A broken edit (a quote missing on one line) is refused with its line number, and nothing is saved.
        var lines = (await Editor(page).InputValueAsync()).Split('\n');
        var broken = Array.FindIndex(lines, l => l.Contains("\"effectiveFrom\"", StringComparison.Ordinal));
        lines[broken] = lines[broken].Replace("\"effectiveFrom\"", "\"effectiveFrom", StringComparison.Ordinal);
        await Editor(page).FillAsync(string.Join('\n', lines));
        await page.GetByLabel("Change note (required to save)").FillAsync("This must not be saved.");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Save as version {before + 2}" }).ClickAsync();
        await Expect(page.Locator("#ruleset-problem")).ToContainTextAsync($"Line {broken + 1}");
        await Expect(page.Locator("#ruleset-json-error")).ToContainTextAsync($"Line {broken + 1}");
        // Only the one-based line: the JSON reader's own zero-based "LineNumber" would contradict it.
        await Expect(page.Locator("#ruleset-problem")).Not.ToContainTextAsync("LineNumber");
        await Expect(Editor(page)).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(versions).ToHaveCountAsync(before + 1);
        await PageChecks.ScreenshotAsync(page, "policies-invalid-json");
        await PageChecks.AssertAccessibleAsync(page, "rule set editor with an error");

        // The law is put back as it was, for the other journeys on this demo database.
        await Editor(page).FillAsync(original);
        await page.GetByLabel("Change note (required to save)").FillAsync("Back to the ordinance as written.");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Save as version {before + 2}" }).ClickAsync();
        await Expect(page.Locator(".dd-flash")).ToContainTextAsync($"Saved as version {before + 2}.");
        Assert.Empty(browser.Problems);
    }
}
