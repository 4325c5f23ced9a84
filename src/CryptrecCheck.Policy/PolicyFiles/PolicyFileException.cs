using System;

namespace CryptrecCheck.PolicyFiles;

/// <summary>A policy file that cannot be used, with the file, line and column of the problem (line 0: the file as a whole).</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
sealed class PolicyFileException : Exception
{
    public PolicyFileException(string path, int line, int column, string problem)
        : this(path, line, column, problem, -1, 0)
    {
    }

    /// <param name="offset">Offset of the offending text in the file's decoded text, or -1 when the problem is the whole file.</param>
    /// <param name="length">Length of the offending text.</param>
    public PolicyFileException(string path, int line, int column, string problem, int offset, int length)
        : base(line > 0 ? FormattableString.Invariant($"{path}:{line}:{column}: {problem}") : $"{path}: {problem}")
    {
        Path = path;
        Line = line;
        Column = column;
        Problem = problem;
        Offset = offset;
        Length = length;
    }

    public string Path { get; }
    public int Line { get; }
    public int Column { get; }
    public string Problem { get; }

    /// <summary>Where the problem is in the text that was read (UTF-16 offset), or -1 for the whole file.</summary>
    public int Offset { get; }

    /// <summary>How much text the problem covers (0 for a point).</summary>
    public int Length { get; }
}
