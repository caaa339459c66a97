using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Together.Tests.Support;

namespace Together.Browser.Tests.Support;

/// <summary>
/// The platform served by Kestrel on a real loopback port (a browser cannot reach the in-memory test server),
/// on its own fresh database with the demo content, exactly as the integration tests build it.
/// </summary>
public sealed class LoopbackTogetherApp : TogetherApp
{
    public LoopbackTogetherApp()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Starts the server and returns the address it listens on.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("The server did not report its address.");
        return new Uri(addresses.First());
    }
}

/// <summary>
/// One server and one Chromium for every browser test (starting either takes seconds and CI has two cores);
/// each test opens its own browser context, so cookies and storage never leak between tests.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    /// <summary>Debian's Chromium: Playwright cannot download its own browsers on our build machines.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? playwright;
    private IBrowser? browser;

    public LoopbackTogetherApp App { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            // A missing browser must fail the run loudly: skipping would hide every accessibility regression.
            throw new InvalidOperationException(
                $"Chromium was not found at {ChromiumPath}. The browser tests drive Debian's Chromium; install it with " +
                "`sudo apt-get install chromium fonts-liberation` (scripts/test.sh does this on a fresh machine).");
        }

        BaseAddress = App.Start();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh browser context (its own cookies) and a page in it.</summary>
    public async Task<BrowserPage> NewPageAsync(bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            JavaScriptEnabled = javaScript,
            Locale = "en-GB",
            TimezoneId = "Europe/London",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        // A ceiling for a busy two-core machine, not a speed check: speed is measured in bench/.
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        return new BrowserPage(context, page);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        await App.DisposeAsync();
    }
}

/// <summary>
/// Tests in one collection run one after another against its own site and Chromium. A browser test spends most of its
/// time waiting on page loads, so two collections side by side keep two cores busy (measured: 0.6 of a core used by one).
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "Browser";

    public const string SecondSite = "Browser, second site";
}

[CollectionDefinition(BrowserCollection.SecondSite)]
public sealed class SecondBrowserCollection : ICollectionFixture<BrowserSite>;

/// <summary>
/// A page in its own context. Records what would be invisible in a screenshot but matters: script errors and
/// Content-Security-Policy violations (every page must work within the strict policy).
/// </summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly List<string> problems = [];

    public BrowserPage(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
        page.PageError += (_, error) => problems.Add("Script error: " + error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add("CSP violation: " + message.Text);
            }
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public IReadOnlyList<string> Problems => problems;

    /// <summary>Opens a path and returns the HTTP status of the document.</summary>
    public async Task<int> GotoAsync(string path)
    {
        var response = await Page.GotoAsync(path) ?? throw new InvalidOperationException($"No response for {path}.");
        return response.Status;
    }

    public void AssertNoProblems()
    {
        Assert.True(problems.Count == 0, $"{Page.Url}:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
