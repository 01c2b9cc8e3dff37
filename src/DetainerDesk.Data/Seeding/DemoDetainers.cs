using System.Globalization;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.People;

namespace DetainerDesk.Data.Seeding;

/// <summary>
/// Lodges demo detainers through <see cref="Detainer.Lodge"/>, so each one passes the same rules as a detainer an
/// officer lodges (form issuable that day, probable-cause boxes, I-200/I-205 with Box 1(a), warrant number and date),
/// and has the receiving agency acknowledge most of them.
/// </summary>
public sealed class DemoDetainers(DemoCalendar calendar, DemoActors actors)
{
    public Detainer Lodge(DemoRandom random, DemoSite site, Person person, Booking booking, DateTime lodgedAtUtc)
    {
        var day = DateOnly.FromDateTime(lodgedAtUtc);
        var form = FormFor(random, day);
        var basis = Basis(random, form, person.ANumber is not null);
        var warrant = basis.HasFlag(ProbableCauseBasis.FinalOrderOfRemoval) && random.Chance(0.7) ? WarrantKind.AdministrativeI205 : WarrantKind.AdministrativeI200;
        // An I-200 is signed for this arrest; an I-205 follows a final order that may be years old.
        var warrantDate = warrant == WarrantKind.AdministrativeI205 ? day.AddDays(-random.Between(30, 1500)) : day.AddDays(-random.Between(0, 7));
        var warrantNumber = string.Create(CultureInfo.InvariantCulture,
            $"{(warrant == WarrantKind.AdministrativeI205 ? "I205" : "I200")}-{site.Office.Code}-{random.Between(1_000_000, 9_999_999)}");

        var command = new LodgeDetainerCommand(form, basis, warrant, warrantNumber, warrantDate,
            new SubjectDetails(person.FamilyName, person.GivenName, person.MiddleName, person.DateOfBirth, person.Sex, person.CountryOfCitizenship, person.ANumber),
            site.Facility.Id, booking.BookingNumber);
        var context = new LodgingContext(random.NextGuid(), person.Id, booking.Id, site.Facility.Id, site.Agency.Id, site.Office.Id,
            actors.Officer(random, site), lodgedAtUtc);

        var lodged = Detainer.Lodge(command, context);
        if (!lodged.Succeeded)
            throw new InvalidOperationException("The demo generator built a detainer the lodging rules refuse: " + string.Join(", ", lodged.Errors.Select(e => e.Code)));
        var detainer = lodged.Value!;
        MaybeAcknowledge(random, site, detainer, lodgedAtUtc);
        return detainer;
    }

    /// <summary>The form current on that day (domain brief §1.2): I-247A since 2 April 2017, the PEP forms before, the I-247 before June 2015.</summary>
    public static DetainerFormType FormFor(DemoRandom random, DateOnly day)
    {
        // The I-247G (Gonzalez offices, from March 2025) is not generated: the settlement's office list is not in our data.
        if (day >= DetainerForms.I247AFrom) return DetainerFormType.I247A;
        if (day >= DetainerForms.PepFormsFrom) return random.Chance(0.85) ? DetainerFormType.I247D : DetainerFormType.I247N;
        return DetainerFormType.I247;
    }

    /// <summary>
    /// Box 2 (DHS lent the person) is rare and exists only on the I-247A. Otherwise one or more Box 1 grounds: people
    /// ICE already knows (an A-number) more often have a removal order or pending proceedings; the others are found
    /// through fingerprints and databases, or their own statements.
    /// </summary>
    public static ProbableCauseBasis Basis(DemoRandom random, DetainerFormType form, bool knownToIce)
    {
        if (form == DetainerFormType.I247A && random.Chance(0.02)) return ProbableCauseBasis.ResumeCustody;
        var basis = ProbableCauseBasis.None;
        if (random.Chance(knownToIce ? 0.35 : 0.05)) basis |= ProbableCauseBasis.FinalOrderOfRemoval;
        if (random.Chance(knownToIce ? 0.30 : 0.10)) basis |= ProbableCauseBasis.PendingRemovalProceedings;
        if (random.Chance(knownToIce ? 0.40 : 0.55)) basis |= ProbableCauseBasis.BiometricAndDatabaseRecords;
        if (random.Chance(knownToIce ? 0.25 : 0.50)) basis |= ProbableCauseBasis.StatementsOrReliableEvidence;
        if (basis != ProbableCauseBasis.None) return basis;
        return knownToIce ? ProbableCauseBasis.PendingRemovalProceedings : ProbableCauseBasis.BiometricAndDatabaseRecords;
    }

    /// <summary>
    /// About 70 % are acknowledged, within minutes to days; the newest ones more often wait in the agency's inbox.
    /// A receipt that would fall on or after the anchor day has not happened yet and is left out.
    /// </summary>
    private void MaybeAcknowledge(DemoRandom random, DemoSite site, Detainer detainer, DateTime lodgedAtUtc)
    {
        var recent = DateOnly.FromDateTime(lodgedAtUtc) > calendar.LastDay.AddDays(-30);
        if (!random.Chance(recent ? 0.35 : 0.72)) return;
        var receivedAt = lodgedAtUtc.AddMinutes(random.SkewedMinutes(5, 240, 3 * 24 * 60));
        if (receivedAt >= calendar.AnchorUtc) return;
        var refusal = detainer.Acknowledge(actors.Clerk(site), receivedAt);
        if (refusal is not null) throw new InvalidOperationException("The demo generator could not acknowledge a detainer: " + refusal.Code);
    }
}
