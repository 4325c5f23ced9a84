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

    /// <summary>Writes UTF-8 JSON produced into a stream.</summary>
    internal void WriteJson(Action<Stream> write)
    {
        using var ms = new MemoryStream();
        write(ms);
        Out.WriteLine(Encoding.UTF8.GetString(ms.ToArray()));
    }
}
