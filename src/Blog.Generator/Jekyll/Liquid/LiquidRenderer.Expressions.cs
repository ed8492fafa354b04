using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Blog.Generator.Jekyll.Liquid;

/// <summary>Evaluating expressions: literals, variables and their keys, comparisons, and filters.</summary>
internal sealed partial class LiquidRenderer
{
    private object? Value(LiquidExpression expression)
    {
        Step(expression.At);
        switch (expression)
        {
            case LiteralExpression literal:
                return literal.Value;
            case VariableExpression variable:
                return Lookup(variable);
            case RangeExpression range:
                var from = LiquidValues.ToInteger(Value(range.From)) ?? 0;
                var to = LiquidValues.ToInteger(Value(range.To)) ?? 0;

                // Counted without overflow, and walked by count: (9223372036854775800..9223372036854775807) ended
                // only when i wrapped past long.MaxValue, which it never did.
                var span = to < from ? -1m : unchecked((ulong)(to - from));
                if (span >= MaxRange)
                {
                    throw new LimitException(TopTag(range.At), "this range holds " + (span + 1).ToString("N0", CultureInfo.InvariantCulture) + " numbers, more than the " + MaxRange.ToString("N0", CultureInfo.InvariantCulture) + " a post may loop over");
                }

                var count = (long)(span + 1);
                Work(count, range.At);
                var numbers = new List<object?>((int)count);
                for (var i = 0L; i < count; i++)
                {
                    numbers.Add(from + i);
                }

                return numbers;
            case ComparisonExpression comparison:
                return Compare(comparison);
            case LogicalExpression logical:
                // From the left, stopping at the operand that decides the rest: 'a or …' when a holds, 'a and …' when not.
                for (var i = 0; ; i++)
                {
                    var holds = LiquidValues.IsTruthy(Value(logical.Operands[i]));
                    if (i == logical.IsAnd.Count || holds != logical.IsAnd[i])
                    {
                        return holds;
                    }

                    Step(logical.At);
                }
            case FilteredExpression filtered:
                return ApplyFilters(filtered);
            default:
                return null;
        }
    }

    private object? Compare(ComparisonExpression comparison)
    {
        var left = Value(comparison.Left);
        var right = Value(comparison.Right);
        switch (comparison.Operator)
        {
            case "==":
                return LiquidValues.AreEqual(left, right);
            case "!=":
                return !LiquidValues.AreEqual(left, right);
            case "contains":
                return left switch
                {
                    string text when right is not null => text.IndexOf(LiquidValues.ToText(right), StringComparison.Ordinal) >= 0,
                    IList list => list.Cast<object?>().Any(item => LiquidValues.AreEqual(item, right)),
                    LiquidHash hash when right is string key => hash.ContainsKey(key),
                    _ => false,
                };
            default:
                if (LiquidValues.Compare(left, right) is not { } order)
                {
                    // Liquid raises "comparison of A with B failed" and prints it where the tag stood.
                    if (left is not null && right is not null)
                    {
                        Unsupported(comparison.At, "'" + comparison.Operator + "' cannot compare " + Describe(left) + " with " + Describe(right) + "; the condition is false");
                    }

                    return false;
                }

                return comparison.Operator switch
                {
                    "<" => order < 0,
                    ">" => order > 0,
                    "<=" => order <= 0,
                    _ => order >= 0,
                };
        }
    }

    private static string Describe(object? value) => value switch
    {
        string => "a string",
        long or double => "a number",
        bool => "true or false",
        DateTimeOffset => "a date",
        IList => "an array",
        LiquidHash => "a hash",
        _ => "nil",
    };

    private object? ApplyFilters(FilteredExpression filtered)
    {
        var value = Value(filtered.Input);

        // The size of value when the filter before gave it (measured then), so that it is not walked again.
        long? measured = null;
        foreach (var filter in filtered.Filters)
        {
            Step(filter.At);
            if (!LiquidFilters.Names.Contains(filter.Name))
            {
                Unsupported(filter.At, filter.Name is "sassify" or "scssify" or "sample" or "where_exp" or "find_exp" or "group_by_exp" or "xml_escape_once"
                    ? "the filter '" + filter.Name + "' is not supported at build time; the value is passed on unfiltered"
                    : "the filter '" + filter.Name + "' is not Liquid's or Jekyll's own (a plugin's?); the value is passed on unfiltered");
                continue;
            }

            // What a filter walks is counted before it runs, so that jsonify of a value built to be huge never builds it.
            if (measured is { } size)
            {
                Work(size, filter.At);
            }
            else
            {
                CheckValue(value, filter.At);
            }

            var arguments = filter.Arguments.Select(Value).ToList();
            var named = filter.Named.ToDictionary(pair => pair.Key, pair => Value(pair.Value), StringComparer.Ordinal);
            try
            {
                value = LiquidFilters.Apply(filter.Name, value is Unavailable ? null : value, arguments, named, environment.Filters);
            }
            catch (LiquidUnavailableException unavailable)
            {
                Unsupported(filter.At, unavailable.Message);
                value = null;
            }
            catch (LiquidFilterException failure)
            {
                // Liquid prints "Liquid error: divided by 0" into the page; the warning says where instead.
                Unsupported(filter.At, failure.Message + "; the output is left empty");
                value = null;
            }

            measured = CheckValue(value, filter.At);
        }

        return value;
    }

    private object? Lookup(VariableExpression variable)
    {
        object? value;
        if (variable.Root.Length == 0)
        {
            value = Find(LiquidValues.ToText(Value(variable.Keys[0])));
            return ReadKeys(variable, value, 1);
        }

        value = Find(variable.Root);
        return ReadKeys(variable, value, 0);
    }

    private object? ReadKeys(VariableExpression variable, object? value, int first)
    {
        for (var i = first; i < variable.Keys.Count && value is not null; i++)
        {
            var key = Value(variable.Keys[i]);
            value = LiquidValues.Get(value, key);
            if (value is Unavailable unavailable)
            {
                Unsupported(variable.At, variable.Path + ": " + unavailable.Reason);
                return null;
            }
        }

        return value is Unavailable rootUnavailable ? UnavailableRoot(variable, rootUnavailable) : value;
    }

    private object? UnavailableRoot(VariableExpression variable, Unavailable unavailable)
    {
        Unsupported(variable.At, variable.Path + ": " + unavailable.Reason);
        return null;
    }

    private object? Find(string name)
    {
        for (var i = scopes.Count - 1; i >= 0; i--)
        {
            if (scopes[i].ContainsKey(name))
            {
                return scopes[i][name];
            }
        }

        return globals.ContainsKey(name) ? globals[name] : environment.Variables[name];
    }

    /// <summary>Parses markup, reporting a syntax problem as a warning and giving <see langword="null"/>.</summary>
    private LiquidExpression? Evaluate(Func<LiquidExpression> parse)
    {
        try
        {
            return parse();
        }
        catch (LiquidSyntaxException exception)
        {
            // Jekyll's Liquid runs in lax mode: markup it cannot read renders as nothing, with a warning.
            Unsupported(exception.At, "this Liquid cannot be read: " + exception.Message);
            return null;
        }
    }
}
