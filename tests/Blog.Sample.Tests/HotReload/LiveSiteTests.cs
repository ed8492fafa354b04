using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Blog.Sample.Serving;
using Blog.Sample.Site;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace Blog.Sample.Tests.HotReload;

/// <summary>
/// Under <c>dotnet watch</c> the site is built again after each hot-reload edit (the runtime calls
/// <see cref="ContentReload"/>), and in Development the page may run the browser-refresh script. The edit itself is
/// driven for real by the benchmarks' <c>scripts/hot-reload.sh</c> and by <c>DotnetWatchTests</c>.
/// </summary>
public sealed class LiveSiteTests
{
    [Fact]
    public void The_site_is_built_once_and_again_after_each_hot_reload_edit()
    {
        var builds = 0;
        var live = new LiveSite(() =>
        {
            builds++;
            return new SiteContent(SiteInfo.From(null), Posts.All);
        });

        var first = live.Current;
        Assert.Same(first, live.Current);
        Assert.Equal(1, builds);

        ContentReload.ClearCache(null);
        var second = live.Current;
        Assert.NotSame(first, second);
        Assert.Same(second, live.Current);

        ContentReload.UpdateApplication([typeof(Posts)]);
        Assert.NotSame(second, live.Current);
        Assert.Equal(3, builds);
    }

    [Fact]
    public async Task In_Development_under_dotnet_watch_the_policy_lets_in_the_refresh_script_and_its_loopback_sockets_only()
    {
        using var factory = App("Development", "ws://localhost:41234, wss://127.0.0.1:41235,ws://attacker.example:80,http://localhost:1,not a url");
        using var response = await factory.CreateClient().GetAsync("/");

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy + "; script-src 'self'; connect-src 'self' ws://localhost:41234 wss://127.0.0.1:41235", policy);
    }

    [Theory]
    [InlineData("Production", "ws://localhost:41234")]
    [InlineData("Staging", "ws://localhost:41234")]
    [InlineData("Development", "")]
    [InlineData("Development", "ws://attacker.example:80")]
    public async Task Anywhere_else_the_policy_stays_strict(string environment, string endpoints)
    {
        using var factory = App(environment, endpoints);
        using var response = await factory.CreateClient().GetAsync("/");

        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
    }

    private static WebApplicationFactory<Program> App(string environment, string endpoints) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
            .UseEnvironment(environment)
            .UseSetting(SecurityHeaders.BrowserRefreshEndpointsKey, endpoints));
}
