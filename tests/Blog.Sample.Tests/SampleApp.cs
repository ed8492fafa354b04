using System.Net.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace Blog.Sample.Tests;

/// <summary>The sample hosted in memory, shared by the HTTP tests of one class.</summary>
public sealed class SampleApp : WebApplicationFactory<Program>
{
    /// <summary>A client that sends no Accept-Encoding and follows no redirects, so tests see raw responses.</summary>
    public HttpClient Raw() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}

/// <summary>Lets test classes share one app.</summary>
[CollectionDefinition(Name)]
public sealed class SampleAppCollection : ICollectionFixture<SampleApp>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Sample app";
}
