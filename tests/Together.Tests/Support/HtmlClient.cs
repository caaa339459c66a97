using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using OtpNet;
using Together.Web.Features.Accounts;

namespace Together.Tests.Support;

/// <summary>A page as a browser would see it: status, headers and the parsed document.</summary>
public sealed record HtmlPage(HttpResponseMessage Response, IHtmlDocument Document, string Html)
{
    public HttpStatusCode Status => Response.StatusCode;

    public string? Location => Response.Headers.Location?.OriginalString;

    public string Title => Document.Title ?? "";

    public string H1 => Document.QuerySelector("h1")?.TextContent.Trim() ?? "";

    /// <summary>The GOV.UK error summary's messages, in order.</summary>
    public IReadOnlyList<string> ErrorSummary =>
        Document.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim()).ToList();

    public string Text(string selector) => Document.QuerySelector(selector)?.TextContent.Trim() ?? "";

    public IReadOnlyList<string> Texts(string selector) => Document.QuerySelectorAll(selector).Select(e => e.TextContent.Trim()).ToList();

    public string? Value(string selector) =>
        Document.QuerySelector(selector) switch
        {
            IHtmlTextAreaElement area => area.Value,
            IHtmlInputElement input => input.Value,
            _ => null,
        };
}

/// <summary>Drives the site through HTTP the way a person with a browser does, forms, antiforgery tokens and all.</summary>
public sealed class HtmlClient(HttpClient http) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http => http;

    public async Task<HtmlPage> GetAsync(string url)
    {
        var response = await http.GetAsync(url);
        return await ParseAsync(response);
    }

    /// <summary>Follows redirects (GET) until a page is reached.</summary>
    public async Task<HtmlPage> FollowAsync(HtmlPage page)
    {
        var hops = 0;
        while (page.Status is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.RedirectKeepVerb && hops++ < 10)
        {
            page = await GetAsync(page.Location!);
        }

        return page;
    }

    /// <summary>
    /// Submits a form on the page: starts from the form's own fields (hidden inputs, the antiforgery token,
    /// checked boxes, current values) and applies <paramref name="fields"/> on top. A null value removes a field.
    /// </summary>
    public async Task<HtmlPage> SubmitAsync(HtmlPage page, string formSelector, IDictionary<string, string?>? fields = null, string? submitButtonSelector = null) =>
        await SubmitWithFilesAsync(page, formSelector, fields, null, submitButtonSelector);

    /// <summary>An uploaded file for <see cref="SubmitWithFilesAsync"/>: the name the browser sends and the bytes.</summary>
    public sealed record Upload(string FileName, byte[] Content, string ContentType = "application/pdf");

    /// <summary>Submits a form as multipart/form-data with files, as a browser does for a form with a file input.</summary>
    public async Task<HtmlPage> SubmitWithFilesAsync(HtmlPage page, string formSelector, IDictionary<string, string?>? fields, IDictionary<string, Upload>? files, string? submitButtonSelector = null)
    {
        var form = page.Document.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form matches '{formSelector}' on {page.Response.RequestMessage?.RequestUri}. Page title: {page.Title}");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Name: { Length: > 0 } name } input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        values.Add(new(name, input.Value));
                    }

                    break;
                case IHtmlInputElement { Name: { Length: > 0 } name } input when input.Type is not ("submit" or "button" or "file"):
                    values.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement { Name: { Length: > 0 } name } area:
                    values.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement { Name: { Length: > 0 } name } select:
                    values.Add(new(name, select.Value ?? ""));
                    break;
            }
        }

        if (submitButtonSelector is not null && form.QuerySelector(submitButtonSelector) is IElement button && button.GetAttribute("name") is { Length: > 0 } buttonName)
        {
            values.Add(new(buttonName, button.GetAttribute("value") ?? ""));
        }

        if (fields is not null)
        {
            foreach (var (key, value) in fields)
            {
                values.RemoveAll(v => v.Key == key);
                if (value is not null)
                {
                    foreach (var part in value.Split('\u001f'))
                    {
                        values.Add(new(key, part));
                    }
                }
            }
        }

        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? page.Response.RequestMessage!.RequestUri!.PathAndQuery : action;
        if (submitButtonSelector is not null && form.QuerySelector(submitButtonSelector)?.GetAttribute("formaction") is { Length: > 0 } formAction)
        {
            target = formAction;
        }

        HttpContent content = new FormUrlEncodedContent(values);
        if (files is not null)
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (key, value) in values)
            {
                multipart.Add(new StringContent(value), key);
            }
            foreach (var (key, upload) in files)
            {
                var file = new ByteArrayContent(upload.Content);
                file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(upload.ContentType);
                if (upload.FileName.Length == 0)
                {
                    // What a browser sends when no file was chosen: the part, with an empty file name.
                    file.Headers.ContentDisposition = new System.Net.Http.Headers.ContentDispositionHeaderValue("form-data") { Name = $"\"{key}\"", FileName = "\"\"" };
                    multipart.Add(file);
                }
                else
                {
                    multipart.Add(file, key, upload.FileName);
                }
            }
            content = multipart;
        }

        var response = await http.PostAsync(target, content);
        return await ParseAsync(response);
    }

    /// <summary>Several values for one field (checkboxes), for use in the fields dictionary.</summary>
    public static string Many(params string[] values) => string.Join('\u001f', values);

    /// <summary>Signs in with email, password and, for staff, the current authenticator code.</summary>
    public async Task<HtmlPage> SignInAsync(string email, string password = DemoAccounts.Password, string authenticatorKey = DemoAccounts.AuthenticatorKey)
    {
        var page = await GetAsync("/account/sign-in");
        page = await SubmitAsync(page, "form[method=post]", new Dictionary<string, string?> { ["Email"] = email, ["Password"] = password });
        if (page.Location?.Contains("two-factor", StringComparison.OrdinalIgnoreCase) == true)
        {
            page = await GetAsync(page.Location);
            var code = new Totp(Base32Encoding.ToBytes(authenticatorKey)).ComputeTotp();
            page = await SubmitAsync(page, "form[method=post]", new Dictionary<string, string?> { ["Code"] = code });
        }

        return page;
    }

    private static async Task<HtmlPage> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var document = await Parser.ParseDocumentAsync(html);
        return new HtmlPage(response, document, html);
    }

    public void Dispose() => http.Dispose();
}
