"""A value held by two sibling columns that differ only by a role word (HomeTeam / AwayTeam,
primary_type / secondary_type, winner_name / loser_name): the role the question names picks
the column ("X's home goals", "X at home", "away matches of X"); naming none, or both, it is
left to the caller to ask which one."""

from __future__ import annotations

from ..lexicon import split_name
from .draft import Draft
from .link import Candidate, Mention

__all__ = ["by_role"]


def _role_pair(tied: list[Candidate]) -> tuple[str, str] | None:
    """The two role words of two columns of one table whose names are the same words but for
    one ("home team" / "away team"): the shared rest is the stem, never empty, never a number."""
    columns = {id(c.column): c for c in tied if c.column is not None}
    if len(columns) != 2 or len({id(c.table) for c in tied}) != 1:
        return None
    a, b = (split_name(c.column.name) for c in columns.values() if c.column is not None)
    if len(a) != len(b) or len(a) < 2:
        return None
    differ = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(differ) != 1:
        return None
    ra, rb = a[differ[0]], b[differ[0]]
    if not ra.isalpha() or not rb.isalpha() or len(ra) < 2 or len(rb) < 2:
        return None  # team1 / team2: no role word the question could say
    return ra, rb


def _measured(d: Draft, x: Mention, measured: set[int]) -> bool:
    """A column mention that is (or, still free and compared with nothing, will be) the number
    measured: "home goals per season", not "with at least 3 home goals"."""
    if id(x.best.column) in measured:
        return True
    if id(x) in d.used:
        return False
    return not any(c.lo - 1 <= x.hi and x.lo <= c.hi + 1 for c in d.r.compares)


def by_role(d: Draft, m: Mention, tied: list[Candidate]) -> list[Candidate]:
    """The candidate whose column plays the one role the question names, or ``tied`` as it
    was. A role word said of the rows or the value ("home matches", "at home", "away team")
    wins; else the role word of the number measured ("home goals"); a role word of any other
    column ("with more than 3 home goals") leaves the choice open."""
    pair = _role_pair(tied)
    if pair is None:
        return tied
    own = {id(c.column) for c in tied}
    measured = {id(x.column) for x in d.measures if x.column is not None}
    said: dict[str, set[str]] = {"rows": set(), "measure": set(), "other": set()}
    spots: dict[str, list[Mention]] = {}
    for i in range(len(d.q)):
        if m.lo <= i < m.hi:
            continue
        words = {d.q.texts(i, i + 1)[0].lower(), d.q.lemmas(i, i + 1)[0]}
        role = next((r for r in pair if r in words), None)
        if role is None:
            continue
        around = [
            x
            for x in d.mentions
            if x is not m and x.lo <= i < x.hi and x.best.column is not None
            if id(x.best.column) not in own
        ]
        if not around:
            mine = [x for x in d.mentions if x is not m and x.lo <= i < x.hi]
            if any(id(x) in d.used and d.q.used.get(x.lo) != "role" for x in mine):
                return tied  # "number of away [teams]": the word is already read otherwise
            said["rows"].add(role)
            spots.setdefault(role, []).extend(mine)
        elif all(_measured(d, x, measured) for x in around):
            said["measure"].add(role)
        else:
            said["other"].add(role)
    if said["other"]:
        return tied
    roles = said["rows"] or said["measure"]
    if len(roles) != 1:
        return tied
    role = next(iter(roles))
    playing = [c for c in tied if c.column is not None and role in split_name(c.column.name)]
    if len({id(c.column) for c in playing}) != 1:
        return tied
    for x in spots.get(role, []):
        d.take(x, "role")  # "home" of "home matches" names the role, not the home team column
    column = playing[0].column
    assert column is not None
    d.notes.append(
        f"{playing[0].value!r} is a value of two columns; read as {playing[0].table.name}."
        f"{column.name}, the {role} one the question names"
    )
    return playing
