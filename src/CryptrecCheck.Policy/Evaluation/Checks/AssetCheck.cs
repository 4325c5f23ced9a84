namespace CryptrecCheck.Policy.Evaluation.Checks;

/// <summary>One check over an asset being judged. A check decides for itself whether it applies to the asset; the
/// evaluator runs it only when it is in force at the as-of date (<see cref="CheckInfo.IsInForce"/>).</summary>
internal abstract class AssetCheck
{
    protected AssetCheck(CheckInfo info) => Info = info;

    internal CheckInfo Info { get; }

    /// <summary>Runs the check; false when it has decided the verdict and no later check may run.</summary>
    internal abstract bool Run(VerdictBuilder b);

    /// <summary>Runs the check when it is in force at the context's as-of date.</summary>
    internal bool RunIfInForce(VerdictBuilder b) => !Info.IsInForce(b.Context.AsOf) || Run(b);
}
