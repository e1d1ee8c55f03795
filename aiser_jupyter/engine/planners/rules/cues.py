"""The words a grouping cue ("by", "per", "for each") governs: the column, table or role
named after it, with only gap words between."""

from __future__ import annotations

from ...catalog.model import Column
from .draft import Draft, calendar_part
from .link import Mention
from .qualifiers import free_noun

__all__ = ["after_cue", "named_at", "plural_code", "rate_unit"]

#: word kinds that may stand between a grouping cue and its column ("by the customer's nation")
GAP = frozenset(
    ["the", "a", "an", "their", "its", "each", "every", "different", "various", "individual", "of"]
)


def after_cue(d: Draft, cue: int) -> Mention | None:
    """The mention the grouping cue at word ``cue`` names (None: a value, or nothing)."""
    i = cue + 1
    while i < len(d.q) and i - cue <= 4:
        if i in d.r.group_cues or d.q.used.get(i) in ("unit", "bins"):  # "by [years of] education"
            i += 1
            continue
        m = named_at(d, i)
        if m is not None and m.kind == "value":
            return _named_after_value(d, m)
        if m is not None:
            return m
        if _modifier(d, cue, i) and (named := _modified(d, i + 1)) is not None:
            return named  # "by [clock] speed", "by [tumour] grade": a noun naming nothing
        if d.q.words[i].text not in GAP:
            return None
        i += 1
    return None


def _modifier(d: Draft, cue: int, i: int) -> bool:
    """Word ``i`` after the cue "by" or "each" is a free noun that names nothing, typed
    outside parentheses ("per [person] (nominal dollars)" is a rate's unit, no grouping)."""
    words = d.q.words
    if words[cue].text not in ("by", "each", "every") or i + 1 >= len(words):
        return False
    return free_noun(d, i) and not words[i].paren and not words[i + 1].paren


def _modified(d: Draft, i: int) -> Mention | None:
    """The column named at word ``i`` right after a free noun, when the noun names nothing
    of the data: the noun says what the column is of ("clock speed" of ``speed``) — unless
    the column is a time its table has another of ("by [release] year" beside a timestamp:
    the noun says which time) or the noun is said again ("released before 1950")."""
    m = next((x for x in d.mentions if x.lo == i and id(x) not in d.used), None)
    if m is None or m.kind != "column" or m.column is None:
        return None
    if any(c.kind == "value" for c in m.cands) or _said_again(d, i - 1):
        return None
    if calendar_part(m.column) or m.column.semantic == "temporal":
        times = [c for c in m.table.columns if calendar_part(c) or c.semantic == "temporal"]
        if len(times) > 1:
            return None
    return m


def _said_again(d: Draft, i: int) -> bool:
    stem = d.q.words[i].lemma[:5]
    return any(w.i != i and w.text.startswith(stem) for w in d.q.words)


def named_at(d: Draft, i: int) -> Mention | None:
    """The free mention starting at word ``i`` — or, when words from ``i`` on describe a name
    typed in parentheses after them ("sex (female)"), the mention of that name."""
    found = next((m for m in d.mentions if m.lo == i and id(m) not in d.used), None)
    while found is None and d.q.used.get(i) == "described by its name":
        i += 1
        found = next((m for m in d.mentions if m.lo == i and id(m) not in d.used), None)
    return found


def _named_after_value(d: Draft, value: Mention) -> Mention | None:
    """ "by hurricane category": a value of one column ('hurricane' of status) right before
    another column of its table names that column's groups, within the rows the value keeps
    (the value stays free for the filters)."""
    nxt = next((x for x in d.mentions if x.lo == value.hi and id(x) not in d.used), None)
    if (
        nxt is None
        or nxt.kind != "column"
        or nxt.table is not value.table
        or nxt.column is value.column
    ):
        return None
    return nxt


#: the things "per" makes a rate of ("per person", "per capita", "per head")
_PER_UNITS = frozenset(["person", "capita", "head", "inhabitant", "resident"])


def rate_unit(d: Draft, m: Mention) -> bool:
    """ "per [person]" read as a number column (``personsPerFamily``): the unit of a rate,
    never a grouping by that number."""
    return (
        d.q.words[m.lo].text in _PER_UNITS
        and m.column is not None
        and m.column.semantic == "quantitative"
    )


#: most distinct values an integer column named in the plural may have to be read as codes
_FEW_CODES = 30


def plural_code(d: Draft, m: Mention, column: Column) -> bool:
    """ "regions ranked by total employment" of an integer ``region`` of 9 values: a column
    named in the plural whose few integer values are codes of things, each one a bar."""
    word = d.q.words[m.hi - 1]
    return (
        word.lemma != word.text
        and "int" in column.type.lower()
        and 1 < (column.distinct or 0) <= _FEW_CODES
    )
