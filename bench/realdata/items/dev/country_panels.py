"""Country-year panels from stevedata: vehicle production, gun homicides, coffee imports.

Four tables without declared keys, each measure in a column named ``value``:
``mvprod`` (motor vehicles produced, 1950–2019 at 5–10-year steps then
yearly; a ``World`` row holds the world total; some values missing),
``ghp100k`` (gun homicides per 100,000 people, 25 Western countries,
1974–2017), ``coffee_imports`` (coffee imports in thousand 60-kg bags,
1990–2019; ``member`` 1 for members of the International Coffee Organization;
seven empty rows a year with no country) — all three keyed by
``(country, year)`` — and ``eurostat_codes`` (``country``, ``iso2c``, ``cat``:
EU, EFTA, UK, EUCC = candidate, PC = potential candidate, ENP-E/ENP-S
neighbourhood, OEC), one row per country, whose ``country`` repeats on the
panels' side. The United States is ``United States`` in ``mvprod``, ``USA`` in
``ghp100k`` and ``United States of America`` in ``coffee_imports``.
"""

from itemdef import Q

DB = "country_panels"
MV_EU = "mvprod JOIN eurostat_codes ON mvprod.country = eurostat_codes.country"
GH_EU = "ghp100k JOIN eurostat_codes ON ghp100k.country = eurostat_codes.country"
CO_EU = "coffee_imports JOIN eurostat_codes ON coffee_imports.country = eurostat_codes.country"

