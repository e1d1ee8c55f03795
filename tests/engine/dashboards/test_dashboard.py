"""Dashboards are notebooks: owned cells change, user cells never do, saves are atomic."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import nbformat
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aiser_jupyter.engine.cells import parse_plan_body
from aiser_jupyter.engine.dashboards.dashboard import Dashboard, save_answer
from aiser_jupyter.engine.plan import ChartPlan
from aiser_jupyter.errors import AiserError

REGION_SQL = (
    "SELECT r.name AS region, ol.revenue FROM order_lines ol JOIN orders o ON ol.order_id = o.order_id "
    "JOIN customers c ON o.customer_id = c.customer_id JOIN regions r ON c.region_id = r.region_id"
)


def region_plan(title: str | None = None) -> ChartPlan:
    return ChartPlan.model_validate(
        {
            "sql": REGION_SQL,
            "chart": {
                "mark": "bar",
                "title": title,
                "encoding": {
                    "x": {"field": "region", "type": "nominal"},
                    "y": {"field": "revenue", "aggregate": "sum"},
                },
            },
        }
    )


def user_notebook(path: Path, minor: int = 5) -> Path:
    """A notebook as a user would have it: code with outputs, markdown, raw, odd metadata."""
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell("# My analysis\n\nSome *notes* — with ünïcode."),
        nbformat.v4.new_code_cell(
            "import math\nx = math.pi\nx",
            execution_count=3,
            outputs=[
                nbformat.v4.new_output("execute_result", {"text/plain": "3.14"}, execution_count=3)
            ],
            metadata={"tags": ["keep"], "collapsed": False},
        ),
        nbformat.v4.new_raw_cell("raw text\n"),
        nbformat.v4.new_code_cell(
            "print('hi')", outputs=[nbformat.v4.new_output("stream", text="hi\n")]
        ),
    ]
    nb.metadata["custom"] = {"user": "value"}
    if minor < 5:
        nb.nbformat_minor = minor
        for cell in nb.cells:
            del cell["id"]
    path.write_text(
        nbformat.writes(nb, version=4) if minor >= 5 else json.dumps(nb, indent=1, sort_keys=True)
    )
    return path


def user_cells(path: Path) -> list[str]:
    """The exact JSON of every cell the dashboard does not own, in order."""
    cells = json.loads(path.read_bytes())["cells"]
    return [
        json.dumps(c, ensure_ascii=False) for c in cells if "aiser" not in c.get("metadata", {})
    ]


def test_new_dashboard_holds_explicit_plans(tmp_path: Path) -> None:
    path = tmp_path / "sales.ipynb"
    board = Dashboard.open(path, create=True, title="Sales")
    ref = board.add_chart(region_plan("Revenue by region"), "demo", width=8, height=300)
    board.save()
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata["aiser"]["title"] == "Sales"
    assert nb.metadata["aiser"]["layout"] == [{"id": ref.id, "width": 8, "height": 300}]
    setup, chart = nb.cells
    assert setup.source == "%load_ext aiser_jupyter"
    assert chart.id == ref.id and chart.metadata["aiser"]["kind"] == "chart"
    assert chart.metadata["aiser"]["source"] == "demo"
    first, _, body = chart.source.partition("\n")
    assert first == "%%chart --db demo"
    assert parse_plan_body(body) == region_plan("Revenue by region").model_copy(
        update={"provenance": None}
    )
    again = Dashboard.open(path)
    assert [(c.id, c.width, c.height, c.title) for c in again.charts()] == [
        (ref.id, 8, 300, "Revenue by region")
    ]


@pytest.mark.parametrize("minor", [4, 5])
def test_saving_leaves_user_cells_byte_identical(tmp_path: Path, minor: int) -> None:
    path = user_notebook(tmp_path / "mine.ipynb", minor)
    before_text = path.read_text()
    before = user_cells(path)
    board = Dashboard.open(path)
    text = board.add_text("## Revenue")
    chart = board.add_chart(region_plan(), "demo")
    board.set_layout(chart, width=12, order=0)
    board.save()
    assert user_cells(path) == before
    after_text = path.read_text()
    # Jupyter writes sorted keys with indent 1, so each user cell's text is unchanged too.
    for cell in json.loads(before_text)["cells"]:
        rendered = json.dumps(cell, indent=1, sort_keys=True, ensure_ascii=False).replace(
            "\n", "\n  "
        )
        assert rendered in after_text
    assert json.loads(after_text)["metadata"]["custom"] == {"user": "value"}
    assert [i.id for i in Dashboard.open(path).items()] == [chart.id, text.id]
    nbformat.validate(nbformat.read(path, as_version=4))


def test_url_source_is_stored_as_alias_only(tmp_path: Path) -> None:
    path = tmp_path / "d.ipynb"
    board = Dashboard.open(path, create=True)
    ref = board.add_chart(
        region_plan(), "postgresql://bob:s3cret@db.internal/sales?password=hunter2"
    )
    board.save()
    text = path.read_text()
    assert "s3cret" not in text and "hunter2" not in text and "://" not in text
    assert ref.source == "sales" and "connect it first" in ref.notes[0]


def test_changed_on_disk_is_not_overwritten(tmp_path: Path) -> None:
    path = user_notebook(tmp_path / "mine.ipynb")
    board = Dashboard.open(path)
    board.add_chart(region_plan(), "demo")
    other = json.loads(path.read_text())
    other["cells"][0]["source"] = "# edited in JupyterLab meanwhile"
    path.write_text(json.dumps(other, indent=1))
    edited = path.read_bytes()
    with pytest.raises(AiserError) as info:
        board.save()
    assert info.value.code == "AISER-DASH-CHANGED"
    assert path.read_bytes() == edited


def test_created_meanwhile_is_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "new.ipynb"
    board = Dashboard.open(path, create=True)
    user_notebook(path)
    with pytest.raises(AiserError, match="AISER-DASH-CHANGED"):
        board.save()


def test_failed_replace_keeps_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = user_notebook(tmp_path / "mine.ipynb")
    old = path.read_bytes()
    board = Dashboard.open(path)
    board.add_chart(region_plan(), "demo")

    def boom(src: Any, dst: Any) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        board.save()
    assert path.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.ipynb"]


_WRITER = """
import sys
from aiser_jupyter.engine.dashboards.dashboard import Dashboard
from aiser_jupyter.engine.plan import ChartPlan
plan = ChartPlan.model_validate({"sql": "SELECT 1 AS a", "chart": {"mark": "bar", "encoding": {
    "x": {"field": "a"}, "y": {"aggregate": "count"}}}})
