"""The other direction of the honesty account: every part of a plan justified by the question.

:mod:`.honesty` explains each word of a question by the plan. This module checks each
*part* of the plan against the question's words, and that no word justifies two parts:

- a filter on a value (``primary_offense = 'FORCE'``) said only by a word that names the
  table whose rows are counted ("the people force was used on" of mn_police_use_of_force),
  or the name of another column the plan reads: that word is the table's (the column's),
  no value was asked for;
- a filter on a flag (``subject_injury = 'Yes'``, ``trumpw = 1``) whose name the question
  says only in part: "by sex of the [subject]" says nothing of injuries, "Trump's vote
  share" nothing of the states Trump won;
- a filter on a value said inside "by whether …": the question groups by it, both sides;
- a measure said only by the head of a grouping's phrase ("movies by MPAA [rating]"
  grouped by mpaa: "rating" names the grouping, not an average of the rating column).

It reads the plan's SQL and chart only, so it holds every planner to the same account.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlglot
from sqlglot import exp

from ..catalog.model import Catalog, Column
from ..plan import ChartPlan
from .aligned import number_first
from .asked_groups import asks_for_groups
from .facts import name_words, question_words
from .lexicon import FLAG_MARKS, lemma, split_name
from .long_tables import keyed_strings
from .qualified_siblings import unsaid_qualifiers
from .scopes import ranks, said_apart
from .spelled import spelled_at
from .words import AGGREGATE_WORDS, SUPERLATIVES, instruction_words, is_content

__all__ = ["Part", "drops", "refuse_unjustified", "unjustified"]

#: literals that keep the rows where a flag holds
_TRUE = frozenset(["1", "true", "t", "yes", "y"])
#: words before a grouping's phrase
_GROUP_CUES = frozenset(["by", "per", "each", "every"])


@dataclass(frozen=True)
class Part:
    """A part of the plan that no word of the question asks for."""

    kind: str  #: "filter" | "measure" | "grouping"
    column: str  #: the column's name as the catalog spells it
    value: str | None  #: the filter's value, as written in the SQL
    reason: str  #: why no word asks for it, as a sentence fragment

    def describe(self) -> str:
        what = f"{self.column} = {self.value!r}" if self.value is not None else self.column
        return f"{self.kind} {what} ({self.reason})"


@dataclass(frozen=True)
class _Read:
    """The plan's SQL read for this check."""

    tables: list[str]  #: the catalog names of the tables read
    filters: list[tuple[Column, str, exp.EQ]]  #: equality filters kept (not kept out)
    measured: list[Column]  #: columns inside an aggregate
    groups: list[Column]  #: columns the chart groups by
    keyed: set[str]  #: values a long table's key is kept to ("rent" of us_rent_income)


def unjustified(question: str, plan: ChartPlan, catalog: Catalog, dialect: str) -> list[Part]:
    """The parts of ``plan`` that the words of ``question`` do not ask for."""
    read = _read(plan, catalog, dialect)
    if read is None:
        return []
    said = question_words(question)
    words = [lemma(w) for w in said]
    table_words = set()
    for name in read.tables:
        table = catalog.table(name)
        table_words |= name_words(name)
        for syn in table.synonyms if table is not None else ():
            table_words |= name_words(syn)
    out: list[Part] = []
    for column, value, _ in read.filters:
        if value.strip().lower() in read.keyed:
            continue  # what a long table's number is: "median [rent]" of us_rent_income
        if spelled(column, said):
            continue  # "states Trump won" of trumpw
        others = {w for c in [*read.measured, *read.groups] if c is not column for w in _names(c)}
        reason = _filter_reason(words, column, value, table_words | others)
        reason = reason or said_apart(said, value)  # "states (DC included)"
        if reason:
            out.append(Part("filter", column.name, value, reason))
    if read.groups and (read.measured or _counts(plan)) and not asks_for_groups(said, plan):
        group = read.groups[0]  # "How many sales … newly built homes?" drawn per year built
        out.append(Part("grouping", group.name, None, "no word asks for a breakdown"))
    points = [c for c in read.groups if plan.chart.mark == "point" and c.semantic == "quantitative"]
    for name, why in unsaid_qualifiers(said, [*read.measured, *points], catalog):
        out.append(Part("measure", name, None, why))  # "average wind" drawn from high_wind
    if not any(w in AGGREGATE_WORDS or w in SUPERLATIVES or w == "most" for w in said):
        out += _measures_of_groups(words, said, question.lower(), read)
        out += [
            Part("measure", c.name, None, "a rank is an order; the rows are counted")
            for c in ranks(read.measured, plan.sql, dialect)
        ]
    return out


