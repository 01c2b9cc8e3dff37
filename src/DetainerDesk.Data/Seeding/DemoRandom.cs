namespace DetainerDesk.Data.Seeding;

/// <summary>
/// The only source of randomness in the demo data: a seeded <see cref="Random"/>, so the same seed gives the same
/// data, ids included. Ids come from here rather than <see cref="Guid.NewGuid"/> for the same reason.
/// </summary>
public sealed class DemoRandom(int seed)
{
    private readonly Random _random = new(seed);

    /// <summary>A version-4 GUID whose 122 random bits come from the seeded generator.</summary>
    public Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4: the high nibble of the third group
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes);
    }

    /// <summary>0 ≤ result &lt; <paramref name="maxExclusive"/>.</summary>
    public int Next(int maxExclusive) => _random.Next(maxExclusive);

    /// <summary><paramref name="min"/> ≤ result ≤ <paramref name="max"/>.</summary>
    public int Between(int min, int max) => _random.Next(min, max + 1);

    public double NextDouble() => _random.NextDouble();

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>
    /// A right-skewed whole number of minutes: nine in ten between <paramref name="min"/> and twice
    /// <paramref name="typical"/>, bunched towards the low end; one in ten anywhere from typical up to <paramref name="max"/>.
    /// </summary>
    public int SkewedMinutes(int min, int typical, int max)
    {
        // The square of a uniform number piles up near zero, like waiting times do.
        var u = _random.NextDouble();
        var value = min + (int)(u * u * (typical - min) * 2);
        if (_random.NextDouble() < 0.1) value = _random.Next(typical, max + 1);
        return Math.Clamp(value, min, max);
    }
}

/// <summary>Draws items with probability proportional to their weights (cumulative table + binary search).</summary>
public sealed class WeightedPicker<T>
{
    private readonly T[] _items;
    private readonly double[] _cumulative;

    public WeightedPicker(IEnumerable<(T Item, double Weight)> weighted)
    {
        var list = weighted.Where(w => w.Weight > 0).ToList();
        if (list.Count == 0) throw new ArgumentException("At least one item needs a positive weight.", nameof(weighted));
        _items = list.Select(w => w.Item).ToArray();
        _cumulative = new double[list.Count];
        var total = 0.0;
        for (var i = 0; i < list.Count; i++) _cumulative[i] = total += list[i].Weight;
    }

    public int Count => _items.Length;

    public T Pick(DemoRandom random)
    {
        var target = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, target);
        // BinarySearch returns the complement of the next larger element when there is no exact match.
        if (index < 0) index = ~index;
        return _items[Math.Min(index, _items.Length - 1)];
    }
}
