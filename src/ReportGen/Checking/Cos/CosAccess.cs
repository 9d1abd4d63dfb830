namespace ReportGen.Checking.Cos;

/// <summary>Typed reads of dictionary entries that follow references and answer null for anything else, so rules can
/// ask for what they expect and treat every surprise in a hostile file as "absent".</summary>
internal static class CosAccess
{
    public static CosObject? Get(this CosFile file, CosDict? dict, string key) => dict is null ? null : file.Resolve(dict[key]);

    /// <summary>A dictionary entry's dictionary; a stream's dictionary counts.</summary>
    public static CosDict? GetDict(this CosFile file, CosDict? dict, string key) => AsDict(file.Get(dict, key));

    public static CosDict? AsDict(CosObject? value) => value switch
    {
        CosDict dict => dict,
        CosStream stream => stream.Dictionary,
        _ => null,
    };

    public static CosArray? GetArray(this CosFile file, CosDict? dict, string key) => file.Get(dict, key) as CosArray;

    public static CosStream? GetStream(this CosFile file, CosDict? dict, string key) => file.Get(dict, key) as CosStream;

    public static string? GetName(this CosFile file, CosDict? dict, string key) => (file.Get(dict, key) as CosName)?.Value;

    public static double? GetNumber(this CosFile file, CosDict? dict, string key) => (file.Get(dict, key) as CosNumber)?.Value;

    public static string? GetText(this CosFile file, CosDict? dict, string key) => (file.Get(dict, key) as CosString)?.Text;

    public static bool? GetBool(this CosFile file, CosDict? dict, string key) => (file.Get(dict, key) as CosBool)?.Value;

    /// <summary>The object number when the entry is a reference, for locating findings.</summary>
    public static int? RefNumber(CosObject? value) => (value as CosRef)?.Number;
}
