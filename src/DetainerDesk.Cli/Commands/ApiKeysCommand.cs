using System.CommandLine;
using DetainerDesk.Data.ApiKeys;
using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace DetainerDesk.Cli.Commands;

public static class ApiKeysCommand
{
    public static Command Create(CliContext context)
    {
        var org = new Option<string>("--org") { Description = "Code of the organisation the key acts for (AOR code or agency ORI).", Required = true };
        var name = new Option<string>("--name") { Description = "A name that says which system uses the key.", Required = true };
        var role = new Option<string?>("--role") { Description = "Role the key acts with (default: AgencyClerk for agencies, IceOfficer for field offices, Analyst for HQ)." };
        var create = new Command("create", "Create an API key. The key is printed once and only its hash is kept.") { org, name, role };
        create.SetAction(async (parse, ct) =>
        {
            await using var services = context.BuildServices();
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var code = parse.GetValue(org)!;
            var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Code == code, ct);
            if (organisation is null)
            {
                return await CliContext.RefuseAsync($"No organisation has the code '{code}'.");
            }
            var keyRole = parse.GetValue(role) ?? DefaultRole(organisation.Kind);
            if (!Roles.All.Contains(keyRole))
            {
                return await CliContext.RefuseAsync($"'{keyRole}' is not a role. Roles: {string.Join(", ", Roles.All)}.");
            }

            var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
            var (key, prefix, hash) = ApiKeyFormat.Generate();
            var row = new ApiKey { Id = Guid.CreateVersion7(clock.GetUtcNow()), OrganisationId = organisation.Id, Name = parse.GetValue(name)!, Prefix = prefix, Hash = hash, Role = keyRole, CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
            db.ApiKeys.Add(row);
            scope.ServiceProvider.GetRequiredService<AuditLog>().Add(CliContext.Actor, "apikey.create", "ApiKey", row.Id.ToString(), details: $"org={organisation.Code};role={keyRole}");
            await db.SaveChangesAsync(ct);

            await context.Output.WriteLineAsync($"API key for {organisation.Name} ({organisation.Code}), role {keyRole}. It is shown only now:");
            await context.Output.WriteLineAsync(key);
            return 0;
        });

        return new Command("apikeys", "Manage API keys for jail systems and ICE tools.") { create, List(context), Revoke(context) };
    }

    private static Command List(CliContext context)
    {
        var org = new Option<string?>("--org") { Description = "Only the keys of this organisation code." };
        var json = new Option<bool>("--json") { Description = "Print JSON for scripts." };
        var command = new Command("list", "List API keys (prefix, name, role, state); the keys themselves are never stored.") { org, json };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = context.BuildServices();
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var code = parse.GetValue(org);
            var rows = await (from k in db.ApiKeys
                              join o in db.Organisations on k.OrganisationId equals o.Id
                              where code == null || o.Code == code
                              orderby o.Code, k.CreatedAtUtc
                              select new KeyRow(k.Id, k.Prefix, k.Name, o.Code, k.Role, k.CreatedAtUtc, k.RevokedAtUtc))
                .AsNoTracking().ToListAsync(ct);
            if (parse.GetValue(json))
            {
                await context.Output.WriteLineAsync(System.Text.Json.JsonSerializer.Serialize(rows, UsersCommand.JsonOptions));
                return 0;
            }
            var table = new Table().AddColumns("Id", "Prefix", "Name", "Organisation", "Role", "Created (UTC)", "State");
            foreach (var k in rows)
                table.AddRow(k.Id.ToString(), k.Prefix, Markup.Escape(k.Name), k.Organisation, k.Role,
                    k.CreatedAtUtc.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                    k.RevokedAtUtc is { } revoked ? "revoked " + revoked.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "active");
            UsersCommand.Console(context).Write(table);
            return 0;
        });
        return command;
    }

    private static Command Revoke(CliContext context)
    {
        var id = new Argument<string>("key") { Description = "The key's id or prefix, as `apikeys list` shows them." };
        var reason = new Option<string>("--reason") { Description = "Why (kept in the audit log).", Required = true };
        var command = new Command("revoke", "Revoke an API key at once; the system using it gets 401 from its next call.") { id, reason };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = context.BuildServices();
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var wanted = parse.GetValue(id)!.Trim();
            var key = Guid.TryParse(wanted, out var guid)
                ? await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == guid, ct)
                : await db.ApiKeys.SingleOrDefaultAsync(k => k.Prefix == wanted, ct);
            if (key is null)
            {
                return await CliContext.RefuseAsync($"No API key has the id or prefix '{wanted}'.");
            }
            if (key.RevokedAtUtc is not null)
            {
                await context.Output.WriteLineAsync($"Key {key.Prefix} ({key.Name}) was already revoked.");
                return 0;
            }
            key.RevokedAtUtc = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            scope.ServiceProvider.GetRequiredService<AuditLog>().Add(CliContext.Actor, "apikey.revoke", "ApiKey", key.Id.ToString(), details: "reason=" + parse.GetValue(reason));
            await db.SaveChangesAsync(ct);
            await context.Output.WriteLineAsync($"Revoked key {key.Prefix} ({key.Name}).");
            return 0;
        });
        return command;
    }

    public sealed record KeyRow(Guid Id, string Prefix, string Name, string Organisation, string Role, DateTime CreatedAtUtc, DateTime? RevokedAtUtc);

    private static string DefaultRole(OrganisationKind kind) => kind switch
    {
        OrganisationKind.LocalAgency => Roles.AgencyClerk,
        OrganisationKind.FieldOffice => Roles.IceOfficer,
        OrganisationKind.Headquarters => Roles.Analyst,
    };
}
