using System.Text;

namespace DetainerDesk.Import.Tests;

/// <summary>The damaged files every importer's fuzz test throws at it: random bytes, and a good file mutated.</summary>
internal static class FuzzFiles
{
    public static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 3_000)];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>Byte flips, inserted quotes, commas, newlines and formula starters, deleted and repeated spans, truncation, swapped digits.</summary>
    public static byte[] Mutate(byte[] source, Random random)
    {
        var bytes = new List<byte>(source);
        var poison = Encoding.UTF8.GetBytes("\",\n\r=+-@\0\u00ff\u2028:T/0123456789");
        for (var m = 0; m < 1 + random.Next(12); m++)
        {
            if (bytes.Count == 0) break;
            var at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0: bytes[at] = (byte)random.Next(256); break;
                case 1: bytes.Insert(at, poison[random.Next(poison.Length)]); break;
                case 2: bytes.RemoveRange(at, Math.Min(random.Next(1, 200), bytes.Count - at)); break;
                case 3: bytes.InsertRange(at, bytes.GetRange(at, Math.Min(random.Next(1, 300), bytes.Count - at))); break;
                case 4: if (char.IsAsciiDigit((char)bytes[at])) bytes[at] = (byte)('0' + random.Next(10)); break;
                default: bytes.RemoveRange(at, bytes.Count - at); break;
            }
        }
        return [.. bytes];
    }
}
