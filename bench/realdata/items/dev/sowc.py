"""UNICEF's State of the World's Children 2019 (openintro's sowc_* tables) and gt's countrypops.

Three one-row-per-country tables keyed by ``countries_and_areas`` (no declared
keys): ``sowc_demographics`` (populations and births in thousands, rates,
life expectancy), ``sowc_child_mortality`` (deaths per 1,000 live births,
deaths in thousands) and ``sowc_maternal_newborn`` (percentages, maternal
mortality per 100,000 live births); and ``countrypops``, World Bank
populations by country and integer ``year`` 1960–2022, whose ``country_name``
matches ``countries_and_areas`` for 177 countries (UN spellings such as
``Viet Nam`` do not match). Every table's country column is unique per
country (and year).
"""

from itemdef import Q

DB = "sowc"
CM = "sowc_child_mortality"
DM = "sowc_demographics"
MN = "sowc_maternal_newborn"
CM_DM = f"{CM} JOIN {DM} ON {CM}.countries_and_areas = {DM}.countries_and_areas"

ITEMS = [
    Q(
        "sowc-01",
        "top 10 countries by under-5 mortality in 2018",
        "bar",
        "countries_and_areas",
        "under5_mortality_2018",
        sql=f"SELECT countries_and_areas AS x, under5_mortality_2018 AS y FROM {CM}"
        " ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Medium",
        tags="top-n",
    ),
    Q(
        "sowc-02",
        "histogram of life expectancy in 2018 with 5-year bins",
        "bar",
        "life_expectancy_2018",
        "count(*)",
        sql=f"SELECT FLOOR(life_expectancy_2018 / 5) * 5 AS x, COUNT(*) AS y FROM {DM}"
        " WHERE life_expectancy_2018 IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="histogram",
    ),
    Q(
        "sowc-03",
        "under-5 mortality vs fertility rate, by country",
        "point",
        "fertility_2018",
        "under5_mortality_2018",
        sql=f"SELECT fertility_2018 AS x, under5_mortality_2018 AS y FROM {CM_DM}"
        " WHERE fertility_2018 IS NOT NULL",
        hard="Hard",
        tags="scatter join same-name-join",
    ),
    Q(
        "sowc-04",
        "top 10 countries by under-18 population in 2018",
        "bar",
        "countries_and_areas",
        "under18_pop_2018",
        sql=f"SELECT countries_and_areas AS x, under18_pop_2018 AS y FROM {DM}"
        " WHERE under18_pop_2018 IS NOT NULL"
        " ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Easy",
        tags="top-n abbreviation",
    ),
    Q(
        "sowc-05",
        "How many countries had an under-5 mortality rate above 50 in 2018?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {CM} WHERE under5_mortality_2018 > 50",
        hard="Medium",
        tags="kpi count-of-entity condition-number",
    ),
    Q(
        "sowc-06",
        "population of Nigeria since 1990",
        "line",
        "year",
        "population",
        sql="SELECT year AS x, population AS y FROM countrypops"
        " WHERE country_name = 'Nigeria' AND year >= 1990 ORDER BY x",
        sort="x",
        hard="Medium",
        tags="condition-value condition-year-range calendar-int time-line",
    ),
    Q(
        "sowc-07",
        "total population of all countries by year",
        "line",
        "year",
        "sum(population)",
        sql="SELECT year AS x, SUM(population) AS y FROM countrypops"
        " WHERE population IS NOT NULL GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="calendar-int time-line",
    ),
    Q(
        "sowc-08",
        "average maternal mortality ratio across countries",
        "kpi",
        None,
        "avg(maternal_mortality_ratio_2017)",
        sql=f"SELECT AVG(maternal_mortality_ratio_2017) AS y FROM {MN}",
        hard="Easy",
        tags="kpi",
    ),
    Q(
        "sowc-09",
        "top 3 countries by maternal mortality ratio",
        "bar",
        "countries_and_areas",
        "maternal_mortality_ratio_2017",
        sql=f"SELECT countries_and_areas AS x, maternal_mortality_ratio_2017 AS y FROM {MN}"
        " WHERE maternal_mortality_ratio_2017 IS NOT NULL ORDER BY y DESC, x LIMIT 3",
        sort="-y",
        hard="Easy",
        tags="top-n",
    ),
    Q(
        "sowc-10",
        "infant mortality in 2018 against infant mortality in 1990, one point per country",
        "point",
        "infant_mortality_1990",
        "infant_mortality_2018",
        sql=f"SELECT infant_mortality_1990 AS x, infant_mortality_2018 AS y FROM {CM}",
        hard="Medium",
        tags="scatter",
    ),
    Q(
        "sowc-11",
        "10 countries with the fastest annual reduction in under-5 mortality",
        "bar",
        "countries_and_areas",
        "under5_reduction",
        sql=f"SELECT countries_and_areas AS x, under5_reduction AS y FROM {CM}"
        " ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Hard",
        tags="top-n",
    ),
    Q(
        "sowc-12",
        "top 10 countries by number of under-5 deaths in 2018",
        "bar",
        "countries_and_areas",
        "under5_deaths_2018",
        sql=f"SELECT countries_and_areas AS x, under5_deaths_2018 AS y FROM {CM}"
        " ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Medium",
        tags="top-n",
    ),
    Q(
        "sowc-13",
        "percent urban of the countries with a life expectancy below 60 in 2018",
        "bar",
        "countries_and_areas",
        "percent_urban_2018",
        sql=f"SELECT countries_and_areas AS x, percent_urban_2018 AS y FROM {DM}"
        " WHERE life_expectancy_2018 < 60 ORDER BY x",
        hard="Hard",
        tags="condition-number",
    ),
    Q(
        "sowc-14",
        "adolescent birth rate vs percent urban",
        "point",
        "percent_urban_2018",
        "adolescent_birth_rate",
        sql=f"SELECT percent_urban_2018 AS x, adolescent_birth_rate AS y FROM {DM}"
        f" JOIN {MN} ON {DM}.countries_and_areas = {MN}.countries_and_areas"
        " WHERE adolescent_birth_rate IS NOT NULL",
        hard="Hard",
        tags="scatter join same-name-join",
    ),
    Q(
        "sowc-15",
        "population of India and China since 2000, one line each",
        "line",
        "year",
        "population",
        "country_name",
        sql="SELECT year AS x, population AS y, country_name AS color FROM countrypops"
        " WHERE country_name IN ('India', 'China') AND year >= 2000 ORDER BY color, x",
        sort="x",
        hard="Hard",
        tags="multi-series condition-value condition-year-range calendar-int time-line",
    ),
    Q(
        "sowc-16",
        "How many countries had more than 100 million people in 2020?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM countrypops WHERE year = 2020 AND population > 100000000",
        hard="Medium",
        tags="kpi count-of-entity condition-number condition-year",
    ),
    Q(
        "sowc-17",
        "average life expectancy in 2018 of countries where under-5 mortality is above 80",
        "kpi",
        None,
        "avg(life_expectancy_2018)",
        sql=f"SELECT AVG(life_expectancy_2018) AS y FROM {CM_DM} WHERE under5_mortality_2018 > 80",
        hard="Extra Hard",
        tags="kpi join same-name-join condition-number",
    ),
    Q(
        "sowc-18",
        "top 10 countries by births in 2018",
        "bar",
        "countries_and_areas",
        "births_2018",
        sql=f"SELECT countries_and_areas AS x, births_2018 AS y FROM {DM}"
        " WHERE births_2018 IS NOT NULL ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Easy",
        tags="top-n",
    ),
    Q(
        "sowc-19",
        "2022 population of the 5 countries with the highest under-5 mortality in 2018",
        "bar",
        "countries_and_areas",
        "population",
        sql=f"SELECT countries_and_areas AS x, population AS y FROM {CM}"
        f" JOIN countrypops ON countrypops.country_name = {CM}.countries_and_areas"
        " WHERE year = 2022 ORDER BY under5_mortality_2018 DESC, x LIMIT 5",
        hard="Extra Hard",
        tags="join key-join condition-year top-n",
    ),
    Q(
        "sowc-20",
        "under-5 mortality in 2018 of the countries with more than 100 million people in 2021",
        "bar",
        "countries_and_areas",
        "under5_mortality_2018",
        sql=f"SELECT countries_and_areas AS x, under5_mortality_2018 AS y FROM {CM}"
        f" JOIN countrypops ON countrypops.country_name = {CM}.countries_and_areas"
        " WHERE year = 2021 AND population > 100000000 ORDER BY x",
        hard="Extra Hard",
        tags="join key-join condition-number condition-year",
    ),
    Q(
        "sowc-21",
        "countries where more than half of births are by C-section",
        "bar",
        "countries_and_areas",
        "c_section",
        sql=f"SELECT countries_and_areas AS x, c_section AS y FROM {MN}"
        " WHERE c_section > 50 ORDER BY x",
        hard="Medium",
        tags="condition-number",
    ),
    Q(
        "sowc-22",
        "average neonatal mortality rate in 2018",
        "kpi",
        None,
        "avg(neonatal_mortality_2018)",
        sql=f"SELECT AVG(neonatal_mortality_2018) AS y FROM {CM}",
        hard="Easy",
        tags="kpi",
    ),
    Q(
        "sowc-23",
        "histogram of under-5 mortality in 2018 in bins of 20",
        "bar",
        "under5_mortality_2018",
        "count(*)",
        sql=f"SELECT FLOOR(under5_mortality_2018 / 20) * 20 AS x, COUNT(*) AS y FROM {CM}"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="histogram",
    ),
    Q(
        "sowc-24",
        "under-5 mortality of girls vs boys in 2018, a point per country",
        "point",
        "under5_mortality_2018_male",
        "under5_mortality_2018_female",
        sql=f"SELECT under5_mortality_2018_male AS x, under5_mortality_2018_female AS y FROM {CM}",
        hard="Hard",
        tags="scatter",
    ),
    Q(
        "sowc-25",
        "population of Germany per year since 2010",
        "line",
        "year",
        "population",
        sql="SELECT year AS x, population AS y FROM countrypops"
        " WHERE country_name = 'Germany' AND year >= 2010 ORDER BY x",
        sort="x",
        hard="Easy",
        tags="condition-value condition-year-range calendar-int time-line",
    ),
    Q(
        "sowc-26",
        "countries with a maternal mortality ratio above 500 and their share of"
        " births attended by skilled personnel (women aged 15-49)",
        "bar",
        "countries_and_areas",
        "delivery_care_attendant_1549",
        sql=f"SELECT countries_and_areas AS x, delivery_care_attendant_1549 AS y FROM {MN}"
        " WHERE maternal_mortality_ratio_2017 > 500 AND delivery_care_attendant_1549 IS NOT NULL"
        " ORDER BY x",
        hard="Extra Hard",
        tags="condition-number abbreviation",
    ),
    Q(
        "sowc-27",
        "maternal mortality ratio of the 5 countries with the lowest life expectancy in 2018",
        "bar",
        "countries_and_areas",
        "maternal_mortality_ratio_2017",
        sql=f"SELECT {DM}.countries_and_areas AS x, maternal_mortality_ratio_2017 AS y FROM {DM}"
        f" JOIN {MN} ON {DM}.countries_and_areas = {MN}.countries_and_areas"
        " WHERE life_expectancy_2018 IS NOT NULL ORDER BY life_expectancy_2018, x LIMIT 5",
        hard="Extra Hard",
        tags="join same-name-join top-n",
    ),
    Q(
        "sowc-28",
        "under-5 deaths in 2018 in countries with a fertility rate above 5",
        "bar",
        "countries_and_areas",
        "under5_deaths_2018",
        sql=f"SELECT {CM}.countries_and_areas AS x, under5_deaths_2018 AS y FROM {CM_DM}"
        " WHERE fertility_2018 > 5 ORDER BY x",
        hard="Hard",
        tags="join same-name-join condition-number",
    ),
    Q(
        "sowc-29",
        "population since 2000 of the country with the highest maternal mortality ratio",
        "line",
        "year",
        "population",
        sql="SELECT year AS x, population AS y FROM countrypops WHERE year >= 2000"
        f" AND country_name = (SELECT countries_and_areas FROM {MN}"
        " WHERE maternal_mortality_ratio_2017 IS NOT NULL"
        " ORDER BY maternal_mortality_ratio_2017 DESC LIMIT 1) ORDER BY x",
        sort="x",
        hard="Extra Hard",
        tags="join key-join condition-year-range calendar-int time-line",
    ),
    Q(
        "sowc-30",
        "C-section rate vs fertility rate for countries with an under-5 mortality below 10",
        "point",
        "fertility_2018",
        "c_section",
        sql=f"SELECT fertility_2018 AS x, c_section AS y FROM {CM_DM}"
        f" JOIN {MN} ON {CM}.countries_and_areas = {MN}.countries_and_areas"
        " WHERE under5_mortality_2018 < 10 AND c_section IS NOT NULL"
        " AND fertility_2018 IS NOT NULL",
        hard="Extra Hard",
        tags="scatter join same-name-join multi-hop condition-number",
    ),
]
