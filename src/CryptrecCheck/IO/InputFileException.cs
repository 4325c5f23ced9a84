namespace CryptrecCheck.IO;

/// <summary>An input file that was not read: missing, not a regular file, too large or unreadable. The message names the file.</summary>
public sealed class InputFileException : IOException
{
    public InputFileException(string path, string problem)
        : base($"{path}: {problem}")
    {
        Path = path;
        Problem = problem;
    }

    public string Path { get; }
    public string Problem { get; }
}
