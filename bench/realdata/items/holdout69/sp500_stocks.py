"""The S&P 500 day by day, 1950–2018, with Google's and Exxon Mobil's monthly prices, 2006–2014
(openintro's ``sp500_1950_2018``, ``goog`` and ``xom``, as shipped).

``sp500_1950_2018``: one row per trading day, 17,346 rows, 3 January 1950 – 7 December 2018:
``Date`` (DATE, typed by the general rule, unique), ``Open``, ``High``, ``Low``, ``Close`` (index
points, 16.66 … 2,930.75), ``Adj.Close`` (equal to ``Close`` on every row) and ``Volume`` (shares,
BIGINT). Until 1961 only the close was recorded: ``Open``, ``High`` and ``Low`` equal ``Close`` on
every day of 1950–1961, so the gold's open, high and low questions start in 1962 or later. 1968
has 226 trading days (the exchange closed on Wednesdays in the second half of the year), 2018
ends on 7 December. ``goog`` and ``xom``: one row per month, 98 rows each, January 2006 – February
2014, Yahoo's monthly bars: ``date`` (DATE, the month's first trading day, the same 98 days in both
tables and all of them in ``sp500_1950_2018``), ``open`` (that day's open), ``high``/``low`` (the
month's), ``close`` (the month's last close, which is why one month's close is near the next
month's open), ``volume`` and ``adj_close`` (Exxon's differs from ``close`` by its dividends,
Google's equals it). No NULLs. ``goog.date`` → ``xom.date`` is the same name, unique on both sides,
all 98 months joining; ``goog.date`` / ``xom.date`` → ``sp500_1950_2018.Date`` is the same name up
to case (one identifier to DuckDB), so a query over two tables qualifies it; since a monthly row's
close is the month's last, the gold meets it with the S&P 500 either on the first trading day's
open or over the month's trading days (``DATE_TRUNC('month', …)`` on both sides), never as the
close of the first day.
"""

from itemdef import Q

DB = "sp500_stocks"
T = "sp500_1950_2018"
WEEKDAY = (
    "CASE ISODOW(Date) WHEN 1 THEN 'Mon' WHEN 2 THEN 'Tue' WHEN 3 THEN 'Wed'"
    " WHEN 4 THEN 'Thur' WHEN 5 THEN 'Fri' WHEN 6 THEN 'Sat' ELSE 'Sun' END"
)
MONTHS = "ON DATE_TRUNC('month', s.Date) = DATE_TRUNC('month', g.date)"

