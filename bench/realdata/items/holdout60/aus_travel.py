"""Travel to and from Australia (fpp2's departures, austourists, austa and ausair; the loader
``load_aus_travel`` in ``date_loaders.py`` adds or types their time).

``departures``: one row per month, January 1976 – June 2017 (498 months; ``time``, DATE, the first
day of the month, added by the loader), the overseas departures from Australia in thousands:
``permanent`` (permanent departures, 1.24 … 13.12), ``reslong`` and ``vislong`` (long-term, more
than a year: residents 2.70 … 15.50, visitors 1.02 … 40.34), ``resshort`` and ``visshort``
(short-term, less than a year: residents 47.7 … 1,127.9, visitors 28.4 … 949.6). 1976–2016 are
full years, 2017 has January – June only. ``austourists``: one row per quarter, 1999 Q1 – 2015 Q4
(68 quarters; ``time``, DATE, the first day of the quarter), ``value`` the visitor nights spent by
international tourists, in millions (19.1 … 73.3). ``austa``: one row per year, 1980–2015 (36;
``time`` BIGINT, the year), ``value`` the international visitors to Australia in millions
(0.83 … 6.86). ``ausair``: one row per year, 1970–2016 (47; ``time`` BIGINT), ``value`` the air
passengers of Australian carriers, domestic and international, in millions (7.3 … 72.6). No NULLs.

The tables meet on the year or the quarter of ``time`` (the same name in all four, DATE in
``departures`` and ``austourists``, an integer year in ``austa`` and ``ausair``, so
``YEAR(time)`` on the DATE side): ``austa`` → ``ausair`` on ``time``, unique on both sides, all
36 years of ``austa`` join and ``ausair``'s 1970–1979 and 2016 drop out; ``departures`` meets
``austa`` in 1980–2015 (its 1976–1979 and 2016–2017 drop out) and ``ausair`` in 1976–2016 (its
2017 months drop out); every quarter of ``austourists`` finds its year in ``austa`` and ``ausair``.
A month or a quarter repeats its year's row, so the gold sums ``departures`` and ``austourists``
per year before it compares them with a yearly figure. ``value`` and ``time`` are in three tables,
so a query over two qualifies them. One item meets ``departures`` with itself a year apart.
"""

from itemdef import Q

DB = "aus_travel"
YEARLY = "FROM austa a JOIN ausair r ON a.time = r.time"

