"""Patterns on a text column: "names starting with 'Orbit'", "the letters D or S in their
first name", "packages whose names start with lower-case gg" (a case said keeps the case)."""

from __future__ import annotations

import re

from sqlglot import exp

from .draft import Draft, column_ref

__all__ = ["likes"]


_NEG = r"(?:(?:does|do|did) not |doesn't |don't |not |without )?"
_LETTERS = r"(?:the )?letters? ['\"]?([a-z0-9])['\"]?((?: (?:or|and) ['\"]?[a-z0-9]['\"]?)*)"
#: a case said before the letters ("starting with lower-case gg"): kept as typed, not folded
_CASE_WORDS = r"(?:lower|upper)(?:-| )?case |capital "
_CASE = rf"(?:{_CASE_WORDS})?"
#: text patterns on a text column: (regex, LIKE template); group 1 negation, 2 value, 3 more values
_LIKES: tuple[tuple[str, str], ...] = (
    (
        rf"\b({_NEG})(?:have |has |having |contain |contains |containing |with |include |includes |including )?{_LETTERS} in (?:their|the|its|his|her) (?P<after>[a-z_ ]+?)(?=,|\.|$| and | or | a | show| give| draw| visuali| return| find)",
        "%{}%",
    ),
    (rf"\b({_NEG})(?:starts?|starting|begins?|beginning) with {_LETTERS}", "{}%"),
    (
        rf"\b({_NEG})(?:starts?|starting|begins?|beginning) with {_CASE}['\"]?([\w-]+)['\"]?()",
        "{}%",
    ),
    (rf"\b({_NEG})(?:ends?|ending) with {_LETTERS}", "%{}"),
    (rf"\b({_NEG})(?:ends?|ending) with {_CASE}['\"]?([\w-]+)['\"]?()", "%{}"),
    (rf"\b({_NEG})(?:contains?|containing|includes?|including) {_LETTERS}", "%{}%"),
    (
        rf"\b({_NEG})(?:contains?|containing|includes?|including) (?:the (?:word|string|text) )?['\"]?([\w-]+)['\"]?()",
        "%{}%",
    ),
)


def likes(d: Draft) -> None:
    """ "names starting with 'Orbit'", "the letters D or S in their first name": patterns on
    the named (or the nearest earlier) text column."""
    text = " ".join(w.raw.lower() if not w.quoted else w.raw for w in d.q.words)
    for pattern, template in _LIKES:
        for m in re.finditer(pattern, text):
            lo, hi = d.q.span(m.start(), m.end())
            if not all(
                d.q.free(i) or d.q.used.get(i) in ("value", "identifier")
                for i in range(lo, hi)
                if i < len(d.q)
            ):
                continue
            texty = [
                x
                for x in d.mentions
                if x.column is not None and x.column.semantic in ("nominal", "geo")
            ]
            if m.groupdict().get("after"):
                a = d.q.span(m.start("after"), m.end("after"))[0]
                target = next((x for x in texty if x.lo == a), None)
            else:
                near = [x for x in texty if x.hi <= lo and lo - x.hi <= 4]
                target = near[-1] if near else None
            if target is None or target.column is None:
                continue
            values = [m[2], *re.findall(r"\b[a-z0-9]\b", m[3] or "")]
            k = d.q.span(m.start(2), m.end(2))[0]
            if k < len(d.q) and d.q.words[k].quoted:
                values[0] = d.q.words[k].raw  # "starting with 'Retail Trade'": the whole quote
            col = column_ref(target.table, target.column)
            cased = re.search(_CASE_WORDS, m[0]) is not None  # "lower-case gg": as typed
            terms = [
                exp.Like(
                    this=col.copy() if cased else exp.Lower(this=col.copy()),
                    expression=exp.Literal.string(template.format(v if cased else v.lower())),
                )
                for v in values
            ]
            cond: exp.Expression = exp.and_(*terms) if m[3] and " and " in m[3] else exp.or_(*terms)
            if m[1]:
                cond = exp.Not(this=exp.Paren(this=cond))
            d.where = [w for w in d.where if not _same_value(w[1], target.column.name, values)]
            d.where.append((target.table, cond))  # the quoted value is the pattern, not a value
            d.q.claim(lo, hi, "text pattern")
            if id(target) not in d.used:
                d.take(target, "text pattern")


def _same_value(cond: exp.Expression, column: str, values: list[str]) -> bool:
    """``column = 'v'`` for one of ``values`` (any case): "a title starting with 'Retail Trade'"
    read before as the value itself."""
    if not isinstance(cond, exp.EQ) or not isinstance(cond.this, exp.Column):
        return False
    literal = cond.expression
    return (
        cond.this.name.lower() == column.lower()
        and isinstance(literal, exp.Literal)
        and str(literal.this).lower() in {v.lower() for v in values}
    )
