using System.Text.Json;
using Json.Schema;
using Xunit;

namespace CryptrecCheck.Tests.Infrastructure;

/// <summary>Validates documents against the committed schemas under schemas/ (copied next to the test assembly).</summary>
public static class SchemaAssert
{
    private static readonly Dictionary<string, JsonSchema> Schemas = new(StringComparer.Ordinal);

    /// <summary>Fails with every schema error (instance location and message) when the document does not validate.</summary>
    public static void Valid(string schemaFile, string json)
    {
        // Building a schema registers its URI in a global registry that refuses a second registration ("Overwriting
        // registered schemas is not permitted"), so two test classes must not build the same one at once: one build at a time.
        JsonSchema? schema;
        lock (Schemas)
        {
            if (!Schemas.TryGetValue(schemaFile, out schema))
            {
                var path = Path.Combine(AppContext.BaseDirectory, "schemas", schemaFile);
                schema = JsonSchema.FromText(File.ReadAllText(path), new BuildOptions(), new Uri("file:///schemas/" + schemaFile));
                Schemas[schemaFile] = schema;
            }
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
