using CryptrecCheck.Policy;

namespace CryptrecCheck.Results;

/// <summary>
/// The envelope every verb reports in (schemas/report.schema.json): schema version, tool, settings, results, summary,
/// errors. <see cref="Results"/> may be a lazy sequence: the JSON renderer streams it and keeps only counters.
/// </summary>
public sealed class Report
{
    /// <summary>Version of the envelope; bumped only for incompatible changes (fields are added, never renamed).</summary>
    public const int SchemaVersion = 1;

    public Report(string verb, ReportSettings settings, IEnumerable<IReportResult> results, IReadOnlyList<ReportError>? errors = null)
    {
        Verb = verb;
        Settings = settings;
        Results = results;
        Errors = errors ?? Array.Empty<ReportError>();
    }

    /// <summary>The verb that made the report: explain, cert, tls, config, code.</summary>
    public string Verb { get; }

    public ReportSettings Settings { get; }

    public IEnumerable<IReportResult> Results { get; }

    /// <summary>Errors known before rendering; a streaming producer may add more through <see cref="ErrorSink"/>.</summary>
    public IReadOnlyList<ReportError> Errors { get; }

    /// <summary>Errors found while <see cref="Results"/> is enumerated (e.g. a file that fails to parse mid-stream).</summary>
    public List<ReportError> ErrorSink { get; } = new();

    /// <summary>The tool's version, from the assembly.</summary>
    public static string ToolVersion { get; } =
        typeof(Report).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>All errors: the known ones and those collected while streaming.</summary>
    public IEnumerable<ReportError> AllErrors => Errors.Concat(ErrorSink);
}

/// <summary>Counts over a report's results, accumulated while they are rendered.</summary>
public sealed class ReportSummary
{
    private readonly int[] _byStatus = new int[6];
    private readonly int[] _bySeverity = new int[4];

    public int Results { get; private set; }

    public int Findings { get; private set; }

    /// <summary>Results whose status fails under the report's fail-on threshold.</summary>
    public int Noncompliant { get; private set; }

    public int Errors { get; set; }

    /// <summary>Results per catalogue status.</summary>
    public int Count(ListStatus s) => _byStatus[(int)s];

    /// <summary>Findings per severity.</summary>
    public int Count(FindingSeverity s) => _bySeverity[(int)s];

    public void Add(IReportResult r, ReportContext c)
    {
        Results++;
        _byStatus[(int)r.Status]++;
        var fails = c.Fails(r.Status) || r.FailsRegardlessOfThreshold;
        foreach (var f in r.Findings)
        {
            Findings++;
            _bySeverity[(int)f.Severity]++;
            // An error that is not a list verdict (an expired certificate, a host name that does not match, an untrusted
            // chain) fails the result whatever --fail-on says: it is not a question of how far down the list to go.
            fails |= f.Severity == FindingSeverity.Error && f.Status.Rank() == 0;
        }
        if (fails) { Noncompliant++; }
    }

    /// <summary>Exit code of the run: 2 when something could not be examined, else 1 when something fails, else 0.</summary>
    public int ExitCode => Errors > 0 ? Reporting.ExitCodes.UsageError : Noncompliant > 0 ? Reporting.ExitCodes.Noncompliant : Reporting.ExitCodes.Compliant;

    public static readonly ListStatus[] StatusOrder =
    {
        ListStatus.Recommended, ListStatus.RecommendedPqc, ListStatus.Candidate, ListStatus.Monitored, ListStatus.NotListed, ListStatus.Unknown,
    };

    /// <summary>The counts per status that occur, for a summary line: " (recommended 3, not-listed 1)", in Japanese
    /// "（recommended 3, not-listed 1）" without the leading space; empty when there is no result (no empty brackets).</summary>
    public string StatusCounts(bool japanese)
    {
        var counts = string.Join(", ", StatusOrder.Where(st => Count(st) > 0)
            .Select(st => $"{st.ToWireName()} {Count(st).ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
        return counts.Length == 0 ? string.Empty : japanese ? $"（{counts}）" : $" ({counts})";
    }
}
