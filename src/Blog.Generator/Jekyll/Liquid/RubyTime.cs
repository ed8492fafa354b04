using System;
using System.Globalization;
using System.Text;

namespace Blog.Generator.Jekyll.Liquid;

/// <summary>
/// Ruby's <c>Time#strftime</c>, which Liquid's <c>date</c> filter and Jekyll's date filters print with: English names
/// whatever the machine's culture, and Ruby's flags (<c>%-d</c> unpadded, <c>%_m</c> space-padded, <c>%^b</c> upper
/// case, a width such as <c>%10A</c>, <c>%:z</c>).
/// </summary>
internal static class RubyTime
{
    private static readonly string[] Days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static string Format(DateTimeOffset time, string format)
    {
        var builder = new StringBuilder(format.Length * 2);
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c != '%' || i + 1 >= format.Length)
            {
                builder.Append(c);
                continue;
            }

            var start = i;
            i++;
            var flags = string.Empty;
            while (i < format.Length && "-_0^#".IndexOf(format[i]) >= 0)
            {
                flags += format[i];
                i++;
            }

            var width = 0;
            while (i < format.Length && char.IsDigit(format[i]) && width < 1000)
            {
                width = (width * 10) + (format[i] - '0');
                i++;
            }

            var colons = 0;
            while (i < format.Length && format[i] == ':')
            {
                colons++;
                i++;
            }

            if (i >= format.Length || Directive(time, format[i], colons) is not { } part)
            {
                // Ruby prints a directive it does not know as written.
                builder.Append(format, start, Math.Min(format.Length, i + 1) - start);
                continue;
            }

            builder.Append(Pad(part, format[i], flags, width));
        }

        return builder.ToString();
    }

    /// <summary>A directive's text with its default padding, or <see langword="null"/> when Ruby has no such directive.</summary>
    private static Part? Directive(DateTimeOffset time, char directive, int colons)
    {
        var day = (int)time.DayOfWeek;
        switch (directive)
        {
            case 'Y': return Number(time.Year, 0, '0');
            case 'C': return Number(time.Year / 100, 2, '0');
            case 'y': return Number(time.Year % 100, 2, '0');
            case 'm': return Number(time.Month, 2, '0');
            case 'B': return Text(Months[time.Month - 1]);
            case 'b' or 'h': return Text(Months[time.Month - 1].Substring(0, 3));
            case 'd': return Number(time.Day, 2, '0');
            case 'e': return Number(time.Day, 2, ' ');
            case 'j': return Number(time.DayOfYear, 3, '0');
            case 'H': return Number(time.Hour, 2, '0');
            case 'k': return Number(time.Hour, 2, ' ');
            case 'I': return Number(Hour12(time), 2, '0');
            case 'l': return Number(Hour12(time), 2, ' ');
            case 'P': return Text(time.Hour < 12 ? "am" : "pm");
            case 'p': return Text(time.Hour < 12 ? "AM" : "PM");
            case 'M': return Number(time.Minute, 2, '0');
            case 'S': return Number(time.Second, 2, '0');
            case 'L': return Number(time.Millisecond, 3, '0');
            case 'N': return new Part(((time.Ticks % TimeSpan.TicksPerSecond) * 100).ToString("000000000", CultureInfo.InvariantCulture), false);
            case 'z': return new Part(Offset(time.Offset, colons), false);
            case 'Z': return Text(time.Offset == TimeSpan.Zero ? "UTC" : string.Empty);
            case 'A': return Text(Days[day]);
            case 'a': return Text(Days[day].Substring(0, 3));
            case 'u': return Number(day == 0 ? 7 : day, 1, '0');
            case 'w': return Number(day, 1, '0');
            case 'U': return Number((time.DayOfYear + 6 - day) / 7, 2, '0');
            case 'W': return Number((time.DayOfYear + 6 - ((day + 6) % 7)) / 7, 2, '0');
            case 'G': return Number(ISOWeek(time.DateTime).Year, 0, '0');
            case 'g': return Number(ISOWeek(time.DateTime).Year % 100, 2, '0');
            case 'V': return Number(ISOWeek(time.DateTime).Week, 2, '0');
            case 's': return Text(time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
            case 'c': return Text(Format(time, "%a %b %e %H:%M:%S %Y"));
            case 'x' or 'D': return Text(Format(time, "%m/%d/%y"));
            case 'X' or 'T': return Text(Format(time, "%H:%M:%S"));
            case 'F': return Text(Format(time, "%Y-%m-%d"));
            case 'R': return Text(Format(time, "%H:%M"));
            case 'r': return Text(Format(time, "%I:%M:%S %p"));
            case 'v': return Text(Format(time, "%e-%^b-%Y"));
            case 'n': return Text("\n");
            case 't': return Text("\t");
            case '%': return Text("%");
            default: return null;
        }
    }

    private static int Hour12(DateTimeOffset time) => time.Hour % 12 == 0 ? 12 : time.Hour % 12;

    private static string Offset(TimeSpan offset, int colons)
    {
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var magnitude = offset.Duration();
        var hours = ((int)magnitude.TotalHours).ToString("00", CultureInfo.InvariantCulture);
        var minutes = magnitude.Minutes.ToString("00", CultureInfo.InvariantCulture);
        return colons switch
        {
            0 => sign + hours + minutes,
            1 => sign + hours + ":" + minutes,
            _ => sign + hours + ":" + minutes + ":" + magnitude.Seconds.ToString("00", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The ISO 8601 week-numbering year and week of a date (netstandard2.0 has no <c>ISOWeek</c>).</summary>
    private static (int Year, int Week) ISOWeek(DateTime date)
    {
        var weekday = ((int)date.DayOfWeek + 6) % 7; // Monday 0
        var thursday = date.Date.AddDays(3 - weekday);
        return (thursday.Year, ((thursday.DayOfYear - 1) / 7) + 1);
    }

    /// <param name="Text">The text.</param>
    /// <param name="IsNumber">Whether flags pad it as a number (with its default padding character).</param>
    /// <param name="Width">Its default width.</param>
    /// <param name="Padding">Its default padding character.</param>
    private sealed record Part(string Text, bool IsNumber, int Width = 0, char Padding = ' ');

    private static Part Number(int value, int width, char padding) => new(value.ToString(CultureInfo.InvariantCulture), true, width, padding);

    private static Part Text(string text) => new(text, false);

    private static string Pad(Part part, char directive, string flags, int width)
    {
        var text = part.Text;
        if (flags.IndexOf('^') >= 0)
        {
            text = text.ToUpperInvariant();
        }
        else if (flags.IndexOf('#') >= 0)
        {
            text = directive is 'p' ? text.ToLowerInvariant() : text.ToUpperInvariant();
        }

        if (flags.IndexOf('-') >= 0)
        {
            return text;
        }

        var padding = flags.IndexOf('_') >= 0 ? ' ' : flags.IndexOf('0') >= 0 ? '0' : part.IsNumber ? part.Padding : ' ';
        var target = width > 0 ? width : part.Width;
        if (text.Length >= target)
        {
            return text;
        }

        // A negative number keeps its sign in front of zeros.
        return padding == '0' && text.StartsWith("-", StringComparison.Ordinal)
            ? "-" + text.Substring(1).PadLeft(target - 1, '0')
            : text.PadLeft(target, padding);
    }
}
