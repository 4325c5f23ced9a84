using System.Text.Json;
using CryptrecCheck.Policy;

namespace CryptrecCheck.Results;

/// <summary>
/// One result of a verb: a name, a certificate or key, a TLS target, a configuration file, a code project. The shared
/// renderers (table, JSON envelope, SARIF, Markdown) need only this; each verb writes its own JSON object.
/// </summary>
public interface IReportResult
{
    /// <summary>"name", "certificate", "key", "tls-target", "config", "code".</summary>
    string Kind { get; }

    /// <summary>What the result is about, for people: a name, a subject, host:port, a file.</summary>
    string Subject { get; }

    /// <summary>The worst catalogue status among the findings (<see cref="ListStatus.Recommended"/> when none fails).</summary>
    ListStatus Status { get; }

    /// <summary>True when the result fails whatever <c>--fail-on</c> says: a TLS target that does not meet the chosen
    /// GL-3001 type (the type, not a list status, decides a target).</summary>
    bool FailsRegardlessOfThreshold => false;

    /// <summary>Every finding, compliant ones included.</summary>
    IReadOnlyList<Finding> Findings { get; }

    /// <summary>Label/value pairs shown by the table and Markdown renderers before the findings.</summary>
    IReadOnlyList<KeyValuePair<string, string>> Facts { get; }

    /// <summary>Writes this result as one JSON object (its verb's schema under schemas/).</summary>
    void WriteJson(Utf8JsonWriter writer, ReportContext context);
}

/// <summary>What renderers need besides the results: the language and the fail threshold.</summary>
public sealed record ReportContext(bool Japanese, ListStatus FailOn)
{
    public static ReportContext Default { get; } = new(false, ListStatus.Monitored);

    /// <summary>True when the status counts as noncompliant under <see cref="FailOn"/>.</summary>
    public bool Fails(ListStatus s) => s.Rank() >= FailOn.Rank();
}
