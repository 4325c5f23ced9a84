using System.Text;

namespace CryptrecCheck.Cli;

/// <summary>Where a run writes: the console in production, string writers in tests.</summary>
internal sealed class CliOutput
{
    internal CliOutput(TextWriter @out, TextWriter err)
    {
        Out = @out;
        Err = err;
    }

    internal TextWriter Out { get; }
    internal TextWriter Err { get; }

    /// <summary>A byte stream onto <see cref="Out"/>: standard output itself when Out is the console (so that large JSON
    /// is streamed, never held in memory), else a UTF-8 decoding adapter over the writer (tests).</summary>
    internal Stream OpenOut()
    {
        if (ReferenceEquals(Out, Console.Out))
        {
            Out.Flush();
            return new BufferedStream(Console.OpenStandardOutput(), 64 * 1024);
        }
        return new TextWriterStream(Out);
    }

    /// <summary>The file named by --output (created or truncated), or standard output when none is named.</summary>
    internal Stream OpenOut(FileInfo? file) =>
        file == null ? OpenOut() : new FileStream(file.FullName, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024);

    /// <summary>Writes UTF-8 produced into a stream (small documents: the catalogue).</summary>
    internal void WriteJson(Action<Stream> write)
    {
        using var s = OpenOut();
        write(s);
        s.Flush();
        Out.WriteLine();
    }

    /// <summary>Decodes UTF-8 bytes into a TextWriter, keeping multi-byte sequences split across writes intact.</summary>
    private sealed class TextWriterStream : Stream
    {
        private readonly TextWriter _w;
        private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
        private char[] _chars = new char[4096];

        internal TextWriterStream(TextWriter w) => _w = w;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            var need = _decoder.GetCharCount(buffer, flush: false);
            if (need > _chars.Length) { _chars = new char[need]; }
            var n = _decoder.GetChars(buffer, _chars, flush: false);
            _w.Write(_chars, 0, n);
        }

        public override void Flush() => _w.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
