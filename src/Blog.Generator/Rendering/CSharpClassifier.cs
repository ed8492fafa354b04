using System;
using System.Collections.Generic;
using System.Linq;
using Blog.Generator.Snippets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Blog.Generator.Rendering;

/// <summary>
/// Colours C# with the compiler's own syntax tree: every token and every piece of trivia in order, so the spans cover
/// the code exactly, with classes named as the IDE names its classifications (<c>keyword</c>, <c>keyword - control</c>,
/// <c>class name</c>…), lower case with hyphens: <c>keyword-control</c>, <c>class-name</c>; punctuation is left unclassed. Keywords come from the
/// tree, contextual ones too (<c>record</c>, <c>required</c>, <c>init</c>, <c>field</c>, and <c>var</c>, <c>value</c>,
/// <c>nameof</c>, <c>dynamic</c> where the syntax makes them keywords), as do string forms (raw, UTF-8, interpolated,
/// verbatim) and their escapes.
/// </summary>
/// <remarks>
/// There is no semantic model here (a fence is not compiled for colour), so a name is classified from its syntax: a
/// declaration by its kind, a name that is invoked as a method, a name in a type's place as a class (or the type
/// parameter or type the fence declares), and a reference to a name the fence declares as that declaration. Any other
/// name stays plain, where the IDE would look it up (<c>Console</c> in <c>Console.WriteLine</c>).
/// </remarks>
internal static class CSharpClassifier
{
    /// <summary>Every class a span may have, for stylesheets and the docs.</summary>
    public static readonly IReadOnlyList<string> ClassNames =
    [
        "keyword", "keyword-control", "operator", "number", "string", "string-verbatim", "string-escape-character", "comment",
        "xml-doc-comment-delimiter", "xml-doc-comment-name", "xml-doc-comment-text", "xml-doc-comment-attribute-name",
        "xml-doc-comment-attribute-quotes", "xml-doc-comment-attribute-value", "preprocessor-keyword", "preprocessor-text",
        "identifier", "excluded-code", "namespace-name", "class-name", "record-class-name", "struct-name", "record-struct-name",
        "interface-name", "enum-name", "delegate-name", "type-parameter-name", "enum-member-name", "method-name",
        "extension-method-name", "property-name", "field-name", "constant-name", "event-name", "local-name", "parameter-name",
        "label-name",
    ];

    public static List<CodeToken> Classify(string code)
    {
        var (tree, _, offset) = SnippetSyntax.Parse(code);
        var root = tree.GetRoot();
        var declared = Declarations(root);
        var output = new Output(code, offset);
        foreach (var token in root.DescendantTokens())
        {
            foreach (var trivia in token.LeadingTrivia)
            {
                Trivia(output, trivia);
            }

            if (token.Span.Length > 0)
            {
                Token(output, token, declared);
            }

            foreach (var trivia in token.TrailingTrivia)
            {
                Trivia(output, trivia);
            }
        }

        return output.Finish();
    }

    private static void Token(Output output, SyntaxToken token, Dictionary<string, string> declared)
    {
        var kind = token.Kind();
        switch (kind)
        {
            case SyntaxKind.IdentifierToken:
                output.Add(token.Span, Identifier(token, declared));
                return;
            case SyntaxKind.NumericLiteralToken:
                output.Add(token.Span, "number");
                return;
            case SyntaxKind.StringLiteralToken:
            case SyntaxKind.CharacterLiteralToken:
            case SyntaxKind.Utf8StringLiteralToken:
                StringWithEscapes(output, token, IsVerbatim(token.Text));
                return;
            case SyntaxKind.InterpolatedStringTextToken:
                StringWithEscapes(output, token, token.Parent?.Parent is InterpolatedStringExpressionSyntax s && IsVerbatim(s.StringStartToken.Text), interpolated: !IsRaw(token.Parent?.Parent));
                return;
            case SyntaxKind.InterpolatedStringStartToken:
            case SyntaxKind.InterpolatedStringEndToken:
            case SyntaxKind.InterpolatedVerbatimStringStartToken:
                output.Add(token.Span, IsVerbatim(token.Parent is InterpolatedStringExpressionSyntax e ? e.StringStartToken.Text : string.Empty) ? "string-verbatim" : "string");
                return;
        }

        if (SyntaxFacts.IsKeywordKind(kind))
        {
            output.Add(token.Span, IsControl(token) ? "keyword-control" : "keyword");
            return;
        }

        if (SyntaxFacts.IsPunctuation(kind))
        {
            // Punctuation (brackets, commas, dots, the braces of an interpolation) stays unclassed: the IDE's themes
            // give it the text's colour, and a span around each would make a post's HTML half as large again.
            output.Add(token.Span, IsOperator(token) ? "operator" : null);
            return;
        }

        // Raw string literals, UTF-8 and interpolated ones among them, hold no escapes.
        output.Add(token.Span, IsStringKind(kind) ? "string" : null);
    }

