"""Malformed inputs get coded refusals, never a Python exception (issue 13, finding 12).

- a panel message nested deeper than any request (the kernel's handler recursed into
  it and raised RecursionError);
- a date-range filter selection that is not ``{"start": …, "end": …}``, and category
  selections that are not plain values;
- a ``%%chart`` cell whose plan body is not a valid plan.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from crafted import chart_cell, crafted_notebook
from IPython.core.interactiveshell import InteractiveShell
from IPython.utils.capture import capture_output

from aiser_jupyter.engine.dashboards.dashboard import Dashboard
from aiser_jupyter.engine.dashboards.live import run_dashboard
from aiser_jupyter.errors import AiserError


class Comm:
    """The transport only: records what the handler sends (the handler itself is real)."""

    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []

    def send(self, data: dict[str, Any]) -> None:
        self.sent.append(data)

    def on_msg(self, _handler: Any) -> None:
        pass

    def on_close(self, _handler: Any) -> None:
        pass


def nested(levels: int, leaf: Any = 1) -> Any:
    value = leaf
    for _ in range(levels):
        value = {"x": value}
    return value


@pytest.mark.parametrize("levels", [17, 400, 5_000, 50_000])
def test_deeply_nested_messages_are_refused_with_a_code(levels: int) -> None:
    from aiser_jupyter._comm import _Handler

    comm = Comm()
    handler = _Handler(comm)
    for data in (
        {"v": 1, "id": "deep", "type": "ask", "question": "q", "source": nested(levels)},
        {"v": 1, "id": "deep", "type": "sources", "x": [nested(levels)]},
        nested(levels),
    ):
        handler.on_msg({"content": {"data": data}})
    assert [m["type"] for m in comm.sent] == ["error"] * 3
    assert {m["code"] for m in comm.sent} == {"AISER-PROTO-INVALID"}
    assert comm.sent[0]["id"] == "deep"


def test_messages_that_are_not_objects_are_refused() -> None:
    from aiser_jupyter._comm import _Handler

    comm = Comm()
    handler = _Handler(comm)
    for msg in (None, "text", {"content": "x"}, {"content": {"data": [1, 2]}}, {}):
        handler.on_msg(msg)  # type: ignore[arg-type]
    assert [m["code"] for m in comm.sent] == ["AISER-PROTO-INVALID"] * 5


@pytest.fixture()
def filtered_board(tmp_path: Path) -> Path:
    plan = {
        "sql": "SELECT r.name AS region, o.order_date, l.revenue FROM order_lines l "
        "JOIN orders o ON o.order_id = l.order_id JOIN customers c ON c.customer_id = o.customer_id "
        "JOIN regions r ON r.region_id = c.region_id",
        "chart": {
            "mark": "bar",
            "encoding": {"x": {"field": "region"}, "y": {"field": "revenue", "aggregate": "sum"}},
        },
    }
    filters = [
        {"name": "when", "column": "order_date", "kind": "date_range"},
        {"name": "region", "column": "region"},
    ]
    meta = {"version": 1, "layout": [{"id": "c1"}], "filters": filters}
    return crafted_notebook(tmp_path / "f.ipynb", [chart_cell(plan=plan)], meta)


@pytest.mark.parametrize(
    "selection",
    [
        {"when": "2024"},
        {"when": ["2024-01-01", "2025-01-01"]},
        {"when": 2024},
        {"when": {"start": "2024-01-01", "sql": "1=1"}},
        {"when": {"start": ["2024"]}},
        {"region": [{"a": 1}]},
        {"region": [["East"]]},
    ],
    ids=["text", "list", "number", "extra-key", "start-list", "value-object", "value-list"],
)
def test_bad_filter_selections_are_refused_per_chart(
    filtered_board: Path, engine: Any, selection: dict[str, Any]
) -> None:
    ((_, result),) = run_dashboard(Dashboard.open(filtered_board), engine, selection)
    assert isinstance(result, AiserError), result
    assert result.code == "AISER-PLAN-INVALID", result.text


def test_good_filter_selections_still_filter(filtered_board: Path, engine: Any) -> None:
    board = Dashboard.open(filtered_board)
    ((_, everything),) = run_dashboard(board, engine, {})
    ((_, east),) = run_dashboard(
        board, engine, {"region": ["East"], "when": {"start": "2024-01-01", "end": None}}
    )
    assert not isinstance(everything, AiserError) and not isinstance(east, AiserError)
    assert everything.rows == 5 and east.df.iloc[:, 0].tolist() == ["East"]


@pytest.mark.parametrize(
    "body",
    [
        '{"sql": "SELECT 1 AS a", "chart": {"mark": "evil"}}',
        '{"sql": 42, "chart": {"mark": "bar", "encoding": {}}}',
        "SELECT 1 AS a\n-- chart: {not json",
        'SELECT 1 AS a\n-- chart: {"mark": "bar", "encoding": {"x": {"field": 7}}}',
        "SELECT 1 AS a\n-- chart: " + "[" * 5000 + "]" * 5000,
    ],
    ids=["bad-mark", "sql-number", "chart-not-json", "field-number", "chart-deep"],
)
def test_a_bad_plan_cell_is_a_code_not_a_traceback(shell: InteractiveShell, body: str) -> None:
    with capture_output() as out:
        result = shell.run_cell(f"%%chart --db demo\n{body}", store_history=False)
    error = result.error_in_exec
    assert error is not None and "AISER-PLAN-INVALID" in str(error), repr(error)
    assert "Traceback" not in out.stdout + out.stderr


def test_a_plan_cell_names_a_source_by_alias_only(
    shell: InteractiveShell, sqlite_shop: Path
) -> None:
    plan = '{"sql": "SELECT name FROM regions", "chart": {"mark": "bar", "encoding": {"x": {"field": "name"}}}}'
    for db in (str(sqlite_shop), f"sqlite:///{sqlite_shop}", "${HOME}"):
        with capture_output():
            result = shell.run_cell(f"%%chart --db {db}\n{plan}", store_history=False)
        assert "AISER-SRC-STORED" in str(result.error_in_exec), db
    with capture_output():  # what the user connects by alias works
        shell.run_cell(f"%chart connect lite {sqlite_shop}", store_history=False)
        result = shell.run_cell(f"%%chart --db lite\n{plan}", store_history=False)
    assert result.success, result.error_in_exec
