using System.Globalization;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Templating;

/// <summary>
/// A one-argument template function written without reflection (Scriban's delegate import reflects
/// over the delegate, which trimming and Native AOT cannot see), converting its argument itself.
/// </summary>
internal sealed class TemplateFunction<TArgument>(string name, Func<TArgument, object?> body, Formatting.MoneyFormat money) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;
    public int ParameterCount => 1;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
    public Type ReturnType => typeof(object);

    // Declared as object so Scriban hands over the value as it is and the conversion (and its message) is ours.
    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "value");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != 1)
            throw new ScriptRuntimeException(callerContext?.Span ?? default, $"{name} takes one value, but was given {arguments.Count}.");
        try
        {
            return body(Convert(context, callerContext, arguments[0]));
        }
        catch (UnknownFigureException ex)
        {
            throw new UnknownFigureScriptException(callerContext?.Span ?? default, ex.Message);
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    private TArgument Convert(TemplateContext context, ScriptNode? caller, object? value)
    {
        object? converted = typeof(TArgument) switch
        {
            var t when t == typeof(decimal) => value switch
            {
                decimal d => d,
                int or long or double or float => System.Convert.ToDecimal(value, CultureInfo.InvariantCulture),
                _ => null,
            },
            var t when t == typeof(DateOnly) => value as DateOnly?,
            // A figure from the model as it is; a plain number as pounds; nothing at all as a figure with no amount.
            var t when t == typeof(Objects.FigureValue) => value switch
            {
                Objects.FigureValue figure => figure,
                null => new Objects.FigureValue(null, Objects.FigureKind.Pounds, money),
                decimal d => new Objects.FigureValue(d, Objects.FigureKind.Pounds, money),
                int or long or double or float => new Objects.FigureValue(System.Convert.ToDecimal(value, CultureInfo.InvariantCulture), Objects.FigureKind.Pounds, money),
                _ => null,
            },
            var t when t == typeof(string) => value is null ? null : context.ObjectToString(value, nested: false),
            _ => null,
        };
        if (converted is TArgument argument) return argument;
        throw new ScriptRuntimeException(caller?.Span ?? default,
            $"{name} needs {Describe()}, but was given {(value is null ? "null" : context.GetTypeName(value))}.");
    }

    private static string Describe() =>
        typeof(TArgument) == typeof(decimal) || typeof(TArgument) == typeof(Objects.FigureValue) ? "a number or a figure"
        : typeof(TArgument) == typeof(DateOnly) ? "a date" : "text";
}

/// <summary>An unknown figure name, located at the template call that used it (RG0306).</summary>
internal sealed class UnknownFigureScriptException(Scriban.Parsing.SourceSpan span, string message) : ScriptRuntimeException(span, message);