ITEMS = [
    Q(
        "panels-01",
        "motor vehicle production in Japan over time",
        "line",
        "year",
        "value",
        sql="SELECT year AS x, value AS y FROM mvprod WHERE country = 'Japan'"
        " AND value IS NOT NULL ORDER BY x",
        sort="x",
        hard="Easy",
        tags="condition-value calendar-int time-line",
    ),
    Q(
        "panels-02",
        "top 10 vehicle producing countries in 2019",
        "bar",
        "country",
        "value",
        sql="SELECT country AS x, value AS y FROM mvprod WHERE year = 2019 AND country <> 'World'"
        " AND value IS NOT NULL ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Hard",
        tags="top-n condition-year",
    ),
    Q(
        "panels-03",
        "world vehicle production by year",
        "line",
        "year",
        "value",
        sql="SELECT year AS x, value AS y FROM mvprod WHERE country = 'World'"
        " AND value IS NOT NULL ORDER BY x",
        sort="x",
        hard="Medium",
        tags="condition-value calendar-int time-line",
    ),
    Q(
        "panels-04",
        "gun homicide rate in the USA over time",
        "line",
        "year",
        "value",
        sql="SELECT year AS x, value AS y FROM ghp100k WHERE country = 'USA' ORDER BY x",
        sort="x",
        hard="Medium",
        tags="condition-value calendar-int time-line",
    ),
    Q(
        "panels-05",
        "average gun homicide rate by country",
        "bar",
        "country",
        "avg(value)",
        sql="SELECT country AS x, AVG(value) AS y FROM ghp100k GROUP BY x ORDER BY x",
        hard="Easy",
        tags="",
    ),
    Q(
        "panels-06",
        "coffee imports of Germany since 2000",
        "line",
        "year",
        "value",
        sql="SELECT year AS x, value AS y FROM coffee_imports WHERE country = 'Germany'"
        " AND year >= 2000 AND value IS NOT NULL ORDER BY x",
        sort="x",
        hard="Medium",
        tags="condition-value condition-year-range calendar-int time-line",
    ),
    Q(
        "panels-07",
        "top 10 coffee importers in 2019",
        "bar",
        "country",
        "value",
        sql="SELECT country AS x, value AS y FROM coffee_imports WHERE year = 2019"
        " AND value IS NOT NULL AND country IS NOT NULL ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Medium",
        tags="top-n condition-year",
    ),
    Q(
        "panels-08",
        "total coffee imports of ICO members vs non-members in 2019",
        "bar",
        "member",
        "sum(value)",
        sql="SELECT member AS x, SUM(value) AS y FROM coffee_imports WHERE year = 2019"
        " AND value IS NOT NULL GROUP BY x ORDER BY x",
        hard="Hard",
        tags="condition-year abbreviation",
    ),
    Q(
        "panels-09",
        "total coffee imports of EU countries by year",
        "line",
        "year",
        "sum(value)",
        sql=f"SELECT year AS x, SUM(value) AS y FROM {CO_EU} WHERE cat = 'EU'"
        " AND value IS NOT NULL GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="join same-name-join condition-value calendar-int time-line",
    ),
    Q(
        "panels-10",
        "How many countries are in the coffee imports data?",
        "kpi",
        None,
        "count(distinct country)",
        sql="SELECT COUNT(DISTINCT country) AS y FROM coffee_imports",
        hard="Medium",
        tags="kpi count-of-entity count-distinct",
    ),
    Q(
        "panels-11",
        "How many EU countries have vehicle production figures?",
        "kpi",
        None,
        "count(distinct country)",
        sql=f"SELECT COUNT(DISTINCT mvprod.country) AS y FROM {MV_EU} WHERE cat = 'EU'"
        " AND value IS NOT NULL",
        hard="Extra Hard",
        tags="kpi join same-name-join count-of-entity count-distinct condition-value",
    ),
    Q(
        "panels-12",
        "number of countries per Eurostat category",
        "bar",
        "cat",
        "count(*)",
        sql="SELECT cat AS x, COUNT(*) AS y FROM eurostat_codes GROUP BY x ORDER BY x",
        hard="Easy",
        tags="count-of-entity abbreviation",
    ),
    Q(
        "panels-13",
        "gun homicide rate vs vehicle production in 2015, a point per country",
        "point",
        "value",
        "value",
        sql="SELECT m.value AS x, g.value AS y FROM ghp100k AS g JOIN mvprod AS m"
        " ON g.country = m.country AND g.year = m.year WHERE g.year = 2015 AND m.value IS NOT NULL",
        hard="Extra Hard",
        tags="join same-name-join scatter condition-year",
    ),
    Q(
        "panels-14",
        "average gun homicide rate of EU vs EFTA countries",
        "bar",
        "cat",
        "avg(value)",
        sql=f"SELECT cat AS x, AVG(value) AS y FROM {GH_EU} WHERE cat IN ('EU', 'EFTA')"
        " GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join same-name-join condition-value abbreviation",
    ),
    Q(
        "panels-15",
        "vehicle production of Germany, France and Italy since 2000, a line each",
        "line",
        "year",
        "value",
        "country",
        sql="SELECT year AS x, value AS y, country AS color FROM mvprod"
        " WHERE country IN ('Germany', 'France', 'Italy') AND year >= 2000 AND value IS NOT NULL"
        " ORDER BY color, x",
        sort="x",
        hard="Hard",
        tags="multi-series condition-value condition-year-range calendar-int time-line",
    ),
    Q(
        "panels-16",
        "countries whose average gun homicide rate is above 0.5",
        "bar",
        "country",
        "avg(value)",
        sql="SELECT country AS x, AVG(value) AS y FROM ghp100k GROUP BY x HAVING AVG(value) > 0.5"
        " ORDER BY x",
        hard="Hard",
        tags="having",
    ),
    Q(
        "panels-17",
        "coffee imports in 2019 by Eurostat category",
        "bar",
        "cat",
        "sum(value)",
        sql=f"SELECT cat AS x, SUM(value) AS y FROM {CO_EU} WHERE year = 2019"
        " AND value IS NOT NULL GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join same-name-join condition-year abbreviation",
    ),
    Q(
        "panels-18",
        "histogram of gun homicide rates in bins of 0.5",
        "bar",
        "value",
        "count(*)",
        sql="SELECT FLOOR(value / 0.5) * 0.5 AS x, COUNT(*) AS y FROM ghp100k"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="histogram",
    ),
    Q(
        "panels-19",
        "highest gun homicide rate recorded in each country",
        "bar",
        "country",
        "max(value)",
        sql="SELECT country AS x, MAX(value) AS y FROM ghp100k GROUP BY x ORDER BY x",
        hard="Medium",
        tags="min-max",
    ),
    Q(
        "panels-20",
        "coffee imports of the United States in 2019",
        "kpi",
        None,
        "value",
        sql="SELECT value AS y FROM coffee_imports"
        " WHERE country = 'United States of America' AND year = 2019",
        hard="Hard",
        tags="kpi condition-value condition-year",
    ),
    Q(
        "panels-21",
        "vehicle production of China and South Korea over time, a line each",
        "line",
        "year",
        "value",
        "country",
        sql="SELECT year AS x, value AS y, country AS color FROM mvprod"
        " WHERE country IN ('China', 'South Korea') AND value IS NOT NULL ORDER BY color, x",
        sort="x",
        hard="Hard",
        tags="multi-series condition-value calendar-int time-line",
    ),
    Q(
        "panels-22",
        "average coffee imports of ICO member countries by year",
        "line",
        "year",
        "avg(value)",
        sql="SELECT year AS x, AVG(value) AS y FROM coffee_imports WHERE member = 1"
        " AND value IS NOT NULL GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="condition-number calendar-int time-line abbreviation",
    ),
    Q(
        "panels-23",
        "How many countries produced more than 1 million vehicles in 2019?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM mvprod WHERE year = 2019 AND value > 1000000"
        " AND country <> 'World'",
        hard="Hard",
        tags="kpi count-of-entity condition-number condition-year",
    ),
    Q(
        "panels-24",
        "vehicle production of EU countries in 2019",
        "bar",
        "country",
        "value",
        sql=f"SELECT mvprod.country AS x, value AS y FROM {MV_EU} WHERE cat = 'EU' AND year = 2019"
        " AND value IS NOT NULL ORDER BY x",
        hard="Hard",
        tags="join same-name-join condition-value condition-year",
    ),
    Q(
        "panels-25",
        "total coffee imports per year",
        "line",
        "year",
        "sum(value)",
        sql="SELECT year AS x, SUM(value) AS y FROM coffee_imports WHERE value IS NOT NULL"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="calendar-int time-line",
    ),
    Q(
        "panels-26",
        "coffee imports of the EU candidate countries in 2019",
        "bar",
        "country",
        "value",
        sql=f"SELECT coffee_imports.country AS x, value AS y FROM {CO_EU} WHERE cat = 'EUCC'"
        " AND year = 2019 AND value IS NOT NULL ORDER BY x",
        hard="Extra Hard",
        tags="join same-name-join condition-value condition-year abbreviation",
    ),
]
