namespace ReportGen.Tests.Support;

/// <summary>Paths inside the repository, found by walking up from the test binaries to ReportGen.sln.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static string ReferenceData => Path("data", "2022-23", "budget.json");

    public static string Fixtures(params string[] parts) => Path(["tests", "ReportGen.Tests", "Fixtures", .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ReportGen.sln")))
                return dir.FullName;
        throw new InvalidOperationException("ReportGen.sln not found above " + AppContext.BaseDirectory);
    }
}
