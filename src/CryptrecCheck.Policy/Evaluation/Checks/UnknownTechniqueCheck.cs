namespace CryptrecCheck.Policy.Evaluation.Checks;

/// <summary>A technique with no catalogue row (neither listed nor a known "not listed" technique) is unknown.</summary>
internal sealed class UnknownTechniqueCheck : AssetCheck
{
    internal static readonly UnknownTechniqueCheck Instance = new();

    private UnknownTechniqueCheck()
        : base(new CheckInfo("unknown", new[] { ReasonCodes.Unknown },
            "A technique the catalogue does not know is judged unknown.",
            "カタログにない技術は unknown と判定する。",
            Sources.Decision("Statuses")))
    {
    }

    internal override bool Run(VerdictBuilder b)
    {
        if (b.IsKeyType || b.Entry != null) { return true; }
        b.Status = ListStatus.Unknown;
        b.Add(ReasonCodes.Unknown, Outcome.Fail, $"{b.Algorithm} is not a technique the catalogue knows.", $"{b.Algorithm} はカタログにない技術である。",
            Info.Citation);
        return false;
    }
}
