"""Mentions: which spans of a question name which tables, columns and values, and
which aggregate words govern them — the raw material of rule planner v2's roles.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...catalog.model import Catalog, Column, Table
from ..lexicon import Link, Linker, lemma
from .conditions import Mention
from .reading import AGG_WORDS, FILLER, Reading

if TYPE_CHECKING:
    from .intent import Intent

__all__ = [
    "GROUP_CUES",
    "agg_before",
    "aggs_before",
    "best_values",
    "content_links",
    "dimension",
    "governs",
    "has_measure",
    "has_quantity",
    "is_dimension",
    "label",
    "mentions",
]

GROUP_CUES = {"each", "every", "per", "by", "different", "various"}


def label(table: Table) -> Column | None:
    from .schema_words import label_column as _label_column

    return _label_column(table)


def mentions(
    r: Reading, linker: Linker, catalog: Catalog
) -> tuple[list[Mention], list[tuple[Table, Column, Any]]]:
    tokens = ["" if i in r.ignore else lemma(w.text) for i, w in enumerate(r.words)]
    links = linker.link(tokens)
    named = {id(lk.table) for lk in links if lk.kind == "table" and lk.score >= 0.9}
    spans: dict[tuple[int, int], list[Any]] = {}
    held: dict[tuple[int, int], list[Any]] = {}
    values: list[tuple[Table, Column, Any]] = []
    for lk in links:
        if lk.kind == "value":
            if (
                lk.score >= 0.9
                and lk.column is not None
                and not any(c is lk.column for _, c, _ in values)
            ):
                values.append((lk.table, lk.column, lk.value))
            continue
        if lk.end - lk.start == 1 and r.words[lk.start].text in AGG_WORDS:
            # "total", "number", "average" are instructions, not a column's synonym; a column
            # named exactly so ("amount") is decided once the other mentions are known
            if lk.kind == "column" and lk.score >= 1.0:
                held.setdefault((lk.start, lk.end), []).append(lk)
            continue
        spans.setdefault((lk.start, lk.end), []).append(lk)
    for span, cands in held.items():
        if not governs([w.text for w in r.words], span[0], {start for start, _ in spans}):
            spans[span] = cands

    def rank(lk: Any, context: set[int]) -> float:
        score: float = (
            lk.score
            + (0.15 if id(lk.table) in named else 0.0)
            + (0.1 if id(lk.table) in context else 0.0)
        )
        if lk.column is not None and lk.column.semantic == "key" and not lk.column.primary_key:
            score -= 0.1
        if lk.kind == "table":
            score += 0.02
        return score

    # tables of spans that have only one reading give context to the ambiguous ones
    sure = {id(c[0].table) for c in spans.values() if len({id(lk.table) for lk in c}) == 1}
    mentions: list[Mention] = []
    bests = {span: max(cands, key=lambda lk: rank(lk, sure)) for span, cands in spans.items()}
    for (start, end), cands in sorted(spans.items()):
        best = bests[(start, end)]
        if best.kind == "column" and id(best.table) not in named:
            # "gender of a member": a synonym in a table the question names beats an exact
            # name in a table nothing else in the question points to
            own = [
                lk
                for lk in cands
                if lk.kind == "column" and id(lk.table) in named and lk.score >= 0.5
            ]
            if own and not any(
                b.table is best.table for span, b in bests.items() if span != (start, end)
            ):
                best = max(own, key=lambda lk: rank(lk, sure))
        mentions.append(Mention(start, end, best.table, best.column, rank(best, sure)))
    values = best_values(values, links, named | sure)
    for m in mentions:
        m.agg = agg_before(r, m.start, mentions)
        before = [w.text for w in r.words[max(0, m.start - 2) : m.start]]
        m.group_cue = bool(GROUP_CUES & set(before))
    return mentions, values


def best_values(
    values: list[tuple[Table, Column, Any]], links: list[Any], context: set[int]
) -> list[tuple[Table, Column, Any]]:
    """One column per literal: the one whose table the question is about."""
    by_span: dict[tuple[int, int], list[Any]] = {}
    for lk in links:
        if lk.kind == "value" and lk.score >= 0.9 and lk.column is not None:
            by_span.setdefault((lk.start, lk.end), []).append(lk)
    out: list[tuple[Table, Column, Any]] = []
    for cands in by_span.values():
        best = max(cands, key=lambda lk: (id(lk.table) in context, lk.score))
        if not any(c is best.column and v == best.value for _, c, v in out):
            out.append((best.table, best.column, best.value))
    merged: dict[int, list[tuple[Table, Column, Any]]] = {}
    for t, c, v in out:
        merged.setdefault(id(c), []).append((t, c, v))
    return [
        group[0] if len(group) == 1 else (group[0][0], group[0][1], tuple(v for _, _, v in group))
        for group in merged.values()
    ]


def agg_before(r: Reading, start: int, mentions: list[Mention]) -> str | None:
    i = start - 1
    while i >= 0 and start - i <= 5:
        word = r.words[i].text
        if any(m.start <= i < m.end for m in mentions) or any(
            lo <= i < hi for lo, hi, _ in r.vs_average
        ):
            return None
        if word in AGG_WORDS and not (
            word == "number"
            and i + 1 < len(r.words)
            and r.words[i + 1].text != "of"
            and i + 1 != start
        ):
            if (
                word == "total"
                and i + 1 < len(r.words)
                and r.words[i + 1].text in ("number", "count")
            ):
                return "count"
            if word in ("many",) and i > 0 and r.words[i - 1].text != "how":
                return None
            return AGG_WORDS[word]
        if word not in FILLER:
            return None
        i -= 1
    return None


def governs(words: list[str], i: int, starts: set[int]) -> bool:
    """Whether the aggregate word ``words[i]`` applies to a mention starting at one of
    ``starts`` after it ("total amount", "number of the orders") rather than being a
    column's name itself ("amount by region")."""
    j = i + 1
    while j < len(words) and j - i <= 5:
        if j in starts:
            return True
        if words[j] not in FILLER and words[j] not in AGG_WORDS:
            return False
        if words[j] in ("and", "or") and (j + 1 >= len(words) or words[j + 1] not in AGG_WORDS):
            return False  # "amount and quantity": a list of columns ("total and average x" goes on)
        j += 1
    return False