def _counts(plan: ChartPlan) -> bool:
    return any(fd.aggregate == "count" for fd in plan.chart.encoding.channels().values())


def spelled(column: Column, words: list[str]) -> bool:
    """Whether ``words`` spell ``column``'s glued name ("Trump won" of trumpw)."""
    return number_first(column.name, words) or any(
        spelled_at(column.name, words, i) for i in range(len(words))
    )


def _read(plan: ChartPlan, catalog: Catalog, dialect: str) -> _Read | None:
    try:
        tree = sqlglot.parse_one(plan.sql, read=dialect)
    except sqlglot.errors.SqlglotError:
        return None
    tables = sorted({t.name for t in tree.find_all(exp.Table) if catalog.table(t.name)})
    filters: list[tuple[Column, str, exp.EQ]] = []
    measured: list[Column] = []
    for eq in tree.find_all(exp.EQ):
        column, literal = eq.this, eq.expression
        if not isinstance(column, exp.Column) or not isinstance(
            literal, (exp.Literal, exp.Boolean)
        ):
            continue
        if _kept_out(eq) or (found := _column(column.name, tables, catalog)) is None:
            continue
        filters.append((found, str(literal.this), eq))
    aliases = {a.alias.lower(): a.this for a in tree.find_all(exp.Alias)}
    for agg in tree.find_all(exp.AggFunc):
        measured += _columns(agg, tables, catalog)
    groups: list[Column] = []
    for fd in plan.chart.encoding.channels().values():
        if not fd.field:
            continue
        if (found := _column(fd.field, tables, catalog)) is None:
            aliased = aliases.get(fd.field.lower())
            chosen = _columns(aliased, tables, catalog) if aliased is not None else []
            found = chosen[0] if len(chosen) == 1 else None
        if found is not None:
            (measured if fd.aggregate and fd.aggregate != "count" else groups).append(found)
    return _Read(tables, filters, measured, groups, keyed_strings(tree, catalog))


def _columns(node: exp.Expression, tables: list[str], catalog: Catalog) -> list[Column]:
    return [
        found
        for col in node.find_all(exp.Column)
        if (found := _column(col.name, tables, catalog)) is not None
    ]


def _column(name: str, tables: list[str], catalog: Catalog) -> Column | None:
    for table_name in tables:
        table = catalog.table(table_name)
        if table is not None and (found := table.column(name)) is not None:
            return found
    return None


def _kept_out(node: exp.Expression) -> bool:
    """Under a NOT: the plan keeps those rows out, it does not pick them."""
    parent = node.parent
    while parent is not None and not isinstance(parent, (exp.Where, exp.Having, exp.Select)):
        if isinstance(parent, exp.Not):
            return True
        parent = parent.parent
    return False


def _names(column: Column) -> set[str]:
    words = set(name_words(column.name))
    for syn in column.synonyms:
        words |= name_words(syn)
    return words


def _filter_reason(words: list[str], column: Column, value: str, claimed: set[str]) -> str:
    """Why no word asks for ``column = value``; "" when one does (or when this check cannot
    tell: a value said another way, "Germany" for 'deu', is :mod:`.honesty`'s to explain).
    A value said beside its column's name ("FORCE offenses" of offense) is asked for."""
    text = value.strip().lower()
    flag = text in _TRUE
    keys = _names(column) if flag else {text, lemma(text)}
    said = [i for i, w in enumerate(words) if w in keys]
    if said and all(_after_whether(i, words) for i in said):
        return f"'{words[said[0]]}' follows 'by whether': a grouping of both sides, not a filter"
    if flag:
        return _flag_reason(words, column)
    own = _names(column)
    beside = {words[j] for i in said for j in (i - 1, i + 1) if 0 <= j < len(words)}
    if said and not beside & own and all(words[i] in claimed for i in said):
        return f"'{text}' is said once, as the name of what the plan reads"
    return ""


