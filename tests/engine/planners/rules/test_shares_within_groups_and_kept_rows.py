"""Shares of rows within the groups, words that say which rows, and words that say which
number (issue 12).

- "within each branch and grade, the percentage who are women": the share of women in each
  group, not the count of women per group; "which 3 education levels have the lowest
  percentage of people with insurance": the share of insured rows, ranked, not the count.
- "uninsured people", "unemployed people", when nothing in the catalog reads the word: the
  question is refused, not drawn over everyone; "unmarried people" counts married = 'no'.
- "income per capita": "capita" is a unit, never a misspelt name in the data ('Capito').
- "households by urban/rural": the two sides of the yes/no column, grouped, not the rural
  ones alone.
- "the most pharmacy visits made by a single person": the largest one row holds, not a sum.
- "highest number killed in any December": the Decembers, not every month.
- "drivers killed or seriously injured" of a table that also counts the killed alone: the
  words after "or" name another number, and the question is refused.
- "share of all contributions going to each party": the amounts summed, not counted as
  distinct values.
- "how many drivers were killed": the sum of ``DriversKilled``, the passive's verb read
  inside the name; "with vs without the law", "before vs after the law": both sides.
- two years of one date column kept at once ("each month of 1984 … against the same month of
  1983"): refused, never an empty chart.
- "people with health insurance" of a table ``HealthInsurance``: the yes/no ``insurance``;
  "percent insured by region": the share of insured rows in each region ("insured" is the
  participle of the flag's noun), never the count of insured people per region.
- "[pharmaceutical] contributions" where two tables hold contributions, "seats that changed
  [party]": refused; "average rank by …": the mean of ``rank``, not a sort.
- "percentage female by branch": the share within each branch; a plan counting the women of
  each branch under those words is refused by the honesty check.
- a grouping read only from words in parentheses, in a question that asks for none ("How
  many distinct districts (state and district number)"): dropped, and the question refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import databases, kpi, one, plots_exactly, refuses

from aiser_jupyter.engine.core import Engine
from aiser_jupyter.engine.planners.honesty import account


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("shares")
    tables = {
        "service": [
            "CREATE TABLE military AS SELECT ['army', 'navy', 'air force'][1 + k % 3] AS branch,"
            " CASE WHEN k % 5 = 0 THEN 'officer' ELSE 'enlisted' END AS grade,"
            " CASE WHEN (k * 7) % 10 < 2 THEN 'female' ELSE 'male' END AS gender,"
            " 1 + (k * 3) % 9 AS rank FROM range(3000) t(k)"
        ],
        "survey": [
            "CREATE TABLE survey AS SELECT"
            " ['none', 'highschool', 'bachelor', 'master', 'phd'][1 + k % 5] AS education,"
            " CASE WHEN (k * 37) % 100 < 40 + 11 * (k % 5) THEN 'yes' ELSE 'no' END AS insurance,"
            " CASE WHEN (k * 3) % 4 = 0 THEN 'yes' ELSE 'no' END AS married,"
            " ['south', 'west', 'north'][1 + (k * 11) % 3] AS region,"
            " 18 + (k * 13) % 60 AS age FROM range(2000) t(k)"
        ],
        "states": [
            "CREATE TABLE election AS SELECT 'State ' || k AS State,"
            " 30000 + (k * 977) % 25000 AS Income FROM range(51) t(k)",
            "CREATE TABLE senators AS SELECT ['Capito', 'Baldwin', 'Booker'][1 + k % 3] || k"
            " AS Senator, 'State ' || (k % 51) AS State, ['D', 'R', 'I'][1 + k % 3] AS Party,"
            " 1000 * (1 + (k * 7) % 90) AS Contribution FROM range(100) t(k)",
            "UPDATE senators SET Senator = 'Capito' WHERE Senator = 'Capito0'",
            "CREATE TABLE pharma AS SELECT 'S' || k AS Senator, 'State ' || (k % 51) AS State,"
            " 500 * (1 + (k * 7) % 90) AS Contributions FROM range(94) t(k)",
        ],
        "homes": [
            "CREATE TABLE households AS SELECT CASE WHEN k % 3 = 0 THEN 'yes' ELSE 'no' END"
            " AS urban, CASE WHEN (k * 7) % 5 < 3 THEN 'yes' ELSE 'no' END AS farm,"
            " (k * 13) % 31 AS pharvis FROM range(900) t(k)"
        ],
        "roads": [
            "CREATE TABLE Seatbelts AS SELECT (DATE '1969-01-01' + INTERVAL (k) MONTH)::DATE"
            " AS time, 90 + (k * 37) % 80 AS DriversKilled, 1200 + (k * 53) % 900 AS drivers"
            " FROM range(192) t(k)"
        ],
    }
    return databases(root, tables)


def test_the_share_of_rows_with_a_value_in_each_group(
    engine: Engine, data: dict[str, Path]
) -> None:
    plots_exactly(
        engine,
        data["service"],
        "m",
        "within each branch and grade, the percentage who are women (grouped bars)",
        "SELECT branch, 100.0 * AVG(CASE WHEN gender = 'female' THEN 1 ELSE 0 END), grade"
        " FROM military GROUP BY branch, grade",
    )
    plots_exactly(
        engine,
        data["survey"],
        "s",
        "which 3 education levels have the lowest percentage of people with insurance?",
        "SELECT education, 100.0 * AVG(CASE WHEN insurance = 'yes' THEN 1 ELSE 0 END)"
        " FROM survey GROUP BY education ORDER BY 2 LIMIT 3",
    )


def test_words_that_say_which_rows_are_read_or_refused(
    engine: Engine, data: dict[str, Path]
) -> None:
    refuses(engine, data["survey"], "s", "uninsured people aged 18 to 30 by education level")
    refuses(engine, data["survey"], "s", "unemployed people by education", "unemployed")
    plots_exactly(
        engine,
        data["survey"],
        "s",
        "number of unmarried people by region",
        "SELECT region, COUNT(*) FROM survey WHERE married = 'no' GROUP BY region",
    )
    plots_exactly(
        engine,
        data["homes"],
        "h",
        "households by urban/rural, stacked by whether they farm",
        "SELECT urban, COUNT(*), farm FROM households GROUP BY urban, farm",
    )


def test_per_capita_is_a_unit_and_no_misspelt_name(engine: Engine, data: dict[str, Path]) -> None:
    engine.connect("e", str(data["states"]))
    try:
        answer = engine.ask("10 states with the highest per capita income", "e")
    except Exception as refused:  # refusing is honest; keeping Capito's rows is not
        assert "Capito" not in str(refused)
    else:
        assert "Capito" not in answer.sql


def test_the_extreme_one_row_holds_and_the_months_named(
    engine: Engine, data: dict[str, Path]
) -> None:
    engine.connect("h", str(data["homes"]))
    most = engine.ask("the most pharmacy visits made by a single person", "h")
    assert kpi(most) == one(data["homes"], "SELECT MAX(pharvis) FROM households")
    engine.connect("r", str(data["roads"]))
    december = engine.ask("highest number of drivers killed in any December", "r")
    assert kpi(december) == one(
        data["roads"], "SELECT MAX(DriversKilled) FROM Seatbelts WHERE MONTH(time) = 12"
    )
    refuses(
        engine,
        data["roads"],
        "r",
        "total drivers killed or seriously injured per year",
        "seriously",
    )


def test_a_share_of_amounts_sums_them(engine: Engine, data: dict[str, Path]) -> None:
    plots_exactly(
        engine,
        data["states"],
        "e",
        "share of all contributions going to each party, as a pie",
        "SELECT Party, SUM(Contribution) FROM senators GROUP BY Party",
    )


@pytest.fixture(scope="module")
def more(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("sides_more")
    tables = {
        "belts": [
            "CREATE TABLE Seatbelts AS SELECT (DATE '1969-01-01' + INTERVAL (k) MONTH)::DATE"
            " AS time, 90 + (k * 37) % 80 AS DriversKilled, 1200 + (k * 53) % 900 AS drivers,"
            " CASE WHEN k >= 169 THEN 1 ELSE 0 END AS law FROM range(192) t(k)"
        ],
        "insurance": [
            "CREATE TABLE HealthInsurance AS SELECT"
            " CASE WHEN (k * 37) % 100 < 40 + 11 * (k % 5) THEN 'yes' ELSE 'no' END AS insurance,"
            " ['south', 'west', 'north', 'east', 'midwest'][1 + k % 5] AS region,"
            " 18 + (k * 13) % 60 AS age FROM range(2000) t(k)"
        ],
        "money": [
            "CREATE TABLE car_makers AS SELECT 'S' || k AS Senator, ['D', 'R'][1 + k % 2] AS Party,"
            " 1000 * (1 + (k * 7) % 90) AS Contribution FROM range(100) t(k)",
            "CREATE TABLE drug_makers AS SELECT 'S' || k AS Senator, ['D', 'R'][1 + k % 2] AS Party,"
            " 500 * (1 + (k * 11) % 90) AS Contributions FROM range(94) t(k)",
        ],
        "seats": [
            "CREATE TABLE races AS SELECT 1948 + 2 * (k % 20) AS year, k % 2 AS democrat,"
            " (k * 3) % 2 AS lagdemocrat, 1 + (k * 7) % 11 AS rank, 1 + k % 40 AS state,"
            " 1 + (k * 7) % 9 AS district FROM range(800) t(k)"
        ],
    }
    return databases(root, tables)


def test_a_passive_names_a_count_column_and_both_sides_are_paired(
    engine: Engine, more: dict[str, Path]
) -> None:
    """ "how many drivers were killed": the sum of ``DriversKilled``; "with vs without the law"
    and "before vs after the law": one group per side of ``law``, never the months of one."""
    engine.connect("b", str(more["belts"]))
    killed = engine.ask("how many drivers were killed in 1983", "b")
    assert kpi(killed) == one(
        more["belts"], "SELECT SUM(DriversKilled) FROM Seatbelts WHERE YEAR(time) = 1983"
    )
    for pair in ("with vs without", "before vs after"):
        plots_exactly(
            engine,
            more["belts"],
            "b",
            f"average drivers killed per month, {pair} the law",
            "SELECT law, AVG(DriversKilled) FROM Seatbelts GROUP BY law",
        )


def test_ranges_that_do_not_meet_are_refused(engine: Engine, more: dict[str, Path]) -> None:
    """Two years of one date column kept at once keep no row: refused, not drawn empty."""
    error = refuses(
        engine,
        more["belts"],
        "b",
        "each month of 1984: drivers killed that month (y) against the same month of 1983 (x)",
    )
    assert "no row is both" in str(error)


def test_a_flag_said_in_its_tables_name(engine: Engine, more: dict[str, Path]) -> None:
    """ "people with health insurance" of a table ``HealthInsurance`` with a yes/no
    ``insurance``: the insured rows, and their share within each region."""
    truth = (
        "SELECT region, 100.0 * AVG(CASE WHEN insurance = '{v}' THEN 1 ELSE 0 END)"
        " FROM HealthInsurance GROUP BY region"
    )
    plots_exactly(
        engine,
        more["insurance"],
        "i",
        "share of people with health insurance (in %) for each region",
        truth.format(v="yes"),
    )
    plots_exactly(
        engine,
        more["insurance"],
        "i",
        "percentage of people without health insurance by region",
        truth.format(v="no"),
    )
    for question in ("percent insured by region", "percent with health insurance by region"):
        plots_exactly(engine, more["insurance"], "i", question, truth.format(v="yes"))
    plots_exactly(
        engine,
        more["insurance"],
        "i",
        "number of insured people by region",
        "SELECT region, COUNT(*) FROM HealthInsurance WHERE insurance = 'yes' GROUP BY region",
    )
    engine.connect("i", str(more["insurance"]))
    age = engine.ask("average age of people without health insurance", "i")
    assert kpi(age) == pytest.approx(
        one(more["insurance"], "SELECT AVG(age) FROM HealthInsurance WHERE insurance = 'no'")
    )


def test_words_that_say_which_number_or_rows_are_refused_when_unread(
    engine: Engine, more: dict[str, Path]
) -> None:
    """ "[pharmaceutical] contributions" where two tables hold contributions: which of them is
    unread, so refused; "seats that changed [party]": a clause left out, refused; "average
    rank by branch" is the mean of ``rank``, not a sort."""
    refuses(
        engine,
        more["money"],
        "c",
        "histogram of pharmaceutical industry contributions, $10,000 bins",
        "pharmaceutical",
    )
    refuses(engine, more["seats"], "s", "number of seats that changed party per year", "party")
    plots_exactly(
        engine,
        more["seats"],
        "s",
        "average rank by democrat",
        "SELECT democrat, AVG(rank) FROM races GROUP BY democrat",
    )


def test_a_share_said_of_the_rows_kept_is_drawn_or_refused(
    engine: Engine, data: dict[str, Path], more: dict[str, Path]
) -> None:
    """ "percentage female by branch": the share of women in each branch; and a plan that
    draws the count of the women of each branch under those words (a model's, say) is
    refused by the honesty check, the share word left out."""
    plots_exactly(
        engine,
        data["service"],
        "m",
        "percentage female by branch",
        "SELECT branch, 100.0 * AVG(CASE WHEN gender = 'female' THEN 1 ELSE 0 END)"
        " FROM military GROUP BY branch",
    )
    counted = engine.ask("number of female members by branch", "m")
    assert "COUNT" in counted.sql.upper() and "female" in counted.sql
    found = account("percentage female by branch", counted.plan, engine.catalog("m"), "duckdb")
    assert "percentage" in [u.text for u in found.blocking]


def test_a_gloss_in_parentheses_is_no_grouping(engine: Engine, more: dict[str, Path]) -> None:
    """ "How many distinct districts (state and district number) appear in the data?" asks
    for one number: never bars per state; refused, the gloss unread."""
    refuses(
        engine,
        more["seats"],
        "s",
        "How many distinct congressional districts (state and district number) appear in the data?",
        "state",
    )
