using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace Together.Web.Features.Outcomes;

/// <summary>
/// Server-rendered SVG charts: role="img" with a title and description, no script, styled by classes in app.scss.
/// Every chart is shown beside a table of the same numbers, so the chart is never the only way to read them.
/// </summary>
public static class Charts
{
    public sealed record Point(string Label, double? Value, double? Lower, double? Upper);

    public sealed record Line(string Name, string CssClass, IReadOnlyList<double?> Values);

    private static string N(double d) => d.ToString("0.##", CultureInfo.InvariantCulture);

    private static string E(string s) => WebUtility.HtmlEncode(s);

    public static IHtmlContent Sparkline(string title, IReadOnlyList<double?> values)
    {
        const double w = 120, h = 30;
        var present = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"outcomes-sparkline\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"img\"><title>{E(title)}</title>");
        if (present.Count >= 2)
        {
            double min = present.Min(), max = present.Max();
            var span = max - min == 0 ? 1 : max - min;
            var step = values.Count > 1 ? (w - 6) / (values.Count - 1) : 0;
            var pts = new List<string>();
            for (var i = 0; i < values.Count; i++)
            {
                if (values[i] is { } v)
                {
                    pts.Add($"{N(3 + i * step)},{N(h - 3 - (v - min) / span * (h - 6))}");
                }
            }

            sb.Append(CultureInfo.InvariantCulture, $"<polyline class=\"outcomes-sparkline__line\" points=\"{string.Join(' ', pts)}\" />");
            var last = pts[^1].Split(',');
            sb.Append(CultureInfo.InvariantCulture, $"<circle class=\"outcomes-sparkline__end\" cx=\"{last[0]}\" cy=\"{last[1]}\" r=\"2.5\" />");
        }

