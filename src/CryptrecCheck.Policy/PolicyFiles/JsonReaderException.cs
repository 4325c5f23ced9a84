using System;

namespace CryptrecCheck.PolicyFiles;

/// <summary>The only exception <see cref="JsonReader"/> throws: the text is not JSON it accepts, with the place.</summary>
internal sealed class JsonReaderException : Exception
{
    internal JsonReaderException(int line, int column, int offset, string problem)
        : base(FormattableString.Invariant($"{line}:{column}: {problem}"))
    {
        Line = line;
        Column = column;
        Offset = offset;
        Problem = problem;
    }

    internal int Line { get; }
    internal int Column { get; }
    internal int Offset { get; }
    internal string Problem { get; }
}
