using System;
using System.Collections.Generic;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Tls;

namespace CryptrecCheck.PolicyFiles;

/// <summary>A front end's own options: the CLI's command line, the analyzer's .editorconfig keys. Null: not given.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
sealed class PolicyOverrides
{
    public static PolicyOverrides None { get; } = new();

    public Edition? Edition { get; init; }
    public DateTime? AsOf { get; init; }
    public int? OperationEndYear { get; init; }
    public TlsGuidelineType? TlsType { get; init; }
    public ListStatus? FailOn { get; init; }

    /// <summary>Curves accepted beyond the referenced ones; replaces the policy file's <c>curves.accept</c> when given.</summary>
    public IReadOnlyCollection<string>? AcceptedCurves { get; init; }
}
