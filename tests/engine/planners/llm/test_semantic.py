"""The LLM prompt carries the matching part of the semantic layer file: the real ``openai``
client over real HTTP to a local OpenAI-compatible server that records every request."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_llm import FakeLLM
from semantic_shop import SHOP_YAML, make_shop

from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.core import Engine
from aiser_jupyter.engine.planners.llm.prompts import CATALOG_TOKENS, estimate_tokens

BY_STATUS = {
    "sql": "SELECT status, amount * qty AS revenue FROM orders",
    "chart": {
        "mark": "bar",
        "encoding": {"x": {"field": "status"}, "y": {"field": "revenue", "aggregate": "sum"}},
    },
}
BY_MONTH = {
    "sql": "SELECT placed, amount * qty AS revenue FROM orders",
    "chart": {
        "mark": "line",
        "encoding": {
            "x": {"field": "placed", "timeUnit": "yearmonth"},
            "y": {"field": "revenue", "aggregate": "sum"},
        },
    },
}
VERIFIED = "    verified:\n" + "".join(
    f"      - question: {q}\n        plan: {json.dumps(p)}\n"
    for q, p in (("revenue by order status", BY_STATUS), ("monthly revenue trend", BY_MONTH))
)


@pytest.fixture()
def setup(tmp_path: Path) -> Iterator[tuple[Engine, FakeLLM]]:
    server = FakeLLM()
    semantic = tmp_path / "aiser.semantic.yaml"
    semantic.write_text(SHOP_YAML + VERIFIED)
    engine = Engine(
        EngineConfig(
            planner="llm",
            model="test-model",
            base_url=server.url,
            api_key="sk-test",
            llm_timeout=5,
            use_cache=False,
            store_path=tmp_path / "aiser.sqlite",
            semantic_path=semantic,
        )
    )
    engine.connect("shop", str(make_shop(tmp_path / "shop.duckdb")))
    yield engine, server
    engine.close()
    server.close()


def _user_text(body: dict) -> str:
    return body["messages"][-1]["content"]


def test_the_prompt_holds_the_matching_metric_and_the_most_similar_verified_example(setup):
    engine, server = setup
    server.answer({"plan": BY_MONTH})
    answer = engine.ask("turnover per month", "shop")
    (body,) = server.completions
    text = _user_text(body)
    assert 'metric "revenue" = sum of "amount * qty" over "orders"' in text
    assert '"turnover"' in text  # the synonym that matched
    assert '"finished_orders"' not in text  # shares no word with the question
    examples = [m["content"] for m in body["messages"][1:-1]]
    assert examples[0] == "<question>\nmonthly revenue trend\n</question>"  # the closest first
    assert json.loads(examples[1])["sql"] == BY_MONTH["sql"]
    assert answer.plan.provenance.kind == "semantic" and answer.plan.provenance.semantic == [
        "revenue"
    ]


def test_a_documented_column_reaches_the_prompt_by_its_synonym(setup):
    engine, server = setup
    server.answer({"plan": BY_STATUS})
    engine.ask("average price by status", "shop")
    text = _user_text(server.completions[0])
    assert 'column "orders"."amount": "Unit price in USD" also called "price"' in text


def test_the_semantic_layer_stays_within_the_prompt_budget(setup, tmp_path):
    engine, server = setup
    many = "".join(
        f"      - {{name: m{i}, table: orders, sql: amount * {i}, synonyms: [turnover variant {i}]}}\n"
        for i in range(200)
    )
    path = engine.semantic.path()
    path.write_text(SHOP_YAML.replace("    dimensions:\n", many + "    dimensions:\n"))
    server.answer({"plan": BY_MONTH})
    engine.ask("turnover per month", "shop")
    text = _user_text(server.completions[0])
    lines = [line for line in text.splitlines() if line.startswith("  metric ")]
    assert 0 < len(lines) < 200
    layer = text[text.index("semantic layer (") : text.index("</schema>")]
    assert estimate_tokens(layer.strip()) <= CATALOG_TOKENS * 0.35


def test_without_a_file_the_prompt_has_no_semantic_block(tmp_path):
    server = FakeLLM()
    engine = Engine(
        EngineConfig(
            planner="llm",
            model="test-model",
            base_url=server.url,
            api_key="sk-test",
            llm_timeout=5,
            use_cache=False,
            store_path=tmp_path / "s.sqlite",
        )
    )
    engine.connect("shop", str(make_shop(tmp_path / "shop.duckdb")))
    server.answer({"plan": BY_STATUS})
    answer = engine.ask("turnover by status", "shop")
    assert "semantic layer" not in _user_text(server.completions[0])
    assert answer.plan.provenance.kind == "inferred"
    engine.close()
    server.close()
