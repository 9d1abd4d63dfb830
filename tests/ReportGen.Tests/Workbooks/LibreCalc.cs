using System.Text;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Workbooks;

/// <summary>
/// LibreOffice Calc, headless, as an independent spreadsheet program: it recalculates every formula of a workbook
/// when it opens it and writes each sheet as CSV, the cells as they are shown, or saves the workbook again.
/// </summary>
internal static class LibreCalc
{
    // LibreOffice trusts the values an .xlsx saves with its formulas unless told to recalculate on load
    // (Tools ▸ Options ▸ Calc ▸ Formula ▸ Recalculation on file load: Always); the locale fixes how numbers are shown.
    private const string Settings = """
        <?xml version="1.0" encoding="UTF-8"?>
        <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
        <item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>en-GB</value></prop></item>
        </oor:items>
        """;

    /// <summary>Every sheet of <paramref name="xlsx"/> as LibreOffice shows it after recalculating, by sheet name: rows of cells.</summary>
    public static Dictionary<string, List<string[]>> Sheets(string xlsx, string folder)
    {
        var output = Path.Combine(folder, "csv");
        // Filter options: comma, double quote, UTF-8, line 1, …, save cell contents as shown, every sheet to its own file.
        Convert(xlsx, folder, output, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1");
        var stem = Path.GetFileNameWithoutExtension(xlsx) + "-";
        return Directory.GetFiles(output, "*.csv").ToDictionary(f => Path.GetFileNameWithoutExtension(f)[stem.Length..], f => Csv.Parse(File.ReadAllText(f, Encoding.UTF8)));
    }

    /// <summary><paramref name="xlsx"/> opened, recalculated and saved again by LibreOffice, as someone editing it would.</summary>
    public static byte[] Resave(string xlsx, string folder)
    {
        var output = Path.Combine(folder, "resaved");
        Convert(xlsx, folder, output, "xlsx:Calc MS Excel 2007 XML");
        return File.ReadAllBytes(Path.Combine(output, Path.GetFileName(xlsx)));
    }

    private static void Convert(string xlsx, string folder, string output, string filter)
    {
        var profile = Path.Combine(folder, "lo-profile");
        Directory.CreateDirectory(Path.Combine(profile, "user"));
        File.WriteAllText(Path.Combine(profile, "user", "registrymodifications.xcu"), Settings);
        var run = Programs.Run("soffice", $"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", filter, "--outdir", output, xlsx);
        Assert.True(Directory.Exists(output) && Directory.EnumerateFiles(output).Any(), $"LibreOffice wrote nothing (exit {run.ExitCode}): {run.Stdout} {run.Stderr}");
    }
}

/// <summary>Reads CSV as LibreOffice writes it: commas, fields in double quotes when they need them, "" for a quote.</summary>
internal static class Csv
{
    public static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add([.. row]); }
        return rows;
    }
}
