"""The workspace behind the agent tools: configured aliases only, files in one folder.

Real sources: the demo DuckDB file and a SQLite copy of part of it, named through
``${VAR}`` from the environment as a server's settings would.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.workspace import Workspace, WorkspaceSettings, load_settings
from aiser_jupyter.errors import AiserError


def _code(call: object) -> str:
    with pytest.raises(AiserError) as info:
        call()  # type: ignore[operator]
    return info.value.code


@pytest.fixture()
def workspace(
    sqlite_shop: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Workspace]:
    monkeypatch.setenv("AISER_TEST_SHOP", str(sqlite_shop))
    settings = WorkspaceSettings(sources={"shop": "${AISER_TEST_SHOP}"}, root=tmp_path)
    ws = Workspace(settings, EngineConfig(planner="rules", use_cache=False))
    yield ws
    ws.close()


# ---------------------------------------------------------------------- settings
def test_settings_come_from_a_file_and_flags(tmp_path: Path) -> None:
    (tmp_path / "boards").mkdir()
    config = tmp_path / "aiser.json"
    config.write_text(
        json.dumps({"sources": {"sales": "${SALES_URL}", "files": "data/"}, "root": "boards"})
    )
    settings = load_settings(config, ["sales=duckdb:///other.duckdb", "extra=x.csv"])
    assert dict(settings.sources) == {
        "sales": "duckdb:///other.duckdb",  # a flag wins over the file
        "files": "data/",
        "extra": "x.csv",
    }
    assert settings.root == (tmp_path / "boards").resolve()  # relative to the file
    assert settings.aliases == ["demo", "sales", "files", "extra"]
    assert load_settings(config, demo=False).aliases == ["sales", "files"]


@pytest.mark.parametrize(
    ("content", "flags", "code"),
    [
        ("not json", [], "AISER-MCP-CONFIG"),
        ('{"sources": {"a": "x"}, "password": "p"}', [], "AISER-MCP-CONFIG"),
        ('{"sources": ["x"]}', [], "AISER-MCP-CONFIG"),
        ('{"root": "missing-folder"}', [], "AISER-MCP-CONFIG"),
        ("{}", ["no-equals-sign"], "AISER-MCP-CONFIG"),
        ("{}", ["1bad=duckdb://"], "AISER-SRC-ALIAS"),
    ],
)
def test_bad_settings_are_coded_refusals(
    tmp_path: Path, content: str, flags: list[str], code: str
) -> None:
    config = tmp_path / "aiser.json"
    config.write_text(content)
    assert _code(lambda: load_settings(config, flags)) == code


# ---------------------------------------------------------------------- sources
def test_only_configured_aliases_open(workspace: Workspace, tmp_path: Path) -> None:
    planted = tmp_path / "planted.duckdb"
    assert _code(lambda: workspace.source(f"duckdb:///{planted}")) == "AISER-MCP-SOURCE"
    assert _code(lambda: workspace.source(str(planted))) == "AISER-MCP-SOURCE"
    assert _code(lambda: workspace.ask("count", "warehouse")) == "AISER-MCP-SOURCE"
    assert not planted.exists()
    assert workspace.source("shop") == "shop"
    assert workspace.source(None) == "demo"  # the first configured alias


def test_listing_and_describing_never_show_where_a_source_lives(
    workspace: Workspace, sqlite_shop: Path
) -> None:
    listed = workspace.sources()
    assert listed == [
        {"alias": "demo", "dialect": "duckdb", "available": True},
        {"alias": "shop", "dialect": "sqlite", "available": True},
    ]
    described = workspace.describe("shop")
    assert {t["name"] for t in described["tables"]} == {"regions", "customers", "orders"}
    join = next(j for j in described["joins"] if j["table"] == "orders")
    assert (join["column"], join["ref_table"], join["ref_column"]) == (
        "customer_id",
        "customers",
        "customer_id",
    )
    assert join["declared"] and "evidence" in join
    text = json.dumps([listed, described])
    assert str(sqlite_shop) not in text and sqlite_shop.name not in text
    only = workspace.describe("shop", "Regions")
    assert [t["name"] for t in only["tables"]] == ["regions"]
    assert _code(lambda: workspace.describe("shop", "nope")) == "AISER-SQL-TABLE"


def test_a_source_that_does_not_open_is_listed_with_its_code(tmp_path: Path) -> None:
    settings = WorkspaceSettings(sources={"gone": "${AISER_TEST_UNSET_VAR}"}, root=tmp_path)
    ws = Workspace(settings)
    try:
        gone = ws.sources()[1]
    finally:
        ws.close()
    assert gone["alias"] == "gone" and not gone["available"]
    assert gone["error"]["code"] == "AISER-SRC-CONNECT"


# ---------------------------------------------------------------------- queries
def test_select_runs_through_the_guard_with_a_clamped_limit(
    workspace: Workspace, demo_path: Path
) -> None:
    result = workspace.select(
        "SELECT channel, count(*) AS n FROM orders GROUP BY channel ORDER BY n DESC", max_rows=2
    )
    expected = duckdb.connect(str(demo_path), read_only=True).sql(
        "SELECT channel, count(*) FROM orders GROUP BY 1 ORDER BY 2 DESC LIMIT 2"
    )
    assert result["rows"] == [list(row) for row in expected.fetchall()]
    assert result["rows_truncated"] and result["sql"].endswith("LIMIT 3")
    assert _code(lambda: workspace.select("DELETE FROM orders")) == "AISER-SQL-NOT-SELECT"
    assert _code(lambda: workspace.select("SELECT * FROM products", "shop")) == "AISER-SQL-TABLE"
    huge = "SELECT lpad('x', 100000, 'x') AS s FROM orders"  # 1000 rows of 100 KB
    assert _code(lambda: workspace.select(huge, max_rows=1000)) == "AISER-DB-TOO-LARGE"


# ---------------------------------------------------------------------- files
def test_dashboards_stay_in_the_working_folder(workspace: Workspace, tmp_path: Path) -> None:
    answer = workspace.ask("number of orders by channel", "shop")
    saved = workspace.save(answer, "board.ipynb", title="Orders")
    assert saved["dashboard"] == "board.ipynb" and (tmp_path / "board.ipynb").exists()
    report = workspace.export("board.ipynb", "board.html")
    assert report.charts == 1 and (tmp_path / "board.html").exists()
    for bad in ("../board.ipynb", "/tmp/board.ipynb", "board.txt"):
        assert _code(lambda bad=bad: workspace.save(answer, bad)) == "AISER-DASH-PATH"
    assert _code(lambda: workspace.export("board.ipynb", "../x.html")) == "AISER-DASH-PATH"
