using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Blog.Generator.Jekyll.Liquid;

/// <summary>An expression in a tag or an output, with its place in the template.</summary>
internal abstract record LiquidExpression(LiquidSpan At);

/// <summary>A string, number, <c>true</c>, <c>false</c>, <c>nil</c>, <c>empty</c> or <c>blank</c>.</summary>
internal sealed record LiteralExpression(LiquidSpan At, object? Value) : LiquidExpression(At);

/// <summary>A variable and what is read from it: <c>page.tags[0]</c>, <c>site.data["ui-text"][site.locale]</c>.</summary>
/// <param name="At">Where it is written.</param>
/// <param name="Root">The variable's name.</param>
/// <param name="Keys">Each key read in turn: a name (<c>.title</c>) as a literal, or an expression in brackets.</param>
internal sealed record VariableExpression(LiquidSpan At, string Root, IReadOnlyList<LiquidExpression> Keys) : LiquidExpression(At)
{
    /// <summary>The path as written, for messages: <c>page.previous</c>.</summary>
    public string Path
    {
        get
        {
            var builder = new StringBuilder(Root);
            foreach (var key in Keys)
            {
                builder.Append(key is LiteralExpression { Value: string name } ? "." + name : "[…]");
            }

            return builder.ToString();
        }
    }
}

/// <summary><c>(from..to)</c>.</summary>
internal sealed record RangeExpression(LiquidSpan At, LiquidExpression From, LiquidExpression To) : LiquidExpression(At);

/// <summary><c>left op right</c> with <c>==</c>, <c>!=</c>, <c>&lt;&gt;</c>, <c>&lt;</c>, <c>&gt;</c>, <c>&lt;=</c>, <c>&gt;=</c> or <c>contains</c>.</summary>
internal sealed record ComparisonExpression(LiquidSpan At, LiquidExpression Left, string Operator, LiquidExpression Right) : LiquidExpression(At);

/// <summary>
/// <c>a or b and c …</c>: comparisons joined by <c>and</c> and <c>or</c>, which Liquid groups from the right without
/// precedence (<c>a or (b and c)</c>) and evaluates from the left, stopping at the first that decides. Held as a flat
/// list, so a chain of 100,000 is read and evaluated in a loop, with no recursion a post could drive to a stack overflow.
/// </summary>
/// <param name="At">Where it is written.</param>
/// <param name="Operands">The comparisons, in order.</param>
/// <param name="IsAnd">For each operand but the last, whether <c>and</c> (else <c>or</c>) joins it to the rest.</param>
internal sealed record LogicalExpression(LiquidSpan At, IReadOnlyList<LiquidExpression> Operands, IReadOnlyList<bool> IsAnd) : LiquidExpression(At);

/// <summary>A value passed through filters: <c>page.date | date: "%Y"</c>.</summary>
internal sealed record FilteredExpression(LiquidSpan At, LiquidExpression Input, IReadOnlyList<FilterCall> Filters) : LiquidExpression(At);

/// <summary>One filter with its arguments (positional, and <c>name: value</c> ones).</summary>
internal sealed record FilterCall(LiquidSpan At, string Name, IReadOnlyList<LiquidExpression> Arguments, IReadOnlyList<KeyValuePair<string, LiquidExpression>> Named);

/// <summary>An expression Liquid cannot read, at its place.</summary>
internal sealed class LiquidSyntaxException(LiquidSpan at, string message) : Exception(message)
{
    public LiquidSpan At { get; } = at;
}

/// <summary>
/// Reads Liquid 4 expressions, as tags and outputs hold them, from their markup. Every expression keeps its place in
/// the template (the markup's offset plus its own), so an unknown filter or a value a static build cannot know is
/// reported at its column.
/// </summary>
internal sealed class LiquidExpressionParser
{
    /// <summary>Brackets inside brackets past this are refused, so no markup can make the parser recurse without end.</summary>
    private const int MaxDepth = 64;

    private readonly List<Token> tokens;
    private int index;
    private int depth;

    private LiquidExpressionParser(string markup, int offset)
    {
        tokens = Tokenize(markup, offset);
    }

    private enum Kind
    {
        Identifier,
        String,
        Number,
        Symbol,
        End,
    }

    private readonly record struct Token(Kind Kind, string Text, int Start, int Length, object? Value = null)
    {
        public LiquidSpan At => new(Start, Length);
    }

    /// <summary>An output's markup: a value and its filters.</summary>
    public static LiquidExpression ParseOutput(string markup, int offset)
    {
        var parser = new LiquidExpressionParser(markup, offset);
        var expression = parser.Filtered();
        parser.ExpectEnd();
        return expression;
    }

