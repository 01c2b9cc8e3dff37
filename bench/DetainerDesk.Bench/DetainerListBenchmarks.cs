using BenchmarkDotNet.Attributes;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Organisations;
using DetainerDesk.Web.Features.Detainers;
using DetainerDesk.Web.Infrastructure;

namespace DetainerDesk.Bench;

/// <summary>
/// The detainer list as each kind of organisation sees it, on 200,000 detainers in 400 agencies (SQLite).
/// Baseline: the unscoped headquarters list. The scoped lists (the agency's inbox, a field office's detainers) must
/// cost about the same or less: scoping is a WHERE clause on an index, not a filter after the fact.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class DetainerListBenchmarks
{
    private BenchWorld _world = null!;
    private Caller _hq = null!, _agency = null!, _office = null!;

    [Params(200_000)]
    public int Detainers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _world = BenchWorld.CreateAsync(Detainers, agencies: 400).GetAwaiter().GetResult();
        _hq = new Caller("bench", _world.Headquarters.Id, OrganisationKind.Headquarters, Roles.Analyst, "bench");
        _agency = new Caller("bench", _world.Agency.Id, OrganisationKind.LocalAgency, Roles.AgencyClerk, "bench");
        _office = new Caller("bench", _world.Office.Id, OrganisationKind.FieldOffice, Roles.IceOfficer, "bench");
    }

    [GlobalCleanup]
    public void Cleanup() => _world.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true)]
    public Task<DetainerPage> Headquarters_first_page() => DetainerQueries.ListAsync(_world.Db, _hq, new DetainerFilter(), default);

    [Benchmark]
    public Task<DetainerPage> Agency_inbox_awaiting_acknowledgement() =>
        DetainerQueries.ListAsync(_world.Db, _agency, new DetainerFilter(Status: DetainerStatus.Lodged), default);

    [Benchmark]
    public Task<DetainerPage> Field_office_first_page() => DetainerQueries.ListAsync(_world.Db, _office, new DetainerFilter(), default);

    [Benchmark]
    public Task<DetainerDetails?> Details_of_one_detainer() => DetainerQueries.FindAsync(_world.Db, _hq, _world.SomeDetainer, default);
}
