"""US foreign aid, export quality of passenger cars and financial crises by country (stevedata).

``USFAHR``: one row per country and year (11 years: 1951, 1955, 1963, 1967,
1971, 1979, 1983, 1991, 1995, 2003, 2011): ``country``, ``ccode`` (Correlates
of War code), ``region`` (9, one per country), ``nomoblig`` / ``constoblig``
(US aid obligations in nominal / constant dollars), ``clphy`` (physical
integrity rights score), ``civlib`` (civil liberties score), ``fpsusa`` /
``fpsrus`` (foreign-policy similarity with the US / Russia), ``mindistusa``,
``gdp``, ``pop``, ``usaimp`` / ``usaexp`` (US imports from / exports to the
country), ``milex`` (military expenditure), ``cinc`` (national capability
score).

``eq_passengercars``: IMF export quality data for passenger cars, long format,
one row per ``country``, ``ccode`` (NULL for Hong Kong), ``category`` (seven:
``Export Quality Index``, ``Unit value of exports``, ``Trade value of
exports`` and 95 % interval bounds), ``type`` (one value) and ``year``
1963–2014; ``value`` (NULL where there is no figure).

``SBCD``: systemic banking crises database, one row per crisis: ``country``
(IMF names, most spelled as in ``USFAHR``), ``type`` (banking, currency,
debt, debtrestructuring), ``year`` (one NULL), ``month`` (mostly NULL).

Joins: ``eq_passengercars`` ↔ ``USFAHR`` on ``(ccode, year)`` or, for the
region, on ``ccode`` through the distinct ``(ccode, region)`` pairs;
``SBCD`` ↔ ``USFAHR`` on ``country`` through the distinct ``(country, region)``
pairs (136 of SBCD's 157 countries match).
"""

from itemdef import Q

DB = "aid_trade"
U = "USFAHR"
E = "eq_passengercars"
S = "SBCD"
CREG = "(SELECT DISTINCT ccode, region FROM USFAHR) r"
NREG = "(SELECT DISTINCT country, region FROM USFAHR) r"
EQI = "category = 'Export Quality Index'"
TV = "category = 'Trade value of exports'"

