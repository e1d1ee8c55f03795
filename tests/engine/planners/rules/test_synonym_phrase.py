"""A number named only through a generic synonym right before another number named by its
own words is a word of that one's phrase: "the most [people] employed" is the employed
count (``emp``), not the population the synonym 'people' would pick alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import plotted, truth

from aiser_jupyter.engine.core import Engine, EngineConfig


@pytest.fixture(scope="module")
def labour(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("labour") / "labour.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE workforce AS
        SELECT 'district_' || d AS district, 2000 + y AS yr,
               (100 + 37 * d) * 1.0 AS pop, (20 + ((d * 53) % 90)) * 1.0 AS emp
        FROM range(12) a(d), range(5) b(y)""")
    con.close()
    return path


def test_people_employed_is_the_employed_count(labour: Path) -> None:
    engine = Engine(EngineConfig(planner="rules", use_cache=False))
    engine.connect("labour", str(labour))
    employed = engine.ask("3 districts with the most people employed in 2003", "labour")
    want = truth(
        labour,
        "SELECT district, emp FROM workforce WHERE yr = 2003 ORDER BY emp DESC, district LIMIT 3",
    )
    assert plotted(employed) == want
    people = engine.ask("3 districts with the most people in 2003", "labour")
    assert plotted(people) == truth(
        labour,
        "SELECT district, pop FROM workforce WHERE yr = 2003 ORDER BY pop DESC, district LIMIT 3",
    )
    assert set(plotted(people)) != set(want)  # the two readings rank other districts
