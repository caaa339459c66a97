using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Together.Tests.Support;
using Together.Web.Features.Accounts;
using Xunit.Abstractions;

namespace Together.Tests.Accounts;

/// <summary>
/// Every GET-able endpoint the app maps, requested anonymously and as each role, checked against a declared table.
/// A route the table does not cover fails the test: whoever adds a page declares who may see it.
/// </summary>
public sealed partial class AuthorizationMatrixTests(TogetherApp app, ITestOutputHelper output) : IClassFixture<TogetherApp>
{
    /// <summary>Who may see a route: anonymous visitors or not, and which roles.</summary>
    public sealed record Access(string Name, bool Anonymous, params string[] Roles)
    {
        public bool Allows(string? role) => role is null ? Anonymous : Anonymous || Roles.Contains(role);
    }

    private static readonly string[] Everyone = [.. Roles.All];

    public static readonly Access Public = new("public", true, Everyone);
    public static readonly Access SignedIn = new("signed in", false, Everyone);
    public static readonly Access Staff = new("staff", false, [.. Roles.Staff]);
    public static readonly Access Administrator = new("administrator", false, Roles.Administrator);
    public static readonly Access BoardMember = new("board", false, Roles.BoardMember, Roles.Administrator);
    public static readonly Access Commissioner = new("commissioner", false, Roles.Commissioner, Roles.Administrator);
    public static readonly Access SafeguardingLead = new("safeguarding", false, Roles.SafeguardingLead);
    public static readonly Access YouthCouncil = new("youth council", false, Roles.YouthCouncilMember, Roles.Administrator);
    public static readonly Access DirectoryEditor = new("directory editor", false, Roles.Partner, Roles.Administrator);

    /// <summary>
    /// The declared table, by route prefix (a prefix covers itself and everything below it; the longest wins).
    /// Add a line here when you add a page or API whose prefix is not covered.
    /// </summary>
    public static readonly IReadOnlyList<(string Prefix, Access Access)> Table =
    [
        ("/", Public),
        ("/accessibility", Public),
        ("/privacy", Public),
        ("/cookies", Public),
        ("/source-code", Public),
        ("/error", Public),
        ("/health", Public),
        ("/brand.css", Public),
        ("/plan", Public),

        ("/account", SignedIn),
        ("/account/sign-in", Public),
        ("/account/sign-out", Public),
        ("/account/signed-out", Public),
        ("/account/two-factor", Public),
        ("/account/two-factor/setup", SignedIn),
        ("/account/two-factor/recovery-codes", SignedIn),
        ("/account/two-factor/reset", SignedIn),
        ("/account/two-factor/new-recovery-codes", SignedIn),
        ("/account/recovery-code", Public),
        ("/account/accept-invitation", Public),

        ("/admin", Administrator),
        ("/admin/consultations", Staff),

        ("/feedback", Public),
        ("/contact", Public),
        ("/help", Public),
        ("/services", Public),
        ("/services/insight", Commissioner),
        ("/services/manage", DirectoryEditor),
        ("/services/{id:guid}/history", Staff),
        ("/oruk", Public),
        ("/outcomes", Public),
        ("/indicators", Public),
        ("/api/outcomes", Public),
        ("/api/open-data", Public),
        ("/open-data", Public),
        ("/data", Staff),
        ("/data/turn-the-curve", Staff),
        ("/plan/how-we-will-know", Public),
        ("/have-your-say", Public),
        ("/you-said-we-did", Public),
        ("/updates", Public),
        ("/admin/commitments", Staff),
        ("/safeguarding", SafeguardingLead),
        ("/meetings", Public),
        ("/meetings.ics", Public),
        ("/meetings/actions", BoardMember),
        ("/who-we-are", Public),
        ("/documents", Public),
        ("/information-sharing", Public),
        ("/youth-council", Public),
        ("/youth-council/ask", YouthCouncil),
        ("/youth-council/mailing-list", Public),
        ("/youth-council/join", Public),
        ("/admin/youth-council/newsletters", Administrator),
        ("/admin/youth-council/interest", Administrator),
    ];

    /// <summary>The demo people who stand for each role.</summary>
    private static readonly (string Role, string Email)[] People =
    [
        (Roles.Administrator, "admin@demo.together.example"),
        (Roles.BoardMember, "board@demo.together.example"),
        (Roles.Partner, "partner@demo.together.example"),
        (Roles.Commissioner, "commissioner@demo.together.example"),
        (Roles.SafeguardingLead, "safeguarding@demo.together.example"),
        (Roles.YouthCouncilMember, "youthcouncil@demo.together.example"),
    ];

