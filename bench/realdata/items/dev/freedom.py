"""Human Freedom Index 2008–2016 and CIA World Factbook (openintro) with a rich-country panel (stevedata).

Three tables without declared keys: ``hfi`` (one row per country and year,
162 countries × 2008–2016: ``ISO_code``, ``countries``, ``region``, scores
0–10 such as ``hf_score`` (human freedom), ``pf_score`` (personal freedom),
``ef_score`` (economic freedom), ``pf_rol`` (rule of law), ``pf_expression``
(freedom of expression), ranks ``hf_rank``/``pf_rank``/``ef_rank`` and
``hf_quartile`` 1 (most free) – 4), ``cia_factbook`` (one row per country:
``country``, ``area``, ``birth_rate``, ``death_rate``, ``infant_mortality_rate``,
``internet_users``, ``life_exp_at_birth``, ``maternal_mortality_rate``,
``population`` …) and ``PPGE`` (20 rich democracies × 1970–2020: ``country``,
``iso3c``, ``year``, ``govtspendgdp`` government spending as % of GDP,
``tradegdp`` trade as % of GDP, ``kaopen`` capital account openness,
``v2catrauni`` trade-union engagement). ``hfi.countries`` → ``cia_factbook.country``
(149 of 162 names alike: ``Czech Rep.``, ``Slovak Rep.`` … do not join);
``(hfi.ISO_code, hfi.year)`` → ``(PPGE.iso3c, PPGE.year)``.
"""

from itemdef import Q

DB = "freedom"
H = "hfi"
HC = "hfi AS h JOIN cia_factbook AS c ON h.countries = c.country"
HP = "hfi AS h JOIN PPGE AS p ON h.ISO_code = p.iso3c AND h.year = p.year"
REGIONS = "(SELECT DISTINCT countries, region FROM hfi) AS h JOIN cia_factbook AS c ON h.countries = c.country"

