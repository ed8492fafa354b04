using System;
using System.Globalization;
using System.Text.RegularExpressions;
using Blog.Generator.Models;

namespace Blog.Generator.FrontMatter;

/// <summary>
/// Reads dates the way Jekyll accepts them: a date, a date and time, or either with a UTC offset
/// (<c>2022-11-30</c>, <c>2022-11-30 14:30</c>, <c>2022-11-30T14:30:00Z</c>, <c>2022-11-30 14:30:00 +0200</c>).
/// A date without an offset is taken as UTC so that builds do not depend on the build machine's time zone.
/// </summary>
internal static class JekyllDate
{
    // [0-9], not \d: \d matches digits of every script, which int.Parse then rejects.
    private static readonly Regex Pattern = new(
        @"^(?<y>[0-9]{4})-(?<mo>[0-9]{1,2})-(?<d>[0-9]{1,2})" +
        @"(?:(?:[Tt]|[ \t]+)(?<h>[0-9]{1,2}):(?<mi>[0-9]{2})(?::(?<s>[0-9]{2})(?:\.(?<f>[0-9]{1,9}))?)?" +
        @"(?:[ \t]*(?<z>[Zz]|[+-][0-9]{1,2}(?::?[0-9]{2})?))?)?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        TimeSpan.FromSeconds(1));

    /// <summary>Whether the text is a date that .NET can hold; see <see cref="Read"/> for why one may not be.</summary>
    public static bool TryParse(string text, out DateValue value) => Read(text, out value) == DateReading.Date;

    /// <summary>
    /// Reads a date, telling a date whose UTC time falls outside what <see cref="DateTimeOffset"/> holds
    /// (<c>0001-01-01 00:00 +01:00</c>, <c>9999-12-31 23:59 -01:00</c>) from text that is no date at all: the first is
    /// a located error wherever it is written, so no such value reaches the generated code, where it would throw.
    /// </summary>
    public static DateReading Read(string text, out DateValue value)
    {
        value = default;
        var match = Pattern.Match(text.Trim());
        if (!match.Success)
        {
            return DateReading.NotADate;
        }

        var year = Number(match, "y");
        var month = Number(match, "mo");
        var day = Number(match, "d");
        var hour = Number(match, "h");
        var minute = Number(match, "mi");
        var second = Number(match, "s");
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return DateReading.NotADate;
        }

        var fraction = match.Groups["f"].Value;
        var ticks = fraction.Length == 0 ? 0 : long.Parse(fraction.PadRight(7, '0').Substring(0, 7), CultureInfo.InvariantCulture);
        if (!TryParseOffset(match.Groups["z"].Value, out var offset))
        {
            return DateReading.NotADate;
        }

        var dateTime = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(ticks);
        var utcTicks = dateTime.Ticks - offset.Ticks;
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
        {
            return DateReading.OutOfRange;
        }

        value = new DateValue(dateTime, offset);
        return DateReading.Date;
    }

    /// <summary>Reads <c>YYYY-MM-DD</c> and nothing else, as in a Jekyll file name.</summary>
    public static bool TryParseDateOnly(string text, out DateValue value) =>
        TryParse(text, out value) && text.Length == 10 && value.DateTime.TimeOfDay == TimeSpan.Zero;

    private static int Number(Match match, string group) =>
        match.Groups[group].Success ? int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture) : 0;

    private static bool TryParseOffset(string text, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (text.Length == 0 || text is "Z" or "z")
        {
            return true;
        }

        var sign = text[0] == '-' ? -1 : 1;
        var digits = text.Substring(1).Replace(":", string.Empty);
        int hours;
        var minutes = 0;
        if (digits.Length <= 2)
        {
            hours = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        }
        else
        {
            hours = int.Parse(digits.Substring(0, digits.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture);
            minutes = int.Parse(digits.Substring(digits.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture);
        }

        if (hours > 14 || minutes > 59 || (hours == 14 && minutes > 0))
        {
            return false;
        }

        offset = new TimeSpan(sign * hours, sign * minutes, 0);
        return true;
    }
}

/// <summary>What <see cref="JekyllDate.Read"/> found.</summary>
internal enum DateReading
{
    /// <summary>The text is not a date Jekyll reads.</summary>
    NotADate,

    /// <summary>A date .NET can hold.</summary>
    Date,

    /// <summary>A well-formed date whose UTC time is before 0001-01-01 or after 9999-12-31.</summary>
    OutOfRange,
}
