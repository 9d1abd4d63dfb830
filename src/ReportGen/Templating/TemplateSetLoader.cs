using System.Text;
using ReportGen.Diagnostics;
using ReportGen.Templating.Sets;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Templating;

/// <summary>
/// Reads templates from one template set and nothing else: <c>include "name"</c> reads <c>name.sbn</c>, with no paths
/// or parent folders (a folder set also keeps links from leading outside it). Files are read with a size limit and
/// as strict UTF-8, and each one read is recorded with its SHA-256 for the build's manifest.
/// </summary>
internal sealed class TemplateSetLoader(TemplateSet set) : ITemplateLoader
{
    /// <summary>The largest template file read; the shipped ones are a few kilobytes.</summary>
    public const long MaxTemplateBytes = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    // Not a SortedDictionary: its tree of key-value pairs is not precompiled in the framework, so it cost a
    // framework-dependent start-up some 30 JIT-compiled methods; a handful of files is sorted once when asked.
    private readonly Dictionary<string, ManifestEntry> read = new(StringComparer.Ordinal);

    /// <summary>Every template read so far, with the size and SHA-256 of the bytes read, by file name.</summary>
    public IReadOnlyList<ManifestEntry> Read
    {
        get
        {
            var names = new List<string>(read.Keys);
            names.Sort(StringComparer.Ordinal);
            return names.ConvertAll(name => read[name]);
        }
    }

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (templateName.Length == 0 || templateName.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
            throw new ScriptRuntimeException(callerSpan,
                $"include \"{templateName}\": a template is named by letters, digits, '-' and '_' only (no paths or extensions).");
        var fileName = templateName + ".sbn";
        if (!set.Has(fileName))
            throw new ScriptRuntimeException(callerSpan, $"include \"{templateName}\": there is no {set.ShownFile(fileName)}. Check the name or add the template.");
        return set.ShownFile(fileName);
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ReadTemplate(Path.GetFileName(templatePath), callerSpan);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    /// <summary>Reads the template file <paramref name="fileName"/>, or throws a <see cref="TemplateFileException"/> saying why not.</summary>
    public string ReadTemplate(string fileName, SourceSpan callerSpan)
    {
        var file = set.Read(fileName, MaxTemplateBytes);
        if (file.Bytes is not { } bytes)
            throw new TemplateFileException(file.Code ?? "RG0331", callerSpan, new SourceLocation(file.Shown), file.Problem ?? $"{file.Shown} cannot be read.");
        read[fileName] = ManifestEntry.Of(fileName, bytes, "template");
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = start + Math.Max(ex.Index, 0);
            var line = 1 + bytes.AsSpan(0, Math.Min(offset, bytes.Length)).Count((byte)'\n');
            throw new TemplateFileException("RG0120", callerSpan, new SourceLocation(file.Shown, line, 1),
                $"{file.Shown} is not UTF-8: the byte 0x{ex.BytesUnknown?.FirstOrDefault():X2} on this line is part of no UTF-8 character. Save the template as UTF-8.");
        }
    }
}

/// <summary>A template file that may not or cannot be read: its own code, located at the file itself.</summary>
internal sealed class TemplateFileException(string code, SourceSpan span, SourceLocation at, string message) : ScriptRuntimeException(span, message)
{
    /// <summary>The diagnostic code (RG0120, RG0330, RG0331).</summary>
    public string Code { get; } = code;

    /// <summary>Where the problem is: the file, not the include that asked for it.</summary>
    public SourceLocation At { get; } = at;
}