ITEMS = [
    Q(
        "atv-01",
        "How many permanent departures from Australia were there in 2010, in thousands?",
        "kpi",
        None,
        "sum(permanent)",
        sql="SELECT SUM(permanent) AS y FROM departures WHERE YEAR(time) = 2010",
        hard="Easy",
        tags="kpi condition-year",
    ),
    Q(
        "atv-02",
        "short-term resident departures month by month since January 2010",
        "line",
        "time",
        "resshort",
        sql="SELECT time AS x, resshort AS y FROM departures WHERE time >= DATE '2010-01-01'"
        " ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line condition-year-range abbreviation",
    ),
    Q(
        "atv-03",
        "yearly total of short-term visitor departures from 1976 to 2016",
        "line",
        "year(time)",
        "sum(visshort)",
        sql="SELECT YEAR(time) AS x, SUM(visshort) AS y FROM departures"
        " WHERE YEAR(time) BETWEEN 1976 AND 2016 GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line temporal-bin condition-year-range abbreviation",
    ),
    Q(
        "atv-04",
        "international visitors to Australia per year",
        "line",
        "time",
        "value",
        sql="SELECT time AS x, value AS y FROM austa ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line calendar-int",
    ),
    Q(
        "atv-05",
        "air passenger numbers year by year",
        "line",
        "time",
        "value",
        sql="SELECT time AS x, value AS y FROM ausair ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line calendar-int",
    ),
    Q(
        "atv-06",
        "What is the highest number of short-term visitor departures in a single month?",
        "kpi",
        None,
        "max(visshort)",
        sql="SELECT MAX(visshort) AS y FROM departures",
        hard="Easy",
        tags="kpi min-max abbreviation",
    ),
    Q(
        "atv-07",
        "top 5 months for long-term visitor departures",
        "bar",
        "time",
        "vislong",
        sql="SELECT time AS x, vislong AS y FROM departures ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="top-n abbreviation",
    ),
    Q(
        "atv-08",
        "histogram of monthly permanent departures, bins of 1 thousand",
        "bar",
        "permanent",
        "count(*)",
        sql="SELECT FLOOR(permanent) AS x, COUNT(*) AS y FROM departures GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="histogram",
    ),
    Q(
        "atv-09",
        "Which years averaged more than 9 thousand long-term resident departures a month?",
        "bar",
        "year(time)",
        "avg(reslong)",
        sql="SELECT YEAR(time) AS x, AVG(reslong) AS y FROM departures GROUP BY x"
        " HAVING AVG(reslong) > 9 ORDER BY x",
        hard="Medium",
        tags="having temporal-bin abbreviation",
    ),
    Q(
        "atv-10",
        "In how many months did more than a million residents leave on short-term trips?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM departures WHERE resshort > 1000",
        hard="Medium",
        tags="kpi count-of-entity condition-number abbreviation",
    ),
    Q(
        "atv-11",
        "December short-term resident departures in each year from 2005 to 2016, as bars",
        "bar",
        "year(time)",
        "resshort",
        sql="SELECT YEAR(time) AS x, resshort AS y FROM departures WHERE MONTH(time) = 12"
        " AND YEAR(time) BETWEEN 2005 AND 2016 ORDER BY x",
        hard="Medium",
        tags="condition-month condition-year-range temporal-bin abbreviation",
    ),
    Q(
        "atv-12",
        "bar chart of total permanent departures per year, 2000 to 2016",
        "bar",
        "year(time)",
        "sum(permanent)",
        sql="SELECT YEAR(time) AS x, SUM(permanent) AS y FROM departures"
        " WHERE YEAR(time) BETWEEN 2000 AND 2016 GROUP BY x ORDER BY x",
        hard="Medium",
        tags="temporal-bin condition-year-range",
    ),
    Q(
        "atv-13",
        "visitor nights spent by international tourists, quarter by quarter",
        "line",
        "time",
        "value",
        sql="SELECT time AS x, value AS y FROM austourists ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line",
    ),
    Q(
        "atv-14",
        "total visitor nights of international tourists in each year, as bars",
        "bar",
        "year(time)",
        "sum(value)",
        sql="SELECT YEAR(time) AS x, SUM(value) AS y FROM austourists GROUP BY x ORDER BY x",
        hard="Medium",
        tags="temporal-bin",
    ),
    Q(
        "atv-15",
        "the 3 quarters with the fewest tourist visitor nights",
        "bar",
        "time",
        "value",
        sql="SELECT time AS x, value AS y FROM austourists ORDER BY y, x LIMIT 3",
        sort="y",
        hard="Medium",
        tags="top-n",
    ),
    Q(
        "atv-16",
        "average yearly number of air passengers in the 1990s",
        "kpi",
        None,
        "avg(value)",
        sql="SELECT AVG(value) AS y FROM ausair WHERE time BETWEEN 1990 AND 1999",
        hard="Medium",
        tags="kpi condition-year-range calendar-int",
    ),
    Q(
        "atv-17",
        "By how many million did international visitors to Australia grow from 1990 to 2015?",
        "kpi",
        None,
        "max(value) - max(value)",
        sql="SELECT MAX(value) FILTER (WHERE time = 2015) - MAX(value) FILTER (WHERE time = 1990)"
        " AS y FROM austa",
        hard="Hard",
        tags="kpi condition-year calendar-int",
    ),
    Q(
        "atv-18",
        "years with more than 60 million air passengers",
        "bar",
        "time",
        "value",
        sql="SELECT time AS x, value AS y FROM ausair WHERE value > 60 ORDER BY x",
        hard="Easy",
        tags="condition-number calendar-int",
    ),
    Q(
        "atv-19",
        "In what year did international visitors first exceed 5 million?",
        "kpi",
        None,
        "min(time)",
        sql="SELECT MIN(time) AS y FROM austa WHERE value > 5",
        hard="Medium",
        tags="kpi min-max condition-number calendar-int",
    ),
    Q(
        "atv-20",
        "busiest month of short-term resident departures in each year from 2000 to 2016 - show"
        " the peak value",
        "bar",
        "year(time)",
        "max(resshort)",
        sql="SELECT YEAR(time) AS x, MAX(resshort) AS y FROM departures"
        " WHERE YEAR(time) BETWEEN 2000 AND 2016 GROUP BY x ORDER BY x",
        hard="Medium",
        tags="min-max temporal-bin condition-year-range abbreviation",
    ),
    Q(
        "atv-21",
        "monthly long-term visitor departures during 2015 and 2016",
        "line",
        "time",
        "vislong",
        sql="SELECT time AS x, vislong AS y FROM departures WHERE YEAR(time) BETWEEN 2015 AND 2016"
        " ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line condition-year-range abbreviation",
    ),
    Q(
        "atv-22",
        "total short-term departures in 2016, residents and visitors together (thousands)",
        "kpi",
        None,
        "sum(resshort + visshort)",
        sql="SELECT SUM(resshort + visshort) AS y FROM departures WHERE YEAR(time) = 2016",
        hard="Medium",
        tags="kpi condition-year abbreviation",
    ),
    Q(
        "atv-23",
        "plot short-term resident departures (x) against short-term visitor departures (y),"
        " one point per month",
        "point",
        "resshort",
        "visshort",
        sql="SELECT resshort AS x, visshort AS y FROM departures ORDER BY x, y",
        hard="Medium",
        tags="scatter abbreviation",
    ),
    Q(
        "atv-24",
        "How many calendar years does the monthly departures data cover, counting part years?",
        "kpi",
        None,
        "count(distinct year(time))",
        sql="SELECT COUNT(DISTINCT YEAR(time)) AS y FROM departures",
        hard="Medium",
        tags="kpi count-distinct",
    ),
    Q(
        "atv-25",
        "In which years from 1976 to 2016 did more residents than visitors leave on short-term"
        " trips? Show by how many thousand",
        "bar",
        "year(time)",
        "sum(resshort) - sum(visshort)",
        sql="SELECT YEAR(time) AS x, SUM(resshort) - SUM(visshort) AS y FROM departures"
        " WHERE YEAR(time) BETWEEN 1976 AND 2016 GROUP BY x HAVING SUM(resshort) > SUM(visshort)"
        " ORDER BY x",
        hard="Hard",
        tags="having temporal-bin condition-year-range abbreviation",
    ),
    Q(
        "atv-26",
        "scatter of international visitors (x) vs air passengers (y), one point per year",
        "point",
        "value",
        "value",
        sql=f"SELECT a.value AS x, r.value AS y {YEARLY} ORDER BY x, y",
        hard="Medium",
        tags="scatter join same-name-join",
    ),
    Q(
        "atv-27",
        "air passengers per international visitor, year by year",
        "line",
        "time",
        "value / value",
        sql=f"SELECT a.time AS x, r.value / a.value AS y {YEARLY} ORDER BY x",
        sort="x",
        hard="Hard",
        tags="time-line calendar-int join same-name-join",
    ),
    Q(
        "atv-28",
        "total air passengers, in millions, over the years in which Australia had more than 5"
        " million international visitors",
        "kpi",
        None,
        "sum(value)",
        sql=f"SELECT SUM(r.value) AS y {YEARLY} WHERE a.value > 5",
        hard="Hard",
        tags="kpi condition-number calendar-int join same-name-join",
    ),
    Q(
        "atv-29",
        "yearly international visitor arrivals (x) against that year's short-term visitor"
        " departures in millions (y)",
        "point",
        "value",
        "sum(visshort) / 1000",
        sql="SELECT a.value AS x, d.departed / 1000 AS y FROM austa a JOIN (SELECT YEAR(time)"
        " AS year, SUM(visshort) AS departed FROM departures GROUP BY year) d ON d.year = a.time"
        " ORDER BY x, y",
        hard="Extra Hard",
        tags="scatter calendar-int join same-name-join abbreviation",
    ),
    Q(
        "atv-30",
        "visitor nights per international visitor in each year, 1999 to 2015",
        "line",
        "time",
        "sum(value) / value",
        sql="SELECT a.time AS x, SUM(t.value) / a.value AS y FROM austourists t JOIN austa a"
        " ON YEAR(t.time) = a.time GROUP BY a.time, a.value ORDER BY x",
        sort="x",
        hard="Hard",
        tags="time-line calendar-int join same-name-join",
    ),
    Q(
        "atv-31",
        "total tourist visitor nights in the years when air passengers topped 60 million",
        "kpi",
        None,
        "sum(value)",
        sql="SELECT SUM(t.value) AS y FROM austourists t JOIN ausair r ON YEAR(t.time) = r.time"
        " WHERE r.value > 60",
        hard="Hard",
        tags="kpi condition-number join same-name-join",
    ),
    Q(
        "atv-32",
        "total permanent departures in the years with both more than 5 million international"
        " visitors and more than 50 million air passengers",
        "kpi",
        None,
        "sum(permanent)",
        sql="SELECT SUM(d.permanent) AS y FROM departures d JOIN austa a ON YEAR(d.time) = a.time"
        " JOIN ausair r ON r.time = a.time WHERE a.value > 5 AND r.value > 50",
        hard="Extra Hard",
        tags="kpi condition-number join same-name-join multi-hop",
    ),
    Q(
        "atv-33",
        "for each month of 2016, how many thousand more short-term resident departures there were"
        " than in the same month of 2015",
        "line",
        "time",
        "resshort - resshort",
        sql="SELECT a.time AS x, a.resshort - b.resshort AS y FROM departures a JOIN departures b"
        " ON b.time = a.time - INTERVAL 1 YEAR WHERE YEAR(a.time) = 2016 ORDER BY x",
        sort="x",
        hard="Hard",
        tags="time-line condition-year role-join abbreviation",
    ),
]
