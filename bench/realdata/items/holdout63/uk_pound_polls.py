"""The pound sterling and Margaret Thatcher's poll ratings (stevedata's ukg_eeri and thatcher_approval).

``ukg_eeri``: the Bank of England's effective exchange rate index of the pound sterling (series
XUDLBK67, the monthly average of January 2005 = 100), one row per London trading day 2 January
1990 – 30 December 2022 (8,340 days, 250–254 a year, weekdays only): ``date`` (DATE, unique) and
``value`` (DOUBLE, 73.10 on 23 March 2020 … 106.89 on 23 January 2007); no NULLs. The help page
says 8,318 rows; the data hold 8,340. ``thatcher_approval``: Ipsos MORI's monthly satisfaction
ratings during Margaret Thatcher's premiership, 125 polls January 1980 – November 1990 (a few
months have none: May and December 1980, May 1981, November 1983, July 1984 …): ``poll_date``
(text, the fieldwork as printed: ``January`` for 1980–1982, then ``January 20-26``, ``March
26-April 2`` …; not unique), ``date`` (DATE, unique: the first of the month up to 1982, then the
first fieldwork day), and six whole percentages (BIGINT): ``govt_sat``/``govt_dis`` (satisfied /
dissatisfied with the government, NULL for the June 1983 poll), ``thatcher_sat``/``thatcher_dis``
(with Thatcher, no NULLs) and ``opp_sat``/``opp_dis`` (with the leader of the opposition:
Callaghan to November 1980, Foot to October 1983, then Kinnock; NULL for October 1980 and July –
September 1983).

Join: ``thatcher_approval.date`` → ``ukg_eeri.date`` (same-name-join): the series overlap only in
1990, and each of the 11 polls of 1990 started on a trading day, so all 11 find their day's index;
the 114 polls of 1980–1989 and every trading day after 15 November 1990 (or not a poll's first
day) drop out. A month-level join (``DATE_TRUNC('month', ukg_eeri.date)``, the same on the poll
side) pairs each poll of 1990 with the 19–23 trading days of its month.
"""

from itemdef import Q

DB = "uk_pound_polls"
P90 = "FROM thatcher_approval t JOIN ukg_eeri e ON e.date = t.date"

