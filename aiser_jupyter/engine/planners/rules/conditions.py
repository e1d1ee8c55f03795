"""Steps that keep rows by comparisons: on a column (WHERE: "delay above 20"), on a group's
aggregate (HAVING: "carriers with more than 100 trips"), equal to a number or a pattern."""

from __future__ import annotations

from sqlglot import exp

from ...catalog.model import Column, Table
from ..lexicon import lemma, split_name
from ..repeated import visit_word
from ..roles import plural_name
from ..text_numbers import text_with_words
from .codings import coding_note
from .compared_owner import owned_by
from .counted_nouns import counted_rows, fractional, harmed_people, numbered_rows, take_counted
from .draft import Draft, Having, Measure, column_ref
from .entity_totals import compound_head, entity_total, unit_total
from .freq_tables import holds_tallies
from .group_aggs import (
    averaged_after,
    mean_said_of_each,
    on_average_after,
    total_after,
    whose_aggregate,
)
from .implied import compared_column, names_another
from .in_range import can_split, in_range
from .link import Mention
from .measured_before import aggregate_near, at_event, measured_before, noun_compared
from .own_amount import own_amount
from .reading import Compare
from .row_values import things_named
from .share_of import share_subject
from .shown_having import shows_compared
from .unit_columns import column_of_unit
from .versus_sides import compared_takes

__all__ = ["comparisons", "equals", "having"]

_OPS = {">": exp.GT, "<": exp.LT, ">=": exp.GTE, "<=": exp.LTE, "=": exp.EQ}


def comparisons(d: Draft) -> None:
    """ "discount of at least 0.09" (WHERE on the column before), and comparisons on a group's
    count or aggregate ("with more than 1900 captures", "averaged more than 8 million"), kept
    for :func:`having` once the groups are known; "above 50 or below 46" keeps either's rows."""
    made: dict[int, tuple[Table, Column, exp.Expression]] = {}
    for cmp in d.r.compares:
        rows = cmp.only_implied or (cmp.between and cmp.implied)  # "25 to 34 year olds"
        pending = None if rows else _on_groups(d, cmp)
        if pending is not None:
            d.pending.append(pending)
            continue
        subject = _subject(d, cmp)
        if subject is None:
            continue
        table, column, mention = subject
        if not cmp.vs_average and not can_split(table, column, cmp):
            continue  # always true or always false: not what the words compare
        target: exp.Expression
        if cmp.vs_average:  # "older than the average": the column against its mean
            target = exp.Subquery(
                this=exp.select(exp.Avg(this=exp.column(column.name))).from_(
                    exp.Table(this=exp.to_identifier(table.name))
                )
            )
        else:
            target = exp.convert(in_range(column, cmp))
        cond: exp.Expression = _OPS[cmp.op](this=column_ref(table, column), expression=target)
        other = made.get(id(cmp.or_with)) if cmp.or_with is not None else None
        if other is not None and other[:2] == (table, column) and (table, other[2]) in d.where:
            d.where.remove((table, other[2]))
            cond = exp.Paren(this=exp.Or(this=other[2], expression=cond))
        made[id(cmp)] = (table, column, cond)
        d.where.append((table, cond))
        if mention is not None and compared_takes(d, mention, cmp):
            d.take(mention, "compared")


def having(d: Draft) -> None:
    """The comparisons on groups, now that the groups and the counted table are known."""
    for cmp, agg, table, column in d.pending:
        if not d.dims:
            continue  # no groups to compare: the words stay unused, and the plan is refused
        if agg == "count":
            counted = next((m for m in d.measures if m.agg in ("count", "distinct")), None)
            measure = counted or Measure("count", table or d.fact or d.catalog.tables[0], None)
            if cmp.value <= (measure.table.row_count or cmp.value) or holds_tallies(
                measure.table
            ):  # more rows than the table holds: no count of its rows (unless it tallies)
                d.having.append(Having(measure, cmp.op, cmp.value, cmp.lo))
        else:
            assert column is not None and table is not None
            rows = table.row_count or 1 if agg == "sum" else 1  # a sum outgrows the rows' range
            value = in_range(column, cmp, rows)
            d.having.append(Having(Measure(agg, table, column), cmp.op, value, cmp.lo))
            if shows_compared(d, column):  # "which series averaged more than 8 million"
                d.measures[0] = Measure(agg, table, column, explicit=True)
                d.fact = table  # its rows are measured: a table that repeats them is not read