    /// <summary>A condition (<c>if</c>, <c>elsif</c>, <c>unless</c>): comparisons joined by <c>and</c> and <c>or</c>.</summary>
    public static LiquidExpression ParseCondition(string markup, int offset)
    {
        var parser = new LiquidExpressionParser(markup, offset);
        var expression = parser.Condition();
        parser.ExpectEnd();
        return expression;
    }

    /// <summary>A parser over <paramref name="markup"/> for tags that read their own shape (<c>assign</c>, <c>for</c>, <c>when</c>).</summary>
    public static LiquidExpressionParser Over(string markup, int offset) => new(markup, offset);

    public bool AtEnd => Peek.Kind == Kind.End;

    /// <summary>Reads the next token if it is the identifier or symbol <paramref name="text"/>.</summary>
    public bool Accept(string text)
    {
        if (Peek.Kind is Kind.Identifier or Kind.Symbol && Peek.Text == text)
        {
            index++;
            return true;
        }

        return false;
    }

    /// <summary>The next token's text if it is an identifier (<c>for item in …</c>), else a syntax error.</summary>
    public string Identifier()
    {
        var token = Peek;
        if (token.Kind != Kind.Identifier)
        {
            throw Error(token, "a name");
        }

        index++;
        return token.Text;
    }

    /// <summary>Whether the next two tokens are <c>name:</c>, a named argument.</summary>
    public bool AtNamedArgument => Peek.Kind == Kind.Identifier && index + 1 < tokens.Count && tokens[index + 1] is { Kind: Kind.Symbol, Text: ":" };

    public void ExpectEnd()
    {
        if (!AtEnd)
        {
            throw new LiquidSyntaxException(Peek.At, "'" + Peek.Text + "' is not expected here");
        }
    }

    private Token Peek => tokens[index];

    public LiquidExpression Filtered()
    {
        var input = Primary();
        var filters = new List<FilterCall>();
        while (Accept("|"))
        {
            var nameToken = Peek;
            var name = Identifier();
            var arguments = new List<LiquidExpression>();
            var named = new List<KeyValuePair<string, LiquidExpression>>();
            if (Accept(":"))
            {
                do
                {
                    if (AtNamedArgument)
                    {
                        var key = Identifier();
                        Accept(":");
                        named.Add(new KeyValuePair<string, LiquidExpression>(key, Primary()));
                    }
                    else
                    {
                        arguments.Add(Primary());
                    }
                }
                while (Accept(","));
            }

            filters.Add(new FilterCall(new LiquidSpan(nameToken.Start, Previous.Start + Previous.Length - nameToken.Start), name, arguments, named));
        }

        return filters.Count == 0 ? input : new FilteredExpression(Span(input.At.Start), input, filters);
    }

    public LiquidExpression Condition()
    {
        var first = Comparison();
        var operands = new List<LiquidExpression> { first };
        var isAnd = new List<bool>();
        while (true)
        {
            if (Accept("and"))
            {
                isAnd.Add(true);
            }
            else if (Accept("or"))
            {
                isAnd.Add(false);
            }
            else
            {
                break;
            }

            operands.Add(Comparison());
        }

        return operands.Count == 1 ? first : new LogicalExpression(Span(first.At.Start), operands, isAnd);
    }

    private LiquidExpression Comparison()
    {
        var left = Primary();
        foreach (var op in new[] { "==", "!=", "<>", "<=", ">=", "<", ">", "contains" })
        {
            if (Accept(op))
            {
                var right = Primary();
                return new ComparisonExpression(Span(left.At.Start), left, op == "<>" ? "!=" : op, right);
            }
        }

        return left;
    }

    /// <summary>A literal, a range or a variable with its keys.</summary>
    public LiquidExpression Primary()
    {
        var token = Peek;
        switch (token.Kind)
        {
            case Kind.String or Kind.Number:
                index++;
                return new LiteralExpression(token.At, token.Value);
            case Kind.Symbol when token.Text == "(":
                index++;
                var from = Nested(Primary);
                if (!Accept(".."))
                {
                    throw Error(Peek, "'..' of a range such as (1..5)");
                }

                var to = Nested(Primary);
                if (!Accept(")"))
                {
                    throw Error(Peek, "')' to close the range");
                }

                return new RangeExpression(Span(token.Start), from, to);
            case Kind.Symbol when token.Text == "[":
                // [key] at the start reads a variable whose name is the key's value.
                index++;
                var nameKey = Nested(Filtered);
                if (!Accept("]"))
                {
                    throw Error(Peek, "']'");
                }

                return Keys(token, string.Empty, [nameKey]);
            case Kind.Identifier:
                index++;
                switch (token.Text)
                {
                    case "true":
                        return new LiteralExpression(token.At, true);
                    case "false":
                        return new LiteralExpression(token.At, false);
                    case "nil" or "null":
                        return new LiteralExpression(token.At, null);
                    case "empty":
                        return new LiteralExpression(token.At, new EmptyLiteral(false));
                    case "blank":
                        return new LiteralExpression(token.At, new EmptyLiteral(true));
                }

                return Keys(token, token.Text, []);
            default:
                throw Error(token, "a value");
        }
    }

