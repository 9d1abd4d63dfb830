using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ReportGen.Building;
using ReportGen.Diagnostics;
using ReportGen.Loading;
using ReportGen.Tests.Support;
using ReportGen.Workbooks;

namespace ReportGen.Tests.Workbooks;

/// <summary>Workbooks of papers, written through the library, and what the tests read back from them.</summary>
internal static class Workbook
{
    /// <summary>The workbook of the data file at <paramref name="path"/>, which must be valid.</summary>
    public static byte[] Of(string path, WorkbookOptions? options = null) => Of(Papers.LoadValidResult(path), options);

    /// <summary>The workbook of a loaded paper.</summary>
    public static byte[] Of(LoadResult loaded, WorkbookOptions? options = null)
    {
        var diagnostics = new DiagnosticBag();
        using var stream = new MemoryStream();
        WorkbookExport.Write(loaded.Paper!, loaded.Figures!, PaperBuilder.Metadata(loaded.Paper!, loaded.Figures!, "ReportGen test"), stream, diagnostics, options);
        Assert.Empty(diagnostics.Items);
        return stream.ToArray();
    }

    /// <summary>What the Open XML SDK's validator finds wrong, one line each.</summary>
    public static List<string> ValidationErrors(byte[] workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), isEditable: false);
        return [.. new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];
    }
}
