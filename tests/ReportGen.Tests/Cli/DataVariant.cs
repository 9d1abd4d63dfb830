using System.Text;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Cli;

/// <summary>The reference data file with one piece of its text replaced, written to a temporary folder.</summary>
internal sealed class DataVariant : IDisposable
{
    private readonly TempDir folder = new();

    /// <summary>Replaces the first <paramref name="find"/> in the reference file's bytes with <paramref name="replace"/>.</summary>
    public DataVariant(string find, string replace) : this(Encoding.UTF8.GetBytes(find), Encoding.UTF8.GetBytes(replace)) { }

    /// <summary>Replaces bytes, for text that is not UTF-8 on purpose.</summary>
    public DataVariant(byte[] find, byte[] replace)
    {
        var original = File.ReadAllBytes(Repo.ReferenceData);
        var at = original.AsSpan().IndexOf(find);
        Assert.True(at >= 0, "the reference data no longer holds the text this test changes");
        Path = folder.File("budget.json");
        File.WriteAllBytes(Path, [.. original[..at], .. replace, .. original[(at + find.Length)..]]);
    }

    /// <summary>The variant's path.</summary>
    public string Path { get; }

    /// <summary>A folder beside it to build into.</summary>
    public string Out => folder.File("out");

    /// <summary>The 1-based line and column in the reference file where <paramref name="text"/> starts.</summary>
    public static (int Line, int Column) Where(string text)
    {
        var lines = File.ReadAllLines(Repo.ReferenceData);
        for (var i = 0; i < lines.Length; i++)
            if (lines[i].IndexOf(text, StringComparison.Ordinal) is var column and >= 0) return (i + 1, column + 1);
        throw new InvalidOperationException($"'{text}' is not in the reference data");
    }

    public void Dispose() => folder.Dispose();
}
