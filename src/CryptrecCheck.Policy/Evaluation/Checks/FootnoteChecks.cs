using System.Collections.Generic;

namespace CryptrecCheck.Policy.Evaluation.Checks;

/// <summary>Applies the notes of a catalogue row, each by the check for its kind of condition, in the row's order.</summary>
internal static class FootnoteChecks
{
    /// <summary>Every footnote check, in the order of <see cref="ConditionKind"/>.</summary>
    internal static readonly FootnoteCheck[] All =
    {
        InformationalFootnoteCheck.Instance,
        Block64LimitCheck.Instance,
        ShakeOutputCheck.Instance,
        XtsStorageCheck.Instance,
        GcmIvCheck.Instance,
        CbcMacCheck.Instance,
        EcdhMacCheck.Instance,
        Rc4KeyCheck.Instance,
    };

    /// <summary>Runs the check of each note that is in force at the as-of date.</summary>
    internal static void Apply(VerdictBuilder b, IReadOnlyList<Footnote> notes)
    {
        for (var i = 0; i < notes.Count; i++)
        {
            var note = notes[i];
            var check = For(note.Kind);
            if (check != null && check.Info.IsInForce(b.Context.AsOf)) { check.Run(b, note); }
        }
    }

    /// <summary>The check for a kind of note; null for 注8-style parameter-set notes, which
    /// <see cref="ParameterSetCheck"/> applies with the row's parameter sets.</summary>
    internal static FootnoteCheck? For(ConditionKind kind) => kind switch
    {
        ConditionKind.Limit64BitBlock => Block64LimitCheck.Instance,
        ConditionKind.ShakeOutputAtLeast256 => ShakeOutputCheck.Instance,
        ConditionKind.XtsStorageOnly => XtsStorageCheck.Instance,
        ConditionKind.GcmIv96Recommended => GcmIvCheck.Instance,
        ConditionKind.CbcMacFixedLength => CbcMacCheck.Instance,
        ConditionKind.EcdhMacHmacOrCmac => EcdhMacCheck.Instance,
        ConditionKind.Rc4KeyIs128 => Rc4KeyCheck.Instance,
        ConditionKind.ParameterSetRestricted => null,
        _ => InformationalFootnoteCheck.Instance,
    };
}
