using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Blog.Sample.Serving;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;

namespace Blog.Sample.Tests.Browser;

/// <summary>
/// The real site on Kestrel, on a loopback port, in Debian's Chromium driven by Playwright. No browser is
/// downloaded: Playwright launches the executable at <see cref="ChromiumPath"/> (test.sh installs it).
/// </summary>
public sealed class ChromiumTests(ITestOutputHelper output)
{
    /// <summary>Debian's Chromium; override with BLOG_CHROMIUM.</summary>
    private static readonly string ChromiumPath = Environment.GetEnvironmentVariable("BLOG_CHROMIUM") ?? "/usr/bin/chromium";

    // Flags for a sandboxed CI machine with no network: no GPU, no background calls to Google's services.
    private static readonly string[] ChromiumFlags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    [Fact]
    public async Task Reader_clicks_from_home_to_the_seed_post_and_sees_its_title_and_headings_without_console_errors()
    {
        Assert.True(File.Exists(ChromiumPath), "Chromium is not installed at " + ChromiumPath + "; run ./test.sh, which installs it.");

        await using var app = BlogApp.Create(["--urls", "http://127.0.0.1:0"]);
        await app.StartAsync();
        var address = app.Urls.Single();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumFlags });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1100, Height = 900 } });
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems.Add(message.Type + ": " + message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add("page error: " + error);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                problems.Add(response.Status + " " + response.Url);
            }
        };

        await page.GotoAsync(address + "/");
        Assert.Equal("Notes from the Lab · Notes from the Lab", await page.TitleAsync());

        // The seed post is older than the first page: page on, then open it from the list.
        await page.GetByRole(AriaRole.Link, new() { Name = "Older posts →" }).ClickAsync();
        await page.WaitForURLAsync(address + "/page/2");
        await page.GetByRole(AriaRole.Link, new() { Name = "Reflections from ICML 2024: Trends and Takeaways" }).ClickAsync();
        await page.WaitForURLAsync(address + "/posts/reflections-from-icml-2024");

        var post = Posts.ReflectionsFromIcml2024;
        var title = page.Locator("article.post h1");
        Assert.True(await title.IsVisibleAsync());
        Assert.Equal("Reflections from ICML 2024: Trends and Takeaways", await title.InnerTextAsync());
        var headings = await page.Locator(".post-body h2, .post-body h3").AllInnerTextsAsync();
        Assert.Equal(post.Headings.Select(h => h.Text), headings.Select(h => h.Trim()));
        Assert.True(await page.Locator("#major-themes").IsVisibleAsync());
        Assert.Equal(post.Headings.Count, await page.Locator("nav.toc a").CountAsync());

        // The stylesheet loaded and applied: the body is in the site's font stack, not the browser default.
        Assert.Contains("system-ui", await page.EvaluateAsync<string>("getComputedStyle(document.body).fontFamily"), StringComparison.Ordinal);

        var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", "seed-post.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        output.WriteLine("Screenshot: " + screenshot);
        Console.WriteLine("Screenshot: " + screenshot);

        // The byline's author link leads to the author's page, which lists this post.
        await page.Locator("article.post .byline a[rel=author]").ClickAsync();
        await page.WaitForURLAsync(address + "/authors/maren-holt");
        Assert.Equal("Maren Holt", await page.Locator("main h1").InnerTextAsync());
        Assert.True(await page.Locator(".author-posts").GetByRole(AriaRole.Link, new() { Name = "Reflections from ICML 2024: Trends and Takeaways" }).IsVisibleAsync());

        await app.StopAsync();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.True(new FileInfo(screenshot).Length > 10_000);
    }

    [Fact]
    public async Task Post_with_images_renders_them_on_a_phone_sized_screen_within_the_page_width()
    {
        Assert.True(File.Exists(ChromiumPath), "Chromium is not installed at " + ChromiumPath);

        await using var app = BlogApp.Create(["--urls", "http://127.0.0.1:0"]);
        await app.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumFlags });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") { errors.Add(message.Text); } };

        await page.GotoAsync(app.Urls.Single() + "/posts/reading-loss-curves");

        // All but the first image load lazily: brought into view, each loads.
        await page.EvaluateAsync("Promise.all([...document.querySelectorAll('.post-body img')].map(i => { i.scrollIntoView(); return i.decode(); }))");
        var widths = await page.EvaluateAsync<int[]>("[...document.querySelectorAll('.post-body img')].map(i => i.complete && i.naturalWidth > 0 ? Math.ceil(i.getBoundingClientRect().width) : -1)");
        Assert.Equal(3, widths.Length);
        Assert.All(widths, w => Assert.InRange(w, 1, 390));
        Assert.Equal(390, await page.EvaluateAsync<int>("document.documentElement.scrollWidth"));
        var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", "loss-curves-phone.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new() { Path = screenshot });
        output.WriteLine("Screenshot: " + screenshot);
        await app.StopAsync();
        Assert.Empty(errors);
    }

    /// <summary>
    /// The images' width and height, read from their files at build time, are in the HTML: each image has its file's
    /// size, and the page does not move as the images arrive: the cumulative layout shift measured by a
    /// PerformanceObserver while the page loads and is scrolled to its end is 0.
    /// </summary>
    [Fact]
    public async Task Post_images_have_their_files_size_and_the_page_does_not_shift_as_they_load()
    {
        Assert.True(File.Exists(ChromiumPath), "Chromium is not installed at " + ChromiumPath);

        await using var app = BlogApp.Create(["--urls", "http://127.0.0.1:0"]);
        await app.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumFlags });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1100, Height = 700 } });
        var shift = await LayoutShift(page, app.Urls.Single() + "/posts/reading-loss-curves");
        var images = await page.EvaluateAsync<int[][]>("[...document.querySelectorAll('img')].map(i => [i.naturalWidth, i.naturalHeight, +i.getAttribute('width'), +i.getAttribute('height')])");

        // The control: the same page with the sizes taken out of its HTML, and the images slowed as a real network would.
        var control = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1100, Height = 700 } });
        await control.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.Contains("/posts/reading-loss-curves", StringComparison.Ordinal))
            {
                var response = await route.FetchAsync();
                var html = System.Text.RegularExpressions.Regex.Replace(await response.TextAsync(), " width=\"\\d+\" height=\"\\d+\"", string.Empty);
                await route.FulfillAsync(new() { Response = response, Body = html });
                return;
            }

            if (route.Request.ResourceType == "image")
            {
                await Task.Delay(300);
            }

            await route.ContinueAsync();
        });
        var unsized = await LayoutShift(control, app.Urls.Single() + "/posts/reading-loss-curves");

        Assert.Equal(4, images.Length); // the cover and the three figures
        Assert.All(images, size => Assert.Equal((size[0], size[1]), (size[2], size[3])));
        Assert.Equal(0.0, shift);
        Assert.True(unsized > 0.05, "without the sizes the page shifted only " + unsized);
        output.WriteLine($"Cumulative layout shift: {shift} with the sizes, {unsized} without");
        await app.StopAsync();
    }

    /// <summary>The cumulative layout shift while a page loads, every image is brought into view and loads, and the page is scrolled to its end.</summary>
    private static async Task<double> LayoutShift(IPage page, string url)
    {
        await page.AddInitScriptAsync("""
            window.__shift = 0;
            new PerformanceObserver(list => { for (const entry of list.getEntries()) { if (!entry.hadRecentInput) window.__shift += entry.value; } })
                .observe({ type: 'layout-shift', buffered: true });
            """);
        await page.GotoAsync(url);
        await page.EvaluateAsync("Promise.all([...document.querySelectorAll('img')].map(i => { i.scrollIntoView(); return i.decode(); }))");
        await page.EvaluateAsync("window.scrollTo(0, document.body.scrollHeight)");
        await page.WaitForTimeoutAsync(500);
        return await page.EvaluateAsync<double>("window.__shift");
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task CSharp_coloured_by_the_compiler_shows_keywords_types_methods_strings_and_comments_each_in_its_colour(ColorScheme scheme)
    {
        Assert.True(File.Exists(ChromiumPath), "Chromium is not installed at " + ChromiumPath);

        await using var app = BlogApp.Create(["--urls", "http://127.0.0.1:0"]);
        await app.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumFlags });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1100, Height = 900 }, ColorScheme = scheme });
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") { errors.Add(message.Text); } };

        await page.GotoAsync(app.Urls.Single() + "/posts/tokenizing-text-with-span");

        // The colour of each class the generator wrote, as the page shows it, and of the code's plain text.
        var colours = await page.EvaluateAsync<Dictionary<string, string>>("""
            () => {
              const code = document.querySelector('.post-body pre code.language-csharp');
              const colour = name => { const span = code.closest('.post-body').querySelector('pre code.language-csharp span.' + name); return span ? getComputedStyle(span).color : 'missing'; };
              return {
                plain: getComputedStyle(code).color,
                keyword: colour('keyword'), control: colour('keyword-control'), type: colour('class-name'),
                method: colour('method-name'), string: colour('string'), comment: colour('comment'), number: colour('number'),
              };
            }
            """);
        Assert.DoesNotContain("missing", colours.Values);
        var distinct = new[] { colours["plain"], colours["keyword"], colours["type"], colours["method"], colours["string"], colours["comment"] };
        Assert.Equal(distinct.Length, distinct.Distinct().Count());
        Assert.Equal(colours["keyword"], colours["control"]);

        var code = page.Locator(".post-body pre").Nth(1);
        await code.ScrollIntoViewIfNeededAsync();
        var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", "csharp-" + scheme.ToString().ToLowerInvariant() + ".png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await code.ScreenshotAsync(new() { Path = screenshot });
        output.WriteLine("Screenshot: " + screenshot + " " + string.Join(", ", colours.Select(c => c.Key + "=" + c.Value)));
        await app.StopAsync();
        Assert.Empty(errors);
        Assert.True(new FileInfo(screenshot).Length > 5_000);
    }
}