    private VariableExpression Keys(Token start, string root, List<LiquidExpression> keys)
    {
        while (true)
        {
            if (Peek is { Kind: Kind.Symbol, Text: "." } && index + 1 < tokens.Count && tokens[index + 1].Kind == Kind.Identifier && tokens[index + 1].Start == Peek.Start + 1)
            {
                index++;
                var name = tokens[index++];
                keys.Add(new LiteralExpression(name.At, name.Text));
            }
            else if (Peek is { Kind: Kind.Symbol, Text: "[" })
            {
                index++;
                keys.Add(Nested(Filtered));
                if (!Accept("]"))
                {
                    throw Error(Peek, "']'");
                }
            }
            else
            {
                return new VariableExpression(Span(start.Start), root, keys);
            }
        }
    }

    private LiquidExpression Nested(Func<LiquidExpression> parse)
    {
        if (++depth > MaxDepth)
        {
            throw new LiquidSyntaxException(Peek.At, "brackets are nested more than " + MaxDepth + " deep");
        }

        try
        {
            return parse();
        }
        finally
        {
            depth--;
        }
    }

    private Token Previous => tokens[Math.Max(0, index - 1)];

    private LiquidSpan Span(int start) => new(start, Math.Max(1, Previous.Start + Previous.Length - start));

    private LiquidSyntaxException Error(Token token, string expected) =>
        new(token.At, token.Kind == Kind.End ? "the markup ends where " + expected + " is expected" : "'" + token.Text + "' is where " + expected + " is expected");

    private static List<Token> Tokenize(string markup, int offset)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < markup.Length)
        {
            var c = markup[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (c is '"' or '\'')
            {
                var close = markup.IndexOf(c, i + 1);
                if (close < 0)
                {
                    throw new LiquidSyntaxException(new LiquidSpan(offset + i, markup.Length - i), "this string is never closed");
                }

                tokens.Add(new Token(Kind.String, markup.Substring(i, close + 1 - i), offset + i, close + 1 - i, markup.Substring(i + 1, close - i - 1)));
                i = close + 1;
                continue;
            }

            if (char.IsDigit(c) || (c == '-' && i + 1 < markup.Length && char.IsDigit(markup[i + 1])))
            {
                i++;
                while (i < markup.Length && char.IsDigit(markup[i]))
                {
                    i++;
                }

                var isFloat = i + 1 < markup.Length && markup[i] == '.' && char.IsDigit(markup[i + 1]);
                if (isFloat)
                {
                    i++;
                    while (i < markup.Length && char.IsDigit(markup[i]))
                    {
                        i++;
                    }
                }

                var text = markup.Substring(start, i - start);
                object? value = isFloat
                    ? double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture)
                    : long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) ? (object)integer : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
                tokens.Add(new Token(Kind.Number, text, offset + start, i - start, value));
                continue;
            }

            if (char.IsLetter(c) || c == '_')
            {
                i++;
                while (i < markup.Length && (char.IsLetterOrDigit(markup[i]) || markup[i] is '_' or '-'))
                {
                    i++;
                }

                if (i < markup.Length && markup[i] == '?')
                {
                    i++;
                }

                tokens.Add(new Token(Kind.Identifier, markup.Substring(start, i - start), offset + start, i - start));
                continue;
            }

            var two = i + 1 < markup.Length ? markup.Substring(i, 2) : string.Empty;
            if (two is "==" or "!=" or "<>" or "<=" or ">=" or "..")
            {
                tokens.Add(new Token(Kind.Symbol, two, offset + i, 2));
                i += 2;
                continue;
            }

            if ("|:,.[]()<>=".IndexOf(c) >= 0)
            {
                tokens.Add(new Token(Kind.Symbol, c.ToString(), offset + i, 1));
                i++;
                continue;
            }

            throw new LiquidSyntaxException(new LiquidSpan(offset + i, 1), "'" + c + "' cannot be read here");
        }

        tokens.Add(new Token(Kind.End, string.Empty, offset + markup.Length, 0));
        return tokens;
    }
}
