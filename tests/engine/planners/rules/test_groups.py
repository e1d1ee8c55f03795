"""Groupings (rules/groups.py): what "how many" counts is no axis, unless it says "each"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pytest


@pytest.fixture(scope="module")
def birds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A table of species whose name column is also called species (as in real data), with a
    conservation status in words."""
    path = tmp_path_factory.mktemp("birds") / "birds.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE species AS SELECT 'bird ' || i AS species,
            ['endangered', 'common', 'vulnerable'][1 + i % 3] AS status,
            10.0 + (i * 13) % 90 AS wingspan
        FROM range(60) t(i)""")
    con.execute("INSERT INTO species VALUES ('bird 60', 'extinct in the wild', 33.0)")
    con.close()
    return path


def _count(path: Path, where: str) -> int:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return int(con.sql(f"SELECT count(*) FROM species WHERE {where}").fetchall()[0][0])
    finally:
        con.close()


def test_the_counted_noun_is_one_number_not_an_axis(engine: Any, birds: Path) -> None:
    engine.connect("birds", str(birds))
    answer = engine.ask("How many endangered species are there?", "birds")
    assert answer.plan.chart.mark == "kpi"
    y = answer.compiled.fields["y"].alias
    assert answer.table.column(y)[0].as_py() == _count(birds, "status = 'endangered'")


def test_the_number_of_each_thing_is_one_bar_per_thing(engine: Any, birds: Path) -> None:
    engine.connect("birds", str(birds))
    answer = engine.ask("What is the number of each status?", "birds")
    fields = answer.compiled.fields
    got = dict(
        zip(
            answer.table.column(fields["x"].alias).to_pylist(),
            answer.table.column(fields["y"].alias).to_pylist(),
            strict=True,
        )
    )
    assert got == {
        s: _count(birds, f"status = '{s}'")
        for s in ("endangered", "common", "vulnerable", "extinct in the wild")
    }


def test_more_than_one_is_a_condition_kept_or_refused_never_dropped(
    engine: Any, birds: Path
) -> None:
    from aiser_jupyter.errors import AiserError

    engine.connect("birds", str(birds))
    try:
        answer = engine.ask("Which statuses have more than one species? Show the count", "birds")
    except AiserError as refused:
        assert refused.code == "AISER-PLAN-UNSURE"
        return
    fields = answer.compiled.fields
    got = dict(
        zip(
            answer.table.column(fields["x"].alias).to_pylist(),
            answer.table.column(fields["y"].alias).to_pylist(),
            strict=True,
        )
    )
    kept = ("endangered", "common", "vulnerable")  # one species is extinct in the wild
    assert got == {s: _count(birds, f"status = '{s}'") for s in kept}


@pytest.fixture(scope="module")
def shops(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Sales with an integer year column and a store name."""
    path = tmp_path_factory.mktemp("shops") / "shops.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE sales AS SELECT i AS sale_id, 2018 + i % 4 AS year,
            ['North', 'South', 'East'][1 + (i * 7) % 3] AS store, 10.0 + i % 17 AS revenue
        FROM range(400) t(i)""")
    con.close()
    return path


@pytest.mark.parametrize("question", ["revenue by year and store", "revenue by store and year"])
def test_a_category_after_the_time_unit_is_a_series_each(
    engine: Any, shops: Path, question: str
) -> None:
    """ "by year and store": "by year" is read as the time unit, and "store" after "and" is a
    second grouping all the same — never dropped to one line of all stores."""
    engine.connect("shops", str(shops))
    answer = engine.ask(question, "shops")
    fields = answer.compiled.fields
    got = {
        (row[fields["x"].alias], row[fields["color"].alias]): row[fields["y"].alias]
        for row in answer.table.to_pylist()
    }
    con = duckdb.connect(str(shops), read_only=True)
    try:
        rows = con.sql("SELECT year, store, SUM(revenue) FROM sales GROUP BY 1, 2").fetchall()
    finally:
        con.close()
    if answer.plan.chart.encoding.x.field == "store":
        got = {(s, y): v for (y, s), v in got.items()}
    assert got == pytest.approx({(y, s): v for y, s, v in rows})
