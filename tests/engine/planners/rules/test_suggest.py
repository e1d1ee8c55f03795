"""Example questions built from a source's schema: each one is a question the planner answers
as meant, in words an analyst would type (no table prefixes, plurals, no summed keys)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from aiser_jupyter.engine.planners.rules.suggest import examples


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("suggest") / "shop.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE lineitem AS SELECT i AS l_orderkey, i % 7 AS l_linenumber,
            1 + i % 40 AS l_quantity, 10.0 + (i * 37) % 900 AS l_price,
            CASE i % 3 WHEN 0 THEN 'A' WHEN 1 THEN 'N' ELSE 'R' END AS l_flag,
            DATE '2022-01-01' + INTERVAL (i % 400) DAY AS l_shipdate
        FROM range(3000) t(i)""")
    con.execute("""
        CREATE TABLE country AS SELECT i AS country_id, 'country ' || i AS name,
            CASE WHEN i % 2 = 0 THEN 'north' ELSE 'south' END AS region,
            1990 + i % 30 AS year, 50.0 + i % 30 AS life_expectancy
        FROM range(120) t(i)""")
    con.close()
    return path


def test_every_example_is_answered_as_meant(engine: Any, shop: Path) -> None:
    engine.connect("shop", str(shop))
    found = examples(engine.catalog("shop"))
    assert len(found) >= 4, found
    for question in found:
        answer = engine.ask(question, "shop")
        words = question.split(" by ")[-1].split(" per ")[-1]
        assert answer.rows > 0, question
        assert words.split()[-1] in answer.plan.chart.title.lower() or "month" in question
    # the words an analyst types: no shared column prefix, plurals, averages of levels
    assert "total quantity by flag" in found
    assert not any(re.search(r"\bl\b|l_", q) for q in found), found
    assert "number of countries by region" in found
    assert "average life expectancy by region" in found
    assert not any("orderkey" in q or "linenumber" in q for q in found), found  # keys: counted


def test_a_label_of_each_row_is_not_a_grouping(engine: Any, shop: Path) -> None:
    engine.connect("shop", str(shop))
    assert not any(q.endswith("by name") for q in examples(engine.catalog("shop")))
