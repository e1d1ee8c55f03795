"""A word naming a same-named column of two tables, with nothing else in the question naming
either table, is asked back rather than drawn from a table picked at random; once the question
names the table, the chart counts that table's rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plotted, truth

from aiser_jupyter.errors import AiserError


@pytest.fixture(scope="module")
def orders(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("ties") / "orders.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""CREATE TABLE requests AS SELECT i AS request_id,
        ['open', 'closed', 'held'][1 + i % 3] AS status FROM range(20) t(i)""")
    con.execute("""CREATE TABLE refunds AS SELECT i AS refund_id, i % 20 AS request_id,
        ['paid', 'void'][1 + i % 2] AS status, CAST(10 * i AS DOUBLE) AS amount FROM range(12) t(i)""")
    con.close()
    return path


@pytest.mark.parametrize(
    "question",
    [
        "Plot status by the number of status as a bar chart",
        "bar chart of how many status for each status",
    ],
)
def test_a_column_of_two_tables_is_asked_about(engine: Any, orders: Path, question: str) -> None:
    engine.connect("orders", str(orders))
    with pytest.raises(AiserError) as caught:
        engine.ask(question, source="orders")
    assert caught.value.code == "AISER-PLAN-UNSURE"
    assert "requests" in str(caught.value) and "refunds" in str(caught.value)


def test_the_table_named_chooses(engine: Any, orders: Path) -> None:
    engine.connect("orders", str(orders))
    answer = engine.ask("number of refunds by status as a bar chart", source="orders")
    assert plotted(answer) == truth(orders, "SELECT status, COUNT(*) FROM refunds GROUP BY status")


def test_a_number_only_one_table_has_chooses(engine: Any, orders: Path) -> None:
    engine.connect("orders", str(orders))
    answer = engine.ask("total amount by status as a bar chart", source="orders")
    assert plotted(answer) == truth(
        orders, "SELECT status, SUM(amount) FROM refunds GROUP BY status"
    )


@pytest.fixture(scope="module")
def payments(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("ties") / "payments.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""CREATE TABLE ref_methods AS SELECT code AS method_code, code || ' payment' AS method_description
        FROM (VALUES ('card'), ('cash'), ('wire')) t(code)""")
    con.execute("""CREATE TABLE invoices AS SELECT i AS invoice_id,
        ['card', 'cash', 'card', 'wire', 'card'][1 + i % 5] AS method_code FROM range(23) t(i)""")
    con.close()
    return path


def test_a_code_tables_own_key_is_not_what_is_counted(engine: Any, payments: Path) -> None:
    """ "the number of each method code": the invoices per code, not the code table's ones."""
    engine.connect("payments", str(payments))
    answer = engine.ask("bar chart of the number of each method code", source="payments")
    assert plotted(answer) == truth(
        payments, "SELECT method_code, COUNT(*) FROM invoices GROUP BY method_code"
    )


@pytest.fixture(scope="module")
def visits(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("ties") / "visits.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""CREATE TABLE agents AS SELECT i AS agent_id, 'agent ' || i AS name
        FROM range(6) t(i)""")
    con.execute("""CREATE TABLE visits AS SELECT i AS visit_id,
        ['north route', 'south route', 'north route'][1 + i % 3] AS name FROM range(17) t(i)""")
    con.close()
    return path


def test_a_name_every_row_has_its_own_is_not_what_is_counted(engine: Any, visits: Path) -> None:
    """ "how many name of each name": the name that repeats is counted, not one that is 1 each."""
    engine.connect("visits", str(visits))
    answer = engine.ask("bar chart of how many name of each name", source="visits")
    assert plotted(answer) == truth(visits, "SELECT name, COUNT(*) FROM visits GROUP BY name")