def aggs_before(r: Reading, start: int) -> list[str]:
    found: list[str] = []
    i = start - 1
    while i >= 0 and start - i <= 6:
        word = r.words[i].text
        if word in AGG_WORDS:
            found.insert(0, AGG_WORDS[word])
        elif word not in FILLER and word not in ("or",):
            break
        i -= 1
    return found


def dimension(m: Mention) -> tuple[Table, Column] | None:
    if m.column is None:
        named = label(m.table)
        return (m.table, named) if named is not None else None
    return m.table, m.column


# ---------------------------------------------------------------- links (rule planner v1)
def content_links(links: list[Link], tokens: list[str]) -> list[Link]:
    """The links that name what to plot: an aggregate word ("count", "total") is an
    instruction unless it is a column's exact name and governs nothing after it, and on a
    span with an exact name a generic synonym ("sales" → an amount column) does not count."""
    best: dict[tuple[int, int], float] = {}
    for lk in links:
        if lk.kind != "value":
            best[(lk.start, lk.end)] = max(best.get((lk.start, lk.end), 0.0), lk.score)
    starts = {lk.start for lk in links if tokens[lk.start] not in AGG_WORDS}
    out = []
    for lk in links:
        if lk.kind != "value":
            if lk.score < 0.9 and best[(lk.start, lk.end)] >= 1.0:
                continue
            instruction = lk.end - lk.start == 1 and tokens[lk.start] in AGG_WORDS
            if instruction and (
                lk.kind != "column" or lk.score < 1.0 or governs(tokens, lk.start, starts)
            ):
                continue
        out.append(lk)
    return out


def has_measure(links: list[Link], intent: Intent) -> bool:
    return has_quantity(links) or (intent.aggregate in ("count", "distinct") and bool(links))


def has_quantity(links: list[Link]) -> bool:
    return any(
        lk.kind == "column" and lk.column is not None and lk.column.semantic == "quantitative"
        for lk in links
    )


def is_dimension(lk: Link) -> bool:
    if lk.kind == "table":
        return label(lk.table) is not None
    return lk.column is not None and lk.column.semantic in ("nominal", "geo", "boolean")