def _subject(d: Draft, cmp: Compare) -> tuple[Table, Column, Mention | None] | None:
    """The number compared: what the comparative names ("older than 40": the age), else the
    numeric mention right before the phrase (or right after, unless it is a grouping: "per
    series")."""
    if cmp.implied:
        found = compared_column(d, cmp)
        if found is not None:
            return found
    if cmp.only_implied:
        return None  # "from week 5 on" where no column numbers weeks: nothing to compare
    if (share := share_subject(d, cmp)) is not None:  # "30% of residents are graduates"
        return None if isinstance(share, str) else share
    of = _unit_of(d, cmp)
    if of is not None:  # "more than 5 mm of rain": the rain, whatever comes before
        if of.column is None or of.column.semantic != "quantitative":
            return None  # rain is a kind of weather here: no amount of it to compare
        return of.table, of.column, of
    if (own := own_amount(d, cmp)) is not None:  # "loans of $35,000 or more": their amount
        return own
    if (unit := column_of_unit(d, cmp)) is not None:  # "more than 100 million people"
        d.unit_compared.append(unit)
        return unit[0], unit[1], None
    grouping = {
        m.lo for m in d.mentions if m.lo and d.q.words[m.lo - 1].text in ("per", "by", "each")
    }
    near = [
        m
        for m in d.mentions
        if m.column is not None
        and m.column.semantic in ("quantitative", "temporal")
        and (0 <= cmp.lo - m.hi <= 3 or 0 <= m.lo - cmp.hi <= 1 or _through_unit(d, cmp.hi, m.lo))
        and not (m.lo >= cmp.hi and m.lo in grouping)
        and (cmp.vs_average or can_split(m.table, m.column, cmp))
        and not noun_compared(d, m, cmp)
    ]
    if any(m.lo == cmp.hi for m in near):  # "per series with more than 10 million viewers"
        near = [m for m in near if m.lo == cmp.hi or m.lo not in grouping]
        near = [m for m in near if m.lo == cmp.hi] if cmp.between else near  # "1 and 2 carats"
    if near:  # "[visits] had a bilirubin above 5": the visits' own, of two namesakes
        return owned_by(d, min(near, key=lambda m: abs(cmp.lo - m.hi)))
    for x in reversed(d.measures):  # "measures … above 20": the measure itself, row by row
        if x.column is not None and x.agg is None:
            return x.table, x.column, None
    return None


def _unit_of(d: Draft, cmp: Compare) -> Mention | None:
    """What "more than 5 mm of X" measures: the mention X after the number's unit and "of"."""
    i = cmp.hi
    if i + 2 >= len(d.q) + 1 or d.q.used.get(i) != "unit":
        return None
    if i + 1 >= len(d.q) or d.q.words[i + 1].text != "of":
        return None
    return next((m for m in d.mentions if m.lo == i + 2), None)


def equals(d: Draft) -> None:
    """ "delegates from district 1 or 2", "orders with quantity 1": a number after a column."""
    for w in d.q.words:
        if w.number is None or not d.q.free(w.i):
            continue
        if any(x.lo <= w.i < x.hi and x.hi - x.lo > 1 for x in d.mentions):
            continue  # "highest 7-day viewers": the 7 is a word of a name (viewers_7day)
        m = next((x for x in d.mentions if x.hi == w.i and x.column is not None), None)
        if m is None or m.column is None or m.column.semantic == "temporal":
            continue
        if text_with_words(m.column) or coding_note(d, m, w):
            continue  # "by region, 2008": a region is no number; "by gender (female = 1)"
        numbers = [w]
        j = w.i + 1
        while (
            j + 1 < len(d.q)
            and d.q.words[j].text in ("or", "and")
            and d.q.words[j + 1].number is not None
        ):
            numbers.append(d.q.words[j + 1])
            j += 2
        values = [
            int(x.number) if x.number is not None and float(x.number).is_integer() else x.number
            for x in numbers
        ]
        target = column_ref(m.table, m.column)
        cond: exp.Expression = (
            exp.EQ(this=target, expression=exp.convert(values[0]))
            if len(values) == 1
            else exp.In(this=target, expressions=[exp.convert(v) for v in values])
        )
        d.where.append((m.table, cond))
        d.q.claim(w.i, j, "value")
        if id(m) not in d.used:
            d.take(m, "compared")


def _through_unit(d: Draft, start: int, end: int) -> bool:
    """ "more than 30 mm of precipitation": only a unit and "of" between the number and the column."""
    if not 0 < end - start <= 3:
        return False
    return all(
        d.q.words[i].text in ("of", "in", "the") or d.q.used.get(i) == "unit"
        for i in range(start, end)
    )


