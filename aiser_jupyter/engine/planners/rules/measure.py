"""Steps that decide what is measured: aggregate words bound to the mentions they govern,
counts of the rows a question's noun names, and numbers never summed when they are codes."""

from __future__ import annotations

from ...catalog.model import Column, Table
from ..calendar_parts import coded_year
from ..people_rows import people_table
from ..roles import extreme_name, holds_share
from .additive import check_additive
from .agg_names import named_aggregates, names_aggregate, of_dates
from .axis_marks import both_marked, earlier_first, scatter_listed
from .counted_nouns import measured_name, measured_plural
from .counts import (
    counted_singly,
    counts_after_values,
    counts_of_measures,
    holds_counts,
    noun_after_values,
    singular_named,
    sole_measure,
    sum_counts,
)
from .distinct_heads import counted_key, distinct_head
from .draft import Draft, Measure, calendar_part, is_identifier, summable
from .flags import counted_flag
from .grain_words import row_extreme
from .grouped_counts import grouped_count
from .implied_measure import implied_measure
from .kept_rows import bounds_rows
from .link import Candidate, Mention
from .main_table import main_table, upward
from .modified import modified_number
from .name_initial import number_after_word
from .named_counts import count_column, count_named_column, counted_noun_after
from .next_mention import next_mention
from .per_entity import per_thing
from .person_figures import people_words, person_figure
from .place_totals import summed_place_totals
from .points import LEVEL_WORDS, each_row_a_point
from .row_values import counts_things, distinct_things, past_row_noun
from .said_aggs import said_aggregate

__all__ = ["bind_aggregates", "compared_measure", "default_measure", "measure"]

#: words for a number that adds up, whatever the column's name ("revenue" of a price column)
ADDITIVE_WORDS = frozenset(
    [
        "revenue",
        "sales",
        "sale",
        "turnover",
        "income",
        "amount",
        "value",
        "spend",
        "spending",
        "volume",
    ]
)


def bind_aggregates(d: Draft) -> dict[int, str]:
    """Mention id → the aggregate a word before it asks for ("average weight", "number of orders")."""
    bound: dict[int, str] = {}
    for lo, hi in list(d.r.counts):
        if grouped_count(d, lo, hi):
            continue  # "by number of bedrooms": the grouping, no count
        m = distinct_head(d, hi) or next_mention(d, hi) or count_named_column(d, lo, hi)
        m = noun_after_values(d, m)
        if m is not None and d.q.texts(lo, hi) == ["amount", "of"] and _quantity(m) is not None:
            d.r.counts.remove((lo, hi))  # "the amount of each payment": its amount, not a count
            d.q.used.pop(lo, None)
            d.q.used.pop(lo + 1, None)
            continue
        if m is not None:
            bound.setdefault(id(m), "count")
    named_aggregates(d)
    for agg in d.r.aggs:
        if not all(d.q.free(i) for i in range(agg.i, agg.hi)):
            continue  # claimed as a sort ("the 3 pizzas with the lowest revenue")
        inside = next((x for x in d.mentions if x.lo <= agg.i < x.hi), None)
        if inside is not None and names_aggregate(inside, agg.agg, d.q.words[agg.i].text):
            continue  # "maximum temperature" is the column temp_max, not a maximum
        if row_extreme(d, agg):
            continue  # "average daily maximum temperature" of one row a day: each row's
        # "average hours worked" of avh: an aggregate word abbreviated inside a glued name
        m = inside or next_mention(d, agg.hi) or modified_number(d, agg.hi)
        m = m or (next_mention(d, agg.hi, 3, past=True) if agg.strict else None)
        m = m or number_after_word(d, agg.hi)  # "average [trading] volume"
        if m is not None and m.kind == "value" and _quantity(m) is None:
            m = next_mention(d, m.hi, limit=1) or m  # "fewest cholera [deaths]": past the value
        if m is not None and m is not inside:
            m = _compound_head(d, m)  # "average gas [price]": the compound's head
        if m is not None and agg.strict and m.kind == "column" and _quantity(m) is None:
            after = next_mention(d, m.hi, limit=1)  # "average [occupational] prestige"
            m = after if after is not None and _quantity(after) is not None else m
        if m is not None and _quantity(m) is None and m.kind == "table":
            # "total order value", "largest order total price": the table, then its number
            after = next_mention(d, m.hi, limit=2)
            if after is not None and _quantity(after) is not None:
                m = after
            elif (sole := sole_measure(m.table)) is not None and not per_thing(d, m.hi):
                d.implied_columns[id(m)] = sole  # "the lowest rating": Rating's only number
        m = past_row_noun(d, m)  # "largest [county] population": the rows, then the number
        if m is None or id(m) in bound:
            continue
        one_number = id(m) in d.implied_columns and d.r.top is None  # "the 3 oldest": ranks
        if not agg.strict and _quantity(m) is None and not one_number:
            continue  # "highest" before a name: a sort, not a maximum ("lowest rating": Rating's)
        q = _quantity(m)  # "the oldest model year": the smallest year
        said = d.q.texts(m.lo, m.hi)  # "the fastest net time": a time taken
        bound[id(m)] = of_dates(agg.agg, d.q.words[agg.i].text, q.column if q else None, said)
        if bound[id(m)] != agg.agg and d.r.top is not None:
            d.r.descending = bound[id(m)] == "max"  # "the 5 slowest-paced runs": most minutes
        d.q.claim(agg.i, agg.hi, f"aggregate {bound[id(m)]}")
        # "maximum and average gpa": two aggregates of one column
        before = agg.i - 2
        if before >= 0 and d.q.words[agg.i - 1].text == "and":
            first = next((a for a in d.r.aggs if a.hi == agg.i - 1 and d.q.free(a.i)), None)
            if first is not None:
                d.pairs[id(m)] = first.agg
                d.q.claim(first.i, agg.i, f"aggregate {first.agg}")
    return bound


