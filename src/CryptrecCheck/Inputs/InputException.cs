namespace CryptrecCheck.Inputs;

/// <summary>An input file that cannot be read as asked: too large, binary, a line too long, not openable in time.
/// The message names the file (and the line where there is one).</summary>
public sealed class InputException : Exception
{
    public InputException(string path, int line, string problem)
        : base(line > 0 ? $"{path}:{line}: {problem}" : $"{path}: {problem}")
    {
        Path = path;
        Line = line;
        Problem = problem;
    }

    public string Path { get; }

    public int Line { get; }

    public string Problem { get; }
}
