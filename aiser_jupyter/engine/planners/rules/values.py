"""The step that keeps rows by a column's values: "for Asian customers", "in the BUILDING
segment", "from JFK" (the role a value plays), "males vs females" (a series each)."""

from __future__ import annotations

import itertools
from typing import Any

from ....errors import error
from ..genus import KINDS
from ..kept_words import SEXES
from ..lexicon import split_name
from ..list_values import keeps
from .draft import Dim, Draft, column_ref
from .link import Candidate, Mention
from .role_pairs import by_role

__all__ = ["values"]


def values(d: Draft) -> None:
    """ "for Asian customers", "in the BUILDING segment", "males vs females": a column's values.
    Two values of one column compared ("AUTOMOBILE compared with MACHINERY") make a series."""
    by_column: dict[int, list[tuple[Mention, Any]]] = {}
    grouped = {id(x.column) for x in d.dims}
    _versus_values(d)
    for m in d.free():
        if m.kind != "value" or m.column is None:
            continue
        # "rodents by genus": the value belongs to a column other than the grouping, if one has it
        other = next(
            (c for c in m.cands if c.kind == "value" and id(c.column) not in grouped), None
        )
        if other is not None and other is not m.best:
            m.cands.remove(other)
            m.cands.insert(0, other)
        _by_siblings(d, m)
        _one_column(d, m, grouped)
        if _genus(d, m):
            d.take(m, "rows")  # "municipalities by type", "by municipality type"
            continue
        by_column.setdefault(id(m.column), []).append((m, m.best.value))
    for group in by_column.values():
        m0 = group[0][0]
        table, column = m0.table, m0.column
        assert column is not None
        vals = list(dict.fromkeys(v for _, v in group))
        target = column_ref(table, column)
        if len(vals) > 1:
            joined = _joined_by(d, [m for m, _ in group])
            series = bool(d.r.versus) or joined == "and" or _by_whether(d, group[0][0])
            if not any(dim.column is column for dim in d.dims) and (
                not d.dims or (series and len(d.dims) < 2)
            ):
                d.dims.append(Dim(table, column))  # one bar per value named, or a series each
                if series and len(d.dims) == 1 and _over_a_span(d):
                    _along_time(d)
        if any(dim.column is column for dim in d.dims):
            vals = [str(v) if isinstance(v, str) else v for v in vals]  # a bar per whole value
        d.where.append((table, keeps(target, vals)))
        for m, _ in group:
            d.take(m, "value")
        for lo, hi in d.r.versus:
            d.q.claim(lo, hi, "versus")


def _over_a_span(d: Draft) -> bool:
    """ "Africa compared with Europe since 1980": values compared over a span of years."""
    if d.r.mark not in (None, "line", "area") or d.r.unit is not None or d.r.over_time:
        return False
    return any(
        tr.years is not None and tr.years[0] != tr.years[1] and not tr.year_list
        for tr in d.r.ranges
    )


def _along_time(d: Draft) -> None:
    """A line per value along the time axis of the span: the comparison is how they moved."""
    from .groups import time_axis

    d.r.over_time = True
    time_axis(d)
    if len(d.dims) == 2:
        d.dims[1].color = True
    else:
        d.r.over_time = False


#: "from JFK" / "to LAX": the words before a value that say which of two roles it plays, and
#: the words of the column names that play it (trips.origin / trips.dest, pickup / dropoff)
_ROLE_CUES = (
    (
        frozenset({"from", "departing", "leaving", "out"}),
        frozenset(
            {
                "origin",
                "orig",
                "source",
                "src",
                "from",
                "departure",
                "depart",
                "start",
                "sender",
                "pickup",
                "shipper",
                "home",
            }
        ),
    ),
    (
        frozenset({"to", "into", "arriving", "towards", "toward"}),
        frozenset(
            {
                "dest",
                "destination",
                "to",
                "arrival",
                "arrive",
                "end",
                "target",
                "recipient",
                "receiver",
                "dropoff",
                "away",
            }
        ),
    ),
)


