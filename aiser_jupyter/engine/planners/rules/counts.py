"""Columns that hold counts ("sales", "listings": each row's number of things): "number of
sales" is their sum, not a count of rows — also after the values that narrow it ("number of
Wichita Falls sales"). Beside them, the whole-number columns that say which thing a row is
about ("how many counties" of ``county`` 1 … 197: its distinct values), and a table's only
number."""

from __future__ import annotations

from collections.abc import Sequence

from ...catalog.model import Column, Table
from ..kind_ids import repeats_as_kind
from ..lexicon import SYNONYMS, lemma, plural, split_name
from ..name_years import words_without_year
from ..roles import MEAN_WORDS, plural_name
from ..span_fits import PASSIVE_VERBS
from ..tallies import clips_people
from .draft import Draft, Measure, calendar_part, is_identifier, summable
from .flag_rates import zero_one
from .link import Candidate, Mention
from .numberings import numbering

__all__ = [
    "counted_singly",
    "counts_after_values",
    "counts_of_measures",
    "holds_counts",
    "noun_after_values",
    "singular_named",
    "sole_measure",
    "sum_counts",
]


def sum_counts(d: Draft, m: Mention, col: Candidate) -> None:
    """The sum of a column of counts — or, after "average number of", their mean per row."""
    assert col.column is not None
    agg = _level_before(d, m)
    d.measures.append(Measure(agg or "sum", col.table, col.column, explicit=True))
    d.take(m, f"measure {agg or 'sum'}")
    same = [x.lo for x in d.mentions if any(c.column is col.column for c in x.cands)]
    d.r.counts = [  # every "number of sales": the same sum
        c for c in d.r.counts if not any(c[1] <= lo <= c[1] + 4 for lo in same)
    ]


def counts_after_values(d: Draft) -> None:
    """The counted noun after the values that narrow it ("number of Wichita Falls sales")."""
    for _, hi in list(d.r.counts):
        i = hi
        while True:
            m = next((x for x in d.free() if x.lo == i), None)
            if m is None or m.kind != "value":
                break
            i = m.hi
        col = next((c for c in m.cands if c.kind == "column"), None) if m is not None else None
        if (
            m is not None
            and i > hi
            and col is not None
            and col.column is not None
            and holds_counts(col.table, col.column, d, m)
        ):
            sum_counts(d, m, col)
            return


def holds_counts(table: Table, column: Column, d: Draft, m: Mention) -> bool:
    """ "number of sales", "how many listings": the words name, in the plural, a whole-number
    column of counts (no key, code or date part) — its sum is the number asked for."""
    from .described import counted_in_description

    words = [w for w in d.q.texts(m.lo, m.hi) if w not in PASSIVE_VERBS]  # drivers [were] killed
    return bool(
        words
        and (
            (
                lemma(words[-1]) != words[-1]  # a plural: "sales", "listings"
                and not singular_named(table, column, words)  # "counties" of county 1 … 197
                and any(  # its name, or a synonym the semantic layer gives it ("calls")
                    _last_is(words_without_year(n)[-1:], lemma(words[-1]))  # deaths_2018
                    for n in [column.name, *column.synonyms]
                )
            )
            or counted_in_description(column, words)  # "relapse cases in women aged 15-24"
            or _spells_counted_name(column, words)  # "individuals affected"
            or _people_adjective(column, words)  # "number of unemployed" of unemploy
        )
        and "int" in column.type.lower()
        and summable(table, column)
        and isinstance(column.min, (int, float))
        and column.min >= 0
        and split_name(table.name) != split_name(column.name)
    )


def counted_singly(table: Table, column: Column, words: list[str]) -> bool:
    """A column whose values say which thing a row is about, so "how many X" counts its
    distinct values: a key or code, a name, or a whole-number column named in the singular
    that the question names in the plural ("how many counties" of ``county`` 1 … 197; a
    column of counts is named in the plural, as ``deaths``)."""
    if is_identifier(table, column) or column.semantic in ("nominal", "geo"):
        return True
    if zero_one(column):
        return False  # "how many days …" of ``WorkDay`` 0/1: two values, no two things
    return singular_named(table, column, words)


#: nouns a column of numbers is named by that say how much, or of what kind, not which thing
_NOT_THINGS = frozenset(
    [
        "count",
        "total",
        "sum",
        "number",
        "amount",
        "value",
        "level",
        "size",
        "code",
        "group",
        "type",
        "class",
        "category",
        "kind",
        "grade",
        "rank",
        # sums of money: "share of all contributions going to each party" sums the amounts
        "contribution",
        "donation",
        "payment",
        "expense",
        "expenditure",
        "cost",
        "fee",
        "salary",
        "wage",
        "earning",
        "profit",
        "revenue",
        "sale",
        "income",
        "tax",
    ]
)