ITEMS = [
    Q(
        "gbp-01",
        "yearly average of the sterling effective exchange rate index",
        "line",
        "year(date)",
        "avg(value)",
        sql="SELECT YEAR(date) AS x, AVG(value) AS y FROM ukg_eeri GROUP BY x ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line temporal-bin abbreviation",
    ),
    Q(
        "gbp-02",
        "What's the highest level the pound's effective exchange rate index ever reached?",
        "kpi",
        None,
        "max(value)",
        sql="SELECT MAX(value) AS y FROM ukg_eeri",
        hard="Easy",
        tags="kpi min-max abbreviation",
    ),
    Q(
        "gbp-03",
        "lowest reading of the sterling exchange rate index in 2016",
        "kpi",
        None,
        "min(value)",
        sql="SELECT MIN(value) AS y FROM ukg_eeri WHERE YEAR(date) = 2016",
        hard="Easy",
        tags="kpi min-max condition-year abbreviation",
    ),
    Q(
        "gbp-04",
        "sterling index day by day in September 1992",
        "line",
        "date",
        "value",
        sql="SELECT date AS x, value AS y FROM ukg_eeri"
        " WHERE date >= DATE '1992-09-01' AND date < DATE '1992-10-01' ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line condition-month condition-year abbreviation",
    ),
    Q(
        "gbp-05",
        "monthly average of the sterling index during 2016",
        "line",
        "month(date)",
        "avg(value)",
        sql="SELECT DATE_TRUNC('month', date) AS x, AVG(value) AS y FROM ukg_eeri"
        " WHERE YEAR(date) = 2016 GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line temporal-bin condition-year abbreviation",
    ),
    Q(
        "gbp-06",
        "On how many trading days was the sterling index above 105?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM ukg_eeri WHERE value > 105",
        hard="Easy",
        tags="kpi count-of-entity condition-number abbreviation",
    ),
    Q(
        "gbp-07",
        "number of trading days per year with the sterling index below 75",
        "bar",
        "year(date)",
        "count(*)",
        sql="SELECT YEAR(date) AS x, COUNT(*) AS y FROM ukg_eeri WHERE value < 75"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="temporal-bin count-of-entity condition-number abbreviation",
    ),
    Q(
        "gbp-08",
        "distribution of the daily sterling index readings in bins of 5 index points",
        "bar",
        "value",
        "count(*)",
        sql="SELECT FLOOR(value / 5) * 5 AS x, COUNT(*) AS y FROM ukg_eeri GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="histogram abbreviation",
    ),
    Q(
        "gbp-09",
        "highest sterling index reading of each year",
        "bar",
        "year(date)",
        "max(value)",
        sql="SELECT YEAR(date) AS x, MAX(value) AS y FROM ukg_eeri GROUP BY x ORDER BY x",
        hard="Easy",
        tags="temporal-bin min-max abbreviation",
    ),
    Q(
        "gbp-10",
        "Which 5 years had the widest gap between the sterling index's highest and lowest"
        " reading of the year?",
        "bar",
        "year(date)",
        "max(value) - min(value)",
        sql="SELECT YEAR(date) AS x, MAX(value) - MIN(value) AS y FROM ukg_eeri GROUP BY x"
        " ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Hard",
        tags="top-n temporal-bin min-max abbreviation",
    ),
    Q(
        "gbp-11",
        "years in which the sterling index averaged more than 100",
        "bar",
        "year(date)",
        "avg(value)",
        sql="SELECT YEAR(date) AS x, AVG(value) AS y FROM ukg_eeri GROUP BY x"
        " HAVING AVG(value) > 100 ORDER BY x",
        hard="Medium",
        tags="having temporal-bin abbreviation",
    ),
    Q(
        "gbp-12",
        "average sterling index by day of the week",
        "bar",
        "weekday(date)",
        "avg(value)",
        sql="SELECT CASE ISODOW(date) WHEN 1 THEN 'Mon' WHEN 2 THEN 'Tue' WHEN 3 THEN 'Wed'"
        " WHEN 4 THEN 'Thur' WHEN 5 THEN 'Fri' WHEN 6 THEN 'Sat' ELSE 'Sun' END AS x,"
        " AVG(value) AS y FROM ukg_eeri GROUP BY x ORDER BY x",
        hard="Medium",
        tags="temporal-bin abbreviation",
    ),
    Q(
        "gbp-13",
        "average level of the sterling index over the 2010s",
        "kpi",
        None,
        "avg(value)",
        sql="SELECT AVG(value) AS y FROM ukg_eeri WHERE YEAR(date) BETWEEN 2010 AND 2019",
        hard="Easy",
        tags="kpi condition-year-range abbreviation",
    ),
    Q(
        "gbp-14",
        "the 10 lowest daily readings of the sterling index since the start of 2016",
        "bar",
        "date",
        "value",
        sql="SELECT date AS x, value AS y FROM ukg_eeri WHERE date >= DATE '2016-01-01'"
        " ORDER BY y, x LIMIT 10",
        sort="y",
        hard="Medium",
        tags="top-n condition-year-range abbreviation",
    ),
    Q(
        "gbp-15",
        "How much did the sterling index's yearly average change from the year before? One bar per"
        " year",
        "bar",
        "year(date)",
        "avg(value) - avg(value)",
        sql="SELECT c.yr AS x, c.a - p.a AS y"
        " FROM (SELECT YEAR(date) AS yr, AVG(value) AS a FROM ukg_eeri GROUP BY yr) c"
        " JOIN (SELECT YEAR(date) AS yr, AVG(value) AS a FROM ukg_eeri GROUP BY yr) p"
        " ON p.yr = c.yr - 1 ORDER BY x",
        hard="Hard",
        tags="temporal-bin role-join abbreviation",
    ),
    Q(
        "gbp-16",
        "the 10 trading days on which the sterling index fell the most from the previous trading"
        " day, with the size of the fall",
        "bar",
        "date",
        "value - value",
        sql="SELECT c.date AS x, p.value - c.value AS y"
        " FROM (SELECT date, value, ROW_NUMBER() OVER (ORDER BY date) AS n FROM ukg_eeri) c"
        " JOIN (SELECT date, value, ROW_NUMBER() OVER (ORDER BY date) AS n FROM ukg_eeri) p"
        " ON p.n = c.n - 1 ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Extra Hard",
        tags="top-n role-join abbreviation",
    ),
    Q(
        "gbp-17",
        "How many trading days in 2022 had the sterling index under 80?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM ukg_eeri WHERE YEAR(date) = 2022 AND value < 80",
        hard="Easy",
        tags="kpi count-of-entity condition-year condition-number abbreviation",
    ),
    Q(
        "gbp-18",
        "each year's lowest sterling index reading (x) against its highest (y), one point per year",
        "point",
        "min(value)",
        "max(value)",
        sql="SELECT MIN(value) AS x, MAX(value) AS y FROM ukg_eeri GROUP BY YEAR(date)",
        hard="Medium",
        tags="scatter temporal-bin min-max abbreviation",
    ),
    Q(
        "gbp-19",
        "monthly average sterling index from January 2020 through June 2021",
        "line",
        "month(date)",
        "avg(value)",
        sql="SELECT DATE_TRUNC('month', date) AS x, AVG(value) AS y FROM ukg_eeri"
        " WHERE date >= DATE '2020-01-01' AND date < DATE '2021-07-01' GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line temporal-bin condition-year-range abbreviation",
    ),
    Q(
        "gbp-20",
        "the 3 months of 2008 with the lowest average sterling index",
        "bar",
        "month(date)",
        "avg(value)",
        sql="SELECT DATE_TRUNC('month', date) AS x, AVG(value) AS y FROM ukg_eeri"
        " WHERE YEAR(date) = 2008 GROUP BY x ORDER BY y, x LIMIT 3",
        sort="y",
        hard="Medium",
        tags="top-n temporal-bin condition-year abbreviation",
    ),
    Q(
        "gbp-21",
        "average sterling index in the twelve months after the Brexit referendum, July 2016 to"
        " June 2017",
        "kpi",
        None,
        "avg(value)",
        sql="SELECT AVG(value) AS y FROM ukg_eeri"
        " WHERE date >= DATE '2016-07-01' AND date < DATE '2017-07-01'",
        hard="Medium",
        tags="kpi condition-year-range abbreviation",
    ),
    Q(
        "gbp-22",
        "trading days per year, 2014 to 2019, split into days with the sterling index at or above"
        " 85 and days below 85, stacked",
        "bar",
        "year(date)",
        "count(*)",
        "value >= 85",
        sql="SELECT YEAR(date) AS x, COUNT(*) AS y,"
        " CASE WHEN value >= 85 THEN 'at or above 85' ELSE 'below 85' END AS color"
        " FROM ukg_eeri WHERE YEAR(date) BETWEEN 2014 AND 2019 GROUP BY x, color ORDER BY x, color",
        hard="Hard",
        tags="two-category temporal-bin count-of-entity condition-number condition-year-range"
        " abbreviation",
    ),
    Q(
        "gbp-23",
        "Thatcher's satisfaction rating, poll by poll",
        "line",
        "date",
        "thatcher_sat",
        sql="SELECT date AS x, thatcher_sat AS y FROM thatcher_approval ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line abbreviation",
    ),
    Q(
        "gbp-24",
        "each poll's share satisfied with the government (x) against the share satisfied with"
        " Thatcher (y)",
        "point",
        "govt_sat",
        "thatcher_sat",
        sql="SELECT govt_sat AS x, thatcher_sat AS y FROM thatcher_approval"
        " WHERE govt_sat IS NOT NULL",
        hard="Easy",
        tags="scatter abbreviation",
    ),
    Q(
        "gbp-25",
        "Thatcher's average satisfaction rating per year",
        "line",
        "year(date)",
        "avg(thatcher_sat)",
        sql="SELECT YEAR(date) AS x, AVG(thatcher_sat) AS y FROM thatcher_approval"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line temporal-bin abbreviation",
    ),
    Q(
        "gbp-26",
        "In how many polls were more people satisfied than dissatisfied with Thatcher?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM thatcher_approval WHERE thatcher_sat > thatcher_dis",
        hard="Medium",
        tags="kpi count-of-entity condition-number abbreviation",
    ),
    Q(
        "gbp-27",
        "What was the lowest share of people satisfied with Thatcher in any poll?",
        "kpi",
        None,
        "min(thatcher_sat)",
        sql="SELECT MIN(thatcher_sat) AS y FROM thatcher_approval",
        hard="Easy",
        tags="kpi min-max abbreviation",
    ),
    Q(
        "gbp-28",
        "average net satisfaction with the leader of the opposition (satisfied minus dissatisfied)"
        " by year",
        "bar",
        "year(date)",
        "avg(opp_sat - opp_dis)",
        sql="SELECT YEAR(date) AS x, AVG(opp_sat - opp_dis) AS y FROM thatcher_approval"
        " WHERE opp_sat IS NOT NULL AND opp_dis IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="temporal-bin abbreviation",
    ),
    Q(
        "gbp-29",
        "years in which Thatcher's satisfaction rating averaged above 45%",
        "bar",
        "year(date)",
        "avg(thatcher_sat)",
        sql="SELECT YEAR(date) AS x, AVG(thatcher_sat) AS y FROM thatcher_approval GROUP BY x"
        " HAVING AVG(thatcher_sat) > 45 ORDER BY x",
        hard="Medium",
        tags="having temporal-bin abbreviation",
    ),
    Q(
        "gbp-30",
        "the 4 polls with the highest dissatisfaction with the government",
        "bar",
        "date",
        "govt_dis",
        sql="SELECT date AS x, govt_dis AS y FROM thatcher_approval WHERE govt_dis IS NOT NULL"
        " ORDER BY y DESC, x LIMIT 4",
        sort="-y",
        hard="Medium",
        tags="top-n abbreviation",
    ),
    Q(
        "gbp-31",
        "average satisfaction with the government across the 1982 polls",
        "kpi",
        None,
        "avg(govt_sat)",
        sql="SELECT AVG(govt_sat) AS y FROM thatcher_approval WHERE YEAR(date) = 1982",
        hard="Easy",
        tags="kpi condition-year abbreviation",
    ),
    Q(
        "gbp-32",
        "highest share dissatisfied with the leader of the opposition in each year's polls",
        "bar",
        "year(date)",
        "max(opp_dis)",
        sql="SELECT YEAR(date) AS x, MAX(opp_dis) AS y FROM thatcher_approval"
        " WHERE opp_dis IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="temporal-bin min-max abbreviation",
    ),
    Q(
        "gbp-33",
        "1990 polls: the sterling index on the poll's first day (x) against the share satisfied"
        " with Thatcher (y)",
        "point",
        "value",
        "thatcher_sat",
        sql=f"SELECT e.value AS x, t.thatcher_sat AS y {P90}",
        hard="Hard",
        tags="scatter join same-name-join condition-year abbreviation",
    ),
    Q(
        "gbp-34",
        "average sterling index on the first day of the 1990 polls in which fewer than 30% were"
        " satisfied with Thatcher",
        "kpi",
        None,
        "avg(value)",
        sql=f"SELECT AVG(e.value) AS y {P90} WHERE t.thatcher_sat < 30",
        hard="Hard",
        tags="kpi join same-name-join condition-number condition-year abbreviation",
    ),
    Q(
        "gbp-35",
        "For each month of 1990 with a poll: the month's average sterling index (x) against the"
        " share satisfied with the government in that month's poll (y)",
        "point",
        "avg(value)",
        "govt_sat",
        sql="SELECT AVG(e.value) AS x, t.govt_sat AS y FROM thatcher_approval t"
        " JOIN ukg_eeri e ON DATE_TRUNC('month', e.date) = DATE_TRUNC('month', t.date)"
        " GROUP BY t.date, t.govt_sat",
        hard="Extra Hard",
        tags="scatter join same-name-join temporal-bin condition-year abbreviation",
    ),
    Q(
        "gbp-36",
        "distribution of Thatcher's satisfaction ratings across the polls, in 5-point bins",
        "bar",
        "thatcher_sat",
        "count(*)",
        sql="SELECT FLOOR(thatcher_sat / 5) * 5 AS x, COUNT(*) AS y FROM thatcher_approval"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="histogram abbreviation",
    ),
    Q(
        "gbp-37",
        "average sterling index in October 2008",
        "kpi",
        None,
        "avg(value)",
        sql="SELECT AVG(value) AS y FROM ukg_eeri"
        " WHERE date >= DATE '2008-10-01' AND date < DATE '2008-11-01'",
        hard="Easy",
        tags="kpi condition-month condition-year abbreviation",
    ),
]
