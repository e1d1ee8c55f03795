"""World Bank populations and GDP (openintro): the questions that join two tables.

``world_pop.country`` = ``gdp_countries.country`` (one row per country on the population side,
three per country on the GDP side, so a join fixes ``description``); ``country_iso.country_name``
→ ``world_pop.country`` (ISO spellings such as ``United States of America`` drop out).
"""

from itemdef import Q

DB = "world_bank"
G = "JOIN gdp_countries g ON g.country = w.country"

ITEMS = [
    Q(
        "wb-24",
        "2020 population vs GDP per capita, each country a point",
        "point",
        "w.year_2020",
        "g.year_2020",
        sql=f"SELECT w.year_2020 AS x, g.year_2020 AS y FROM world_pop w {G}"
        " WHERE g.description = 'GDP per capita' AND w.year_2020 IS NOT NULL"
        " AND g.year_2020 IS NOT NULL ORDER BY x, y",
        hard="Hard",
        tags="scatter join same-name-join condition-value condition-year",
    ),
    Q(
        "wb-25",
        "combined GDP in 2020 of the countries with over 100 million people that year",
        "kpi",
        None,
        "sum(g.year_2020)",
        sql=f"SELECT SUM(g.year_2020) AS y FROM world_pop w {G}"
        " WHERE g.description = 'GDP' AND w.year_2020 > 100000000",
        hard="Hard",
        tags="kpi join same-name-join condition-number condition-value condition-year",
    ),
    Q(
        "wb-26",
        "GDP per capita in 2020 of the 10 most populous countries",
        "bar",
        "w.country",
        "g.year_2020",
        sql=f"SELECT w.country AS x, g.year_2020 AS y FROM world_pop w {G}"
        " WHERE g.description = 'GDP per capita' AND w.year_2020 IS NOT NULL"
        " AND g.year_2020 IS NOT NULL ORDER BY w.year_2020 DESC, x LIMIT 10",
        hard="Extra Hard",
        tags="top-n join same-name-join condition-value condition-year",
    ),
    Q(
        "wb-27",
        "average GDP growth in 2020 of countries with fewer than a million people",
        "kpi",
        None,
        "avg(g.year_2020)",
        sql=f"SELECT AVG(g.year_2020) AS y FROM world_pop w {G}"
        " WHERE g.description = 'GDP growth' AND w.year_2020 < 1000000 AND g.year_2020 IS NOT NULL",
        hard="Hard",
        tags="kpi join same-name-join condition-number condition-value condition-year",
    ),
    Q(
        "wb-28",
        "how many countries with more than 50 million people in 2010 had a GDP per capita under"
        " $1,000 that year?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM world_pop w {G} WHERE g.description = 'GDP per capita'"
        " AND w.year_2010 > 50000000 AND g.year_2010 < 1000",
        hard="Hard",
        tags="kpi count-of-entity join same-name-join condition-number condition-value"
        " condition-year",
    ),
    Q(
        "wb-29",
        "population in 2020 of the countries whose economy shrank by more than 10% in 2020",
        "bar",
        "w.country",
        "w.year_2020",
        sql=f"SELECT w.country AS x, w.year_2020 AS y FROM world_pop w {G}"
        " WHERE g.description = 'GDP growth' AND g.year_2020 < -10 ORDER BY x",
        hard="Hard",
        tags="join same-name-join condition-number condition-value condition-year",
    ),
    Q(
        "wb-30",
        "GDP growth in 2020 of the five most populous countries",
        "bar",
        "w.country",
        "g.year_2020",
        sql=f"SELECT w.country AS x, g.year_2020 AS y FROM world_pop w {G}"
        " WHERE g.description = 'GDP growth' AND w.year_2020 IS NOT NULL"
        " AND g.year_2020 IS NOT NULL ORDER BY w.year_2020 DESC, x LIMIT 5",
        hard="Extra Hard",
        tags="top-n join same-name-join condition-value condition-year",
    ),
    Q(
        "wb-31",
        "Average GDP per capita in 2020 of countries with over 100 million inhabitants",
        "kpi",
        None,
        "avg(g.year_2020)",
        sql=f"SELECT AVG(g.year_2020) AS y FROM world_pop w {G}"
        " WHERE g.description = 'GDP per capita' AND w.year_2020 > 100000000"
        " AND g.year_2020 IS NOT NULL",
        hard="Hard",
        tags="kpi join same-name-join condition-number condition-value condition-year",
    ),
    Q(
        "wb-32",
        "2020 population of the countries that got an ISO country code in 2010 or later",
        "bar",
        "w.country",
        "w.year_2020",
        sql="SELECT w.country AS x, w.year_2020 AS y FROM country_iso c"
        " JOIN world_pop w ON w.country = c.country_name WHERE c.year >= 2010 ORDER BY x",
        hard="Hard",
        tags="join key-join condition-year-range calendar-int",
    ),
    Q(
        "wb-33",
        "GDP per capita in 2020 of the countries with fewer than 100,000 people",
        "bar",
        "w.country",
        "g.year_2020",
        sql=f"SELECT w.country AS x, g.year_2020 AS y FROM world_pop w {G}"
        " WHERE g.description = 'GDP per capita' AND w.year_2020 < 100000"
        " AND g.year_2020 IS NOT NULL ORDER BY x",
        hard="Hard",
        tags="join same-name-join condition-number condition-value condition-year",
    ),
    Q(
        "wb-34",
        "population in 2020 of the countries that received their ISO code in 2006",
        "bar",
        "w.country",
        "w.year_2020",
        sql="SELECT w.country AS x, w.year_2020 AS y FROM country_iso c"
        " JOIN world_pop w ON w.country = c.country_name WHERE c.year = 2006 ORDER BY x",
        hard="Hard",
        tags="join key-join condition-year calendar-int",
    ),
]
