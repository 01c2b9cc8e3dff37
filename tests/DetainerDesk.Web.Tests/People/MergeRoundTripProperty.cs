using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Linkage;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.People;
using DetainerDesk.Web.Tests.Detainers;
using DetainerDesk.Web.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DetainerDesk.Web.Tests.People;

/// <summary>
/// Merge then unmerge restores the records exactly — both persons' every value, and which person each booking and
/// detainer is filed under — for any two persons and any spread of rows between them; and a refused merge changes
/// nothing. Run against the real service on SQLite.
/// </summary>
public sealed class MergeRoundTripProperty(SqliteDeskFactory app) : IClassFixture<SqliteDeskFactory>
{
    private static readonly string[] Families = ["García López", "Garcia", "de la Cruz", "Ruiz", "Quispe Mamani"];
    private static readonly string[] Givens = ["José", "Pepe", "Ana María", "Lupe"];
    private static readonly string?[] Middles = [null, null, "Luis", "Guadalupe"];
    private static readonly DateOnly[] Dates = [new(1980, 3, 4), new(1980, 4, 3), new(1992, 12, 30)];
    private static readonly string[] Countries = ["Mexico", "Guatemala", "Not stated"];
    private static readonly string?[] ANumbers = [null, null, "A012345678", "A087654321"];
    private static readonly string?[] Fbis = [null, null, "123456AB7", "765432CD1"];
    private static readonly string?[] Sids = [null, "WA1234567", "WA7654321"];

    private static readonly Gen<Person> People =
        from family in Gen.Elements(Families)
        from given in Gen.Elements(Givens)
        from middle in Gen.Elements(Middles)
        from dob in Gen.Elements(Dates)
        from sex in Gen.Elements(Sex.Unknown, Sex.Male, Sex.Female)
        from country in Gen.Elements(Countries)
        from aNumber in Gen.Elements(ANumbers)
        from fbi in Gen.Elements(Fbis)
        from sid in Gen.Elements(Sids)
        select new Person { FamilyName = family, GivenName = given, MiddleName = middle, DateOfBirth = dob, Sex = sex, CountryOfCitizenship = country, ANumber = aNumber, FbiNumber = fbi, StateId = sid };

    /// <summary>Two persons, bookings for each (0–3), and which of the fixture's detainers each gets (0: survivor, 1: absorbed, 2: neither).</summary>
    private static readonly Gen<(Person Survivor, Person Absorbed, int SurvivorBookings, int AbsorbedBookings, int[] DetainerOwners)> Cases =
        from survivor in People
        from absorbed in People
        from sb in Gen.Choose(0, 3)
        from ab in Gen.Choose(0, 3)
        from owners in Gen.ArrayOf(Gen.Choose(0, 2), 3)
        select (survivor, absorbed, sb, ab, owners);

    private List<Guid>? _detainers; // lodged once per run: FsCheck runs every case on this instance

    private async Task<List<Guid>> DetainersAsync()
    {
        if (_detainers is not null) return _detainers;
        var client = app.ClientWithKey(app.World.OfficerKey);
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var lodged = await client.PostAsJsonAsync("/api/v1/detainers", LodgeRequests.Valid(app.World.FacilityAId));
            Assert.Equal(HttpStatusCode.Created, lodged.StatusCode);
            ids.Add(Guid.Parse((string)(await lodged.Content.ReadFromJsonAsync<JsonObject>())!["id"]!));
        }
        return _detainers = ids;
    }

    [Property(MaxTest = 60)]
    public Property Merge_then_unmerge_restores_the_records_exactly() => Prop.ForAll(Arb.From(Cases), c =>
        Task.Run(() => RoundTripAsync(c.Survivor, c.Absorbed, c.SurvivorBookings, c.AbsorbedBookings, c.DetainerOwners)).GetAwaiter().GetResult());

    private async Task<bool> RoundTripAsync(Person survivorValues, Person absorbedValues, int survivorBookings, int absorbedBookings, int[] owners)
    {
        var detainers = await DetainersAsync();
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var survivor = Copy(survivorValues);
        var absorbed = Copy(absorbedValues);
        db.Persons.AddRange(survivor, absorbed);
        foreach (var (person, count) in new[] { (survivor, survivorBookings), (absorbed, absorbedBookings) })
            for (var i = 0; i < count; i++)
                db.Bookings.Add(new Booking { Id = Guid.NewGuid(), PersonId = person.Id, FacilityId = app.World.FacilityAId, BookingNumber = $"P{Guid.NewGuid():N}"[..16], BookedAtUtc = DateTime.UtcNow });
        await db.SaveChangesAsync();
        for (var i = 0; i < detainers.Count; i++)
        {
            if (owners[i] == 2) continue;
            var owner = owners[i] == 0 ? survivor.Id : absorbed.Id;
            await db.Detainers.Where(d => d.Id == detainers[i]).ExecuteUpdateAsync(s => s.SetProperty(d => d.PersonId, owner));
        }

        var before = await StateAsync(db, survivor.Id, absorbed.Id, detainers);
        db.ChangeTracker.Clear();
        var audit = new AuditLog(db, TimeProvider.System);
        var actor = new Actor("property-test", null);
        var merged = await PersonMerges.MergeAsync(db, audit, TimeProvider.System, actor, survivor.Id, absorbed.Id, "property", null, automatic: false, default);
        if (merged is MergeOutcome.Refused refused)
        {
            // Only different strong identifiers may stop a merge here, and then nothing has moved.
            db.ChangeTracker.Clear();
            return refused.Code == "identifiers-conflict" && PersonMerges.StrongConflict(survivorValues, absorbedValues) is not null
                && before == await StateAsync(db, survivor.Id, absorbed.Id, detainers);
        }
        var merge = ((MergeOutcome.Merged)merged).Merge;
        db.ChangeTracker.Clear();
        var movedAll = !await db.Persons.AnyAsync(p => p.Id == absorbed.Id)
            && !await db.Bookings.AnyAsync(b => b.PersonId == absorbed.Id)
            && !await db.Detainers.AnyAsync(d => d.PersonId == absorbed.Id);
        var unmerged = await PersonMerges.UnmergeAsync(db, audit, TimeProvider.System, actor, merge.Id, "property", default);
        db.ChangeTracker.Clear();
        var after = await StateAsync(db, survivor.Id, absorbed.Id, detainers);
        return movedAll && unmerged is MergeOutcome.Unmerged && before == after;
    }

    private static Person Copy(Person p)
    {
        var copy = PersonSnapshot.Of(p) with { Id = Guid.NewGuid() };
        return copy.ToPerson();
    }

    private static async Task<string> StateAsync(AppDbContext db, Guid survivor, Guid absorbed, List<Guid> detainers)
    {
        Guid[] ids = [survivor, absorbed];
        var persons = await db.Persons.AsNoTracking().Where(p => ids.Contains(p.Id)).OrderBy(p => p.Id).ToListAsync();
        var bookings = await db.Bookings.AsNoTracking().Where(b => ids.Contains(b.PersonId)).OrderBy(b => b.Id).Select(b => new { b.Id, b.PersonId, b.BookingNumber }).ToListAsync();
        var filed = await db.Detainers.AsNoTracking().Where(d => detainers.Contains(d.Id)).OrderBy(d => d.Id).Select(d => new { d.Id, d.PersonId, d.Version, d.Status }).ToListAsync();
        return JsonSerializer.Serialize(new { persons = persons.Select(PersonSnapshot.Of), bookings, filed });
    }
}
