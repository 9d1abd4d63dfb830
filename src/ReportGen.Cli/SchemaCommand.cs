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
            try
            {
                OutputSet.Commit([(file, new System.Text.UTF8Encoding(false).GetBytes(schema))]);
                return ExitCodes.Success;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"{file}: error RG0501: cannot write the schema: {ex.Message}");
                return ExitCodes.OutputFailed;
            }
        });
        return command;
    }
}
