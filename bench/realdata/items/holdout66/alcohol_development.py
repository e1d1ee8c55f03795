"""Health, wealth and drinking by country (dslabs' ``gapminder``, ``oecd`` and ``opec`` with
mosaicData's ``Alcohol``; loaded by ``load_alcohol_development``).

``gapminder``: one row per country and year, 185 countries × 1960–2016 = 10,545 rows (the help page
says 184 countries): ``infant_mortality`` (infant deaths per 1,000, NULL on 1,454 rows),
``life_expectancy`` (years, 13.2 … 83.9, never NULL), ``fertility`` (children per woman, NULL on
187), ``population`` (BIGINT, NULL on 185 — every country's 2016 row), ``gdp`` (World Bank GDP,
NULL on 2,972: all of 2012–2016 and many early years), ``continent`` (5) and ``region`` (22).
2016 holds only life expectancy. ``oecd`` (35 rows) and ``opec`` (12) are the member lists as
one text column ``dat``; ``oecd`` holds a stray header row ``Country`` and writes ``Korea`` where
``gapminder`` has ``South Korea``, so 33 of its 35 rows find a country; all 12 OPEC names do.
``Alcohol``: 411 rows, one per country and year, litres of pure alcohol per adult (15+):
188 countries in 2005, 187 in 2008, 36 rows of 19 countries in other years (Russia 1985–1994, Sweden
1996–2007 …); 166 of its 189 names are spelled as in ``gapminder`` (``Slovakia``, ``Congo [DRC]``,
``Myanmar [Burma]``, ``Laos``, ``Kyrgyzstan`` … are not), so 165 countries join in 2005 and 2008.

Joins: ``Alcohol`` → ``gapminder`` on ``(country, year)`` (same names), ``oecd.dat`` / ``opec.dat``
→ ``gapminder.country`` or ``Alcohol.country``. The OECD conditions were chosen so that South
Korea and Slovakia (the two members lost to spelling) would not meet them.
"""

from itemdef import Q

DB = "alcohol_development"
AG = "FROM Alcohol a JOIN gapminder g ON a.country = g.country AND a.year = g.year"

