using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Areas;
using Together.Web.Features.Outcomes.Caching;
using Together.Web.Infrastructure.Database;

namespace Together.Web.Features.Outcomes;

/// <summary>One figure as typed in a file, a form or the API: text, checked here.</summary>
public sealed record FigureInput(
    string? Indicator, string? Area, string? Period, string? Breakdown, string? Category,
    string? Count, string? Denominator, string? Value, string? StandardDeviation, string? Note);

/// <summary>Why a row was refused: line (1 is the header in a file), column and reason.</summary>
public sealed record InputError(int Line, string Column, string Message)
{
    public override string ToString() => Line > 0 ? $"Line {Line}, column {Column}: {Message}" : $"{Column}: {Message}";
}

/// <summary>Who is sending figures. Partners may send only for the indicators their organisation owns.</summary>
public sealed record Submitter(string Name, Guid? OrganisationId, bool IsAdministrator);

public sealed record SubmissionResult(IReadOnlyList<InputError> Errors, int Added, int Corrected, int Unchanged)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Checks and stores figures, all or nothing: any error in any row means nothing is stored. Values are calculated by
/// the statistics library from counts; every change keeps the previous version as a revision.
/// </summary>
public sealed class FigureSubmissions(TogetherDbContext db, TimeProvider clock)
{
    public const int MaxNoteLength = 1000;

