using ReportGen.Checking.Content;
using ReportGen.Checking.Cos;
using ReportGen.Checking.Document;
using ReportGen.Checking.Rules;
using ReportGen.Checking.Structure;

namespace ReportGen.Checking;

/// <summary>
/// Checks a PDF against the machine-checkable conditions of PDF/UA-1 (with their Matterhorn Protocol failure
/// conditions) and PDF/A-2 that matter for an accessible, archivable paper — the list is <see cref="CheckRules.All"/>.
/// It works on any PDF: a file that is not one, or is damaged, gives findings, never an exception.
/// </summary>
public static class PdfChecker
{
    /// <summary>Reads and checks the file at <paramref name="path"/>; <paramref name="displayName"/> is how findings name it.</summary>
    public static CheckReport CheckFile(string path, string? displayName = null)
    {
        var name = displayName ?? path;
        var findings = new FindingSink(name);
        byte[] bytes;
        try
        {
            if (Directory.Exists(path)) return Missing(name, "is a folder, not a PDF file");
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            // FileInfo.Length is 0 for pipes and /dev/zero, so the limit is enforced while reading.
            var buffer = new byte[81920];
            using var memory = new MemoryStream();
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                memory.Write(buffer, 0, read);
                if (memory.Length > CheckBudget.MaxFileBytes)
                {
                    findings.Add(CheckRules.FileTooLarge, $"the file is over {CheckBudget.MaxFileBytes:N0} bytes, the most this checker reads");
                    return new CheckReport(name, findings.ToList());
                }
            }
            bytes = memory.ToArray();
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return Missing(name, "does not exist. Check the path");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Missing(name, $"cannot be read: {ex.Message}");
        }
        return Check(bytes, name);
    }

    /// <summary>Checks a PDF already in memory.</summary>
    public static CheckReport Check(byte[] pdf, string name) => Check(pdf, name, new CheckBudget());

    /// <summary>Checks with a given work budget (tests use small ones).</summary>
    internal static CheckReport Check(byte[] pdf, string name, CheckBudget budget)
    {
        var findings = new FindingSink(name);
        if (pdf.Length > CheckBudget.MaxFileBytes)
        {
            findings.Add(CheckRules.FileTooLarge, $"the file is {pdf.Length:N0} bytes; the most this checker reads is {CheckBudget.MaxFileBytes:N0}");
            return new CheckReport(name, findings.ToList());
        }
        CosFile? file = null;
        try
        {
            file = CosFile.Open(pdf, budget, out var failure);
            if (failure == CosOpenFailure.NoHeader)
                findings.Add(CheckRules.NotPdf, "this is not a PDF: there is no '%PDF-' header in its first 1,024 bytes");
            else if (failure == CosOpenFailure.NoCatalog)
                findings.Add(CheckRules.NoCatalog, "no document catalog (/Root) could be found, even by scanning the file for objects");
            if (file is not null) Run(file, findings);
        }
        catch (CheckLimitException ex)
        {
            findings.Add(CheckRules.LimitReached, ex.Message);
        }
        if (file is not null) FileRules.ReaderProblems(file, findings);
        return new CheckReport(name, findings.ToList());
    }

    private static void Run(CosFile file, FindingSink findings)
    {
        var catalogRef = file.Trailer["Root"];
        var catalog = CosAccess.AsDict(file.Resolve(catalogRef));
        FileRules.Header(file, findings);
        if (file.Trailer["Encrypt"] is not null)
        {
            findings.Add(CheckRules.Encrypted, "the file is encrypted: PDF/A forbids it, and its content cannot be checked without decrypting it");
            return;
        }
        if (catalog is null)
        {
            findings.Add(CheckRules.NoCatalog, $"/Root ({file.Trailer["Root"]}) is not a dictionary, so there is no document to check");
            return;
        }
        var context = new CheckContext(file, catalog, findings);
        context.SetPages(PageTree.Read(file, catalog));
        context.Structure = StructTreeReader.Read(file, catalog);
        DocumentRules.Run(context, CosAccess.RefNumber(catalogRef));
        MetadataRules.Run(context);
        StructureRules.Run(context);
        foreach (var page in context.Pages) ContentWalker.WalkPage(context, page);
        FontRules.Run(context);
        WordSpaceRule.Run(context);
        AnnotationRules.Run(context);
        DestinationRules.Run(context);
        ColourRules.PageGroups(context);
        ColourRules.OutputIntent(context);
        FileRules.Streams(context);
    }

    private static CheckReport Missing(string name, string why)
    {
        var findings = new FindingSink(name);
        findings.Add(CheckRules.FileMissing, $"the file {why}.");
        return new CheckReport(name, findings.ToList(), FileMissing: true);
    }
}
