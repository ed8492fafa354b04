using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Blog.Generator.Diagnostics;
using Blog.Generator.FrontMatter;
using Blog.Generator.Models;
using Blog.Generator.Models.Collections;
using Blog.Generator.Models.Schemas;
using Blog.Generator.Schemas;
using Blog.Generator.Tests.Fuzzing;
using Blog.Generator.Tests.Infrastructure;
using Blog.Generator.Text;
using CsCheck;
using Xunit;

namespace Blog.Generator.Tests.Schemas;

/// <summary>
/// Front matter checked against hand-built schema classes: what each type accepts, what it rejects and how the
/// message says so, and where each diagnostic points (1-based line and column in the YAML).
/// </summary>
public sealed class SchemaBinderTests
{
    private const string FilePath = "/blog/Posts/post.md";

    private static readonly ScalarSchemaType Text = Scalar(ScalarKind.String);
    private static readonly ScalarSchemaType Int = Scalar(ScalarKind.Int32);
    private static readonly ScalarSchemaType Difficulty = Enum("Easy", "Hard", "VeryHard");
    private static readonly ReferenceSchemaType AuthorReference = new("global::MyApp.Author", "Authors", "global::MyApp.Author", IsNullable: false);

    private static readonly ReferenceTargets Entries = new(
    [
        new ReferenceTarget("global::MyApp.Author", "jane", "Authors/jane.md"),
        new ReferenceTarget("global::MyApp.Author", "john", "Authors/john.md"),
        new ReferenceTarget("global::MyApp.Tag", "joe", "Tags/joe.md"),
    ]);

    // ---- Schema building ----

    private static ScalarSchemaType Scalar(ScalarKind kind, bool nullable = false) => new(kind, TypeNameOf(kind), nullable, EquatableArray<string>.Empty);

    private static string TypeNameOf(ScalarKind kind) => kind switch
    {
        ScalarKind.String => "string",
        ScalarKind.Boolean => "bool",
        ScalarKind.Int32 => "int",
        ScalarKind.Int64 => "long",
        ScalarKind.Double => "double",
        ScalarKind.Decimal => "decimal",
        _ => "global::System." + kind,
    };

    private static ScalarSchemaType Enum(params string[] members) => new(ScalarKind.Enum, "global::MyApp.Difficulty", false, members.ToEquatableArray());

    private static ListSchemaType ListOf(SchemaType element, ListShape shape = ListShape.Array, bool nullable = false) =>
        new(element, shape, element.TypeName + "[]", nullable);

    private static ObjectSchemaType Class(string name, params SchemaProperty[] properties) => Class(name, nullable: false, properties);

    private static ObjectSchemaType Class(string name, bool nullable, params SchemaProperty[] properties) =>
        new(properties.ToEquatableArray(), "global::MyApp." + name, nullable);

    /// <summary>A property whose key is its snake_case name, or <paramref name="key"/> as if from [FrontMatterKey].</summary>
    private static SchemaProperty Property(string name, SchemaType type, bool required = false, string? key = null) =>
        new(name, key ?? KeyNames.ToSnakeCase(name), key is not null, type, required);

    // ---- Binding ----

    private sealed record Binding(EquatableArray<BoundProperty>? Properties, List<DiagnosticInfo> Diagnostics)
    {
        public BoundValue Value(string name)
        {
            Assert.Empty(Diagnostics);
            Assert.NotNull(Properties);
            return Assert.Single(Properties.Value, p => p.Name == name).Value;
        }

        public DiagnosticInfo Single(string id)
        {
            Assert.Null(Properties);
            var diagnostic = Assert.Single(Diagnostics);
            Assert.Equal(id, diagnostic.Id);
            return diagnostic;
        }
    }

    private static Binding Bind(ObjectSchemaType schema, string yaml, ReferenceTargets? references = null, ICollection<string>? ignoredKeys = null)
    {
        var root = YamlTreeReader.Read(yaml, out var problem);
        Assert.Null(problem);
        var mapping = Assert.IsType<YamlMapping>(root);
        var locator = new TextLocator(FilePath, yaml);
        var diagnostics = new List<DiagnosticInfo>();
        var binder = new SchemaBinder(node => locator.Span(node.Start, node.End), references ?? Entries, diagnostics);
        return new Binding(binder.BindRoot(mapping, schema, locator.Line(0), ignoredKeys), diagnostics);
    }

    /// <summary>Binds <c>value: {yaml}</c> to a class with one property of <paramref name="type"/>, expecting no error.</summary>
    private static BoundValue BindOne(SchemaType type, string yaml) =>
        Bind(Class("Post", Property("Value", type)), "value: " + yaml).Value("Value");

    /// <summary>Binds <c>value: {yaml}</c> expecting one BLOG022 at the value (line 1, column 8); returns its message.</summary>
    private static string Reject(SchemaType type, string yaml)
    {
        var diagnostic = Bind(Class("Post", Property("Value", type)), "value: " + yaml).Single("BLOG022");
        AssertAt(diagnostic, 1, 8);
        return Message(diagnostic);
    }

    private static string Message(DiagnosticInfo diagnostic) => diagnostic.ToDiagnostic().GetMessage(CultureInfo.InvariantCulture);

    private static void AssertAt(DiagnosticInfo diagnostic, int line, int column)
    {
        Assert.NotNull(diagnostic.Location);
        Assert.Equal(FilePath, diagnostic.Location.FilePath);
        var start = diagnostic.Location.LineSpan.Start;
        Assert.Equal((line, column), (start.Line + 1, start.Character + 1));
    }

    private static void AssertDiagnostic(DiagnosticInfo diagnostic, string id, int line, int column, string message)
    {
        Assert.Equal(id, diagnostic.Id);
        AssertAt(diagnostic, line, column);
        Assert.Equal(message, Message(diagnostic));
    }

    private static DateValue Date(int year, int month, int day, int hour = 0, int minute = 0, double offsetHours = 0) =>
        new(new DateTime(year, month, day, hour, minute, 0), TimeSpan.FromHours(offsetHours));

    // ---- string ----