ITEMS = [
    Q(
        "alc-01",
        "How many countries are in the gapminder data?",
        "kpi",
        None,
        "count(distinct country)",
        sql="SELECT COUNT(DISTINCT country) AS y FROM gapminder",
        hard="Easy",
        tags="kpi count-of-entity count-distinct",
    ),
    Q(
        "alc-02",
        "life expectancy in Japan over time",
        "line",
        "year",
        "life_expectancy",
        sql="SELECT year AS x, life_expectancy AS y FROM gapminder WHERE country = 'Japan'"
        " ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line calendar-int condition-value abbreviation",
    ),
    Q(
        "alc-03",
        "total world population per year from 1960 to 2015",
        "line",
        "year",
        "sum(population)",
        sql="SELECT year AS x, SUM(population) AS y FROM gapminder"
        " WHERE year BETWEEN 1960 AND 2015 AND population IS NOT NULL GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line calendar-int condition-year-range",
    ),
    Q(
        "alc-04",
        "average life expectancy by continent in 2015",
        "bar",
        "continent",
        "avg(life_expectancy)",
        sql="SELECT continent AS x, AVG(life_expectancy) AS y FROM gapminder WHERE year = 2015"
        " GROUP BY x ORDER BY x",
        hard="Easy",
        tags="condition-year calendar-int abbreviation",
    ),
    Q(
        "alc-05",
        "top 10 countries by fertility rate in 2015",
        "bar",
        "country",
        "fertility",
        sql="SELECT country AS x, fertility AS y FROM gapminder WHERE year = 2015"
        " AND fertility IS NOT NULL ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Medium",
        tags="top-n condition-year calendar-int",
    ),
    Q(
        "alc-06",
        "infant mortality in India and China since 1960, one line per country",
        "line",
        "year",
        "infant_mortality",
        "country",
        sql="SELECT year AS x, infant_mortality AS y, country AS color FROM gapminder"
        " WHERE country IN ('India', 'China') AND infant_mortality IS NOT NULL"
        " ORDER BY color, x",
        sort="x",
        hard="Medium",
        tags="time-line multi-series calendar-int condition-value",
    ),
    Q(
        "alc-07",
        "How many countries had a life expectancy above 80 in 2015?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM gapminder WHERE year = 2015 AND life_expectancy > 80",
        hard="Medium",
        tags="kpi count-of-entity condition-number condition-year calendar-int",
    ),
    Q(
        "alc-08",
        "avg number of kids per woman in Africa in 1960",
        "kpi",
        None,
        "avg(fertility)",
        sql="SELECT AVG(fertility) AS y FROM gapminder WHERE continent = 'Africa' AND year = 1960",
        hard="Medium",
        tags="kpi condition-value condition-year calendar-int abbreviation",
    ),
    Q(
        "alc-09",
        "GDP per person of the United States in 2010",
        "kpi",
        None,
        "gdp / population",
        sql="SELECT gdp / population AS y FROM gapminder WHERE country = 'United States'"
        " AND year = 2010",
        hard="Medium",
        tags="kpi condition-value condition-year calendar-int",
    ),
    Q(
        "alc-10",
        "scatter of fertility (x) vs infant mortality (y) for all countries in 2000",
        "point",
        "fertility",
        "infant_mortality",
        sql="SELECT fertility AS x, infant_mortality AS y FROM gapminder WHERE year = 2000"
        " AND fertility IS NOT NULL AND infant_mortality IS NOT NULL ORDER BY x, y",
        hard="Medium",
        tags="scatter condition-year calendar-int",
    ),
    Q(
        "alc-11",
        "number of countries in each region",
        "bar",
        "region",
        "count(distinct country)",
        sql="SELECT region AS x, COUNT(DISTINCT country) AS y FROM gapminder GROUP BY x ORDER BY x",
        hard="Easy",
        tags="count-of-entity count-distinct",
    ),
    Q(
        "alc-12",
        "pie chart of how the countries split across continents",
        "arc",
        "continent",
        "count(distinct country)",
        sql="SELECT continent AS x, COUNT(DISTINCT country) AS y FROM gapminder GROUP BY x"
        " ORDER BY x",
        hard="Medium",
        tags="share count-of-entity count-distinct",
    ),
    Q(
        "alc-13",
        "which regions had an average infant mortality rate above 50 per 1000 in 2010?",
        "bar",
        "region",
        "avg(infant_mortality)",
        sql="SELECT region AS x, AVG(infant_mortality) AS y FROM gapminder WHERE year = 2010"
        " GROUP BY x HAVING AVG(infant_mortality) > 50 ORDER BY x",
        hard="Hard",
        tags="having condition-year calendar-int abbreviation",
    ),
    Q(
        "alc-14",
        "lowest life expectancy anywhere in the data",
        "kpi",
        None,
        "min(life_expectancy)",
        sql="SELECT MIN(life_expectancy) AS y FROM gapminder",
        hard="Easy",
        tags="kpi min-max",
    ),
    Q(
        "alc-15",
        "histogram of life expectancy across countries in 2015, 5-year bins",
        "bar",
        "life_expectancy",
        "count(*)",
        sql="SELECT FLOOR(life_expectancy / 5) * 5 AS x, COUNT(*) AS y FROM gapminder"
        " WHERE year = 2015 GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="histogram condition-year calendar-int",
    ),
    Q(
        "alc-16",
        "total GDP by continent in 2011",
        "bar",
        "continent",
        "sum(gdp)",
        sql="SELECT continent AS x, SUM(gdp) AS y FROM gapminder WHERE year = 2011"
        " AND gdp IS NOT NULL GROUP BY x ORDER BY x",
        hard="Easy",
        tags="condition-year calendar-int",
    ),
    Q(
        "alc-17",
        "average fertility by continent in 1960 and in 2015, side by side",
        "bar",
        "continent",
        "avg(fertility)",
        "year",
        sql="SELECT continent AS x, AVG(fertility) AS y, year AS color FROM gapminder"
        " WHERE year IN (1960, 2015) AND fertility IS NOT NULL GROUP BY x, color"
        " ORDER BY x, color",
        hard="Hard",
        tags="two-category non-additive condition-year calendar-int",
    ),
    Q(
        "alc-18",
        "average life expectancy in Europe each year since 1990",
        "line",
        "year",
        "avg(life_expectancy)",
        sql="SELECT year AS x, AVG(life_expectancy) AS y FROM gapminder"
        " WHERE continent = 'Europe' AND year >= 1990 GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line calendar-int condition-value condition-year-range abbreviation",
    ),
    Q(
        "alc-19",
        "Nigeria's population over the years",
        "line",
        "year",
        "population",
        sql="SELECT year AS x, population AS y FROM gapminder WHERE country = 'Nigeria'"
        " AND population IS NOT NULL ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line calendar-int condition-value",
    ),
    Q(
        "alc-20",
        "5 most populous countries in 2015",
        "bar",
        "country",
        "population",
        sql="SELECT country AS x, population AS y FROM gapminder WHERE year = 2015"
        " AND population IS NOT NULL ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="top-n condition-year calendar-int",
    ),
    Q(
        "alc-21",
        "For how many countries do we have a GDP figure for 1960?",
        "kpi",
        None,
        "count(gdp)",
        sql="SELECT COUNT(gdp) AS y FROM gapminder WHERE year = 1960",
        hard="Medium",
        tags="kpi count-of-entity condition-year calendar-int",
    ),
    Q(
        "alc-22",
        "average alcohol consumption per adult in 2008 (litres of pure alcohol)",
        "kpi",
        None,
        "avg(alcohol)",
        sql="SELECT AVG(alcohol) AS y FROM Alcohol WHERE year = 2008",
        hard="Easy",
        tags="kpi condition-year calendar-int",
    ),
    Q(
        "alc-23",
        "the 10 heaviest-drinking countries in 2005",
        "bar",
        "country",
        "alcohol",
        sql="SELECT country AS x, alcohol AS y FROM Alcohol WHERE year = 2005"
        " ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Medium",
        tags="top-n condition-year calendar-int",
    ),
    Q(
        "alc-24",
        "Russia's alcohol consumption per head over time",
        "line",
        "year",
        "alcohol",
        sql="SELECT year AS x, alcohol AS y FROM Alcohol WHERE country = 'Russia' ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line calendar-int condition-value",
    ),
    Q(
        "alc-25",
        "distribution of alcohol consumption per adult in 2008, bins of 2 litres",
        "bar",
        "alcohol",
        "count(*)",
        sql="SELECT FLOOR(alcohol / 2) * 2 AS x, COUNT(*) AS y FROM Alcohol WHERE year = 2008"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="histogram condition-year calendar-int",
    ),
    Q(
        "alc-26",
        "how many countries drank more than 10 litres of pure alcohol per adult in 2008",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM Alcohol WHERE year = 2008 AND alcohol > 10",
        hard="Medium",
        tags="kpi count-of-entity condition-number condition-year calendar-int",
    ),
    Q(
        "alc-27",
        "countries where alcohol consumption went up by more than 3 litres between 2005 and 2008",
        "bar",
        "country",
        "alcohol",
        sql="SELECT b.country AS x, b.alcohol - a.alcohol AS y FROM Alcohol a JOIN Alcohol b"
        " ON a.country = b.country WHERE a.year = 2005 AND b.year = 2008"
        " AND b.alcohol - a.alcohol > 3 ORDER BY x",
        hard="Extra Hard",
        tags="role-join condition-number condition-year calendar-int",
    ),
    Q(
        "alc-28",
        "average alcohol consumption per adult by continent in 2008",
        "bar",
        "continent",
        "avg(alcohol)",
        sql=f"SELECT g.continent AS x, AVG(a.alcohol) AS y {AG} WHERE a.year = 2008"
        " GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join same-name-join condition-year calendar-int",
    ),
    Q(
        "alc-29",
        "alcohol consumption (x) against life expectancy (y) by country, 2008",
        "point",
        "alcohol",
        "life_expectancy",
        sql=f"SELECT a.alcohol AS x, g.life_expectancy AS y {AG} WHERE a.year = 2008 ORDER BY x, y",
        hard="Hard",
        tags="scatter join same-name-join condition-year calendar-int",
    ),
    Q(
        "alc-30",
        "In 2005, how many countries with a life expectancy under 60 drank more than 5 litres"
        " of alcohol per adult?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y {AG} WHERE a.year = 2005 AND g.life_expectancy < 60"
        " AND a.alcohol > 5",
        hard="Hard",
        tags="kpi count-of-entity join same-name-join condition-number condition-year calendar-int",
    ),
    Q(
        "alc-31",
        "alcohol per adult in 2008 in the Eastern Europe region, by country",
        "bar",
        "country",
        "alcohol",
        sql=f"SELECT a.country AS x, a.alcohol AS y {AG} WHERE a.year = 2008"
        " AND g.region = 'Eastern Europe' ORDER BY x",
        hard="Hard",
        tags="join same-name-join condition-value condition-year calendar-int",
    ),
    Q(
        "alc-32",
        "average life expectancy of the OPEC countries, year by year",
        "line",
        "year",
        "avg(life_expectancy)",
        sql="SELECT g.year AS x, AVG(g.life_expectancy) AS y FROM gapminder g JOIN opec o"
        " ON g.country = o.dat GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="time-line join key-join calendar-int abbreviation",
    ),
    Q(
        "alc-33",
        "total population of the OPEC members in 2015",
        "kpi",
        None,
        "sum(population)",
        sql="SELECT SUM(g.population) AS y FROM gapminder g JOIN opec o ON g.country = o.dat"
        " WHERE g.year = 2015",
        hard="Hard",
        tags="kpi join key-join condition-year calendar-int",
    ),
    Q(
        "alc-34",
        "OECD countries with a life expectancy below 78 in 2015",
        "bar",
        "country",
        "life_expectancy",
        sql="SELECT g.country AS x, g.life_expectancy AS y FROM gapminder g JOIN oecd o"
        " ON g.country = o.dat WHERE g.year = 2015 AND g.life_expectancy < 78 ORDER BY x",
        hard="Hard",
        tags="join key-join condition-number condition-year calendar-int abbreviation",
    ),
    Q(
        "alc-35",
        "alcohol consumption per adult of the OPEC countries in 2008",
        "bar",
        "country",
        "alcohol",
        sql="SELECT a.country AS x, a.alcohol AS y FROM Alcohol a JOIN opec o"
        " ON a.country = o.dat WHERE a.year = 2008 ORDER BY x",
        hard="Hard",
        tags="join key-join condition-year calendar-int",
    ),
    Q(
        "alc-36",
        "for OPEC members in 2008: GDP per person (x) vs alcohol per adult (y)",
        "point",
        "gdp / population",
        "alcohol",
        sql="SELECT g.gdp / g.population AS x, a.alcohol AS y FROM Alcohol a JOIN gapminder g"
        " ON a.country = g.country AND a.year = g.year JOIN opec o ON g.country = o.dat"
        " WHERE a.year = 2008 AND g.gdp IS NOT NULL ORDER BY x, y",
        hard="Extra Hard",
        tags="scatter join same-name-join key-join multi-hop condition-year calendar-int",
    ),
]
