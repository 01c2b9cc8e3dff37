using System.Buffers.Binary;
using System.IO.Compression;

namespace DetainerDesk.Data.Imports;

/// <summary>
/// The decompressed bytes of a gzip file, checked at the end against the size the gzip trailer records (the last four
/// bytes: length mod 2^32). Decompression of a cut-off file can end quietly at the cut; the size check turns that
/// into an error naming the cause instead of a last row that looks merely short.
/// </summary>
internal sealed class GzipContent : Stream
{
    private readonly GZipStream _gzip;
    private readonly uint? _expectedSize;
    private long _produced;

    public GzipContent(FileStream file)
    {
        if (file.Length >= 18)
        {
            Span<byte> trailer = stackalloc byte[4];
            file.Position = file.Length - 4;
            file.ReadExactly(trailer);
            _expectedSize = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        }
        file.Position = 0;
        _gzip = new GZipStream(file, CompressionMode.Decompress, leaveOpen: true);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = _gzip.Read(buffer);
        _produced += n;
        if (n == 0 && buffer.Length > 0 && _expectedSize != (uint)_produced)
            throw new InvalidDataException("the compressed file ends early or is damaged (its decompressed size differs from the size its gzip trailer records)");
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _produced; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _gzip.Dispose();
        base.Dispose(disposing);
    }
}
