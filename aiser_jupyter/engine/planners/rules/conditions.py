"""Filters a question states about rows: literal values, comparisons with numbers and
with a column's average, yes/no flags named as properties.

Shared by :mod:`.rules_v2`; works on :class:`Mention` spans and a rule draft.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlglot import exp

from ...catalog.model import Catalog, Column, Table
from .reading import COMPARATORS, Reading

if TYPE_CHECKING:
    from .planner import Draft

__all__ = [
    "Mention",
    "comparisons",
    "flag_filters",
    "in_span",
    "like_filters",
    "literal_column",
    "numeric_equals",
    "vs_average",
]


@dataclass
class Mention:
    start: int
    end: int
    table: Table
    column: Column | None  #: None: the table itself
    score: float
    agg: str | None = None
    group_cue: bool = False

    def same(self, other: Mention) -> bool:
        return self.table is other.table and self.column is other.column


def in_span(span: tuple[int, int] | None, m: Mention) -> bool:
    return span is not None and span[0] <= m.start < span[1]


_TRUE = ("y", "yes", "t", "true", "1")
_FALSE = ("n", "no", "f", "false", "0")


def literal_column(catalog: Catalog, literal: str) -> tuple[Table, Column, Any] | None:
    wanted = literal.strip().lower()
    for table in catalog.tables:
        for column in table.columns:
            for v in column.samples:
                if isinstance(v, str) and v.strip().lower() == wanted:
                    return table, column, v
    return None


def comparisons(r: Reading, mentions: list[Mention], draft: Draft) -> None:
    """ "<column> more than 3", "age below 20", "born after 1990": WHERE terms on the nearest column before."""
    compared: list[tuple[Table, Column]] = []
    for pattern, op in COMPARATORS:
        for m in re.finditer(rf"\b(?:{pattern}) (-?\d+(?:\.\d+)?)\b", r.text):
            pos = next((i for i, w in enumerate(r.words) if w.start >= m.start()), None)
            if pos is None:
                continue
            before = [
                mm
                for mm in mentions
                if mm.end <= pos
                and pos - mm.end <= 4
                and mm.column is not None
                and mm.column.semantic in ("quantitative", "temporal")
            ]
            if not before and re.match(r"(older|younger)", m[0]):
                before = [
                    Mention(0, 0, t, c, 1.0)
                    for t in _tables_of(mentions)
                    for c in t.columns
                    if c.semantic == "quantitative"
                    and "age" in re.split(r"[^a-z]+", c.name.lower())
                ]
            if not before:
                continue
            target = before[-1]
            assert target.column is not None
            number = float(m[1]) if "." in m[1] else int(m[1])
            col = exp.column(target.column.name, table=target.table.name)
            value: exp.Expression = exp.convert(number)
            if target.column.semantic == "temporal":
                value = exp.Literal.string(f"{number}")
                op = {">": ">=", "<": "<"}.get(op, op)
                if op == ">=":
                    value = exp.Literal.string(f"{int(number) + 1}")
            ops = {">": exp.GT, "<": exp.LT, ">=": exp.GTE, "<=": exp.LTE, "!=": exp.NEQ}
            draft.conditions.append((target.table, ops[op](this=col, expression=value)))
            compared.append((target.table, target.column))
    draft._compared = compared  # type: ignore[attr-defined]


def _flag_value(column: Column, truthy: bool) -> Any:
    """The stored yes/no value of a two-valued flag column, or None when it is no flag."""
    values = [v for v in column.samples if v is not None]
    if not values or len(values) > 2 or (column.distinct or 0) > 2:
        return None
    words = [str(v).strip().lower() for v in values]
    if not all(w in _TRUE + _FALSE for w in words):
        return None
    wanted = _TRUE if truthy else _FALSE
    hit = next((v for v, w in zip(values, words, strict=True) if w in wanted), None)
    if hit is None and not truthy:
        return None
    return hit if hit is not None else (1 if isinstance(values[0], int) else None)


def flag_filters(r: Reading, content: list[Mention], draft: Draft) -> list[Mention]:
    """ "members that were verified", "active people", "accounts on hold": a yes/no column
    named as a property is a filter, not something to plot."""
    others = [m for m in content if m.column is None or _flag_value(m.column, True) is None]
    if not others:
        return content
    out: list[Mention] = []
    for m in content:
        if (
            m.column is None
            or m.agg
            or m.group_cue
            or any(in_span(span, m) for span in (r.x_words, r.y_words, r.color_words, r.bin_words))
        ):
            out.append(m)
            continue
        before = {w.text for w in r.words[max(0, m.start - 4) : m.start]}
        negated = bool(before & {"not", "never", "non", "don't", "doesn't", "isn't", "wasn't"})
        value = _flag_value(m.column, not negated)
        if value is None:
            out.append(m)
            continue
        draft.filters.append((m.table, m.column, value))
    return out


def vs_average(r: Reading, mentions: list[Mention], draft: Draft) -> list[Mention]:
    """ "age smaller than the average", "older than average": the column against its mean.

    Returns the mentions the comparison used up.
    """
    used: list[Mention] = []
    for lo, hi, op in r.vs_average:
        numeric = [
            m for m in mentions if m.column is not None and m.column.semantic == "quantitative"
        ]
        after = [m for m in numeric if hi <= m.start <= hi + 1]
        before = [m for m in numeric if m.end <= lo and lo - m.end <= 3]
        target: Mention | None = after[0] if after else (before[-1] if before else None)
        if target is None and re.match(r"(older|younger)", r.words[lo].text):
            target = next(
                (
                    Mention(0, 0, t, c, 1.0)
                    for t in _tables_of(mentions)
                    for c in t.columns
                    if c.semantic == "quantitative"
                    and "age" in re.split(r"[^a-z]+", c.name.lower())
                ),
                None,
            )
        if target is None or target.column is None:
            continue
        col = exp.column(target.column.name, table=target.table.name)
        mean = exp.select(exp.Avg(this=exp.column(target.column.name))).from_(
            exp.Table(this=exp.to_identifier(target.table.name))
        )
        ops = {">": exp.GT, "<": exp.LT}
        draft.conditions.append(
            (target.table, ops[op](this=col, expression=exp.Subquery(this=mean)))
        )
        used += after[:1] + before[-1:]
    return used


def _tables_of(mentions: list[Mention]) -> list[Table]:
    seen: dict[int, Table] = {}
    for m in mentions:
        seen.setdefault(id(m.table), m.table)
    return list(seen.values())


_NEG = r"(?:(?:does|do|did) not |doesn't |don't |not |without )?"
_LETTERS = r"(?:the )?letters? ['\"]?([a-z0-9])['\"]?((?: (?:or|and) ['\"]?[a-z0-9]['\"]?)*)"
_PATTERNS: tuple[tuple[str, str], ...] = (
    # "who have the letters D or S in their first name", "without the letter M in their name"
    (
        rf"\b({_NEG})(?:have |has |having |contain |contains |containing |with |include |"
        rf"includes |including )?{_LETTERS} in (?:their|the|its|his|her) (?P<after>[a-z_ ]+?)"
        r"(?=,|\.|$| and | or | a | show| give| draw| visuali| return| find)",
        "%{}%",
    ),
    (rf"\b({_NEG})(?:starts?|starting|begins?|beginning) with {_LETTERS}", "{}%"),
    (rf"\b({_NEG})(?:starts?|starting|begins?|beginning) with ['\"]?([\w-]+)['\"]?()", "{}%"),
    (rf"\b({_NEG})(?:ends?|ending) with {_LETTERS}", "%{}"),
    (rf"\b({_NEG})(?:ends?|ending) with ['\"]?([\w-]+)['\"]?()", "%{}"),
    (rf"\b({_NEG})(?:contains?|containing|includes?|including) {_LETTERS}", "%{}%"),
    (
        rf"\b({_NEG})(?:contains?|containing|includes?|including) (?:the (?:word|string|text) )?"
        r"['\"]([^'\"]+)['\"]()",
        "%{}%",
    ),
)


def like_filters(r: Reading, mentions: list[Mention], draft: Draft) -> list[Mention]:
    """ "names starting with 'Nor'", "the letters D or S in their first name", "does not
    contain the letter M": text patterns on the named (or nearest preceding) text column.

    Returns the mentions the patterns used up.
    """
    used: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for pattern, template in _PATTERNS:
        for m in re.finditer(pattern, r.text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            texty = [
                mm
                for mm in mentions
                if mm.column is not None and mm.column.semantic in ("nominal", "geo")
            ]
            if m.groupdict().get("after"):
                lo = next((i for i, w in enumerate(r.words) if w.start >= m.start("after")), -1)
                target = next((mm for mm in texty if mm.start == lo), None)
            else:
                pos = next((i for i, w in enumerate(r.words) if w.start >= m.start()), len(r.words))
                near = [mm for mm in texty if mm.end <= pos and pos - mm.end <= 3]
                target = near[-1] if near else None
            if target is None or target.column is None:
                continue
            values = [m[2], *re.findall(r"\b[a-z0-9]\b", m[3] or "")]
            col = exp.column(target.column.name, table=target.table.name)
            likes = [
                exp.ILike(this=col.copy(), expression=exp.Literal.string(template.format(v)))
                for v in values
            ]
            cond: exp.Expression = exp.and_(*likes) if m[3] and " and " in m[3] else exp.or_(*likes)
            if m[1]:
                cond = exp.Not(this=exp.Paren(this=cond))
            draft.conditions.append((target.table, cond))
            used.append(target)
            taken.append((m.start(), m.end()))
    return used


def numeric_equals(r: Reading, mentions: list[Mention], draft: Draft) -> list[Mention]:
    """ "shops from zone 1", "lines with quantity 1 or 2": a number right after a
    numeric column's name is an equality filter on it."""
    used: list[Mention] = []
    for mm in mentions:
        col = mm.column
        if col is None or col.semantic not in ("quantitative", "key") or mm.agg:
            continue
        rest = " ".join(w.text for w in r.words[mm.end : mm.end + 5])
        hit = re.match(r"(\d+(?:\.\d+)?)((?: (?:or|and) \d+(?:\.\d+)?)*)\b", rest)
        if hit is None or (mm.end < len(r.words) and r.words[mm.end].text in ("and", "or")):
            continue
        if " and " in (hit[2] or ""):
            continue  # "between 3 and 5" and lists of conditions are read elsewhere
        numbers = [hit[1], *re.findall(r"\d+(?:\.\d+)?", hit[2] or "")]
        values = [float(n) if "." in n else int(n) for n in numbers]
        target = exp.column(col.name, table=mm.table.name)
        cond: exp.Expression = (
            exp.EQ(this=target, expression=exp.convert(values[0]))
            if len(values) == 1
            else exp.In(this=target, expressions=[exp.convert(v) for v in values])
        )
        draft.conditions.append((mm.table, cond))
        used.append(mm)
    return used
