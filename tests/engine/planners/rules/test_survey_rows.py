"""A survey's respondents named by its coded columns (issue 12).

A survey table whose columns are coded (``idno``, ``agea``, ``female``, ``eduyrs``) says
its rows are people by a number named an id on each row, a 0/1 ``female`` and an
education column written short: "number of respondents by region" counts its rows (the
word had been left unused and the question refused). A column's own glued name typed in
the question ("eduyrs") names it, although the question's words read "eduyrs" as a plural.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import plots_exactly

from aiser_jupyter.engine.core import Engine


@pytest.fixture(scope="module")
def survey(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("survey") / "survey.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE ESS (idno BIGINT, region VARCHAR, agea BIGINT, female BIGINT, eduyrs BIGINT)"
    )
    rows = [
        [1000 + k, ["North", "South", "Wales", "London"][k % 4], 18 + k % 70, k % 2, 8 + k % 12]
        for k in range(600)
    ]
    con.executemany("INSERT INTO ESS VALUES (?, ?, ?, ?, ?)", rows)
    con.close()
    return path


def test_respondents_are_the_rows(engine: Engine, survey: Path) -> None:
    plots_exactly(
        engine,
        survey,
        "s",
        "number of respondents by region",
        "SELECT region, COUNT(*) FROM ESS GROUP BY region",
    )


def test_a_glued_name_typed_as_it_is(engine: Engine, survey: Path) -> None:
    plots_exactly(
        engine,
        survey,
        "s",
        "average eduyrs of respondents in each region",
        "SELECT region, AVG(eduyrs) FROM ESS GROUP BY region",
    )
