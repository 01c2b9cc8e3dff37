using System.Text.Json.Nodes;
using DetainerDesk.Cli;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Organisations;
using DetainerDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DetainerDesk.Web.Tests.Cli;

/// <summary>`users`, `apikeys list|revoke`, `backup` and `restore` on a database of their own, each on SQLite and PostgreSQL.</summary>
public abstract class CliAdminCommandTests(DatabaseProvider provider) : IAsyncLifetime
{
    private const string Password = "a-long-enough-first-password";
    private TestDatabase? _database;
    private readonly List<string> _files = [];

    public async ValueTask InitializeAsync()
    {
        if (provider == DatabaseProvider.Postgres && TestDatabase.PostgresServer is null) return;
        _database = await TestDatabase.CreateAsync(provider);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var file in _files.Where(File.Exists)) File.Delete(file);
        if (_database is not null) await _database.DisposeAsync();
    }

    private Dictionary<string, string?> Settings => new()
    {
        ["Database:Provider"] = provider.ToString(),
        ["ConnectionStrings:Default"] = _database!.ConnectionString,
    };

    private async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var exit = await CliApp.RunAsync(args, Settings, output);
        return (exit, output.ToString());
    }

    private async Task<T> InDatabaseAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings).Build();
        await using var services = new ServiceCollection().AddDetainerDeskDatabase(configuration, Path.GetTempPath()).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>A migrated database with one field office, so accounts and keys have an organisation to belong to.</summary>
    private async Task PrepareAsync()
    {
        Assert.Equal(0, (await RunAsync("migrate")).Exit);
        await InDatabaseAsync(db =>
        {
            db.Organisations.Add(new Organisation { Id = Guid.NewGuid(), Code = "SEA", Name = "Seattle Field Office", Kind = OrganisationKind.FieldOffice, AorCode = "SEA" });
            return db.SaveChangesAsync(Ct);
        });
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private void SkipWithoutDatabase() =>
        Assert.SkipWhen(_database is null, $"PostgreSQL tests need {TestDatabase.PostgresVariable}; ./test.sh sets it.");

    [Fact]
    public async Task An_administrator_adds_lists_and_disables_an_account_and_each_change_is_audited()
    {
        SkipWithoutDatabase();
        await PrepareAsync();
        var (added, addOutput) = await RunAsync("users", "add", "--email", "new.officer@example.test", "--name", "New Officer", "--org", "SEA", "--role", Roles.IceOfficer, "--password", Password);
        Assert.Equal(0, added);
        Assert.Contains("Created new.officer@example.test", addOutput);
        Assert.Equal(2, (await RunAsync("users", "add", "--email", "short@example.test", "--name", "S", "--org", "SEA", "--role", Roles.IceOfficer, "--password", "too-short")).Exit);
        Assert.Equal(2, (await RunAsync("users", "add", "--email", "x@example.test", "--name", "X", "--org", "SEA", "--role", "Sheriff", "--password", Password)).Exit);
        Assert.False(await InDatabaseAsync(db => db.Users.AnyAsync(u => u.Email == "short@example.test", Ct)), "a refused password leaves no account behind");

        var (listed, json) = await RunAsync("users", "list", "--json");
        Assert.Equal(0, listed);
        var user = Assert.Single(JsonNode.Parse(json)!.AsArray());
        Assert.Equal("new.officer@example.test", (string?)user!["email"]);
        Assert.Equal(Roles.IceOfficer, (string?)user["role"]);
        Assert.False((bool)user["disabled"]!);

        var stamp = await InDatabaseAsync(db => db.Users.Where(u => u.Email == "new.officer@example.test").Select(u => u.SecurityStamp).SingleAsync(Ct));
        Assert.Equal(0, (await RunAsync("users", "disable", "--email", "new.officer@example.test", "--reason", "left the office")).Exit);
        var after = await InDatabaseAsync(db => db.Users.Where(u => u.Email == "new.officer@example.test").Select(u => new { u.Disabled, u.SecurityStamp }).SingleAsync(Ct));
        Assert.True(after.Disabled);
        Assert.NotEqual(stamp, after.SecurityStamp);
        Assert.Equal(2, (await RunAsync("users", "disable", "--email", "nobody@example.test", "--reason", "x")).Exit);

        var actions = await InDatabaseAsync(db => db.AuditEntries.AsNoTracking().OrderBy(a => a.Sequence).Select(a => a.Action).ToListAsync(Ct));
        Assert.Equal(["user.create", "user.list", "user.disable"], actions);
        Assert.Equal(0, (await RunAsync("verify-audit")).Exit);
    }

    [Fact]
    public async Task A_revoked_key_is_listed_as_revoked_and_revoking_is_audited()
    {
        SkipWithoutDatabase();
        await PrepareAsync();
        Assert.Equal(0, (await RunAsync("apikeys", "create", "--org", "SEA", "--name", "Officer tool")).Exit);
        var key = Assert.Single(JsonNode.Parse((await RunAsync("apikeys", "list", "--json")).Output)!.AsArray())!;
        Assert.Null(key["revokedAtUtc"]);

        var (revoked, output) = await RunAsync("apikeys", "revoke", (string)key["prefix"]!, "--reason", "laptop lost");
        Assert.Equal(0, revoked);
        Assert.Contains("Revoked key", output);
        Assert.NotNull(JsonNode.Parse((await RunAsync("apikeys", "list", "--json")).Output)!.AsArray()[0]!["revokedAtUtc"]);
        Assert.Equal(2, (await RunAsync("apikeys", "revoke", "dd_nothing", "--reason", "x")).Exit);
        Assert.True(await InDatabaseAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "apikey.revoke" && a.Details == "reason=laptop lost", Ct)));
    }

    [Fact]
    public async Task A_backup_restores_the_database_as_it_was_and_a_restore_needs_confirmation()
    {
        SkipWithoutDatabase();
        await PrepareAsync();
        Assert.Equal(0, (await RunAsync("apikeys", "create", "--org", "SEA", "--name", "Before the backup")).Exit);
        var file = Path.Combine(Path.GetTempPath(), $"detainerdesk-backup-{Guid.NewGuid():N}.bak");
        _files.Add(file);

        var (backedUp, output) = await RunAsync("backup", file);
        Assert.Equal(0, backedUp);
        Assert.Contains("Backed up", output);
        Assert.Equal(2, (await RunAsync("backup", file)).Exit); // never overwrites a backup

        Assert.Equal(0, (await RunAsync("apikeys", "create", "--org", "SEA", "--name", "After the backup")).Exit);
        Assert.Equal(2, (await RunAsync("restore", file)).Exit);
        Assert.Equal(2, await InDatabaseAsync(db => db.ApiKeys.CountAsync(Ct)));

        var (restored, restoreOutput) = await RunAsync("restore", file, "--yes");
        Assert.True(restored == 0, restoreOutput);
        Assert.Equal(["Before the backup"], await InDatabaseAsync(db => db.ApiKeys.Select(k => k.Name).ToListAsync(Ct)));
        Assert.Equal(0, (await RunAsync("verify-audit")).Exit);

        var notABackup = Path.Combine(Path.GetTempPath(), $"detainerdesk-not-a-backup-{Guid.NewGuid():N}.bak");
        _files.Add(notABackup);
        await File.WriteAllTextAsync(notABackup, "this is not a database", Ct);
        Assert.Equal(2, (await RunAsync("restore", notABackup, "--yes")).Exit);
        Assert.Equal(["Before the backup"], await InDatabaseAsync(db => db.ApiKeys.Select(k => k.Name).ToListAsync(Ct)));
    }

    [Fact]
    public async Task Export_writes_the_detainer_table_by_extension_and_refuses_an_unknown_one()
    {
        SkipWithoutDatabase();
        await PrepareAsync();
        var csv = Path.Combine(Path.GetTempPath(), $"detainerdesk-export-{Guid.NewGuid():N}.csv");
        _files.Add(csv);
        var (exported, output) = await RunAsync("export", "detainers", csv);
        Assert.Equal(0, exported);
        Assert.Contains("Exported 0 detainers", output);
        Assert.StartsWith("\uFEFFdetainer_id,status,form,", System.Text.Encoding.UTF8.GetString(await File.ReadAllBytesAsync(csv, Ct)), StringComparison.Ordinal);
        Assert.Equal(2, (await RunAsync("export", "detainers", csv)).Exit); // never overwrites
        Assert.Equal(2, (await RunAsync("export", "detainers", csv + ".txt")).Exit);
        Assert.True(await InDatabaseAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "detainer.export", Ct)));
    }

    [Fact]
    public async Task Export_arrests_writes_the_imported_public_records_with_their_released_values_and_formulas_defused()
    {
        SkipWithoutDatabase();
        Assert.Equal(0, (await RunAsync("migrate")).Exit);
        // Two rows of the released I-213 layout (header as released); the importer itself refuses formula-looking values,
        // so the hostile one is written into the database afterwards, as a later importer's bug might store it.
        var release = Path.Combine(Path.GetTempPath(), $"detainerdesk-i213-{Guid.NewGuid():N}.csv");
        _files.AddRange([release, release + ".rejects.csv"]);
        await File.WriteAllTextAsync(release, """
            source_row,site_code,site_name,area_of_responsibility_code,doc_completion_date,apprehension_date,apprehension_method_descr,apprehension_landmark_descr,processing_disposition_descr,citizenship_country_descr,gender_code,age_group,entry_admission_class_descr,admin_charges,criminal_charges,fy,fy_quarter,cy,cy_quarter,any_convicted,any_pending,criminal_charge_status,locality,county,state
            1,TAC,"ERO - TACOMA,WA Sub Office",SEA,2021-12-01T00:00:00Z,2021-10-29,ERO Reprocessed Arrest,NORTHWEST DETENTION CENTER DETAINED DOCKET,Warrant of Arrest/Notice to Appear,NICARAGUA,M,"[18,25)",,,,2022,2022.1,2021,2021.4,FALSE,FALSE,None,Tacoma,Pierce County,WA
            2,SEA,"SEATTLE, WA, DOCKET CONTROL OFFICE",SEA,2021-12-01T00:00:00Z,2021-11-28,Non-Custodial Arrest,SEATTLE NON-DETAINED DOCKET,Warrant of Arrest/Notice to Appear,HONDURAS,F,"[25,40)",Without Inspection,,,2022,2022.1,2021,2021.4,FALSE,FALSE,None,Seattle,King County,WA

            """, Ct);
        Assert.Equal(0, (await RunAsync("import", "ice-arrests", release)).Exit);
        const string Formula = "=HYPERLINK(\"http://attacker.example\")";
        await InDatabaseAsync(db => db.PublicArrestRecords.Where(r => r.Line == 3).ExecuteUpdateAsync(s => s.SetProperty(r => r.RawLocality, Formula), Ct));

        var csv = Path.Combine(Path.GetTempPath(), $"detainerdesk-arrests-{Guid.NewGuid():N}.csv");
        _files.Add(csv);
        var (exported, output) = await RunAsync("export", "arrests", csv);
        Assert.Equal(0, exported);
        Assert.Contains("Exported 2 public arrest records", output);
        var lines = (await File.ReadAllLinesAsync(csv, Ct)).Where(l => l.Length > 0).ToArray();
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("source_file,line,apprehended_on,fiscal_year,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{Path.GetFileName(release)},2,2021-10-29,2022,2021-12-01,", lines[1], StringComparison.Ordinal);
        // Original values as released, beside the mapped ones.
        Assert.Contains(",\"ERO - TACOMA,WA Sub Office\",SEA,2021-12-01T00:00:00Z,2021-10-29,ERO Reprocessed Arrest,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://attacker.example\"\")\",King County,WA", lines[2], StringComparison.Ordinal);

        var xlsx = Path.ChangeExtension(csv, ".xlsx");
        _files.Add(xlsx);
        Assert.Equal(0, (await RunAsync("export", "arrests", xlsx)).Exit);
        using (var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(xlsx, false))
        {
            var cells = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText).ToList();
            Assert.Contains("'" + Formula, cells);
            Assert.Contains("NORTHWEST DETENTION CENTER DETAINED DOCKET", cells);
        }
        Assert.Equal(2, (await RunAsync("export", "arrests", xlsx)).Exit); // never overwrites
        Assert.Equal(2, await InDatabaseAsync(db => db.AuditEntries.CountAsync(a => a.Action == "arrest.export", Ct)));
    }
}

public sealed class SqliteCliAdminCommandTests() : CliAdminCommandTests(DatabaseProvider.Sqlite);
public sealed class PostgresCliAdminCommandTests() : CliAdminCommandTests(DatabaseProvider.Postgres);
