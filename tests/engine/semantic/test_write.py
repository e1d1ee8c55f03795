"""Growing the file: a verified question is added with the user's comments and order kept,
atomically, and only when the result is a valid file."""

from __future__ import annotations

import json

import pytest
from semantic_shop import SHOP_YAML

from aiser_jupyter.engine.plan import ChartPlan
from aiser_jupyter.engine.semantic.load import load_file
from aiser_jupyter.engine.semantic.write import add_verified
from aiser_jupyter.errors import AiserError

PLAN = ChartPlan.model_validate(
    {
        "sql": "SELECT status,\n  COUNT(*) AS n\nFROM orders\nGROUP BY status",
        "chart": {"mark": "bar", "encoding": {"x": {"field": "status"}, "y": {"field": "n"}}},
    }
)


def test_adding_keeps_comments_and_order_and_the_file_loads(tmp_path):
    path = tmp_path / "aiser.semantic.yaml"
    path.write_text(SHOP_YAML)
    key = add_verified(path, "shop", "orders by status", PLAN, verified_by="ann")
    assert key == "default"
    text = path.read_text()
    assert text.startswith(SHOP_YAML.splitlines()[0])  # the user's comment, first
    assert text.index("tables:") < text.index("metrics:") < text.index("verified:")
    loaded = load_file(path)
    v = loaded.file.sources["default"].verified[0]
    assert (v.question, v.verified_by) == ("orders by status", "ann")
    assert v.plan.sql == PLAN.sql and v.plan.chart == PLAN.chart
    assert not list(tmp_path.glob(".aiser.semantic.yaml.*"))  # no temporary file left


def test_the_same_question_again_replaces_its_plan(tmp_path):
    path = tmp_path / "aiser.semantic.yaml"
    add_verified(path, "shop", "Orders by status", PLAN)
    other = PLAN.model_copy(update={"chart": PLAN.chart.model_copy(update={"mark": "line"})})
    add_verified(path, "shop", "orders per status?", other)
    verified = load_file(path).file.sources["shop"].verified
    assert len(verified) == 1 and verified[0].plan.chart.mark == "line"


def test_a_new_file_names_its_schema_for_editors(tmp_path):
    path = tmp_path / "aiser.semantic.yaml"
    add_verified(path, "shop", "orders by status", PLAN)
    assert path.read_text().startswith(
        "# yaml-language-server: $schema=aiser.semantic.schema.json\n"
    )


def test_a_broken_file_is_not_touched(tmp_path):
    path = tmp_path / "aiser.semantic.yaml"
    broken = SHOP_YAML.replace("unit: USD", "units: USD")
    path.write_text(broken)
    with pytest.raises(AiserError) as info:
        add_verified(path, "shop", "orders by status", PLAN)
    assert info.value.code == "AISER-SEM-FIELD"
    assert path.read_text() == broken


def test_engine_save_verified_guards_the_plan_first(shop):
    engine, path = shop
    before = path.read_text()
    bad = ChartPlan.model_validate(
        {
            "sql": "SELECT * FROM read_text('/etc/passwd')",
            "chart": {"mark": "bar", "encoding": {"x": {"field": "content"}}},
        }
    )
    with pytest.raises(AiserError) as info:
        engine.save_verified("secrets", bad, "shop")
    assert info.value.code.startswith("AISER-SQL")
    assert path.read_text() == before
    engine.save_verified("orders by status", PLAN, "shop", by="bo")
    assert engine.catalog("shop").semantic.verified[0].verified_by == "bo"
    assert json.loads(
        json.dumps(engine.catalog("shop").semantic.verified[0].plan.model_dump(mode="json"))
    )
