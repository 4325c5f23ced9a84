using System.Collections.Concurrent;
using System.Text.Json;
using Json.Schema;
using Xunit;

namespace CryptrecCheck.Tests.Infrastructure;

/// <summary>Validates documents against the committed schemas under schemas/ (copied next to the test assembly).</summary>
public static class SchemaAssert
{
    private static readonly ConcurrentDictionary<string, JsonSchema> Schemas = new();

    /// <summary>Fails with every schema error (instance location and message) when the document does not validate.</summary>
    public static void Valid(string schemaFile, string json)
    {
        // GetOrAdd may run its factory twice when two test classes ask at once, and building a schema registers its URI in
        // a global registry that refuses a second registration ("Overwriting registered schemas is not permitted"): one
        // build at a time.
        JsonSchema schema;
        lock (Schemas)
        {
            schema = Schemas.GetOrAdd(schemaFile, f =>
            {
                var path = Path.Combine(AppContext.BaseDirectory, "schemas", f);
                return JsonSchema.FromText(File.ReadAllText(path), new BuildOptions(), new Uri("file:///schemas/" + f));
            });
        }
        Valid(schema, json, schemaFile);
    }

    /// <summary>The same against a schema loaded elsewhere (SARIF, CycloneDX with its referenced schemas); <paramref name="what"/>
    /// names the schema in the failure.</summary>
    public static void Valid(JsonSchema schema, string json, string what)
    {
        using var doc = JsonDocument.Parse(json);
        var result = schema.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (!result.IsValid)
        {
            var errors = (result.Details ?? new List<EvaluationResults>())
                .Where(d => d.Errors != null)
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
                .Take(20);
            Assert.Fail($"{what}: document does not validate:\n{string.Join("\n", errors)}");
        }
    }
}
