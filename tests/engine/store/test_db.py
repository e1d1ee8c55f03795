"""The metadata store: created fresh, migrated forward, and the data it keeps."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from aiser_jupyter.engine.store.db import (
    SCHEMA_VERSION,
    Store,
    endpoint_label,
    plan_cache_key,
)
from aiser_jupyter.engine.store.usage import estimate_cost

#: The first release's schema, verbatim: no version rows, no cost/ok in usage, no planner in history.
V1_DDL = """
CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at FLOAT NOT NULL);
CREATE TABLE plan_cache (key VARCHAR(64) PRIMARY KEY, question TEXT NOT NULL, model VARCHAR(200),
                         plan_json TEXT NOT NULL, created_at FLOAT NOT NULL, hits INTEGER NOT NULL);
CREATE TABLE history (id INTEGER PRIMARY KEY AUTOINCREMENT, question TEXT NOT NULL, source VARCHAR(64),
                      model VARCHAR(200), plan_json TEXT NOT NULL, created_at FLOAT NOT NULL);
CREATE TABLE usage (id INTEGER PRIMARY KEY AUTOINCREMENT, session VARCHAR(32) NOT NULL, model VARCHAR(200),
                    endpoint VARCHAR(300), prompt_tokens INTEGER, completion_tokens INTEGER,
                    latency_ms FLOAT, created_at FLOAT NOT NULL);
INSERT INTO schema_version VALUES (1, 0);
INSERT INTO history (question, source, model, plan_json, created_at) VALUES ('old question', 'demo', NULL, '{}', 1);
INSERT INTO usage (session, model, endpoint, prompt_tokens, completion_tokens, latency_ms, created_at)
       VALUES ('s0', 'm', 'http://x', 10, 2, 5.0, 1);
"""


def _columns(path: Path, table: str) -> set[str]:
    with sqlite3.connect(path) as con:
        return {row[1] for row in con.execute(f"PRAGMA table_info({table})")}


def test_fresh_store_has_every_table_and_the_current_version(tmp_path: Path) -> None:
    store = Store(tmp_path / "sub" / "aiser.sqlite")
    assert store.version == SCHEMA_VERSION
    with sqlite3.connect(store.path) as con:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert con.execute("SELECT max(version) FROM schema_version").fetchone() == (
            SCHEMA_VERSION,
        )
    assert {"schema_version", "plan_cache", "history", "usage", "capabilities"} <= tables


def test_v1_file_is_migrated_forward_keeping_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "aiser.sqlite"
    with sqlite3.connect(path) as con:
        con.executescript(V1_DDL)
    store = Store(path)
    assert {"cost_usd", "ok"} <= _columns(path, "usage")
    assert "planner" in _columns(path, "history")
    assert store.history()[0]["question"] == "old question"
    assert store.usage(session="s0")["total"]["prompt_tokens"] == 10
    store.add_usage(
        model="m", endpoint="e", prompt_tokens=1, completion_tokens=1, latency_ms=1.0, cost_usd=0.5
    )
    store.set_capability("e", "m", "tools")  # a table that v1 did not have
    Store(path)  # reopening is a no-op
    with sqlite3.connect(path) as con:
        assert [
            r[0] for r in con.execute("SELECT version FROM schema_version ORDER BY version")
        ] == [1, SCHEMA_VERSION]


def test_plan_cache_round_trip_counts_hits(tmp_path: Path) -> None:
    store = Store(tmp_path / "a.sqlite")
    key = plan_cache_key("q", "fp", "model", [])
    assert store.get_plan(key) is None
    store.put_plan(key, "q", "model", {"sql": "SELECT 1", "chart": {"mark": "kpi"}})
    store.put_plan(key, "q", "model", {"sql": "SELECT 2", "chart": {"mark": "kpi"}})  # replaced
    assert store.get_plan(key) == {"sql": "SELECT 2", "chart": {"mark": "kpi"}}
    assert plan_cache_key("q", "fp", "model", []) == key != plan_cache_key("q", "fp2", "model", [])


def test_usage_totals_and_cost(tmp_path: Path) -> None:
    store = Store(tmp_path / "a.sqlite")
    for _ in range(2):
        store.add_usage(
            model="gpt-4o-mini",
            endpoint="e",
            prompt_tokens=1000,
            completion_tokens=100,
            latency_ms=10.0,
            cost_usd=estimate_cost("gpt-4o-mini", 1000, 100),
        )
    total = store.usage()["total"]
    assert (total["calls"], total["prompt_tokens"], total["completion_tokens"]) == (2, 2000, 200)
    assert total["cost_usd"] == pytest.approx(2 * (1000 * 0.15 + 100 * 0.6) / 1e6)
    assert store.usage(session="another")["total"]["calls"] == 0


def test_capability_memory(tmp_path: Path) -> None:
    store = Store(tmp_path / "a.sqlite")
    assert store.get_capability("http://h/v1", "m") is None
    store.set_capability("http://h/v1", "m", "json_object")
    store.set_capability("http://h/v1", "m", "tools")
    assert store.get_capability("http://h/v1", "m") == "tools"


@pytest.mark.parametrize(
    ("url", "label"),
    [
        ("https://user:s3cret@gw.example/v1?api-key=s3cret#x", "https://gw.example/v1"),
        ("http://127.0.0.1:11434/v1/", "http://127.0.0.1:11434/v1"),
        (None, "default"),
    ],
)
def test_endpoint_label_drops_credentials(url: str | None, label: str) -> None:
    assert endpoint_label(url) == label


def test_default_location_follows_aiser_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from aiser_jupyter.engine.store.db import default_store_path

    monkeypatch.setenv("AISER_DATA_DIR", str(tmp_path))
    assert default_store_path() == tmp_path / "aiser.sqlite"
    monkeypatch.delenv("AISER_DATA_DIR")
    monkeypatch.setenv("JUPYTER_DATA_DIR", str(tmp_path / "jd"))
    assert default_store_path() == tmp_path / "jd" / "aiser" / "aiser.sqlite"
