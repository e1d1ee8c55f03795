"""Verified questions reuse their plan with no model call: the real ``openai`` client talks
to a local OpenAI-compatible server (tests/fake_llm.py) that records every request."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from answers import truth
from fake_llm import FakeLLM
from semantic_shop import SHOP_YAML

from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.core import Engine
from aiser_jupyter.engine.semantic.verified import normalise
from aiser_jupyter.errors import AiserError

REVENUE_2024_BY_REGION = {
    "sql": "SELECT customers.region AS region, amount * qty AS revenue FROM orders "
    "JOIN customers ON orders.cust = customers.cust_id "
    "WHERE placed >= '2024-01-01' AND placed < '2025-01-01'",
    "chart": {
        "mark": "bar",
        "title": "Revenue by region, 2024",
        "encoding": {
            "x": {"field": "region"},
            "y": {"field": "revenue", "aggregate": "sum"},
        },
    },
}
NORTH_BY_STATUS = {
    "sql": "SELECT status, amount * qty AS revenue FROM orders JOIN customers "
    "ON orders.cust = customers.cust_id WHERE customers.region = 'north'",
    "chart": {
        "mark": "bar",
        "encoding": {"x": {"field": "status"}, "y": {"field": "revenue", "aggregate": "sum"}},
    },
}
VERIFIED = "    verified:\n" + "".join(
    f"      - question: {q}\n        plan: {json.dumps(p)}\n        verified_by: ann\n        verified_at: 2026-01-15\n"
    for q, p in (
        ("revenue in 2024 by region", REVENUE_2024_BY_REGION),
        ("revenue of north customers by status", NORTH_BY_STATUS),
    )
)
INFERRED = {
    "sql": "SELECT status, COUNT(*) AS n FROM orders GROUP BY status",
    "chart": {"mark": "bar", "encoding": {"x": {"field": "status"}, "y": {"field": "n"}}},
}


@pytest.fixture()
def llm() -> Iterator[FakeLLM]:
    server = FakeLLM()
    server.default = {"plan": INFERRED}
    yield server
    server.close()


@pytest.fixture()
def engine(tmp_path: Path, shop_db: Path, llm: FakeLLM) -> Iterator[Engine]:
    semantic = tmp_path / "aiser.semantic.yaml"
    semantic.write_text(SHOP_YAML + VERIFIED)
    config = EngineConfig(
        planner="llm",
        model="test-model",
        base_url=llm.url,
        api_key="sk-test",
        llm_timeout=5,
        use_cache=False,
        store_path=tmp_path / "aiser.sqlite",
        semantic_path=semantic,
    )
    eng = Engine(config)
    eng.connect("shop", str(shop_db))
    yield eng
    eng.close()


def _rows(answer) -> dict:
    return dict(
        zip(answer.table.column(0).to_pylist(), answer.table.column(1).to_pylist(), strict=True)
    )


def test_normalisation_drops_case_punctuation_stop_words_and_inflection():
    assert normalise("Show me the Revenue, by Regions!") == normalise("revenue per region")
    assert normalise("orders shipped by month") == normalise("order ship month")
    assert normalise("revenue by region") != normalise("region by revenue count")


def test_the_same_question_reworded_reuses_the_plan_with_no_model_call(engine, llm, shop_db):
    answer = engine.ask("Show me the REVENUE in 2024, per region?", "shop")
    assert llm.completions == []
    prov = answer.plan.provenance
    assert (prov.kind, prov.verified, prov.planner) == (
        "verified",
        "revenue in 2024 by region",
        "verified",
    )
    assert "verified" in prov.basis() and "revenue in 2024 by region" in prov.basis()
    want = truth(
        shop_db,
        "SELECT region, SUM(amount*qty) FROM orders JOIN customers ON cust = cust_id WHERE year(placed) = 2024 GROUP BY 1",
    )
    assert _rows(answer) == want


def test_another_year_is_substituted_in_the_tree_and_guarded(engine, llm, shop_db):
    answer = engine.ask("revenue in 2025 by region", "shop")
    assert llm.completions == []
    assert "'2025-01-01'" in answer.plan.sql and "'2026-01-01'" in answer.plan.sql
    assert answer.plan.chart.title == "Revenue by region, 2025"
    assert "2025 for 2024" in " ".join(answer.plan.provenance.notes)
    want = truth(
        shop_db,
        "SELECT region, SUM(amount*qty) FROM orders JOIN customers ON cust = cust_id WHERE year(placed) = 2025 GROUP BY 1",
    )
    assert _rows(answer) == want and want  # 2025 has rows of its own


def test_another_value_of_the_same_column_is_substituted(engine, llm, shop_db):
    answer = engine.ask("revenue of south customers by status", "shop")
    assert llm.completions == []
    assert "'south'" in answer.plan.sql
    want = truth(
        shop_db,
        "SELECT status, SUM(amount*qty) FROM orders JOIN customers ON cust = cust_id WHERE region = 'south' GROUP BY 1",
    )
    assert _rows(answer) == want


def test_a_value_the_column_does_not_hold_goes_to_the_planner(engine, llm):
    answer = engine.ask("revenue of mars customers by status", "shop")
    assert len(llm.completions) == 1
    assert answer.plan.provenance.kind in ("inferred", "semantic")
    assert "mars" not in answer.plan.sql


def test_a_different_question_calls_the_model_and_says_inferred(engine, llm):
    answer = engine.ask("number of orders by status", "shop")
    assert len(llm.completions) == 1
    assert answer.plan.provenance.kind == "inferred"
    assert answer.plan.provenance.basis().startswith("inferred")


def test_a_plan_using_a_metric_says_semantic_and_names_it(engine, llm):
    llm.answer(
        {
            "plan": {
                **INFERRED,
                "sql": "SELECT status, amount * qty AS total FROM orders",
                "chart": {
                    "mark": "bar",
                    "encoding": {
                        "x": {"field": "status"},
                        "y": {"field": "total", "aggregate": "sum"},
                    },
                },
            }
        }
    )
    answer = engine.ask("turnover by status", "shop")
    assert answer.plan.provenance.kind == "semantic"
    assert answer.plan.provenance.semantic == ["revenue"]


def test_a_value_beyond_the_profiled_samples_is_confirmed_on_the_source(tmp_path, llm):
    db = tmp_path / "visits.duckdb"
    con = duckdb.connect(str(db))
    con.execute(
        "CREATE TABLE visits AS SELECT 'city' || (i % 400) AS city, i % 7 AS weekday, 1 AS n FROM range(4000) t(i)"
    )
    con.close()
    plan = {
        "sql": "SELECT weekday, n FROM visits WHERE city = 'city1'",
        "chart": {
            "mark": "bar",
            "encoding": {"x": {"field": "weekday"}, "y": {"field": "n", "aggregate": "sum"}},
        },
    }
    semantic = tmp_path / "v.yaml"
    semantic.write_text(
        "version: 1\nsources:\n  default:\n    verified:\n"
        f"      - question: visits from city1 by weekday\n        plan: {json.dumps(plan)}\n"
    )
    engine = Engine(
        EngineConfig(
            planner="llm",
            model="test-model",
            base_url=llm.url,
            api_key="sk-test",
            llm_timeout=5,
            use_cache=False,
            store_path=tmp_path / "s.sqlite",
            semantic_path=semantic,
        )
    )
    engine.connect("visits", str(db))
    samples = engine.catalog("visits").table("visits").column("city").samples
    assert "city357" not in samples  # the profile keeps a few values of a 400-value column
    answer = engine.ask("visits from CITY357 by weekday", "visits")
    assert llm.completions == []
    assert "'city357'" in answer.plan.sql and answer.table.num_rows == 7
    with pytest.raises(AiserError):  # no such city: the model is asked (its canned plan fails)
        engine.ask("visits from city999 by weekday", "visits")
    assert len(llm.completions) >= 1
    engine.close()


@pytest.fixture()
def states(tmp_path: Path, llm: FakeLLM) -> Iterator[tuple[Engine, Path]]:
    """Customers in states of one and of two words; a verified question for each kind."""
    db = tmp_path / "states.duckdb"
    con = duckdb.connect(str(db))
    con.execute(
        "CREATE TABLE sales AS SELECT * FROM (VALUES ('Texas', 'web', 5.0), "
        "('Texas', 'shop', 7.0), ('New York', 'web', 11.0), ('New York', 'web', 2.0), "
        "('North Carolina', 'shop', 3.0)) t(state, channel, amount)"
    )
    con.close()

    def plan(state: str) -> str:
        return json.dumps(
            {
                "sql": f"SELECT channel, amount FROM sales WHERE state = '{state}'",
                "chart": {
                    "mark": "bar",
                    "title": f"Sales by channel, {state}",
                    "encoding": {
                        "x": {"field": "channel"},
                        "y": {"field": "amount", "aggregate": "sum"},
                    },
                },
            }
        )

    semantic = tmp_path / "states.yaml"
    semantic.write_text(
        "version: 1\nsources:\n  default:\n    verified:\n"
        f"      - question: sales in Texas by channel\n        plan: {plan('Texas')}\n"
        f"      - question: New York sales per channel since launch\n"
        f"        plan: {plan('New York')}\n"
    )
    config = EngineConfig(
        planner="llm",
        model="test-model",
        base_url=llm.url,
        api_key="sk-test",
        llm_timeout=5,
        use_cache=False,
        store_path=tmp_path / "aiser.sqlite",
        semantic_path=semantic,
    )
    eng = Engine(config)
    eng.connect("states", str(db))
    yield eng, db
    eng.close()


@pytest.mark.parametrize(
    ("question", "state", "verified"),
    [
        ("sales in New York by channel", "New York", "sales in Texas by channel"),
        ("sales in north carolina by channel", "North Carolina", "sales in Texas by channel"),
        (
            "Texas sales per channel since launch",
            "Texas",
            "New York sales per channel since launch",
        ),
    ],
)
def test_a_value_of_several_words_is_substituted_for_another(
    states, llm, question, state, verified
):
    engine, db = states
    answer = engine.ask(question, "states")
    assert llm.completions == []
    prov = answer.plan.provenance
    assert (prov.kind, prov.verified) == ("verified", verified)
    assert f"'{state}'" in answer.plan.sql
    assert answer.plan.chart.title == f"Sales by channel, {state}"
    want = truth(db, f"SELECT channel, SUM(amount) FROM sales WHERE state = '{state}' GROUP BY 1")
    assert _rows(answer) == want and want


def test_several_words_the_column_does_not_hold_go_to_the_planner(states, llm):
    engine, _ = states
    llm.default = {
        "plan": {
            "sql": "SELECT channel, amount FROM sales",
            "chart": {
                "mark": "bar",
                "encoding": {"x": {"field": "channel"}, "y": {"field": "amount"}},
            },
        }
    }
    answer = engine.ask("sales in New Mexico by channel", "states")
    assert len(llm.completions) == 1
    assert answer.plan.provenance.kind != "verified"
