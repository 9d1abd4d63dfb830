using System.CommandLine;

namespace ReportGen.Cli;

/// <summary><c>reportgen verify DIR [--data FILE] [--templates DIR]</c>: re-hashes an output folder against its manifests.</summary>
internal static class VerifyCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<string>("folder") { Description = "The folder a build wrote, with its NAME.manifest.json." };
        var data = new Option<string?>("--data") { Description = "Also check that this data file is the one the outputs were built from." };
        var templates = new Option<string?>("--templates") { Description = "Also check this template folder's templates and theme." };
        var command = new Command("verify", "Check an output folder against its manifest: every file present and unchanged, nothing extra. Exit 1 on any difference.")
        {
            folder, data, templates,
        };
        command.SetAction(parsed =>
        {
            var outcome = ManifestVerifier.Verify(parsed.GetValue(folder)!, parsed.GetValue(data), parsed.GetValue(templates));
            DiagnosticPrinter.Print(outcome.Diagnostics, stderr);
            foreach (var file in outcome.Matched) stdout.WriteLine($"ok {file}");
            if (outcome.Clean) stdout.WriteLine($"{parsed.GetValue(folder)}: every file matches its manifest");
            return outcome.FolderMissing ? ExitCodes.InputMissing : outcome.Clean ? ExitCodes.Success : ExitCodes.DataErrors;
        });
        return command;
    }
}