def singular_named(table: Table, column: Column, words: list[str]) -> bool:
    """The words say in the plural the singular name of a whole-number column."""
    name = split_name(column.name)
    return bool(
        words
        and name
        and "int" in column.type.lower()
        and not calendar_part(column)  # "number of days with snow": rows, not day 1 … 31
        and name[-1] not in _NOT_THINGS  # "access counts" of access_count: its values
        and name[-1] not in MEAN_WORDS  # "prices of the finance journals": each one's price
        and not numbering(table, column)  # episode 1 … 16 of each season: no things
        and lemma(words[-1]) != words[-1]
        and lemma(words[-1]) == name[-1]
        and not plural_name(column.name)
    )


def _spells_counted_name(column: Column, words: list[str]) -> bool:
    """The words name the whole of a column whose name, as the schema spells it, counts
    things in the plural (``Individuals.Affected``, ``PeopleInjured``): "number of
    individuals affected", "number of people affected" are its values, not a count of rows."""
    import re

    name = split_name(column.name)
    typed = [w.lower() for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", column.name)]
    return (
        len(name) >= 2
        and len(words) == len(name)
        and any(w.isalpha() and len(w) > 3 and plural(w) for w in typed)
    )


def _people_adjective(column: Column, words: list[str]) -> bool:
    """An adjective said as a noun for the people it describes ("the unemployed", "the
    insured") that a column's one-word name clips (``unemploy``): that column's count."""
    name = split_name(column.name, expand=False)
    word = words[-1] if len(words) == 1 else ""
    return (
        len(name) == 1
        and clips_people(word, name[0])  # ``married`` is no clipped form: a flag
        and isinstance(column.max, (int, float))
        and column.max > 1
    )


def _last_is(last: Sequence[str], word: str) -> bool:
    """Whether a name's last word is ``word`` or a generic synonym of it ("children" of
    ``kids``)."""
    return list(last) == [word] or (len(last) == 1 and word in SYNONYMS.get(last[0], ()))


def counts_of_measures(d: Draft) -> None:
    """ "average number of active listings", "total number of homes sold": "number of" before
    words already read as a measure (a metric, or a column of counts) names that measure — a
    number already — not a count of rows beside it."""
    for lo, hi in list(d.r.counts):
        j = hi
        while j < len(d.q) and d.q.words[j].text in ("of", "the"):
            j += 1
        why = d.q.used.get(j, "")
        if (why.startswith("metric ") or why == "measure sum") and d.measures:
            d.r.counts.remove((lo, hi))
            d.q.used.update(dict.fromkeys(range(lo, j), why))


def _level_before(d: Draft, m: Mention) -> str | None:
    """ "average number of special requests": the mean (or median) word right before the
    "number of" that leads to ``m``, claimed; "the largest number of people affected" (by
    one row) their maximum, unless it ranks ("the states with the largest number of …");
    else None."""
    for lo, hi in d.r.counts:
        if not hi <= m.lo <= hi + 1:
            continue
        for a in d.r.aggs:
            extreme = a.agg in ("min", "max") and not a.strict and not _ranks(d, a.i)
            if a.hi == lo and (a.agg in ("mean", "median") or extreme) and d.q.free(a.i):
                if a.agg in ("mean", "median") and not a.strict:
                    continue
                d.q.claim(a.i, a.hi, f"aggregate {a.agg}")
                d.r.aggs.remove(a)
                return a.agg
    return None


def _ranks(d: Draft, i: int) -> bool:
    """A superlative at ``i`` that ranks groups or rows ("the 10 states with the largest …",
    "which year had the smallest …"), not the extreme of one row."""
    before = [w.text for w in d.q.words[max(0, i - 3) : i]]
    return d.r.top is not None or any(w in ("with", "has", "had", "have", "which") for w in before)


def noun_after_values(d: Draft, m: Mention | None) -> Mention | None:
    """ "number of Western European countries": what is counted is the noun after the values
    that narrow it — a column of the values' own table other than theirs, a name, no number."""
    if m is None or m.kind != "value" or m.column is None:
        return m
    nxt = next((x for x in d.mentions if x.lo == m.hi and id(x) not in d.used), None)
    if (
        nxt is not None
        and nxt.kind == "column"
        and nxt.column is not None
        and nxt.table is m.table
        and nxt.column is not m.column
        and nxt.column.semantic != "quantitative"
        and not repeats_as_kind(nxt.table, nxt.column)  # "invalid tests" of test_kind: rows
        and lemma(d.q.words[nxt.hi - 1].text) != d.q.words[nxt.hi - 1].text  # a plural noun
    ):
        return nxt
    return m


def sole_measure(table: Table) -> Column | None:
    """A table's only number that is no code, key or date part (``stars`` of Rating)."""
    numbers = [
        c
        for c in table.columns
        if c.semantic == "quantitative" and not is_identifier(table, c) and not calendar_part(c)
    ]
    return numbers[0] if len(numbers) == 1 else None