def _compound_head(d: Draft, m: Mention) -> Mention:
    """The number named right after ``m``'s, when both name numbers ("gas price" of ``gas``
    and ``price``): the compound's head; else ``m``."""
    first, head = _quantity(m), next_mention(d, m.hi, limit=1)
    one_word = head is not None and head.lo == m.hi and head.hi == m.hi + 1 and m.hi == m.lo + 1
    second = _quantity(head) if head is not None and one_word else None
    if first is None or second is None or head is None or second.column is first.column:
        return m
    if second.column is None or (second.column.distinct or 0) <= 2:
        return m  # "visits, minority vs not": a flag after a number heads no compound
    tied = {
        id(c.column)
        for c in head.cands
        if c.column is not None and c.column.semantic == "quantitative" and c.score >= second.score
    }
    return head if len(tied) == 1 else m  # "newspaper revenue" of two revenues: neither


def _quantity(m: Mention, besides: tuple[Column, ...] = ()) -> Candidate | None:
    """The number ``m`` names; of numbers it names equally well, one not in ``besides`` (in
    "not working vs working", the second "working" is not the first's count_not_working)."""
    found = [
        c
        for c in m.cands
        if c.kind == "column" and c.column is not None and c.column.semantic == "quantitative"
    ]
    other = (
        c for c in found if c.score >= found[0].score and all(c.column is not b for b in besides)
    )
    return next(other, found[0]) if found else None


def measure(d: Draft, bound: dict[int, str]) -> None:
    """Fill ``d.measures``: an aggregate of a number, a count of rows, or a distinct count."""
    for m in d.free():
        agg = bound.get(id(m))
        if agg is None:
            continue
        if agg == "count":
            _count(d, m)
        else:
            q = _quantity(m)
            if (q is None or q.column is None) and id(m) in d.implied_columns:
                q = Candidate("column", m.table, d.implied_columns[id(m)], None, 0.8)
            if q is None or q.column is None:
                continue
            check_additive(q.table, q.column, agg)
            if id(m) in d.pairs:
                d.measures.append(Measure(d.pairs[id(m)], q.table, q.column, explicit=True))
            d.measures.append(Measure(agg, q.table, q.column, explicit=True))
            d.take(m, f"measure {agg}")
        if len(d.measures) >= 2:
            break
    implied_measure(d)
    counts_of_measures(d)  # "average number of active listings": that measure
    if d.r.counts and not d.measures:
        counts_after_values(d)  # "number of Wichita Falls sales": the sum of the sales column
    if d.r.counts and not any(m.agg in ("count", "distinct") for m in d.measures):
        # "number of captures", "how many pizzas sold": the rows of the table asked about
        lo, hi = d.r.counts[0]
        d.measures.insert(0, Measure("count", d.fact or main_table(d), None))
        d.counted_rows = True
        d.q.claim(lo, hi, "count")
        _claim_counted_noun(d, hi)


