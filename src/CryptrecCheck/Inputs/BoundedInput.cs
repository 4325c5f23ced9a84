using System.Text;

namespace CryptrecCheck.Inputs;

/// <summary>
/// Reading files that users name, with bounds: a size limit counted while reading (a device such as /dev/zero reports
/// length 0 and never ends), a line-length limit (a 50 MB line must not become a 50 MB string), binary content rejected
/// at the first NUL byte, and a time limit on opening (a FIFO without a writer blocks its reader forever).
/// </summary>
public static class BoundedInput
{
    /// <summary>How long opening a file may take before it is reported as not openable (FIFO without writer).</summary>
    public static TimeSpan OpenTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Opens a file for reading, or standard input for "-".</summary>
    public static Stream Open(string path)
    {
        if (path == "-") { return Console.OpenStandardInput(); }
        var kind = FileKinds.Of(path);
        switch (kind)
        {
            case FileKind.Missing: throw new InputException(path, 0, "file not found");
            case FileKind.Directory: throw new InputException(path, 0, "is a directory");
            case FileKind.CharacterDevice or FileKind.BlockDevice or FileKind.Socket:
                throw new InputException(path, 0, $"is {FileKinds.Describe(kind)}, not a file or pipe");
            case FileKind.Regular:
                // Opening a regular file does not wait for a peer, so it needs no timeout; opening it directly avoids a
                // thread-pool hop per file, which cost `config` over 10,000 files most of its wall time under load.
                try
                {
                    return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new InputException(path, 0, "cannot be read: " + e.Message);
                }
        }
        var open = Task.Run(() => (Stream)new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan));
        try
        {
            if (!open.Wait(OpenTimeout))
            {
                throw new InputException(path, 0, $"could not be opened within {OpenTimeout.TotalSeconds:0} s (a FIFO with no writer?)");
            }
            return open.Result;
        }
        catch (AggregateException e) when (e.InnerException is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, 0, "cannot be read: " + e.InnerException.Message);
        }
    }

    /// <summary>Reads at most <paramref name="maxBytes"/> bytes; more is an error, as is a NUL byte when asked.</summary>
    public static byte[] ReadBytes(Stream s, string path, int maxBytes, bool rejectNul)
    {
        var ms = new MemoryStream();
        var buf = new byte[64 * 1024];
        int n;
        while ((n = s.Read(buf, 0, buf.Length)) > 0)
        {
            if (rejectNul && Array.IndexOf(buf, (byte)0, 0, n) is var z && z >= 0)
            {
                throw new InputException(path, 0, $"is binary, not text (NUL byte at offset {ms.Length + z})");
            }
            if (ms.Length + n > maxBytes) { throw new InputException(path, 0, $"is larger than {maxBytes} bytes"); }
            ms.Write(buf, 0, n);
        }
        var bytes = ms.ToArray();
        return bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? bytes[3..] : bytes;
    }

    /// <summary>
    /// The lines of a UTF-8 text stream, read lazily with bounds: more than <paramref name="maxBytes"/> bytes, a line of
    /// more than <paramref name="maxLineChars"/> characters, a NUL character or invalid UTF-8 end the reading with an
    /// <see cref="InputException"/> naming the line.
    /// </summary>
    public static IEnumerable<(int Line, string Text)> ReadLines(Stream stream, string path, long maxBytes, int maxLineChars)
    {
        var counting = new CountingStream(stream, maxBytes, path);
        using var reader = new StreamReader(counting, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, bufferSize: 16 * 1024);
        var sb = new StringBuilder();
        var line = 1;
        var buf = new char[8 * 1024];
        while (true)
        {
            int n;
            try
            {
                n = reader.Read(buf, 0, buf.Length);
            }
            catch (DecoderFallbackException)
            {
                throw new InputException(path, line, "is not valid UTF-8 text");
            }
            if (n == 0) { break; }
            for (var i = 0; i < n; i++)
            {
                var c = buf[i];
                if (c == '\n')
                {
                    var text = sb.Length > 0 && sb[^1] == '\r' ? sb.ToString(0, sb.Length - 1) : sb.ToString();
                    sb.Clear();
                    yield return (line, text);
                    line++;
                    continue;
                }
                if (c == '\0') { throw new InputException(path, line, "is binary, not text (NUL character)"); }
                if (sb.Length >= maxLineChars) { throw new InputException(path, line, $"line is longer than {maxLineChars} characters"); }
                sb.Append(c);
            }
        }
        if (sb.Length > 0) { yield return (line, sb.ToString()); }
    }

    /// <summary>Counts bytes as they are read and stops the reader at the limit.</summary>
    private sealed class CountingStream : Stream
    {
        private readonly Stream _inner;
        private readonly long _max;
        private readonly string _path;
        private long _read;

        internal CountingStream(Stream inner, long max, string path)
        {
            _inner = inner;
            _max = max;
            _path = path;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = _inner.Read(buffer, offset, count);
            _read += n;
            if (_read > _max) { throw new InputException(_path, 0, $"is larger than {_max} bytes"); }
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
