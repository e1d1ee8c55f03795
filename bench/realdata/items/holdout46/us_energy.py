"""US economy and energy series (fpp3's us_change and us_gasoline, fpp2's usmelec).

``us_change``: quarterly percentage changes of US real personal consumption expenditure
(``Consumption``), disposable income (``Income``), industrial production (``Production``) and
personal savings (``Savings``), and the change of the unemployment rate in points
(``Unemployment``), 1970 Q1 – 2019 Q2, ``Quarter`` typed DATE (the first day of the quarter).
``us_gasoline``: US finished motor gasoline product supplied, million barrels per day, one row per
week 1991 W06 – 2017 W03, ``Week`` typed DATE (the Monday the ISO week starts on), ``Barrels``.
``usmelec``: US total net electricity generation, billion kWh, one row per month January 1973 –
June 2013, ``time`` typed DATE (the first of the month) and ``value``.

Joins (all key-join, on a date truncated to the other table's period): ``DATE_TRUNC('quarter',
us_gasoline.Week)`` → ``us_change.Quarter`` (all 1,355 weeks, 105 quarters 1991 Q1 – 2017 Q1);
``DATE_TRUNC('quarter', usmelec.time)`` → ``us_change.Quarter`` (all 486 months, 162 quarters
1973 Q1 – 2013 Q2); ``DATE_TRUNC('month', us_gasoline.Week)`` → ``usmelec.time`` (1,169 weeks
of February 1991 – June 2013). A quarter holds 3 months and 12–14 weeks, so a figure of the
finer table is aggregated per quarter (or month) before it meets the coarser one.
"""

from itemdef import Q

DB = "us_energy"
GC = "FROM us_gasoline g JOIN us_change c ON DATE_TRUNC('quarter', g.Week) = c.Quarter"
MC = "FROM usmelec m JOIN us_change c ON DATE_TRUNC('quarter', m.time) = c.Quarter"
GM = "FROM us_gasoline g JOIN usmelec m ON DATE_TRUNC('month', g.Week) = m.time"

