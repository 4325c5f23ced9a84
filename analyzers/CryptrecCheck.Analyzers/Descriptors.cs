using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace CryptrecCheck.Analyzers;

/// <summary>The one factory of diagnostic descriptors: title, message and description from the resources by ID, help
/// link to docs/rules/&lt;ID&gt;.md, custom tags naming the list and the category.</summary>
public static class Descriptors
{
    public const string HelpLinkBase = "https://github.com/cryptrec-check/cryptrec-check/blob/main/docs/rules/";

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new();

    /// <summary>CRY0001, the inventory: hidden (nothing shown in the IDE or the build), enabled so that an in-process run of
    /// the analyzers sees every use; turn it off with dotnet_diagnostic.CRY0001.severity = none.</summary>
    public static readonly DiagnosticDescriptor Inventory = Create(RuleIds.Inventory, DiagnosticSeverity.Hidden, "inventory");
    public static readonly DiagnosticDescriptor HashNotListed = Create(RuleIds.HashNotListed, DiagnosticSeverity.Warning, "not-listed");
    public static readonly DiagnosticDescriptor HashMonitored = Create(RuleIds.HashMonitored, DiagnosticSeverity.Warning, "monitored");
    public static readonly DiagnosticDescriptor HashCandidate = Create(RuleIds.HashCandidate, DiagnosticSeverity.Info, "candidate");
    public static readonly DiagnosticDescriptor CipherNotListed = Create(RuleIds.CipherNotListed, DiagnosticSeverity.Warning, "not-listed");
    public static readonly DiagnosticDescriptor CipherMonitored = Create(RuleIds.CipherMonitored, DiagnosticSeverity.Warning, "monitored");
    public static readonly DiagnosticDescriptor ModeNotListed = Create(RuleIds.ModeNotListed, DiagnosticSeverity.Warning, "not-listed");
    public static readonly DiagnosticDescriptor CipherCondition = Create(RuleIds.CipherCondition, DiagnosticSeverity.Warning, "condition");
    public static readonly DiagnosticDescriptor CipherCandidate = Create(RuleIds.CipherCandidate, DiagnosticSeverity.Info, "candidate");
    public static readonly DiagnosticDescriptor KeyTooShort = Create(RuleIds.KeyTooShort, DiagnosticSeverity.Warning, "key-strength");
    public static readonly DiagnosticDescriptor PublicKeyMonitored = Create(RuleIds.PublicKeyMonitored, DiagnosticSeverity.Warning, "monitored");
    public static readonly DiagnosticDescriptor CurveOutside = Create(RuleIds.CurveOutside, DiagnosticSeverity.Warning, "derived");
    public static readonly DiagnosticDescriptor PublicKeyNotListed = Create(RuleIds.PublicKeyNotListed, DiagnosticSeverity.Warning, "not-listed");
    public static readonly DiagnosticDescriptor TlsProtocol = Create(RuleIds.TlsProtocol, DiagnosticSeverity.Warning, "derived");
    public static readonly DiagnosticDescriptor TlsCipherSuite = Create(RuleIds.TlsCipherSuite, DiagnosticSeverity.Warning, "derived");
    public static readonly DiagnosticDescriptor KdfNotListed = Create(RuleIds.KdfNotListed, DiagnosticSeverity.Warning, "not-listed");
    public static readonly DiagnosticDescriptor KdfMonitored = Create(RuleIds.KdfMonitored, DiagnosticSeverity.Warning, "monitored");
    public static readonly DiagnosticDescriptor InvalidOption = Create(RuleIds.InvalidOption, DiagnosticSeverity.Warning, "configuration");

    /// <summary>CRY6001: hidden by default; a string is weaker evidence than an API call (it may only be recognised, not chosen).</summary>
    public static readonly DiagnosticDescriptor ProtocolString = Create(RuleIds.ProtocolString, DiagnosticSeverity.Hidden, "protocol-string");

    public static DiagnosticDescriptor Get(string id) => ById[id];

    /// <summary>Rules whose message states a list status ("{0} is on the Monitored Ciphers List"): when the status is this
    /// project's derived judgement of a combination (HMAC with SHA-1, RSA-OAEP with SHA-1, policy basis D3) the message must
    /// not claim the combination is listed, so the diagnostic uses the same rule with a message that leads with the
    /// evaluator's own wording of the parts and the judgement (the one the CLI shows).</summary>
    private static readonly Dictionary<string, DiagnosticDescriptor> CombinedVariants = CreateCombinedVariants();

    internal static DiagnosticDescriptor Worded(DiagnosticDescriptor d, CryptrecCheck.Policy.Evaluation.Reason? cause) =>
        cause?.Code == CryptrecCheck.Policy.Evaluation.ReasonCodes.Combined && CombinedVariants.TryGetValue(d.Id, out var v) ? v : d;

    private static Dictionary<string, DiagnosticDescriptor> CreateCombinedVariants()
    {
        var map = new Dictionary<string, DiagnosticDescriptor>();
        foreach (var d in new[] { HashNotListed, HashMonitored, PublicKeyMonitored, PublicKeyNotListed })
        {
            map[d.Id] = new DiagnosticDescriptor(d.Id, d.Title,
                new LocalizableResourceString(d.Id + "MessageCombined", Resources.ResourceManager, typeof(Resources)),
                d.Category, d.DefaultSeverity, d.IsEnabledByDefault, d.Description, d.HelpLinkUri, System.Linq.Enumerable.ToArray(d.CustomTags));
        }
        return map;
    }

    private static DiagnosticDescriptor Create(string id, DiagnosticSeverity severity, string listTag)
    {
        var tags = id switch
        {
            RuleIds.InvalidOption => new[] { "CRYPTREC", "list:" + listTag, RuleIds.Category(id), WellKnownDiagnosticTags.CompilationEnd },
            // Not a finding: tools that collect warnings (and the strict preset) leave it out by this tag.
            RuleIds.Inventory => new[] { "CRYPTREC", "list:" + listTag, RuleIds.Category(id), "CryptrecInventory", "NotAFinding" },
            _ => new[] { "CRYPTREC", "list:" + listTag, RuleIds.Category(id) },
        };
        var d = new DiagnosticDescriptor(
            id,
            new LocalizableResourceString(id + "Title", Resources.ResourceManager, typeof(Resources)),
            new LocalizableResourceString(id + "Message", Resources.ResourceManager, typeof(Resources)),
            RuleIds.Category(id),
            severity,
            isEnabledByDefault: true,
            description: new LocalizableResourceString(id + "Description", Resources.ResourceManager, typeof(Resources)),
            helpLinkUri: HelpLinkBase + id + ".md",
            customTags: tags);
        ById[id] = d;
        return d;
    }
}
