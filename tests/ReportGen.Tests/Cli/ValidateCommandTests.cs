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

    [Theory]
    [InlineData("7")]
    [InlineData("1")]
    [InlineData("draft, final")]
    [InlineData("Final")]
    public void A_status_that_is_not_one_of_its_names_is_an_error_where_it_is_written(string status)
    {
        // System.Text.Json took a number in a string as the value itself and a comma list as flags, so "7" (a status
        // no one defined) passed; only the names the schema lists do now.
        using var variant = new DataVariant("\"status\": \"final\"", $"\"status\": \"{status}\"");
        var (line, column) = DataVariant.Where("\"status\": \"final\"");
        var run = CliRun.Of("validate", variant.Path);
        Assert.Equal(ExitCodes.DataErrors, run.ExitCode);
        Assert.Contains($"{variant.Path}({line},{column}): error RG0110: '{status}' is not a valid value for 'status': expected one of \"draft\", \"final\". [$.report.status]", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void A_status_with_space_around_its_name_still_reads()
    {
        using var variant = new DataVariant("\"status\": \"final\"", "\"status\": \" final \"");
        Assert.Equal(ExitCodes.Success, CliRun.Of("validate", variant.Path).ExitCode);
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