ITEMS = [
    Q(
        "usen-01",
        "quarterly change in US consumer spending since 2000",
        "line",
        "Quarter",
        "Consumption",
        sql="SELECT Quarter AS x, Consumption AS y FROM us_change"
        " WHERE Quarter >= DATE '2000-01-01' ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line condition-year-range",
    ),
    Q(
        "usen-02",
        "average quarterly income growth per year",
        "line",
        "year(Quarter)",
        "avg(Income)",
        sql="SELECT YEAR(Quarter) AS x, AVG(Income) AS y FROM us_change GROUP BY x ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line temporal-bin",
    ),
    Q(
        "usen-03",
        "How many quarters did consumption shrink?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM us_change WHERE Consumption < 0",
        hard="Easy",
        tags="kpi count-of-entity condition-number",
    ),
    Q(
        "usen-04",
        "5 worst quarters for consumption growth",
        "bar",
        "Quarter",
        "Consumption",
        sql="SELECT Quarter AS x, Consumption AS y FROM us_change ORDER BY y, x LIMIT 5",
        sort="y",
        hard="Medium",
        tags="top-n",
    ),
    Q(
        "usen-05",
        "histogram of the quarterly savings changes, 10-point bins",
        "bar",
        "Savings",
        "count(*)",
        sql="SELECT FLOOR(Savings / 10) * 10 AS x, COUNT(*) AS y FROM us_change GROUP BY x ORDER BY x",
        hard="Medium",
        tags="histogram",
    ),
    Q(
        "usen-06",
        "income growth (x) vs consumption growth (y), each quarter as a point",
        "point",
        "Income",
        "Consumption",
        sql="SELECT Income AS x, Consumption AS y FROM us_change",
        hard="Easy",
        tags="scatter",
    ),
    Q(
        "usen-07",
        "quarters when the unemployment rate jumped by a full point or more",
        "bar",
        "Quarter",
        "Unemployment",
        sql="SELECT Quarter AS x, Unemployment AS y FROM us_change WHERE Unemployment >= 1"
        " ORDER BY x",
        hard="Medium",
        tags="condition-number",
    ),
    Q(
        "usen-08",
        "average industrial production growth by decade",
        "bar",
        "decade",
        "avg(Production)",
        sql="SELECT FLOOR(YEAR(Quarter) / 10) * 10 AS x, AVG(Production) AS y FROM us_change"
        " GROUP BY x ORDER BY x",
        hard="Hard",
        tags="temporal-bin",
    ),
    Q(
        "usen-09",
        "years where income grew more than 1.2% a quarter on average",
        "bar",
        "year(Quarter)",
        "avg(Income)",
        sql="SELECT YEAR(Quarter) AS x, AVG(Income) AS y FROM us_change GROUP BY x"
        " HAVING AVG(Income) > 1.2 ORDER BY x",
        hard="Hard",
        tags="having temporal-bin",
    ),
    Q(
        "usen-10",
        "biggest quarterly rise in unemployment each year in the 70s and 80s",
        "bar",
        "year(Quarter)",
        "max(Unemployment)",
        sql="SELECT YEAR(Quarter) AS x, MAX(Unemployment) AS y FROM us_change"
        " WHERE YEAR(Quarter) BETWEEN 1970 AND 1989 GROUP BY x ORDER BY x",
        hard="Medium",
        tags="temporal-bin min-max condition-year-range",
    ),
    Q(
        "usen-11",
        "average consumption growth in 2008",
        "kpi",
        None,
        "avg(Consumption)",
        sql="SELECT AVG(Consumption) AS y FROM us_change WHERE YEAR(Quarter) = 2008",
        hard="Easy",
        tags="kpi condition-year",
    ),
    Q(
        "usen-12",
        "weekly gasoline supplied in 2008",
        "line",
        "Week",
        "Barrels",
        sql="SELECT Week AS x, Barrels AS y FROM us_gasoline WHERE YEAR(Week) = 2008 ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line condition-year",
    ),
    Q(
        "usen-13",
        "average gasoline demand per year, million barrels a day",
        "line",
        "year(Week)",
        "avg(Barrels)",
        sql="SELECT YEAR(Week) AS x, AVG(Barrels) AS y FROM us_gasoline GROUP BY x ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line temporal-bin",
    ),
    Q(
        "usen-14",
        "month by month average of weekly gasoline product supplied, 2015 and 2016",
        "line",
        "month(Week)",
        "avg(Barrels)",
        sql="SELECT DATE_TRUNC('month', Week) AS x, AVG(Barrels) AS y FROM us_gasoline"
        " WHERE YEAR(Week) IN (2015, 2016) GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line temporal-bin condition-year-range",
    ),
    Q(
        "usen-15",
        "top 10 weeks for gasoline supplied",
        "bar",
        "Week",
        "Barrels",
        sql="SELECT Week AS x, Barrels AS y FROM us_gasoline ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Medium",
        tags="top-n",
    ),
    Q(
        "usen-16",
        "In how many weeks did gasoline supplied exceed 9.5 million barrels per day?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM us_gasoline WHERE Barrels > 9.5",
        hard="Easy",
        tags="kpi count-of-entity condition-number",
    ),
    Q(
        "usen-17",
        "distribution of weekly gasoline volumes in bins of 0.25 million barrels/day",
        "bar",
        "Barrels",
        "count(*)",
        sql="SELECT FLOOR(Barrels / 0.25) * 0.25 AS x, COUNT(*) AS y FROM us_gasoline"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="histogram",
    ),
    Q(
        "usen-18",
        "lowest weekly gasoline figure since 2000",
        "kpi",
        None,
        "min(Barrels)",
        sql="SELECT MIN(Barrels) AS y FROM us_gasoline WHERE Week >= DATE '2000-01-01'",
        hard="Medium",
        tags="kpi min-max condition-year-range",
    ),
    Q(
        "usen-19",
        "which years averaged more than 9.2 million barrels a day of gasoline?",
        "bar",
        "year(Week)",
        "avg(Barrels)",
        sql="SELECT YEAR(Week) AS x, AVG(Barrels) AS y FROM us_gasoline GROUP BY x"
        " HAVING AVG(Barrels) > 9.2 ORDER BY x",
        hard="Hard",
        tags="having temporal-bin",
    ),
    Q(
        "usen-20",
        "US electricity generation by month since 2010",
        "line",
        "time",
        "value",
        sql="SELECT time AS x, value AS y FROM usmelec WHERE time >= DATE '2010-01-01' ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line condition-year-range abbreviation",
    ),
    Q(
        "usen-21",
        "total net electricity generation each year",
        "line",
        "year(time)",
        "sum(value)",
        sql="SELECT YEAR(time) AS x, SUM(value) AS y FROM usmelec GROUP BY x ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line temporal-bin abbreviation",
    ),
    Q(
        "usen-22",
        "pie of electricity generated in 2010, 2011 and 2012",
        "arc",
        "year(time)",
        "sum(value)",
        sql="SELECT YEAR(time) AS x, SUM(value) AS y FROM usmelec"
        " WHERE YEAR(time) BETWEEN 2010 AND 2012 GROUP BY x ORDER BY x",
        hard="Medium",
        tags="share temporal-bin condition-year-range abbreviation",
    ),
    Q(
        "usen-23",
        "months when more than 400 billion kWh of electricity were generated",
        "bar",
        "time",
        "value",
        sql="SELECT time AS x, value AS y FROM usmelec WHERE value > 400 ORDER BY x",
        hard="Medium",
        tags="condition-number abbreviation",
    ),
    Q(
        "usen-24",
        "highest monthly power generation in each year since 2000",
        "line",
        "year(time)",
        "max(value)",
        sql="SELECT YEAR(time) AS x, MAX(value) AS y FROM usmelec WHERE YEAR(time) >= 2000"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line temporal-bin min-max condition-year-range abbreviation",
    ),
    Q(
        "usen-25",
        "histogram of monthly electricity output with 25 billion kWh bins",
        "bar",
        "value",
        "count(*)",
        sql="SELECT FLOOR(value / 25) * 25 AS x, COUNT(*) AS y FROM usmelec GROUP BY x ORDER BY x",
        hard="Medium",
        tags="histogram abbreviation",
    ),
    Q(
        "usen-26",
        "highest monthly electricity generation in the 1970s",
        "kpi",
        None,
        "max(value)",
        sql="SELECT MAX(value) AS y FROM usmelec WHERE YEAR(time) BETWEEN 1970 AND 1979",
        hard="Medium",
        tags="kpi min-max condition-year-range abbreviation",
    ),
    Q(
        "usen-27",
        "average weekly gasoline supplied (x) vs consumption growth (y), one point per quarter",
        "point",
        "avg(g.Barrels)",
        "c.Consumption",
        sql=f"SELECT AVG(g.Barrels) AS x, c.Consumption AS y {GC} GROUP BY c.Quarter, c.Consumption",
        hard="Extra Hard",
        tags="scatter join key-join temporal-bin",
    ),
    Q(
        "usen-28",
        "average weekly gasoline supplied in the quarters when consumption fell",
        "kpi",
        None,
        "avg(g.Barrels)",
        sql=f"SELECT AVG(g.Barrels) AS y {GC} WHERE c.Consumption < 0",
        hard="Hard",
        tags="kpi join key-join condition-number",
    ),
    Q(
        "usen-29",
        "electricity generated per quarter in the quarters since 2000 when industrial production"
        " fell",
        "bar",
        "Quarter",
        "sum(m.value)",
        sql=f"SELECT c.Quarter AS x, SUM(m.value) AS y {MC}"
        " WHERE c.Production < 0 AND c.Quarter >= DATE '2000-01-01' GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join key-join condition-number condition-year-range abbreviation",
    ),
    Q(
        "usen-30",
        "production growth (x) against electricity generated (y) by quarter",
        "point",
        "c.Production",
        "sum(m.value)",
        sql=f"SELECT c.Production AS x, SUM(m.value) AS y {MC} GROUP BY c.Quarter, c.Production",
        hard="Extra Hard",
        tags="scatter join key-join temporal-bin abbreviation",
    ),
    Q(
        "usen-31",
        "How many months topped 350 billion kWh in quarters when unemployment was rising?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y {MC} WHERE m.value > 350 AND c.Unemployment > 0",
        hard="Hard",
        tags="kpi count-of-entity join key-join condition-number abbreviation",
    ),
    Q(
        "usen-32",
        "average weekly gasoline supplied per year, counting only quarters with positive income"
        " growth",
        "line",
        "year(Week)",
        "avg(g.Barrels)",
        sql=f"SELECT YEAR(g.Week) AS x, AVG(g.Barrels) AS y {GC} WHERE c.Income > 0"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Extra Hard",
        tags="time-line temporal-bin join key-join condition-number",
    ),
    Q(
        "usen-33",
        "monthly electricity generation (x) vs that month's average weekly gasoline supplied (y)",
        "point",
        "m.value",
        "avg(g.Barrels)",
        sql=f"SELECT m.value AS x, AVG(g.Barrels) AS y {GM} GROUP BY m.time, m.value",
        hard="Extra Hard",
        tags="scatter join key-join temporal-bin abbreviation",
    ),
    Q(
        "usen-34",
        "average weekly gasoline supplied in months when electricity generation was over 400"
        " billion kWh",
        "kpi",
        None,
        "avg(g.Barrels)",
        sql=f"SELECT AVG(g.Barrels) AS y {GM} WHERE m.value > 400",
        hard="Hard",
        tags="kpi join key-join condition-number abbreviation",
    ),
    Q(
        "usen-35",
        "for each quarter where consumption dropped, the average weekly gasoline supplied",
        "bar",
        "Quarter",
        "avg(g.Barrels)",
        sql=f"SELECT c.Quarter AS x, AVG(g.Barrels) AS y {GC} WHERE c.Consumption < 0"
        " GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join key-join condition-number",
    ),
    Q(
        "usen-36",
        "consumption growth in the quarters where gasoline supplied averaged over 9.5 million"
        " barrels a day",
        "bar",
        "Quarter",
        "c.Consumption",
        sql=f"SELECT c.Quarter AS x, c.Consumption AS y {GC} GROUP BY c.Quarter, c.Consumption"
        " HAVING AVG(g.Barrels) > 9.5 ORDER BY x",
        hard="Extra Hard",
        tags="having join key-join",
    ),
    Q(
        "usen-37",
        "quarters when production fell: total electricity generated (x) vs average weekly gasoline"
        " supplied (y)",
        "point",
        "sum(value)",
        "avg(Barrels)",
        sql="SELECT e.gen AS x, g.bar AS y FROM us_change c"
        " JOIN (SELECT DATE_TRUNC('quarter', time) AS q, SUM(value) AS gen FROM usmelec"
        " GROUP BY q) e ON e.q = c.Quarter"
        " JOIN (SELECT DATE_TRUNC('quarter', Week) AS q, AVG(Barrels) AS bar FROM us_gasoline"
        " GROUP BY q) g ON g.q = c.Quarter WHERE c.Production < 0",
        hard="Extra Hard",
        tags="scatter join key-join multi-hop condition-number abbreviation",
    ),
]
