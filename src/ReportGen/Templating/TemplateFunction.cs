using System.Globalization;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Templating;

/// <summary>
/// A one-argument template function written without reflection (Scriban's delegate import reflects
/// over the delegate, which trimming and Native AOT cannot see), converting its argument itself.
/// </summary>
internal sealed class TemplateFunction<TArgument>(string name, Func<TArgument, object> body) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;
    public int ParameterCount => 1;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(TArgument), "value");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != 1)
            throw new ScriptRuntimeException(callerContext?.Span ?? default, $"{name} takes one value, but was given {arguments.Count}.");
        return body(Convert(context, callerContext, arguments[0]));
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
            var t when t == typeof(string) => value is null ? null : context.ObjectToString(value, nested: false),
            _ => null,
        };
        if (converted is TArgument argument) return argument;
        throw new ScriptRuntimeException(caller?.Span ?? default,
            $"{name} needs {Describe()}, but was given {(value is null ? "null" : context.GetTypeName(value))}.");
    }

    private static string Describe() =>
        typeof(TArgument) == typeof(decimal) ? "a number" : typeof(TArgument) == typeof(DateOnly) ? "a date" : "text";
}
