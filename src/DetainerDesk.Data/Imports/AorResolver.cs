using DetainerDesk.Data.ReferenceData;
using DetainerDesk.Domain.Imports;

namespace DetainerDesk.Data.Imports;

/// <summary>
/// Tells the field office (AOR) of a released record that names only a state, city and facility, from the shipped
/// reference data: a state wholly inside one office on the record's day gives that office; in a split state (CA,
/// NY, TX) ICE's facility list decides when it knows the facility, or when all its facilities in the city lie in one
/// office. Otherwise the office stays unknown: a guess would put records in the wrong office's statistics.
/// </summary>
public sealed class AorResolver
{
    // Territories without counties in the AOR map; domain brief §5.1 places them (MIA: PR, USVI; SFR: Guam, CNMI).
    private static readonly Dictionary<string, string> TerritoryAor = new(StringComparer.Ordinal) { ["VI"] = "MIA", ["GU"] = "SFR", ["MP"] = "SFR" };

    private readonly Dictionary<string, UsState> _stateByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _countiesByState;
    private readonly IReadOnlyList<CountyAorAssignment> _assignments;
    private readonly DateOnly[] _redrawnOn;
    private readonly Dictionary<(string State, int Era), string?> _stateAor = [];
    private readonly Dictionary<(string State, string Name), string?> _facilityAor = [];
    private readonly Dictionary<(string State, string City), string?> _cityAor = [];

    public AorResolver(ReferenceDataSet reference)
    {
        foreach (var state in reference.States)
        {
            _stateByKey[Vocabulary.Key(state.Name)] = state;
            _stateByKey[Vocabulary.Key(state.Code)] = state;
            if (state.Name.StartsWith("U.S. ", StringComparison.Ordinal))
                _stateByKey[Vocabulary.Key(state.Name[5..])] = state;
        }
        _countiesByState = reference.Counties.GroupBy(c => c.StateFips).ToDictionary(g => g.Key, g => g.Select(c => c.Fips).ToList());
        _assignments = reference.CountyAorAssignments;
        _redrawnOn = _assignments.Select(a => a.EffectiveFrom).Concat(_assignments.Where(a => a.EffectiveTo.HasValue).Select(a => a.EffectiveTo!.Value))
            .Distinct().Order().ToArray();

        foreach (var group in reference.IceFacilities.Where(f => f.StateCode is not null && f.AorCode is not null)
                     .GroupBy(f => (f.StateCode!, Vocabulary.Key(f.Name))))
            _facilityAor[group.Key] = Single(group.Select(f => f.AorCode!));
        foreach (var group in reference.IceFacilities.Where(f => f.StateCode is not null && f.AorCode is not null && f.City is not null)
                     .GroupBy(f => (f.StateCode!, Vocabulary.Key(f.City!))))
            _cityAor[group.Key] = Single(group.Select(f => f.AorCode!));
    }

    /// <summary>The state for a released name ("NEW YORK", "VIRGIN ISLANDS") or USPS code, or null if unknown.</summary>
    public UsState? State(string raw) => _stateByKey.GetValueOrDefault(Vocabulary.Key(raw));

    public (string? Aor, AorBasis Basis) Resolve(UsState? state, string? facility, string? city, DateOnly on)
    {
        if (state is null) return (null, AorBasis.Unknown);
        if (TerritoryAor.TryGetValue(state.Code, out var territory)) return (territory, AorBasis.State);

        var era = Array.FindLastIndex(_redrawnOn, d => d <= on);
        if (!_stateAor.TryGetValue((state.Fips, era), out var whole))
            _stateAor[(state.Fips, era)] = whole = WholeStateAor(state.Fips, on);
        if (whole is not null) return (whole, AorBasis.State);

        if (facility is not null && _facilityAor.GetValueOrDefault((state.Code, Vocabulary.Key(facility))) is { } byFacility)
            return (byFacility, AorBasis.Facility);
        if (city is not null && _cityAor.GetValueOrDefault((state.Code, Vocabulary.Key(city))) is { } byCity)
            return (byCity, AorBasis.FacilityCity);
        return (null, AorBasis.Unknown);
    }

    private string? WholeStateAor(string stateFips, DateOnly on)
    {
        if (!_countiesByState.TryGetValue(stateFips, out var counties)) return null;
        var set = counties.ToHashSet(StringComparer.Ordinal);
        return Single(_assignments.Where(a => set.Contains(a.CountyFips) && a.EffectiveFrom <= on && (a.EffectiveTo == null || on < a.EffectiveTo))
            .Select(a => a.AorCode));
    }

    private static string? Single(IEnumerable<string> codes)
    {
        var distinct = codes.Distinct(StringComparer.Ordinal).Take(2).ToList();
        return distinct.Count == 1 ? distinct[0] : null;
    }
}
