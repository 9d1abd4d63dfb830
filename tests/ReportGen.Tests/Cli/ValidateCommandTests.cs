using ReportGen.Cli;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Cli;

public class ValidateCommandTests
{
    [Fact]
    public void The_reference_data_is_valid_with_one_acknowledged_warning()
    {
        var run = CliRun.Of("validate", Repo.ReferenceData);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("warning RG0231: funding summary: 'Total' £000s is published as 11,279 but its lines add up to 11,291", run.Stderr);
        Assert.EndsWith("0 error(s), 1 warning(s)\n", run.Stderr);
        Assert.EndsWith(": valid\n", run.Stdout);
    }

    [Fact]
    public void Errors_print_compiler_style_and_exit_with_the_data_error_code()
    {
        var file = Repo.Fixtures("BadData", "misspelt-amount.json");
        var run = CliRun.Of("validate", file);
        Assert.Equal(ExitCodes.DataErrors, run.ExitCode);
        Assert.Contains($"{file}(45,15): error RG0105: unknown property 'ammount' (did you mean 'amount'?)", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void A_missing_file_has_its_own_exit_code() =>
        Assert.Equal(ExitCodes.InputMissing, CliRun.Of("validate", "no/such/budget.json").ExitCode);

    [Fact]
    public void A_wrong_command_line_is_a_usage_error()
    {
        Assert.Equal(ExitCodes.Usage, CliRun.Of("validate").ExitCode);
        Assert.Equal(ExitCodes.Usage, CliRun.Of("frobnicate").ExitCode);
    }

    [Fact]
    public void Version_and_help_describe_the_tool()
    {
        var version = CliRun.Of("--version");
        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+\n$", version.Stdout);
        var help = CliRun.Of("--help");
        Assert.Contains("validate", help.Stdout);
        Assert.Contains("schema", help.Stdout);
    }

    [Fact]
    public void Schema_writes_the_schema_to_a_file_or_stdout()
    {
        var path = Path.Combine(Path.GetTempPath(), $"reportgen-schema-{Environment.ProcessId}.json");
        try
        {
            Assert.Equal(0, CliRun.Of("schema", "--out", path).ExitCode);
            Assert.Equal(File.ReadAllText(Repo.Path("data", "budget.schema.json")), File.ReadAllText(path));
            Assert.StartsWith("{\n  \"$schema\"", CliRun.Of("schema").Stdout);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
