using ReportGen.Diagnostics;

namespace ReportGen.Checking;

/// <summary>One requirement the checker verifies, named by the clause that makes it a requirement.</summary>
/// <param name="Clause">The standard and clause, e.g. <c>PDF/UA-1 7.18.3</c>, <c>PDF/A-2 6.3.2</c>, <c>ISO 32000-1 14.6.1</c>;
/// or an RG08xx code for what stops a file being checked at all.</param>
/// <param name="Matterhorn">The Matterhorn Protocol 1.1 failure condition, for PDF/UA rules that have one.</param>
/// <param name="Severity">An error fails the check; a warning is reported but does not.</param>
/// <param name="Requirement">What the rule requires, in a line.</param>
public sealed record CheckRule(string Clause, string? Matterhorn, Severity Severity, string Requirement);

/// <summary>Where a finding is: the file, and the page, object and byte offset when they are known.</summary>
/// <param name="File">The file, as the user named it.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="ObjectNumber">The PDF object the finding is about (for <c>qpdf --show-object</c>).</param>
/// <param name="Offset">A byte offset: in the file, or in a decoded content stream when <paramref name="ObjectNumber"/> is one.</param>
public sealed record FindingLocation(string File, int? Page = null, int? ObjectNumber = null, long? Offset = null)
{
    /// <summary>Compiler style: <c>file(page 2, obj 13, offset 40)</c>, leaving out what is unknown.</summary>
    public override string ToString()
    {
        var parts = new List<string>(3);
        if (Page is { } page) parts.Add($"page {page}");
        if (ObjectNumber is { } number) parts.Add($"obj {number}");
        if (Offset is { } offset) parts.Add($"offset {offset}");
        return parts.Count == 0 ? File : $"{File}({string.Join(", ", parts)})";
    }
}

/// <summary>A rule a file breaks, where, and how.</summary>
/// <param name="Rule">The rule broken.</param>
/// <param name="Location">Where.</param>
/// <param name="Message">What is wrong here, briefly.</param>
public sealed record PdfFinding(CheckRule Rule, FindingLocation Location, string Message)
{
    /// <summary>The rule's severity.</summary>
    public Severity Severity => Rule.Severity;

    /// <summary><c>file(page 2, obj 13): error PDF/UA-1 7.18.3: message [Matterhorn 28-008]</c>.</summary>
    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        var matterhorn = Rule.Matterhorn is { } checkpoint ? $" [Matterhorn {checkpoint}]" : "";
        return $"{Location}: {severity} {Rule.Clause}: {Message}{matterhorn}";
    }
}

/// <summary>The outcome of checking one file.</summary>
/// <param name="File">The file, as the user named it.</param>
/// <param name="Findings">Every finding, in the order the checks ran.</param>
/// <param name="FileMissing">True when the file could not be found or read at all.</param>
public sealed record CheckReport(string File, IReadOnlyList<PdfFinding> Findings, bool FileMissing = false)
{
    /// <summary>True when no finding is an error.</summary>
    public bool Passed => !FileMissing && Findings.All(f => f.Severity != Severity.Error);
}
