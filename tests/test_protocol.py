"""The panel protocol's models and the TypeScript types generated from them."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from pydantic import ValidationError

from aiser_jupyter._protocol import (
    REQUEST,
    AnswerReply,
    AskRequest,
    ErrorReply,
    protocol_json_schema,
)

ROOT = Path(__file__).resolve().parent.parent
GENERATOR = ROOT / "scripts" / "gen_protocol_ts.py"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_protocol_ts", GENERATOR)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_protocol_ts_is_generated_from_the_current_models() -> None:
    gen = _generator()
    current = gen.TARGET.read_text(encoding="utf-8")
    assert current == gen.generate(), (
        "labextension/src/protocol.ts is stale: run python scripts/gen_protocol_ts.py"
    )


def test_check_mode_fails_on_a_stale_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gen = _generator()
    stale = tmp_path / "protocol.ts"
    stale.write_text(
        gen.generate().replace("MAX_MESSAGE_BYTES = 65536", "MAX_MESSAGE_BYTES = 1"),
        encoding="utf-8",
    )
    monkeypatch.setattr(gen, "TARGET", stale)
    monkeypatch.setattr(gen, "ROOT", tmp_path)
    assert gen.main(["--check"]) == 1
    gen.main([])
    assert gen.main(["--check"]) == 0


def test_the_generator_runs_as_a_script() -> None:
    result = subprocess.run(
        [sys.executable, str(GENERATOR), "--check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_generated_file_says_do_not_edit_and_declares_every_message() -> None:
    text = _generator().generate()
    assert "do not edit" in text.splitlines()[0]
    for name in (
        "AskRequest",
        "SourcesRequest",
        "HistoryRequest",
        "InterruptRequest",
        "StatusReply",
        "AnswerReply",
        "ErrorReply",
        "SourcesReply",
        "HistoryReply",
        "SaveRequest",
        "SavedReply",
        "ConnectRequest",
        "FrameInfo",
        "ChartPlan",
    ):
        assert f"export interface {name} {{" in text
    assert (
        "export type Request = AskRequest | SourcesRequest | HistoryRequest | InterruptRequest"
        in text
    )


@pytest.mark.parametrize(
    "message",
    [
        {"v": 1, "id": "1", "type": "ask", "question": "total revenue by region", "source": None},
        {"v": 1, "id": "1", "type": "ask", "question": "total revenue by region"},
        {"v": 1, "id": "2", "type": "sources"},
        {"v": 1, "id": "3", "type": "history"},
        {"v": 1, "id": "4", "type": "interrupt", "target": "1"},
        {"v": 1, "id": "5", "type": "save", "target": "1", "dashboard": "sales.ipynb"},
    ],
)
def test_documented_requests_validate(message: dict[str, object]) -> None:
    assert REQUEST.validate_python(message).type == message["type"]


@pytest.mark.parametrize(
    "message",
    [
        {"v": 1, "id": "", "type": "sources"},
        {"v": 1, "id": "1", "type": "ask", "question": ""},
        {"v": 1, "id": "1", "type": "ask", "question": "q", "eval": "1+1"},
        {"v": 1, "id": "1", "type": "interrupt"},
        {"v": 1, "type": "sources"},
    ],
)
def test_malformed_requests_are_refused(message: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        REQUEST.validate_python(message)


def test_replies_are_dumped_whole_as_the_schema_says() -> None:
    schema = protocol_json_schema()["$defs"]
    error = ErrorReply(id="1", code="AISER-INTERNAL", message="m").model_dump(mode="json")
    assert set(error) == set(schema["ErrorReply"]["required"])
    assert set(schema["AskRequest"]["required"]) == {"id", "type", "question"}
    assert AnswerReply.model_fields["plan"].annotation.__name__ == "ChartPlan"  # type: ignore[union-attr]
    assert AskRequest.model_fields["question"].is_required()