def _flag_reason(words: list[str], column: Column) -> str:
    """A flag kept true is asked for when the question says its whole name (or a synonym);
    a part of it ("subject" of subject_injury, "trump" of trumpw) asks for something else."""
    said = set(words)
    spellings = [column.name, *column.synonyms]
    partial = ""
    for spelling in spellings:
        parts = [p for p in split_name(spelling) if is_content(p) and p not in instruction_words()]
        parts = (
            parts[:-1] if len(parts) > 1 and parts[-1] in FLAG_MARKS else parts
        )  # drive_thru_ind
        if not parts:
            continue
        hit = [p for p in parts if p in said]
        if len(hit) == len(parts):
            return ""
        prefix = [w for w in said if len(w) >= 4 and any(p.startswith(w) for p in parts)]
        if hit or prefix:
            partial = partial or (hit or prefix)[0]
    return f"'{partial}' is only part of the flag's name" if partial else ""


def _after_whether(i: int, words: list[str]) -> bool:
    """ "by whether the movie is a [comedy]": within the clause that "by whether" opens."""
    for j in range(i - 1, max(i - 7, 0), -1):
        if words[j] in (",", "and", "or"):
            return False
        if words[j] == "whether":
            return words[j - 1] == "by"
    return False


def _measures_of_groups(words: list[str], said: list[str], text: str, read: _Read) -> list[Part]:
    """ "movies by MPAA [rating]": the measure's only word is the head of the phrase that
    names a grouping (right after the grouping's own word, after "by")."""
    out = []
    group_words = {w for c in read.groups for w in _names(c)}
    for column in {id(c): c for c in read.measured}.values():
        if column in read.groups:
            continue
        own = _names(column)
        at = [i for i, w in enumerate(words) if w in own]
        if at and all(_heads_a_group(i, words, said, text, group_words - own) for i in at):
            out.append(Part("measure", column.name, None, f"'{words[at[0]]}' names the grouping"))
    return out


def _heads_a_group(
    i: int, words: list[str], said: list[str], text: str, group_words: set[str]
) -> bool:
    """Right after a grouping's words, after "by", in one phrase ("by MPAA rating", not
    "by manufacturer (horsepower)")."""
    j = i - 1
    while j >= 0 and words[j] in group_words:
        j -= 1
    if j >= i - 1 or j < 0 or words[j] not in _GROUP_CUES:
        return False
    return re.search(rf"\b{re.escape(' '.join(said[j + 1 : i + 1]))}", text) is not None


def refuse_unjustified(
    question: str, plan: ChartPlan, catalog: Catalog, dialect: str, understood: str
) -> None:
    """``AISER-PLAN-UNSURE`` when a part of ``plan`` is asked for by no word of ``question``
    (a chart with a filter or a measure nobody asked for answers another question)."""
    from ...errors import error

    parts = unjustified(question, plan, catalog, dialect)
    if not parts:
        return
    msg = (
        f"I understood {understood!r}, but the question does not ask for its "
        + "; ".join(p.describe() for p in parts)
        + ", so the chart would answer a different question"
    )
    raise error(
        "AISER-PLAN-UNSURE",
        msg,
        understood=understood,
        unasked=[p.describe() for p in parts],
    )


def drops(cond: exp.Expression, parts: list[Part]) -> bool:
    """Whether ``cond`` (a planner's condition) is one of the unasked filters in ``parts``."""
    for eq in [cond, *cond.find_all(exp.EQ)]:
        if not isinstance(eq, exp.EQ) or not isinstance(eq.this, exp.Column):
            continue
        literal = eq.expression
        for part in parts:
            if (
                part.kind == "filter"
                and eq.this.name.lower() == part.column.lower()
                and isinstance(literal, (exp.Literal, exp.Boolean))
                and str(literal.this) == part.value
            ):
                return True
    return False