    /// <summary>Token kinds of string literals this code may not name: raw and UTF-8 raw ones came after Roslyn 4.8's <see cref="SyntaxKind"/> was fixed here.</summary>
    private static bool IsStringKind(SyntaxKind kind)
    {
        var name = kind.ToString();
        return name.EndsWith("StringLiteralToken", StringComparison.Ordinal) || name.EndsWith("RawStringStartToken", StringComparison.Ordinal) ||
            name.EndsWith("RawStringEndToken", StringComparison.Ordinal) || name.EndsWith("StringStartToken", StringComparison.Ordinal);
    }

    private static bool IsVerbatim(string text) => text.StartsWith("@", StringComparison.Ordinal) || text.StartsWith("$@", StringComparison.Ordinal);

    private static bool IsRaw(SyntaxNode? interpolated) =>
        interpolated is InterpolatedStringExpressionSyntax s && s.StringStartToken.Text.Contains("\"\"\"");

    /// <summary>A string literal with its escape sequences (<c>\n</c>, <c>\u0041</c>; <c>""</c> in a verbatim string; <c>{{</c> in an interpolated one) as spans of their own.</summary>
    private static void StringWithEscapes(Output output, SyntaxToken token, bool verbatim, bool interpolated = false)
    {
        var text = token.Text;
        var start = token.SpanStart;
        var className = verbatim ? "string-verbatim" : "string";
        var run = 0;
        for (var i = 0; i < text.Length;)
        {
            var escape = EscapeLength(text, i, verbatim, interpolated, token.IsKind(SyntaxKind.InterpolatedStringTextToken));
            if (escape == 0)
            {
                i++;
                continue;
            }

            output.Add(new Microsoft.CodeAnalysis.Text.TextSpan(start + run, i - run), className);
            output.Add(new Microsoft.CodeAnalysis.Text.TextSpan(start + i, escape), "string-escape-character");
            i += escape;
            run = i;
        }

        output.Add(new Microsoft.CodeAnalysis.Text.TextSpan(start + run, text.Length - run), className);
    }

    private static int EscapeLength(string text, int i, bool verbatim, bool interpolated, bool inner)
    {
        var c = text[i];
        if (interpolated && (c == '{' || c == '}') && i + 1 < text.Length && text[i + 1] == c)
        {
            return 2;
        }

        if (verbatim)
        {
            // "" inside a verbatim string; the delimiting quotes of the token itself are not escapes.
            var inside = inner || (i > 0 && i + 1 < text.Length - 1);
            return c == '"' && inside && i + 1 < text.Length && text[i + 1] == '"' ? 2 : 0;
        }

        if (c != '\\' || i + 1 >= text.Length)
        {
            return 0;
        }

        var (digits, max) = text[i + 1] switch
        {
            'u' => (4, 4),
            'U' => (8, 8),
            'x' => (1, 4),
            _ => (0, 0),
        };
        if (max == 0)
        {
            return 2;
        }

        var length = 0;
        while (length < max && i + 2 + length < text.Length && Uri.IsHexDigit(text[i + 2 + length]))
        {
            length++;
        }

        return length >= digits ? 2 + length : 2;
    }

