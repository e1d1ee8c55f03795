"""US consumer prices of electronics (stevedata's LTPT, "Long-term price trends for computers, TVs,
and related items", US Bureau of Labor Statistics).

``LTPT``: one row per month and category, long format, 1,704 rows = 213 months × 8 categories.
``date`` (DATE, the first day of the month; December 1997 – August 2015: 1997 has December only,
2015 January – August), ``category`` (``All items`` — the overall consumer price index —,
``Televisions``, ``Personal computers and peripheral equipment``, ``Computer software and
accessories``, ``Audio equipment``, ``Photographic equipment and supplies``, ``Cable and
satellite television and radio service``, ``Internet services and electronic information
providers``) and ``value``, the category's consumer price index with December 1997 = 100 (every
category is 100.0 in December 1997; in August 2015 from 4.2 for personal computers and 5.5 for
televisions to 147.7 for all items and 180.5 for cable and satellite service). No NULLs; each
(``date``, ``category``) pair occurs once. A comparison of two categories month by month meets
the table with itself on ``date`` (role-join), one category fixed on each side.
"""

from itemdef import Q

DB = "electronics_prices"
TV = "category = 'Televisions'"
PC = "category = 'Personal computers and peripheral equipment'"
CABLE = "category = 'Cable and satellite television and radio service'"
ALL = "category = 'All items'"