        sb.Append("</svg>");
        return new HtmlString(sb.ToString());
    }

    /// <summary>Values over time with 95% interval bars and comparator lines.</summary>
    public static IHtmlContent TimeSeries(string id, string title, string description, IReadOnlyList<Point> points, IReadOnlyList<Line> lines)
    {
        const double w = 640, h = 300, left = 56, right = 16, top = 16, bottom = 40;
        var all = points.SelectMany(p => new[] { p.Value, p.Lower, p.Upper }).Concat(lines.SelectMany(l => l.Values)).Where(v => v is not null).Select(v => v!.Value).ToList();
        double min = all.Count == 0 ? 0 : Math.Min(0, all.Min()), max = all.Count == 0 ? 1 : all.Max() * 1.1;
        if (max <= min)
        {
            max = min + 1;
        }

        double X(int i) => left + (points.Count <= 1 ? (w - left - right) / 2 : i * (w - left - right) / (points.Count - 1));
        double Y(double v) => top + (max - v) / (max - min) * (h - top - bottom);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"outcomes-chart\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\"><title id=\"{id}-title\">{E(title)}</title><desc id=\"{id}-desc\">{E(description)}</desc>");
        for (var t = 0; t <= 4; t++)
        {
            var v = min + (max - min) * t / 4;
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"outcomes-chart__grid\" x1=\"{left}\" x2=\"{w - right}\" y1=\"{N(Y(v))}\" y2=\"{N(Y(v))}\" /><text class=\"outcomes-chart__axis\" x=\"{left - 6}\" y=\"{N(Y(v) + 4)}\" text-anchor=\"end\">{E(v.ToString("0.#", CultureInfo.InvariantCulture))}</text>");
        }

        for (var i = 0; i < points.Count; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"outcomes-chart__axis\" x=\"{N(X(i))}\" y=\"{h - bottom + 18}\" text-anchor=\"middle\">{E(points[i].Label)}</text>");
        }

        foreach (var line in lines)
        {
            var segment = new List<string>();
            for (var i = 0; i < line.Values.Count && i < points.Count; i++)
            {
                if (line.Values[i] is { } v)
                {
                    segment.Add($"{N(X(i))},{N(Y(v))}");
                }
            }

            if (segment.Count > 0)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<polyline class=\"outcomes-chart__comparator {line.CssClass}\" points=\"{string.Join(' ', segment)}\" />");
            }
        }

        var main = new List<string>();
        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            if (p.Lower is { } lo && p.Upper is { } hi)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<line class=\"outcomes-chart__interval\" x1=\"{N(X(i))}\" x2=\"{N(X(i))}\" y1=\"{N(Y(lo))}\" y2=\"{N(Y(hi))}\" />");
                sb.Append(CultureInfo.InvariantCulture, $"<line class=\"outcomes-chart__interval\" x1=\"{N(X(i) - 5)}\" x2=\"{N(X(i) + 5)}\" y1=\"{N(Y(lo))}\" y2=\"{N(Y(lo))}\" /><line class=\"outcomes-chart__interval\" x1=\"{N(X(i) - 5)}\" x2=\"{N(X(i) + 5)}\" y1=\"{N(Y(hi))}\" y2=\"{N(Y(hi))}\" />");
            }

            if (p.Value is { } v)
            {
                main.Add($"{N(X(i))},{N(Y(v))}");
                sb.Append(CultureInfo.InvariantCulture, $"<circle class=\"outcomes-chart__point\" cx=\"{N(X(i))}\" cy=\"{N(Y(v))}\" r=\"4\" />");
            }
        }

        if (main.Count > 1)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<polyline class=\"outcomes-chart__line\" points=\"{string.Join(' ', main)}\" />");
        }

        sb.Append("</svg>");
        return new HtmlString(sb.ToString());
    }

    /// <summary>Ranked horizontal bars with 95% intervals and a reference line at the Cheshire East value.</summary>
    public static IHtmlContent RankedBars(string id, string title, string description, IReadOnlyList<Point> bars, double? reference, string referenceLabel)
    {
        const double w = 640, left = 130, right = 24, top = 12, row = 24;
        var h = top + bars.Count * row + 30;
        var all = bars.SelectMany(p => new[] { p.Value, p.Upper }).Append(reference).Where(v => v is not null).Select(v => v!.Value).ToList();
        var max = all.Count == 0 ? 1 : all.Max() * 1.1;
        if (max <= 0)
        {
            max = 1;
        }

        double X(double v) => left + v / max * (w - left - right);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"outcomes-chart\" viewBox=\"0 0 {w} {N(h)}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\"><title id=\"{id}-title\">{E(title)}</title><desc id=\"{id}-desc\">{E(description)}</desc>");
        for (var i = 0; i < bars.Count; i++)
        {
            var b = bars[i];
            var y = top + i * row;
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"outcomes-chart__axis\" x=\"{left - 6}\" y=\"{N(y + 15)}\" text-anchor=\"end\">{E(b.Label)}</text>");
            if (b.Value is { } v)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<rect class=\"outcomes-chart__bar\" x=\"{left}\" y=\"{N(y + 4)}\" width=\"{N(Math.Max(0, X(v) - left))}\" height=\"{row - 8}\" />");
                if (b.Lower is { } lo && b.Upper is { } hi)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"<line class=\"outcomes-chart__interval\" x1=\"{N(X(lo))}\" x2=\"{N(X(hi))}\" y1=\"{N(y + row / 2)}\" y2=\"{N(y + row / 2)}\" />");
                }
            }
            else
            {
                sb.Append(CultureInfo.InvariantCulture, $"<text class=\"outcomes-chart__axis\" x=\"{left + 4}\" y=\"{N(y + 15)}\">not shown</text>");
            }
        }

        if (reference is { } r)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"outcomes-chart__reference\" x1=\"{N(X(r))}\" x2=\"{N(X(r))}\" y1=\"{top}\" y2=\"{N(h - 24)}\" /><text class=\"outcomes-chart__axis\" x=\"{N(X(r))}\" y=\"{N(h - 8)}\" text-anchor=\"middle\">{E(referenceLabel)}</text>");
        }

        sb.Append("</svg>");
        return new HtmlString(sb.ToString());
    }
}
