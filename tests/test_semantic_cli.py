"""``aiser-jupyter semantic init|check`` and ``aiser-jupyter eval --semantic`` on real DuckDB."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from semantic_shop import SHOP_YAML, make_shop

from aiser_jupyter.cli import main
from aiser_jupyter.engine.semantic.load import load_file


@pytest.fixture()
def here(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    make_shop(tmp_path / "shop.duckdb")
    return tmp_path


def test_init_drafts_a_file_that_loads_and_checks_clean(here, capsys):
    assert main(["semantic", "init", "--db", "shop.duckdb"]) == 0
    draft = here / "aiser.semantic.yaml"
    text = draft.read_text()
    assert text.startswith("# yaml-language-server: $schema=aiser.semantic.schema.json")
    assert json.loads((here / "aiser.semantic.schema.json").read_text())["title"] == "SemanticFile"
    layer = load_file(draft).file.sources["default"]
    assert layer.tables["orders"].time_column == "placed"
    assert "DOUBLE" in layer.tables["orders"].columns["amount"].description
    assert {m.name for m in layer.metrics} >= {"orders_count", "total_amount"}
    assert main(["semantic", "check", "--db", "shop.duckdb"]) == 0
    out = capsys.readouterr().out
    assert "ok  metric total_amount: runs" in out and "FAIL" not in out


def test_init_writes_inferred_joins_with_their_evidence(here, demo_path):
    assert main(["semantic", "init", "--db", str(demo_path), "demo.yaml"]) == 0
    text = (here / "demo.yaml").read_text()
    line = next(x for x in text.splitlines() if "orders.customer_id = customers.customer_id" in x)
    assert line.strip().startswith("- ") and line.rstrip().endswith("# declared")
    assert main(["semantic", "init", "--db", str(demo_path), "demo.yaml"]) == 2  # exists: --force


def test_check_runs_every_entry_and_reports_what_the_database_rejects(here, capsys):
    semantic = here / "aiser.semantic.yaml"
    semantic.write_text(
        SHOP_YAML.replace(
            "      - name: finished_orders",
            "      - name: broken\n        table: orders\n        sql: amount + CAST(status AS INTEGER)\n      - name: finished_orders",
        )
        + "    verified:\n      - question: orders by status\n        plan: "
        + json.dumps(
            {
                "sql": "SELECT status, COUNT(*) AS n FROM orders GROUP BY status",
                "chart": {
                    "mark": "bar",
                    "encoding": {"x": {"field": "status"}, "y": {"field": "n"}},
                },
            }
        )
        + "\n"
    )
    assert main(["semantic", "check", "--db", "shop.duckdb"]) == 2
    out = capsys.readouterr().out
    assert "ok  metric revenue: runs" in out
    assert "ok  dimension customer_region: runs" in out
    assert "ok  verified 'orders by status': 2 rows" in out
    line = semantic.read_text().splitlines().index("      - name: broken") + 1
    want = f"FAIL aiser.semantic.yaml line {line}, sources.default.metrics[1]: metric broken: AISER-DB-EXEC"
    assert want in out


def test_check_refuses_a_metric_the_guard_refuses_with_line_and_field(here, capsys):
    (here / "aiser.semantic.yaml").write_text(
        SHOP_YAML.replace("sql: amount * qty", "sql: read_blob('x')")
    )
    assert main(["semantic", "check", "--db", "shop.duckdb"]) == 2
    out = capsys.readouterr().out
    assert "FAIL AISER-SEM-SQL: aiser.semantic.yaml line " in out
    assert "sources.default.metrics[0].sql: AISER-SQL-FUNCTION" in out
    assert "ok  dimension customer_region: runs" in out  # the rest still ran


def _line(text: str, needle: str) -> int:
    return next(i for i, x in enumerate(text.splitlines(), 1) if needle in x)


def test_check_names_every_problem_of_the_file_not_only_the_first(here, capsys):
    text = (
        SHOP_YAML.replace("sql: amount * qty", "sql: read_blob('x')")
        .replace("          amount: {", "          amont: {")
        .replace("sql: customers.region", "sql: customers.nowhere")
        .replace("time_column: placed", "time_column: shipped")
    )
    (here / "aiser.semantic.yaml").write_text(text)
    assert main(["semantic", "check", "--db", "shop.duckdb"]) == 2
    fails = [x for x in capsys.readouterr().out.splitlines() if x.startswith("  FAIL")]
    wanted = {
        "sources.default.tables.orders.time_column": _line(text, "time_column: shipped"),
        "sources.default.tables.orders.columns.amont": _line(text, "amont:"),
        "sources.default.metrics[0].sql": _line(text, "read_blob"),
        "sources.default.dimensions[0].sql": _line(text, "customers.nowhere"),
    }
    for field, line in wanted.items():
        assert [f for f in fails if f"line {line}, {field}" in f], (field, fails)
    assert len(fails) == len(wanted)


def test_check_names_every_field_a_file_gets_wrong(here, capsys):
    text = SHOP_YAML.replace("unit: USD", "unit: USD\n        colour: red").replace(
        "aggregate: distinct", "aggregate: often"
    )
    (here / "aiser.semantic.yaml").write_text(text)
    assert main(["semantic", "check", "--db", "shop.duckdb"]) == 2
    out = capsys.readouterr().out
    assert "not a valid semantic layer file" in out
    assert f"line {_line(text, 'colour: red')}, sources.default.metrics[0].colour" in out
    assert f"line {_line(text, 'aggregate: often')}, sources.default.metrics[1].aggregate" in out


def _bench(here: Path) -> Path:
    gold = {"mark": "bar", "grouped": False, "chart": "Bar"}
    items = [
        {
            "id": "s1",
            "db_path": "shop.duckdb",
            "question": "how much did we sell to each region in 2025",
            **gold,
            "gold_data": [["north", 15.0], ["south", 15.0], ["east", 14.0]],
        },
    ]
    path = here / "bench.jsonl"
    path.write_text("".join(json.dumps(i) + "\n" for i in items))
    return path


def test_eval_with_a_semantic_file_uses_its_verified_plans(here, capsys):
    bench = _bench(here)
    semantic = here / "team.yaml"
    plan = {
        "sql": "SELECT customers.region AS region, amount * qty AS revenue FROM orders JOIN customers ON orders.cust = customers.cust_id WHERE placed >= '2024-01-01' AND placed < '2025-01-01'",
        "chart": {
            "mark": "bar",
            "encoding": {"x": {"field": "region"}, "y": {"field": "revenue", "aggregate": "sum"}},
        },
    }
    semantic.write_text(
        SHOP_YAML
        + "    verified:\n      - question: how much did we sell to each region in 2024\n        plan: "
        + json.dumps(plan)
        + "\n"
    )
    (here / "aiser.semantic.yaml").write_text(
        SHOP_YAML.replace("version: 1", "version: 2")
    )  # ignored
    assert main(["eval", str(bench), "--planner", "rules"]) == 0
    without = capsys.readouterr().out
    assert "pass_rate: 0.0000" in without
    assert main(["eval", str(bench), "--planner", "rules", "--semantic", str(semantic)]) == 0
    assert "pass_rate: 1.0000" in capsys.readouterr().out
    folder = here / "layers"
    folder.mkdir()
    (folder / "shop.yaml").write_text(semantic.read_text())
    assert main(["eval", str(bench), "--planner", "rules", "--semantic", str(folder)]) == 0
    assert "pass_rate: 1.0000" in capsys.readouterr().out
    assert main(["eval", str(bench), "--semantic", str(here / "nope.yaml")]) == 2
    assert "AISER-SEM-FILE" in capsys.readouterr().err
