using ReportGen.Files;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Files;

/// <summary>Real paths resolved as the kernel resolves them, which is what keeps templates in their folder.</summary>
public class RealPathTests
{
    [Fact]
    public void Dot_dot_after_a_link_climbs_out_of_the_link_target()
    {
        using var root = new TempDir();
        Directory.CreateDirectory(root.File("templates"));
        Directory.CreateDirectory(Path.Combine(root.Path, "elsewhere", "deep"));
        File.WriteAllText(Path.Combine(root.Path, "elsewhere", "secret.sbn"), "secret");
        // templates/sub → elsewhere/deep, so templates/sub/../secret.sbn is elsewhere/secret.sbn,
        // though written as text it looks like templates/secret.sbn.
        Directory.CreateSymbolicLink(root.File("templates/sub"), Path.Combine(root.Path, "elsewhere", "deep"));
        File.CreateSymbolicLink(root.File("templates/part.sbn"), "sub/../secret.sbn");
        var real = RealPath.Resolve(root.File("templates/part.sbn"));
        Assert.Equal(Path.Combine(RealPath.Resolve(root.Path), "elsewhere", "secret.sbn"), real);
        Assert.False(RealPath.IsInside(real, RealPath.Resolve(root.File("templates"))));
        Assert.Equal("secret", File.ReadAllText(root.File("templates/part.sbn")));
    }

    [Fact]
    public void A_loop_is_an_io_error_and_a_missing_tail_is_kept_as_written()
    {
        using var root = new TempDir();
        File.CreateSymbolicLink(root.File("a"), "b");
        File.CreateSymbolicLink(root.File("b"), "a");
        Assert.Throws<IOException>(() => RealPath.Resolve(root.File("a")));
        Assert.Equal(Path.Combine(RealPath.Resolve(root.Path), "not", "yet.pdf"), RealPath.Resolve(root.File("not/yet.pdf")));
    }

    [Fact]
    public void Inside_means_the_folder_or_below_it_not_a_sibling_with_the_same_prefix()
    {
        Assert.True(RealPath.IsInside("/a/templates/x.sbn", "/a/templates"));
        Assert.False(RealPath.IsInside("/a/templates-old/x.sbn", "/a/templates"));
    }
}
