"""Groupings listed after "by", as analysts ask (issue 12): "by quarter of birth" is the
column those words abbreviate (``qob``), no quarter of the table's own date; "… and the
nonwhite flag, side by side" is a second grouping; and a listed grouping the plan does not
make ("… and veteran status"), or series asked for ("stacked", "side by side") that the plan
does not draw, is refused rather than drawn as one series.

A census extract of men (birth state, quarter of birth, 0/1 flags) with an interview date,
invented here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import plots_exactly, refuses

from aiser_jupyter.engine.core import Engine


@pytest.fixture(scope="module")
def census(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("census") / "census.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE men (bpl VARCHAR, qob BIGINT, nonwhite BIGINT, vet_wwko BIGINT,"
        " home_ownership BIGINT, interviewed DATE)"
    )
    con.executemany(
        "INSERT INTO men VALUES (?, ?, ?, ?, ?, DATE '1980-01-01' + INTERVAL (?) DAY)",
        [
            [["Ohio", "Texas", "Utah"][k % 3], 1 + k % 4, int(k % 5 == 0), k % 2, int(k % 3 > 0), k]
            for k in range(400)
        ],
    )
    con.close()
    return path


def test_a_unit_of_another_event_is_that_events_column(engine: Engine, census: Path) -> None:
    plots_exactly(
        engine,
        census,
        "c",
        "home ownership rate by quarter of birth",
        "SELECT qob, AVG(home_ownership) FROM men GROUP BY 1",
    )


def test_a_second_grouping_after_an_article(engine: Engine, census: Path) -> None:
    plots_exactly(
        engine,
        census,
        "c",
        "average home ownership by quarter of birth and the nonwhite flag, side by side",
        "SELECT qob, AVG(home_ownership), nonwhite FROM men GROUP BY 1, 3",
    )


def test_a_listed_grouping_left_out_is_refused(engine: Engine, census: Path) -> None:
    refuses(engine, census, "c", "number of men by quarter of birth and service branch", "branch")


def test_series_asked_for_and_not_drawn_are_refused(engine: Engine, census: Path) -> None:
    refuses(engine, census, "c", "home ownership rate by qob, stacked", "stacked")
