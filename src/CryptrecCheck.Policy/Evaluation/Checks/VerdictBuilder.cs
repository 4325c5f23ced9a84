using System.Collections.Generic;

namespace CryptrecCheck.Policy.Evaluation.Checks;

/// <summary>Collects a verdict while the checks run, with what the evaluator resolved before them: the technique the
/// asset is judged as and the catalogue row that decides it.</summary>
internal sealed class VerdictBuilder
{
    private readonly List<Reason> _reasons = new();

    internal VerdictBuilder(CryptoAsset asset, EvaluationContext ctx)
    {
        Asset = asset;
        Context = ctx;
        Algorithm = asset.Algorithm;
    }

    internal CryptoAsset Asset { get; }
    internal EvaluationContext Context { get; }

    /// <summary>The technique the asset is judged as, once keying and block variants are resolved (e.g. 3-key Triple DES).</summary>
    internal string Algorithm { get; set; }

    /// <summary>The catalogue row that decides the asset; for key types (RSA, EC) the row of the scheme they serve.</summary>
    internal CatalogEntry? Entry { get; set; }

    /// <summary>True for a key type (RSA, EC), judged through the schemes that use it (policy basis D5).</summary>
    internal bool IsKeyType { get; set; }

    /// <summary>True when the asset is not a list category and was judged by the technique it is built on (a KDF).</summary>
    internal bool JudgedByBase { get; set; }

    internal ListStatus Status { get; set; } = ListStatus.Unknown;
    internal string? Technique { get; set; }
    internal int? StrengthBits { get; set; }
    internal StrengthPhase? Phase { get; set; }
    internal Alternative? Alternative { get; set; }
    internal List<ComponentVerdict> Components { get; } = new();

    /// <summary>Lowers the status to <paramref name="s"/> when that is worse.</summary>
    internal void Worsen(ListStatus s)
    {
        if (s.Rank() > Status.Rank()) { Status = s; }
    }

    internal void Add(string code, Outcome outcome, string en, string ja, Citation citation) =>
        _reasons.Add(new Reason(code, outcome, en, ja, citation));

    internal Verdict Build(TlsJudgement? tls)
    {
        var alt = Status.Rank() >= 1 ? Alternative : null;
        return new Verdict(Asset, Status, _reasons.ToArray(), Technique, StrengthBits, Phase, Components.ToArray(), tls, alt);
    }
}
