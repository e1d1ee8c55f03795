"""The panel and the kernel's DataFrames, over a real kernel's comm: the sources reply lists
them, ``connect`` makes one a source, questions on it give DuckDB's numbers, and a cell that
changes the frames makes the kernel send the new list unasked."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import polars as pl
import pyarrow as pa
import pytest
from test_comm import Panel

pytest.importorskip("jupyter_client")
pytestmark = pytest.mark.slow

SETUP = """
import numpy as np, pandas as pd, polars as pl, pyarrow as pa
def make(seed):
    rng = np.random.default_rng(seed)
    return pd.DataFrame({"channel": rng.choice(["web", "store", "phone"], 2000),
                         "amount": np.round(rng.random(2000) * 100, 2)})
sales = make(5)
pl_sales = pl.from_pandas(make(6))
arrow_sales = pa.Table.from_pandas(make(7), preserve_index=False)
_hidden = make(8)
note = "not a frame"
"""
SEEDS = {"sales": 5, "pl_sales": 6, "arrow_sales": 7}


def make(seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    return pd.DataFrame(
        {
            "channel": rng.choice(["web", "store", "phone"], 2000),
            "amount": np.round(rng.random(2000) * 100, 2),
        }
    )


def run_cell(client: Any, code: str, panel: Panel | None = None) -> None:
    """Execute ``code``; comm messages to ``panel`` that arrive meanwhile go to its inbox."""

    def keep(msg: dict[str, Any]) -> None:
        if msg["msg_type"] == "error":
            pytest.fail(f"{code!r} failed: {msg['content']['ename']}: {msg['content']['evalue']}")
        if (
            panel is not None
            and msg["msg_type"] == "comm_msg"
            and msg["content"].get("comm_id") == panel.comm_id
        ):
            panel.inbox.append(msg["content"]["data"])

    reply = client.execute_interactive(code, timeout=90, output_hook=keep)
    assert reply["content"]["status"] == "ok", reply["content"]


@pytest.fixture(scope="module")
def kernel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from jupyter_client.manager import KernelManager

    km = KernelManager(kernel_name="python3")
    km.kernel_spec.argv[0] = sys.executable
    km.start_kernel(cwd=str(tmp_path_factory.mktemp("kernel")))
    client = km.client()
    client.start_channels()
    client.wait_for_ready(timeout=60)
    run_cell(client, "%load_ext aiser_jupyter\n%config Aiser.planner = 'rules'")
    run_cell(client, SETUP)
    yield client
    client.stop_channels()
    km.shutdown_kernel(now=True)


@pytest.fixture()
def panel(kernel: Any) -> Panel:
    return Panel(kernel)


def direct_by_channel(frame: Any) -> list[tuple[Any, ...]]:
    con = duckdb.connect()
    con.register("t", frame)
    rows = sorted(con.sql("SELECT channel, SUM(amount) FROM t GROUP BY 1").fetchall())
    con.close()
    return rows


def test_the_sources_reply_lists_the_kernel_frames(panel: Panel) -> None:
    (reply,) = panel.request({"type": "sources"})
    assert reply["type"] == "sources" and "frames" in reply["capabilities"]
    frames = {f["name"]: f for f in reply["frames"]}
    assert set(frames) >= {"sales", "pl_sales", "arrow_sales"}
    assert "_hidden" not in frames and "note" not in frames
    assert (frames["sales"]["kind"], frames["sales"]["rows"], frames["sales"]["columns"]) == (
        "pandas",
        2000,
        2,
    )
    assert frames["pl_sales"]["kind"] == "polars" and frames["arrow_sales"]["kind"] == "arrow"


@pytest.mark.parametrize("name", ["sales", "pl_sales", "arrow_sales"])
def test_connect_a_frame_and_ask_gives_duckdbs_numbers(panel: Panel, name: str) -> None:
    (reply,) = panel.request({"type": "connect", "frame": name})
    assert reply["type"] == "sources", reply
    (current,) = [s for s in reply["sources"] if s["current"]]
    assert current["alias"] == name
    assert next(f for f in reply["frames"] if f["name"] == name)["source"] == name
    answer = panel.request({"type": "ask", "question": "total amount by channel", "source": name})[
        -1
    ]
    assert answer["type"] == "answer", answer
    data = make(SEEDS[name])
    frame = {
        "sales": data,
        "pl_sales": pl.from_pandas(data),
        "arrow_sales": pa.Table.from_pandas(data),
    }[name]
    want = direct_by_channel(frame)
    got = sorted(
        zip(
            answer["figure"]["data"][0]["x"],
            _numbers(answer["figure"]["data"][0]["y"]),
            strict=True,
        )
    )
    assert [g[0] for g in got] == [w[0] for w in want]
    assert [g[1] for g in got] == pytest.approx([w[1] for w in want], rel=1e-9)
    (again,) = panel.request({"type": "connect", "frame": name})  # the same source, not a new one
    assert [s["alias"] for s in again["sources"]].count(name) == 1


def test_a_frame_changed_between_two_questions_gives_the_new_numbers(
    kernel: Any, panel: Panel
) -> None:
    panel.request({"type": "connect", "frame": "sales"})
    first = panel.request(
        {"type": "ask", "question": "total amount by channel", "source": "sales"}
    )[-1]
    run_cell(kernel, "sales.loc[sales['channel'] == 'web', 'amount'] = 0.0")
    second = panel.request(
        {"type": "ask", "question": "total amount by channel", "source": "sales"}
    )[-1]
    before = dict(
        zip(first["figure"]["data"][0]["x"], _numbers(first["figure"]["data"][0]["y"]), strict=True)
    )
    after = dict(
        zip(
            second["figure"]["data"][0]["x"],
            _numbers(second["figure"]["data"][0]["y"]),
            strict=True,
        )
    )
    assert before["web"] > 0 and after["web"] == 0.0
    assert after["store"] == pytest.approx(before["store"])
    run_cell(kernel, "sales = make(5)")


@pytest.mark.parametrize(
    "name",
    [
        "note",
        "missing",
        "__import__('pathlib').Path('PWNED').touch()",
        "sales; import os",
        "_hidden ",
    ],
)
def test_connect_takes_only_a_variable_holding_a_frame(
    kernel: Any, panel: Panel, name: str, tmp_path: Path
) -> None:
    (reply,) = panel.request({"type": "connect", "frame": name})
    assert reply["type"] == "error" and reply["code"] == "AISER-SRC-FRAME", reply
    run_cell(kernel, "import os; assert not os.path.exists('PWNED')")


def test_a_cell_that_changes_the_frames_makes_the_kernel_send_them(
    kernel: Any, panel: Panel
) -> None:
    panel.request({"type": "sources"})  # the panel is open: the kernel watches cells now
    run_cell(kernel, "later = make(9).head(7)", panel)
    (pushed,) = panel.replies(None, timeout=30)
    assert pushed["type"] == "sources" and pushed["id"] is None
    later = next(f for f in pushed["frames"] if f["name"] == "later")
    assert (later["rows"], later["columns"]) == (7, 2)
    run_cell(kernel, "x = 1 + 1", panel)  # frames unchanged: nothing is sent
    run_cell(kernel, "later = later.head(3)", panel)
    (pushed,) = panel.replies(None, timeout=30)
    assert next(f for f in pushed["frames"] if f["name"] == "later")["rows"] == 3
    run_cell(kernel, "del later", panel)
    (pushed,) = panel.replies(None, timeout=30)
    assert "later" not in {f["name"] for f in pushed["frames"]}


def _numbers(column: Any) -> list[float]:
    if isinstance(column, dict):  # a plotly.js typed array
        import base64

        return np.frombuffer(base64.b64decode(column["bdata"]), dtype=column["dtype"]).tolist()
    return list(column)


def test_a_cell_that_connects_a_source_makes_the_kernel_send_it(kernel: Any, panel: Panel) -> None:
    panel.request({"type": "sources"})
    run_cell(kernel, "%chart connect from_a_cell sales", panel)
    (pushed,) = panel.replies(None, timeout=30)
    assert "from_a_cell" in {s["alias"] for s in pushed["sources"]}
