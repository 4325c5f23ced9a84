namespace CryptrecCheck.Certificates;

/// <summary>Something that could not be inspected: a file, a PEM block, a chain element. The rest goes on.</summary>
/// <param name="Source">The input: a path, a path and a place in it, "chain[2]".</param>
/// <param name="Code">io, too-large, empty, format, parse, password, access.</param>
/// <param name="Message">One line for people, naming the input.</param>
public sealed record InspectionError(string Source, string Code, string Message)
{
    /// <summary>The same error in the report model, which gives it in the report's language (<see cref="Results.ReportError.MessageIn"/>).</summary>
    public Results.ReportError ToReportError() => new(Source, Code, Message);
}
