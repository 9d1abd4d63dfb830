using System.Diagnostics;

namespace ReportGen.Tests.Output;

/// <summary>Small programs the output tests use to block files the ways a machine can (chattr, chmod, flock).</summary>
internal static class Shell
{
    /// <summary>Runs a program; true when it exits 0.</summary>
    public static bool Try(string program, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var arg in args) start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    /// <summary>True when this user can make files immutable (root, on a file system that supports it).</summary>
    public static bool CanMakeImmutable(string folder)
    {
        var probe = Path.Combine(folder, ".immutable-probe");
        File.WriteAllText(probe, "");
        var can = Try("chattr", "+i", probe);
        Try("chattr", "-i", probe);
        File.Delete(probe);
        return can;
    }

    public static bool IsRoot => Environment.UserName == "root";
}