board = Dashboard.open(sys.argv[1])
print("ready", flush=True)
while True:
    board.add_text("x" * 200_000)
    board.save()
"""


def test_save_killed_midway_leaves_old_or_new_file(tmp_path: Path) -> None:
    path = user_notebook(tmp_path / "mine.ipynb")
    before = user_cells(path)
    for delay in (0.05, 0.2, 0.4, 0.7):
        proc = subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(path)], stdout=subprocess.PIPE, text=True
        )
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        nbformat.validate(nbformat.read(path, as_version=4))  # never a torn file
        assert user_cells(path) == before
        for leftover in tmp_path.glob(".mine.ipynb.*.tmp"):
            leftover.unlink()  # a killed writer may leave its temp file, never a broken target


def test_open_refuses_what_is_not_a_notebook(tmp_path: Path) -> None:
    with pytest.raises(AiserError, match="AISER-DASH-NOT-FOUND"):
        Dashboard.open(tmp_path / "missing.ipynb")
    bad = tmp_path / "bad.ipynb"
    bad.write_text("{not json")
    with pytest.raises(AiserError, match="AISER-DASH-INVALID"):
        Dashboard.open(bad)
    with pytest.raises(AiserError, match="AISER-DASH-INVALID"):
        Dashboard.open(tmp_path / "x.txt", create=True)


def test_save_answer_stores_figure_and_sql(tmp_path: Path, engine: Any) -> None:
    answer = engine.run_plan(region_plan("Revenue"), "demo")
    path = tmp_path / "made.ipynb"
    ref = save_answer(path, answer, width=4, height=250, title="Revenue by region")
    assert ref.width == 4 and ref.height == 250 and ref.title == "Revenue by region"
    assert ref.sql == answer.compiled_sql
    assert ref.figure is not None and ref.figure["data"][0]["type"] == "bar"
    save_answer(path, answer)
    assert len(Dashboard.open(path).charts()) == 2


_OPS = st.lists(
    st.one_of(
        st.tuples(st.just("chart"), st.integers(1, 12), st.integers(100, 900)),
        st.tuples(st.just("text"), st.text(max_size=30), st.integers(1, 12)),
        st.tuples(st.just("layout"), st.integers(0, 20), st.integers(0, 20)),
        st.tuples(st.just("remove"), st.integers(0, 20), st.just(0)),
        st.tuples(st.just("title"), st.text(max_size=20), st.just(0)),
        st.tuples(st.just("save"), st.just(0), st.just(0)),
        st.tuples(st.just("reopen"), st.just(0), st.just(0)),
    ),
    max_size=12,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=_OPS)
def test_random_edit_sequences_never_touch_user_cells(
    tmp_path: Path, ops: list[tuple[str, Any, Any]]
) -> None:
    path = user_notebook(tmp_path / "random.ipynb")
    before = user_cells(path)
    board = Dashboard.open(path)
    for op, a, b in ops:
        items = board.items()
        if op == "chart":
            board.add_chart(region_plan(), "demo", width=a, height=b)
        elif op == "text":
            board.add_text(a, width=b)
        elif op == "layout" and items:
            board.set_layout(items[a % len(items)], width=b or None, order=b)
        elif op == "remove" and items:
            board.remove(items[a % len(items)])
        elif op == "title":
            board.title = a
        elif op == "save":
            board.save()
        elif op == "reopen":
            board.save()
            board = Dashboard.open(path)
        assert len(board.items()) == len({i.id for i in board.items()})
    board.save()
    assert user_cells(path) == before
    nbformat.validate(nbformat.read(path, as_version=4))
    reread = Dashboard.open(path)
    assert [i.id for i in reread.items()] == [i.id for i in board.items()]
    path.unlink()
