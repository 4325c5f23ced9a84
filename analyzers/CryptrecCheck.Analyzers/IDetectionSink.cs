using System;
using CryptrecCheck.Policy.Evaluation;
using Microsoft.CodeAnalysis;

namespace CryptrecCheck.Analyzers;

/// <summary>A consumer of detections: receives every use found, compliant or not, with the policy's verdict.</summary>
internal interface IDetectionSink
{
    /// <summary>Consumes one detection; returns true when it reported a diagnostic.</summary>
    bool Accept(Detection detection, Verdict verdict, AnalyzerSettings settings, Action<Diagnostic> report);
}
