"""Verified questions: a question that means the same as a verified one reuses its plan.

Same meaning: equal after normalisation (case, punctuation, stop words, lemmas), or equal
but for parameters — a number, a year or a value the verified plan's SQL uses as a literal
(``WHERE region = 'north'``, ``… >= '2024-01-01'``). A parameter is substituted in the
parsed tree, never in text; a new value of a column must be one the column holds. The plan
then goes through the normal guard like any other. No model is called.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import sqlglot
from sqlglot import exp

from ..catalog.model import Catalog
from ..catalog.semantics import Verified
from ..plan import ChartPlan, Provenance

if TYPE_CHECKING:
    from ..config import Limits
    from ..sources.base import Source

__all__ = ["Reuse", "find_verified", "normalise", "reuse_verified", "value_lookup", "verified_plan"]

#: Words that do not change what a question asks for.
STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "for",
        "in",
        "on",
        "at",
        "to",
        "by",
        "per",
        "with",
        "and",
        "or",
        "from",
        "over",
        "across",
        "as",
        "during",
        "within",
        "show",
        "me",
        "give",
        "list",
        "plot",
        "chart",
        "graph",
        "draw",
        "display",
        "visualize",
        "visualise",
        "see",
        "view",
        "get",
        "find",
        "what",
        "what's",
        "which",
        "how",
        "is",
        "are",
        "was",
        "were",
        "be",
        "do",
        "does",
        "did",
        "please",
        "i",
        "we",
        "you",
        "can",
        "could",
        "would",
        "want",
        "like",
        "let",
        "us",
        "our",
        "my",
        "each",
        "every",
        "all",
        "there",
        "their",
        "its",
        "it",
        "this",
        "that",
        "these",
        "those",
    ]
)
_TOKEN = re.compile(r"[a-z0-9]*[a-z][a-z0-9]*(?:'[a-z]+)?|\d+(?:\.\d+)?")
_YEAR = re.compile(r"^(1[89]|2[01])\d\d$")
Exists = Callable[[str, str, str], "str | None"]  #: (table, column, value) → the stored value


@cache
def _lemma(word: str) -> str:
    if not word.isalpha():
        return word
    from lemminflect import getLemma

    noun = getLemma(word, upos="NOUN")
    lemma = noun[0] if noun else word
    if lemma == word:
        verb = getLemma(word, upos="VERB")
        lemma = verb[0] if verb else word
    return lemma


def normalise(text: str) -> list[str]:
    """The question's meaningful words, lower case and lemmatised, in order."""
    words = _TOKEN.findall(text.lower().replace("’", "'"))
    return [_lemma(w) for w in words if w not in STOP_WORDS]


@dataclass(frozen=True)
class Reuse:
    """A verified question matched, and the literals to change (old → new)."""

    verified: Verified
    changes: tuple[tuple[str, str], ...] = ()


def find_verified(
    question: str, verified: list[Verified], exists: Exists | None = None, dialect: str = ""
) -> tuple[Reuse, ChartPlan] | None:
    """The first verified question ``question`` means, and its plan with parameters substituted."""
    words = normalise(question)
    if not words:
        return None
    for v in verified:
        if normalise(v.question) == words:
            return Reuse(v), v.plan
    for v in verified:
        found = _with_parameters(words, v, exists, dialect)
        if found is not None:
            return found
    return None


def reuse_verified(
    question: str, catalog: Catalog, exists: Exists | None = None
) -> ChartPlan | None:
    """The plan of the verified question ``question`` means on ``catalog`` (provenance
    ``verified``), or None. ``exists(table, column, value)`` confirms a new value of a column
    beyond the profile's samples (the engine asks the source)."""
    if catalog.semantic is None or not catalog.semantic.verified:
        return None
    found = find_verified(question, catalog.semantic.verified, exists, catalog.dialect)
    if found is None:
        return None
    reuse, plan = found
    said = "; ".join(f"{new} for {old}" for old, new in reuse.changes)
    note = f"Reused the verified plan of {reuse.verified.question!r}" + (
        f" with {said}." if said else "."
    )
    provenance = Provenance(
        planner="verified", kind="verified", verified=reuse.verified.question, notes=[note]
    )
    return plan.model_copy(update={"provenance": provenance})


def _with_parameters(
    words: list[str], v: Verified, exists: Exists | None, dialect: str
) -> tuple[Reuse, ChartPlan] | None:
    try:
        tree = sqlglot.parse_one(v.plan.sql, read=dialect or None)
    except Exception:
        return None
    literals = [lit for lit in tree.find_all(exp.Literal)]
    old_words = normalise(v.question)
    slots = _slots(old_words, literals)
    if not slots or len(old_words) != len(words):
        return None
    if any(old_words[i] != words[i] for i in range(len(words)) if i not in slots):
        return None
    changes: list[tuple[str, str]] = []
    for i in sorted(slots):
        old, new = old_words[i], words[i]
        if old == new:
            continue
        if not _substitute(tree, old, new, exists, dialect):
            return None
        changes.append((old, new))
    if not changes:
        return None
    title = v.plan.chart.title
    for old, new in changes:
        title = title.replace(old, new) if title else title
    chart = v.plan.chart.model_copy(update={"title": title})
    sql = tree.sql(dialect=dialect or None)
    return Reuse(v, tuple(changes)), v.plan.model_copy(update={"sql": sql, "chart": chart})