ITEMS = [
    Q(
        "fr-01",
        "average human freedom score by region in 2016",
        "bar",
        "region",
        "avg(hf_score)",
        sql=f"SELECT region AS x, AVG(hf_score) AS y FROM {H} WHERE year = 2016"
        " GROUP BY x ORDER BY x",
        hard="Easy",
        tags="condition-year calendar-int abbreviation",
    ),
    Q(
        "fr-02",
        "trend of the average economic freedom score over the years",
        "line",
        "year",
        "avg(ef_score)",
        sql=f"SELECT year AS x, AVG(ef_score) AS y FROM {H} WHERE ef_score IS NOT NULL"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line calendar-int abbreviation",
    ),
    Q(
        "fr-03",
        "top 10 countries by personal freedom score in 2016",
        "bar",
        "countries",
        "pf_score",
        sql=f"SELECT countries AS x, pf_score AS y FROM {H} WHERE year = 2016"
        " AND pf_score IS NOT NULL ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Medium",
        tags="top-n condition-year calendar-int abbreviation",
    ),
    Q(
        "fr-04",
        "How many countries of Sub-Saharan Africa are in the freedom index?",
        "kpi",
        None,
        "count(distinct countries)",
        sql=f"SELECT COUNT(DISTINCT countries) AS y FROM {H} WHERE region = 'Sub-Saharan Africa'",
        hard="Medium",
        tags="kpi count-of-entity count-distinct condition-value",
    ),
    Q(
        "fr-05",
        "human freedom score of Germany, France and Italy over the years",
        "line",
        "year",
        "hf_score",
        "countries",
        sql=f"SELECT year AS x, hf_score AS y, countries AS color FROM {H}"
        " WHERE countries IN ('Germany', 'France', 'Italy') ORDER BY color, x",
        sort="x",
        hard="Medium",
        tags="time-line multi-series calendar-int condition-value abbreviation",
    ),
    Q(
        "fr-06",
        "economic freedom (x) against personal freedom (y) in 2016, one point per country",
        "point",
        "ef_score",
        "pf_score",
        sql=f"SELECT ef_score AS x, pf_score AS y FROM {H} WHERE year = 2016",
        hard="Medium",
        tags="scatter condition-year calendar-int abbreviation",
    ),
    Q(
        "fr-07",
        "histogram of the 2016 human freedom scores with a bin width of 0.5",
        "bar",
        "hf_score",
        "count(*)",
        sql=f"SELECT FLOOR(hf_score / 0.5) * 0.5 AS x, COUNT(*) AS y FROM {H} WHERE year = 2016"
        " AND hf_score IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="histogram condition-year calendar-int abbreviation",
    ),
    Q(
        "fr-08",
        "number of countries in the top human-freedom quartile per region in 2016",
        "bar",
        "region",
        "count(*)",
        sql=f"SELECT region AS x, COUNT(*) AS y FROM {H} WHERE year = 2016 AND hf_quartile = 1"
        " GROUP BY x ORDER BY x",
        hard="Hard",
        tags="count-of-entity condition-number condition-year calendar-int abbreviation",
    ),
    Q(
        "fr-09",
        "bottom 5 countries on rule of law in 2016",
        "bar",
        "countries",
        "pf_rol",
        sql=f"SELECT countries AS x, pf_rol AS y FROM {H} WHERE year = 2016 AND pf_rol IS NOT NULL"
        " ORDER BY y, x LIMIT 5",
        sort="y",
        hard="Medium",
        tags="top-n condition-year calendar-int abbreviation",
    ),
    Q(
        "fr-10",
        "regions whose average freedom of expression score was below 8 in 2016",
        "bar",
        "region",
        "avg(pf_expression)",
        sql=f"SELECT region AS x, AVG(pf_expression) AS y FROM {H} WHERE year = 2016"
        " GROUP BY x HAVING AVG(pf_expression) < 8 ORDER BY x",
        hard="Hard",
        tags="having condition-year calendar-int abbreviation",
    ),
    Q(
        "fr-11",
        "lowest human freedom score in each year",
        "line",
        "year",
        "min(hf_score)",
        sql=f"SELECT year AS x, MIN(hf_score) AS y FROM {H} GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line min-max calendar-int abbreviation",
    ),
    Q(
        "fr-12",
        "average human freedom score by region, 2008 next to 2016",
        "bar",
        "region",
        "avg(hf_score)",
        "year",
        sql=f"SELECT region AS x, AVG(hf_score) AS y, year AS color FROM {H}"
        " WHERE year IN (2008, 2016) GROUP BY x, color ORDER BY x, color",
        hard="Hard",
        tags="two-category non-additive condition-year calendar-int abbreviation",
    ),
    Q(
        "fr-13",
        "average economic freedom in Eastern Europe over time",
        "line",
        "year",
        "avg(ef_score)",
        sql=f"SELECT year AS x, AVG(ef_score) AS y FROM {H} WHERE region = 'Eastern Europe'"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line calendar-int condition-value abbreviation",
    ),
    Q(
        "fr-14",
        "pie chart of the number of countries per region",
        "arc",
        "region",
        "count(distinct countries)",
        sql=f"SELECT region AS x, COUNT(DISTINCT countries) AS y FROM {H} GROUP BY x ORDER BY x",
        hard="Medium",
        tags="share count-of-entity count-distinct",
    ),
    Q(
        "fr-15",
        "Venezuela's economic freedom score by year",
        "line",
        "year",
        "ef_score",
        sql=f"SELECT year AS x, ef_score AS y FROM {H} WHERE countries = 'Venezuela' ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line calendar-int condition-value abbreviation",
    ),
    Q(
        "fr-16",
        "How many countries had a human freedom score above 8 in 2016?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {H} WHERE year = 2016 AND hf_score > 8",
        hard="Medium",
        tags="kpi count-of-entity condition-number condition-year calendar-int abbreviation",
    ),
    Q(
        "fr-17",
        "2016 human freedom score (x) against life expectancy at birth (y), one point per country",
        "point",
        "hf_score",
        "life_exp_at_birth",
        sql=f"SELECT h.hf_score AS x, c.life_exp_at_birth AS y FROM {HC} WHERE h.year = 2016"
        " AND c.life_exp_at_birth IS NOT NULL",
        hard="Hard",
        tags="join key-join scatter condition-year calendar-int abbreviation",
    ),
    Q(
        "fr-18",
        "total population of the freedom-index countries in each region, using the factbook"
        " population",
        "bar",
        "region",
        "sum(population)",
        sql=f"SELECT h.region AS x, SUM(c.population) AS y FROM {REGIONS} GROUP BY x ORDER BY x",
        hard="Extra Hard",
        tags="join key-join",
    ),
    Q(
        "fr-19",
        "average infant mortality rate by human freedom quartile in 2016",
        "bar",
        "hf_quartile",
        "avg(infant_mortality_rate)",
        sql=f"SELECT h.hf_quartile AS x, AVG(c.infant_mortality_rate) AS y FROM {HC}"
        " WHERE h.year = 2016 GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join key-join condition-year calendar-int abbreviation",
    ),
    Q(
        "fr-20",
        "top 10 countries by internet users among those with a personal freedom score above 8"
        " in 2016",
        "bar",
        "country",
        "internet_users",
        sql=f"SELECT c.country AS x, c.internet_users AS y FROM {HC} WHERE h.year = 2016"
        " AND h.pf_score > 8 AND c.internet_users IS NOT NULL ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Extra Hard",
        tags="join key-join top-n condition-number condition-year calendar-int abbreviation",
    ),
    Q(
        "fr-21",
        "average birth rate of the countries in each region of the freedom index",
        "bar",
        "region",
        "avg(birth_rate)",
        sql=f"SELECT h.region AS x, AVG(c.birth_rate) AS y FROM {REGIONS} GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join key-join",
    ),
    Q(
        "fr-22",
        "How many countries with a human freedom score above 8 in 2016 have a life expectancy"
        " above 80?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {HC} WHERE h.year = 2016 AND h.hf_score > 8"
        " AND c.life_exp_at_birth > 80",
        hard="Extra Hard",
        tags="kpi join key-join count-of-entity condition-number condition-year calendar-int"
        " abbreviation",
    ),
    Q(
        "fr-23",
        "government spending as % of GDP (x) against economic freedom score (y) in 2016,"
        " one point per country",
        "point",
        "govtspendgdp",
        "ef_score",
        sql=f"SELECT p.govtspendgdp AS x, h.ef_score AS y FROM {HP} WHERE h.year = 2016",
        hard="Hard",
        tags="join key-join scatter condition-year calendar-int abbreviation",
    ),
    Q(
        "fr-24",
        "trade as a percentage of GDP in Japan over time",
        "line",
        "year",
        "tradegdp",
        sql="SELECT year AS x, tradegdp AS y FROM PPGE WHERE country = 'Japan'"
        " AND tradegdp IS NOT NULL ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line calendar-int condition-value abbreviation",
    ),
    Q(
        "fr-25",
        "average capital account openness (kaopen) by country",
        "bar",
        "country",
        "avg(kaopen)",
        sql="SELECT country AS x, AVG(kaopen) AS y FROM PPGE WHERE kaopen IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Easy",
        tags="abbreviation",
    ),
    Q(
        "fr-26",
        "government spending as a share of GDP for Sweden, Germany and the United Kingdom"
        " since 1990",
        "line",
        "year",
        "govtspendgdp",
        "country",
        sql="SELECT year AS x, govtspendgdp AS y, country AS color FROM PPGE"
        " WHERE country IN ('Sweden', 'Germany', 'United Kingdom') AND year >= 1990"
        " AND govtspendgdp IS NOT NULL ORDER BY color, x",
        sort="x",
        hard="Hard",
        tags="time-line multi-series calendar-int condition-value condition-year-range abbreviation",
    ),
    Q(
        "fr-27",
        "2015 economic freedom score of the countries whose government spending was above 50% of"
        " GDP that year",
        "bar",
        "countries",
        "ef_score",
        sql=f"SELECT h.countries AS x, h.ef_score AS y FROM {HP} WHERE h.year = 2015"
        " AND p.govtspendgdp > 50 ORDER BY x",
        hard="Extra Hard",
        tags="join key-join condition-number condition-year calendar-int abbreviation",
    ),
    Q(
        "fr-28",
        "average trade share of GDP by freedom-index region over 2008–2016",
        "bar",
        "region",
        "avg(tradegdp)",
        sql=f"SELECT h.region AS x, AVG(p.tradegdp) AS y FROM {HP}"
        " WHERE h.year BETWEEN 2008 AND 2016 GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join key-join condition-year-range calendar-int abbreviation",
    ),
    Q(
        "fr-29",
        "number of Western European countries with a human freedom score above 8, per year",
        "line",
        "year",
        "count(*)",
        sql=f"SELECT year AS x, COUNT(*) AS y FROM {H} WHERE region = 'Western Europe'"
        " AND hf_score > 8 GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="time-line calendar-int count-of-entity condition-value condition-number abbreviation",
    ),
    Q(
        "fr-30",
        "average human freedom score per year of the countries whose government spending was"
        " above 45% of GDP in that year",
        "line",
        "year",
        "avg(hf_score)",
        sql=f"SELECT h.year AS x, AVG(h.hf_score) AS y FROM {HP} WHERE p.govtspendgdp > 45"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Extra Hard",
        tags="join key-join time-line calendar-int condition-number abbreviation",
    ),
    Q(
        "fr-31",
        "birth rate (x) against death rate (y) for every country in the factbook",
        "point",
        "birth_rate",
        "death_rate",
        sql="SELECT birth_rate AS x, death_rate AS y FROM cia_factbook"
        " WHERE birth_rate IS NOT NULL AND death_rate IS NOT NULL",
        hard="Medium",
        tags="scatter",
    ),
    Q(
        "fr-32",
        "average maternal mortality rate by region for countries with an economic freedom score"
        " below 6 in 2016",
        "bar",
        "region",
        "avg(maternal_mortality_rate)",
        sql=f"SELECT h.region AS x, AVG(c.maternal_mortality_rate) AS y FROM {HC}"
        " WHERE h.year = 2016 AND h.ef_score < 6 AND c.maternal_mortality_rate IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Extra Hard",
        tags="join key-join condition-number condition-year calendar-int abbreviation",
    ),
]
