namespace ReportGen.Cli;

/// <summary>The process exit codes; the README documents each one.</summary>
public static class ExitCodes
{
    /// <summary>Done; there may be warnings.</summary>
    public const int Success = 0;

    /// <summary>The data file has errors (structure, arithmetic or published figures).</summary>
    public const int DataErrors = 1;

    /// <summary><c>diff</c>: the two papers differ (as diff(1) says it).</summary>
    public const int Different = 1;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;

    /// <summary>An input file or folder could not be found or read.</summary>
    public const int InputMissing = 3;

    /// <summary>A template is missing, broken or failed while rendering.</summary>
    public const int TemplateErrors = 4;

    /// <summary>An output could not be written; earlier outputs are left as they were.</summary>
    public const int OutputFailed = 5;

    /// <summary>A bug in ReportGen: please report it with the message.</summary>
    public const int InternalError = 70;
}
