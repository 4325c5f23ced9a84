using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Internal;
using CryptrecCheck.Policy.Tls;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CryptrecCheck.Analyzers;

/// <summary>
/// TLS settings in code (CRY4xxx): SslProtocols and SecurityProtocolType values given to framework APIs or assigned to
/// their properties (SslStream.AuthenticateAs*, SslClient/ServerAuthenticationOptions, HttpClientHandler, SocketsHttpHandler,
/// ServicePointManager, Kestrel), and the suites of a CipherSuitesPolicy, judged against the configured GL-3001 type.
/// Explicit TLS 1.2/1.3 and None/SystemDefault (the operating system's choice) are compliant. Comparisons are not uses.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TlsAnalyzer : DiagnosticAnalyzer
{
    private static readonly (long Mask, TlsProtocolVersion Version)[] Flags =
    {
        (12, TlsProtocolVersion.Ssl20), (48, TlsProtocolVersion.Ssl30), (192, TlsProtocolVersion.Tls10),
        (768, TlsProtocolVersion.Tls11), (3072, TlsProtocolVersion.Tls12), (12288, TlsProtocolVersion.Tls13),
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptors.Inventory, Descriptors.TlsProtocol, Descriptors.TlsCipherSuite);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var lazy = CryptoApi.Deferred(start.Compilation);
            start.RegisterOperationAction([MethodImpl(HotPath.Options)] (ctx) =>
            {
                if (lazy.Value is not { HasTls: true } api) { return; }
                Arguments(ctx, api, ((IInvocationOperation)ctx.Operation).Arguments, ((IInvocationOperation)ctx.Operation).TargetMethod);
            }, OperationKind.Invocation);
            start.RegisterOperationAction([MethodImpl(HotPath.Options)] (ctx) =>
            {
                if (lazy.Value is not { HasTls: true } api) { return; }
                var oc = (IObjectCreationOperation)ctx.Operation;
                if (oc.Constructor == null) { return; }
                if (CryptoApi.Is(oc.Type, api.CipherSuitesPolicy)) { Suites(ctx, api, oc); }
                Arguments(ctx, api, oc.Arguments, oc.Constructor);
            }, OperationKind.ObjectCreation);
            start.RegisterOperationAction([MethodImpl(HotPath.Options)] (ctx) =>
            {
                if (lazy.Value is not { HasTls: true } api) { return; }
                var a = (ISimpleAssignmentOperation)ctx.Operation;
                if (a.Target is IPropertyReferenceOperation p && IsProtocolType(api, p.Type) && p.Property.Locations.Any(l => l.IsInMetadata))
                {
                    Protocols(ctx, api, a.Value, p.Type!);
                }
            }, OperationKind.SimpleAssignment);
            start.RegisterOperationAction([MethodImpl(HotPath.Options)] (ctx) =>
            {
                // ServicePointManager.SecurityProtocol |= SecurityProtocolType.Tls11: the added flags are a setting.
                if (lazy.Value is not { HasTls: true } api) { return; }
                var a = (ICompoundAssignmentOperation)ctx.Operation;
                if (a.OperatorKind == BinaryOperatorKind.Or && a.Target is IPropertyReferenceOperation p && IsProtocolType(api, p.Type) && p.Property.Locations.Any(l => l.IsInMetadata))
                {
                    Protocols(ctx, api, a.Value, p.Type!);
                }
            }, OperationKind.CompoundAssignment);
        });
    }

    [MethodImpl(HotPath.Options)]
    private static bool IsProtocolType(CryptoApi api, ITypeSymbol? t) => CryptoApi.Is(t, api.SslProtocols) || CryptoApi.Is(t, api.SecurityProtocolType);

    [MethodImpl(HotPath.Options)]
    private static void Arguments(OperationAnalysisContext ctx, CryptoApi api, ImmutableArray<IArgumentOperation> args, IMethodSymbol method)
    {
        foreach (var arg in args)
        {
            // Only framework and library APIs: a value passed to the application's own method is not yet a setting. (The
            // argument's type is checked first: it rules out almost every call without looking at where the method is. It is
            // the converted value's, which is the parameter's for an enum parameter; IParameterSymbol.Type would build a new
            // symbol wrapper at every argument of every call when the library's signatures carry nullable annotations.)
            if (IsProtocolType(api, arg.Value.Type) && arg.Parameter is { } parameter && IsProtocolType(api, parameter.Type) && method.Locations.Any(l => l.IsInMetadata))
            {
                Protocols(ctx, api, arg.Value, parameter.Type);
            }
        }
    }

    private static void Protocols(OperationAnalysisContext ctx, CryptoApi api, IOperation value, ITypeSymbol type)
    {
        // Every version in the value is a use (the inventory sees TLS 1.2 and 1.3 too); one rule diagnostic per value, for its
        // first version the configured type does not allow; the fix replaces the value.
        var direct = OperationHelpers.Unwrap(value) is IFieldReferenceOperation or IBinaryOperation or ILiteralOperation;
        var settings = ctx.Settings(api);
        var location = value.Syntax.GetLocation();
        var use = $"{type.Name}: {OperationHelpers.Shown(value)}";
        var traced = ValueResolver.Traced(value);
        var seen = new System.Collections.Generic.HashSet<(long, Location)>();
        // Every value the setting may have (each branch, each assignment to the application's own property, |= included) is
        // judged apart and named in its message: one rule diagnostic per value, for its first version the type does not allow.
        foreach (var t in traced)
        {
            if (!(t.Value is int or long or short or uint or ushort or byte)) { continue; }
            var v = System.Convert.ToInt64(t.Value, System.Globalization.CultureInfo.InvariantCulture);
            var (at, additional) = ValueResolver.Place(t, location);
            if (!seen.Add((v, at))) { continue; }
            var shown = ValueResolver.Show(use, value, t, traced);
            var reported = false;
            foreach (var (mask, version) in Flags)
            {
                if ((v & mask) == 0) { continue; }
                var detection = new Detection(TlsAssets.ForProtocol(version), at, shown)
                {
                    FixKind = direct && !t.Remote ? FixKinds.SslProtocols : null,
                    RuleAllowed = !reported,
                    AdditionalLocations = additional,
                };
                reported |= Detector.Found(ctx.ReportDiagnostic, settings, detection);
            }
        }
    }

    private static void Suites(OperationAnalysisContext ctx, CryptoApi api, IObjectCreationOperation oc)
    {
        var seen = new System.Collections.Generic.HashSet<Microsoft.CodeAnalysis.Text.TextSpan>();
        foreach (var arg in oc.Arguments)
        {
            var roots = ValueResolver.Candidates(arg.Value).OfType<SymbolicValue>().Select(s => s.Operation).Append(arg.Value);
            foreach (var root in roots)
            {
                foreach (var op in root.DescendantsAndSelf())
                {
                    if (!CryptoApi.Is(op.Type, api.TlsCipherSuite) || !op.ConstantValue.HasValue || op.Parent is IConversionOperation { ConstantValue.HasValue: true }) { continue; }
                    if (!seen.Add(op.Syntax.Span)) { continue; }
                    var code = System.Convert.ToInt32(op.ConstantValue.Value, System.Globalization.CultureInfo.InvariantCulture);
                    var suite = TlsRegistry.FindSuite(code);
                    if (suite == null) { continue; }
                    Detector.Found(ctx.ReportDiagnostic, ctx.Settings(api), TlsAssets.ForSuite(suite), op.Syntax.GetLocation(), OperationHelpers.Shown(op));
                }
            }
        }
    }
}
