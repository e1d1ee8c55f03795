"""Daily S&P 500 index values, 1950–2015 (gt).

One table, ``sp500`` (16,607 trading days, one row a day, newest first in the
package): ``date`` (DATE, 1950-01-03 – 2015-12-31), ``open``, ``high``,
``low``, ``close``, ``adj_close`` (index points; ``adj_close`` equals
``close`` throughout) and ``volume`` (shares traded).
"""

from itemdef import Q

DB = "sp500"
S = "sp500"
WEEKDAY = (
    "CASE ISODOW(date) WHEN 1 THEN 'Mon' WHEN 2 THEN 'Tue' WHEN 3 THEN 'Wed'"
    " WHEN 4 THEN 'Thur' WHEN 5 THEN 'Fri' WHEN 6 THEN 'Sat' ELSE 'Sun' END"
)

ITEMS = [
    Q(
        "sp-01",
        "average closing price of the S&P 500 per year",
        "line",
        "year(date)",
        "avg(close)",
        sql=f"SELECT YEAR(date) AS x, AVG(close) AS y FROM {S} GROUP BY x ORDER BY x",
        sort="x",
        hard="Easy",
        tags="temporal-bin time-line",
    ),
    Q(
        "sp-02",
        "monthly trading volume in 2008",
        "line",
        "month(date)",
        "sum(volume)",
        sql=f"SELECT DATE_TRUNC('month', date) AS x, SUM(volume) AS y FROM {S}"
        " WHERE YEAR(date) = 2008 GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="temporal-bin time-line condition-year",
    ),
    Q(
        "sp-03",
        "What is the highest close ever recorded?",
        "kpi",
        None,
        "max(close)",
        sql=f"SELECT MAX(close) AS y FROM {S}",
        hard="Easy",
        tags="kpi min-max",
    ),
    Q(
        "sp-04",
        "average daily volume by day of the week in 2015",
        "bar",
        "weekday(date)",
        "avg(volume)",
        sql=f"SELECT {WEEKDAY} AS x, AVG(volume) AS y FROM {S} WHERE YEAR(date) = 2015"
        " GROUP BY x ORDER BY x",
        hard="Hard",
        tags="temporal-bin condition-year",
    ),
    Q(
        "sp-05",
        "How many trading days in 2010 closed above 1,200?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {S} WHERE YEAR(date) = 2010 AND close > 1200",
        hard="Medium",
        tags="kpi count-of-entity condition-number condition-year",
    ),
    Q(
        "sp-06",
        "daily close during October 1987",
        "line",
        "date",
        "close",
        sql=f"SELECT date AS x, close AS y FROM {S} WHERE date >= DATE '1987-10-01'"
        " AND date < DATE '1987-11-01' ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line condition-month condition-year",
    ),
    Q(
        "sp-07",
        "number of trading days per year since 2000",
        "bar",
        "year(date)",
        "count(*)",
        sql=f"SELECT YEAR(date) AS x, COUNT(*) AS y FROM {S} WHERE date >= DATE '2000-01-01'"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="temporal-bin count-of-entity condition-year-range",
    ),
    Q(
        "sp-08",
        "the 10 days with the highest trading volume",
        "bar",
        "date",
        "volume",
        sql=f"SELECT date AS x, volume AS y FROM {S} ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Medium",
        tags="top-n",
    ),
    Q(
        "sp-09",
        "histogram of the daily high-low range in 2015, bins of 5 points",
        "bar",
        "high - low",
        "count(*)",
        sql=f"SELECT FLOOR((high - low) / 5) * 5 AS x, COUNT(*) AS y FROM {S}"
        " WHERE YEAR(date) = 2015 GROUP BY x ORDER BY x",
        hard="Hard",
        tags="histogram condition-year",
    ),
    Q(
        "sp-10",
        "yearly high of the index since 1990",
        "line",
        "year(date)",
        "max(high)",
        sql=f"SELECT YEAR(date) AS x, MAX(high) AS y FROM {S} WHERE date >= DATE '1990-01-01'"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="temporal-bin time-line min-max condition-year-range",
    ),
    Q(
        "sp-11",
        "lowest closing price each year in the 1970s",
        "line",
        "year(date)",
        "min(close)",
        sql=f"SELECT YEAR(date) AS x, MIN(close) AS y FROM {S}"
        " WHERE date >= DATE '1970-01-01' AND date < DATE '1980-01-01' GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="temporal-bin time-line min-max condition-year-range",
    ),
    Q(
        "sp-12",
        "scatter of volume vs closing price for the trading days of 2015",
        "point",
        "volume",
        "close",
        sql=f"SELECT volume AS x, close AS y FROM {S} WHERE YEAR(date) = 2015",
        hard="Medium",
        tags="scatter condition-year",
    ),
    Q(
        "sp-13",
        "total trading volume per year from 2000 to 2015",
        "line",
        "year(date)",
        "sum(volume)",
        sql=f"SELECT YEAR(date) AS x, SUM(volume) AS y FROM {S} WHERE date >= DATE '2000-01-01'"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Easy",
        tags="temporal-bin time-line condition-year-range",
    ),
    Q(
        "sp-14",
        "Which 5 years had the largest total trading volume?",
        "bar",
        "year(date)",
        "sum(volume)",
        sql=f"SELECT YEAR(date) AS x, SUM(volume) AS y FROM {S} GROUP BY x ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="temporal-bin top-n",
    ),
    Q(
        "sp-15",
        "monthly average close from 2007 through 2009",
        "line",
        "month(date)",
        "avg(close)",
        sql=f"SELECT DATE_TRUNC('month', date) AS x, AVG(close) AS y FROM {S}"
        " WHERE date >= DATE '2007-01-01' AND date < DATE '2010-01-01' GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="temporal-bin time-line condition-year-range",
    ),
    Q(
        "sp-16",
        "How many days in 2011 did the index close below its open?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {S} WHERE YEAR(date) = 2011 AND close < open",
        hard="Hard",
        tags="kpi count-of-entity condition-number condition-year",
    ),
    Q(
        "sp-17",
        "number of days closing below the open, per year since 2010",
        "bar",
        "year(date)",
        "count(*)",
        sql=f"SELECT YEAR(date) AS x, COUNT(*) AS y FROM {S} WHERE close < open"
        " AND date >= DATE '2010-01-01' GROUP BY x ORDER BY x",
        hard="Hard",
        tags="temporal-bin count-of-entity condition-number condition-year-range",
    ),
    Q(
        "sp-18",
        "adjusted close over December 2015",
        "line",
        "date",
        "adj_close",
        sql=f"SELECT date AS x, adj_close AS y FROM {S} WHERE date >= DATE '2015-12-01' ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line condition-month condition-year abbreviation",
    ),
    Q(
        "sp-19",
        "average trading volume for each month of 2015",
        "bar",
        "month(date)",
        "avg(volume)",
        sql=f"SELECT DATE_TRUNC('month', date) AS x, AVG(volume) AS y FROM {S}"
        " WHERE YEAR(date) = 2015 GROUP BY x ORDER BY x",
        hard="Medium",
        tags="temporal-bin condition-year",
    ),
    Q(
        "sp-20",
        "years in which the average daily volume was above 3 billion shares",
        "bar",
        "year(date)",
        "avg(volume)",
        sql=f"SELECT YEAR(date) AS x, AVG(volume) AS y FROM {S} GROUP BY x"
        " HAVING AVG(volume) > 3000000000 ORDER BY x",
        hard="Hard",
        tags="temporal-bin having",
    ),
    Q(
        "sp-21",
        "lowest close of each month in 2009",
        "bar",
        "month(date)",
        "min(close)",
        sql=f"SELECT DATE_TRUNC('month', date) AS x, MIN(close) AS y FROM {S}"
        " WHERE YEAR(date) = 2009 GROUP BY x ORDER BY x",
        hard="Medium",
        tags="temporal-bin min-max condition-year",
    ),
    Q(
        "sp-22",
        "biggest intraday range (high minus low) in each year since 2005",
        "bar",
        "year(date)",
        "max(high - low)",
        sql=f"SELECT YEAR(date) AS x, MAX(high - low) AS y FROM {S}"
        " WHERE date >= DATE '2005-01-01' GROUP BY x ORDER BY x",
        hard="Hard",
        tags="temporal-bin min-max condition-year-range",
    ),
    Q(
        "sp-23",
        "yearly average of the daily high-low range since 2000",
        "line",
        "year(date)",
        "avg(high - low)",
        sql=f"SELECT YEAR(date) AS x, AVG(high - low) AS y FROM {S} WHERE date >= DATE '2000-01-01'"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="temporal-bin time-line condition-year-range",
    ),
    Q(
        "sp-24",
        "average daily volume per year in the 1960s",
        "line",
        "year(date)",
        "avg(volume)",
        sql=f"SELECT YEAR(date) AS x, AVG(volume) AS y FROM {S}"
        " WHERE date >= DATE '1960-01-01' AND date < DATE '1970-01-01' GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="temporal-bin time-line condition-year-range",
    ),
    Q(
        "sp-25",
        "distribution of 2014 closing prices in bins of 25 points",
        "bar",
        "close",
        "count(*)",
        sql=f"SELECT FLOOR(close / 25) * 25 AS x, COUNT(*) AS y FROM {S} WHERE YEAR(date) = 2014"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="histogram condition-year",
    ),
    Q(
        "sp-26",
        "number of trading days per year with a close above 2,000",
        "bar",
        "year(date)",
        "count(*)",
        sql=f"SELECT YEAR(date) AS x, COUNT(*) AS y FROM {S} WHERE close > 2000 GROUP BY x ORDER BY x",
        hard="Medium",
        tags="temporal-bin count-of-entity condition-number",
    ),
]
