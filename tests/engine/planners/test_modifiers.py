"""Everyday words before a measure or the rows a plan counts that no column could refine
("trading volume", "registered pets", "worldwide incidents") are drawn and said as not used;
a word that could narrow the rows — a status, a comparative, a word of a column's name, a
word of a table that stores codes — is still refused (issue 12)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plots_exactly, refuses


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("modifiers") / "data.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE prices AS
        SELECT DATE '2010-01-04' + CAST(i AS INTEGER) AS date, 100.0 + (i * 7) % 50 AS close,
            1000 + (i * 37) % 900 AS volume
        FROM range(800) t(i)""")
    con.execute("""
        CREATE TABLE pets AS
        SELECT 'pet ' || i AS pet_name, ['Cat', 'Dog', 'Goat'][1 + i % 3] AS species,
            CAST(98100 + i % 7 AS VARCHAR) AS zip_code
        FROM range(120) t(i)""")
    con.execute("""
        CREATE TABLE animals AS
        SELECT 'animal ' || i AS animal_name, ['Cat', 'Dog'][1 + i % 2] AS species,
            ['lc', 'en', 'vu'][1 + i % 3] AS status
        FROM range(90) t(i)""")
    con.execute("""
        CREATE TABLE firms AS
        SELECT 'firm ' || i AS name, ['Japan', 'France', 'Chile', 'Peru'][1 + i % 4 % (1 + i % 3)]
            AS country, 10.0 + (i * 11) % 70 AS sales
        FROM range(200) t(i)""")
    con.close()
    return path


def test_a_modifier_of_the_measure_is_drawn_and_said(engine: Any, data: Path) -> None:
    answer = plots_exactly(
        engine,
        data,
        "d",
        "total trading volume per year",
        "SELECT date_trunc('year', date), SUM(volume) FROM prices GROUP BY 1",
    )
    assert any("trading" in note for note in answer.plan.provenance.notes)


def test_a_modifier_of_the_counted_rows_is_drawn(engine: Any, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "number of trading days per year",
        "SELECT date_trunc('year', date), COUNT(*) FROM prices GROUP BY 1",
    )
    answer = plots_exactly(
        engine,
        data,
        "d",
        "number of registered pets per species",
        "SELECT species, COUNT(*) FROM pets GROUP BY 1",
    )
    assert any("registered" in note for note in answer.plan.provenance.notes)


def test_a_word_that_could_narrow_the_rows_is_refused(engine: Any, data: Path) -> None:
    refuses(engine, data, "d", "number of vaccinated pets per species", "vaccinated")
    refuses(engine, data, "d", "number of older pets per species", "older")


def test_a_table_of_codes_could_hold_the_word(engine: Any, data: Path) -> None:
    """``animals.status`` stores codes (lc, en, vu): "protected" could be one of them."""
    refuses(engine, data, "d", "number of protected animals per species", "protected")


def test_the_most_of_a_plural_noun_counts_it(engine: Any, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "which 2 countries have the most firms",
        "SELECT country, COUNT(*) FROM firms GROUP BY 1 ORDER BY 2 DESC LIMIT 2",
    )


def test_an_aggregate_governs_the_number_past_a_modifier(engine: Any, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "average trading volume per year",
        "SELECT date_trunc('year', date), AVG(volume) FROM prices GROUP BY 1",
    )