ITEMS = [
    Q(
        "ltp-01",
        "TV price index over time",
        "line",
        "date",
        "value",
        sql=f"SELECT date AS x, value AS y FROM LTPT WHERE {TV} ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line condition-value",
    ),
    Q(
        "ltp-02",
        "price index of personal computers vs televisions over time, one line each",
        "line",
        "date",
        "value",
        "category",
        sql="SELECT date AS x, value AS y, category AS color FROM LTPT WHERE category IN"
        " ('Personal computers and peripheral equipment', 'Televisions') ORDER BY color, x",
        sort="x",
        hard="Medium",
        tags="time-line multi-series condition-value",
    ),
    Q(
        "ltp-03",
        "average all-items consumer price index by year, 1998 to 2014",
        "line",
        "year(date)",
        "avg(value)",
        sql=f"SELECT YEAR(date) AS x, AVG(value) AS y FROM LTPT WHERE {ALL}"
        " AND YEAR(date) BETWEEN 1998 AND 2014 GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line temporal-bin condition-value condition-year-range",
    ),
    Q(
        "ltp-04",
        "What was the TV price index in August 2015?",
        "kpi",
        None,
        "value",
        sql=f"SELECT value AS y FROM LTPT WHERE {TV} AND date = DATE '2015-08-01'",
        hard="Easy",
        tags="kpi condition-value condition-month condition-year",
    ),
    Q(
        "ltp-05",
        "index of every category in August 2015",
        "bar",
        "category",
        "value",
        sql="SELECT category AS x, value AS y FROM LTPT WHERE date = DATE '2015-08-01' ORDER BY x",
        hard="Easy",
        tags="condition-month condition-year",
    ),
    Q(
        "ltp-06",
        "the 3 categories with the lowest index in August 2015",
        "bar",
        "category",
        "value",
        sql="SELECT category AS x, value AS y FROM LTPT WHERE date = DATE '2015-08-01'"
        " ORDER BY y, x LIMIT 3",
        sort="y",
        hard="Medium",
        tags="top-n condition-month condition-year",
    ),
    Q(
        "ltp-07",
        "in how many months was the audio equipment index below 50?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM LTPT WHERE category = 'Audio equipment' AND value < 50",
        hard="Easy",
        tags="kpi count-of-entity condition-value condition-number",
    ),
    Q(
        "ltp-08",
        "TV price index each December, year by year",
        "line",
        "year(date)",
        "value",
        sql=f"SELECT YEAR(date) AS x, value AS y FROM LTPT WHERE {TV} AND MONTH(date) = 12"
        " ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line temporal-bin condition-value condition-month",
    ),
    Q(
        "ltp-09",
        "yearly average of the cable and satellite TV service index from 2005 to 2010",
        "line",
        "year(date)",
        "avg(value)",
        sql=f"SELECT YEAR(date) AS x, AVG(value) AS y FROM LTPT WHERE {CABLE}"
        " AND YEAR(date) BETWEEN 2005 AND 2010 GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line temporal-bin condition-value condition-year-range",
    ),
    Q(
        "ltp-10",
        "personal computer price index against TV price index, one point per month",
        "point",
        "value",
        "value",
        sql="SELECT t.value AS x, p.value AS y FROM LTPT t JOIN LTPT p ON t.date = p.date"
        " WHERE t.category = 'Televisions' AND p.category = 'Personal computers and peripheral"
        " equipment' ORDER BY x, y",
        hard="Hard",
        tags="scatter role-join condition-value",
    ),
    Q(
        "ltp-11",
        "Which categories averaged an index above 100 over 2010-2015?",
        "bar",
        "category",
        "avg(value)",
        sql="SELECT category AS x, AVG(value) AS y FROM LTPT WHERE YEAR(date) BETWEEN 2010 AND 2015"
        " GROUP BY x HAVING AVG(value) > 100 ORDER BY x",
        hard="Medium",
        tags="having condition-year-range",
    ),
    Q(
        "ltp-12",
        "histogram of the monthly all-items index, 5-point bins",
        "bar",
        "value",
        "count(*)",
        sql=f"SELECT FLOOR(value / 5) * 5 AS x, COUNT(*) AS y FROM LTPT WHERE {ALL} GROUP BY x"
        " ORDER BY x",
        sort="x",
        hard="Medium",
        tags="histogram condition-value",
    ),
    Q(
        "ltp-13",
        "highest cable and satellite TV index in each year, bar chart",
        "bar",
        "year(date)",
        "max(value)",
        sql=f"SELECT YEAR(date) AS x, MAX(value) AS y FROM LTPT WHERE {CABLE} GROUP BY x ORDER BY x",
        hard="Medium",
        tags="min-max temporal-bin condition-value",
    ),
    Q(
        "ltp-14",
        "How many points did the all-items index rise from August 2014 to August 2015?",
        "kpi",
        None,
        "value - value",
        sql=f"SELECT MAX(value) FILTER (WHERE date = DATE '2015-08-01')"
        f" - MAX(value) FILTER (WHERE date = DATE '2014-08-01') AS y FROM LTPT WHERE {ALL}",
        hard="Hard",
        tags="kpi condition-value condition-month",
    ),
    Q(
        "ltp-15",
        "average yearly index of televisions, audio equipment and photographic equipment,"
        " 2012-2014, grouped by year",
        "bar",
        "year(date)",
        "avg(value)",
        "category",
        sql="SELECT YEAR(date) AS x, AVG(value) AS y, category AS color FROM LTPT WHERE category IN"
        " ('Televisions', 'Audio equipment', 'Photographic equipment and supplies')"
        " AND YEAR(date) BETWEEN 2012 AND 2014 GROUP BY x, color ORDER BY x, color",
        hard="Hard",
        tags="two-category non-additive temporal-bin condition-value condition-year-range",
    ),
    Q(
        "ltp-16",
        "How many categories dropped below 50 at some point?",
        "kpi",
        None,
        "count(distinct category)",
        sql="SELECT COUNT(DISTINCT category) AS y FROM LTPT WHERE value < 50",
        hard="Medium",
        tags="kpi count-of-entity count-distinct condition-number",
    ),
    Q(
        "ltp-17",
        "the 5 months with the highest cable and satellite TV index",
        "bar",
        "date",
        "value",
        sql=f"SELECT date AS x, value AS y FROM LTPT WHERE {CABLE} ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="top-n condition-value",
    ),
    Q(
        "ltp-18",
        "lowest index ever recorded for internet services",
        "kpi",
        None,
        "min(value)",
        sql="SELECT MIN(value) AS y FROM LTPT"
        " WHERE category = 'Internet services and electronic information providers'",
        hard="Easy",
        tags="kpi min-max condition-value",
    ),
    Q(
        "ltp-19",
        "yearly minimum of the TV price index, as a line",
        "line",
        "year(date)",
        "min(value)",
        sql=f"SELECT YEAR(date) AS x, MIN(value) AS y FROM LTPT WHERE {TV} GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line temporal-bin min-max condition-value",
    ),
    Q(
        "ltp-20",
        "personal computer price index month by month in 2008, as bars",
        "bar",
        "month(date)",
        "value",
        sql=f"SELECT DATE_TRUNC('month', date) AS x, value AS y FROM LTPT WHERE {PC}"
        " AND YEAR(date) = 2008 ORDER BY x",
        hard="Medium",
        tags="temporal-bin condition-value condition-year",
    ),
    Q(
        "ltp-21",
        "By what percent did the personal computer index fall from December 1997 to December 2007?",
        "kpi",
        None,
        "100 * (1 - value / value)",
        sql=f"SELECT 100 * (1 - MAX(value) FILTER (WHERE date = DATE '2007-12-01')"
        f" / MAX(value) FILTER (WHERE date = DATE '1997-12-01')) AS y FROM LTPT WHERE {PC}",
        hard="Hard",
        tags="kpi condition-value condition-month",
    ),
    Q(
        "ltp-22",
        "In how many months was the audio equipment index higher than the photographic"
        " equipment index?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM LTPT a JOIN LTPT p ON a.date = p.date"
        " WHERE a.category = 'Audio equipment' AND p.category = 'Photographic equipment and"
        " supplies' AND a.value > p.value",
        hard="Hard",
        tags="kpi count-of-entity role-join condition-value",
    ),
    Q(
        "ltp-23",
        "ratio of the cable and satellite TV index to the all-items index, month by month",
        "line",
        "date",
        "value / value",
        sql="SELECT c.date AS x, c.value / a.value AS y FROM LTPT c JOIN LTPT a ON c.date = a.date"
        " WHERE c.category = 'Cable and satellite television and radio service'"
        " AND a.category = 'All items' ORDER BY x",
        sort="x",
        hard="Extra Hard",
        tags="time-line role-join condition-value",
    ),
    Q(
        "ltp-24",
        "average index of each category over the whole period",
        "bar",
        "category",
        "avg(value)",
        sql="SELECT category AS x, AVG(value) AS y FROM LTPT GROUP BY x ORDER BY x",
        hard="Easy",
        tags="",
    ),
    Q(
        "ltp-25",
        "average monthly TV price index in 2000",
        "kpi",
        None,
        "avg(value)",
        sql=f"SELECT AVG(value) AS y FROM LTPT WHERE {TV} AND YEAR(date) = 2000",
        hard="Easy",
        tags="kpi condition-value condition-year",
    ),
    Q(
        "ltp-26",
        "yearly averages of the software, audio equipment and photographic equipment indexes,"
        " 1998-2014, a line for each",
        "line",
        "year(date)",
        "avg(value)",
        "category",
        sql="SELECT YEAR(date) AS x, AVG(value) AS y, category AS color FROM LTPT WHERE category IN"
        " ('Computer software and accessories', 'Audio equipment',"
        " 'Photographic equipment and supplies') AND YEAR(date) BETWEEN 1998 AND 2014"
        " GROUP BY x, color ORDER BY color, x",
        sort="x",
        hard="Hard",
        tags="time-line multi-series temporal-bin condition-value condition-year-range",
    ),
    Q(
        "ltp-27",
        "each category's index in January 2000",
        "bar",
        "category",
        "value",
        sql="SELECT category AS x, value AS y FROM LTPT WHERE date = DATE '2000-01-01' ORDER BY x",
        hard="Easy",
        tags="condition-month condition-year",
    ),
    Q(
        "ltp-28",
        "years in which the TV price index averaged under 20",
        "bar",
        "year(date)",
        "avg(value)",
        sql=f"SELECT YEAR(date) AS x, AVG(value) AS y FROM LTPT WHERE {TV} GROUP BY x"
        " HAVING AVG(value) < 20 ORDER BY x",
        hard="Hard",
        tags="having temporal-bin condition-value",
    ),
    Q(
        "ltp-29",
        "In how many months was the cable and satellite TV index above 150?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM LTPT WHERE {CABLE} AND value > 150",
        hard="Easy",
        tags="kpi count-of-entity condition-value condition-number",
    ),
    Q(
        "ltp-30",
        "which 2 categories had the highest average index in 2015?",
        "bar",
        "category",
        "avg(value)",
        sql="SELECT category AS x, AVG(value) AS y FROM LTPT WHERE YEAR(date) = 2015 GROUP BY x"
        " ORDER BY y DESC, x LIMIT 2",
        sort="-y",
        hard="Medium",
        tags="top-n condition-year",
    ),
    Q(
        "ltp-31",
        "rise of the all-items index over the previous August, for every August from 1999 to 2015",
        "line",
        "year(date)",
        "value - value",
        sql="SELECT YEAR(b.date) AS x, b.value - a.value AS y FROM LTPT a JOIN LTPT b"
        " ON b.date = a.date + INTERVAL 1 YEAR WHERE a.category = 'All items'"
        " AND b.category = 'All items' AND MONTH(b.date) = 8 ORDER BY x",
        sort="x",
        hard="Extra Hard",
        tags="time-line temporal-bin role-join condition-value condition-month",
    ),
    Q(
        "ltp-32",
        "How many months does the price data cover?",
        "kpi",
        None,
        "count(distinct date)",
        sql="SELECT COUNT(DISTINCT date) AS y FROM LTPT",
        hard="Easy",
        tags="kpi count-of-entity count-distinct",
    ),
]