ITEMS = [
    Q(
        "aid-01",
        "number of countries per region in 2011",
        "bar",
        "region",
        "count(*)",
        sql=f"SELECT region AS x, COUNT(*) AS y FROM {U} WHERE year = 2011 GROUP BY x ORDER BY x",
        hard="Easy",
        tags="count-of-entity condition-year calendar-int",
    ),
    Q(
        "aid-02",
        "total US aid obligations in constant dollars by year",
        "line",
        "year",
        "sum(constoblig)",
        sql=f"SELECT year AS x, SUM(constoblig) AS y FROM {U} GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line calendar-int abbreviation",
    ),
    Q(
        "aid-03",
        "top 5 recipients of US aid in 2011, in constant dollars",
        "bar",
        "country",
        "sum(constoblig)",
        sql=f"SELECT country AS x, SUM(constoblig) AS y FROM {U} WHERE year = 2011"
        " GROUP BY x ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="top-n condition-year calendar-int abbreviation",
    ),
    Q(
        "aid-04",
        "US aid in constant dollars by region for 2003",
        "bar",
        "region",
        "sum(constoblig)",
        sql=f"SELECT region AS x, SUM(constoblig) AS y FROM {U} WHERE year = 2003"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="condition-year calendar-int abbreviation",
    ),
    Q(
        "aid-05",
        "average civil liberties score per region in 2011",
        "bar",
        "region",
        "avg(civlib)",
        sql=f"SELECT region AS x, AVG(civlib) AS y FROM {U} WHERE year = 2011"
        " AND civlib IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="condition-year calendar-int abbreviation",
    ),
    Q(
        "aid-06",
        "trend of the average physical integrity rights score",
        "line",
        "year",
        "avg(clphy)",
        sql=f"SELECT year AS x, AVG(clphy) AS y FROM {U} WHERE clphy IS NOT NULL"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line calendar-int abbreviation",
    ),
    Q(
        "aid-07",
        "How many countries got no US aid at all in 1983?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {U} WHERE year = 1983 AND nomoblig = 0",
        hard="Hard",
        tags="kpi count-of-entity condition-number condition-year calendar-int abbreviation",
    ),
    Q(
        "aid-08",
        "total US exports to each region in 1995",
        "bar",
        "region",
        "sum(usaexp)",
        sql=f"SELECT region AS x, SUM(usaexp) AS y FROM {U} WHERE year = 1995"
        " AND usaexp IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="condition-year calendar-int abbreviation",
    ),
    Q(
        "aid-09",
        "GDP against military expenditure, one point per country, 2011",
        "point",
        "gdp",
        "milex",
        sql=f"SELECT gdp AS x, milex AS y FROM {U} WHERE year = 2011"
        " AND gdp IS NOT NULL AND milex IS NOT NULL",
        hard="Medium",
        tags="scatter condition-year calendar-int abbreviation",
    ),
    Q(
        "aid-10",
        "regions that received more than 1 billion constant dollars of US aid in 1995",
        "bar",
        "region",
        "sum(constoblig)",
        sql=f"SELECT region AS x, SUM(constoblig) AS y FROM {U} WHERE year = 1995"
        " GROUP BY x HAVING SUM(constoblig) > 1000000000 ORDER BY x",
        hard="Hard",
        tags="having condition-year calendar-int abbreviation",
    ),
    Q(
        "aid-11",
        "total population by region in 2011",
        "bar",
        "region",
        "sum(pop)",
        sql=f"SELECT region AS x, SUM(pop) AS y FROM {U} WHERE year = 2011 AND pop IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Easy",
        tags="condition-year calendar-int abbreviation",
    ),
    Q(
        "aid-12",
        "US aid to Egypt over time in constant dollars",
        "line",
        "year",
        "constoblig",
        sql=f"SELECT year AS x, constoblig AS y FROM {U} WHERE country = 'Egypt' ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line calendar-int condition-value abbreviation",
    ),
    Q(
        "aid-13",
        "highest national capability (CINC) score reached in each region",
        "bar",
        "region",
        "max(cinc)",
        sql=f"SELECT region AS x, MAX(cinc) AS y FROM {U} WHERE cinc IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="min-max abbreviation",
    ),
    Q(
        "aid-14",
        "How many countries does the foreign aid data cover in 1991?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {U} WHERE year = 1991",
        hard="Medium",
        tags="kpi count-of-entity condition-year calendar-int",
    ),
    Q(
        "aid-15",
        "US aid in constant dollars per year, one line per region",
        "line",
        "year",
        "sum(constoblig)",
        "region",
        sql=f"SELECT year AS x, SUM(constoblig) AS y, region AS color FROM {U}"
        " GROUP BY x, color ORDER BY color, x",
        sort="x",
        hard="Hard",
        tags="time-line calendar-int multi-series abbreviation",
    ),
    Q(
        "aid-16",
        "number of crises by type",
        "bar",
        "type",
        "count(*)",
        sql=f"SELECT type AS x, COUNT(*) AS y FROM {S} GROUP BY x ORDER BY x",
        hard="Easy",
        tags="count-of-entity",
    ),
    Q(
        "aid-17",
        "number of banking crises per year",
        "line",
        "year",
        "count(*)",
        sql=f"SELECT year AS x, COUNT(*) AS y FROM {S} WHERE type = 'banking'"
        " AND year IS NOT NULL GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line calendar-int count-of-entity condition-value",
    ),
    Q(
        "aid-18",
        "How many currency crises were there in the 1990s?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {S} WHERE type = 'currency' AND year BETWEEN 1990 AND 1999",
        hard="Medium",
        tags="kpi count-of-entity condition-value condition-year-range calendar-int",
    ),
    Q(
        "aid-19",
        "which 2 countries had the most crises?",
        "bar",
        "country",
        "count(*)",
        sql=f"SELECT country AS x, COUNT(*) AS y FROM {S} GROUP BY x ORDER BY y DESC, x LIMIT 2",
        sort="-y",
        hard="Medium",
        tags="top-n count-of-entity",
    ),
    Q(
        "aid-20",
        "crises in 2008 by type",
        "bar",
        "type",
        "count(*)",
        sql=f"SELECT type AS x, COUNT(*) AS y FROM {S} WHERE year = 2008 GROUP BY x ORDER BY x",
        hard="Easy",
        tags="count-of-entity condition-year calendar-int",
    ),
    Q(
        "aid-21",
        "share of crises by type since 2000, as a pie",
        "arc",
        "type",
        "count(*)",
        sql=f"SELECT type AS x, COUNT(*) AS y FROM {S} WHERE year >= 2000 GROUP BY x ORDER BY x",
        hard="Medium",
        tags="share count-of-entity condition-year-range calendar-int",
    ),
    Q(
        "aid-22",
        "currency crises by month of the year they started",
        "bar",
        "month",
        "count(*)",
        sql=f"SELECT month AS x, COUNT(*) AS y FROM {S} WHERE type = 'currency'"
        " AND month IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="count-of-entity condition-value calendar-int",
    ),
    Q(
        "aid-23",
        "countries with at least 9 crises",
        "bar",
        "country",
        "count(*)",
        sql=f"SELECT country AS x, COUNT(*) AS y FROM {S} GROUP BY x HAVING COUNT(*) >= 9 ORDER BY x",
        hard="Medium",
        tags="having count-of-entity",
    ),
    Q(
        "aid-24",
        "Japan's passenger car export quality index over time",
        "line",
        "year",
        "value",
        sql=f"SELECT year AS x, value AS y FROM {E} WHERE country = 'Japan' AND {EQI}"
        " AND value IS NOT NULL ORDER BY x",
        sort="x",
        hard="Hard",
        tags="time-line calendar-int condition-value",
    ),
    Q(
        "aid-25",
        "top 5 passenger car exporters by trade value of exports in 2014",
        "bar",
        "country",
        "sum(value)",
        sql=f"SELECT country AS x, SUM(value) AS y FROM {E} WHERE {TV} AND year = 2014"
        " AND value IS NOT NULL GROUP BY x ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Hard",
        tags="top-n condition-value condition-year calendar-int",
    ),
    Q(
        "aid-26",
        "total trade value of passenger car exports per year",
        "line",
        "year",
        "sum(value)",
        sql=f"SELECT year AS x, SUM(value) AS y FROM {E} WHERE {TV} AND value IS NOT NULL"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line calendar-int condition-value",
    ),
    Q(
        "aid-27",
        "average passenger car export quality index by region in 2011",
        "bar",
        "region",
        "avg(value)",
        sql=f"SELECT u.region AS x, AVG(e.value) AS y FROM {E} e JOIN {U} u"
        f" ON e.ccode = u.ccode AND e.year = u.year WHERE e.{EQI} AND e.year = 2011"
        " AND e.value IS NOT NULL GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join same-name-join condition-value condition-year calendar-int",
    ),
    Q(
        "aid-28",
        "total trade value of passenger car exports by region in 2003",
        "bar",
        "region",
        "sum(value)",
        sql=f"SELECT u.region AS x, SUM(e.value) AS y FROM {E} e JOIN {U} u"
        f" ON e.ccode = u.ccode AND e.year = u.year WHERE e.{TV} AND e.year = 2003"
        " AND e.value IS NOT NULL GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join same-name-join condition-value condition-year calendar-int",
    ),
    Q(
        "aid-29",
        "civil liberties score against passenger car export quality index, one point per country, 2011",
        "point",
        "civlib",
        "value",
        sql=f"SELECT u.civlib AS x, e.value AS y FROM {E} e JOIN {U} u"
        f" ON e.ccode = u.ccode AND e.year = u.year WHERE e.{EQI} AND e.year = 2011"
        " AND e.value IS NOT NULL AND u.civlib IS NOT NULL",
        hard="Extra Hard",
        tags="join same-name-join scatter condition-value condition-year calendar-int abbreviation",
    ),
    Q(
        "aid-30",
        "number of crises per region",
        "bar",
        "region",
        "count(*)",
        sql=f"SELECT r.region AS x, COUNT(*) AS y FROM {S} s JOIN {NREG} ON s.country = r.country"
        " GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join same-name-join count-of-entity",
    ),
    Q(
        "aid-31",
        "banking crises by region",
        "bar",
        "region",
        "count(*)",
        sql=f"SELECT r.region AS x, COUNT(*) AS y FROM {S} s JOIN {NREG} ON s.country = r.country"
        " WHERE s.type = 'banking' GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join same-name-join count-of-entity condition-value",
    ),
    Q(
        "aid-32",
        "number of crises per region since 2000, stacked by type",
        "bar",
        "region",
        "count(*)",
        "type",
        sql=f"SELECT r.region AS x, COUNT(*) AS y, s.type AS color FROM {S} s JOIN {NREG}"
        " ON s.country = r.country WHERE s.year >= 2000 GROUP BY x, color ORDER BY x, color",
        hard="Extra Hard",
        tags="join same-name-join two-category count-of-entity condition-year-range calendar-int",
    ),
    Q(
        "aid-33",
        "which 3 Sub-Saharan African countries had the most crises?",
        "bar",
        "country",
        "count(*)",
        sql=f"SELECT s.country AS x, COUNT(*) AS y FROM {S} s JOIN {NREG} ON s.country = r.country"
        " WHERE r.region = 'Sub-Saharan Africa' GROUP BY x ORDER BY y DESC, x LIMIT 3",
        sort="-y",
        hard="Extra Hard",
        tags="join same-name-join top-n count-of-entity condition-value",
    ),
    Q(
        "aid-34",
        "US aid in constant dollars against the passenger car export quality index, per country, 1995",
        "point",
        "constoblig",
        "value",
        sql=f"SELECT u.constoblig AS x, e.value AS y FROM {E} e JOIN {U} u"
        f" ON e.ccode = u.ccode AND e.year = u.year WHERE e.{EQI} AND e.year = 1995"
        " AND e.value IS NOT NULL",
        hard="Extra Hard",
        tags="join same-name-join scatter condition-value condition-year calendar-int abbreviation",
    ),
    Q(
        "aid-35",
        "number of countries per region with a passenger car export trade value in 2014",
        "bar",
        "region",
        "count(distinct ccode)",
        sql=f"SELECT r.region AS x, COUNT(DISTINCT e.ccode) AS y FROM {E} e JOIN {CREG}"
        f" ON e.ccode = r.ccode WHERE e.{TV} AND e.year = 2014 AND e.value IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Extra Hard",
        tags="join same-name-join count-of-entity count-distinct condition-value condition-year calendar-int",
    ),
    Q(
        "aid-36",
        "average passenger car export quality index in 2011 of countries with a civil liberties score above 0.8",
        "kpi",
        None,
        "avg(value)",
        sql=f"SELECT AVG(e.value) AS y FROM {E} e JOIN {U} u ON e.ccode = u.ccode AND e.year = u.year"
        f" WHERE e.{EQI} AND e.year = 2011 AND u.civlib > 0.8 AND e.value IS NOT NULL",
        hard="Extra Hard",
        tags="kpi join same-name-join condition-value condition-number condition-year calendar-int abbreviation",
    ),
    Q(
        "aid-37",
        "average passenger car export quality index per year for Western Europe",
        "line",
        "year",
        "avg(value)",
        sql=f"SELECT e.year AS x, AVG(e.value) AS y FROM {E} e JOIN {CREG} ON e.ccode = r.ccode"
        f" WHERE e.{EQI} AND r.region = 'Western Europe' AND e.value IS NOT NULL"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Extra Hard",
        tags="join same-name-join time-line calendar-int condition-value",
    ),
    Q(
        "aid-38",
        "How many countries had at least one currency crisis?",
        "kpi",
        None,
        "count(distinct country)",
        sql=f"SELECT COUNT(DISTINCT country) AS y FROM {S} WHERE type = 'currency'",
        hard="Medium",
        tags="kpi count-of-entity count-distinct condition-value",
    ),
    Q(
        "aid-39",
        "How many currency crises started in January?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {S} WHERE type = 'currency' AND month = 1",
        hard="Medium",
        tags="kpi count-of-entity condition-value condition-month calendar-int",
    ),
    Q(
        "aid-40",
        "top 3 Latin American and Caribbean countries by passenger car export trade value in 2011",
        "bar",
        "country",
        "sum(value)",
        sql=f"SELECT e.country AS x, SUM(e.value) AS y FROM {E} e JOIN {CREG} ON e.ccode = r.ccode"
        f" WHERE e.{TV} AND e.year = 2011 AND r.region = 'Latin America and Caribbean'"
        " AND e.value IS NOT NULL GROUP BY x ORDER BY y DESC, x LIMIT 3",
        sort="-y",
        hard="Extra Hard",
        tags="join same-name-join top-n condition-value condition-year calendar-int",
    ),
    Q(
        "aid-41",
        "currency crises per region in the 1980s",
        "bar",
        "region",
        "count(*)",
        sql=f"SELECT r.region AS x, COUNT(*) AS y FROM {S} s JOIN {NREG} ON s.country = r.country"
        " WHERE s.type = 'currency' AND s.year BETWEEN 1980 AND 1989 GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join same-name-join count-of-entity condition-value condition-year-range calendar-int",
    ),
    Q(
        "aid-42",
        "regions whose passenger car exports had a total trade value above 10 million in 2011",
        "bar",
        "region",
        "sum(value)",
        sql=f"SELECT r.region AS x, SUM(e.value) AS y FROM {E} e JOIN {CREG} ON e.ccode = r.ccode"
        f" WHERE e.{TV} AND e.year = 2011 AND e.value IS NOT NULL GROUP BY x"
        " HAVING SUM(e.value) > 10000000 ORDER BY x",
        hard="Extra Hard",
        tags="join same-name-join having condition-value condition-year calendar-int",
    ),
]
