using ReportGen.Loading.Shapes;

namespace ReportGen.Tests.Loading.Shapes;

/// <summary>
/// Our shapes of a type and every type reachable from it, one line per member —
/// <c>ReportDetails.status: enum draft=0 | final=1 required</c> — as <see cref="StjShapeText"/> writes STJ's.
/// </summary>
internal static class ShapeText
{
    public static IReadOnlyList<string> Of(IObjectShape root)
    {
        var lines = new List<string>();
        var seen = new HashSet<IObjectShape>();
        var pending = new Queue<IObjectShape>([root]);
        while (pending.TryDequeue(out var type))
        {
            if (!seen.Add(type)) continue;
            foreach (var member in type.Members)
            {
                var flags = (member.Required ? " required" : "") + (member.Nullable ? " nullable" : "");
                lines.Add($"{TypeName(type)}.{member.JsonName}: {Describe(member.Shape, pending)}{flags}");
            }
        }
        return lines;
    }

    // The record an object shape builds: ObjectShape<ReportDetails> → ReportDetails.
    private static string TypeName(IObjectShape shape) => shape.GetType().GetGenericArguments()[0].Name;

    private static string Describe(Shape shape, Queue<IObjectShape> pending)
    {
        switch (shape)
        {
            case IObjectShape type:
                pending.Enqueue(type);
                return $"object {TypeName(type)}";
            case IListShape list:
                return $"list of {Describe(list.Element, pending)}";
            case IMapShape map:
                return $"map of {Describe(map.Value, pending)}";
            case EnumShape type:
                return "enum " + string.Join(" | ", type.Names.Select((name, i) => $"{name}={type.Values[i]}"));
        }
        return shape switch
        {
            TextShape => "string",
            DecimalShape => "decimal",
            IntShape => "int",
            DoubleShape => "double",
            BoolShape => "bool",
            DateShape => "date",
            AmountsShape => "amounts",
            AcknowledgementShape => "acknowledgement",
            _ => $"unknown {shape.GetType().Name}",
        };
    }
}
