"""The LLM planner's prompt: templates (data files in ``templates/``) plus a compact catalog.

Schema names and sample values come from the database and may contain anything,
including text that reads like instructions. They are rendered as JSON-quoted
strings inside ``<schema>`` tags (``<`` escaped), and the system prompt says they
are data. For large schemas only the tables relevant to the question (name overlap
with the question and the conversation, plus join neighbours) are sent, within a
token budget.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from importlib.resources import files
from string import Template
from typing import Any

from ...catalog.model import Catalog, Column, Table
from ..base import PlanContext, Turn
from .semantic import SHARE as SEMANTIC_SHARE
from .semantic import semantic_prompt
from .text import estimate_tokens, quote

__all__ = [
    "CATALOG_TOKENS",
    "build_messages",
    "conversation",
    "estimate_tokens",
    "render_catalog",
    "repair_message",
    "template",
]

#: Token budget for the catalog part of the prompt.
CATALOG_TOKENS = 650
#: Earlier turns sent for follow-up questions.
HISTORY_TURNS = 3
_SAMPLES = 3
_SAMPLE_CHARS = 32
_WORD = re.compile(r"[a-z0-9]+")


@cache
def template(name: str) -> Template:
    """The prompt template ``templates/<name>.md`` (``$placeholders``)."""
    return Template(
        files(__package__).joinpath("templates").joinpath(f"{name}.md").read_text(encoding="utf-8")
    )


def _value(value: Any) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return repr(value)
    if hasattr(value, "is_finite"):  # Decimal
        return str(value)
    return quote(value, _SAMPLE_CHARS)


#: a database comment is cut to this many characters in the prompt
_COMMENT_CHARS = 160


def _column_line(col: Column, samples: bool) -> str:
    parts = [quote(col.name), col.type]
    if col.primary_key:
        parts.append("PK")
    if col.semantic in ("temporal", "quantitative") and col.min is not None and col.max is not None:
        parts.append(f"range {_value(col.min)}..{_value(col.max)}")
    if col.distinct is not None and col.semantic not in ("key",):
        parts.append(f"{col.distinct} distinct")
    if samples and col.samples and col.semantic in ("nominal", "geo", "boolean"):
        parts.append("e.g. " + ", ".join(quote(v, _SAMPLE_CHARS) for v in col.samples[:_SAMPLES]))
    if samples and col.comment:  # the database's own comment on the column
        parts.append("about " + quote(col.comment, _COMMENT_CHARS))
    return "  " + " ".join(parts)


def _table_block(table: Table, samples: bool) -> str:
    """A table's lines, with the database's comments on it and its columns (when ``samples``:
    both go when the prompt is short of room); a semantic layer sends its own descriptions
    apart."""
    rows = f" ({table.row_count} rows)" if table.row_count is not None else ""
    head = f"{'view' if table.kind == 'view' else 'table'} {quote(table.name)}{rows}"
    if samples and table.comment:
        head += " about " + quote(table.comment, _COMMENT_CHARS)
    return "\n".join([head, *(_column_line(c, samples) for c in table.columns)])


def _words(text: str) -> set[str]:
    words = set()
    for word in _WORD.findall(text.lower()):
        words.add(word)
        if len(word) > 3 and word.endswith("s"):
            words.add(word[:-1])
    return words


def relevant_tables(catalog: Catalog, text: str) -> list[Table]:
    """Tables ranked by relevance to ``text``: name overlap, then their join neighbours."""
    asked = _words(text)
    scored: list[tuple[float, int, Table]] = []
    for i, table in enumerate(catalog.tables):
        name_words = _words(table.name.replace("_", " "))
        score = 3.0 * len(asked & name_words) + (5.0 if table.name.lower() in text.lower() else 0.0)
        for col in table.columns:
            score += len(asked & _words(col.name.replace("_", " ")))
        if score:
            scored.append((score, i, table))
    scored.sort(key=lambda s: (-s[0], s[1]))
    chosen = [t for _, _, t in scored]
    seen = {t.name.lower() for t in chosen}
    # Join neighbours of the best matches, and the tables on join paths between them.
    for table in list(chosen[:6]):
        for join in catalog.joins_of(table.name):
            for name in (join.table, join.ref_table):
                if name.lower() not in seen and (other := catalog.table(name)) is not None:
                    seen.add(name.lower())
                    chosen.append(other)
    tops = chosen[:4]
    for a in tops:
        for b in tops:
            for join in (catalog.join_path(a.name, b.name) or []) if a is not b else []:
                for name in (join.table, join.ref_table):
                    if name.lower() not in seen and (other := catalog.table(name)) is not None:
                        seen.add(name.lower())
                        chosen.append(other)
    return chosen


def render_catalog(
    catalog: Catalog, text: str, *, samples: bool = True, budget: int = CATALOG_TOKENS
) -> str:
    """The catalog as compact quoted text, within ``budget`` tokens (retrieval when large)."""
    full = [_table_block(t, samples) for t in catalog.tables]
    tables = catalog.tables
    if estimate_tokens("\n".join(full)) > budget:
        tables = relevant_tables(catalog, text) or catalog.tables
    blocks: list[str] = []
    kept: list[Table] = []
    used = 0
    for table in tables:
        block = _table_block(table, samples)
        cost = estimate_tokens(block)
        if used + cost > budget and samples:
            block = _table_block(table, False)
            cost = estimate_tokens(block)
        if used + cost > budget and blocks:
            continue
        blocks.append(block)
        kept.append(table)
        used += cost
    names = {t.name.lower() for t in kept}
    joins = [
        f"  {quote(j.table)}.{quote(j.column)} -> {quote(j.ref_table)}.{quote(j.ref_column)}"
        for j in catalog.joins
        if j.table.lower() in names and j.ref_table.lower() in names
    ]
    if joins:
        blocks.append("joins (many -> one):\n" + "\n".join(joins))
    if len(kept) < len(catalog.tables):
        blocks.append(f"({len(catalog.tables) - len(kept)} other tables not shown)")
    return "\n".join(blocks)


def _plan_json(plan: Any) -> str:
    return json.dumps(plan.model_dump(mode="json", exclude_none=True, exclude={"provenance"}))


def conversation(question: str, history: Sequence[Turn]) -> tuple[Turn, ...]:
    """The turns that lead up to ``question``.

    Re-running a cell asks a question that is already in the history: its
    conversation is what came before it then, so the prompt (and the plan cache
    key) are the same as the first time.
    """
    wanted = " ".join(question.lower().split())
    for i in range(len(history) - 1, -1, -1):
        if " ".join(history[i].question.lower().split()) == wanted:
            return tuple(history[:i])
    return tuple(history)


def build_messages(
    question: str,
    catalog: Catalog,
    context: PlanContext,
    *,
    samples: bool = True,
    budget: int = CATALOG_TOKENS,
) -> list[dict[str, str]]:
    """System prompt, earlier turns (for follow-ups) and the question with the catalog."""
    turns = conversation(question, context.history)[-HISTORY_TURNS:]
    # Follow-ups ("now by month") name no table: retrieve with the earlier questions and SQL too.
    retrieval_text = " ".join([question, *(f"{t.question} {t.plan.sql}" for t in turns)])
    messages = [
        {"role": "system", "content": template("system").substitute(dialect=context.dialect)}
    ]
    # The semantic layer file: matching metrics/dimensions/columns and verified examples.
    layer = semantic_prompt(catalog, retrieval_text, int(budget * SEMANTIC_SHARE))
    for example in layer.examples:
        messages.append({"role": "user", "content": f"<question>\n{example.question}\n</question>"})
        messages.append({"role": "assistant", "content": _plan_json(example.plan)})
    for turn in turns:
        messages.append({"role": "user", "content": f"<question>\n{turn.question}\n</question>"})
        messages.append({"role": "assistant", "content": _plan_json(turn.plan)})
    mark_line = f"Chart type requested by the user: {context.mark}\n" if context.mark else ""
    # The conversation shares the token budget with the catalog (never below half of it).
    spent = sum(estimate_tokens(m["content"]) for m in messages[1:])
    budget = max(budget // 2, budget - spent) - estimate_tokens(layer.text)
    schema = render_catalog(catalog, retrieval_text, samples=samples, budget=budget)
    schema = f"{schema}\n{layer.text}" if layer.text else schema
    messages.append(
        {
            "role": "user",
            "content": template("user").substitute(
                dialect=context.dialect,
                mark_line=mark_line,
                question=question.replace("</question>", ""),
                catalog=schema,
            ),
        }
    )
    return messages


def repair_message(problem: str) -> dict[str, str]:
    """The one repair turn: the guard's, compiler's or validator's complaint, sent back."""
    return {"role": "user", "content": template("repair").substitute(error=problem)}