    private static void Trivia(Output output, SyntaxTrivia trivia)
    {
        switch (trivia.Kind())
        {
            case SyntaxKind.SingleLineCommentTrivia:
            case SyntaxKind.MultiLineCommentTrivia:
                output.Add(trivia.Span, "comment");
                return;
            case SyntaxKind.DisabledTextTrivia:
                output.Add(trivia.Span, "excluded-code");
                return;
        }

        if (trivia.GetStructure() is DocumentationCommentTriviaSyntax documentation)
        {
            foreach (var token in documentation.DescendantTokens(descendIntoTrivia: true))
            {
                foreach (var inner in token.LeadingTrivia)
                {
                    output.Add(inner.Span, inner.IsKind(SyntaxKind.DocumentationCommentExteriorTrivia) ? "xml-doc-comment-delimiter" : null);
                }

                output.Add(token.Span, token.Kind() switch
                {
                    SyntaxKind.XmlTextLiteralToken or SyntaxKind.XmlTextLiteralNewLineToken or SyntaxKind.XmlEntityLiteralToken
                        => token.Parent is XmlTextAttributeSyntax ? "xml-doc-comment-attribute-value" : "xml-doc-comment-text",
                    SyntaxKind.IdentifierToken => token.Parent?.Parent is XmlAttributeSyntax ? "xml-doc-comment-attribute-name" : "xml-doc-comment-name",
                    SyntaxKind.DoubleQuoteToken or SyntaxKind.SingleQuoteToken => "xml-doc-comment-attribute-quotes",
                    _ => "xml-doc-comment-delimiter",
                });
                foreach (var inner in token.TrailingTrivia)
                {
                    output.Add(inner.Span, inner.IsKind(SyntaxKind.DocumentationCommentExteriorTrivia) ? "xml-doc-comment-delimiter" : null);
                }
            }

            return;
        }

        if (trivia.GetStructure() is DirectiveTriviaSyntax directive)
        {
            foreach (var token in directive.DescendantTokens(descendIntoTrivia: true))
            {
                foreach (var inner in token.LeadingTrivia)
                {
                    output.Add(inner.Span, DirectiveTrivia(inner));
                }

                output.Add(token.Span, token.IsKind(SyntaxKind.IdentifierToken) ? "identifier" : "preprocessor-keyword");
                foreach (var inner in token.TrailingTrivia)
                {
                    output.Add(inner.Span, DirectiveTrivia(inner));
                }
            }

            return;
        }

        output.Add(trivia.Span, null);
    }

    private static string? DirectiveTrivia(SyntaxTrivia trivia) => trivia.Kind() switch
    {
        SyntaxKind.PreprocessingMessageTrivia => "preprocessor-text",
        SyntaxKind.SingleLineCommentTrivia => "comment",
        _ => null,
    };

    /// <summary>The IDE's control keywords: those that change where the code goes next.</summary>
    private static bool IsControl(SyntaxToken token) => token.Kind() switch
    {
        SyntaxKind.IfKeyword or SyntaxKind.ElseKeyword or SyntaxKind.WhileKeyword or SyntaxKind.ForKeyword or SyntaxKind.ForEachKeyword or
            SyntaxKind.DoKeyword or SyntaxKind.SwitchKeyword or SyntaxKind.CaseKeyword or SyntaxKind.BreakKeyword or SyntaxKind.ContinueKeyword or
            SyntaxKind.GotoKeyword or SyntaxKind.ReturnKeyword or SyntaxKind.YieldKeyword or SyntaxKind.ThrowKeyword or SyntaxKind.TryKeyword or
            SyntaxKind.CatchKeyword or SyntaxKind.FinallyKeyword => true,
        SyntaxKind.DefaultKeyword => token.Parent is DefaultSwitchLabelSyntax,
        _ => false,
    };

