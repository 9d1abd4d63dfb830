namespace ReportGen.Checking.Cos;

/// <summary>PNG predictors after Flate (ISO 32000-1 §7.4.4.4), which cross-reference streams use.</summary>
internal static class Predictor
{
    public static (byte[]? Data, string? Problem) Apply(byte[] data, CosDict? parameters, CosFile file)
    {
        var predictor = Int(file, parameters, "Predictor", 1);
        if (predictor == 1) return (data, null);
        if (predictor == 2) return (null, null); // TIFF: only images use it, and the checker needs no pixels
        if (predictor is < 10 or > 15) return (null, $"/Predictor {predictor} is not defined");
        var colours = Int(file, parameters, "Colors", 1);
        var bits = Int(file, parameters, "BitsPerComponent", 8);
        var columns = Int(file, parameters, "Columns", 1);
        if (colours is < 1 or > 32 || bits is not (1 or 2 or 4 or 8 or 16) || columns is < 1 or > 1 << 20)
            return (null, "the predictor's /Colors, /BitsPerComponent or /Columns is out of range");
        var bytesPerPixel = Math.Max(1, colours * bits / 8);
        var rowLength = (colours * bits * columns + 7) / 8;
        var rows = data.Length / (rowLength + 1);
        var output = new byte[rows * rowLength];
        var previous = new byte[rowLength];
        for (var r = 0; r < rows; r++)
        {
            var type = data[r * (rowLength + 1)];
            var row = output.AsSpan(r * rowLength, rowLength);
            data.AsSpan(r * (rowLength + 1) + 1, rowLength).CopyTo(row);
            for (var i = 0; i < rowLength; i++)
            {
                int left = i >= bytesPerPixel ? row[i - bytesPerPixel] : 0, up = previous[i], upLeft = i >= bytesPerPixel ? previous[i - bytesPerPixel] : 0;
                row[i] = type switch
                {
                    0 => row[i],
                    1 => (byte)(row[i] + left),
                    2 => (byte)(row[i] + up),
                    3 => (byte)(row[i] + (left + up) / 2),
                    4 => (byte)(row[i] + Paeth(left, up, upLeft)),
                    _ => row[i],
                };
            }
            if (type > 4) return (null, $"a PNG predictor row of unknown type {type}");
            row.CopyTo(previous);
        }
        return (output, null);
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static int Int(CosFile file, CosDict? dict, string key, int fallback) =>
        dict is not null && file.Resolve(dict[key]) is CosNumber n ? n.AsInt : fallback;
}
