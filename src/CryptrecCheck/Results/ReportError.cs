namespace CryptrecCheck.Results;

/// <summary>Something that could not be examined: a file that does not parse, a target that does not answer. The
/// rest of the run goes on; errors are reported beside the results and make the exit code 2 only where the verb says.</summary>
/// <param name="Source">The input: a path, host:port, a name.</param>
/// <param name="Code">Stable code, e.g. <c>io</c>, <c>parse</c>, <c>timeout</c>, <c>too-large</c>.</param>
/// <param name="Message">One line for people, naming the input.</param>
public sealed record ReportError(string Source, string Code, string Message);
