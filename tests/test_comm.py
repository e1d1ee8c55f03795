"""The panel's protocol against a real kernel: open the ``aiser_jupyter`` comm as
JupyterLab does (a ``comm_open`` on the shell channel) and talk DESIGN §3.2 to it."""

from __future__ import annotations

import os
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

jupyter_client = pytest.importorskip("jupyter_client")

pytestmark = pytest.mark.slow

SLOW_SQL = (
    "SELECT a.product_id AS product, count(*) AS n FROM order_lines a "
    "JOIN order_lines b ON a.quantity >= b.quantity GROUP BY a.product_id"
)


class Panel:
    """A minimal stand-in for the JupyterLab panel: one comm, requests by id."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self.comm_id = uuid.uuid4().hex
        self.inbox: list[dict[str, Any]] = []
        self.closed = False
        self._shell(
            "comm_open", {"comm_id": self.comm_id, "target_name": "aiser_jupyter", "data": {"v": 1}}
        )

    def _shell(self, msg_type: str, content: dict[str, Any]) -> None:
        self.client.shell_channel.send(self.client.session.msg(msg_type, content))

    def send(self, data: Any) -> None:
        self._shell("comm_msg", {"comm_id": self.comm_id, "data": data})

    def _pump(self, timeout: float) -> None:
        msg = self.client.get_iopub_msg(timeout=timeout)
        content = msg["content"]
        if content.get("comm_id") != self.comm_id:
            return
        if msg["msg_type"] == "comm_msg":
            self.inbox.append(content["data"])
        elif msg["msg_type"] == "comm_close":
            self.closed = True

    def replies(self, request_id: str | None, timeout: float = 90) -> list[dict[str, Any]]:
        """Every reply to ``request_id`` up to and including its final (non-status) one."""
        deadline = time.monotonic() + timeout
        while True:
            mine = [m for m in self.inbox if m.get("id") == request_id]
            if mine and mine[-1]["type"] != "status":
                self.inbox = [m for m in self.inbox if m.get("id") != request_id]
                return mine
            assert not self.closed, "the kernel closed the comm"
            remaining = deadline - time.monotonic()
            assert remaining > 0, f"no final reply to {request_id!r}; got {self.inbox!r}"
            self._pump(remaining)

    def wait_for(self, test: Any, timeout: float = 60) -> dict[str, Any]:
        """The first message so far or to come that passes ``test`` (it stays in the inbox)."""
        deadline = time.monotonic() + timeout
        while True:
            found = next((m for m in self.inbox if test(m)), None)
            if found is not None:
                return found
            assert not self.closed, "the kernel closed the comm"
            remaining = deadline - time.monotonic()
            assert remaining > 0, f"no such message; got {self.inbox!r}"
            self._pump(remaining)

    def request(self, data: dict[str, Any], timeout: float = 90) -> list[dict[str, Any]]:
        data = {"v": 1, "id": uuid.uuid4().hex, **data}
        self.send(data)
        return self.replies(data["id"], timeout)


def run_cell(client: Any, code: str, timeout: float = 90) -> list[dict[str, Any]]:
    """Execute ``code``; return its display outputs (error outputs fail the test)."""
    outputs: list[dict[str, Any]] = []

    def keep(msg: dict[str, Any]) -> None:
        if msg["msg_type"] in ("display_data", "execute_result"):
            outputs.append(msg["content"]["data"])
        elif msg["msg_type"] == "error":
            pytest.fail(f"{code!r} failed: {msg['content']['ename']}: {msg['content']['evalue']}")

    reply = client.execute_interactive(code, timeout=timeout, output_hook=keep)
    assert reply["content"]["status"] == "ok", reply["content"]
    return outputs


@pytest.fixture(scope="module")
def kernel_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The kernel's working folder (where the panel may save dashboards)."""
    return tmp_path_factory.mktemp("kernel")


@pytest.fixture(scope="module")
def kernel(kernel_dir: Path) -> Iterator[Any]:
    from jupyter_client.manager import KernelManager

    km = KernelManager(kernel_name="python3")
    km.kernel_spec.argv[0] = sys.executable  # this venv's ipykernel and aiser_jupyter
    km.start_kernel(cwd=str(kernel_dir))
    client = km.client()
    client.start_channels()
    client.wait_for_ready(timeout=60)
    run_cell(client, "%load_ext aiser_jupyter")
    yield client
    client.stop_channels()
    km.shutdown_kernel(now=True)


@pytest.fixture()
def panel(kernel: Any) -> Panel:
    return Panel(kernel)


