"""Names and values typed the way analysts type them: a stored value written as one word with
its punctuation ("Vendor#2"), a column's abbreviated words written out and inflected
("packing instructions" for ``p_packinstruct``), and a column read through a verb form ("aged
40 or older" for ``age``). Each answer is checked against SQL written by hand on DuckDB."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plotted, truth

from aiser_jupyter.errors import AiserError


@pytest.fixture(scope="module")
def depot(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("depot") / "depot.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE parcels AS SELECT i AS p_parcelkey,
            'Vendor#' || (1 + i % 4) AS p_vendor,
            ['FRAGILE', 'STANDARD', 'KEEP DRY'][1 + (i * 7) % 3] AS p_packinstruct,
            0.5 + (i % 11) AS p_weight
        FROM range(200) t(i)""")
    con.execute("""
        CREATE TABLE members AS SELECT i AS member_id, 18 + (i * 13) % 50 AS age,
            ['Rowing', 'Chess', 'Hiking'][1 + i % 3] AS club
        FROM range(150) t(i)""")
    con.close()
    return path


def test_a_value_typed_with_its_punctuation_is_that_value(engine: Any, depot: Path) -> None:
    """ "Vendor#2" is the stored value, not a near spelling of the column p_vendor."""
    engine.connect("depot", str(depot))
    answer = engine.ask("number of parcels by packing instructions for Vendor#2", source="depot")
    assert "'Vendor#2'" in answer.sql
    assert plotted(answer) == truth(
        depot,
        "SELECT p_packinstruct, COUNT(*) FROM parcels WHERE p_vendor = 'Vendor#2' GROUP BY 1",
    )


def test_a_value_typed_as_one_word_that_is_not_stored_is_refused(engine: Any, depot: Path) -> None:
    """ "Vendor#9" is no vendor: the chart of all vendors would answer another question."""
    engine.connect("depot", str(depot))
    with pytest.raises(AiserError):
        engine.ask("number of parcels by packing instructions for Vendor#9", source="depot")


def test_written_out_words_of_an_abbreviated_name_are_explained(engine: Any, depot: Path) -> None:
    """ "packing instructions" names p_packinstruct: the words are the name's, inflected."""
    engine.connect("depot", str(depot))
    answer = engine.ask("average weight by packing instructions", source="depot")
    assert answer.compiled.fields["x"].alias == "p_packinstruct" or "p_packinstruct" in answer.sql
    assert plotted(answer) == pytest.approx(
        truth(depot, "SELECT p_packinstruct, AVG(p_weight) FROM parcels GROUP BY 1")
    )


def test_aged_names_the_age_column(engine: Any, depot: Path) -> None:
    """ "members aged 40 or older": a condition on age, not a word left over."""
    engine.connect("depot", str(depot))
    answer = engine.ask("How many members aged 40 or older are in each club?", source="depot")
    assert plotted(answer) == truth(
        depot, "SELECT club, COUNT(*) FROM members WHERE age >= 40 GROUP BY 1"
    )


@pytest.mark.parametrize(
    ("question", "condition"),
    [
        ("How many members aged 40 or older are in each club?", "age >= 40"),
        ("number of members aged 40 and over by club", "age >= 40"),
        ("number of members 30 or younger by club", "age <= 30"),
        ("members older than 50 by club", "age > 50"),
        ("number of members aged 30 or below by club", "age <= 30"),
        ("members with an age above 50 or below 30 by club", "age > 50 OR age < 30"),
        ("members older than 60 or younger than 25 by club", "age > 60 OR age < 25"),
    ],
)
def test_an_age_comparison_keeps_its_side_of_the_number(
    engine: Any, depot: Path, question: str, condition: str
) -> None:
    """ "40 or older" is age >= 40 — never age = 40 with "or older" explained away as age's
    adjective; and "above 50 or below 30" keeps the rows either side keeps, not none."""
    engine.connect("depot", str(depot))
    answer = engine.ask(question, source="depot")
    assert plotted(answer) == truth(
        depot, f"SELECT club, COUNT(*) FROM members WHERE {condition} GROUP BY 1"
    )


@pytest.mark.parametrize("question", ["delivery time by vendor", "call length by p_vendor"])
def test_a_quantity_the_data_lacks_is_refused_not_counted(
    engine: Any, depot: Path, question: str
) -> None:
    """ "delivery time by vendor" on a table with no such column was drawn as a count of rows
    per vendor; and "call …" is a question in words, not a SQL CALL statement."""
    engine.connect("depot", str(depot))
    with pytest.raises(AiserError) as caught:
        engine.ask(question, source="depot")
    assert caught.value.code == "AISER-PLAN-UNSURE"


def test_the_things_counted_may_be_named_in_the_plural(engine: Any, depot: Path) -> None:
    """ "parcels by vendor", "shipments by vendor": a plural subject names what is counted."""
    engine.connect("depot", str(depot))
    answer = engine.ask("shipments by vendor", source="depot")
    assert plotted(answer) == truth(depot, "SELECT p_vendor, COUNT(*) FROM parcels GROUP BY 1")
