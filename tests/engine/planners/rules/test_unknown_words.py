"""Words no column explains, in the places where they change the question: what the rows
have ("cars that have all-wheel drive"), the thing grouped by ("of each college"), the
quantity asked for before the grouping ("price of each model"), a particular kind of the
counted rows ("Italian cars"). The plan that leaves them out answers a different question,
so it is refused with the word named — and the same questions without the unknown word are
still drawn with the numbers SQL gives.

A generic generated table of cars whose specification columns are abbreviated the way
real extracts abbreviate them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import kpi, one, plotted, truth

from aiser_jupyter.errors import AiserError


@pytest.fixture(scope="module")
def cars(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("unknown") / "cars.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE autos AS SELECT
            ['Ferrari', 'Audi', 'BMW', 'Porsche', 'Maserati'][1 + i % 5] AS make,
            'm' || i AS model,
            ['Italy', 'Germany', 'Germany', 'Germany', 'Italy'][1 + i % 5] AS origin,
            ['awd', 'rwd', 'fwd'][1 + i % 3] AS drivetrain,
            300 + (i * 37) % 500 AS hp,
            2014 + i % 4 AS year
        FROM range(60) t(i)""")
    con.close()
    return path


def _ask(engine: Any, path: Path, question: str) -> Any:
    engine.connect("cars", str(path))
    return engine.ask(question, "cars")


def _refused(engine: Any, path: Path, question: str) -> AiserError:
    with pytest.raises(AiserError) as caught:
        answer = _ask(engine, path, question)
        print(answer.plan.sql)
    assert caught.value.code == "AISER-PLAN-UNSURE", caught.value
    return caught.value


def test_what_the_counted_rows_have_is_a_condition(engine: Any, cars: Path) -> None:
    refused = _refused(engine, cars, "How many cars have all-wheel drive?")
    assert "drive" in refused.details["unused"]
    assert kpi(_ask(engine, cars, "How many cars are there?")) == one(
        cars, "SELECT COUNT(*) FROM autos"
    )


def test_a_capitalised_kind_of_the_counted_rows_is_a_value(engine: Any, cars: Path) -> None:
    refused = _refused(engine, cars, "how many Tuscan cars does each make have")
    assert "tuscan" in refused.details["unused"]
    assert plotted(_ask(engine, cars, "how many cars does each make have")) == truth(
        cars, "SELECT make, COUNT(*) FROM autos GROUP BY 1"
    )


def test_an_unknown_quantity_before_the_grouping_is_a_measure(engine: Any, cars: Path) -> None:
    refused = _refused(engine, cars, "weight of each model with more than 600 hp")
    assert "weight" in refused.details["unused"]
    assert plotted(_ask(engine, cars, "hp of each model with more than 600 hp")) == truth(
        cars, "SELECT model, SUM(hp) FROM autos WHERE hp > 600 GROUP BY 1"
    )


def test_an_unknown_thing_after_each_is_a_grouping(engine: Any, cars: Path) -> None:
    refused = _refused(engine, cars, "average hp of each dealer in 2015")
    assert "dealer" in refused.details["unused"]
    assert plotted(_ask(engine, cars, "average hp of each make in 2015")) == truth(
        cars, "SELECT make, AVG(hp) FROM autos WHERE year = 2015 GROUP BY 1"
    )


def test_a_verb_after_have_and_a_typo_after_each_do_not_block(engine: Any, cars: Path) -> None:
    """ "have taken part" is no possession; "each makee" is a typo, reported, not refused."""
    assert kpi(_ask(engine, cars, "How many cars have taken part in total?")) == one(
        cars, "SELECT COUNT(*) FROM autos"
    )
    answer = _ask(engine, cars, "number of cars by make at each makee")
    assert plotted(answer) == truth(cars, "SELECT make, COUNT(*) FROM autos GROUP BY 1")


def test_an_unknown_word_between_a_value_and_its_noun_is_another_value(
    engine: Any, cars: Path
) -> None:
    """ "Italy [sports] models": not the Italian models, some other kind of them."""
    refused = _refused(engine, cars, "average hp of Italy sports models by make")
    assert "sports" in refused.details["unused"]
    assert plotted(_ask(engine, cars, "average hp of Italy models by make")) == truth(
        cars, "SELECT make, AVG(hp) FROM autos WHERE origin = 'Italy' GROUP BY 1"
    )


def test_of_any_thing_is_one_number_over_them_all(engine: Any, cars: Path) -> None:
    """ "the highest hp of any model" is the maximum over every model, not a bar per model."""
    assert kpi(_ask(engine, cars, "highest hp of any model")) == one(
        cars, "SELECT MAX(hp) FROM autos"
    )


def test_what_the_rows_have_before_a_filler_noun_is_a_condition(engine: Any, cars: Path) -> None:
    """ "have [warranty] figures": 'figures' asks for nothing, the noun before it is what they have."""
    refused = _refused(engine, cars, "How many Italy models have warranty figures?")
    assert "warranty" in refused.details["unused"]


def test_a_participle_that_spells_a_number_is_no_count_of_rows(engine: Any, tmp_path: Path) -> None:
    """ "number of people [employed]" beside a column ``emp``: the employed count, not rows."""
    import duckdb

    path = tmp_path / "labour.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE panel AS SELECT ['Sweden', 'Norway'][1 + i % 2] AS country, "
        "2000 + i // 2 AS year, 4.0 + i / 10 AS emp, 9.0 + i AS pop FROM range(20) t(i)"
    )
    con.close()
    engine.connect("labour", str(path))
    with pytest.raises(AiserError) as caught:
        engine.ask("number of people employed in Sweden by year", "labour")
    assert caught.value.code == "AISER-PLAN-UNSURE"
    assert "employed" in caught.value.details["unused"]


def test_what_a_ranking_is_by_must_be_read(engine: Any, cars: Path) -> None:
    """ "the 5 most [stylish] models" ranks by something no column holds: not by a count."""
    refused = _refused(engine, cars, "the 5 most stylish models")
    assert "stylish" in refused.details["unused"]


def test_a_total_of_an_unread_quantity_is_no_count(engine: Any, cars: Path) -> None:
    """ "total amount financed" is the sum of a quantity the plan does not read, not a count of
    rows; "total number of models by make" counts models."""
    refused = _refused(engine, cars, "top 3 makes by total amount financed")
    assert "total" in refused.details["unused"]
    assert plotted(_ask(engine, cars, "total number of models by make")) == truth(
        cars, "SELECT make, COUNT(*) FROM autos GROUP BY 1"
    )