def test_ask_sends_stages_then_an_answer_whose_cell_reproduces_it(
    kernel: Any, panel: Panel
) -> None:
    replies = panel.request(
        {"type": "ask", "question": "total revenue by region", "source": "demo"}
    )
    *statuses, answer = replies
    assert [s["stage"] for s in statuses] == ["planning", "querying", "rendering"]
    assert answer["type"] == "answer", answer
    assert answer["rows"] == 5
    assert answer["plan"]["chart"]["mark"] == "bar"
    assert answer["plan"]["provenance"]["planner"] == "rules"
    assert "SELECT" in answer["sql"].upper()
    trace = answer["figure"]["data"][0]
    assert trace["type"] == "bar" and trace["x"] and trace["y"]

    outputs = run_cell(kernel, answer["cell"])
    figures = [
        o["application/vnd.plotly.v1+json"]
        for o in outputs
        if "application/vnd.plotly.v1+json" in o
    ]
    assert figures, f"the cell showed no plotly figure: {outputs!r}"
    assert figures[-1]["data"] == answer["figure"]["data"]


def test_follow_up_uses_the_history_of_the_same_engine(panel: Panel) -> None:
    first = panel.request({"type": "ask", "question": "total revenue by category"})[-1]
    assert first["type"] == "answer", first
    history = panel.request({"type": "history"})
    assert [r["type"] for r in history] == ["history"]
    questions = [item["question"] for item in history[0]["items"]]
    assert questions[-1] == "total revenue by category"
    assert history[0]["items"][-1]["plan"]["chart"]["mark"] == first["plan"]["chart"]["mark"]


def test_sources_lists_the_demo(panel: Panel) -> None:
    (reply,) = panel.request({"type": "sources"})
    assert reply["type"] == "sources"
    demo = next(s for s in reply["sources"] if s["alias"] == "demo")
    assert demo["dialect"] == "duckdb"
    assert isinstance(reply["capabilities"], list)


def test_sources_offers_questions_about_the_current_source(panel: Panel) -> None:
    (reply,) = panel.request({"type": "sources"})
    assert reply["examples"], reply  # built from the demo's schema, not a fixed list
    for question in reply["examples"][:2]:
        answer = panel.request({"type": "ask", "question": question})[-1]
        assert answer["type"] == "answer", (question, answer)


@pytest.mark.parametrize(
    ("data", "code"),
    [
        ("not an object", "AISER-PROTO-INVALID"),
        ({"v": 1, "id": "x1"}, "AISER-PROTO-INVALID"),
        ({"v": 1, "id": "x2", "type": "ask"}, "AISER-PROTO-INVALID"),
        (
            {"v": 1, "id": "x3", "type": "ask", "question": "q", "code": "import os"},
            "AISER-PROTO-INVALID",
        ),
        (
            {"v": 1, "id": "x4", "type": "exec", "code": "import os; os._exit(1)"},
            "AISER-PROTO-UNKNOWN",
        ),
        ({"v": 2, "id": "x5", "type": "sources"}, "AISER-PROTO-UNKNOWN"),
        ({"v": 1, "id": "x6", "type": "ask", "question": "x" * 70_000}, "AISER-PROTO-TOO-LARGE"),
    ],
    ids=[
        "not-object",
        "no-type",
        "no-question",
        "extra-field",
        "unknown-type",
        "future-version",
        "oversized",
    ],
)
def test_malformed_unknown_and_oversized_messages_get_an_error(
    panel: Panel, data: Any, code: str
) -> None:
    panel.send(data)
    request_id = data.get("id") if isinstance(data, dict) else None
    (reply,) = panel.replies(request_id)
    assert reply["type"] == "error"
    assert reply["code"] == code
    assert reply["message"] and "Traceback" not in reply["message"]
    (again,) = panel.request({"type": "sources"})  # the comm keeps working
    assert again["type"] == "sources"


def test_errors_from_the_engine_keep_their_code(panel: Panel) -> None:
    (reply,) = panel.request(
        {"type": "ask", "question": "total revenue by region", "source": "nope"}
    )[-1:]
    assert reply["type"] == "error"
    assert reply["code"] == "AISER-SRC-UNKNOWN"


def test_a_long_answer_leaves_the_comm_free_and_can_be_stopped(panel: Panel) -> None:
    ask = {"v": 1, "id": "slow", "type": "ask", "question": SLOW_SQL, "source": "demo"}
    panel.send(ask)
    started = time.monotonic()
    panel.wait_for(lambda m: m.get("id") == "slow" and m.get("stage", "").startswith("querying"))
    # the query holds the demo's connection: listing the sources must not wait for it
    (sources,) = panel.request({"type": "sources"})
    assert sources["type"] == "sources"
    assert all(m["type"] == "status" for m in panel.inbox if m.get("id") == "slow")  # running
    panel.send({"v": 1, "id": "stop", "type": "interrupt", "target": "slow"})
    *_, final = panel.replies("slow", timeout=20)
    assert final["type"] == "error"
    assert final["code"] == "AISER-DB-CANCELLED"
    assert time.monotonic() - started < 15
    if not sources["examples"]:  # the catalog was not read yet: the examples follow the ask
        pushed = panel.wait_for(lambda m: m.get("id") is None and m.get("type") == "sources")
        assert pushed["examples"]


