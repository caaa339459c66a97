#!/usr/bin/env python3
"""Fills a Together SQLite database (already migrated and loaded with demo content) with a national-scale outcomes store:
150 areas x 300 indicators x 10 periods x 4 breakdowns (all, female, male, SEN support) = 1,800,000 figures, with counts,
denominators, values and Wilson 95% intervals calculated as the app does, and writes a 100,000-row CSV for the upload test.

Usage: generate.py DATABASE CSV_OUT
"""
import math, random, sqlite3, sys, uuid

AREAS, INDICATORS, PERIODS = 150, 300, 10
FIRST_YEAR = 2016
Z = 1.959964

def wilson(o, n):
    p = o / n
    a = 2 * o + Z * Z
    b = Z * math.sqrt(Z * Z + 4 * o * (1 - p))
    c = 2 * (n + Z * Z)
    return 100 * p, 100 * (a - b) / c, 100 * (a + b) / c

def gid():
    # EF Core stores Guid as upper-case text on SQLite.
    return str(uuid.uuid4()).upper()

def main(path, csv_path):
    random.seed(20261123)
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=OFF")
    existing = [r[0] for r in db.execute('SELECT "Id" FROM "Areas" ORDER BY "SortOrder"')]
    areas = list(existing)
    n = 0
    while len(areas) < AREAS:
        n += 1
        area = f"bench-la-{n:03d}"
        db.execute('INSERT INTO "Areas" ("Id", "Name", "Kind", "ParentId", "GssCode", "SortOrder") VALUES (?, ?, ?, ?, ?, ?)',
                   (area, f"Benchmark authority {n}", "LocalAuthority", "england", None, 1000 + n))
        areas.append(area)
    size = {a: 600000 if a == "england" else 80000 if a == "north-west" else 30000 if a == "cheshire-east" else random.randint(2500, 20000) for a in areas}
    now = "2026-11-23 09:00:00"
    indicators = []
    for k in range(INDICATORS):
        iid = gid()
        indicators.append((iid, f"BENCH-{k + 1:03d}"))
        db.execute('''INSERT INTO "Indicators" ("Id", "Code", "Title", "Definition", "Rationale", "NumeratorDefinition", "DenominatorDefinition", "Source",
            "DataOwnerId", "ValueType", "Multiplier", "DecimalPlaces", "Polarity", "PeriodType", "CiMethod", "ComparisonMethod", "RbaKind",
            "OutcomeNumbers", "FocusAreas", "StatementNumbers", "TargetValue", "TargetDate", "IsPublished", "IsDemonstration", "UpdatedAt")
            VALUES (?, ?, ?, 'Benchmark definition.', 'Benchmark.', 'Children counted', 'Children in the cohort', 'Benchmark data (generated)',
            NULL, 'Proportion', 100, 1, ?, 'FinancialYear', 'WilsonScore', 'ConfidenceInterval95', 'PopulationIndicator', ?, '', ?, ?, ?, 1, 1, ?)''',
            (iid, f"BENCH-{k + 1:03d}", f"Benchmark indicator {k + 1}", "HighIsGood" if k % 2 == 0 else "LowIsGood",
             str(1 + k % 6), str(1 + k % 7), 75.0 if k % 5 == 0 else None, "2027-03-31" if k % 5 == 0 else None, now))
    rows = []
    def flush():
        db.executemany('''INSERT INTO "IndicatorValues" ("Id", "IndicatorId", "AreaId", "Period", "PeriodStart", "PeriodEnd", "Dimension", "Category",
            "Count", "Denominator", "Value", "Lower95", "Upper95", "Origin", "Revision", "UpdatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Calculated', 1, ?)''', rows)
        rows.clear()
    for iid, code in indicators:
        base = random.uniform(0.2, 0.8)
        trend = random.uniform(-0.01, 0.01)
        for area in areas:
            shift = random.uniform(0.85, 1.15)
            for y in range(PERIODS):
                year = FIRST_YEAR + y
                label = f"{year}/{(year + 1) % 100:02d}"
                start, end = f"{year}-04-01", f"{year + 1}-03-31"
                p = min(0.95, max(0.05, (base + trend * y) * shift))
                total = size[area]
                female = int(total * 0.49)
                sen = int(total * 0.13)
                parts = [("All", "", total), ("Sex", "Female", female), ("Sex", "Male", total - female), ("Send", "SEN support", sen)]
                counts = {}
                for dim, cat, den in parts:
                    if dim == "Sex" and cat == "Male":
                        count = counts[("All", "")] - counts[("Sex", "Female")]
                    else:
                        count = max(5, min(den - 5, int(round(random.gauss(den * p, math.sqrt(den * p * (1 - p)))))))
                    counts[(dim, cat)] = count
                    value, lo, hi = wilson(count, den)
                    rows.append((gid(), iid, area, label, start, end, dim, cat, count, float(den), value, lo, hi, now))
        if len(rows) > 100000:
            flush()
    flush()
    db.commit()
    # The upload: 100,000 new figures for 2026/27 (200 indicators x 125 areas x all/female/male/SEN support), all valid.
    with open(csv_path, "w", encoding="utf-8", newline="") as f:
        f.write("indicator,area,period,breakdown,category,count,denominator,value,standard_deviation,note\n")
        for _, code in indicators[:200]:
            for area in areas[:125]:
                total = size[area]
                female = int(total * 0.49)
                all_count = int(total * 0.5)
                female_count = int(female * 0.5)
                f.write(f"{code},{area},2026/27,all,,{all_count},{total},,,\n")
                f.write(f"{code},{area},2026/27,sex,Female,{female_count},{female},,,\n")
                f.write(f"{code},{area},2026/27,sex,Male,{all_count - female_count},{total - female},,,\n")
                f.write(f"{code},{area},2026/27,send,SEN support,{int(total * 0.13 * 0.5)},{int(total * 0.13)},,,\n")
    print(f"{len(areas)} areas, {len(indicators)} indicators, {db.execute('SELECT COUNT(*) FROM IndicatorValues').fetchone()[0]} figures")
    db.close()

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
