using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Evaluation;

namespace CryptrecCheck.Reporting;

/// <summary>Turns verdicts into pass/fail and exit codes.</summary>
public static class Compliance
{
    /// <summary>True when the verdict passes the fail-on threshold and, if a TLS type is chosen, is allowed under it.</summary>
    public static bool IsCompliant(Verdict? v, ReportOptions o)
    {
        if (v == null) { return false; }
        if (v.Status.Rank() >= o.FailOn.Rank()) { return false; }
        if (o.TlsType is { } t && v.Tls != null && !v.Tls[t].Allowed) { return false; }
        return true;
    }
}

/// <summary>Process exit codes of cryptrec-check (documented in README.md; scripts rely on them).</summary>
public static class ExitCodes
{
    /// <summary>Everything evaluated is compliant.</summary>
    public const int Compliant = 0;

    /// <summary>Something is noncompliant or could not be resolved.</summary>
    public const int Noncompliant = 1;

    /// <summary>Usage or input error (bad option, empty or absurd name, unreadable or invalid policy file).</summary>
    public const int UsageError = 2;
}