    public static Access? Declared(string template)
    {
        var match = Table
            .Where(t => t.Prefix == "/" ? template == "/" : template.Equals(t.Prefix, StringComparison.OrdinalIgnoreCase) || template.StartsWith(t.Prefix + "/", StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(t => t.Prefix.Length)
            .Select(t => t.Access)
            .FirstOrDefault();
        return match;
    }

    [Fact]
    public async Task Every_route_answers_each_role_as_declared()
    {
        var routes = GetRoutes();
        Assert.Contains("/admin/people", routes);
        Assert.Contains("/account/sign-in", routes);

        var undeclared = routes.Where(r => Declared(r) is null).ToList();
        Assert.True(undeclared.Count == 0,
            "Declare who may see " + string.Join(", ", undeclared) + " in AuthorizationMatrixTests.Table (tests/Together.Tests/Accounts).");

        var clients = new List<(string Column, string? Role, HtmlClient Client)> { ("anonymous", null, app.CreateHtmlClient()) };
        foreach (var (role, email) in People)
        {
            var client = app.CreateHtmlClient();
            var signedIn = await client.SignInAsync(email);
            Assert.True(signedIn.Status == HttpStatusCode.Redirect && signedIn.Location == "/account", $"{email} could not sign in: {signedIn.Status} {signedIn.Location}");
            clients.Add((role, role, client));
        }

        var failures = new List<string>();
        var matrix = new StringBuilder();
        matrix.AppendLine("route".PadRight(52) + "declared".PadRight(15) + string.Join(" ", clients.Select(c => Abbreviate(c.Column).PadRight(6))));
        foreach (var template in routes)
        {
            var access = Declared(template)!;
            var url = Fill(template);
            var cells = new List<string>();
            foreach (var (column, role, client) in clients)
            {
                var response = await client.Http.GetAsync(url);
                var status = (int)response.StatusCode;
                var location = response.Headers.Location?.OriginalString ?? "";
                var challenged = (status is 302 && location.Contains("/account/sign-in?ReturnUrl=", StringComparison.OrdinalIgnoreCase)) || status == 401;
                var refused = challenged || status == 403;
                cells.Add((status + (challenged ? "→in" : "")).PadRight(6));

                if (status >= 500)
                {
                    failures.Add($"{url} as {column}: {status}");
                }
                else if (access.Allows(role) && refused)
                {
                    failures.Add($"{url} as {column}: expected access ({access.Name}) but got {status} {location}");
                }
                else if (!access.Allows(role) && role is null && !challenged)
                {
                    failures.Add($"{url} anonymously: expected a sign-in challenge ({access.Name}) but got {status} {location}");
                }
                else if (!access.Allows(role) && role is not null && status != 403)
                {
                    failures.Add($"{url} as {column}: expected 403 ({access.Name}) but got {status} {location}");
                }
            }

            matrix.AppendLine(template.PadRight(52) + access.Name.PadRight(15) + string.Join(" ", cells));
        }

        output.WriteLine(matrix.ToString());
        foreach (var (_, _, client) in clients)
        {
            client.Dispose();
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void The_table_is_read_by_longest_prefix()
    {
        Assert.Equal(Public, Declared("/account/sign-in"));
        Assert.Equal(SignedIn, Declared("/account/change-password"));
        Assert.Equal(SignedIn, Declared("/account/two-factor/setup"));
        Assert.Equal(Administrator, Declared("/admin/people/{id}/roles"));
        Assert.Null(Declared("/accounts"));
        Assert.Null(Declared("/new/route"));
    }

    /// <summary>Route templates of every endpoint that answers GET (Razor Pages and minimal APIs).</summary>
    private List<string> GetRoutes()
    {
        var source = app.Services.GetRequiredService<EndpointDataSource>();
        return source.Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods || methods.HttpMethods.Count == 0 || methods.HttpMethods.Contains(HttpMethods.Get))
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Route parameters get a value that should lead to "not found": access is decided before the record is looked up.</summary>
    private static string Fill(string template) =>
        Parameter().Replace(template, m =>
        {
            var name = m.Groups["name"].Value.TrimStart('*');
            var constraints = m.Groups["constraints"].Value;
            return name switch
            {
                "code" => "404",
                "step" => "email",
                _ when constraints.Contains("guid", StringComparison.OrdinalIgnoreCase) => "0f0f0f0f-0000-4000-8000-000000000001",
                _ when constraints.Contains("int", StringComparison.OrdinalIgnoreCase) || constraints.Contains("long", StringComparison.OrdinalIgnoreCase) => "999999",
                _ => "no-such-" + name,
            };
        });

    private static string Abbreviate(string column) => column switch
    {
        "anonymous" => "anon",
        Roles.Administrator => "admin",
        Roles.BoardMember => "board",
        Roles.Partner => "partnr",
        Roles.Commissioner => "commsn",
        Roles.SafeguardingLead => "safegd",
        Roles.YouthCouncilMember => "youth",
        _ => column,
    };

    [GeneratedRegex(@"\{(?<name>\**[A-Za-z_][A-Za-z0-9_]*)(?<constraints>(:[^}=?]+)*)(=[^}]*)?\??\}")]
    private static partial Regex Parameter();
}
