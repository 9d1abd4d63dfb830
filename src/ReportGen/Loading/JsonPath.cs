using System.Globalization;

namespace ReportGen.Loading;

/// <summary>Builds and takes apart the JSON paths used in diagnostics (<c>$.a.b[2]['odd name']</c>).</summary>
internal static class JsonPath
{
    /// <summary>The path of a member of an object.</summary>
    public static string Member(string parent, string name) =>
        IsPlain(name) ? $"{parent}.{name}" : $"{parent}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    /// <summary>The path of an array element.</summary>
    // Concatenated rather than interpolated: interpolating an int instantiates a generic that ReadyToRun leaves to the JIT.
    public static string Element(string parent, int index) => string.Concat(parent, "[", index.ToString(CultureInfo.InvariantCulture), "]");

    /// <summary>The parent path, or "" above the root.</summary>
    public static string Parent(string path)
    {
        if (path == "$") return "";
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? "$" : path[..cut];
    }

    private static bool IsPlain(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '$');
}
