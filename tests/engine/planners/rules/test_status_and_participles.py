"""Words that say which rows are meant, left out (issue 12): "[discounted] lines" beside a
``discount`` the plan does not keep, "[repeat] customers" of a table that cannot tell them
apart — each refused, where both had been drawn for every row under the question's title.
A status word the plan does read ("repeat guests" of ``is_repeated_guest``) is no refusal.

An invented shop and an invented hotel.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import plots_exactly, refuses

from aiser_jupyter.engine.core import Engine


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("shop") / "shop.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE customers (customer_id BIGINT PRIMARY KEY, segment VARCHAR)")
    con.executemany(
        "INSERT INTO customers VALUES (?, ?)",
        [[k, ["Consumer", "Corporate"][k % 2]] for k in range(50)],
    )
    con.execute(
        "CREATE TABLE sales (line_id BIGINT, customer_id BIGINT REFERENCES customers(customer_id),"
        " channel VARCHAR, revenue DOUBLE, discount DOUBLE)"
    )
    con.executemany(
        "INSERT INTO sales VALUES (?, ?, ?, ?, ?)",
        [
            [k, k % 50, ["Online", "Store"][k % 2], 10.0 + k % 90, [0.0, 0.1, 0.2][k % 3]]
            for k in range(600)
        ],
    )
    con.close()
    return path


def test_a_participle_of_a_column_left_out_is_refused(engine: Engine, shop: Path) -> None:
    refuses(engine, shop, "s", "revenue by channel for discounted lines", "discounted")


def test_a_status_of_the_rows_left_out_is_refused(engine: Engine, shop: Path) -> None:
    refuses(engine, shop, "s", "average revenue for repeat customers by segment", "repeat")


@pytest.fixture(scope="module")
def hotel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("hotel") / "hotel.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE bookings (is_repeated_guest BIGINT, lead_time BIGINT)")
    con.executemany(
        "INSERT INTO bookings VALUES (?, ?)", [[int(k % 7 == 0), 5 + k % 300] for k in range(700)]
    )
    con.close()
    return path


def test_a_status_the_plan_reads_stays(engine: Engine, hotel: Path) -> None:
    plots_exactly(
        engine,
        hotel,
        "h",
        "average lead time of repeat guests compared with first-time guests",
        "SELECT is_repeated_guest, AVG(lead_time) FROM bookings GROUP BY 1",
    )