def _on_groups(d: Draft, cmp: Compare) -> tuple[Compare, str, Table | None, Column | None] | None:
    """``(compare, aggregate, table, column)`` when the comparison is on a group's count
    ("more than 2000 times", "more than 3100 orders") or aggregate ("an average weight above 50")."""
    whole = not fractional(d, cmp)  # "between 1 and 1.5 carats": no count of rows
    if whole and counted_rows(d, cmp):  # "with at least 10 invalid tests": each group's rows
        return cmp, "count", None, None
    words = d.q.texts()
    after_m = next(
        (m for m in d.mentions if cmp.hi <= m.lo <= cmp.hi + 1 and id(m) not in d.used), None
    )
    nxt = words[cmp.hi] if cmp.hi < len(words) else ""
    counted_noun = nxt in ("times", "entries", "records", "rows") or (
        after_m is None
        and nxt != ""
        and d.q.free(cmp.hi)
        and nxt not in ("in", "per", "by", "for", "and", "or", "since", "during")
        and _is_count_word(d, cmp.hi)
        and not measured_before(d, cmp)  # "average volume was above 3 billion shares"
    )
    rows = after_m is not None and (  # "weigh at least 2 [carats]": a unit, no rows
        after_m.kind == "table"
        or _names_rows(d, after_m)
        or (numbered_rows(d, after_m) and not cmp.implied)
    )
    if whole and (counted_noun or rows or (after_m is not None and _table_noun(d, after_m))):
        table = after_m.table if after_m is not None and after_m.kind != "value" else None
        if after_m is not None:
            take_counted(d, after_m)  # "more than 50 smokers": the rows where smoke = 'Yes'
        else:
            d.q.claim(cmp.hi, cmp.hi + 1, "counted")
        return cmp, "count", table, None
    if after_m is not None and after_m.lo == cmp.hi and (named := things_named(d, after_m)):
        d.take(after_m, "counted distinct")  # "states with more than 300 colleges"
        return cmp, "distinct", after_m.table, named
    agg = next(
        (a for a in d.r.aggs if a.i < cmp.lo and a.strict and aggregate_near(d, a.i, cmp.lo)), None
    )
    agg = agg or total_after(d, cmp) or whose_aggregate(d, cmp) or entity_total(d, cmp)
    agg = agg or unit_total(d, cmp) or on_average_after(d, cmp)
    if agg is None:
        return None
    numbers = [
        m
        for m in d.mentions
        if m.column is not None
        and m.column.semantic == "quantitative"
        and d.q.used.get(m.lo) != "aggregated over"  # "over all [years]": no measure
    ]
    target = next(
        (m for m in numbers if agg.hi <= m.lo < cmp.lo or cmp.hi <= m.lo <= cmp.hi + 2),
        next((m for m in numbers if averaged_after(words, m, agg)), None),
    )
    target = compound_head(numbers, target)  # "average gas [price] above 0": the price
    if target is not None and names_another(d, cmp, target):
        return None  # "average fare on routes shorter than 500 miles": each route's distance
    if target is None and cmp.implied and not cmp.only_implied and mean_said_of_each(d, cmp, agg):
        implied = compared_column(d, cmp)  # "weigh over 80 kg on average": the weight's mean
        if implied is not None:
            d.q.claim(agg.i, agg.hi, f"aggregate {agg.agg}")
            return cmp, agg.agg, implied[0], implied[1]
    if target is None or target.column is None:
        return None
    if target.hi <= cmp.lo and any(
        target.hi <= m.lo
        and m.hi <= cmp.lo
        and d.q.used.get(m.lo) != "aggregated over"
        and visit_word(m.lo, words) != "base"  # "average X at entry above 2000": X's time
        and not at_event(d, m)  # "average age at diagnosis above 37.5": the age's time
        for m in d.mentions
    ):
        return None  # "average wind in days with more than 5 mm": the days compare, not the mean
    if agg.agg in ("mean", "median", "min", "max") and not can_split(
        target.table, target.column, cmp
    ):
        return None  # "average rank of bakers under 30": no average rank is 30 or more
    if id(target) not in d.used:
        d.take(target, "compared aggregate")
    d.q.claim(agg.i, agg.hi, f"aggregate {agg.agg}")
    return cmp, agg.agg, target.table, target.column


def _is_count_word(d: Draft, i: int) -> bool:
    """An unknown plural noun after a number ("3100 orders", "1900 captures"), or a noun after
    one ("more than one mammal"): counted rows."""
    from lemminflect import getAllLemmas

    w = d.q.words[i]
    if w.number is not None or len(w.text) <= 3:
        return False
    if d.q.words[i - 1].number == 1 and "NOUN" in getAllLemmas(w.text):
        return True
    return w.text.endswith("s") and not harmed_people(d, w.text)


def _table_noun(d: Draft, m: Mention) -> bool:  # "more than 40 breaches" of ``..Breaches``
    """… not "more than 200,000 arrivals" of a number column ``Arrivals`` in ``aus_arrivals``:
    a column named by the plural holds a number of those things on each row, compared as is."""
    word = d.q.words[m.lo].text if m.hi == m.lo + 1 else ""
    if m.column is not None and m.column.semantic == "quantitative" and plural_name(m.column.name):
        return False
    return word != lemma(word) and split_name(m.table.name)[-1:] == [lemma(word)]


def _names_rows(d: Draft, m: Mention) -> bool:
    """ "orders with at least 3 mammals" where the mammals are the table's rows, named by its
    one-per-row name column: a count of rows, not a comparison on names."""
    col, table = m.column, m.table
    return (
        col is not None
        and col.semantic == "nominal"
        and bool(table.row_count)
        and col.distinct == table.row_count
        and all(x.table is table for x in d.mentions)
    )
