""" "How many different X" counts apart the column X's head names (issue 12): "different
industry categories" the values of ``category`` (the modifier "industry" names nothing of the
data), "different pet names" those of ``animal_name`` (the plural of its name's last word), by
the grouping asked; a modifier a stored value starts like ("bank" of Banking) is refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plots_exactly, refuses


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("distinct_heads") / "data.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE firms AS
        SELECT 'firm ' || i AS name, ['Japan', 'France', 'Chile'][1 + i % 3] AS country,
            ['Banking', 'Retailing', 'Media', 'Utilities', 'Chemicals'][1 + i % 5] AS category,
            10.0 + (i * 11) % 70 AS sales
        FROM range(200) t(i)""")
    con.close()
    return path


@pytest.fixture(scope="module")
def pet_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("distinct_heads") / "pets.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE pets AS
        SELECT 'L' || i AS license_number,
            ['Lucky', 'Bella', 'Max', 'Coco', 'Rex', 'Nala', 'Milo'][1 + (i * 3) % (3 + i % 5)]
            AS animal_name, ['Cat', 'Dog', 'Goat'][1 + i % 3] AS species
        FROM range(150) t(i)""")
    con.close()
    return path


def test_a_modifier_before_the_column_counted_apart(engine: Any, data: Path) -> None:
    answer = plots_exactly(
        engine,
        data,
        "d",
        "How many different industry categories are there?",
        "SELECT COUNT(DISTINCT category) FROM firms",
    )
    assert any("industry" in note for note in answer.plan.provenance.notes)


def test_the_plural_of_a_column_names_last_word_by_group(engine: Any, pet_data: Path) -> None:
    plots_exactly(
        engine,
        pet_data,
        "p",
        "how many different pet names does each species have",
        "SELECT species, COUNT(DISTINCT animal_name) FROM pets GROUP BY species",
    )
    plots_exactly(
        engine,
        pet_data,
        "p",
        "how many unique names does each species have",
        "SELECT species, COUNT(DISTINCT animal_name) FROM pets GROUP BY species",
    )


def test_a_modifier_a_value_starts_like_is_refused(engine: Any, data: Path) -> None:
    refuses(engine, data, "d", "how many different bank categories are there")
