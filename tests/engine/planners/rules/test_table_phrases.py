"""A phrase spelling part of a table's name ("uses of force" of ``city_use_of_force``) names
that table's rows: never a filter on a stored value "FORCE" of one of its columns."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plotted, truth


@pytest.fixture(scope="module")
def force(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("force") / "force.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE city_use_of_force AS SELECT
            i AS incident_id,
            ['Taser', 'Bodily Force', 'Chemical Irritant'][1 + i % 3] AS force_type,
            ['FORCE', 'THEFT', 'ASSAULT', 'TRAFFIC'][1 + (i * 7) % 4] AS primary_offense,
            2016 + i % 5 AS incident_year
        FROM range(400) t(i)""")
    con.close()
    return path


def _ask(engine: Any, path: Path, question: str) -> Any:
    engine.connect("force", str(path))
    return engine.ask(question, source="force")


def test_uses_of_force_are_every_row(engine: Any, force: Path) -> None:
    answer = _ask(engine, force, "breakdown of uses of force by type of force")
    assert plotted(answer) == truth(
        force, "SELECT force_type, COUNT(*) FROM city_use_of_force GROUP BY 1"
    )
    assert "primary_offense" not in answer.plan.sql


def test_a_value_said_apart_from_the_name_still_filters(engine: Any, force: Path) -> None:
    answer = _ask(engine, force, "uses of force with a theft offense by type of force")
    assert plotted(answer) == truth(
        force,
        "SELECT force_type, COUNT(*) FROM city_use_of_force WHERE primary_offense = 'THEFT' "
        "GROUP BY 1",
    )
