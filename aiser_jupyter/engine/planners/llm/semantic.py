"""The part of the semantic layer file the LLM sees: what matches the question, retrieved.

Each metric, dimension and documented column is one document (its name, synonyms,
description and SQL); each verified question is another. BM25 (the ``bm25s`` library) over
lemmatised words ranks them against the question (and the conversation); the best metrics,
dimensions and column notes go into the schema block within a share of the prompt's token
budget, and the most similar verified questions become example turns (question → plan).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ...catalog.model import Catalog
from ...catalog.semantics import Semantics, Verified
from ...semantic.verified import normalise
from .text import estimate_tokens, quote

__all__ = ["SHARE", "SemanticPrompt", "semantic_prompt"]

#: Share of the catalog's token budget the semantic layer may take.
SHARE = 0.35
#: Verified questions sent as examples, at most.
EXAMPLES = 2


@dataclass(frozen=True)
class SemanticPrompt:
    """Lines for the schema block and example turns (question, plan) for the prompt."""

    lines: tuple[str, ...] = ()
    examples: tuple[Verified, ...] = ()

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def semantic_prompt(catalog: Catalog, text: str, budget: int) -> SemanticPrompt:
    """What of ``catalog``'s semantic layer to send for ``text``, within ``budget`` tokens."""
    semantic = catalog.semantic
    if semantic is None:
        return SemanticPrompt()
    docs = _documents(catalog, semantic, quote)
    query = normalise(text)
    head = "semantic layer (defined by the data's owners; prefer these definitions):"
    lines: list[str] = []
    named: list[str] = []
    used = estimate_tokens(head)
    for (line, name), _ in _ranked([((line, name), text) for line, text, name in docs], query):
        cost = estimate_tokens(line)
        if used + cost > budget:
            continue
        lines.append(line)
        named.append(name)
        used += cost
    # a verified question may say 'revenue' where this one says 'turnover': the names of the
    # terms that matched join the query
    expanded = query + [w for name in named for w in normalise(name.replace("_", " "))]
    examples = [semantic.verified[i] for i, _ in _ranked(_questions(semantic), expanded)]
    return SemanticPrompt((head, *lines) if lines else (), tuple(examples[:EXAMPLES]))


def _documents(catalog: Catalog, semantic: Semantics, quote: Any) -> list[tuple[str, str, str]]:
    """(prompt line, searchable text, name) for every metric, dimension and documented column."""
    docs: list[tuple[str, str, str]] = []
    for m in semantic.metrics:
        also = f" also called {', '.join(quote(s) for s in m.synonyms)}" if m.synonyms else ""
        where = f" WHERE {quote(m.filter)}" if m.filter else ""
        unit = f" in {quote(m.unit)}" if m.unit else ""
        how = (  # a ratio of sums: its value per group as it stands, never re-aggregated
            f"{quote(m.sql)} as it is per group (an aggregate already)"
            if m.aggregate == "custom"
            else f"{m.aggregate} of {quote(m.sql)}"
        )
        line = f"  metric {quote(m.name)} = {how} over {quote(m.table)}{where}{unit}{also}"
        docs.append(
            (line, " ".join([m.name, *m.synonyms, m.description or "", m.sql, m.table]), m.name)
        )
    for d in semantic.dimensions:
        also = f" also called {', '.join(quote(s) for s in d.synonyms)}" if d.synonyms else ""
        via = "".join(
            f" via {quote(j.table)}.{quote(j.column)} -> {quote(j.ref_table)}" for j in d.joins
        )
        line = (
            f"  dimension {quote(d.name)} = {quote(d.sql)} for rows of {quote(d.table)}{via}{also}"
        )
        docs.append(
            (line, " ".join([d.name, *d.synonyms, d.description or "", d.sql, d.table]), d.name)
        )
    for table in catalog.tables:
        for col in table.columns:
            if not (col.description or col.synonyms):
                continue
            also = (
                f" also called {', '.join(quote(s) for s in col.synonyms)}" if col.synonyms else ""
            )
            about = f": {quote(col.description)}" if col.description else ""
            line = f"  column {quote(table.name)}.{quote(col.name)}{about}{also}"
            text = " ".join([table.name, col.name, *col.synonyms, col.description or ""])
            docs.append((line, text, col.name))
    return docs


def _questions(semantic: Semantics) -> list[tuple[int, str]]:
    return [(i, v.question) for i, v in enumerate(semantic.verified)]


def _ranked(docs: list[tuple[Any, str]], query: list[str]) -> list[tuple[Any, float]]:
    """``docs`` whose text shares words with ``query``, best first (BM25 scores)."""
    if not docs or not query:
        return []
    import bm25s

    corpus = [normalise(text.replace("_", " ")) or ["_"] for _, text in docs]
    retriever = bm25s.BM25()
    retriever.index(corpus, show_progress=False)
    found, scores = retriever.retrieve([query], k=len(docs), show_progress=False)
    return [(docs[int(i)][0], float(s)) for i, s in zip(found[0], scores[0], strict=True) if s > 0]
