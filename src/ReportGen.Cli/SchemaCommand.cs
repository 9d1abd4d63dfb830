using System.CommandLine;
using ReportGen.Loading;

namespace ReportGen.Cli;

/// <summary><c>reportgen schema [--out FILE]</c>: writes the JSON Schema of the data file.</summary>
internal static class SchemaCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var output = new Option<string?>("--out") { Description = "Write the schema to this file instead of standard output." };
        var command = new Command("schema", "Write the JSON Schema of the budget data file (for editors such as VS Code).") { output };
        command.SetAction(parsed =>
        {
            var schema = BudgetSchema.Generate();
            if (parsed.GetValue(output) is not { } file)
            {
                stdout.Write(schema);
                return ExitCodes.Success;
            }
            // Replaced like any output: an ordinary file only (never a device node), through a temporary file.
            var parent = Path.GetDirectoryName(file) ?? "";
            var committed = OutputSet.Commit(new CommitRequest(parent.Length > 0 ? parent : ".", parent,
                [(Path.GetFileName(file), new System.Text.UTF8Encoding(false).GetBytes(schema))], [], LockWait: null));
            if (committed.Diagnostics.Count > 0) DiagnosticPrinter.Print(committed.Diagnostics, stderr);
            return committed.Committed ? ExitCodes.Success : ExitCodes.OutputFailed;
        });
        return command;
    }
}
