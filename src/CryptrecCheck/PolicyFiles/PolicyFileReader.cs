using CryptrecCheck.Inputs;

namespace CryptrecCheck.PolicyFiles;

/// <summary>
/// Loads a policy file from disk for the CLI and the scanner: only a regular file of at most
/// <see cref="PolicyFileLoader.MaxBytes"/> (1 MiB) is read — a FIFO, a device such as /dev/zero or a directory is an error
/// naming the file, checked before the file is opened — then <see cref="PolicyFileLoader"/> parses it. (The parser lives in
/// the dependency-free Policy project so that the analyzer shares it; analyzers may not touch the file system, hence this split.)
/// </summary>
public static class PolicyFileReader
{
    /// <exception cref="PolicyFileException">The file cannot be read or is not a valid policy.</exception>
    public static PolicySettings Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = BoundedFile.ReadRegularFile(path, PolicyFileLoader.MaxBytes);
        }
        catch (InputException e)
        {
            throw new PolicyFileException(path, 0, 0, e.Problem);
        }
        return PolicyFileLoader.Parse(bytes, path);
    }
}
