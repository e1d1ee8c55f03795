"""World Bank populations and GDP (openintro's world_pop, gdp_countries, country_iso).

``world_pop``: one row per country, its population in wide columns ``year_1960`` …
``year_2020``. ``gdp_countries``: three rows per country (``description`` ``GDP`` in US
dollars, ``GDP growth`` in percent, ``GDP per capita`` in US dollars) with the decade
columns ``year_1960`` … ``year_2020``, and a ``World`` row. ``country_iso``: ISO 3166-1
two-letter codes, the country's ISO name and the ``year`` the code was assigned. Joins:
``world_pop.country`` = ``gdp_countries.country`` (same names but for the Bahamas);
``country_iso.country_name`` → the World Bank ``country`` (ISO spellings differ:
``United States of America``, ``Czechia`` … drop out).
"""

from itemdef import Q

DB = "world_bank"

ITEMS = [
    Q(
        "wb-01",
        "top 10 most populous countries in 2020",
        "bar",
        "country",
        "year_2020",
        sql="SELECT country AS x, year_2020 AS y FROM world_pop WHERE year_2020 IS NOT NULL"
        " ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Easy",
        tags="top-n condition-year",
    ),
    Q(
        "wb-02",
        "How many countries had more than 100 million people in 2020?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM world_pop WHERE year_2020 > 100000000",
        hard="Medium",
        tags="kpi count-of-entity condition-number condition-year",
    ),
    Q(
        "wb-03",
        "total population across all countries in 1960",
        "kpi",
        None,
        "sum(year_1960)",
        sql="SELECT SUM(year_1960) AS y FROM world_pop",
        hard="Easy",
        tags="kpi condition-year",
    ),
    Q(
        "wb-04",
        "10 smallest countries by population in 2020",
        "bar",
        "country",
        "year_2020",
        sql="SELECT country AS x, year_2020 AS y FROM world_pop WHERE year_2020 IS NOT NULL"
        " ORDER BY y, x LIMIT 10",
        sort="y",
        hard="Medium",
        tags="top-n condition-year",
    ),
    Q(
        "wb-05",
        "which countries had under 50,000 inhabitants in 2020?",
        "bar",
        "country",
        "year_2020",
        sql="SELECT country AS x, year_2020 AS y FROM world_pop WHERE year_2020 < 50000 ORDER BY x",
        hard="Medium",
        tags="condition-number condition-year",
    ),
    Q(
        "wb-06",
        "population in 1960 vs population in 2020, one dot per country",
        "point",
        "year_1960",
        "year_2020",
        sql="SELECT year_1960 AS x, year_2020 AS y FROM world_pop"
        " WHERE year_1960 IS NOT NULL AND year_2020 IS NOT NULL ORDER BY x, y",
        hard="Medium",
        tags="scatter",
    ),
    Q(
        "wb-07",
        "Top 10 countries by how many people they added between 1960 and 2020",
        "bar",
        "country",
        "year_2020 - year_1960",
        sql="SELECT country AS x, year_2020 - year_1960 AS y FROM world_pop"
        " WHERE year_1960 IS NOT NULL AND year_2020 IS NOT NULL ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Hard",
        tags="top-n",
    ),
    Q(
        "wb-08",
        "countries that had fewer people in 2020 than in 1990 — how many did each lose?",
        "bar",
        "country",
        "year_1990 - year_2020",
        sql="SELECT country AS x, year_1990 - year_2020 AS y FROM world_pop"
        " WHERE year_2020 < year_1990 ORDER BY x",
        hard="Hard",
        tags="condition-number",
    ),
    Q(
        "wb-09",
        "distribution of countries' GDP growth in 2020, in bins of 2 percentage points",
        "bar",
        "year_2020",
        "count(*)",
        sql="SELECT FLOOR(year_2020 / 2) * 2 AS x, COUNT(*) AS y FROM gdp_countries"
        " WHERE description = 'GDP growth' AND country <> 'World' AND year_2020 IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Hard",
        tags="histogram condition-value condition-year",
    ),
    Q(
        "wb-10",
        "top 10 economies by GDP in 2020",
        "bar",
        "country",
        "year_2020",
        sql="SELECT country AS x, year_2020 AS y FROM gdp_countries WHERE description = 'GDP'"
        " AND country <> 'World' AND year_2020 IS NOT NULL ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Medium",
        tags="top-n condition-value condition-year",
    ),
    Q(
        "wb-11",
        "Which 10 countries had the highest GDP per capita in 2010?",
        "bar",
        "country",
        "year_2010",
        sql="SELECT country AS x, year_2010 AS y FROM gdp_countries"
        " WHERE description = 'GDP per capita' AND country <> 'World' AND year_2010 IS NOT NULL"
        " ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Medium",
        tags="top-n condition-value condition-year",
    ),
    Q(
        "wb-12",
        "how many countries had negative gdp growth in 2020",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM gdp_countries WHERE description = 'GDP growth'"
        " AND country <> 'World' AND year_2020 < 0",
        hard="Medium",
        tags="kpi count-of-entity condition-number condition-value condition-year",
    ),
    Q(
        "wb-13",
        "average GDP growth rate across countries in 2000",
        "kpi",
        None,
        "avg(year_2000)",
        sql="SELECT AVG(year_2000) AS y FROM gdp_countries WHERE description = 'GDP growth'"
        " AND country <> 'World' AND year_2000 IS NOT NULL",
        hard="Medium",
        tags="kpi condition-value condition-year",
    ),
    Q(
        "wb-14",
        "world GDP every decade from 1960 to 2020, as a line",
        "line",
        "year",
        "gdp",
        sql="SELECT CAST(substr(yr, 6) AS INTEGER) AS x, gdp AS y FROM (UNPIVOT"
        " (SELECT * FROM gdp_countries WHERE country = 'World' AND description = 'GDP')"
        " ON year_1960, year_1970, year_1980, year_1990, year_2000, year_2010, year_2020"
        " INTO NAME yr VALUE gdp) ORDER BY x",
        sort="x",
        hard="Extra Hard",
        tags="time-line calendar-int condition-value",
    ),
    Q(
        "wb-15",
        "Luxembourg's GDP per capita in 2020",
        "kpi",
        None,
        "year_2020",
        sql="SELECT year_2020 AS y FROM gdp_countries WHERE country = 'Luxembourg'"
        " AND description = 'GDP per capita'",
        hard="Easy",
        tags="kpi condition-value condition-year",
    ),
    Q(
        "wb-16",
        "countries with GDP per capita above $60,000 in 2020",
        "bar",
        "country",
        "year_2020",
        sql="SELECT country AS x, year_2020 AS y FROM gdp_countries"
        " WHERE description = 'GDP per capita' AND year_2020 > 60000 ORDER BY x",
        hard="Medium",
        tags="condition-number condition-value condition-year",
    ),
    Q(
        "wb-17",
        "What was the highest GDP growth any country had in 2010?",
        "kpi",
        None,
        "max(year_2010)",
        sql="SELECT MAX(year_2010) AS y FROM gdp_countries WHERE description = 'GDP growth'"
        " AND country <> 'World'",
        hard="Medium",
        tags="kpi min-max condition-value condition-year",
    ),
    Q(
        "wb-18",
        "GDP per capita 2000 vs 2020 by country (scatter)",
        "point",
        "year_2000",
        "year_2020",
        sql="SELECT year_2000 AS x, year_2020 AS y FROM gdp_countries"
        " WHERE description = 'GDP per capita' AND country <> 'World'"
        " AND year_2000 IS NOT NULL AND year_2020 IS NOT NULL ORDER BY x, y",
        hard="Medium",
        tags="scatter condition-value",
    ),
    Q(
        "wb-19",
        "GDP growth in 2010 for the G7: Canada, France, Germany, Italy, Japan, the UK and the US",
        "bar",
        "country",
        "year_2010",
        sql="SELECT country AS x, year_2010 AS y FROM gdp_countries WHERE description = 'GDP growth'"
        " AND country IN ('Canada', 'France', 'Germany', 'Italy', 'Japan', 'United Kingdom',"
        " 'United States') ORDER BY x",
        hard="Medium",
        tags="condition-value condition-year",
    ),
    Q(
        "wb-20",
        "How many countries had GDP of more than 1 trillion dollars in 2010?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM gdp_countries WHERE description = 'GDP'"
        " AND country <> 'World' AND year_2010 > 1000000000000",
        hard="Medium",
        tags="kpi count-of-entity condition-number condition-value condition-year",
    ),
    Q(
        "wb-21",
        "share of 2020 population among the five most populous countries, as a pie",
        "arc",
        "country",
        "year_2020",
        sql="SELECT country AS x, year_2020 AS y FROM world_pop WHERE year_2020 IS NOT NULL"
        " ORDER BY y DESC, x LIMIT 5",
        hard="Medium",
        tags="share top-n condition-year",
    ),
    Q(
        "wb-22",
        "number of ISO country codes assigned each year, as a line",
        "line",
        "year",
        "count(*)",
        sql="SELECT year AS x, COUNT(*) AS y FROM country_iso GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line calendar-int count-of-entity",
    ),
    Q(
        "wb-23",
        "how many country codes were created in 1992",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM country_iso WHERE year = 1992",
        hard="Easy",
        tags="kpi count-of-entity condition-year calendar-int",
    ),
]
