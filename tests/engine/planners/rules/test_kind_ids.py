"""A column named like an identifier that identifies nothing (``inspection_id`` holding two
kinds of inspection over a thousand rows) is never counted apart as "the number of
inspections" — a chart of 2 per group; its table's rows are counted when they are what the
question counts, else the question is refused. Nouns that only name the rows or the things
counted are no grouping, and "in each ..." with nothing to group by is refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import one, plotted, truth

from aiser_jupyter.errors import AiserError


@pytest.fixture(scope="module")
def inspections(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("inspections") / "inspections.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE vehicle_inspections AS SELECT
            (i * 37) % 700 AS vehicle_id,
            CASE WHEN i % 9 = 0 THEN 'xr2' ELSE 'std' END AS inspection_id,
            ['pass', 'fail', 'void'][1 + (i * 7) % 3] AS outcome,
            ['north', 'south', 'east', 'west'][1 + i % 4] AS region,
            ['owner', 'agent', 'fleet'][1 + (i * 5) % 3] AS party,
            ['depot alpha', 'depot beta', 'roadside'][1 + (i * 11) % 3] AS station,
            (i * 13) % 60 + 5 AS wait_time
        FROM range(1500) t(i)""")
    con.execute("""
        CREATE TABLE sensor_readings AS SELECT
            ['b1', 'b2', 'b3'][1 + i % 3] AS batch_id,
            ['ok', 'drift'][1 + (i * 7) % 2] AS status,
            (i * 3) % 40 AS reading
        FROM range(900) t(i)""")
    con.close()
    return path


def _ask(engine: Any, path: Path, question: str) -> Any:
    engine.connect("insp", str(path))
    return engine.ask(question, source="insp")


def _refused(engine: Any, path: Path, question: str) -> None:
    with pytest.raises(AiserError) as caught:
        _ask(engine, path, question)
    assert caught.value.code == "AISER-PLAN-UNSURE"


def test_number_of_rows_counted_not_two_kinds(engine: Any, inspections: Path) -> None:
    answer = _ask(engine, inspections, "number of inspections by outcome")
    assert plotted(answer) == truth(
        inspections, "SELECT outcome, COUNT(*) FROM vehicle_inspections GROUP BY 1"
    )
    assert "DISTINCT" not in answer.plan.sql.upper()


def test_a_real_identifier_is_still_counted_apart(engine: Any, inspections: Path) -> None:
    answer = _ask(engine, inspections, "number of vehicles by outcome")
    assert plotted(answer) == truth(
        inspections,
        "SELECT outcome, COUNT(DISTINCT vehicle_id) FROM vehicle_inspections GROUP BY 1",
    )


def test_a_kind_of_rows_the_table_does_not_name_is_refused(engine: Any, inspections: Path) -> None:
    """three batch codes over 900 readings: no count of 3 per status is drawn"""
    try:
        answer = _ask(engine, inspections, "number of batches by status")
    except AiserError as refused:
        assert refused.code == "AISER-PLAN-UNSURE"
        return
    assert "DISTINCT" not in answer.plan.sql.upper()
    assert max(plotted(answer).values()) > 3


def test_different_things_that_are_a_value_are_refused(engine: Any, inspections: Path) -> None:
    """'owner' is a party of an inspection; the rows of owners are no count of owners"""
    _refused(engine, inspections, "How many different owners were inspected?")


def test_in_each_with_nothing_grouped_is_refused(engine: Any, inspections: Path) -> None:
    _refused(engine, inspections, "number of inspections in each south lane")


def test_a_second_grouping_read_past_the_rows_noun(engine: Any, inspections: Path) -> None:
    answer = _ask(engine, inspections, "average wait time by region and check outcome")
    fields = answer.compiled.fields
    got = {
        (x, c): y
        for x, y, c in zip(
            *[answer.table.column(fields[k].alias).to_pylist() for k in ("x", "y", "color")],
            strict=True,
        )
    }
    con_sql = "SELECT region, outcome, AVG(wait_time) FROM vehicle_inspections GROUP BY 1, 2"
    import duckdb

    con = duckdb.connect(str(inspections), read_only=True)
    want = {(r, o): pytest.approx(v) for r, o, v in con.execute(con_sql).fetchall()}
    con.close()
    assert got == want
    assert one(inspections, "SELECT COUNT(*) FROM vehicle_inspections") == 1500


def test_a_grouping_the_chart_does_not_draw_is_not_said(engine: Any, inspections: Path) -> None:
    """ "per wait time by outcome": a histogram of wait times selects the outcome but draws
    none of it, so the outcome is unsaid — refused, or drawn one series per outcome."""
    try:
        answer = _ask(engine, inspections, "number of inspections per wait time by outcome")
    except AiserError as refused:
        assert refused.code == "AISER-PLAN-UNSURE"
        assert "outcome" in str(refused)
        return
    assert answer.compiled.fields.get("color") is not None


@pytest.fixture(scope="module")
def sampling(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("sampling") / "sampling.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE soil_sampling AS SELECT
            ['clean', 'trace', 'contaminated'][1 + (i * 7) % 3] AS outcome,
            ['clay', 'loam', 'sand'][1 + i % 3] AS soil,
            (i * 13) % 50 AS depth_cm
        FROM range(300) t(i)""")
    con.close()
    return path


def test_the_rows_noun_before_a_grouped_name(engine: Any, sampling: Path) -> None:
    """ "sample outcomes" over ``soil_sampling``: the outcome of each sample, the rows"""
    answer = _ask(engine, sampling, "bar chart of sample outcomes")
    assert plotted(answer) == truth(
        sampling, "SELECT outcome, COUNT(*) FROM soil_sampling GROUP BY 1"
    )
