namespace CryptrecCheck.Code;

/// <summary>How an inventory run loads and analyses the projects.</summary>
public sealed record CodeInventoryOptions
{
    /// <summary>The MSBuild configuration (Debug, Release); null: the projects' default.</summary>
    public string? Configuration { get; init; }

    /// <summary>Analyzer options (.editorconfig keys such as <c>cryptrec_check.edition</c>) that override the projects'
    /// own: what the user gave on the command line.</summary>
    public IReadOnlyDictionary<string, string> ForcedOptions { get; init; } = new Dictionary<string, string>();

    /// <summary>Analyzer options used only where a project sets none (e.g. the as-of date of the run).</summary>
    public IReadOnlyDictionary<string, string> DefaultOptions { get; init; } = new Dictionary<string, string>();

    /// <summary>Longest time one <c>dotnet restore</c> may take before it is stopped and reported.</summary>
    public TimeSpan RestoreTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Run <c>dotnet restore</c> for a project whose restore output (obj/project.assets.json) is missing.</summary>
    public bool Restore { get; init; } = true;

    /// <summary>Receives one line per step (restore, load, analyse a project), for a progress display.</summary>
    public Action<string>? Progress { get; init; }
}
