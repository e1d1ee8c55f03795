"""The rule planner reads the semantic layer: its synonyms name tables and columns, its time
column is what "per month" runs along — and without the file the same words are refused."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.core import Engine
from aiser_jupyter.errors import AiserError

TICKETS_YAML = """\
version: 1
sources:
  default:
    tables:
      tickets:
        synonyms: [cases]
        time_column: closed
        columns:
          cost: {synonyms: [spend]}
"""


@pytest.fixture()
def tickets(tmp_path: Path) -> Path:
    path = tmp_path / "tickets.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE tickets AS SELECT i AS ticket_id, DATE '2024-01-01' + INTERVAL (i) DAY AS opened, "
        "DATE '2024-01-01' + INTERVAL (i + 45) DAY AS closed, 10.0 + i % 7 AS cost "
        "FROM range(200) t(i)"
    )
    con.close()
    return path


def _engine(semantic: Path | None) -> Engine:
    return Engine(EngineConfig(planner="rules", use_cache=False, semantic_path=semantic))


def test_synonyms_and_the_time_column_of_the_file_plan_the_question(
    tickets: Path, tmp_path: Path
) -> None:
    semantic = tmp_path / "aiser.semantic.yaml"
    semantic.write_text(TICKETS_YAML)
    engine = _engine(semantic)
    engine.connect("t", str(tickets))
    answer = engine.ask("total spend per month", "t")
    fields = answer.compiled.fields
    got = dict(
        zip(
            [str(v)[:7] for v in answer.table.column(fields["x"].alias).to_pylist()],
            answer.table.column(fields["y"].alias).to_pylist(),
            strict=True,
        )
    )
    con = duckdb.connect(str(tickets), read_only=True)
    want = {
        str(m)[:7]: s
        for m, s in con.sql(
            "SELECT DATE_TRUNC('month', closed), SUM(cost) FROM tickets GROUP BY 1"
        ).fetchall()
    }
    con.close()
    assert got == pytest.approx(want)  # by the month each ticket closed, as the file says
    cases = engine.ask("number of cases per month", "t")
    assert sum(cases.table.column(cases.compiled.fields["y"].alias).to_pylist()) == 200
    engine.close()


def test_without_the_file_the_same_words_are_not_guessed(
    tickets: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # no aiser.semantic.yaml here
    monkeypatch.delenv("AISER_SEMANTIC", raising=False)
    engine = _engine(None)
    engine.connect("t", str(tickets))
    with pytest.raises(AiserError) as refused:
        engine.ask("total spend per month", "t")
    assert refused.value.code.startswith("AISER-PLAN-")
    engine.close()
