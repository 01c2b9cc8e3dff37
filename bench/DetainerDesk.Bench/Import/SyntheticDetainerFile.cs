using System.Globalization;
using System.Text;
using DetainerDesk.Data.ReferenceData;

namespace DetainerDesk.Bench.Import;

/// <summary>
/// A synthetic public detainer release in the cleaned CSV layout (date, lift_reason, det_facility, city, state,
/// detainer_type), deterministic from a seed. No real row is copied: each row is drawn from the release's vocabularies
/// (the four detainer-type labels, the twelve lift reasons, full upper-case state names) and from ICE's facility list
/// shipped as reference data, in roughly the FY2015 proportions (two thirds without a lift reason, about 11 % the
/// "OTHER-OTHER FACILITY" without a state). One row in 1,000 is bad (an impossible date or an unknown state), so the
/// reject path runs too.
/// </summary>
public static class SyntheticDetainerFile
{
    public const string Header = "date,lift_reason,det_facility,city,state,detainer_type";
    public const int BadEvery = 1000;

    private static readonly DateOnly First = new(2007, 10, 1), Last = new(2015, 7, 19);
    private static readonly DateOnly March2013 = new(2013, 3, 1), June2015 = new(2015, 6, 1);

    private const string PriorToMarch2013 = "I247 - Immigration Detainer - Notice of Action (prior to March 2013)";
    private const string AsOfMarch2013 = "I247 - Immigration Detainer - Notice of Action (as of March 2013)";
    private const string RequestForAction = "I247D - Immigration Detainer - Request for Action";
    private const string RequestForNotification = "I247N - Immigration Advisal - Request for Notification";

    // Weights (per 1,000 closed detainers) give the common outcomes most rows; every value still occurs.
    private static readonly (string Value, int Weight)[] LiftReasons =
    [
        ("Booked into Detention", 520), ("Detainer Declined by LEA", 60), ("Lifted", 150), ("Case Closed", 90),
        ("Prosecutorial Discretion", 40), ("Transferred", 60), ("Early Release", 30), ("Alien Not Subject to Deportation", 20),
        ("United States Citizen Interviewed", 10), ("Lifted - Lack of Funds", 8), ("Lifted - Lack of Space", 8), ("Died", 4),
    ];

    private sealed record Place(string Facility, string City, string State);

    /// <summary>Writes <paramref name="rows"/> data rows after the header; returns how many of them are bad on purpose.</summary>
    public static long Write(string path, long rows, int seed)
    {
        var places = Places();
        var liftTotal = LiftReasons.Sum(l => l.Weight);
        var days = Last.DayNumber - First.DayNumber + 1;
        var random = new Random(seed);
        long bad = 0;
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        writer.WriteLine(Header);
        var line = new StringBuilder(160);
        for (long i = 1; i <= rows; i++)
        {
            var day = First.AddDays(random.Next(days));
            // 11 % unknown jail without a state, 64 % a facility of ICE's list, 25 % a jail not on the list in a listed city.
            var roll = random.Next(100);
            var listed = places[random.Next(places.Count)];
            var place = roll < 11 ? new Place("OTHER-OTHER FACILITY", "", "")
                : roll < 75 ? listed
                : listed with { Facility = $"{listed.City} COUNTY JAIL" };
            var lift = random.Next(3) < 2 ? "" : Pick(random, liftTotal);
            var type = day < March2013 ? (random.Next(100) < 85 ? "" : PriorToMarch2013)
                : day < June2015 ? (random.Next(100) < 95 ? AsOfMarch2013 : "")
                : random.Next(10) switch { < 5 => RequestForAction, < 8 => RequestForNotification, _ => AsOfMarch2013 };
            var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 00:00:00";
            var state = place.State;
            if (i % BadEvery == 0)
            {
                bad++;
                if (i / BadEvery % 2 == 0) date = $"{day.Year}-02-30 00:00:00";
                else state = "ATLANTIS";
            }

            line.Clear();
            Append(line, date).Append(',');
            Append(line, lift).Append(',');
            Append(line, place.Facility).Append(',');
            Append(line, place.City).Append(',');
            Append(line, state).Append(',');
            Append(line, type);
            writer.WriteLine(line);
        }
        return bad;
    }

    private static string Pick(Random random, int total)
    {
        var roll = random.Next(total);
        foreach (var (value, weight) in LiftReasons)
        {
            if (roll < weight) return value;
            roll -= weight;
        }
        return LiftReasons[^1].Value;
    }

    /// <summary>Facility, city and state name of every facility in ICE's list that has all three, in the list's order.</summary>
    private static List<Place> Places()
    {
        var reference = ReferenceDataSet.ReadEmbedded();
        var stateNames = reference.States.ToDictionary(s => s.Code, s => s.Name.ToUpperInvariant(), StringComparer.OrdinalIgnoreCase);
        return reference.IceFacilities
            .Where(f => f.City is not null && f.StateCode is not null && stateNames.ContainsKey(f.StateCode))
            .Select(f => new Place(f.Name.ToUpperInvariant(), f.City!.ToUpperInvariant(), stateNames[f.StateCode!]))
            .ToList();
    }

    /// <summary>RFC 4180: quote a value that holds a comma, a quote or a line break.</summary>
    private static StringBuilder Append(StringBuilder line, string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? line.Append(value) : line.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
}