def _count(d: Draft, m: Mention) -> None:
    table_cand = next((c for c in m.cands if c.kind == "table"), None)
    distinct = any(abs(i - m.lo) <= 2 for i in d.r.distinct)
    if table_cand is not None and not distinct:
        if not summed_place_totals(d, m, table_cand.table):
            d.measures.append(Measure("count", table_cand.table, None))
            d.take(m, "counted rows")
        return
    col = next((c for c in m.cands if c.kind == "column" and c.column is not None), None)
    if table_cand is not None and distinct:
        key = counted_key(table_cand.table, d.q.texts(m.lo, m.hi))
        if key is not None:
            d.measures.append(Measure("distinct", table_cand.table, key))
            d.take(m, "counted distinct")
            for i in d.r.distinct:
                d.q.claim(i, i + 1, "distinct")
            return
    named = count_column(d, m) if not distinct else None
    if named is not None:  # "number of working students" of count_working: its sum
        sum_counts(d, m, named)
        counted_noun_after(d, m)
        return
    if not distinct and counts_things(d, m):
        return  # "how many counties" where each row is a county: namesakes counted apart
    if not distinct and col is not None and col.column is m.column and counted_flag(d, m):
        d.measures.append(Measure("count", m.table, None))  # "number of person searches"
        return
    if (
        col is not None
        and col.column is not None
        and (distinct or counted_singly(col.table, col.column, d.q.texts(m.lo, m.hi)))
    ):
        d.measures.append(distinct_things(d, m, col.column, said=distinct))
        d.take(m, "counted distinct")
        for i in d.r.distinct:
            d.q.claim(i, i + 1, "distinct")
        return
    if m.kind == "value":
        return  # "number of OUT results": a filter on rows that are counted below
    if col is not None and col.column is not None and holds_counts(col.table, col.column, d, m):
        sum_counts(d, m, col)  # "number of sales" where sales holds each row's count
        return
    d.measures.append(Measure("count", m.table, None))
    d.take(m, "counted rows")


def _claim_counted_noun(d: Draft, start: int) -> None:
    """ "number of captures", "how many pizzas sold": the noun phrase is what is counted."""
    i = start
    while i < len(d.q) and d.q.free(i) and not any(m.lo == i for m in d.mentions):
        if d.q.words[i].text in (
            "by",
            "per",
            "in",
            "on",
            "for",
            "each",
            "with",
            "from",
            "since",
            "during",
            "and",
            "across",
        ):
            break
        d.q.claim(i, i + 1, "counted")
        if d.q.words[i].text not in ("the", "a", "an", "all", "of", "them", "it"):
            d.counted_noun = True
        i += 1


def compared_measure(d: Draft) -> None:
    """ "countries with a life expectancy above 70", "with over 2 million people": it is shown."""
    if d.measures or d.r.counts or not d.dims:
        return
    said = [m for m in d.mentions if id(m) in d.used and d.q.used.get(m.lo) == "compared"]
    compared: list[tuple[Mention | None, Table, Column]]
    compared = [(m, m.table, m.column) for m in said if m.column is not None]
    if not said and len(d.unit_compared) == 1:  # named by the word after the number
        compared = [(None, *d.unit_compared[0])]
    for m, table, column in compared:
        rows = next(
            (
                t
                for t in d.free()
                if t.kind == "table"
                and m
                and t.hi <= m.lo
                and (t.table is table or upward(d, t.table, table))
            ),
            None,
        )
        # "trips with a delay above 40 by carrier": those trips, counted; "stops by
        # neighborhood for neighborhoods with fewer than 3,000 residents": the stops, whose
        # neighborhoods hold the number compared
        if rows is not None or _rows_with(d, m, table):  # "respondents with an income …"
            d.measures.append(Measure("count", rows.table if rows else table, None))
            if rows is not None:
                d.take(rows, "counted rows")
            d.counted_rows = True
            return
        if column.semantic == "quantitative" and not is_identifier(table, column):
            agg = "sum" if summable(table, column) else "mean"
            d.measures.append(Measure(agg, table, column))
            return


def _rows_with(d: Draft, m: Mention | None, table: Table) -> bool:
    """ "[respondents] with a household income of 75,000 or more, per region": the people a
    table of people holds, said before "with" and the number compared — they are counted;
    so are the rows any plural noun the schema does not name says there ("[applications]
    with a loan-to-value ratio above 0.95, by whether they were denied")."""
    if m is None:
        return False
    texts = d.q.texts(0, m.lo)
    if "with" not in texts:
        return False
    people = people_table(table)
    return any(
        d.q.free(k) and ((people and t in people_words()) or _rows_noun(d, k))
        for k, t in enumerate(texts[: texts.index("with")])
    )


