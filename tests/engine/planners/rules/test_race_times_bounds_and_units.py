"""Race times, bounds said with their unit, rates of a table, and honest refusals (issue 12).

- "net time" of ``net`` beside a gun ``time``: the net, a time ("the fastest net time" its
  minimum, "the fastest average net time" ranked from the least); "in their 20s": ages 20 to
  29; "by 10-year age group and sex": ages in bins of ten, by sex.
- "routes shorter than 500 miles": each route's distance, not a bound on the average fare;
  "between 1 and 1.5 carats", "weigh at least 2 carats": the carat, not a count of rows.
- "months in which the daily maximum temperature averaged more than 25" of a table of one row
  a day: each month's average of the days' maxima, kept where it is above 25; "average daily
  maximum temperature by month" the same average; "days over 30 degrees": the temperature.
- "by 500-mile distance band": distances in bins of 500; "$1,000 bins": a width of 1000, not a thousand bins; "average number of children" of
  ``kids``; "age at first birth" of ``agefirstbirth``; "how many distinct survey years":
  the years counted apart; "daily demand through the year": along the days.
- "runners from Virginia" of postal codes, beside the few countries some runners give.
- Refused, no more drawn: "10-minute bins" of times kept in seconds (hundreds of bins), "how
  many days were weekends" (no count of the two values of a 0/1 flag), "the murder rate" of a
  table ``murder`` whose rate the plan does not read, "by hour of the day" of dates.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import databases, kpi, one, plots_exactly, plotted, refuses, truth

from aiser_jupyter.engine.core import Engine
from aiser_jupyter.errors import AiserError


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("race_times")
    tables = {
        "race": [
            "CREATE TABLE Race AS SELECT (['VA', 'MD', 'DC', 'NY', 'CA'])[1 + k % 5] AS state,"
            " 3000 + (k * 37) % 6000 + 40 + k % 90 AS time, 3000 + (k * 37) % 6000 AS net,"
            " 15 + (k * 11) % 60 AS age, CASE WHEN k % 2 = 0 THEN 'F' ELSE 'M' END AS sex"
            " FROM range(600) t(k)"
        ],
        "homes": [
            "CREATE TABLE Runners AS SELECT (string_split('VA MD DC PA NY NJ MA NC CT OH IL TX CA"
            " WV GA DE FL WI MI ME NH MN IA MO VT TN KS LA IN CO OR WA NM AZ KY AL SC HI RI NE AK"
            " AR ND', ' ') || ['Kenya', 'Japan', 'Russia', 'Ethiopia', 'Romania', 'Ukraine',"
            " 'Colombia', 'Australia', 'Lithuania', 'New Zealand', 'Usa', 'GE', 'EN', 'LE',"
            " 'IM', 'SA'])[1 + k % 60] AS state, CASE WHEN k % 2 = 0 THEN 'F' ELSE 'M' END"
            " AS sex FROM range(1200) t(k)"
        ],
        "fares": [
            "CREATE TABLE airfare AS SELECT 1997 + y AS year, r AS id, 100 + (r * 53) % 2400 AS dist,"
            " 60 + (r * 17) % 300 + 5 * y AS fare FROM range(4) u(y), range(1, 301) t(r)"
        ],
        "power": [
            "CREATE TABLE elecdaily AS SELECT CAST(DATE '2014-01-01' + INTERVAL (k) DAY AS DATE)"
            " AS date, 100 + (k * 7) % 60 AS Demand,"
            " CASE WHEN dayofweek(DATE '2014-01-01' + INTERVAL (k) DAY) IN (0, 6) THEN 0 ELSE 1"
            " END AS WorkDay, 12 + (k * 13) % 22 + CASE WHEN k < 90 THEN 6 ELSE 0 END AS"
            " Temperature FROM range(365) t(k)"
        ],
        "stones": [
            "CREATE TABLE diamonds AS SELECT 0.2 + (k % 40) * 0.1 AS carat,"
            " (['Ideal', 'Premium', 'Good'])[1 + k % 3] AS cut, (['D', 'E', 'F'])[1 + k % 3 // 1 % 3]"
            " AS color, 300 + (k * 97) % 15000 AS price FROM range(1200) t(k)"
        ],
        "states": [
            "CREATE TABLE murder AS SELECT (['AL', 'AK', 'AZ', 'CA'])[1 + k % 4] AS state,"
            " 87 + k // 4 AS year, 4 + (k * 3) % 9 AS unem, 2 + (k * 5) % 14 AS mrdrte"
            " FROM range(28) t(k)",
            "CREATE TABLE Crime AS SELECT k % 10 AS county, 81 + k // 10 AS year,"
            " 0.01 + (k * 7 % 50) / 1000 AS crmrte FROM range(70) t(k)",
        ],
        "fertility": [
            "CREATE TABLE GSS7402 AS SELECT k % 8 AS kids, 8 + k % 12 AS education,"
            " 1974 + 4 * (k % 8) AS year, 16 + (k * 7) % 20 AS agefirstbirth, 20 + k % 50 AS age"
            " FROM range(800) t(k)"
        ],
    }
    return databases(root, tables)


def test_net_time_ages_in_their_20s_and_age_groups(engine: Engine, data: dict[str, Path]) -> None:
    plots_exactly(
        engine,
        data["race"],
        "r",
        "average net time by sex",
        "SELECT sex, AVG(net) FROM Race GROUP BY sex",
    )
    engine.connect("r", str(data["race"]))
    fastest = engine.ask("What was the fastest net time among the women?", "r")
    assert kpi(fastest) == one(data["race"], "SELECT MIN(net) FROM Race WHERE sex = 'F'")
    ranked = engine.ask("the 3 home states with the fastest average net time", "r")
    ranked_sql = "SELECT state, AVG(net) AS a FROM Race GROUP BY state ORDER BY a LIMIT 3"
    assert list(plotted(ranked)) == list(truth(data["race"], ranked_sql))
    plots_exactly(
        engine,
        data["race"],
        "r",
        "average net time of runners in their 20s, by sex",
        "SELECT sex, AVG(net) FROM Race WHERE age BETWEEN 20 AND 29 GROUP BY sex",
    )
    plots_exactly(
        engine,
        data["race"],
        "r",
        "number of runners by 10-year age group and sex",
        "SELECT FLOOR(age / 10) * 10, COUNT(*), sex FROM Race GROUP BY 1, 3",
    )


def test_a_bound_with_its_unit_names_what_it_bounds(engine: Engine, data: dict[str, Path]) -> None:
    plots_exactly(
        engine,
        data["fares"],
        "f",
        "how has the average fare on routes shorter than 500 miles moved year to year?",
        "SELECT year, AVG(fare) FROM airfare WHERE dist < 500 GROUP BY year",
    )
    plots_exactly(
        engine,
        data["stones"],
        "d",
        "average price of Premium-cut diamonds between 1 and 1.5 carats, by color",
        "SELECT color, AVG(price) FROM diamonds WHERE cut = 'Premium'"
        " AND carat BETWEEN 1 AND 1.5 GROUP BY color",
    )
    engine.connect("d", str(data["stones"]))
    heavy = engine.ask("How many diamonds weigh at least 2 carats?", "d")
    assert kpi(heavy) == one(data["stones"], "SELECT COUNT(*) FROM diamonds WHERE carat >= 2")
    plots_exactly(
        engine,
        data["stones"],
        "d",
        "distribution of diamond prices in $1,000 bins",
        "SELECT FLOOR(price / 1000) * 1000, COUNT(*) FROM diamonds GROUP BY 1",
    )


def test_a_days_maximum_averaged_by_month(engine: Engine, data: dict[str, Path]) -> None:
    plots_exactly(
        engine,
        data["power"],
        "e",
        "average daily maximum temperature by month",
        "SELECT DATE_TRUNC('month', date), AVG(Temperature) FROM elecdaily GROUP BY 1",
    )
    plots_exactly(  # said without an average: the month's highest
        engine,
        data["power"],
        "e",
        "daily maximum temperature by month",
        "SELECT DATE_TRUNC('month', date), MAX(Temperature) FROM elecdaily GROUP BY 1",
    )
    plots_exactly(  # "degrees": what a temperature is said in
        engine,
        data["power"],
        "e",
        "number of days over 30 degrees in each month",
        "SELECT DATE_TRUNC('month', date), COUNT(*) FROM elecdaily WHERE Temperature > 30"
        " GROUP BY 1",
    )
    plots_exactly(
        engine,
        data["power"],
        "e",
        "months in which the daily maximum temperature averaged more than 25 degrees",
        "SELECT DATE_TRUNC('month', date), AVG(Temperature) FROM elecdaily"
        " GROUP BY 1 HAVING AVG(Temperature) > 25",
    )


def test_distinct_years_and_a_day_through_the_year(engine: Engine, data: dict[str, Path]) -> None:
    engine.connect("g", str(data["fertility"]))
    years = engine.ask("How many distinct survey years does the data cover?", "g")
    assert kpi(years) == one(data["fertility"], "SELECT COUNT(DISTINCT year) FROM GSS7402")
    plots_exactly(
        engine,
        data["power"],
        "e",
        "daily electricity demand through the year",
        "SELECT CAST(date AS TIMESTAMP), Demand FROM elecdaily",
    )


def test_children_and_age_at_first_birth(engine: Engine, data: dict[str, Path]) -> None:
    plots_exactly(
        engine,
        data["fertility"],
        "g",
        "average number of children by years of schooling",
        "SELECT education, AVG(kids) FROM GSS7402 GROUP BY education",
    )
    plots_exactly(
        engine,
        data["fertility"],
        "g",
        "youngest age at first birth in each survey year",
        "SELECT year, MIN(agefirstbirth) FROM GSS7402 GROUP BY year",
    )


def test_what_would_be_drawn_wrong_is_refused(engine: Engine, data: dict[str, Path]) -> None:
    refused = refuses(engine, data["race"], "r", "Histogram of net times in 10-minute bins")
    assert "bins" in refused.text
    refuses(engine, data["power"], "e", "How many days were weekends or public holidays?")
    refuses(engine, data["homes"], "h", "How many runners are in their 30s?", "30s")  # no ages
    engine.connect("e", str(data["power"]))
    with pytest.raises(AiserError):  # dates hold no hour of the day: never all at hour 0
        engine.ask("average demand by hour of the day on days below 15 degrees", "e")
    refuses(
        engine,
        data["states"],
        "s",
        "scatter of the unemployment rate vs the murder rate by state for 1993",
        "rate",
    )
    plots_exactly(  # a rate the plan reads, spelled clipped in its name: answered
        engine,
        data["states"],
        "s",
        "3 counties with the highest crime rate in 1987",
        "SELECT county, crmrte FROM Crime WHERE year = 87 ORDER BY crmrte DESC LIMIT 3",
    )


def test_a_number_grouped_in_bands_of_its_unit(engine: Engine, data: dict[str, Path]) -> None:
    plots_exactly(
        engine,
        data["fares"],
        "f",
        "average fare by 500-mile distance band",
        "SELECT FLOOR(dist / 500) * 500, AVG(fare) FROM airfare GROUP BY 1",
    )


def test_states_named_over_codes_beside_a_few_countries(
    engine: Engine, data: dict[str, Path]
) -> None:
    plots_exactly(
        engine,
        data["homes"],
        "h",
        "number of runners from Virginia by sex",
        "SELECT sex, COUNT(*) FROM Runners WHERE state = 'VA' GROUP BY sex",
    )
    plots_exactly(
        engine,
        data["homes"],
        "h",
        "pie of the runners from Virginia, Maryland and DC by state",
        "SELECT state, COUNT(*) FROM Runners WHERE state IN ('VA', 'MD', 'DC') GROUP BY state",
    )
