using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Templating;

/// <summary>
/// Lets <c>include "name"</c> read <c>name.sbn</c> from the template folder and nothing else:
/// no paths, no parent folders, so a template cannot reach the rest of the file system.
/// </summary>
internal sealed class TemplateFolderLoader(string folder, string displayFolder) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (templateName.Length == 0 || templateName.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
            throw new ScriptRuntimeException(callerSpan,
                $"include \"{templateName}\": a template is named by letters, digits, '-' and '_' only (no paths or extensions).");
        var path = Path.Combine(displayFolder, templateName + ".sbn");
        if (!File.Exists(Path.Combine(folder, templateName + ".sbn")))
            throw new ScriptRuntimeException(callerSpan, $"include \"{templateName}\": there is no {path}. Check the name or add the template.");
        return path;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        File.ReadAllText(Path.Combine(folder, Path.GetFileName(templatePath)));

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
