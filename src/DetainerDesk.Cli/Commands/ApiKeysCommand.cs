using System.CommandLine;
using DetainerDesk.Data.ApiKeys;
using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
                await Console.Error.WriteLineAsync($"No organisation has the code '{code}'.");
                return 2;
            }
            var keyRole = parse.GetValue(role) ?? DefaultRole(organisation.Kind);
            if (!Roles.All.Contains(keyRole))
            {
                await Console.Error.WriteLineAsync($"'{keyRole}' is not a role. Roles: {string.Join(", ", Roles.All)}.");
                return 2;
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

        return new Command("apikeys", "Manage API keys for jail systems and ICE tools.") { create };
    }

    private static string DefaultRole(OrganisationKind kind) => kind switch
    {
        OrganisationKind.LocalAgency => Roles.AgencyClerk,
        OrganisationKind.FieldOffice => Roles.IceOfficer,
        OrganisationKind.Headquarters => Roles.Analyst,
    };
}