def _rows_noun(d: Draft, k: int) -> bool:
    """Word ``k`` is a plural noun no mention covers: the rows, said in the analyst's word."""
    word = d.q.words[k]
    return (
        word.text.isalpha()
        and word.lemma != word.text
        and len(word.text) > 3
        and not any(x.lo <= k < x.hi for x in d.mentions)
    )


def default_measure(d: Draft) -> None:
    """No aggregate word: the numbers named are summed (amounts) or averaged (levels);
    nothing named: rows are counted."""
    if d.measures:
        return
    wants_two = d.r.mark == "point" or bool(d.r.versus) or both_marked(d)
    for m in d.free():
        q = _quantity(m, tuple(x.column for x in d.measures if x.column is not None))
        if q is None or q.column is None or m.kind != "column":
            continue
        if any(dim.column is q.column for dim in d.dims) or bounds_rows(d, m):
            continue
        if singular_named(q.table, q.column, d.q.texts(m.lo, m.hi)):  # "pie of the counties"
            if d.measures or any(x is not m and _quantity(x) for x in d.free()):
                continue  # beside a number: its rows ("in western counties", "10 counties …")
            d.measures.append(Measure("distinct", q.table, q.column))
            d.take(m, "counted distinct")
            break
        if measured_plural(q.column, d.q.words[m.hi - 1].text) and _shares_asked(d, m):
            d.measures.append(Measure("count", q.table, None))  # "share of record times"
            d.take(m, "counted rows")
            break
        binned_years = d.r.histogram and d.r.bin_step  # "model years in 5-year bins"
        if is_identifier(q.table, q.column) or (
            (calendar_part(q.column) or coded_year(q.column)) and not binned_years
        ):
            continue
        said = set(d.q.texts(m.lo, m.hi + 1)) | set(d.q.lemmas(m.lo, m.hi))  # + "[index]"
        agg: str | None = "sum" if summable(q.table, q.column) or said & ADDITIVE_WORDS else "mean"
        if said & LEVEL_WORDS or person_figure(q.column.name, said, d.q.texts()):
            agg = "mean"  # "poverty rate", "income of respondents": a level, never summed
        agg = extreme_name(q.column) or agg  # "yearly high": the highest high of each year
        agg = said_aggregate(d, m) or agg  # "NYSE composite yearly average" of NYSESW.dat
        d.measures.append(Measure(agg, q.table, q.column))
        d.take(m, f"measure {agg}")
        if len(d.measures) >= 2 or not wants_two:
            break
    if wants_two:
        each_row_a_point(d)  # "life expectancy vs GDP per capita": one point per row
    if not d.measures and d.r.histogram:  # "histogram of populations under 100 million"
        compared = [m for m in d.mentions if d.q.used.get(m.lo) == "compared"]
        q = _quantity(compared[-1]) if len(compared) == 1 else None
        if q is not None and q.column is not None and not calendar_part(q.column):
            d.measures.append(Measure(None, q.table, q.column))
    if len(d.measures) == 2 and d.r.versus:
        if not scatter_listed(d):
            d.measures.reverse()  # "A vs B": B along x, A up the y axis
        d.versus_ordered = _against(d)  # "A against B" of two metrics: not reversed again
        earlier_first(d.measures)  # "X in 1960 vs X in 2020": 1960 along x, as time runs
        for lo, hi in d.r.versus:
            d.q.claim(lo, hi, "versus")


def _against(d: Draft) -> bool:
    """ "plot A against B": A up the y axis, always (a "vs" is said both ways)."""
    return any(d.q.words[lo].text == "against" for lo, _ in d.r.versus)


#: words that ask how many of something there are, or what part of them
_HOW_MANY = ("share of", "proportion of", "percentage of", "number of", "count of", "how many")


def _shares_asked(d: Draft, m: Mention) -> bool:
    """ "share of" / "number of" said at most four words before ``m`` — not the share of a
    column that holds shares itself ("share of Mormons" of a percent ``mormon``)."""
    before = " ".join(d.q.texts(max(0, m.lo - 5), m.lo))
    asked = [w for w in _HOW_MANY if w in before]
    of_share = m.column is not None and holds_share(m.column) and not measured_name(m.column)
    return bool(asked) and not (of_share and any(w.endswith(" of") for w in asked))