def _one_column(d: Draft, m: Mention, grouped: set[int]) -> None:
    """A value found in several columns, equally likely ("JFK" in origin and dest): the word
    before it picks the role ("from JFK", "to LAX"); a column that only refers to another one
    of the candidates (stations.code, referred to by trips.origin) yields to the referrer;
    still several, the question is refused with the columns to choose from, never guessed."""
    best = m.best
    tied = [c for c in m.cands if c.kind == "value" and c.rank >= best.rank - 1e-9]
    tied = [c for c in tied if id(c.column) not in grouped] or tied  # "rodents by genus"
    columns = {(c.table.name, c.column.name) for c in tied if c.column is not None}
    if len(columns) < 2:
        return
    referred = {
        (j.ref_table, j.ref_column) for j in d.catalog.joins if (j.table, j.column) in columns
    }
    tied = [
        c for c in tied if c.column is not None and (c.table.name, c.column.name) not in referred
    ] or tied
    before = [t for t in d.q.texts(max(0, m.lo - 3), m.lo) if t not in ("the", "a", "an", "of")][
        -1:
    ]
    for cues, names in _ROLE_CUES:
        if before and before[0] in cues:
            playing = [
                c for c in tied if c.column is not None and set(split_name(c.column.name)) & names
            ]
            if len(playing) == 1:
                tied = playing
                break
    tied = _one_key(d, tied)
    tied = _sex_column(d, m, tied)
    tied = _in_plan(d, m, tied)
    tied = by_role(d, m, tied)  # "Bayern's home goals": HomeTeam, not AwayTeam
    if len({(c.table.name, c.column.name if c.column else "") for c in tied}) > 1:
        typed = " ".join(d.q.texts(m.lo, m.hi))
        if len({c.value for c in tied}) > 1:  # "carnivores": carni (diet) or Carnivora (order)
            msg = f"{typed!r} may mean " + " or ".join(
                f"{c.table.name}.{c.column.name} = {c.value!r}" for c in tied if c.column
            )
        else:
            msg = f"{best.value!r} is a value of " + " and of ".join(
                f"{c.table.name}.{c.column.name}" for c in tied if c.column
            )
        raise error(
            "AISER-PLAN-UNSURE",
            msg
            + "; say which one, for example "
            + " or ".join(f"'{c.column.name} {c.value}'" for c in tied[:2] if c.column),
            columns=[f"{c.table.name}.{c.column.name}" for c in tied if c.column],
        )
    m.cands.remove(tied[0])
    m.cands.insert(0, tied[0])


#: words of a sex (plural and singular), and the names of the columns that hold it
_SEX_WORDS = SEXES | frozenset(["man", "woman", "boy", "girl"])
_SEX_NAMES = frozenset(["sex", "gender"])


def _sex_column(d: Draft, m: Mention, tied: list[Candidate]) -> list[Candidate]:
    """ "men" read as 'M', a value of ``sex`` and of ``last_initial`` too: a word of a sex is
    the value of the one column named for sex, not a letter of another column."""
    typed = d.q.texts(m.lo, m.hi)
    if len(typed) != 1 or typed[0] not in _SEX_WORDS:
        return tied
    named = [
        c
        for c in tied
        if c.column is not None
        and split_name(c.column.name)
        and set(split_name(c.column.name)) <= _SEX_NAMES
    ]
    return named if len(named) == 1 else tied


def _in_plan(d: Draft, m: Mention, tied: list[Candidate]) -> list[Candidate]:
    """ "population of Nigeria": a value of several tables is the one of the table the rest of
    the question already reads (the population's), when exactly one column of it holds it;
    when none does, the one of the table another word names ("Northeast [states]" where one
    of the tables holding Northeast has the states), else of the table of a column any other
    word names ("government spending for Sweden" where only PPGE has the spending)."""
    named = {
        id(x.table)
        for x in d.mentions
        if x is not m and x.kind in ("column", "table") and x.best.score >= 0.9
    }
    drawn = {id(t) for t in d.tables()} or named
    # "government spending for Sweden": the table of a column another word names, if weakly
    weak = {id(x.table) for x in d.mentions if x is not m and x.kind == "column"}
    for tables in (drawn, named, weak):
        kept = [c for c in tied if id(c.table) in tables and c.column is not None]
        found = {(c.table.name, c.column.name) for c in kept if c.column is not None}
        if len(found) == 1:
            return kept
        if found:
            break  # the plan's tables hold it in several columns: not for another word to say
    return tied