    public async Task<SubmissionResult> SubmitAsync(IReadOnlyList<(int Line, FigureInput Input)> rows, Submitter who, string? sourceFile, string? reason, CancellationToken cancellationToken)
    {
        var errors = new List<InputError>();
        var indicators = (await db.Indicators.ToListAsync(cancellationToken))
            .ToDictionary(i => i.Code, StringComparer.OrdinalIgnoreCase);
        var areas = (await db.Areas.Select(a => a.Id).ToListAsync(cancellationToken)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var seen = new Dictionary<(Guid, string, string, BreakdownDimension, string), int>();
        var valid = new List<CheckedRow>(rows.Count);

        // Rows are checked independently, so in parallel (in file order for the report); repeats are found afterwards.
        var checkedRows = rows.AsParallel().AsOrdered()
            .Select(r => Check(r.Line, r.Input, indicators, areas, who))
            .ToList();
        foreach (var (rowErrors, row) in checkedRows)
        {
            if (rowErrors.Count > 0)
            {
                errors.AddRange(rowErrors);
                continue;
            }

            if (seen.TryGetValue(row!.Key, out var firstLine))
            {
                errors.Add(new(row.Line, "indicator", $"This row repeats line {firstLine} (same indicator, area, period and breakdown)"));
                continue;
            }

            seen[row.Key] = row.Line;
            valid.Add(row);
        }

        if (errors.Count > 0)
        {
            return new SubmissionResult(errors, 0, 0, 0);
        }
        var indicatorIds = valid.Select(v => v.Indicator.Id).Distinct().ToList();
        var periods = valid.Select(v => v.Period).Distinct().ToList();
        var existing = (await db.IndicatorValues
                .Where(v => indicatorIds.Contains(v.IndicatorId) && periods.Contains(v.Period))
                .ToListAsync(cancellationToken))
            .ToDictionary(v => (v.IndicatorId, v.AreaId, v.Period, v.Dimension, v.Category.ToLowerInvariant()));
        var now = clock.GetUtcNow().UtcDateTime;
        var addedReason = string.IsNullOrWhiteSpace(reason) ? "First published" : reason.Trim();
        var correctedReason = string.IsNullOrWhiteSpace(reason) ? "Corrected" : reason.Trim();
        // New figures and every revision row are written in bulk (BulkInsert), not tracked: at 100,000 rows the change
        // tracker was most of the upload's time. Corrections change tracked rows and are saved as usual.
        var newValues = new List<IndicatorValue>();
        var revisions = new List<IndicatorValueRevision>(valid.Count);
        var unchanged = 0;
        foreach (var v in valid)
        {
            if (existing.TryGetValue(v.Key, out var current))
            {
                if (current.Count == v.Count && current.Denominator == v.Denominator && current.StandardDeviation == v.Sd && current.Value == v.Figure.Value && current.Note == v.Note)
                {
                    unchanged++;
                    continue;
                }

                Apply(current, v.Count, v.Denominator, v.Sd, v.Note, v.Figure, now);
                current.Revision++;
                revisions.Add(Revision(current, who, now, sourceFile, correctedReason));
            }
            else
            {
                var value = new IndicatorValue
                {
                    Id = Guid.CreateVersion7(now),
                    IndicatorId = v.Indicator.Id,
                    AreaId = v.Area,
                    Period = v.Period,
                    PeriodStart = v.Start,
                    PeriodEnd = v.End,
                    Dimension = v.Dimension,
                    Category = v.Category,
                    Revision = 1,
                };
                Apply(value, v.Count, v.Denominator, v.Sd, v.Note, v.Figure, now);
                newValues.Add(value);
                revisions.Add(Revision(value, who, now, sourceFile, addedReason));
            }
        }

        var corrected = revisions.Count - newValues.Count;
        // Disclosure control is decided again for every indicator and period touched, over all its figures.
        var localities = await OutcomesDisclosure.LocalitiesAsync(db, cancellationToken);
        var touched = valid.Select(v => (v.Indicator.Id, v.Period)).ToHashSet();
        var byId = indicators.Values.ToDictionary(i => i.Id);
        // Each indicator's figures are decided on their own, so indicators are decided in parallel, and on other
        // threads than this one, which meanwhile writes what does not depend on the decisions. Only plain properties of
        // the figures change there; the context is not touched until the decisions are all made.
        var groups = existing.Values.Concat(newValues).Where(v => touched.Contains((v.IndicatorId, v.Period))).GroupBy(v => v.IndicatorId).ToList();
        var decisions = Task.Run(() => Parallel.ForEach(groups, group => OutcomesReader.Decide(byId[group.Key], group, localities)), cancellationToken);

        // All or nothing: the bulk rows, the corrections and the calendar are committed together.
        await using var largeWrite = await BulkInsert.LargeWriteAsync(db, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (newValues.Count > 0)
        {
            // Bulk rows bypass the change watcher, so the public read model is emptied here, before and after the commit.
            PublicOutcomes.Invalidate();
        }

        if (db.Database.IsSqlite())
        {
            // Revisions carry no disclosure decision, so they go in while the decisions are made. Their figures are
            // not written yet, so the foreign keys are checked at commit instead of row by row (SQLite resets this at
            // the end of the transaction). PostgreSQL's constraints are not deferrable, so there the figures go first.
            await db.Database.ExecuteSqlRawAsync("PRAGMA defer_foreign_keys = ON", cancellationToken);
            await BulkInsert.InsertAsync(db, revisions, cancellationToken);
            await decisions;
            await BulkInsert.InsertAsync(db, newValues, cancellationToken);
        }
        else
        {
            await decisions;
            await BulkInsert.InsertAsync(db, newValues, cancellationToken);
            await BulkInsert.InsertAsync(db, revisions, cancellationToken);
        }

        // The one place figures arrive, so the submission calendar learns of every form, file and API call here.
        var via = sourceFile is null ? "Form" : sourceFile == "API" ? "API" : $"CSV upload ({sourceFile})";
        await SubmissionCalendar.MarkReceivedAsync(db, touched, via, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        PublicOutcomes.Invalidate();
        return new SubmissionResult([], newValues.Count, corrected, unchanged);
    }

    private sealed record CheckedRow(int Line, Indicator Indicator, string Area, string Period, DateOnly Start, DateOnly End, BreakdownDimension Dimension,
        string Category, int? Count, double? Denominator, double? Sd, string? Note, CalculatedFigure Figure)
    {
        /// <summary>What makes a figure unique: repeats in a file and figures already held are found by it.</summary>
        public (Guid, string, string, BreakdownDimension, string) Key { get; } = (Indicator.Id, Area, Period, Dimension, Category.ToLowerInvariant());
    }

    /// <summary>Checks one row on its own: every error in it, or the figure it describes.</summary>
    private static (List<InputError> Errors, CheckedRow? Row) Check(int line, FigureInput input, Dictionary<string, Indicator> indicators, HashSet<string> areas, Submitter who)
    {
        var errors = new List<InputError>();
        var code = input.Indicator?.Trim() ?? "";
        indicators.TryGetValue(code, out var indicator);
        if (code.Length == 0)
        {
            errors.Add(new(line, "indicator", "Enter the indicator code"));
        }
        else if (indicator is null)
        {
            errors.Add(new(line, "indicator", $"There is no indicator with the code '{code}'"));
        }
        else if (!who.IsAdministrator && indicator.DataOwnerId != who.OrganisationId)
        {
            errors.Add(new(line, "indicator", $"Your organisation is not the data owner for '{indicator.Code}', so it cannot send figures for it"));
        }

        var area = input.Area?.Trim().ToLowerInvariant() ?? "";
        if (area.Length == 0)
        {
            errors.Add(new(line, "area", "Enter the area code, for example cheshire-east or crewe"));
        }
        else if (!areas.Contains(area))
        {
            errors.Add(new(line, "area", $"There is no area with the code '{input.Area!.Trim()}'"));
        }

        var period = input.Period?.Trim() ?? "";
        DateOnly start = default, end = default;
        if (period.Length == 0)
        {
            errors.Add(new(line, "period", "Enter the period"));
        }
        else if (indicator is not null && !Periods.TryParse(indicator.PeriodType, period, out start, out end))
        {
            errors.Add(new(line, "period", $"'{period}' is not a {Periods.Describe(indicator.PeriodType).ToLowerInvariant()}; write it like {Periods.Format(indicator.PeriodType)}"));
        }

        var dimensionKnown = Figures.TryParseDimension(input.Breakdown, out var dimension);
        if (!dimensionKnown)
        {
            errors.Add(new(line, "breakdown", $"'{input.Breakdown}' is not a breakdown; use all, sex, age-band, send, cared-for or ethnicity"));
        }

        var category = input.Category?.Trim() ?? "";
        if (!dimensionKnown)
        {
            // The breakdown is already reported; the category cannot be judged without it.
        }
        else if (dimension == BreakdownDimension.All && category.Length > 0 && !category.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new(line, "category", "Leave the category empty when the breakdown is all"));
        }
        else if (dimension != BreakdownDimension.All && category.Length == 0)
        {
            errors.Add(new(line, "category", "Enter the group within the breakdown, for example Female"));
        }
        else if (category.Length > 60)
        {
            errors.Add(new(line, "category", "The category must be 60 characters or fewer"));
        }

        if (dimension == BreakdownDimension.All)
        {
            category = "";
        }

        var count = ParseInt(input.Count, line, "count", errors);
        var denominator = ParseNumber(input.Denominator, line, "denominator", errors);
        var value = ParseNumber(input.Value, line, "value", errors);
        var sd = ParseNumber(input.StandardDeviation, line, "standard_deviation", errors);
        var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        if (note?.Length > MaxNoteLength)
        {
            errors.Add(new(line, "note", $"The note must be {MaxNoteLength} characters or fewer"));
        }

        if (errors.Count > 0 || indicator is null)
        {
            return (errors, null);
        }

        var (figure, column, error) = Figures.Calculate(indicator, count, denominator, value, sd);
        if (figure is null)
        {
            errors.Add(new(line, column!, error!));
            return (errors, null);
        }

        return (errors, new CheckedRow(line, indicator, area, period, start, end, dimension, category, count, denominator, sd, note, figure));
    }

    private static void Apply(IndicatorValue value, int? count, double? denominator, double? sd, string? note, CalculatedFigure figure, DateTime now)
    {
        value.Count = count;
        value.Denominator = denominator;
        value.StandardDeviation = sd;
        value.Value = figure.Value;
        value.Lower95 = figure.Lower95;
        value.Upper95 = figure.Upper95;
        value.Lower998 = figure.Lower998;
        value.Upper998 = figure.Upper998;
        value.Origin = figure.Origin;
        value.Note = note;
        value.UpdatedAt = now;
    }

    internal static IndicatorValueRevision Revision(IndicatorValue value, Submitter who, DateTime now, string? sourceFile, string reason) => new()
    {
        Id = Guid.CreateVersion7(now),
        IndicatorValueId = value.Id,
        Revision = value.Revision,
        Count = value.Count,
        Denominator = value.Denominator,
        StandardDeviation = value.StandardDeviation,
        Value = value.Value,
        Lower95 = value.Lower95,
        Upper95 = value.Upper95,
        Note = value.Note,
        ChangedBy = who.Name,
        ChangedAt = now,
        SourceFile = sourceFile is { Length: > 260 } ? sourceFile[..260] : sourceFile,
        Reason = reason.Length > 500 ? reason[..500] : reason,
    };

    private static int? ParseInt(string? text, int line, string column, List<InputError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim().Replace(",", "", StringComparison.Ordinal);
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            errors.Add(new(line, column, $"'{text}' is not a whole number"));
            return null;
        }

        if (n < 0)
        {
            errors.Add(new(line, column, $"The {column} cannot be negative"));
            return null;
        }

        if (n > int.MaxValue)
        {
            errors.Add(new(line, column, $"The {column} is too large"));
            return null;
        }

        return (int)n;
    }

    private static double? ParseNumber(string? text, int line, string column, List<InputError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim().Replace(",", "", StringComparison.Ordinal);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || !double.IsFinite(n))
        {
            errors.Add(new(line, column, $"'{text}' is not a number"));
            return null;
        }

        if (n < 0 && column != "value")
        {
            errors.Add(new(line, column, $"The {column.Replace('_', ' ')} cannot be negative"));
            return null;
        }

        return n;
    }
}
