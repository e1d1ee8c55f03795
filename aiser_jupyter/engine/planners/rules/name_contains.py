"""The step that keeps rows by a word inside their name: "businesses with PIZZA in the name",
"films whose title contains love", "shops named like 'bakery'" — a case-blind LIKE '%word%' on
the text column the word "name"/"title" names (the one of the things the question is about,
else the only one, else their table's label column)."""

from __future__ import annotations

import re

from sqlglot import exp

from ...catalog.model import Column, Table
from ..lexicon import lemma, split_name
from .draft import Draft, column_ref
from .link import Mention
from .row_label import label

__all__ = ["name_contains"]

_NAME = r"(?P<name>name|title|label)s?"
_OWNER = r"(?:the|their|its|his|her)"
#: (phrase, whether the text looked for follows it): "with PIZZA in the name" holds the text
#: between "with" and "in" (group ``text``); "whose name contains", "named like" are
#: followed by it (one word, or a quoted text)
_PATTERNS = (
    (rf"\b(?:with|having|has|have|had) (?P<text>.+?) (?:in|within) {_OWNER} {_NAME}\b", False),
    (
        rf"\b(?:(?:whose|where (?:the|their|its)) )?{_NAME} (?:contains?|containing|includes?|including)(?: the (?:word|string|text))?\b",
        True,
    ),
    (r"\b(?P<verb>named|called|titled) like(?: the (?:word|string|text))?\b", True),
)
_VERB_NAMES = {"named": "name", "called": "name", "titled": "title"}
#: words no text looked for begins with (an article, a quantity: "with the most …")
_NOT_TEXT = frozenset(["the", "a", "an", "and", "or", "most", "least", "more", "less", "no"])


def name_contains(d: Draft) -> None:
    """ "top 4 businesses with PIZZA in the name": LOWER(business_name) LIKE '%pizza%';
    "with pizza or sushi in the name": either."""
    text = d.q.joined()
    for pattern, follows in _PATTERNS:
        for m in re.finditer(pattern, text):
            lo, hi = d.q.span(m.start(), m.end())
            if follows:
                looked, hi = [hi], hi + 1
            else:
                looked = list(range(*d.q.span(m.start("text"), m.end("text"))))
            parts = _texts(d, looked)
            touched = [x for x in d.mentions if x.lo < hi and x.hi > lo]
            if (
                parts is None
                or not all(d.q.free(i) for i in range(lo, hi))
                or any(id(x) in d.used for x in touched)
            ):
                continue
            word = m.groupdict().get("name") or _VERB_NAMES[m["verb"]]
            target = _name_column(d, lo, word, touched)
            if target is None:
                continue
            table, column = target
            quoted = [d.q.words[i].raw.strip("'\"") for i in looked if d.q.words[i].quoted]
            if len(quoted) == 1 == len(parts[0]) and quoted[0] != quoted[0].lower():
                # "with 'Engineering' in the name": quoted as typed, matched as typed
                terms = [
                    exp.Like(
                        this=column_ref(table, column),
                        expression=exp.Literal.string(f"%{quoted[0]}%"),
                    )
                ]
            else:
                terms = [
                    exp.Like(
                        this=exp.Lower(this=column_ref(table, column)),
                        expression=exp.Literal.string(f"%{part}%"),
                    )
                    for part in parts[0]
                ]
            d.where.append((table, exp.and_(*terms) if parts[1] else exp.or_(*terms)))
            d.q.claim(lo, hi, "text pattern")
            for x in touched:
                d.take(x, "text pattern")
            for x in d.free():  # "engineering subjects (… with 'Engineering' in the name)"
                if (
                    x.kind == "value"
                    and x.column is column
                    and str(x.best.value).lower() in parts[0]
                ):
                    d.take(x, "text pattern")


def _texts(d: Draft, looked: list[int]) -> tuple[list[str], bool] | None:
    """The texts looked for at words ``looked`` (at most three words each, "or"/"and"
    between them), lower-cased, and whether all must be there ("and")."""
    words = d.q.words
    if not looked or looked[-1] >= len(words) or words[looked[0]].text in _NOT_TEXT:
        return None
    parts: list[list[str]] = [[]]
    joins = set()
    for i in looked:
        w = words[i]
        if w.text in ("or", "and") and not w.quoted:
            parts.append([])
            joins.add(w.text)
        elif w.quoted or re.fullmatch(r"[\w&'-]+", w.text):
            parts[-1].append(w.raw.strip("'\"").lower() if w.quoted else w.text)
        else:
            return None
    if len(joins) > 1 or any(not p or len(p) > 3 for p in parts):
        return None
    return [" ".join(p) for p in parts], joins == {"and"}


def _name_column(
    d: Draft, lo: int, word: str, touched: list[Mention]
) -> tuple[Table, Column] | None:
    """The text column named ``word`` ("name", "title") of the things named just before word
    ``lo`` ("businesses with …": business_name), else the only such column of the tables the
    question names, else the label column of the table of those things."""
    owner = next((x for x in touched if x.lo < lo), None) or _owner(d, lo)
    tables = (
        [owner.table]
        if owner is not None
        else list({id(m.table): m.table for m in d.mentions}.values()) or list(d.catalog.tables)
    )
    named = [
        (t, c)
        for t in tables
        for c in t.columns
        if c.semantic in ("nominal", "geo") and word in split_name(c.name, expand=False)
    ]
    if owner is not None:
        noun = {lemma(w) for w in d.q.texts(owner.lo, owner.hi)}
        own = [(t, c) for t, c in named if noun & set(split_name(c.name, expand=False))]
        if owner.column is not None and any(c is owner.column for _, c in named):
            return owner.table, owner.column
        if len(own) == 1:
            return own[0]
    if len(named) == 1:
        return named[0]
    if (  # "subjects with 'Engineering' in the name": the subject column's own names
        owner is not None
        and not named
        and owner.kind == "column"
        and owner.column is not None
        and owner.column.semantic in ("nominal", "geo")
    ):
        return owner.table, owner.column
    lab = label(owner.table) if owner is not None else None
    if owner is not None and lab is not None and (not named or any(c is lab for _, c in named)):
        return owner.table, lab  # "items with chicken in the name": the items' label, item
    return None


def _owner(d: Draft, lo: int) -> Mention | None:
    """The mention of the things whose name is meant, ending just before ``lo`` (or one word
    before it: "restaurants whose …", "businesses that have …")."""
    return next(
        (
            m
            for m in d.mentions
            if lo - 2 <= m.hi <= lo and m.kind in ("table", "column") and m.lo < lo
        ),
        None,
    )
