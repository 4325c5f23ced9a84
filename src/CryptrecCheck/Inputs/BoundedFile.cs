using System.Runtime.InteropServices;

namespace CryptrecCheck.Inputs;

/// <summary>
/// Reads small input files (policy files, name lists, configuration) without trusting what the path names. Only a regular
/// file is opened: its type is checked before opening, because opening a FIFO for reading blocks until a writer appears and
/// a device such as /dev/zero never ends. The read itself is bounded (at most one byte past the limit is read), so a file
/// that grows after the check cannot make it unbounded either.
/// </summary>
public static class BoundedFile
{
    /// <summary>Reads a regular file of at most <paramref name="maxBytes"/> bytes (symbolic links are followed).</summary>
    /// <exception cref="InputException">The file is missing, not a regular file, larger than the limit, or unreadable.</exception>
    public static byte[] ReadRegularFile(string path, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        var kind = FileKinds.Of(path);
        switch (kind)
        {
            case FileKind.Missing: throw new InputException(path, 0, "file not found");
            case FileKind.Directory: throw new InputException(path, 0, "is a directory, not a file");
            case FileKind.Regular:
            case FileKind.Unknown:
                break;
            default: throw new InputException(path, 0, $"is {FileKinds.Describe(kind)}, not a regular file; only regular files are read");
        }
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            long declared = stream.CanSeek ? stream.Length : 0;
            if (declared > maxBytes) { throw TooLarge(path, maxBytes); }
            var buffer = new byte[Math.Min(maxBytes + 1L, Math.Max(declared + 1, 4096))];
            var total = 0;
            while (true)
            {
                if (total == buffer.Length)
                {
                    if (total > maxBytes) { throw TooLarge(path, maxBytes); }
                    Array.Resize(ref buffer, (int)Math.Min(maxBytes + 1L, buffer.Length * 2L));
                }
                var n = stream.Read(buffer, total, buffer.Length - total);
                if (n == 0) { break; }
                total += n;
                if (total > maxBytes) { throw TooLarge(path, maxBytes); }
            }
            Array.Resize(ref buffer, total);
            return buffer;
        }
        catch (FileNotFoundException) { throw new InputException(path, 0, "file not found"); }
        catch (DirectoryNotFoundException) { throw new InputException(path, 0, "file not found"); }
        catch (UnauthorizedAccessException e) { throw new InputException(path, 0, "cannot read the file: " + e.Message); }
        catch (IOException e) when (e is not InputException) { throw new InputException(path, 0, "cannot read the file: " + e.Message); }
    }

    private static InputException TooLarge(string path, int maxBytes) =>
        new(path, 0, maxBytes == 1 << 20 ? "file is larger than 1 MiB (1048576 bytes)" : $"file is larger than {maxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)} bytes");
}

/// <summary>What a path names, as far as reading it is concerned.</summary>
public enum FileKind
{
    /// <summary>The platform cannot tell (not Linux or macOS): the bounded read still applies.</summary>
    Unknown,
    Missing,
    Regular,
    Directory,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
}

/// <summary>The file type of a path, from stat(2) (statx on Linux), following symbolic links; never opens the file.</summary>
public static partial class FileKinds
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const int Enoent = 2;
    private const int Enotdir = 20;

    public static FileKind Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0 || path.Contains('\0', StringComparison.Ordinal)) { return FileKind.Missing; }
        try
        {
            if (OperatingSystem.IsLinux()) { return Linux(path); }
            if (OperatingSystem.IsMacOS()) { return MacOs(path); }
        }
        catch (EntryPointNotFoundException) { }
        catch (DllNotFoundException) { }
        return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Unknown : FileKind.Missing;
    }

    internal static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.Directory => "a directory",
        _ => "not a regular file",
    };

    private static FileKind FromMode(int mode) => (mode & 0xF000) switch
    {
        0x8000 => FileKind.Regular,
        0x4000 => FileKind.Directory,
        0x1000 => FileKind.Fifo,
        0x2000 => FileKind.CharacterDevice,
        0x6000 => FileKind.BlockDevice,
        0xC000 => FileKind.Socket,
        _ => FileKind.Unknown,
    };

    // struct statx has one layout on every Linux architecture (stx_mode: u16 at offset 28; the struct is 256 bytes).
    private static FileKind Linux(string path)
    {
        var buf = new byte[256];
        if (Statx(AtFdCwd, path, 0, StatxType, buf) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            return errno is Enoent or Enotdir ? FileKind.Missing : FileKind.Unknown;
        }
        return FromMode(BitConverter.ToUInt16(buf, 28));
    }

    // macOS: struct stat (64-bit inodes) begins with st_dev (int32) then st_mode (uint16) on x64 and arm64; on x64 that
    // struct is behind the stat$INODE64 symbol. Not exercised by this project's tests (they run on Linux).
    private static FileKind MacOs(string path)
    {
        var buf = new byte[256];
        var rc = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? StatInode64(path, buf) : Stat(path, buf);
        if (rc != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            return errno is Enoent or Enotdir ? FileKind.Missing : FileKind.Unknown;
        }
        return FromMode(BitConverter.ToUInt16(buf, 4));
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);

    [DllImport("libc", EntryPoint = "stat", SetLastError = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] buffer);

    [DllImport("libc", EntryPoint = "stat$INODE64", SetLastError = true)]
    private static extern int StatInode64([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] buffer);
}