def test_save_adds_a_kept_answer_to_a_dashboard(panel: Panel, kernel_dir: Path) -> None:
    import nbformat

    ask = {"v": 1, "id": "to-save", "type": "ask", "question": "total revenue by region"}
    panel.send(ask)
    assert panel.replies("to-save")[-1]["type"] == "answer"
    (kernel_dir / "boards").mkdir()
    board = kernel_dir / "boards" / "board.ipynb"
    (saved,) = panel.request(
        {"type": "save", "target": "to-save", "dashboard": "boards/board.ipynb"}
    )
    assert saved["type"] == "saved", saved
    notebook = nbformat.read(board, as_version=4)
    charts = [c for c in notebook.cells if c.get("id") == saved["chart"]]
    assert charts and charts[0].source.startswith("%%chart")


@pytest.mark.parametrize(
    "where",
    ["absolute", "dot-dot", "symlink", "folder", "nul", "missing-folder"],
)
def test_save_is_confined_to_the_kernel_folder(
    panel: Panel, kernel_dir: Path, tmp_path: Path, where: str
) -> None:
    ask = {"v": 1, "id": f"keep-{where}", "type": "ask", "question": "number of orders by channel"}
    panel.send(ask)
    assert panel.replies(ask["id"])[-1]["type"] == "answer"
    outside = tmp_path / "outside.ipynb"
    link = kernel_dir / f"link-{where}"
    link.symlink_to(tmp_path)
    (kernel_dir / f"dir-{where}.ipynb").mkdir()
    path = {
        "absolute": str(outside),
        "dot-dot": os.path.relpath(outside, kernel_dir),
        "symlink": f"link-{where}/outside.ipynb",
        "folder": f"dir-{where}.ipynb",
        "nul": "x\x00y.ipynb",
        "missing-folder": "no/such/folder.ipynb",
    }[where]
    before = sorted(p.name for p in kernel_dir.iterdir())
    (reply,) = panel.request({"type": "save", "target": ask["id"], "dashboard": path})
    assert reply["type"] == "error", reply
    assert reply["code"] == "AISER-DASH-PATH", reply
    assert not outside.exists()
    assert sorted(p.name for p in kernel_dir.iterdir()) == before


@pytest.mark.parametrize(
    ("data", "code"),
    [
        ({"target": "never-asked", "dashboard": "board.ipynb"}, "AISER-PROTO-KERNEL"),
        ({"target": "x", "dashboard": "board.py"}, "AISER-PROTO-INVALID"),
    ],
    ids=["unknown-answer", "not-a-notebook"],
)
def test_save_refusals(panel: Panel, data: dict[str, Any], code: str) -> None:
    (reply,) = panel.request({"type": "save", **data})
    assert reply["type"] == "error"
    assert reply["code"] == code


def test_save_as_verified_then_the_same_question_reuses_the_plan(
    panel: Panel, kernel_dir: Path
) -> None:
    (sources,) = panel.request({"type": "sources"})
    assert "verify" in sources["capabilities"]
    panel.send({"v": 1, "id": "to-verify", "type": "ask", "question": "number of orders by status"})
    first = panel.replies("to-verify")[-1]
    assert first["type"] == "answer" and first["plan"]["provenance"]["kind"] == "inferred"
    (verified,) = panel.request({"type": "verify", "target": "to-verify"})
    assert verified["type"] == "verified", verified
    assert verified == {
        **verified,
        "question": "number of orders by status",
        "file": "aiser.semantic.yaml",
    }
    assert "number of orders by status" in (kernel_dir / "aiser.semantic.yaml").read_text()
    *_, again = panel.request({"type": "ask", "question": "Number of orders, by status?"})
    provenance = again["plan"]["provenance"]
    assert (provenance["kind"], provenance["verified"]) == (
        "verified",
        "number of orders by status",
    )
    assert again["plan"]["sql"] == first["plan"]["sql"]
    (gone,) = panel.request({"type": "verify", "target": "never-asked"})
    assert gone["code"] == "AISER-PROTO-KERNEL"
    (kernel_dir / "aiser.semantic.yaml").unlink()  # the module's other tests see no file