def _one_key(d: Draft, tied: list[Candidate]) -> list[Candidate]:
    """ "South Africa" in who.country and population.country, the two joined on country: one
    value of one key, not two meanings; the table the plan already reads is kept."""
    if len({c.value for c in tied}) > 1 or any(c.column is None for c in tied):
        return tied
    ends = {(c.table.name.lower(), c.column.name.lower()) for c in tied if c.column is not None}
    linked: dict[tuple[str, str], set[tuple[str, str]]] = {e: {e} for e in ends}
    for j in d.catalog.joins:
        a, b = (j.table.lower(), j.column.lower()), (j.ref_table.lower(), j.ref_column.lower())
        if a in ends and b in ends:
            linked[a].add(b)
            linked[b].add(a)
    if any(group != ends for group in linked.values()):
        return tied
    drawn = {id(t) for t in d.tables()}
    return sorted(tied, key=lambda c: id(c.table) not in drawn)[:1]


def _genus(d: Draft, m: Mention) -> bool:
    """ "number of municipalities by type" of a ``csd_type`` holding 'municipality' beside
    'town' and 'city': a value of the very column the chart groups by, said as the plural of
    the things counted or before the column's own word ("by municipality type"), names all the
    rows, every kind of them — kept as a filter it would leave one bar (said before the
    grouping's cue: "by role (drivers)" keeps the drivers). So does one before
    the column's word in the plural ("municipality types whose …"). "In the BUILDING segment"
    keeps its rows."""
    column = m.column
    if column is None:
        return False
    words = d.q.words
    last, after = words[m.hi - 1], (words[m.hi] if m.hi < len(words) else None)
    if after is not None and after.lemma in KINDS and after.lemma in split_name(column.name):
        before = words[m.lo - 1].text if m.lo else ""
        return before in ("by", "per", "each", "every") or after.text != after.lemma
    if last.text == last.lemma or not any(x.column is column for x in d.dims):
        return False
    if m.hi not in d.r.group_cues:
        return False  # "average age by role (drivers)": the drivers kept, a bar of theirs
    return not any(  # "dogs and cats … stacked by species": the values kept, a series each
        x is not m and x.kind == "value" and x.column is column and _listed_with(d, m, x)
        for x in d.mentions
    )


def _listed_with(d: Draft, a: Mention, b: Mention) -> bool:
    """Whether only "and", "or", "vs" or commas stand between mentions ``a`` and ``b``."""
    lo, hi = (a.hi, b.lo) if a.lo < b.lo else (b.hi, a.lo)
    return all(t in (",", "and", "or", "vs", "versus", "&") for t in d.q.texts(lo, hi))


def _versus_values(d: Draft) -> None:
    """ "remote vs not remote" of a column ``Remote`` holding 'Remote' and 'Not remote': a word
    compared with a value is the value of the same column it also names, not the column."""
    for lo, hi in d.r.versus:
        sides = [m for m in d.free() if m.hi == lo or m.lo == hi]
        for m in sides:
            if m.kind == "value":
                continue
            same = [
                c
                for c in m.cands
                if c.kind == "value"
                and any(v.kind == "value" and v.column is c.column for v in sides if v is not m)
            ]
            if same:
                m.cands.remove(same[0])
                m.cands.insert(0, same[0])


def _by_siblings(d: Draft, m: Mention) -> None:
    """ "rodents, primates and carnivores": a value word found in two columns (order Carnivora,
    diet carni) belongs to the column every other value named beside it is sure of."""
    columns = {id(c.column) for c in m.cands if c.kind == "value"}
    if len(columns) < 2:
        return
    sure: set[int] = set()
    for other in d.free():
        own = {id(c.column) for c in other.cands if c.kind == "value"}
        if other is not m and other.kind == "value" and len(own) == 1:
            sure |= own
    if len(sure) == 1 and sure <= columns:
        m.cands = [c for c in m.cands if c.kind != "value" or id(c.column) in sure]


def _joined_by(d: Draft, mentions: list[Mention]) -> str | None:
    """ "China and India" (each its own series) or "IN or OUT" (either one): the last joining word."""
    ordered = sorted(mentions, key=lambda m: m.lo)
    word = None
    for a, b in itertools.pairwise(ordered):
        between = d.q.texts(a.hi, b.lo)
        if "or" in between:
            word = "or"
        elif "and" in between or "&" in between:
            word = "and"
    return word


def _by_whether(d: Draft, first: Mention) -> bool:
    """ "split by whether they lived or died": the values a grouping's words list, one
    series each, never a filter (together they keep every row)."""
    before = d.q.texts(max(0, first.lo - 4), first.lo)
    return "whether" in before and "by" in before[: before.index("whether")]
