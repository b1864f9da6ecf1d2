namespace FinalAccounts.Publisher.Portal;

/// <summary>Writes a file beside its target (a hidden <c>.name.new</c>), flushes it to disk and moves it over the target.</summary>
public static class AtomicFile
{
    public static void Write(string path, Action<Stream> write)
    {
        var temp = Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + ".new");
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    public static void Write(string path, byte[] bytes) => Write(path, s => s.Write(bytes));
}
