"""A table no key joins to the others, pulled in by a word ("across countries") the other table
answers without: the question is answered from the other table, with a notice of the table left
out. A word of the left-out table that changes the answer (one of its values) keeps the
refusal. Numbers are checked against SQL written by hand."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from answers import plots_exactly
from world import WORLD

from aiser_jupyter.engine.core import Engine, EngineConfig
from aiser_jupyter.errors import AiserError

#: the incidents name only some of the nations, and others the nations do not list: no key
ELSEWHERE = [f"Atlantis {i}" for i in range(12)]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> tuple[Engine, Path]:
    path = tmp_path_factory.mktemp("unjoined") / "world.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE nations (rownames TEXT, region TEXT, bloc TEXT, life_expectancy DOUBLE)"
    )
    con.execute("CREATE TABLE incidents_by_country (country TEXT, yr INT, n INT)")
    con.executemany(
        "INSERT INTO nations VALUES (?, ?, ?, ?)",
        [
            (c, ("North", "South", "East")[i % 3], "oecd" if i % 4 == 0 else "other", 50.0 + i)
            for i, c in enumerate(WORLD)
        ],
    )
    con.executemany(
        "INSERT INTO incidents_by_country VALUES (?, ?, ?)",
        [(c, y, i + y - 2000) for i, c in enumerate(WORLD[:20] + ELSEWHERE) for y in (2000, 2001)],
    )
    con.close()
    engine = Engine(EngineConfig(planner="rules", use_cache=False))
    engine.connect("world", str(path))
    return engine, path


def test_a_histogram_across_countries_reads_the_countries_table(
    world: tuple[Engine, Path],
) -> None:
    engine, path = world
    answer = plots_exactly(
        engine,
        path,
        "world",
        "histogram of life expectancy across countries with 10-year bins",
        "SELECT FLOOR(life_expectancy / 10) * 10, COUNT(*) FROM nations GROUP BY 1",
    )
    notes = " ".join(answer.plan.provenance.notes)
    assert "incidents_by_country is not used" in notes


def test_countries_per_region_are_the_rows_of_the_countries_table(
    world: tuple[Engine, Path],
) -> None:
    engine, path = world
    plots_exactly(
        engine,
        path,
        "world",
        "how many countries are there in each region?",
        "SELECT region, COUNT(*) FROM nations GROUP BY region",
    )


def test_a_value_of_the_unjoined_table_is_no_context(world: tuple[Engine, Path]) -> None:
    engine, _ = world
    with pytest.raises(AiserError) as caught:
        engine.ask("yearly incidents in oecd countries", "world")
    assert caught.value.code == "AISER-PLAN-NO-JOIN", caught.value
