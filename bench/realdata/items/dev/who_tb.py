"""WHO tuberculosis notifications (tidyr's who) with tidyr's WHO population table.

``who``: one row per country and year (1980-2013) with ISO codes ``iso2``/``iso3``
and 56 count columns named ``new_<type>_<sex><age>`` (``newrel_`` for relapse):
type ``sp`` smear-positive pulmonary, ``sn`` smear-negative pulmonary, ``ep``
extrapulmonary, ``rel`` relapse; sex ``m``/``f``; age ``014`` (0-14), ``1524``,
``2534``, ``3544``, ``4554``, ``5564``, ``65`` (65 and over). Mostly NULL before
1995; 2013 holds only the ``newrel_`` columns. ``population``: one row per
country and year (1995-2013). The two join on the same-named ``(country,
year)``; no key is declared. Namibia's ``iso2`` (``NA``) reads as NULL, and
two names differ by accents between the tables (Cote d'Ivoire, Curacao).
"""

from itemdef import Q

DB = "who_tb"
WP = "JOIN population ON who.country = population.country AND who.year = population.year"

ITEMS = [
    Q(
        "who_tb-01",
        "new smear-positive TB cases among men aged 15-24 in India by year",
        "line",
        "year",
        "new_sp_m1524",
        sql="SELECT year AS x, new_sp_m1524 AS y FROM who WHERE country = 'India'"
        " AND new_sp_m1524 IS NOT NULL ORDER BY x",
        sort="x",
        hard="Medium",
        tags="condition-value calendar-int time-line abbreviation",
    ),
    Q(
        "who_tb-02",
        "total new smear-positive cases in women aged 25-34 per year since 2000",
        "line",
        "year",
        "sum(new_sp_f2534)",
        sql="SELECT year AS x, SUM(new_sp_f2534) AS y FROM who WHERE year >= 2000"
        " AND new_sp_f2534 IS NOT NULL GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="condition-year-range calendar-int time-line abbreviation",
    ),
    Q(
        "who_tb-03",
        "top 10 countries by new smear-positive cases in men 35-44 in 2010",
        "bar",
        "country",
        "new_sp_m3544",
        sql="SELECT country AS x, new_sp_m3544 AS y FROM who WHERE year = 2010"
        " AND new_sp_m3544 IS NOT NULL ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Hard",
        tags="top-n condition-year abbreviation",
    ),
    Q(
        "who_tb-04",
        "population of Brazil over time",
        "line",
        "year",
        "population",
        sql="SELECT year AS x, population AS y FROM population WHERE country = 'Brazil' ORDER BY x",
        sort="x",
        hard="Easy",
        tags="condition-value calendar-int time-line",
    ),
    Q(
        "who_tb-05",
        "how many countries are in the TB data?",
        "kpi",
        None,
        "count(distinct country)",
        sql="SELECT COUNT(DISTINCT country) AS y FROM who",
        hard="Medium",
        tags="kpi count-of-entity count-distinct",
    ),
    Q(
        "who_tb-06",
        "new smear-positive cases in men aged 15-24 per 100,000 people in South Africa, by year",
        "line",
        "year",
        "new_sp_m1524 * 100000 / population",
        sql=f"SELECT who.year AS x, new_sp_m1524 * 100000 / population AS y FROM who {WP}"
        " WHERE who.country = 'South Africa' AND new_sp_m1524 IS NOT NULL ORDER BY x",
        sort="x",
        hard="Extra Hard",
        tags="join same-name-join condition-value calendar-int time-line abbreviation",
    ),
    Q(
        "who_tb-07",
        "relapse cases among men 25-34 in 2013 for countries with more than 100 million people",
        "bar",
        "country",
        "newrel_m2534",
        sql=f"SELECT who.country AS x, newrel_m2534 AS y FROM who {WP}"
        " WHERE who.year = 2013 AND population > 100000000 AND newrel_m2534 IS NOT NULL"
        " ORDER BY x",
        hard="Extra Hard",
        tags="join same-name-join condition-year condition-number abbreviation",
    ),
    Q(
        "who_tb-08",
        "5 countries with the most relapse cases in women 65 and older in 2013",
        "bar",
        "country",
        "newrel_f65",
        sql="SELECT country AS x, newrel_f65 AS y FROM who WHERE year = 2013"
        " AND newrel_f65 IS NOT NULL ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Hard",
        tags="top-n condition-year abbreviation",
    ),
    Q(
        "who_tb-09",
        "histogram of 2013 country populations under 100 million, in bins of 10 million",
        "bar",
        "population",
        "count(*)",
        sql="SELECT FLOOR(population / 10000000) * 10000000 AS x, COUNT(*) AS y FROM population"
        " WHERE year = 2013 AND population < 100000000 GROUP BY x ORDER BY x",
        hard="Hard",
        tags="histogram condition-year condition-number",
    ),
    Q(
        "who_tb-10",
        "total population of all countries by year",
        "line",
        "year",
        "sum(population)",
        sql="SELECT year AS x, SUM(population) AS y FROM population GROUP BY x ORDER BY x",
        sort="x",
        hard="Easy",
        tags="calendar-int time-line",
    ),
    Q(
        "who_tb-11",
        "Which countries reported more than 200,000 new smear-positive cases in men aged 25 to 34 in total?",
        "bar",
        "country",
        "sum(new_sp_m2534)",
        sql="SELECT country AS x, SUM(new_sp_m2534) AS y FROM who GROUP BY x"
        " HAVING SUM(new_sp_m2534) > 200000 ORDER BY x",
        hard="Hard",
        tags="having abbreviation",
    ),
    Q(
        "who_tb-12",
        "average number of new smear-negative cases in girls 0-14 per country, by year since 2006",
        "line",
        "year",
        "avg(new_sn_f014)",
        sql="SELECT year AS x, AVG(new_sn_f014) AS y FROM who WHERE year >= 2006"
        " AND new_sn_f014 IS NOT NULL GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="condition-year-range calendar-int time-line abbreviation",
    ),
    Q(
        "who_tb-13",
        "new smear-positive cases in men 45-54, China vs India over time",
        "line",
        "year",
        "new_sp_m4554",
        "country",
        sql="SELECT year AS x, new_sp_m4554 AS y, country AS color FROM who"
        " WHERE country IN ('China', 'India') AND new_sp_m4554 IS NOT NULL ORDER BY color, x",
        sort="x",
        hard="Hard",
        tags="condition-value calendar-int time-line multi-series abbreviation",
    ),
    Q(
        "who_tb-14",
        "new smear-positive cases in men 35-44 against population, one point per country, 2010",
        "point",
        "population",
        "new_sp_m3544",
        sql=f"SELECT population AS x, new_sp_m3544 AS y FROM who {WP}"
        " WHERE who.year = 2010 AND new_sp_m3544 IS NOT NULL ORDER BY x",
        hard="Extra Hard",
        tags="join same-name-join scatter condition-year abbreviation",
    ),
    Q(
        "who_tb-15",
        "How many relapse cases in women aged 15-24 were reported worldwide in 2013?",
        "kpi",
        None,
        "sum(newrel_f1524)",
        sql="SELECT SUM(newrel_f1524) AS y FROM who WHERE year = 2013",
        hard="Medium",
        tags="kpi condition-year abbreviation",
    ),
    Q(
        "who_tb-16",
        "What was India's population in 2010?",
        "kpi",
        None,
        "population",
        sql="SELECT population AS y FROM population WHERE country = 'India' AND year = 2010",
        hard="Easy",
        tags="kpi condition-value condition-year",
    ),
    Q(
        "who_tb-17",
        "population of Nigeria between 2000 and 2010",
        "line",
        "year",
        "population",
        sql="SELECT year AS x, population AS y FROM population WHERE country = 'Nigeria'"
        " AND year BETWEEN 2000 AND 2010 ORDER BY x",
        sort="x",
        hard="Medium",
        tags="condition-value condition-year-range calendar-int time-line",
    ),
    Q(
        "who_tb-18",
        "number of countries with more than 100 million people, by year",
        "line",
        "year",
        "count(*)",
        sql="SELECT year AS x, COUNT(*) AS y FROM population WHERE population > 100000000"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="condition-number count-of-entity calendar-int time-line",
    ),
    Q(
        "who_tb-19",
        "new smear-positive cases among men 65+ for ZAF since 2000",
        "line",
        "year",
        "new_sp_m65",
        sql="SELECT year AS x, new_sp_m65 AS y FROM who WHERE iso3 = 'ZAF' AND year >= 2000"
        " AND new_sp_m65 IS NOT NULL ORDER BY x",
        sort="x",
        hard="Hard",
        tags="condition-value condition-year-range calendar-int time-line abbreviation",
    ),
    Q(
        "who_tb-20",
        "population of the country with ISO3 code PAK, by year",
        "line",
        "year",
        "population",
        sql=f"SELECT population.year AS x, population AS y FROM who {WP} WHERE iso3 = 'PAK'"
        " ORDER BY x",
        sort="x",
        hard="Extra Hard",
        tags="join same-name-join condition-value calendar-int time-line abbreviation",
    ),
    Q(
        "who_tb-21",
        "top 10 countries by relapse cases in men aged 15-24 per million people in 2013",
        "bar",
        "country",
        "newrel_m1524 * 1000000 / population",
        sql=f"SELECT who.country AS x, newrel_m1524 * 1000000 / population AS y FROM who {WP}"
        " WHERE who.year = 2013 AND newrel_m1524 IS NOT NULL ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Extra Hard",
        tags="join same-name-join top-n condition-year abbreviation",
    ),
    Q(
        "who_tb-22",
        "how many countries reported zero new smear-positive cases in boys 0-14 in 2010?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM who WHERE year = 2010 AND new_sp_m014 = 0",
        hard="Hard",
        tags="kpi condition-year condition-number count-of-entity abbreviation",
    ),
    Q(
        "who_tb-23",
        "average population per country by year",
        "line",
        "year",
        "avg(population)",
        sql="SELECT year AS x, AVG(population) AS y FROM population GROUP BY x ORDER BY x",
        sort="x",
        hard="Easy",
        tags="calendar-int time-line",
    ),
    Q(
        "who_tb-24",
        "the 5 most populous countries in 2013",
        "bar",
        "country",
        "population",
        sql="SELECT country AS x, population AS y FROM population WHERE year = 2013"
        " ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="top-n condition-year",
    ),
    Q(
        "who_tb-25",
        "largest number of extrapulmonary cases in women 25-34 reported by any country, per year",
        "line",
        "year",
        "max(new_ep_f2534)",
        sql="SELECT year AS x, MAX(new_ep_f2534) AS y FROM who WHERE new_ep_f2534 IS NOT NULL"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="calendar-int time-line min-max abbreviation",
    ),
    Q(
        "who_tb-26",
        "Viet Nam: new smear-positive cases in women aged 55-64 by year, 2000-2012",
        "line",
        "year",
        "new_sp_f5564",
        sql="SELECT year AS x, new_sp_f5564 AS y FROM who WHERE country = 'Viet Nam'"
        " AND year BETWEEN 2000 AND 2012 AND new_sp_f5564 IS NOT NULL ORDER BY x",
        sort="x",
        hard="Medium",
        tags="condition-value condition-year-range calendar-int time-line abbreviation",
    ),
    Q(
        "who_tb-27",
        "number of countries that reported new smear-positive cases for men aged 25-34, per year"
        " from 1995 to 2012",
        "line",
        "year",
        "count(*)",
        sql="SELECT year AS x, COUNT(*) AS y FROM who WHERE new_sp_m2534 IS NOT NULL"
        " AND year BETWEEN 1995 AND 2012 GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="condition-year-range count-of-entity calendar-int time-line abbreviation",
    ),
    Q(
        "who_tb-28",
        "among countries with fewer than 10 million people, the 5 with the most new"
        " extrapulmonary cases in men aged 25-34 in 2010",
        "bar",
        "country",
        "new_ep_m2534",
        sql=f"SELECT who.country AS x, new_ep_m2534 AS y FROM who {WP}"
        " WHERE who.year = 2010 AND population < 10000000 AND new_ep_m2534 IS NOT NULL"
        " ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Extra Hard",
        tags="join same-name-join top-n condition-year condition-number abbreviation",
    ),
]
