"""A yes/no column named by the other side of its property (issue 12): "public colleges" of a
yes/no ``Private`` keep Private = 'No'; "private vs public" draws both sides; "the highest
graduation rate among public colleges" is one number over those colleges, not one bar per
college. Numbers are checked against SQL written by hand on DuckDB."""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import kpi, one, plots_exactly

from aiser_jupyter.engine.core import Engine


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("sides") / "colleges.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE Schools (rownames VARCHAR, Private VARCHAR, Apps INTEGER, "
        "Books INTEGER, GradRate DOUBLE, Accept INTEGER, PhD INTEGER)"
    )
    con.executemany(
        "INSERT INTO Schools VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            [
                f"College {k}",
                "Yes" if k % 3 else "No",
                300 + k * 37,
                400 + (k * 13) % 500,
                40.0 + (k * 7) % 59,
                (300 + k * 37) * (50 + k % 45) // 100,
                40 + (k * 11) % 60,
            ]
            for k in range(1, 90)
        ],
    )
    con.close()
    return path


def test_the_opposite_word_keeps_the_flags_other_side(engine: Engine, data: Path) -> None:
    engine.connect("c", str(data))
    answer = engine.ask("How many public schools are in the list?", "c")
    assert kpi(answer) == one(data, "SELECT COUNT(*) FROM Schools WHERE Private = 'No'")


def test_both_sides_named_draw_one_group_each(engine: Engine, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "c",
        "average applications, private vs public",
        "SELECT Private, AVG(Apps) FROM Schools GROUP BY Private",
    )


def test_an_extreme_among_the_kept_rows_is_one_number(engine: Engine, data: Path) -> None:
    engine.connect("c", str(data))
    answer = engine.ask("highest graduation rate among public schools", "c")
    assert kpi(answer) == one(data, "SELECT MAX(GradRate) FROM Schools WHERE Private = 'No'")
    answer = engine.ask("What's the lowest book cost at a public school?", "c")
    assert kpi(answer) == one(data, "SELECT MIN(Books) FROM Schools WHERE Private = 'No'")


def test_a_percent_compared_with_a_count_is_left_out(engine: Engine, data: Path) -> None:
    """ "accept more than 90% of their applicants" is a ratio of two counts: a plan that
    compares the count of acceptances with 90 answers another question; a column of percents
    (``PhD``, 40 … 99) compared with 90 explains it."""
    from aiser_jupyter.engine.plan import ChartPlan
    from aiser_jupyter.engine.planners.honesty import account

    engine.connect("c", str(data))
    catalog = engine.catalog("c")

    def plan(sql: str) -> ChartPlan:
        chart = {"mark": "kpi", "encoding": {"y": {"field": "n", "aggregate": "count"}}}
        return ChartPlan.model_validate({"sql": sql, "chart": chart})

    counted = plan("SELECT COUNT(*) AS n FROM Schools WHERE Accept > 90")
    question = "How many schools accept more than 90% of their applicants?"
    left = {u.text: u.kind for u in account(question, counted, catalog, "duckdb").unused}
    assert left.get("90") == "number"
    percents = plan("SELECT COUNT(*) AS n FROM Schools WHERE PhD > 90")
    question = "How many schools have a PhD above 90%?"
    assert "90" not in {u.text for u in account(question, percents, catalog, "duckdb").unused}
