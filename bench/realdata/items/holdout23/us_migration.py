"""UN migrant stock to and from the United States, 1990–2017, with 2012 domestic conflict
events by country (stevedata ``usa_migration`` and ``DCE12``).

``usa_migration``: ``year`` (1990, 1995, …, 2015, 2017), ``country`` (always the United
States), ``category`` (``Inbound``: people born in ``area`` living in the US; ``Outbound``:
US-born people living in ``area``), ``area`` (UN names: ``Viet Nam``, ``Republic of Korea``;
inbound also ``Total``, ``Other South``, ``Other North``; outbound also ``WORLD``, the
continents in capitals — ``AFRICA``, ``ASIA``, ``EUROPE``, ``LATIN AMERICA AND THE
CARIBBEAN``, ``NORTHERN AMERICA``, ``OCEANIA`` —, sub-regions and income groups), ``count``
(NULL on about 80 rows a year). ``DCE12``: one row per country, ``country`` (CNTS names:
``China PR``, ``Korea, South``), 2012 event counts (``assassinations``, ``strikes``,
``guerwar``, ``govtcrises``, ``purges``, ``riots``, ``revolutions``, ``agd``), ``wci``,
``area`` (km²), ``tpop``/``adultpop``/``youthpop`` (thousands), ``gdppc``, ``urbanshare``,
``polyarchy``, ``perctser``. Join: ``usa_migration.area`` → ``DCE12.country``.
"""

from itemdef import Q

DB = "us_migration"
M = "usa_migration"
D = "DCE12"
J = f"{M} m JOIN {D} d ON m.area = d.country"