    private static bool IsOperator(SyntaxToken token)
    {
        var parent = token.Parent;
        switch (token.Kind())
        {
            case SyntaxKind.LessThanToken:
            case SyntaxKind.GreaterThanToken:
                return parent is BinaryExpressionSyntax or RelationalPatternSyntax;
            case SyntaxKind.QuestionToken:
                return parent is ConditionalExpressionSyntax;
            case SyntaxKind.ColonToken:
                return parent is ConditionalExpressionSyntax;
            case SyntaxKind.AsteriskToken:
                return parent is not PointerTypeSyntax;
            case SyntaxKind.ExclamationToken:
            case SyntaxKind.EqualsToken:
            case SyntaxKind.EqualsGreaterThanToken:
            case SyntaxKind.DotDotToken:
                return true;
        }

        return SyntaxFacts.IsBinaryExpressionOperatorToken(token.Kind()) ||
            SyntaxFacts.IsAssignmentExpressionOperatorToken(token.Kind()) ||
            SyntaxFacts.IsPrefixUnaryExpressionOperatorToken(token.Kind()) ||
            SyntaxFacts.IsPostfixUnaryExpressionToken(token.Kind());
    }

    private static string? Identifier(SyntaxToken token, Dictionary<string, string> declared) => token.Parent switch
    {
        ClassDeclarationSyntax => "class-name",
        RecordDeclarationSyntax record => record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword) ? "record-struct-name" : "record-class-name",
        StructDeclarationSyntax => "struct-name",
        InterfaceDeclarationSyntax => "interface-name",
        EnumDeclarationSyntax => "enum-name",
        DelegateDeclarationSyntax => "delegate-name",
        EnumMemberDeclarationSyntax => "enum-member-name",
        MethodDeclarationSyntax method => IsExtension(method) ? "extension-method-name" : "method-name",
        LocalFunctionStatementSyntax => "method-name",
        ConstructorDeclarationSyntax or DestructorDeclarationSyntax => "class-name",
        PropertyDeclarationSyntax => "property-name",
        EventDeclarationSyntax => "event-name",
        VariableDeclaratorSyntax declarator => Declarator(declarator),
        ParameterSyntax parameter => Parameter(parameter),
        TypeParameterSyntax => "type-parameter-name",
        SingleVariableDesignationSyntax or ForEachStatementSyntax or CatchDeclarationSyntax or FromClauseSyntax or LetClauseSyntax or
            JoinClauseSyntax or JoinIntoClauseSyntax or QueryContinuationSyntax => "local-name",
        LabeledStatementSyntax => "label-name",
        SimpleNameSyntax name => Name(name, declared),
        _ => null,
    };

    private static string Parameter(ParameterSyntax parameter) => parameter.Parent?.Parent is RecordDeclarationSyntax ? "property-name" : "parameter-name";

    private static bool IsExtension(MethodDeclarationSyntax method) =>
        method.ParameterList.Parameters.FirstOrDefault()?.Modifiers.Any(SyntaxKind.ThisKeyword) == true;

    private static string Declarator(VariableDeclaratorSyntax declarator) => declarator.Parent?.Parent switch
    {
        // A script's top-level variables are fields to the compiler, but locals to whoever reads the fence.
        FieldDeclarationSyntax field when field.Modifiers.Any(SyntaxKind.ConstKeyword) => "constant-name",
        FieldDeclarationSyntax field => field.Parent is CompilationUnitSyntax ? "local-name" : "field-name",
        EventFieldDeclarationSyntax => "event-name",
        LocalDeclarationStatementSyntax local => local.IsConst ? "constant-name" : "local-name",
        _ => "local-name",
    };

    /// <summary>A name used, not declared: by where the syntax puts it, else by what the fence declares under it.</summary>
    private static string? Name(SimpleNameSyntax name, Dictionary<string, string> declared)
    {
        var text = name.Identifier.ValueText;
        var typePosition = IsTypePosition(name);
        if (typePosition && text is "var" or "dynamic" or "nint" or "nuint" && name is IdentifierNameSyntax && !declared.ContainsKey(text))
        {
            return "keyword";
        }

        if (text is "unmanaged" or "notnull" && name.Parent is TypeConstraintSyntax)
        {
            return "keyword";
        }

        if (text == "nameof" && name.Parent is InvocationExpressionSyntax nameof && nameof.Expression == name && !declared.ContainsKey(text))
        {
            return "keyword";
        }

        if (text == "value" && name.Ancestors().OfType<AccessorDeclarationSyntax>().FirstOrDefault() is { } accessor &&
            !accessor.IsKind(SyntaxKind.GetAccessorDeclaration) &&
            !accessor.DescendantTokens().Any(token => token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == "value" && token.Parent is not SimpleNameSyntax))
        {
            return "keyword";
        }

        if (name.Parent is NameColonSyntax { Parent: SubpatternSyntax } || name.Parent is ExpressionColonSyntax { Parent: SubpatternSyntax })
        {
            // { Radius: > 10 }: a property pattern names the object's properties (or fields).
            return "property-name";
        }

        SyntaxNode whole = name;
        while (whole.Parent is QualifiedNameSyntax or AliasQualifiedNameSyntax)
        {
            whole = whole.Parent;
        }

        if (whole.Parent is BaseNamespaceDeclarationSyntax || (whole.Parent is UsingDirectiveSyntax directive && directive.StaticKeyword.IsKind(SyntaxKind.None)))
        {
            return "namespace-name";
        }

        if (IsInvoked(name))
        {
            return declared.TryGetValue(text, out var method) && method is "delegate-name" or "local-name" or "parameter-name" or "field-name" or "property-name"
                ? method
                : "method-name";
        }

        if (IsAttributeName(name))
        {
            return "class-name";
        }

        if (typePosition)
        {
            return declared.TryGetValue(text, out var type) && type.EndsWith("-name", StringComparison.Ordinal) && IsTypeClass(type)
                ? type
                : text.Length > 1 && text[0] == 'I' && char.IsUpper(text[1]) ? "interface-name" : "class-name";
        }

        return declared.TryGetValue(text, out var symbol) ? symbol : null;
    }

    private static bool IsTypeClass(string className) => className is "class-name" or "record-class-name" or "record-struct-name" or "struct-name" or
        "interface-name" or "enum-name" or "delegate-name" or "type-parameter-name";

    private static bool IsInvoked(SimpleNameSyntax name)
    {
        SyntaxNode expression = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access
            : name.Parent is MemberBindingExpressionSyntax binding && binding.Name == name ? binding
            : name;
        return expression.Parent is InvocationExpressionSyntax invocation && invocation.Expression == expression;
    }

    private static bool IsAttributeName(SimpleNameSyntax name)
    {
        SyntaxNode node = name;
        while (node.Parent is QualifiedNameSyntax qualified && qualified.Right == node)
        {
            node = qualified;
        }

        return node.Parent is AttributeSyntax attribute && attribute.Name == node;
    }

    /// <summary>Whether the name stands where only a type can: a declaration's type, a type argument, a base type, after <c>new</c>, in a cast, a pattern…</summary>
    private static bool IsTypePosition(SimpleNameSyntax name)
    {
        SyntaxNode node = name;
        while (node.Parent is QualifiedNameSyntax qualified && qualified.Right == node)
        {
            node = qualified;
        }

        if (node.Parent is QualifiedNameSyntax left && left.Left == node)
        {
            // The left of A.B in a type's place: a namespace or an enclosing type; a type is the likelier in a post.
            return IsTypePosition(left.Right);
        }

        return node.Parent switch
        {
            VariableDeclarationSyntax declaration => declaration.Type == node,
            ParameterSyntax parameter => parameter.Type == node,
            PropertyDeclarationSyntax property => property.Type == node,
            EventDeclarationSyntax @event => @event.Type == node,
            IndexerDeclarationSyntax indexer => indexer.Type == node,
            MethodDeclarationSyntax method => method.ReturnType == node,
            LocalFunctionStatementSyntax function => function.ReturnType == node,
            DelegateDeclarationSyntax @delegate => @delegate.ReturnType == node,
            OperatorDeclarationSyntax @operator => @operator.ReturnType == node,
            ConversionOperatorDeclarationSyntax conversion => conversion.Type == node,
            TypeArgumentListSyntax or BaseTypeSyntax or ArrayTypeSyntax or NullableTypeSyntax or PointerTypeSyntax or RefTypeSyntax or
                TupleElementSyntax or TypeConstraintSyntax or ExplicitInterfaceSpecifierSyntax => true,
            ObjectCreationExpressionSyntax creation => creation.Type == node,
            CastExpressionSyntax cast => cast.Type == node,
            TypeOfExpressionSyntax or DefaultExpressionSyntax or SizeOfExpressionSyntax => true,
            DeclarationExpressionSyntax declaration => declaration.Type == node,
            DeclarationPatternSyntax pattern => pattern.Type == node,
            TypePatternSyntax => true,
            RecursivePatternSyntax recursive => recursive.Type == node,
            CatchDeclarationSyntax @catch => @catch.Type == node,
            ForEachStatementSyntax loop => loop.Type == node,
            BinaryExpressionSyntax binary => binary.Right == node && binary.Kind() is SyntaxKind.IsExpression or SyntaxKind.AsExpression,
            _ => node.Parent?.GetType().Name == "ScopedTypeSyntax",
        };
    }

    /// <summary>Every name the fence declares, by what it is: a name used elsewhere in the fence is classified as declared.</summary>
    private static Dictionary<string, string> Declarations(SyntaxNode root)
    {
        var declared = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var token in root.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken) && token.Parent is not SimpleNameSyntax && Identifier(token, declared) is { } className &&
                !declared.ContainsKey(token.ValueText))
            {
                declared[token.ValueText] = className;
            }
        }

        return declared;
    }

    /// <summary>The spans, with plain text merged, in the code's own offsets.</summary>
    private sealed class Output(string code, int offset)
    {
        private readonly List<CodeToken> tokens = [];
        private int plainStart = -1;
        private int written;

        public void Add(Microsoft.CodeAnalysis.Text.TextSpan span, string? className)
        {
            // Parts of the wrapper a fence was parsed in (SnippetSyntax.Parse) are not the fence's.
            var start = Math.Max(span.Start - offset, written);
            var end = Math.Min(span.End - offset, code.Length);
            if (end <= start)
            {
                return;
            }

            if (start > written)
            {
                Plain(written, start);
            }

            if (className is null)
            {
                Plain(start, end);
            }
            else if (plainStart < 0 && tokens.Count >= 3 && tokens[tokens.Count - 3].ClassName == className && tokens[tokens.Count - 2] is var last && last.Start + last.Length == start)
            {
                // Next to a span of the same class ($" then the text of an interpolated string): one span.
                tokens[tokens.Count - 2] = CodeToken.Text(last.Start, end - last.Start);
            }
            else
            {
                FlushPlain(start);
                tokens.Add(CodeToken.Open(className));
                tokens.Add(CodeToken.Text(start, end - start));
                tokens.Add(CodeToken.Close);
            }

            written = end;
        }

        public List<CodeToken> Finish()
        {
            if (written < code.Length)
            {
                Plain(written, code.Length);
            }

            FlushPlain(code.Length);
            return tokens;
        }

        private void Plain(int start, int end)
        {
            if (plainStart < 0)
            {
                plainStart = start;
            }

            written = end;
        }

        private void FlushPlain(int end)
        {
            if (plainStart >= 0 && end > plainStart)
            {
                tokens.Add(CodeToken.Text(plainStart, end - plainStart));
            }

            plainStart = -1;
        }
    }
}
