using System.Globalization;
using System.Text;

namespace ReportGen;

/// <summary>
/// The names of a commit's working files in the output folder, all beginning ".reportgen-" so that only our
/// own are ever swept: new outputs waiting to move in, the previous outputs moved aside, the journal listing
/// the targets (and whether each had a previous file), and the journal renamed "committed" once every new
/// output is in place. A build that dies leaves them; the next build into the folder reads them and finishes
/// the job one way or the other (<see cref="OutputRecovery"/>).
/// </summary>
internal static class OutputJournal
{
    public const string Prefix = ".reportgen-";

    public static string New(int pid, string name) => $"{Prefix}new.{pid.ToString(CultureInfo.InvariantCulture)}.{name}";

    public static string Old(int pid, string name) => $"{Prefix}old.{pid.ToString(CultureInfo.InvariantCulture)}.{name}";

    public static string Journal(int pid) => $"{Prefix}journal.{pid.ToString(CultureInfo.InvariantCulture)}";

    public static string Committed(int pid) => $"{Prefix}committed.{pid.ToString(CultureInfo.InvariantCulture)}";

    private const string Header = "ReportGen output journal 1";

    /// <summary>The journal's text: one line per target, "1 name" when it had a previous file, "0 name" when not.</summary>
    public static byte[] Write(IEnumerable<(string Name, bool Existed)> targets)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var (name, existed) in targets) text.Append(existed ? '1' : '0').Append(' ').Append(name).Append('\n');
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The targets a journal lists, or null when it is not one of ours.</summary>
    public static List<(string Name, bool Existed)>? Read(string path)
    {
        var lines = File.ReadAllText(path, Encoding.UTF8).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length == 0 || lines[0] != Header) return null;
        var targets = new List<(string, bool)>();
        foreach (var line in lines.Skip(1))
        {
            if (line.Length < 3 || line[1] != ' ' || line[0] is not ('0' or '1')) return null;
            var name = line[2..];
            if (name != Path.GetFileName(name)) return null; // a journal never names anything outside its folder
            targets.Add((name, line[0] == '1'));
        }
        return targets;
    }

    /// <summary>Splits one of our working file names into its kind ("new", "old", "journal", "committed"), process id and target.</summary>
    public static (string Kind, int Pid, string Target)? Parse(string fileName)
    {
        if (!fileName.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var parts = fileName[Prefix.Length..].Split('.', 3);
        if (parts.Length < 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) return null;
        return parts[0] switch
        {
            "new" or "old" when parts.Length == 3 => (parts[0], pid, parts[2]),
            "journal" or "committed" when parts.Length == 2 => (parts[0], pid, ""),
            _ => null,
        };
    }

    /// <summary>Writes bytes to a new file and flushes them to the disk before returning.</summary>
    public static void WriteDurably(string path, byte[] bytes)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        stream.Write(bytes);
        stream.Flush(flushToDisk: true);
    }
}