ITEMS = [
    Q(
        "mig-01",
        "total number of immigrants living in the US over time",
        "line",
        "year",
        "sum(count)",
        sql=f"SELECT year AS x, SUM(count) AS y FROM {M} WHERE category = 'Inbound' AND area = 'Total'"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line calendar-int condition-value",
    ),
    Q(
        "mig-02",
        "How many Americans were living abroad in 2017?",
        "kpi",
        None,
        "sum(count)",
        sql=f"SELECT SUM(count) AS y FROM {M} WHERE category = 'Outbound' AND area = 'WORLD'"
        " AND year = 2017",
        hard="Hard",
        tags="kpi condition-value condition-year calendar-int",
    ),
    Q(
        "mig-03",
        "Mexican-born population in the US by year",
        "line",
        "year",
        "sum(count)",
        sql=f"SELECT year AS x, SUM(count) AS y FROM {M} WHERE category = 'Inbound' AND area = 'Mexico'"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line calendar-int condition-value",
    ),
    Q(
        "mig-04",
        "share of US expats by continent in 2017",
        "arc",
        "area",
        "sum(count)",
        sql=f"SELECT area AS x, SUM(count) AS y FROM {M} WHERE category = 'Outbound' AND year = 2017"
        " AND area IN ('AFRICA', 'ASIA', 'EUROPE', 'LATIN AMERICA AND THE CARIBBEAN',"
        " 'NORTHERN AMERICA', 'OCEANIA') GROUP BY x ORDER BY x",
        hard="Extra Hard",
        tags="share condition-value condition-year calendar-int",
    ),
    Q(
        "mig-05",
        "immigrants from India vs China, one line each, over the years",
        "line",
        "year",
        "sum(count)",
        "area",
        sql=f"SELECT year AS x, SUM(count) AS y, area AS color FROM {M}"
        " WHERE category = 'Inbound' AND area IN ('India', 'China') GROUP BY x, color ORDER BY color, x",
        sort="x",
        hard="Hard",
        tags="time-line calendar-int multi-series condition-value",
    ),
    Q(
        "mig-06",
        "How many people born in Canada lived in the US in 2000?",
        "kpi",
        None,
        "sum(count)",
        sql=f"SELECT SUM(count) AS y FROM {M} WHERE category = 'Inbound' AND area = 'Canada' AND year = 2000",
        hard="Medium",
        tags="kpi condition-value condition-year calendar-int",
    ),
    Q(
        "mig-07",
        "Americans living in Canada and in Mexico from 1990 to 2017",
        "line",
        "year",
        "sum(count)",
        "area",
        sql=f"SELECT year AS x, SUM(count) AS y, area AS color FROM {M}"
        " WHERE category = 'Outbound' AND area IN ('Canada', 'Mexico') AND year BETWEEN 1990 AND 2017"
        " GROUP BY x, color ORDER BY color, x",
        sort="x",
        hard="Hard",
        tags="time-line calendar-int multi-series condition-value condition-year-range",
    ),
    Q(
        "mig-08",
        "How many countries had at least one riot in 2012?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {D} WHERE riots >= 1",
        hard="Medium",
        tags="kpi count-of-entity condition-number",
    ),
    Q(
        "mig-09",
        "average GDP per capita of countries whose polyarchy score is above 0.8",
        "kpi",
        None,
        "avg(gdppc)",
        sql=f"SELECT AVG(gdppc) AS y FROM {D} WHERE polyarchy > 0.8",
        hard="Medium",
        tags="kpi condition-number abbreviation",
    ),
    Q(
        "mig-10",
        "scatter of GDP per capita vs urban share for all countries",
        "point",
        "gdppc",
        "urbanshare",
        sql=f"SELECT gdppc AS x, urbanshare AS y FROM {D} WHERE gdppc IS NOT NULL AND urbanshare IS NOT NULL",
        hard="Easy",
        tags="scatter abbreviation",
    ),
    Q(
        "mig-11",
        "5 most populous countries in the conflict data (tpop)",
        "bar",
        "country",
        "tpop",
        sql=f"SELECT country AS x, tpop AS y FROM {D} WHERE tpop IS NOT NULL ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="top-n abbreviation",
    ),
    Q(
        "mig-12",
        "histogram of urban population share, 10-point bins",
        "bar",
        "urbanshare",
        "count(*)",
        sql=f"SELECT FLOOR(urbanshare / 10) * 10 AS x, COUNT(*) AS y FROM {D} WHERE urbanshare IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="histogram count-of-entity abbreviation",
    ),
    Q(
        "mig-13",
        "total anti-government demonstrations in 2012 across countries with more than 100 million people",
        "kpi",
        None,
        "sum(agd)",
        sql=f"SELECT SUM(agd) AS y FROM {D} WHERE tpop > 100000",
        hard="Hard",
        tags="kpi condition-number abbreviation",
    ),
    Q(
        "mig-14",
        "countries with at least two assassinations in 2012",
        "bar",
        "country",
        "assassinations",
        sql=f"SELECT country AS x, assassinations AS y FROM {D} WHERE assassinations >= 2 ORDER BY x",
        hard="Medium",
        tags="condition-number",
    ),
    Q(
        "mig-15",
        "US expats by continent, 2010 vs 2017",
        "bar",
        "area",
        "sum(count)",
        "year",
        sql=f"SELECT area AS x, SUM(count) AS y, year AS color FROM {M}"
        " WHERE category = 'Outbound' AND year IN (2010, 2017) AND area IN ('AFRICA', 'ASIA', 'EUROPE',"
        " 'LATIN AMERICA AND THE CARIBBEAN', 'NORTHERN AMERICA', 'OCEANIA')"
        " GROUP BY x, color ORDER BY x, color",
        hard="Extra Hard",
        tags="two-category condition-value condition-year calendar-int",
    ),
    Q(
        "mig-16",
        "largest weighted conflict index of any country",
        "kpi",
        None,
        "max(wci)",
        sql=f"SELECT MAX(wci) AS y FROM {D}",
        hard="Medium",
        tags="kpi min-max abbreviation",
    ),
    Q(
        "mig-17",
        "guerrilla warfare events by country, for countries with 5 or more",
        "bar",
        "country",
        "guerwar",
        sql=f"SELECT country AS x, guerwar AS y FROM {D} WHERE guerwar >= 5 ORDER BY x",
        hard="Medium",
        tags="condition-number abbreviation",
    ),
    Q(
        "mig-18",
        "immigrants from Cuba, El Salvador and the Dominican Republic since 2000",
        "line",
        "year",
        "sum(count)",
        "area",
        sql=f"SELECT year AS x, SUM(count) AS y, area AS color FROM {M} WHERE category = 'Inbound'"
        " AND area IN ('Cuba', 'El Salvador', 'Dominican Republic') AND year >= 2000"
        " GROUP BY x, color ORDER BY color, x",
        sort="x",
        hard="Hard",
        tags="time-line calendar-int multi-series condition-value condition-year-range",
    ),
    Q(
        "mig-19",
        "number of Americans living in the United Kingdom each year",
        "line",
        "year",
        "sum(count)",
        sql=f"SELECT year AS x, SUM(count) AS y FROM {M} WHERE category = 'Outbound'"
        " AND area = 'United Kingdom' GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line calendar-int condition-value",
    ),
    Q(
        "mig-20",
        "How many Vietnamese-born people lived in the US in 1990?",
        "kpi",
        None,
        "sum(count)",
        sql=f"SELECT SUM(count) AS y FROM {M} WHERE category = 'Inbound' AND area = 'Viet Nam' AND year = 1990",
        hard="Hard",
        tags="kpi condition-value condition-year calendar-int",
    ),
    Q(
        "mig-21",
        "2017 immigrant population in the US from each country that had a revolution in 2012",
        "bar",
        "area",
        "sum(count)",
        sql=f"SELECT m.area AS x, SUM(m.count) AS y FROM {J} WHERE m.category = 'Inbound' AND m.year = 2017"
        " AND d.revolutions >= 1 AND m.count IS NOT NULL GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join key-join condition-value condition-year condition-number calendar-int",
    ),
    Q(
        "mig-22",
        "total immigrants in the US in 2017 from countries with a democracy score (polyarchy) above 0.9",
        "kpi",
        None,
        "sum(count)",
        sql=f"SELECT SUM(m.count) AS y FROM {J} WHERE m.category = 'Inbound' AND m.year = 2017"
        " AND d.polyarchy > 0.9",
        hard="Hard",
        tags="kpi join key-join condition-value condition-year condition-number calendar-int abbreviation",
    ),
    Q(
        "mig-23",
        "scatter: each country's GDP per capita against how many of its natives lived in the US in 2015",
        "point",
        "gdppc",
        "count",
        sql=f"SELECT d.gdppc AS x, m.count AS y FROM {J} WHERE m.category = 'Inbound' AND m.year = 2015"
        " AND d.gdppc IS NOT NULL AND m.count IS NOT NULL",
        hard="Hard",
        tags="scatter join key-join condition-value condition-year calendar-int abbreviation",
    ),
    Q(
        "mig-24",
        "Americans living in countries with polyarchy over 0.9, per year",
        "line",
        "year",
        "sum(count)",
        sql=f"SELECT m.year AS x, SUM(m.count) AS y FROM {J} WHERE m.category = 'Outbound'"
        " AND d.polyarchy > 0.9 GROUP BY x ORDER BY x",
        sort="x",
        hard="Extra Hard",
        tags="time-line calendar-int join key-join condition-value condition-number",
    ),
    Q(
        "mig-25",
        "average urban share of the countries where more than 100,000 Americans lived in 2017",
        "kpi",
        None,
        "avg(urbanshare)",
        sql=f"SELECT AVG(d.urbanshare) AS y FROM {J} WHERE m.category = 'Outbound' AND m.year = 2017"
        " AND m.count > 100000",
        hard="Extra Hard",
        tags="kpi join key-join condition-value condition-year condition-number calendar-int abbreviation",
    ),
    Q(
        "mig-26",
        "Which 5 countries that had a government crisis in 2012 had the most American residents in 2017?",
        "bar",
        "area",
        "sum(count)",
        sql=f"SELECT m.area AS x, SUM(m.count) AS y FROM {J} WHERE m.category = 'Outbound' AND m.year = 2017"
        " AND d.govtcrises >= 1 AND m.count IS NOT NULL GROUP BY x ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Extra Hard",
        tags="top-n join key-join condition-value condition-year condition-number calendar-int abbreviation",
    ),
    Q(
        "mig-27",
        "for countries with a government crisis in 2012, how many of their people lived in the US in 2017?",
        "bar",
        "area",
        "sum(count)",
        sql=f"SELECT m.area AS x, SUM(m.count) AS y FROM {J} WHERE m.category = 'Inbound' AND m.year = 2017"
        " AND d.govtcrises >= 1 AND m.count IS NOT NULL GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join key-join condition-value condition-year condition-number calendar-int abbreviation",
    ),
    Q(
        "mig-28",
        "average GDP per capita of the countries where over 70,000 Americans lived in 2017",
        "kpi",
        None,
        "avg(gdppc)",
        sql=f"SELECT AVG(d.gdppc) AS y FROM {J} WHERE m.category = 'Outbound' AND m.year = 2017"
        " AND m.count > 70000",
        hard="Hard",
        tags="kpi join key-join condition-value condition-year condition-number calendar-int abbreviation",
    ),
    Q(
        "mig-29",
        "immigrants in the US per year from countries that had two or more general strikes in 2012",
        "line",
        "year",
        "sum(count)",
        sql=f"SELECT m.year AS x, SUM(m.count) AS y FROM {J} WHERE m.category = 'Inbound'"
        " AND d.strikes >= 2 GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="time-line calendar-int join key-join condition-value condition-number",
    ),
    Q(
        "mig-30",
        "US-born residents of Germany, France and Italy in 2015",
        "bar",
        "area",
        "sum(count)",
        sql=f"SELECT area AS x, SUM(count) AS y FROM {M} WHERE category = 'Outbound' AND year = 2015"
        " AND area IN ('Germany', 'France', 'Italy') GROUP BY x ORDER BY x",
        hard="Medium",
        tags="condition-value condition-year calendar-int",
    ),
    Q(
        "mig-31",
        "In 2017, how many Americans lived in countries with a GDP per capita above $40,000?",
        "kpi",
        None,
        "sum(count)",
        sql=f"SELECT SUM(m.count) AS y FROM {J} WHERE m.category = 'Outbound' AND m.year = 2017 AND d.gdppc > 40000",
        hard="Hard",
        tags="kpi join key-join condition-value condition-year condition-number calendar-int abbreviation",
    ),
]
