"""Words a chart would have left out, read for what they say (issue 12).

- "how many V8s are there": a designation of letters and digits counted is a kind of the
  rows, not the rows themselves; a count of every car is refused.
- "How many models can be had with a manual gearbox?": what the rows have, after the verbs
  between them and "with"; a count of every model is refused.
- "priced between 20 and 30 thousand" of prices kept in thousands: both ends are thousands,
  read as the column holds them (20 to 30), not 20 to 30,000.
- "between 20 and 30 thousand people" of a count of people: 20,000 to 30,000, and the 20 is
  read as said; "between 500 and 2 million" is 500 to 2,000,000, never 500 million.
- "the best actress winner": "the best" begins a film's title ('The Best Years of Our Lives')
  but says one word of its own; the exact value 'Best actress' is meant.
- "GDP per person" of a table of countries that counts their population: the GDP is a
  total, and a total under "per person" is refused.
- "total damage in 2014 dollars": the year the money is valued in keeps no rows; with no
  column of that valuation read, refused, never drawn for the storms of 2014; nor is the
  year of a supposition ("as if every storm hit in 2014").
- "went up by more than 3 litres": a change the plan does not compute; refused, never a
  count of rows above 3.
- "unemployment vs House seat change", of a table named ``midterms_house``: "House" names the
  table, and the other axis ("seat change") is unread; refused, never drawn against the year.
- "average pressure" of ``LF.PressureMB``: a number's name without the unit it ends in (and
  its tail) names it.
- "deaths by volcano" of a table ``volcRecords`` (its rows named by a clipped word): a bar
  per volcano, never one total under the title; refused. "average deaths per volcano" is
  the mean, one number.
- "by gender" of a column ``mf`` holding 'f' and 'm': grouped by that column; "by name
  gender" grouped by the name alone is refused.
- "born in England" of ``birth_place``: "born" is a form of "birth".
- "average price by auto type" of a table ``Autos93``: "auto" is a word of the table's name.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import databases, kpi, one, plots_exactly, refuses

from aiser_jupyter.engine.core import Engine
from aiser_jupyter.engine.planners.honesty import account


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("left_out")
    tables = {
        "autos": [
            "CREATE TABLE Autos93 AS SELECT 'M' || k AS model,"
            " CASE k % 3 WHEN 0 THEN 'Small' WHEN 1 THEN 'Midsize' ELSE 'Van' END AS type,"
            " CAST(4 + 2 * (k % 3) AS VARCHAR) AS cylinders,"
            " CASE WHEN k % 4 = 0 THEN 'No' ELSE 'Yes' END AS manual_avail,"
            " 7.5 + (k * 13) % 55 AS price, 18 + (k * 7) % 20 AS hwy_mpg FROM range(90) t(k)"
        ],
        "awards": [
            "CREATE TABLE winners AS SELECT 1929 + k // 2 AS year,"
            " CASE WHEN k % 2 = 0 THEN 'Best actress' ELSE 'Best actor' END AS award,"
            " CASE WHEN k = 36 THEN 'The Best Years of Our Lives' ELSE 'Film ' || k END AS film,"
            " 22 + (k * 11) % 50 AS age,"
            " CASE k % 3 WHEN 0 THEN 'England' WHEN 1 THEN 'Ohio' ELSE 'Paris' END AS birth_place"
            " FROM range(180) t(k)"
        ],
        "nations": [
            "CREATE TABLE nations AS SELECT c AS country, 1990 + y AS year,"
            " 1000000 * (5 + y) * (1 + k) AS population, 1e9 * (2 + y) * (1 + k) AS gdp,"
            " 2.0 + (k * 3 + y) % 9 AS alcohol"
            " FROM (VALUES ('Chile', 0), ('Peru', 1), ('Norway', 2), ('Japan', 3), ('Kenya', 4),"
            " ('Ghana', 5), ('France', 6), ('Spain', 7), ('Canada', 8), ('Mexico', 9),"
            " ('India', 10), ('Egypt', 11)) v(c, k), range(25) t(y)"
        ],
        "storms": [
            "CREATE TABLE storms AS SELECT 'S' || k AS name, 1950 + k % 70 AS year,"
            " 10.0 + (k * 37) % 900 AS damage, 20.0 + (k * 41) % 2000 AS damage_adj,"
            " (k * 3) % 50 AS deaths, CASE WHEN k % 2 = 0 THEN 'f' ELSE 'm' END AS mf,"
            ' 900 + (k * 7) % 100 AS "LF.PressureMB" FROM range(140) t(k)'
        ],
        "volcanoes": [
            "CREATE TABLE volcRecords AS SELECT 'V' || k AS name, 1950 + k % 70 AS year,"
            " (k * 3) % 50 AS deaths FROM range(140) t(k)"
        ],
        "towns": [
            "CREATE TABLE towns AS SELECT 'T' || k AS town, 100 * k * k AS population"
            " FROM range(300) t(k)"
        ],
        "midterms": [
            "CREATE TABLE midterms_house AS SELECT 1902 + 4 * k AS year,"
            " 3.0 + (k * 7) % 15 AS unemp, -25.0 + (k * 11) % 28 AS house_change"
            " FROM range(30) t(k)"
        ],
    }
    return databases(root, tables)


def test_a_designation_counted_is_a_kind_of_the_rows(engine: Engine, data: dict[str, Path]) -> None:
    refuses(engine, data["autos"], "a", "how many V8s are there", "v8s")


def test_what_the_rows_have_after_verbs_before_with(engine: Engine, data: dict[str, Path]) -> None:
    refuses(
        engine, data["autos"], "a", "How many models can be had with a manual gearbox?", "gearbox"
    )


def test_both_ends_of_a_range_in_thousands(engine: Engine, data: dict[str, Path]) -> None:
    engine.connect("a", str(data["autos"]))
    answer = engine.ask("number of cars priced between 20 and 30 thousand", "a")
    assert kpi(answer) == one(
        data["autos"], "SELECT COUNT(*) FROM Autos93 WHERE price BETWEEN 20 AND 30"
    )


def test_a_word_of_a_table_name_glued_to_a_number(engine: Engine, data: dict[str, Path]) -> None:
    question = "average price by auto type"
    answer = plots_exactly(
        engine, data["autos"], "a", question, "SELECT type, AVG(price) FROM Autos93 GROUP BY type"
    )
    said = account(question, answer.plan, engine.catalog("a"), "duckdb")
    assert not said.unused, said.unused  # "auto" is read, not reported as left out


def test_the_scale_of_a_range_said_once(engine: Engine, data: dict[str, Path]) -> None:
    engine.connect("t", str(data["towns"]))
    for question, lo, hi in (
        ("number of towns with between 20 and 30 thousand people", 20_000, 30_000),
        ("number of towns with between 500 and 2 million people", 500, 2_000_000),
    ):
        kept = f"SELECT COUNT(*) FROM towns WHERE population BETWEEN {lo} AND {hi}"
        assert kpi(engine.ask(question, "t")) == one(data["towns"], kept), question


def test_a_title_begun_by_one_word_of_its_own_is_not_named(
    engine: Engine, data: dict[str, Path]
) -> None:
    engine.connect("w", str(data["awards"]))
    answer = engine.ask("What was the age of the best actress winner at the 1947 ceremony?", "w")
    expected = "SELECT age FROM winners WHERE award = 'Best actress' AND year = 1947"
    assert kpi(answer) == one(data["awards"], expected)


def test_a_total_per_person_beside_a_population_is_refused(
    engine: Engine, data: dict[str, Path]
) -> None:
    refuses(engine, data["nations"], "n", "GDP per person of Chile in 2010", "person")


def test_a_change_said_with_went_up_is_refused(engine: Engine, data: dict[str, Path]) -> None:
    refuses(
        engine,
        data["nations"],
        "n",
        "countries where alcohol consumption went up by more than 3 litres between 2005 and 2008",
        "went",
    )


def test_the_year_money_is_valued_in_keeps_no_rows(engine: Engine, data: dict[str, Path]) -> None:
    refuses(engine, data["storms"], "s", "total damage in 2014 dollars per decade", "2014")
    refuses(engine, data["storms"], "s", "total damage as if every storm hit in 2014", "2014")


def test_a_name_without_its_unit(engine: Engine, data: dict[str, Path]) -> None:
    engine.connect("s", str(data["storms"]))
    answer = engine.ask("average pressure", "s")
    assert kpi(answer) == pytest.approx(
        one(data["storms"], 'SELECT AVG("LF.PressureMB") FROM storms')
    )


def test_by_the_rows_is_never_one_total(engine: Engine, data: dict[str, Path]) -> None:
    refuses(engine, data["volcanoes"], "v", "deaths by volcano", "volcano")
    answer = engine.ask("average deaths per volcano", "v")
    mean = "SELECT AVG(deaths) FROM volcRecords"
    assert kpi(answer) == pytest.approx(one(data["volcanoes"], mean))


def test_gender_names_a_column_of_the_sexes(engine: Engine, data: dict[str, Path]) -> None:
    plots_exactly(
        engine,
        data["storms"],
        "s",
        "total deaths by gender",
        "SELECT mf, SUM(deaths) FROM storms GROUP BY mf",
    )


def test_born_names_a_column_of_birth(engine: Engine, data: dict[str, Path]) -> None:
    engine.connect("w", str(data["awards"]))
    answer = engine.ask("How many winners were born in England?", "w")
    born = "SELECT COUNT(*) FROM winners WHERE birth_place = 'England'"
    assert kpi(answer) == one(data["awards"], born)
    said = account(
        "How many winners were born in England?", answer.plan, engine.catalog("w"), "duckdb"
    )
    assert "born" not in {u.text for u in said.unused}


def test_a_head_after_the_grouping_name(engine: Engine, data: dict[str, Path]) -> None:
    refuses(
        engine,
        data["storms"],
        "s",
        "total deaths per decade split by name gender, stacked",
        "gender",
    )


def test_the_other_axis_past_the_table_name(engine: Engine, data: dict[str, Path]) -> None:
    refuses(
        engine,
        data["midterms"],
        "m",
        "unemployment vs House seat change at midterms, scatter",
        "seat",
    )
