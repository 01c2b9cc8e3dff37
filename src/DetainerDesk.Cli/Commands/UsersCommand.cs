using System.CommandLine;
using System.Text.Json;
using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Identity;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Organisations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace DetainerDesk.Cli.Commands;

/// <summary>`users add|list|disable`: staff accounts for the first administrator and for scripted onboarding.</summary>
public static class UsersCommand
{
    public static Command Create(CliContext context) =>
        new("users", "Manage staff accounts (each belongs to one organisation and has one role).") { Add(context), List(context), Disable(context) };

    private static Command Add(CliContext context)
    {
        var email = new Option<string>("--email") { Description = "Sign-in e-mail address.", Required = true };
        var name = new Option<string>("--name") { Description = "Name shown in the audit log and on records.", Required = true };
        var org = new Option<string>("--org") { Description = "Code of the organisation (AOR code, agency ORI or HQ).", Required = true };
        var role = new Option<string>("--role") { Description = $"One of: {string.Join(", ", Roles.All)}.", Required = true };
        var password = new Option<string?>("--password") { Description = "Initial password (at least 15 characters); default: the DETAINERDESK_NEW_PASSWORD variable, so it stays out of shell history." };
        var command = new Command("add", "Create a staff account.") { email, name, org, role, password };
        command.SetAction(async (parse, ct) =>
        {
            var secret = parse.GetValue(password) ?? Environment.GetEnvironmentVariable("DETAINERDESK_NEW_PASSWORD");
            if (string.IsNullOrEmpty(secret)) return await CliContext.RefuseAsync("Give the initial password with --password or DETAINERDESK_NEW_PASSWORD.");
            var wantedRole = parse.GetValue(role)!;
            if (!Roles.All.Contains(wantedRole)) return await CliContext.RefuseAsync($"'{wantedRole}' is not a role. Roles: {string.Join(", ", Roles.All)}.");

            await using var services = context.BuildServices();
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var code = parse.GetValue(org)!;
            var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Code == code, ct);
            if (organisation is null) return await CliContext.RefuseAsync($"No organisation has the code '{code}'.");

            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            if (!await roles.RoleExistsAsync(wantedRole)) await roles.CreateAsync(new IdentityRole(wantedRole));
            var address = parse.GetValue(email)!.Trim();
            var user = new AppUser { UserName = address, Email = address, EmailConfirmed = true, DisplayName = parse.GetValue(name)!, OrganisationId = organisation.Id };

            // Account and role in one transaction: a refused role never leaves an account without one.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var created = await users.CreateAsync(user, secret);
            if (!created.Succeeded) return await CliContext.RefuseAsync("The account was not created: " + string.Join(" ", created.Errors.Select(e => e.Description)));
            var inRole = await users.AddToRoleAsync(user, wantedRole);
            if (!inRole.Succeeded) return await CliContext.RefuseAsync("The account was not created: " + string.Join(" ", inRole.Errors.Select(e => e.Description)));
            scope.ServiceProvider.GetRequiredService<AuditLog>().Add(CliContext.Actor, "user.create", "User", user.Id, details: $"org={organisation.Code};role={wantedRole}");
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);

            await context.Output.WriteLineAsync($"Created {address} ({wantedRole}) in {organisation.Name} ({organisation.Code}).");
            return 0;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var org = new Option<string?>("--org") { Description = "Only the accounts of this organisation code." };
        var json = new Option<bool>("--json") { Description = "Print JSON for scripts." };
        var command = new Command("list", "List staff accounts with their organisation, role and state.") { org, json };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = context.BuildServices();
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var code = parse.GetValue(org);
            var rows = await (from u in db.Users
                              join o in db.Organisations on u.OrganisationId equals o.Id
                              where code == null || o.Code == code
                              join ur in db.UserRoles on u.Id equals ur.UserId into userRoles
                              from ur in userRoles.DefaultIfEmpty()
                              join r in db.Roles on ur.RoleId equals r.Id into roleNames
                              from r in roleNames.DefaultIfEmpty()
                              orderby o.Code, u.Email
                              select new UserRow(u.Email!, u.DisplayName, o.Code, r != null ? r.Name : null, u.Disabled))
                .AsNoTracking().ToListAsync(ct);
            scope.ServiceProvider.GetRequiredService<AuditLog>().Add(CliContext.Actor, "user.list", "User", null, details: $"org={code ?? "*"};count={rows.Count}");
            await db.SaveChangesAsync(ct);

            if (parse.GetValue(json))
            {
                await context.Output.WriteLineAsync(JsonSerializer.Serialize(rows, JsonOptions));
                return 0;
            }
            var table = new Table().AddColumns("E-mail", "Name", "Organisation", "Role", "State");
            foreach (var row in rows) table.AddRow(Markup.Escape(row.Email), Markup.Escape(row.Name), row.Organisation, row.Role ?? "-", row.Disabled ? "disabled" : "active");
            Console(context).Write(table);
            return 0;
        });
        return command;
    }

    private static Command Disable(CliContext context)
    {
        var email = new Option<string>("--email") { Description = "E-mail address of the account.", Required = true };
        var reason = new Option<string>("--reason") { Description = "Why (kept in the audit log).", Required = true };
        var command = new Command("disable", "Disable an account: it can no longer sign in and its open sessions end at their next check.") { email, reason };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = context.BuildServices();
            await using var scope = services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var address = parse.GetValue(email)!.Trim();
            var user = await users.FindByEmailAsync(address);
            if (user is null) return await CliContext.RefuseAsync($"No account has the e-mail address '{address}'.");
            if (user.Disabled)
            {
                await context.Output.WriteLineAsync($"{address} is already disabled.");
                return 0;
            }
            user.Disabled = true;
            scope.ServiceProvider.GetRequiredService<AuditLog>().Add(CliContext.Actor, "user.disable", "User", user.Id, details: "reason=" + parse.GetValue(reason));
            // A new security stamp invalidates the cookies already issued to the account.
            var updated = await users.UpdateSecurityStampAsync(user);
            if (!updated.Succeeded) return await CliContext.RefuseAsync("The account was not disabled: " + string.Join(" ", updated.Errors.Select(e => e.Description)));
            await context.Output.WriteLineAsync($"Disabled {address}.");
            return 0;
        });
        return command;
    }

    public sealed record UserRow(string Email, string Name, string Organisation, string? Role, bool Disabled);

    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    internal static IAnsiConsole Console(CliContext context) =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });

}
