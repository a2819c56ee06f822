using System.Globalization;

namespace Weft.Runs;

/// <summary>
/// The one writer of a run folder: held by every command that judges or generates into it, so that two processes
/// never send (and pay for) the same requests. Readers (report, serve) take no lock.
/// </summary>
/// <remarks>
/// The lock is the operating system's: <c>weft.lock</c> open with <see cref="FileShare.None"/> (flock on Unix, a share
/// mode on Windows), which the system drops when the holder dies however it dies, so a crashed run's lock is free
/// again at once. An exclusive open cannot be read by anyone else, so who holds it is written beside it, in
/// <c>weft.lock.owner</c>, only for the refusal message. <c>weft.lock</c> is never deleted: deleting it while a
/// second process has it open would let that process and a third one lock two different files at the same time.
/// </remarks>
internal sealed class RunLock : IDisposable
{
    /// <summary>File name of the lock inside a run folder.</summary>
    public const string FileName = "weft.lock";

    /// <summary>File name of the holder's description inside a run folder.</summary>
    public const string OwnerFileName = "weft.lock.owner";

    private readonly FileStream handle;
    private readonly string ownerPath;

    private RunLock(FileStream handle, string ownerPath)
    {
        this.handle = handle;
        this.ownerPath = ownerPath;
    }

    /// <summary>
    /// Takes the lock on <paramref name="runFolder"/> (creating the folder when needed) for <paramref name="command"/>
    /// ("weft eval"); a setup error naming the holder when another process or runner holds it.
    /// </summary>
    public static RunLock Acquire(string runFolder, string command, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        Directory.CreateDirectory(runFolder);
        var path = Path.Combine(runFolder, FileName);
        var ownerPath = Path.Combine(runFolder, OwnerFileName);
        FileStream handle;
        try
        {
            handle = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException) when (File.Exists(path))
        {
            throw new EvalSetupException(
                $"{runFolder} is in use by {Holder(ownerPath)}. Two processes on one run would send, and pay for, the same requests " +
                "twice: wait for it to finish or stop it, or use another --run folder.");
        }

        // Whatever the owner file says now is stale: its writer no longer holds the lock.
        var since = time.GetUtcNow().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
        File.WriteAllText(ownerPath, string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId}\n{Environment.MachineName}\n{since}\n{command}\n"));
        return new RunLock(handle, ownerPath);
    }

    // "weft eval (pid 1234 on host lab1, since 2026-12-07 21:00:00 UTC)", or as much of it as the owner file holds (the
    // holder may not have written it yet).
    private static string Holder(string ownerPath)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(ownerPath);
        }
        catch (IOException)
        {
            return "another weft process";
        }

        if (lines.Length < 4 || !int.TryParse(lines[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
        {
            return "another weft process";
        }

        var who = pid == Environment.ProcessId && lines[1] == Environment.MachineName ? "another run in this process" : lines[3];
        return $"{who} (pid {pid} on host {lines[1]}, since {lines[2]})";
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // The owner file goes first, while the lock still guards it.
        try
        {
            File.Delete(ownerPath);
        }
        catch (IOException)
        {
            // A leftover owner file is only read when the lock is held, and then rewritten by the new holder.
        }

        handle.Dispose();
    }
}
