using System.Diagnostics;
using System.Globalization;
using Together.Web.Features.Governance;
using Together.Web.Infrastructure.Files;

// Builds a meeting pack of ITEMS agenda items whose PDF papers add up to PAGES pages, RUNS times, and reports the
// time per pack (first run separately: it includes loading fonts and JIT) and the process's peak memory.
var items = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
var pages = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10;

PdfLibrary.EnsureLicensed();
var paragraph = string.Join(' ', Enumerable.Repeat("The partnership reviewed the evidence from children, young people and families and agreed the actions set out below.", 6));
var packItems = new List<MeetingPack.Item>();
var perItem = pages / items;
var extra = pages % items;
for (var i = 1; i <= items; i++)
{
    var paperPages = perItem + (i <= extra ? 1 : 0);
    // Each page of a paper holds about 40 lines of text, as a real report does.
    var text = Enumerable.Range(1, paperPages * 7).Select(n => n % 7 == 1 ? $"## Section {n / 7 + 1}" : paragraph);
    var pdf = PdfText.Document($"Paper for item {i}", text);
    packItems.Add(new MeetingPack.Item(i, $"Agenda item {i}", "Director of Children's Services", "For decision", null,
        "The board is asked to agree the recommendations in the paper.", [new MeetingPack.Paper($"Paper {i}", pdf)]));
}
var paperPageTotal = packItems.Sum(i => i.Papers.Sum(p => PdfUpload.Check(p.Pdf).PageCount));
var content = new MeetingPack.Content("Trust Board, 14 January 2027", "Children and Young People's Trust", "Thursday 14 January 2027, 2pm", "Macclesfield Town Hall", null, packItems);

var watch = Stopwatch.StartNew();
var first = MeetingPack.Build(content);
var firstMs = watch.Elapsed.TotalMilliseconds;
var times = new List<double>();
var size = first.Length;
for (var run = 0; run < runs; run++)
{
    watch.Restart();
    size = MeetingPack.Build(content).Length;
    times.Add(watch.Elapsed.TotalMilliseconds);
}
times.Sort();
var packPages = PdfUpload.Check(first).PageCount;
using var process = Process.GetCurrentProcess();
Console.WriteLine(FormattableString.Invariant($"items={items} paper_pages={paperPageTotal} pack_pages={packPages} pack_bytes={size}"));
Console.WriteLine(FormattableString.Invariant($"first_ms={firstMs:F0} median_ms={times[times.Count / 2]:F0} max_ms={times[^1]:F0} runs={runs}"));
Console.WriteLine(FormattableString.Invariant($"peak_working_set_mb={process.PeakWorkingSet64 / 1024.0 / 1024.0:F0}"));