ITEMS = [
    Q(
        "spx-01",
        "how many trading days are in the S&P 500 history?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T}",
        hard="Easy",
        tags="kpi count-of-entity",
    ),
    Q(
        "spx-02",
        "What's the highest the S&P 500 has ever closed?",
        "kpi",
        None,
        "max(Close)",
        sql=f"SELECT MAX(Close) AS y FROM {T}",
        hard="Easy",
        tags="kpi min-max",
    ),
    Q(
        "spx-03",
        "average daily trading volume of the S&P 500 by month in 2008",
        "bar",
        "month(Date)",
        "avg(Volume)",
        sql=f"SELECT DATE_TRUNC('month', Date) AS x, AVG(Volume) AS y FROM {T}"
        " WHERE YEAR(Date) = 2008 GROUP BY x ORDER BY x",
        hard="Medium",
        tags="temporal-bin condition-year",
    ),
    Q(
        "spx-04",
        "On how many trading days did the S&P close above 2,000?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE Close > 2000",
        hard="Easy",
        tags="kpi count-of-entity condition-number",
    ),
    Q(
        "spx-05",
        "lowest S&P 500 close in each year from 2000 to 2009",
        "bar",
        "year(Date)",
        "min(Close)",
        sql=f"SELECT YEAR(Date) AS x, MIN(Close) AS y FROM {T}"
        " WHERE YEAR(Date) BETWEEN 2000 AND 2009 GROUP BY x ORDER BY x",
        hard="Medium",
        tags="temporal-bin min-max condition-year-range",
    ),
    Q(
        "spx-06",
        "average S&P 500 closing level by year, as a line",
        "line",
        "year(Date)",
        "avg(Close)",
        sql=f"SELECT YEAR(Date) AS x, AVG(Close) AS y FROM {T} GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line temporal-bin",
    ),
    Q(
        "spx-07",
        "daily closing level of the S&P 500 during 2008",
        "line",
        "Date",
        "Close",
        sql=f"SELECT Date AS x, Close AS y FROM {T} WHERE YEAR(Date) = 2008 ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line condition-year",
    ),
    Q(
        "spx-08",
        "monthly average close of the S&P since 2015",
        "line",
        "month(Date)",
        "avg(Close)",
        sql=f"SELECT DATE_TRUNC('month', Date) AS x, AVG(Close) AS y FROM {T}"
        " WHERE Date >= DATE '2015-01-01' GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line temporal-bin condition-year-range",
    ),
    Q(
        "spx-09",
        "total shares traded per year, 2000 to 2009",
        "bar",
        "year(Date)",
        "sum(Volume)",
        sql=f"SELECT YEAR(Date) AS x, SUM(Volume) AS y FROM {T}"
        " WHERE YEAR(Date) BETWEEN 2000 AND 2009 GROUP BY x ORDER BY x",
        hard="Medium",
        tags="temporal-bin condition-year-range",
    ),
    Q(
        "spx-10",
        "the 5 busiest trading days ever by volume",
        "bar",
        "Date",
        "Volume",
        sql=f"SELECT Date AS x, Volume AS y FROM {T} ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="top-n",
    ),
    Q(
        "spx-11",
        "number of trading days in each year of the 1960s",
        "bar",
        "year(Date)",
        "count(*)",
        sql=f"SELECT YEAR(Date) AS x, COUNT(*) AS y FROM {T}"
        " WHERE YEAR(Date) BETWEEN 1960 AND 1969 GROUP BY x ORDER BY x",
        hard="Medium",
        tags="temporal-bin count-of-entity condition-year-range",
    ),
    Q(
        "spx-12",
        "On how many days did the S&P 500 close more than 5% below the previous trading day's close?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM (SELECT Close, LAG(Close) OVER (ORDER BY Date) AS prev"
        f" FROM {T}) d WHERE Close < 0.95 * prev",
        hard="Extra Hard",
        tags="kpi count-of-entity condition-number",
    ),
    Q(
        "spx-13",
        "biggest gap between the day's high and low for the S&P 500, in points",
        "kpi",
        None,
        "max(High - Low)",
        sql=f"SELECT MAX(High - Low) AS y FROM {T}",
        hard="Medium",
        tags="kpi min-max",
    ),
    Q(
        "spx-14",
        "average daily volume by day of the week in 2018",
        "bar",
        "weekday(Date)",
        "avg(Volume)",
        sql=f"SELECT {WEEKDAY} AS x, AVG(Volume) AS y FROM {T} WHERE YEAR(Date) = 2018"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="temporal-bin condition-year",
    ),
    Q(
        "spx-15",
        "histogram of the S&P's daily closes in 2018, bins of 100 points",
        "bar",
        "Close",
        "count(*)",
        sql=f"SELECT FLOOR(Close / 100) * 100 AS x, COUNT(*) AS y FROM {T}"
        " WHERE YEAR(Date) = 2018 GROUP BY x ORDER BY x",
        hard="Medium",
        tags="histogram condition-year",
    ),
    Q(
        "spx-16",
        "scatter of daily volume against the closing level in 2017",
        "point",
        "Close",
        "Volume",
        sql=f"SELECT Close AS x, Volume AS y FROM {T} WHERE YEAR(Date) = 2017 ORDER BY x, y",
        hard="Medium",
        tags="scatter condition-year",
    ),
    Q(
        "spx-17",
        "number of days per year the index closed higher than it opened, since 2010",
        "bar",
        "year(Date)",
        "count(*)",
        sql=f"SELECT YEAR(Date) AS x, COUNT(*) AS y FROM {T}"
        " WHERE Date >= DATE '2010-01-01' AND Close > Open GROUP BY x ORDER BY x",
        hard="Medium",
        tags="temporal-bin count-of-entity condition-year-range",
    ),
    Q(
        "spx-18",
        "average daily high-low range of the S&P 500 per year since 2010",
        "bar",
        "year(Date)",
        "avg(High - Low)",
        sql=f"SELECT YEAR(Date) AS x, AVG(High - Low) AS y FROM {T}"
        " WHERE Date >= DATE '2010-01-01' GROUP BY x ORDER BY x",
        hard="Medium",
        tags="temporal-bin condition-year-range",
    ),
    Q(
        "spx-19",
        "where did the S&P 500 close on 31 December 1999?",
        "kpi",
        None,
        "Close",
        sql=f"SELECT Close AS y FROM {T} WHERE Date = DATE '1999-12-31'",
        hard="Easy",
        tags="kpi",
    ),
    Q(
        "spx-20",
        "years in which average daily volume was over 3 billion shares",
        "bar",
        "year(Date)",
        "avg(Volume)",
        sql=f"SELECT YEAR(Date) AS x, AVG(Volume) AS y FROM {T} GROUP BY x"
        " HAVING AVG(Volume) > 3000000000 ORDER BY x",
        hard="Hard",
        tags="having temporal-bin",
    ),
    Q(
        "spx-21",
        "yearly high of the S&P 500 close, 1990 through 2018",
        "line",
        "year(Date)",
        "max(Close)",
        sql=f"SELECT YEAR(Date) AS x, MAX(Close) AS y FROM {T} WHERE YEAR(Date) >= 1990"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line temporal-bin min-max condition-year-range",
    ),
    Q(
        "spx-22",
        "S&P 500 close day by day in October 1987",
        "line",
        "Date",
        "Close",
        sql=f"SELECT Date AS x, Close AS y FROM {T} WHERE YEAR(Date) = 1987 AND MONTH(Date) = 10"
        " ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line condition-month condition-year",
    ),
    Q(
        "spx-23",
        "percent of trading days from 2000 to 2009 that closed above the open",
        "kpi",
        None,
        "avg(Close > Open)",
        sql=f"SELECT 100.0 * AVG(CASE WHEN Close > Open THEN 1 ELSE 0 END) AS y FROM {T}"
        " WHERE YEAR(Date) BETWEEN 2000 AND 2009",
        hard="Hard",
        tags="kpi condition-year-range",
    ),
    Q(
        "spx-24",
        "share of all S&P 500 trading volume by decade, 1970s on, pie chart",
        "arc",
        "decade",
        "sum(Volume)",
        sql=f"SELECT FLOOR(YEAR(Date) / 10) * 10 AS x, SUM(Volume) AS y FROM {T}"
        " WHERE YEAR(Date) >= 1970 GROUP BY x ORDER BY x",
        hard="Medium",
        tags="share condition-year-range",
    ),
    Q(
        "spx-25",
        "how many months did Google close above $600?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM goog WHERE close > 600",
        hard="Easy",
        tags="kpi count-of-entity condition-number",
    ),
    Q(
        "spx-26",
        "Google's monthly closing price over time",
        "line",
        "date",
        "close",
        sql="SELECT date AS x, close AS y FROM goog ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line abbreviation",
    ),
    Q(
        "spx-27",
        "Exxon Mobil's average monthly close per year",
        "line",
        "year(date)",
        "avg(close)",
        sql="SELECT YEAR(date) AS x, AVG(close) AS y FROM xom GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line temporal-bin abbreviation",
    ),
    Q(
        "spx-28",
        "Exxon's monthly high, month by month in 2008",
        "line",
        "date",
        "high",
        sql="SELECT date AS x, high AS y FROM xom WHERE YEAR(date) = 2008 ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line condition-year abbreviation",
    ),
    Q(
        "spx-29",
        "Exxon's average dividend-adjusted monthly close in 2013",
        "kpi",
        None,
        "avg(adj_close)",
        sql="SELECT AVG(adj_close) AS y FROM xom WHERE YEAR(date) = 2013",
        hard="Medium",
        tags="kpi condition-year abbreviation",
    ),
    Q(
        "spx-30",
        "Google's 3 lowest monthly closes, labelled by the date of the row",
        "bar",
        "date",
        "close",
        sql="SELECT date AS x, close AS y FROM goog ORDER BY y, x LIMIT 3",
        sort="y",
        hard="Medium",
        tags="top-n abbreviation",
    ),
    Q(
        "spx-31",
        "scatter of monthly closes: Exxon on the x axis, Google on the y axis",
        "point",
        "xom.close",
        "goog.close",
        sql="SELECT x.close AS x, g.close AS y FROM goog g JOIN xom x ON g.date = x.date"
        " ORDER BY x, y",
        hard="Medium",
        tags="scatter join same-name-join abbreviation",
    ),
    Q(
        "spx-32",
        "average Google monthly close in the months Exxon closed above $90",
        "kpi",
        None,
        "avg(goog.close)",
        sql="SELECT AVG(g.close) AS y FROM goog g JOIN xom x ON g.date = x.date WHERE x.close > 90",
        hard="Hard",
        tags="kpi join same-name-join condition-number abbreviation",
    ),
    Q(
        "spx-33",
        "In how many months did both Google and Exxon close higher than they opened?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM goog g JOIN xom x ON g.date = x.date"
        " WHERE g.close > g.open AND x.close > x.open",
        hard="Hard",
        tags="kpi join same-name-join count-of-entity abbreviation",
    ),
    Q(
        "spx-34",
        "On the first trading day of each month, Google's opening price against the S&P 500's"
        " opening level that day (S&P on x)",
        "point",
        "sp500_1950_2018.Open",
        "goog.open",
        sql=f"SELECT s.Open AS x, g.open AS y FROM goog g JOIN {T} s ON s.Date = g.date"
        " ORDER BY x, y",
        hard="Hard",
        tags="scatter join same-name-join abbreviation",
    ),
    Q(
        "spx-35",
        "average S&P 500 close over the months in which Google's monthly close was under $400",
        "kpi",
        None,
        "avg(sp500_1950_2018.Close)",
        sql=f"SELECT AVG(s.Close) AS y FROM {T} s JOIN goog g {MONTHS} WHERE g.close < 400",
        hard="Extra Hard",
        tags="kpi join same-name-join condition-number abbreviation",
    ),
    Q(
        "spx-36",
        "average S&P 500 opening level on the first trading day of the months in which Google"
        " closed above $500 and Exxon above $80",
        "kpi",
        None,
        "avg(sp500_1950_2018.Open)",
        sql=f"SELECT AVG(s.Open) AS y FROM goog g JOIN xom x ON x.date = g.date"
        f" JOIN {T} s ON s.Date = g.date WHERE g.close > 500 AND x.close > 80",
        hard="Extra Hard",
        tags="kpi join same-name-join multi-hop condition-number abbreviation",
    ),
]
