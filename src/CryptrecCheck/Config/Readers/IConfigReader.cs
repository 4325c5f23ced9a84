namespace CryptrecCheck.Config.Readers;

/// <summary>A reader of one configuration format: turns a file (and what it includes) into normalised directives.</summary>
public interface IConfigReader
{
    ConfigType Type { get; }

    /// <summary>Reads <paramref name="text"/> (the content of <paramref name="path"/>); includes are followed through
    /// <paramref name="context"/>. Never throws for bad content: unknown values become notes, unreadable includes errors.</summary>
    IReadOnlyList<ConfigDirective> Read(string path, string text, ConfigReadContext context);
}