    [Theory]
    [InlineData("hello world", "hello world")]
    [InlineData("42", "42")]
    [InlineData("1.50", "1.50")]
    [InlineData("true", "true")]
    [InlineData("2024-06-10", "2024-06-10")]
    [InlineData("0x1F", "0x1F")]
    [InlineData("\"quoted: text\"", "quoted: text")]
    [InlineData("'null'", "null")]
    [InlineData("|\n  two\n  lines", "two\nlines")]
    public void String_takes_any_scalar_as_written(string yaml, string expected)
    {
        Assert.Equal(new BoundValue.String(expected), BindOne(Text, yaml));
    }

    [Theory]
    [InlineData("[a, b]", "a list")]
    [InlineData("{a: b}", "a map")]
    public void String_rejects_a_list_and_a_map(string yaml, string found)
    {
        Assert.Equal("'value' expects string, but found " + found, Reject(Text, yaml));
    }

    // ---- bool ----

    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("TRUE", true)]
    [InlineData("false", false)]
    [InlineData("False", false)]
    [InlineData("FALSE", false)]
    public void Bool_accepts_the_YAML_1_2_booleans(string yaml, bool expected)
    {
        Assert.Equal(new BoundValue.Boolean(expected), BindOne(Scalar(ScalarKind.Boolean), yaml));
    }

    [Theory]
    [InlineData("\"true\"", "the text 'true'")]
    [InlineData("yes", "the text 'yes'")]
    [InlineData("1", "the integer 1")]
    [InlineData("tRUE", "the text 'tRUE'")]
    public void Bool_rejects_quoted_booleans_YAML_1_1_words_and_numbers(string yaml, string found)
    {
        Assert.Equal("'value' expects bool (true or false), but found " + found, Reject(Scalar(ScalarKind.Boolean), yaml));
    }

    // ---- int and long ----

    [Theory]
    [InlineData("42", 42)]
    [InlineData("-7", -7)]
    [InlineData("+3", 3)]
    [InlineData("007", 7)]
    [InlineData("0x1F", 31)]
    [InlineData("2147483647", int.MaxValue)]
    [InlineData("-2147483648", int.MinValue)]
    public void Int_accepts_decimal_and_hex_integers_in_range(string yaml, int expected)
    {
        Assert.Equal(new BoundValue.Integer(expected, ScalarKind.Int32), BindOne(Int, yaml));
    }

    [Theory]
    [InlineData("3.0", "the number 3.0")]
    [InlineData("1e3", "the number 1e3")]
    [InlineData("'42'", "the text '42'")]
    [InlineData("forty-two", "the text 'forty-two'")]
    [InlineData("0x", "the text '0x'")]
    [InlineData("٤٢", "the text '٤٢'")]
    public void Int_rejects_floats_quoted_numbers_and_words(string yaml, string found)
    {
        Assert.Equal("'value' expects int, but found " + found, Reject(Int, yaml));
    }

    [Theory]
    [InlineData("3000000000")]
    [InlineData("-2147483649")]
    [InlineData("0x80000000")]
    [InlineData("99999999999999999999")]
    public void Int_out_of_range_says_so(string yaml)
    {
        Assert.Equal("'value' expects int, but found the integer " + yaml + ", outside int's range", Reject(Int, yaml));
    }

    [Theory]
    [InlineData("3000000000", 3_000_000_000L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("0x7FFFFFFFFFFFFFFF", long.MaxValue)]
    public void Long_accepts_integers_beyond_int(string yaml, long expected)
    {
        Assert.Equal(new BoundValue.Integer(expected, ScalarKind.Int64), BindOne(Scalar(ScalarKind.Int64), yaml));
    }

    [Theory]
    [InlineData("9223372036854775808")]
    [InlineData("-9223372036854775809")]
    [InlineData("0xFFFFFFFFFFFFFFFF")]
    [InlineData("0x10000000000000000")]
    public void Long_out_of_range_says_so_and_hex_is_never_negative(string yaml)
    {
        Assert.Equal("'value' expects long, but found the integer " + yaml + ", outside long's range", Reject(Scalar(ScalarKind.Int64), yaml));
    }

    // ---- double and decimal ----

    [Theory]
    [InlineData("4.5", 4.5)]
    [InlineData("42", 42.0)]
    [InlineData("-1e3", -1000.0)]
    [InlineData(".5", 0.5)]
    [InlineData("0x10", 16.0)]
    [InlineData("99999999999999999999", 1e20)]
    [InlineData("0xFFFFFFFFFFFFFFFF", 18446744073709551615.0)]
    [InlineData(".inf", double.PositiveInfinity)]
    [InlineData("-.Inf", double.NegativeInfinity)]
    [InlineData(".nan", double.NaN)]
    public void Double_accepts_integers_floats_infinities_and_nan(string yaml, double expected)
    {
        Assert.Equal(new BoundValue.Double(expected), BindOne(Scalar(ScalarKind.Double), yaml));
    }

    [Theory]
    [InlineData("'4.5'", "the text '4.5'")]
    [InlineData("four", "the text 'four'")]
    [InlineData("true", "the boolean true")]
    [InlineData("4,5", "the text '4,5'")]
    public void Double_rejects_text_and_booleans(string yaml, string found)
    {
        Assert.Equal("'value' expects double, but found " + found, Reject(Scalar(ScalarKind.Double), yaml));
    }

    [Theory]
    [InlineData("1.50", "1.50")]
    [InlineData("42", "42")]
    [InlineData("-0.25", "-0.25")]
    [InlineData("+2.0", "2.0")]
    [InlineData("1e2", "100")]
    [InlineData("0x10", "16")]
    [InlineData("99999999999999999999", "99999999999999999999")]
    [InlineData("0xFFFFFFFFFFFFFFFF", "18446744073709551615")]
    [InlineData("0x8000000000000000", "9223372036854775808")]
    public void Decimal_is_read_from_the_text_and_keeps_its_scale(string yaml, string expected)
    {
        Assert.Equal(new BoundValue.Decimal(expected), BindOne(Scalar(ScalarKind.Decimal), yaml));
    }

    [Theory]
    [InlineData(".inf", "the number .inf")]
    [InlineData(".nan", "the number .nan")]
    [InlineData("1e300", "the number 1e300, outside decimal's range")]
    [InlineData("0x1000000000000000000000000", "the number 0x1000000000000000000000000, outside decimal's range")]
    [InlineData("'1.5'", "the text '1.5'")]
    public void Decimal_rejects_infinity_nan_huge_numbers_and_text(string yaml, string found)
    {
        Assert.Equal("'value' expects decimal, but found " + found, Reject(Scalar(ScalarKind.Decimal), yaml));
    }

    /// <summary>
    /// One scalar typer decides what a number is, for a schema's properties and a post's extra keys alike: an integer
    /// too large for a long is out of range for long (and for an extra key, BLOG032), and still a number for the
    /// types that can hold it. Before, the binder and the extra keys disagreed on <c>0xFFFFFFFFFFFFFFFF</c>.
    /// </summary>
    [Theory]
    [InlineData("0xFFFFFFFFFFFFFFFF")]
    [InlineData("18446744073709551615")]
    public void An_integer_beyond_long_is_one_thing_to_every_reader(string yaml)
    {
        var typed = ScalarTyper.Type(Assert.IsType<YamlScalar>(YamlTreeReader.Read(yaml, out _)));

        Assert.Equal(ScalarType.Integer, typed.Type);
        Assert.Null(typed.Long);
        Assert.Equal("'value' expects long, but found the integer " + yaml + ", outside long's range", Reject(Scalar(ScalarKind.Int64), yaml));
        Assert.Equal(new BoundValue.Decimal("18446744073709551615"), BindOne(Scalar(ScalarKind.Decimal), yaml));
        Assert.Equal(new BoundValue.Double(18446744073709551615.0), BindOne(Scalar(ScalarKind.Double), yaml));

        var extra = new GeneratorHarness().Run(TestPost.Create("2024-01-01-big.md", "title: Big\nvalue: " + yaml));
        Assert.Equal("BLOG032", Assert.Single(extra.Diagnostics).Id);
    }

    // ---- dates ----

    [Theory]
    [InlineData("2024-06-10 10:00:00 +0200", 10, 2)]
    [InlineData("2024-06-10T10:00:00-05:00", 10, -5)]
    [InlineData("\"2024-06-10 10:00 +02:00\"", 10, 2)]
    [InlineData("2024-06-10", 0, 0)]
    public void DateTimeOffset_reads_Jekyll_dates_quoted_or_not(string yaml, int hour, double offset)
    {
        Assert.Equal(new BoundValue.Date(Date(2024, 6, 10, hour, 0, offset), ScalarKind.DateTimeOffset), BindOne(Scalar(ScalarKind.DateTimeOffset), yaml));
    }

    [Theory]
    [InlineData("2024-06-10", 0)]
    [InlineData("'2024-06-10 08:30'", 8)]
    public void DateTime_reads_Jekyll_dates(string yaml, int hour)
    {
        var minute = hour == 0 ? 0 : 30;
        Assert.Equal(new BoundValue.Date(Date(2024, 6, 10, hour, minute), ScalarKind.DateTime), BindOne(Scalar(ScalarKind.DateTime), yaml));
    }

    [Theory]
    [InlineData("next tuesday", "the text 'next tuesday'")]
    [InlineData("2024-02-30", "the text '2024-02-30'")]
    [InlineData("20240610", "the integer 20240610")]
    [InlineData("[2024-06-10]", "a list")]
    public void DateTime_rejects_what_is_not_a_date(string yaml, string found)
    {
        Assert.Equal("'value' expects DateTime, but found " + found, Reject(Scalar(ScalarKind.DateTime), yaml));
    }

    [Theory]
    [InlineData("0001-01-01 00:00 +01:00")]
    [InlineData("9999-12-31 23:30 -01:00")]
    public void DateTimeOffset_rejects_a_date_whose_UTC_time_is_outside_its_range(string yaml)
    {
        Assert.Equal("'value' expects DateTimeOffset, but found the date " + yaml + ", outside DateTimeOffset's range", Reject(Scalar(ScalarKind.DateTimeOffset), yaml));
    }

    /// <summary>
    /// A DateTime property holds the UTC time (Kind=Utc), and 0001-01-01 00:00 +01:00 is 0000-12-31 23:00 UTC: no DateTime
    /// holds it (the emitter's conversion threw ArgumentOutOfRangeException on it when this was accepted).
    /// </summary>
    [Theory]
    [InlineData("0001-01-01 00:00 +01:00")]
    [InlineData("9999-12-31 23:30 -01:00")]
    public void DateTime_rejects_a_date_whose_UTC_time_is_outside_its_range(string yaml)
    {
        Assert.Equal("'value' expects DateTime, but found the date " + yaml + ", outside DateTime's range", Reject(Scalar(ScalarKind.DateTime), yaml));
    }

    [Theory]
    [InlineData("2024-06-10")]
    [InlineData("'2024-06-10'")]
    public void DateOnly_reads_a_bare_date_as_midnight_with_no_offset(string yaml)
    {
        Assert.Equal(new BoundValue.Date(Date(2024, 6, 10), ScalarKind.DateOnly), BindOne(Scalar(ScalarKind.DateOnly), yaml));
    }

    [Theory]
    [InlineData("2024-06-10 10:00", "the date 2024-06-10 10:00")]
    [InlineData("2024-06-10T00:00:00Z", "the date 2024-06-10T00:00:00Z")]
    [InlineData("2024-6-10", "the date 2024-6-10")]
    [InlineData("June 10", "the text 'June 10'")]
    public void DateOnly_rejects_times_and_other_forms(string yaml, string found)
    {
        Assert.Equal("'value' expects DateOnly (YYYY-MM-DD), but found " + found, Reject(Scalar(ScalarKind.DateOnly), yaml));
    }

    /// <summary>JekyllDate throws on these (year 0, and digits its \d matches but int.Parse does not); binding must not.</summary>
    [Theory]
    [InlineData("0000-01-01")]
    [InlineData("٢٠٢٤-٠٦-١٠")]
    public void Dates_that_crash_the_date_parser_are_reported_as_text(string yaml)
    {
        Assert.Equal("'value' expects DateTime, but found the text '" + yaml + "'", Reject(Scalar(ScalarKind.DateTime), yaml));
        Assert.Equal("'value' expects DateOnly (YYYY-MM-DD), but found the text '" + yaml + "'", Reject(Scalar(ScalarKind.DateOnly), yaml));
        Assert.Equal("'value' expects int, but found the text '" + yaml + "'", Reject(Int, yaml));
        Assert.Equal(new BoundValue.String(yaml), BindOne(Text, yaml));
    }

    // ---- TimeSpan ----

    [Theory]
    [InlineData("10:30", 0, 10, 30, 0)]
    [InlineData("'00:00:30'", 0, 0, 0, 30)]
    [InlineData("1.02:03:04", 1, 2, 3, 4)]
    [InlineData("1.10:30", 1, 10, 30, 0)]
    [InlineData("9:05", 0, 9, 5, 0)]
    public void TimeSpan_reads_hours_and_minutes_with_optional_days_and_seconds(string yaml, int days, int hours, int minutes, int seconds)
    {
        Assert.Equal(new BoundValue.TimeSpan(new TimeSpan(days, hours, minutes, seconds).Ticks), BindOne(Scalar(ScalarKind.TimeSpan), yaml));
    }

    [Fact]
    public void TimeSpan_can_be_negative()
    {
        Assert.Equal(new BoundValue.TimeSpan(TimeSpan.FromHours(-1).Ticks), BindOne(Scalar(ScalarKind.TimeSpan), "-01:00:00"));
    }

    [Theory]
    [InlineData("90", "the integer 90")]
    [InlineData("25:00", "the text '25:00'")]
    [InlineData("10:60", "the text '10:60'")]
    [InlineData("soon", "the text 'soon'")]
    public void TimeSpan_rejects_bare_numbers_and_impossible_times(string yaml, string found)
    {
        Assert.Equal("'value' expects TimeSpan ([d.]hh:mm[:ss]), but found " + found, Reject(Scalar(ScalarKind.TimeSpan), yaml));
    }

    // ---- Uri ----

    [Theory]
    [InlineData("https://example.com/a?b=c")]
    [InlineData("/about")]
    [InlineData("../images/cover.png")]
    [InlineData("mailto:jane@example.com")]
    public void Uri_accepts_absolute_and_relative_URIs_as_written(string yaml)
    {
        Assert.Equal(new BoundValue.Uri(yaml), BindOne(Scalar(ScalarKind.Uri), yaml));
    }

    [Theory]
    [InlineData("http://", "the text 'http://'")]
    [InlineData("https://exa mple.com", "the text 'https://exa mple.com'")]
    [InlineData("''", "the text ''")]
    [InlineData("'   '", "the text '   '")]
    public void Uri_rejects_malformed_and_blank_text(string yaml, string found)
    {
        Assert.Equal("'value' expects Uri, but found " + found, Reject(Scalar(ScalarKind.Uri), yaml));
    }

    // ---- enum ----

    [Theory]
    [InlineData("Easy", "Easy")]
    [InlineData("easy", "Easy")]
    [InlineData("HARD", "Hard")]
    [InlineData("'hard'", "Hard")]
    [InlineData("veryhard", "VeryHard")]
    [InlineData("very-hard", "VeryHard")]
    [InlineData("very_hard", "VeryHard")]
    [InlineData("VERY-HARD", "VeryHard")]
    public void Enum_matches_a_member_ignoring_case_or_by_its_kebab_and_snake_forms(string yaml, string member)
    {
        Assert.Equal(new BoundValue.Enum("global::MyApp.Difficulty", member), BindOne(Difficulty, yaml));
    }

    [Theory]
    [InlineData("impossible", "the text 'impossible'")]
    [InlineData("very hard", "the text 'very hard'")]
    [InlineData("1", "the integer 1")]
    public void Enum_rejects_other_text_and_lists_the_members(string yaml, string found)
    {
        Assert.Equal("'value' expects Difficulty (one of Easy, Hard, VeryHard), but found " + found, Reject(Difficulty, yaml));
    }

    [Theory]
    [InlineData("Draft", "Draft")]
    [InlineData("DRAFT", "DRAFT")]
    [InlineData("draft", "Draft")]
    public void Enum_members_that_differ_only_in_case_prefer_the_exact_one_then_the_first(string yaml, string member)
    {
        Assert.Equal(new BoundValue.Enum("global::MyApp.Difficulty", member), BindOne(Enum("Draft", "DRAFT"), yaml));
    }

    // ---- null ----

    [Theory]
    [InlineData("")]
    [InlineData("~")]
    [InlineData("null")]
    [InlineData("NULL")]
    public void Null_is_accepted_for_nullable_types(string yaml)
    {
        Assert.Same(BoundValue.Null.Instance, BindOne(Scalar(ScalarKind.Int32, nullable: true), yaml));
        Assert.Same(BoundValue.Null.Instance, BindOne(Scalar(ScalarKind.String, nullable: true), yaml));
        Assert.Same(BoundValue.Null.Instance, BindOne(ListOf(Text, nullable: true), yaml));
        Assert.Same(BoundValue.Null.Instance, BindOne(Class("Author", nullable: true), yaml));
        Assert.Same(BoundValue.Null.Instance, BindOne(AuthorReference with { IsNullable = true }, yaml));
    }

    [Theory]
    [InlineData("~")]
    [InlineData("null")]
    public void Null_is_rejected_for_non_nullable_types(string yaml)
    {
        Assert.Equal("'value' expects int, but found null", Reject(Int, yaml));
        Assert.Equal("'value' expects string, but found null", Reject(Text, yaml));
        Assert.Equal("'value' expects a list of string, but found null", Reject(ListOf(Text), yaml));
        Assert.Equal("'value' expects the slug of an entry in Authors, but found null", Reject(AuthorReference, yaml));
    }

    [Fact]
    public void An_empty_value_is_null()
    {
        var diagnostic = Bind(Class("Post", Property("Title", Text)), "title:\n").Single("BLOG022");

        Assert.Equal("'title' expects string, but found null", Message(diagnostic));
    }

    [Fact]
    public void Quoted_null_is_text_not_null()
    {
        Assert.Equal("'value' expects int, but found the text '~'", Reject(Scalar(ScalarKind.Int32, nullable: true), "'~'"));
    }

    // ---- lists ----

    private static readonly Dictionary<string, (SchemaType Element, string[] Yaml, BoundValue[] Items)> ListCases = new()
    {
        ["string"] = (Text, ["a", "'42'"], [new BoundValue.String("a"), new BoundValue.String("42")]),
        ["bool"] = (Scalar(ScalarKind.Boolean), ["true", "False"], [new BoundValue.Boolean(true), new BoundValue.Boolean(false)]),
        ["int"] = (Int, ["1", "-2", "0x10"], [new BoundValue.Integer(1, ScalarKind.Int32), new BoundValue.Integer(-2, ScalarKind.Int32), new BoundValue.Integer(16, ScalarKind.Int32)]),
        ["long"] = (Scalar(ScalarKind.Int64), ["3000000000"], [new BoundValue.Integer(3_000_000_000L, ScalarKind.Int64)]),
        ["double"] = (Scalar(ScalarKind.Double), ["1.5", "2", ".inf"], [new BoundValue.Double(1.5), new BoundValue.Double(2), new BoundValue.Double(double.PositiveInfinity)]),
        ["decimal"] = (Scalar(ScalarKind.Decimal), ["1.50", "2"], [new BoundValue.Decimal("1.50"), new BoundValue.Decimal("2")]),
        ["DateTime"] = (Scalar(ScalarKind.DateTime), ["2024-06-10", "'2024-06-11 08:00'"], [new BoundValue.Date(Date(2024, 6, 10), ScalarKind.DateTime), new BoundValue.Date(Date(2024, 6, 11, 8), ScalarKind.DateTime)]),
        ["DateTimeOffset"] = (Scalar(ScalarKind.DateTimeOffset), ["2024-06-10T10:00:00+02:00"], [new BoundValue.Date(Date(2024, 6, 10, 10, 0, 2), ScalarKind.DateTimeOffset)]),
        ["DateOnly"] = (Scalar(ScalarKind.DateOnly), ["2024-06-10", "2024-12-31"], [new BoundValue.Date(Date(2024, 6, 10), ScalarKind.DateOnly), new BoundValue.Date(Date(2024, 12, 31), ScalarKind.DateOnly)]),
        ["TimeSpan"] = (Scalar(ScalarKind.TimeSpan), ["10:30", "1.02:00"], [new BoundValue.TimeSpan(new TimeSpan(10, 30, 0).Ticks), new BoundValue.TimeSpan(new TimeSpan(1, 2, 0, 0).Ticks)]),
        ["Uri"] = (Scalar(ScalarKind.Uri), ["https://example.com", "/about"], [new BoundValue.Uri("https://example.com"), new BoundValue.Uri("/about")]),
        ["enum"] = (Difficulty, ["easy", "very-hard"], [new BoundValue.Enum("global::MyApp.Difficulty", "Easy"), new BoundValue.Enum("global::MyApp.Difficulty", "VeryHard")]),
        ["reference"] = (AuthorReference, ["jane", "john"], [Ref("Authors/jane.md"), Ref("Authors/john.md")]),
    };

    public static TheoryData<string> ListCaseNames => new(ListCases.Keys);

    [Theory]
    [MemberData(nameof(ListCaseNames))]
    public void Lists_bind_every_item_of_every_element_type(string name)
    {
        var (element, yaml, items) = ListCases[name];

        var value = BindOne(ListOf(element), "\n" + string.Concat(yaml.Select(item => "  - " + item + "\n")));

        Assert.Equal(new BoundValue.List(element.TypeName, ListShape.Array, items.ToEquatableArray()), WithoutLocations(value));
    }

    [Fact]
    public void A_list_keeps_its_shape_and_an_empty_list_is_empty()
    {
        Assert.Equal(new BoundValue.List("string", ListShape.List, EquatableArray<BoundValue>.Empty), BindOne(ListOf(Text, ListShape.List), "[]"));
        Assert.Equal(new BoundValue.List("string", ListShape.List, new BoundValue[] { new BoundValue.String("a") }.ToEquatableArray()), BindOne(ListOf(Text, ListShape.List), "[a]"));
    }

    [Theory]
    [InlineData("a", "the text 'a'")]
    [InlineData("{a: b}", "a map")]
    public void A_list_rejects_a_scalar_and_a_map(string yaml, string found)
    {
        Assert.Equal("'value' expects a list of string, but found " + found, Reject(ListOf(Text), yaml));
    }

    [Fact]
    public void Every_bad_item_of_a_list_is_reported_at_its_index()
    {
        var binding = Bind(Class("Post", Property("Numbers", ListOf(Int))), "numbers: [1, x, 3.5, 4]");

        Assert.Null(binding.Properties);
        Assert.Collection(
            binding.Diagnostics,
            d => AssertDiagnostic(d, "BLOG022", 1, 14, "'numbers[1]' expects int, but found the text 'x'"),
            d => AssertDiagnostic(d, "BLOG022", 1, 17, "'numbers[2]' expects int, but found the number 3.5"));
    }

    [Fact]
    public void Null_items_need_a_nullable_element_type()
    {
        Assert.Equal(
            new BoundValue.List("string?", ListShape.Array, new BoundValue[] { new BoundValue.String("a"), BoundValue.Null.Instance, BoundValue.Null.Instance }.ToEquatableArray()),
            BindOne(ListOf(Scalar(ScalarKind.String, nullable: true)), "[a, ~, null]"));

        var diagnostic = Bind(Class("Post", Property("Tags", ListOf(Text))), "tags: [a, ~]").Single("BLOG022");
        AssertDiagnostic(diagnostic, "BLOG022", 1, 11, "'tags[1]' expects string, but found null");
    }

    // ---- nested objects ----

    private static readonly ObjectSchemaType Author = Class(
        "Author",
        Property("Name", Text, required: true),
        Property("Links", ListOf(Scalar(ScalarKind.Uri))),
        Property("Email", Scalar(ScalarKind.String, nullable: true)));

    private static readonly ObjectSchemaType PostWithAuthor = Class("Post", Property("Title", Text, required: true), Property("Author", Author));

    [Fact]
    public void A_nested_object_binds_its_own_properties()
    {
        var binding = Bind(PostWithAuthor, "title: Hello\nauthor:\n  links:\n    - https://jane.dev\n  name: Jane\n");

        var links = new BoundValue[] { new BoundValue.Uri("https://jane.dev") }.ToEquatableArray();
        Assert.Equal(
            new BoundValue.Object("global::MyApp.Author", new BoundProperty[] { new("Name", new BoundValue.String("Jane")), new("Links", new BoundValue.List("global::System.Uri", ListShape.Array, links)) }.ToEquatableArray()),
            binding.Value("Author"));
    }

    [Fact]
    public void A_nested_value_is_reported_by_its_path()
    {
        var binding = Bind(PostWithAuthor, "title: Hello\nauthor:\n  name: Jane\n  links:\n    - https://jane.dev\n    - https://exa mple.com\n");

        AssertDiagnostic(binding.Single("BLOG022"), "BLOG022", 6, 7, "'author.links[1]' expects Uri, but found the text 'https://exa mple.com'");
    }

    [Fact]
    public void A_missing_required_nested_key_is_reported_at_its_mapping()
    {
        var binding = Bind(PostWithAuthor, "title: Hello\nauthor:\n  email: jane@example.com\n");

        AssertDiagnostic(
            binding.Single("BLOG023"),
            "BLOG023",
            3,
            3,
            "The front matter has no 'name', which Author.Name requires (string): add it, or give the property a default or a nullable type");
    }

    [Fact]
    public void An_unknown_nested_key_is_reported_at_the_key_with_the_nested_class_name()
    {
        var binding = Bind(PostWithAuthor, "title: Hello\nauthor:\n  name: Jane\n  nick: JJ\n");

        AssertDiagnostic(
            binding.Single("BLOG024"),
            "BLOG024",
            4,
            3,
            "'nick' is not a property of Author: add a property for it, map one with [FrontMatterKey(\"nick\")], or remove the key");
    }

    [Theory]
    [InlineData("Jane", "the text 'Jane'")]
    [InlineData("[Jane]", "a list")]
    public void A_nested_object_rejects_what_is_not_a_map(string yaml, string found)
    {
        Assert.Equal("'value' expects a map for Author, but found " + found, Reject(Author, yaml));
    }

    [Fact]
    public void A_list_of_objects_reports_items_by_index_and_key()
    {
        var schema = Class("Post", Property("Authors", ListOf(Author)));

        var binding = Bind(schema, "authors:\n  - name: Jane\n  - name: [J, o, e]\n");

        AssertDiagnostic(binding.Single("BLOG022"), "BLOG022", 3, 11, "'authors[1].name' expects string, but found a list");
    }

    // ---- required keys ----

    [Fact]
    public void A_missing_required_key_is_reported_at_the_given_location()
    {
        var schema = Class("Post", Property("Title", Text), Property("PublishedAt", Scalar(ScalarKind.DateOnly), required: true));

        var binding = Bind(schema, "\ntitle: Hello\n");

        AssertDiagnostic(
            binding.Single("BLOG023"),
            "BLOG023",
            1,
            1,
            "The front matter has no 'published_at', which Post.PublishedAt requires (DateOnly (YYYY-MM-DD)): add it, or give the property a default or a nullable type");
    }

    [Fact]
    public void A_missing_optional_key_is_left_out_of_the_result()
    {
        var schema = Class("Post", Property("Title", Text, required: true), Property("Rating", Int), Property("Summary", Text));

        var binding = Bind(schema, "summary: Short\ntitle: Hello\n");

        Assert.Empty(binding.Diagnostics);
        Assert.Equal(["Title", "Summary"], binding.Properties!.Value.Select(p => p.Name));
    }

    // ---- key mapping ----

    [Theory]
    [InlineData("published_at")]
    [InlineData("published-at")]
    [InlineData("publishedAt")]
    [InlineData("PublishedAt")]
    public void Snake_kebab_camel_and_Pascal_keys_name_the_same_property(string key)
    {
        var binding = Bind(Class("Post", Property("PublishedAt", Text)), key + ": yesterday");

        Assert.Equal(new BoundValue.String("yesterday"), binding.Value("PublishedAt"));
    }

    [Fact]
    public void An_explicit_key_is_the_only_spelling_that_matches()
    {
        var schema = Class("Post", Property("PublishedAt", Text, key: "pubDate"));

        Assert.Equal(new BoundValue.String("x"), Bind(schema, "pubDate: x").Value("PublishedAt"));
        foreach (var key in new[] { "published_at", "publishedAt", "pub_date", "pubdate" })
        {
            AssertDiagnostic(
                Bind(schema, key + ": x").Single("BLOG024"),
                "BLOG024",
                1,
                1,
                "'" + key + "' is not a property of Post: add a property for it, map one with [FrontMatterKey(\"" + key + "\")], or remove the key");
        }
    }

    [Fact]
    public void The_snake_case_key_of_a_name_with_an_acronym_matches()
    {
        var schema = Class("Post", Property("URLPath", Text));

        Assert.Equal("url_path", schema.Properties[0].Key);
        Assert.Equal(new BoundValue.String("/a"), Bind(schema, "url_path: /a").Value("URLPath"));
    }

    [Fact]
    public void Properties_come_back_in_schema_order_whatever_the_key_order()
    {
        var schema = Class("Post", Property("Title", Text), Property("Rating", Int), Property("Summary", Text));

        var binding = Bind(schema, "summary: S\nrating: 3\ntitle: T\n");

        Assert.Empty(binding.Diagnostics);
        Assert.Equal(["Title", "Rating", "Summary"], binding.Properties!.Value.Select(p => p.Name));
    }

    [Fact]
    public void Two_spellings_of_one_property_are_a_duplicate_key_at_the_second()
    {
        var schema = Class("Post", Property("PublishedAt", Scalar(ScalarKind.DateOnly)));

        var binding = Bind(schema, "published_at: 2024-01-01\npublishedAt: 2024-01-02\n");

        AssertDiagnostic(binding.Single("BLOG005"), "BLOG005", 2, 1, "The front-matter key 'publishedAt' is given more than once: keep one");
    }

    [Fact]
    public void An_unknown_top_level_key_names_the_schema_class()
    {
        var binding = Bind(Class("Post", Property("Title", Text)), "title: T\nsubtitle: S\n");

        AssertDiagnostic(
            binding.Single("BLOG024"),
            "BLOG024",
            2,
            1,
            "'subtitle' is not a property of Post: add a property for it, map one with [FrontMatterKey(\"subtitle\")], or remove the key");
    }

    // ---- ignored keys ----

    [Fact]
    public void Ignored_keys_are_skipped_and_other_unknown_keys_still_reported()
    {
        var schema = Class("Post", Property("Rating", Int));
        const string Yaml = "title: Hi\ndate: 2024-01-01\nrating: 5\nlayout: post\n";

        var ignoring = Bind(schema, Yaml, ignoredKeys: ["title", "date", "layout"]);
        var notIgnoring = Bind(schema, Yaml);
        var partly = Bind(schema, Yaml, ignoredKeys: ["title", "date"]);

        Assert.Equal(new BoundValue.Integer(5, ScalarKind.Int32), ignoring.Value("Rating"));
        Assert.Equal(["title", "date", "layout"], notIgnoring.Diagnostics.Select(d => d.Arguments[0]));
        AssertAt(partly.Single("BLOG024"), 4, 1);
    }

    // ---- references ----

    [Fact]
    public void A_reference_resolves_to_the_file_of_the_entry()
    {
        Assert.Equal(Ref("Authors/jane.md"), WithoutLocations(BindOne(AuthorReference, "jane")));
        Assert.Equal(Ref("Authors/john.md"), WithoutLocations(BindOne(AuthorReference, "\"john\"")));
    }

    [Fact]
    public void A_reference_keeps_where_its_slug_is_written()
    {
        var reference = Assert.IsType<BoundValue.Reference>(BindOne(AuthorReference, "jane"));

        Assert.Equal(FilePath, reference.Location.FilePath);
        Assert.Equal((0, 7, 11), (reference.Location.LineSpan.Start.Line, reference.Location.LineSpan.Start.Character, reference.Location.LineSpan.End.Character));
    }

    /// <summary>A property, not a field: the case tables above are built before any field declared here.</summary>
    private static LocationInfo NoLocation => LocationInfo.StartOf(string.Empty);

    private static BoundValue Ref(string path) => new BoundValue.Reference(path, NoLocation);

    /// <summary>The value with every reference's location blanked, to compare what it refers to.</summary>
    private static BoundValue WithoutLocations(BoundValue value) => value switch
    {
        BoundValue.Reference reference => reference with { Location = NoLocation },
        BoundValue.List list => list with { Items = list.Items.Select(WithoutLocations).ToEquatableArray() },
        _ => value,
    };

    [Fact]
    public void A_reference_to_a_missing_entry_lists_the_entries_of_that_collection_only()
    {
        var binding = Bind(Class("Post", Property("Author", AuthorReference)), "author: joe");

        AssertDiagnostic(binding.Single("BLOG025"), "BLOG025", 1, 9, "'joe' is not an entry of Authors: it has jane, john");
    }

    [Fact]
    public void A_reference_hint_shows_five_entries_at_most()
    {
        var many = new ReferenceTargets("abcdefg".Select(c => new ReferenceTarget("global::MyApp.Author", c.ToString(), "Authors/" + c + ".md")));

        var binding = Bind(Class("Post", Property("Author", AuthorReference)), "author: z", many);

        Assert.Equal("'z' is not an entry of Authors: it has a, b, c, d, e, …", Message(binding.Single("BLOG025")));
    }

    [Fact]
    public void A_reference_into_an_empty_collection_says_it_has_no_entries()
    {
        var binding = Bind(Class("Post", Property("Author", AuthorReference)), "author: jane", ReferenceTargets.None);

        Assert.Equal("'jane' is not an entry of Authors: it has no entries", Message(binding.Single("BLOG025")));
    }

    [Fact]
    public void A_reference_in_a_list_is_reported_at_its_item()
    {
        var binding = Bind(Class("Post", Property("Authors", ListOf(AuthorReference))), "authors:\n  - jane\n  - jim\n");

        AssertDiagnostic(binding.Single("BLOG025"), "BLOG025", 3, 5, "'jim' is not an entry of Authors: it has jane, john");
    }

    [Fact]
    public void A_reference_rejects_a_list_or_map()
    {
        Assert.Equal("'value' expects the slug of an entry in Authors, but found a list", Reject(AuthorReference, "[jane]"));
    }

    // ---- how values are described ----

    [Theory]
    [InlineData("true", "the boolean true")]
    [InlineData("False", "the boolean False")]
    [InlineData("4.5", "the number 4.5")]
    [InlineData("2024-06-10", "the date 2024-06-10")]
    [InlineData("2024-06-10 10:00:00 +0200", "the date 2024-06-10 10:00:00 +0200")]
    [InlineData("hello", "the text 'hello'")]
    [InlineData("'true'", "the text 'true'")]
    [InlineData("!!str 42", "the text '42'")]
    [InlineData("{a: 1}", "a map")]
    [InlineData("[1, 2]", "a list")]
    [InlineData("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq", "the text 'abcdefghijklmnopqrstuvwxyzabcdefghijklmn…'")]
    [InlineData("'abcdefghijklmnopqrstuvwxyzabcdefghijklmn'", "the text 'abcdefghijklmnopqrstuvwxyzabcdefghijklmn'")]
    [InlineData("'abcdefghijklmnopqrstuvwxyzabcdefghijklm🎉'", "the text 'abcdefghijklmnopqrstuvwxyzabcdefghijklm…'")]
    [InlineData("|\n  line one\n  line two", "the text 'line one…'")]
    public void Found_values_are_described_by_their_YAML_type_and_shortened(string yaml, string found)
    {
        Assert.Equal("'value' expects int, but found " + found, Reject(Int, yaml));
    }

    [Fact]
    public void A_long_integer_is_shortened_in_the_range_message()
    {
        var digits = new string('9', 50);

        Assert.Equal("'value' expects int, but found the integer " + digits.Substring(0, 40) + "…, outside int's range", Reject(Int, digits));
    }

    // ---- one pass ----

    [Fact]
    public void Every_error_is_reported_in_one_pass_in_document_order_then_missing_keys()
    {
        var schema = Class(
            "Author",
            Property("Name", Text, required: true),
            Property("Age", Int),
            Property("Friend", AuthorReference),
            Property("Tags", ListOf(Text)),
            Property("Email", Text, required: true),
            Property("Level", Difficulty));
        const string Yaml = "name: Jane\nage: old\nnick: jj\nfriend: joe\ntags: [a, ~]\nlevel: hard\n";

        var binding = Bind(schema, Yaml);

        Assert.Null(binding.Properties);
        Assert.Collection(
            binding.Diagnostics,
            d => AssertDiagnostic(d, "BLOG022", 2, 6, "'age' expects int, but found the text 'old'"),
            d => AssertDiagnostic(d, "BLOG024", 3, 1, "'nick' is not a property of Author: add a property for it, map one with [FrontMatterKey(\"nick\")], or remove the key"),
            d => AssertDiagnostic(d, "BLOG025", 4, 9, "'joe' is not an entry of Authors: it has jane, john"),
            d => AssertDiagnostic(d, "BLOG022", 5, 11, "'tags[1]' expects string, but found null"),
            d => AssertDiagnostic(d, "BLOG023", 1, 1, "The front matter has no 'email', which Author.Email requires (string): add it, or give the property a default or a nullable type"));
    }

    [Fact]
    public void Binding_appends_to_diagnostics_already_in_the_list_and_fails_only_on_its_own()
    {
        var yaml = "title: Hello";
        var locator = new TextLocator(FilePath, yaml);
        var earlier = DiagnosticInfo.Create(Blog.Generator.Diagnostics.DiagnosticDescriptors.LinkToNonPost, null, "x.md");
        var diagnostics = new List<DiagnosticInfo> { earlier };
        var binder = new SchemaBinder(node => locator.Span(node.Start, node.End), Entries, diagnostics);
        var mapping = Assert.IsType<YamlMapping>(YamlTreeReader.Read(yaml, out _));

        var properties = binder.BindRoot(mapping, Class("Post", Property("Title", Text)), locator.Line(0));

        Assert.NotNull(properties);
        Assert.Equal([earlier], diagnostics);
    }

    // ---- culture ----

    /// <summary>In tr-TR, "i" and "I" are not one letter in two cases, so a culture-aware comparison would miss these.</summary>
    [Fact]
    public void Binding_does_not_depend_on_the_culture()
    {
        var schema = Class(
            "Post",
            Property("IsIdle", Scalar(ScalarKind.Boolean)),
            Property("State", Enum("Idle", "WaitingInLine", "In_Progress", "DIYGuide")),
            Property("Queue", Enum("Idle", "WaitingInLine", "In_Progress", "DIYGuide")),
            Property("Work", Enum("Idle", "WaitingInLine", "In_Progress", "DIYGuide")),
            Property("Kind", Enum("Idle", "WaitingInLine", "In_Progress", "DIYGuide")),
            Property("Price", Scalar(ScalarKind.Decimal)),
            Property("Ratio", Scalar(ScalarKind.Double)),
            Property("Items", ListOf(Int)));
        var (current, currentUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        Binding binding;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("tr-TR");
            binding = Bind(schema, "is_idle: true\nstate: idle\nqueue: waitinginline\nwork: in_progress\nkind: diy-guide\nprice: 1.50\nratio: 0.75\nitems: [1, 2]\n");
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, currentUi);
        }

        Assert.Equal(new BoundValue.Boolean(true), binding.Value("IsIdle"));
        Assert.Equal(new BoundValue.Enum("global::MyApp.Difficulty", "Idle"), binding.Value("State"));
        Assert.Equal(new BoundValue.Enum("global::MyApp.Difficulty", "WaitingInLine"), binding.Value("Queue"));
        Assert.Equal(new BoundValue.Enum("global::MyApp.Difficulty", "In_Progress"), binding.Value("Work"));
        Assert.Equal(new BoundValue.Enum("global::MyApp.Difficulty", "DIYGuide"), binding.Value("Kind"));
        Assert.Equal(new BoundValue.Decimal("1.50"), binding.Value("Price"));
        Assert.Equal(new BoundValue.Double(0.75), binding.Value("Ratio"));
    }

    // ---- robustness ----

    private static readonly ObjectSchemaType Everything = Class(
        "Everything",
        Property("S", Text, required: true),
        Property("B", Scalar(ScalarKind.Boolean)),
        Property("I", Int),
        Property("L", Scalar(ScalarKind.Int64)),
        Property("D", Scalar(ScalarKind.Double)),
        Property("M", Scalar(ScalarKind.Decimal)),
        Property("Dt", Scalar(ScalarKind.DateTime)),
        Property("Dto", Scalar(ScalarKind.DateTimeOffset)),
        Property("Do", Scalar(ScalarKind.DateOnly)),
        Property("Ts", Scalar(ScalarKind.TimeSpan)),
        Property("U", Scalar(ScalarKind.Uri)),
        Property("E", Difficulty),
        Property("R", AuthorReference),
        Property("List", ListOf(Scalar(ScalarKind.Int32, nullable: true))),
        Property("Obj", Author with { IsNullable = true }));

    private static readonly string[] FuzzKeys = ["s", "b", "i", "l", "d", "m", "dt", "dto", "do", "ts", "u", "e", "r", "list", "obj", "Obj", "x-y", "", "'s'"];

    private static readonly string[] FuzzValues =
    [
        "", "~", "null", "true", "yes", "0", "-0", "+1", "0x", "0xFFFFFFFFFFFFFFFFFFFF", "99999999999999999999999999999999", "1e400", "-1e-400",
        ".inf", ".NaN", "1.5", "0000-01-01", "0000-00-00", "٢٠٢٤-٠٦-١٠", "2024-06-10", "0001-01-01 00:00 +14:00", "9999-12-31T23:59:59.9999999-14:00",
        "2024-06-10 10:00:00.123456789 +0200", "10:30", "-10675199.02:48:05.4775808", "99999999.00:00", "http://", "\"\"", "'   '", "::", "%41",
        "very-hard", "-", "_", "jane", "[]", "{}", "[1, x, ~, [2]]", "{name: j, nick: k}", "{name: [a]}", "&a [1, 2]", "\"\\uD800\"", "|\n  a\n  b",
        "'" + new string('x', 5000) + "'", "🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉",
    ];

    [Fact]
    public void Binding_never_throws_and_fails_exactly_when_it_reports()
    {
        var line = Gen.Select(
            Gen.OneOfConst(FuzzKeys),
            Gen.Frequency((3, Gen.OneOfConst(FuzzValues)), (1, AdversarialText.Text.Select(AdversarialText.YamlQuoted))),
            (key, value) => key + ": " + value);

        line.Array[0, 8].Sample(
            lines =>
            {
                var yaml = string.Join("\n", lines);
                if (YamlTreeReader.Read(yaml, out var problem) is not YamlMapping mapping || problem is not null)
                {
                    return;
                }

                var locator = new TextLocator(FilePath, yaml);
                var diagnostics = new List<DiagnosticInfo>();
                var properties = new SchemaBinder(node => locator.Span(node.Start, node.End), Entries, diagnostics).BindRoot(mapping, Everything, locator.Line(0));

                Assert.Equal(properties is null, diagnostics.Count > 0);
                Assert.All(diagnostics, d => Assert.True(d.Location!.TextSpan.End <= yaml.Length));
                Assert.All(diagnostics, d => Assert.NotEmpty(Message(d)));
            },
            iter: 2000,
            threads: 1);
    }
}