def _slots(words: list[str], literals: list[exp.Expression]) -> set[int]:
    """Positions of the question's words that the SQL holds as literals (or years of dates)."""
    values = set()
    for lit in literals:
        text = str(lit.this).lower()
        values.add(text)
        if lit.is_string and len(text) >= 4 and _YEAR.match(text[:4]):
            values.add(text[:4])
    return {i for i, w in enumerate(words) if w in values or _lemma(w) in values}


def _substitute(
    tree: exp.Expression, old: str, new: str, exists: Exists | None, dialect: str
) -> bool:
    """Change the literal(s) ``old`` into ``new`` in place; False when ``new`` does not fit."""
    if _YEAR.match(old):
        return _YEAR.match(new) is not None and _shift_years(tree, int(old), int(new))
    if re.fullmatch(r"\d+(\.\d+)?", old):
        if not re.fullmatch(r"\d+(\.\d+)?", new):
            return False
        hits = [lit for lit in tree.find_all(exp.Literal) if not lit.is_string and lit.this == old]
        for lit in hits:
            lit.replace(exp.Literal.number(new))
        return bool(hits)
    done = False
    for lit in list(tree.find_all(exp.Literal)):
        if not lit.is_string or str(lit.this).lower() != old:
            continue
        stored = _value_of_column(lit, new, exists)
        if stored is None:
            return False
        lit.replace(exp.Literal.string(stored))
        done = True
    return done


def _value_of_column(lit: exp.Literal, new: str, exists: Exists | None) -> str | None:
    """``new`` as the column compared with ``lit`` stores it, when it does."""
    parent = lit.parent
    column = next(
        (c for c in (parent.args.values() if parent else []) if isinstance(c, exp.Column)), None
    )
    if column is None and isinstance(parent, exp.In):
        column = parent.this if isinstance(parent.this, exp.Column) else None
    if column is None or exists is None:
        return None
    return exists(column.table, column.name, new)


def _shift_years(tree: exp.Expression, old: int, new: int) -> bool:
    """Move every literal year ``old`` (and ``old + 1``, a range's end) by ``new - old``."""
    delta, done = new - old, False
    for lit in list(tree.find_all(exp.Literal)):
        text = str(lit.this)
        if not lit.is_string and text in (str(old), str(old + 1)):
            lit.replace(exp.Literal.number(int(text) + delta))
            done = True
        elif (
            lit.is_string
            and text[:4] in (str(old), str(old + 1))
            and (len(text) == 4 or text[4] == "-")
        ):
            lit.replace(exp.Literal.string(str(int(text[:4]) + delta) + text[4:]))
            done = True
    return done


def value_lookup(catalog: Catalog, run: Callable[[str], list[object]] | None = None) -> Exists:
    """An :data:`Exists` over ``catalog``: a column's profiled values when they are all there,
    else ``run`` (a guarded one-row query through the source) when given."""
    from ..catalog.profile import ALL_VALUES_UPTO

    def exists(table: str, column: str, value: str) -> str | None:
        tables = [t for t in ([catalog.table(table)] if table else []) if t is not None] or [
            t for t in catalog.tables if t.column(column) is not None
        ]
        for t in tables:
            col = t.column(column)
            if col is None:
                continue
            known = {str(s).lower(): str(s) for s in col.samples if isinstance(s, str)}
            if value.lower() in known:
                return known[value.lower()]
            if col.distinct is not None and col.distinct <= ALL_VALUES_UPTO and known:
                continue  # the profile holds every value: not one of them
            if run is not None:
                query = (
                    exp.select(exp.column(col.name, quoted=True))
                    .from_(exp.Table(this=exp.to_identifier(t.name, quoted=True)))
                    .where(
                        exp.EQ(
                            this=exp.Lower(this=exp.column(col.name, quoted=True)),
                            expression=exp.Literal.string(value.lower()),
                        )
                    )
                    .limit(1)
                )
                rows = run(query.sql(dialect=catalog.dialect or None))
                if rows:
                    return str(rows[0])
        return None

    return exists


def verified_plan(
    question: str, catalog: Catalog, source: Source, limits: Limits
) -> ChartPlan | None:
    """:func:`reuse_verified` with new column values confirmed on ``source`` (a guarded,
    one-row query) when the profile does not hold them all."""
    if catalog.semantic is None or not catalog.semantic.verified:
        return None
    from ..sql.guard import check_sql, render

    def run(sql: str) -> list[object]:
        tree = check_sql(sql, dialect=source.dialect, tables=[t.name for t in catalog.tables]).tree
        return list(source.run(render(tree, source.dialect), limits).column(0).to_pylist())

    return reuse_verified(question, catalog, value_lookup(catalog, run))
