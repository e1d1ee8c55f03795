"""Prompt tokens per question for the llm planner: the demo schema and a generated 200-table one.

Run: ``python bench/llm_prompt_tokens.py``. Goal: at most 2,000 prompt tokens per question.

Tokens are estimated as characters / 4 (``prompts.estimate_tokens``), a documented
approximation for English text and JSON with OpenAI's tokenizers; no tokenizer file
is downloaded. "messages" is what the prompt sends (system + catalog + question);
"+schema" adds the structured-output JSON Schema, which the endpoint also counts.
"""

from __future__ import annotations

import json
import random
import sys

from aiser_jupyter.engine.catalog.model import Catalog, Column, Join, Table
from aiser_jupyter.engine.planners.base import PlanContext
from aiser_jupyter.engine.planners.llm.output import llm_json_schema
from aiser_jupyter.engine.planners.llm.prompts import build_messages, estimate_tokens

GOAL = 2_000
DEMO_QUESTIONS = [
    "total revenue by region",
    "number of orders per month in 2024",
    "top 5 products by quantity sold",
    "average discount by customer segment as a pie chart",
    "revenue by category and channel",
]
WIDE_QUESTIONS = [
    "total invoice amount by supplier country",
    "number of shipments per month",
    "average ticket resolution time by support team",
    "top 10 warehouses by inventory quantity",
    "payroll cost by department and year",
]
DOMAINS = [
    "customer",
    "invoice",
    "shipment",
    "supplier",
    "warehouse",
    "inventory",
    "ticket",
    "employee",
    "department",
    "payroll",
    "campaign",
    "lead",
    "contract",
    "asset",
    "project",
    "timesheet",
    "vendor",
    "purchase_order",
    "refund",
    "subscription",
]
VARIANTS = [
    "",
    "_archive",
    "_staging",
    "_eu",
    "_us",
    "_apac",
    "_audit",
    "_snapshot",
    "_daily",
    "_v2",
]


def wide_catalog(n: int = 200, seed: int = 7) -> Catalog:
    """A generated warehouse-like schema: ``n`` tables, 8–14 columns each, FK chains."""
    rng = random.Random(seed)
    names = [f"{d}{v}" for v in VARIANTS for d in DOMAINS][:n]
    tables, joins = [], []
    for i, name in enumerate(names):
        stem = name.split("_")[0]
        cols = [Column(name=f"{stem}_id", type="INTEGER", semantic="key", primary_key=True)]
        extra = [
            "name",
            "status",
            "country",
            "created_at",
            "amount",
            "quantity",
            "team",
            "year",
            "resolution_hours",
            "category",
            "owner",
            "updated_at",
            "priority",
            "cost",
        ]
        for col in rng.sample(extra, rng.randint(6, 12)):
            kind = (
                ("TIMESTAMP", "temporal")
                if col.endswith("_at")
                else (
                    ("DOUBLE", "quantitative")
                    if col in {"amount", "quantity", "resolution_hours", "cost", "year"}
                    else ("VARCHAR", "nominal")
                )
            )
            samples = [f"{col}_{k}" for k in range(3)] if kind[1] == "nominal" else []
            cols.append(
                Column(
                    name=col,
                    type=kind[0],
                    semantic=kind[1],
                    distinct=rng.randint(2, 500),
                    samples=samples,
                )
            )
        if i:
            ref = names[rng.randrange(i)]
            ref_stem = ref.split("_")[0]
            if ref_stem != stem:
                cols.append(Column(name=f"{ref_stem}_id", type="INTEGER", semantic="key"))
                joins.append(
                    Join(
                        table=name,
                        column=f"{ref_stem}_id",
                        ref_table=ref,
                        ref_column=f"{ref_stem}_id",
                    )
                )
        tables.append(Table(name=name, columns=cols, row_count=rng.randint(10, 10**7)))
    return Catalog(source="wide", dialect="postgres", tables=tables, joins=joins)


def measure(catalog: Catalog, questions: list[str], dialect: str) -> list[tuple[str, int, int]]:
    schema_tokens = estimate_tokens(json.dumps(llm_json_schema()))
    rows = []
    for q in questions:
        messages = build_messages(q, catalog, PlanContext(dialect=dialect))
        tokens = sum(estimate_tokens(m["content"]) for m in messages)
        rows.append((q, tokens, tokens + schema_tokens))
    return rows


def main() -> int:
    from aiser_jupyter.engine.core import Engine

    engine = Engine()
    cases = [
        ("demo (6 tables)", engine.catalog("demo"), DEMO_QUESTIONS, "duckdb"),
        ("generated (200 tables)", wide_catalog(), WIDE_QUESTIONS, "postgres"),
    ]
    worst = 0
    for label, catalog, questions, dialect in cases:
        print(
            f"\n{label}: {len(catalog.tables)} tables, {sum(len(t.columns) for t in catalog.tables)} columns"
        )
        print(f"{'messages':>9} {'+schema':>8}  question")
        for q, tokens, with_schema in measure(catalog, questions, dialect):
            worst = max(worst, with_schema)
            print(f"{tokens:>9} {with_schema:>8}  {q}")
    engine.close()
    print(
        f"\nmax prompt tokens (messages + schema): {worst} (goal <= {GOAL}) -> {'OK' if worst <= GOAL else 'OVER'}"
    )
    return 0 if worst <= GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
