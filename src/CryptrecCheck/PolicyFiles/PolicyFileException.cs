namespace CryptrecCheck.PolicyFiles;

/// <summary>A policy file that cannot be used, with the file, line and column of the problem.</summary>
public sealed class PolicyFileException : Exception
{
    public PolicyFileException(string path, int line, int column, string problem)
        : base(line > 0 ? $"{path}:{line}:{column}: {problem}" : $"{path}: {problem}")
    {
        Path = path;
        Line = line;
        Column = column;
        Problem = problem;
    }

    public string Path { get; }
    public int Line { get; }
    public int Column { get; }
    public string Problem { get; }
}
