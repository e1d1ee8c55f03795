"""A yes/no column counted: "number of person searches by race" counts the rows where the flag
is yes — never the flag's two values (a distinct count of 2 per group)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import kpi, one, plotted, truth

from aiser_jupyter.errors import AiserError


@pytest.fixture(scope="module")
def checks(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("checks") / "checks.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE roadside_checks AS SELECT
            i AS check_id,
            ['north', 'south', 'east'][1 + i % 3] AS district,
            ['A', 'B', 'C', 'D'][1 + (i * 7) % 4] AS race,
            CASE WHEN i % 11 = 0 THEN NULL WHEN i % 5 = 0 THEN 'YES' ELSE 'NO' END
                AS personSearch,
            CASE WHEN i % 3 = 1 THEN 'Y' ELSE 'N' END AS vehicle_search,
            (i * 17) % 90 AS duration_minutes
        FROM range(600) t(i)""")
    con.close()
    return path


def _ask(engine: Any, path: Path, question: str) -> Any:
    engine.connect("checks", str(path))
    return engine.ask(question, source="checks")


def test_number_of_a_flag_counts_its_yes_rows(engine: Any, checks: Path) -> None:
    answer = _ask(engine, checks, "number of person searches by race")
    assert plotted(answer) == truth(
        checks,
        "SELECT race, COUNT(*) FROM roadside_checks WHERE personSearch = 'YES' GROUP BY 1",
    )
    assert "DISTINCT" not in answer.plan.sql.upper()


def test_a_single_letter_flag_counted_alone(engine: Any, checks: Path) -> None:
    answer = _ask(engine, checks, "number of vehicle searches")
    assert kpi(answer) == one(
        checks, "SELECT COUNT(*) FROM roadside_checks WHERE vehicle_search = 'Y'"
    )


def test_a_place_the_data_does_not_hold_is_refused(engine: Any, checks: Path) -> None:
    """ "in Portugal": no stored value matches, so no count of every person search."""
    with pytest.raises(AiserError) as caught:
        _ask(engine, checks, "number of person searches in Portugal")
    assert caught.value.code == "AISER-PLAN-UNSURE"


@pytest.fixture(scope="module")
def stops(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("stops") / "stops.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE districts AS SELECT
            ['north', 'south', 'east'][1 + i] AS district,
            (i + 1) * 12000 AS population
        FROM range(3) t(i)""")
    con.execute("""
        CREATE TABLE stops AS SELECT
            i AS stop_id,
            ['north', 'south', 'east'][1 + i % 3] AS district,
            ['Male', 'Female'][1 + (i * 7) % 5 % 2] AS gender
        FROM range(500) t(i)""")
    con.close()
    return path


def test_the_people_stopped_are_the_stops(engine: Any, stops: Path) -> None:
    """ "people stopped": the rows of stops, not the districts' population summed."""
    engine.connect("stops", str(stops))
    answer = engine.ask("number of people stopped by gender", source="stops")
    assert plotted(answer) == truth(stops, "SELECT gender, COUNT(*) FROM stops GROUP BY 1")
    assert "districts" not in answer.plan.sql


def test_a_breakdown_of_the_people_stopped_sums_no_population(engine: Any, stops: Path) -> None:
    """Refused (its "people" left unexplained) is honest; the districts' population summed
    per gender of the stops joined to them is not."""
    engine.connect("stops", str(stops))
    try:
        answer = engine.ask("gender breakdown of the people stopped, as a pie", source="stops")
    except AiserError as caught:
        assert caught.code == "AISER-PLAN-UNSURE"
        return
    assert plotted(answer) == truth(stops, "SELECT gender, COUNT(*) FROM stops GROUP BY 1")
