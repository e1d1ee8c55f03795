"""The rule planner's steps, in order: each reads the draft so far and fills in its part
(the table measured, the measure, the groupings, the rows kept, the chart's form)."""

from __future__ import annotations

from collections.abc import Callable

from ...catalog.model import Catalog
from .agents import agent_rows
from .agg_names import time_taken_order
from .aggregated_years import aggregated_years
from .ampersand_names import ampersand_names
from .averaged_over import mean_over_entity
from .axis_marks import marked_axes
from .borrowed_time import borrowed_time
from .change_conditions import change_signs
from .column_years import across_rows, column_years
from .commonest import commonest, commonest_rows
from .conditions import comparisons, equals, having
from .context_tables import context_tables
from .count_named import count_named
from .counted_groups import counted_groups, other_things_counted, summed_groups
from .counted_keys import counted_by_key
from .counted_values import counted_values
from .described import described_compares, release, reserve
from .described_codes import described_codes
from .distributed import distributed_rows
from .draft import Draft
from .entities import entity_counts
from .entity_attributes import attribute_conditions, kept_entities
from .entity_keys import per_entity_rate
from .excluded import excluded
from .expressions import arithmetic, column_conditions
from .extremes import extreme_per_period
from .family_members import pinned_members, unpinned_members
from .flag_forms import flag_forms
from .flag_rates import rate_after_flag, share_of_flag
from .flag_shares import flag_shares
from .flags import flags
from .freq_tables import sum_frequencies, tallied_home
from .glossed_groups import glossed_groups
from .groups import axes, groups, subject, time_axis
from .had_counts import had_counts
from .hyphen_values import hyphen_values
from .keyed_label import keyed_label
from .keyed_series import keyed_series
from .link import link
from .listed_values import listed_values
from .literal_names import literal_names
from .long_form import keyed_grain, keyed_values
from .looked_up import Found, add_found
from .main_table import main_table
from .measure import bind_aggregates, compared_measure, default_measure, measure
from .metrics import (
    metric_compares,
    metric_filters,
    metric_having,
    metric_pairs,
    semantic_measures,
)
from .month_columns import month_columns
from .name_contains import name_contains
from .name_groups import grouped_in_name
from .named_part import named_part
from .names_of import names_of
from .namesake_ties import tied_distinct_counts, tied_namesakes
from .namesakes import measured_namesake
from .number_of import number_of
from .numberings import numbering_misread
from .one_value_group import drop_one_value_group
from .onward import onward_axis
from .opposite_flags import opposite_flags
from .ordinal_values import ordinal_values
from .over_all import over_all_rows
from .own_column import own_column, range_trend, units
from .owners import owners
from .paired_sides import paired_sides
from .panel_units import panel_units
from .participle_rows import participle_rows
from .per_entity import per_entity
from .picked_kind import picked_kind
from .question import Question
from .ranges import time_ranges
from .ranked import ranked_rows
from .read_values import values_over_reading
from .reader import read
from .reordered import reordered_names
from .repeated_labels import repeated_labels
from .row_values import own_values
from .scatter_rows import scatter_rows
from .self_counted import drop_self_group
from .semantic_dims import (
    grouped_after,
    order_dims,
    semantic_groups,
    semantic_subject,
    semantic_values,
)
from .series_periods import series_periods
from .stat_ties import stat_ties
from .table_flags import table_flags
from .table_phrases import table_phrases
from .terms import favour_tables, find_terms
from .text_patterns import likes
from .things_home import things_home
from .time_extremes import time_extremes
from .timed_measure import timed_measure
from .trait_rows import trait_rows
from .two_years import two_years
from .unit_after import month_labels, unit_after
from .value_shares import value_shares
from .values import values
from .versus_rest import versus_rest
from .whole_names import whole_names
from .whole_rows import whole_rows

__all__ = ["STEPS", "Step", "draft"]

Step = Callable[[Draft], None]


def _measures(d: Draft) -> None:
    measure(d, bind_aggregates(d))


def _fact(d: Draft) -> None:
    """The table whose rows are measured; with nothing measured, rows of the grouped table count."""
    from .base_rows import base_rows
    from .draft import Measure

    if not d.measures and d.dims:
        table = d.dims[0].table if len(d.catalog.tables) == 1 else main_table(d)
        d.measures.append(Measure("count", base_rows(d, table), None))
    elif d.counted_rows and d.measures and d.measures[0].column is None:
        # the groups now known: "number of captures by taxa" counts the fact table's rows;
        # "the total number across denomination" counts the rows the grouping lives in
        named = {
            id(c.table)
            for m in d.mentions
            for c in m.cands[:1]
            if c.kind in ("table", "column", "value")
        }
        wide = d.counted_noun or not d.dims or len(named) > 1
        d.measures[0].table = main_table(d) if wide else d.dims[0].table
    _rows_of_referrer(d)
    if d.measures:
        d.fact = d.measures[0].table
    _related(d)
    d.dims.sort(key=lambda x: x.color)  # a dimension named as the colour goes after the x


def _rows_of_referrer(d: Draft) -> None:
    """Rows of a table counted by that table's own key are all ones ("which plots had more than
    1900 captures"): the rows counted are those of the one table that points at it."""
    if not d.measures or d.measures[0].agg != "count" or d.measures[0].column is not None:
        return
    counted = d.measures[0].table
    own_key = any(
        x.table is counted
        and (x.column.primary_key or (counted.row_count and x.column.distinct == counted.row_count))
        for x in d.dims
    )
    from ..words import instruction_words

    said = [
        i
        for i, why in d.q.used.items()
        if why == "counted"
        and d.q.words[i].text not in instruction_words()
        and not any(m.lo <= i < m.hi for m in d.mentions)
    ]
    if not own_key or len(d.dims) != 1 or not said:
        return  # "how many course names by course name": the words count that table's rows
    referrers = {
        j.table.lower() for j in d.catalog.joins if j.ref_table.lower() == counted.name.lower()
    }
    if len(referrers) == 1:
        table = d.catalog.table(referrers.pop())
        if table is not None:
            d.measures[0].table = table


def _related(d: Draft) -> None:
    """ "patients who made an appointment": a table named but not drawn keeps the rows that
    have a match in it (an inner join)."""
    drawn = {id(t) for t in d.tables()}
    names = {t.name.lower() for t in d.tables()}
    fact = d.fact or (d.measures[0].table if d.measures else d.dims[0].table if d.dims else None)
    for m in d.free():
        if m.kind != "table" or m.best.score < 0.9 or id(m.table) in drawn or fact is None:
            continue
        path = d.catalog.join_path(fact.name, m.table.name) or []
        used = {(j.table.lower(), j.ref_table.lower()) for j in path}
        own = m.table.name.lower()
        # a second way to a table already drawn (customers' nation beside suppliers' nation):
        # which rows are meant is unclear, so the word stays unused and the plan is refused
        if any(
            j.table.lower() == own
            and j.ref_table.lower() in names
            and (own, j.ref_table.lower()) not in used
            for j in d.catalog.joins
        ):
            continue
        d.extra_tables.append(m.table)
        d.take(m, "rows that have one")
        drawn.add(id(m.table))
        names.add(own)


def _count_per_value(d: Draft) -> None:
    """ "a bar chart of the number of industry": one bar per value, each counted — a chart
    of one distinct count would be a single number."""
    from .draft import Dim, Measure

    distinct_said = any(d.q.used.get(i) != "grouping" for i in d.r.distinct)
    charted = d.r.mark in ("bar", "arc", "line", "point")
    if distinct_said and not charted:
        return
    for k, m in enumerate(d.measures):  # "number of country grouped by country", also sorted by
        if m.agg == "distinct" and m.column and any(x.column is m.column for x in d.dims):
            d.measures[k] = Measure("count", m.table, None)  # a distinct count would be 1 each
    if len(d.measures) != 1 or d.measures[0].agg != "distinct":
        return
    m = d.measures[0]
    if d.dims:
        return
    if m.column is None or m.column.semantic not in ("nominal", "geo", "boolean", "temporal"):
        return
    if d.r.mark is None and d.r.sort_words is None and d.r.x_words is None:
        return
    d.dims.append(Dim(m.table, m.column))
    d.measures[0] = Measure("count", m.table, None)


#: the steps, in order; each reads and fills the draft
def _sort_targets(d: Draft) -> None:
    """Names inside "sorted by …": what is sorted, not something more to draw."""
    span = d.r.sort_words
    if span is None:
        return
    ranked = d.q.words[span[0]].text in ("rank", "ranked", "ranking")
    aggs = {a.hi for a in d.r.aggs if a.strict}
    for m in d.free():
        if ranked and m.lo in aggs and m.column is not None:
            continue  # "regions ranked by total employment": the measure drawn, sorted
        if span[0] <= m.lo < span[1]:
            d.sort_targets.append(m)
            d.take(m, "sort target")


STEPS: tuple[Step, ...] = (
    month_columns,  # "January SOI" of a table by month: its Jan column, no month kept
    ampersand_names,  # "S&P 500" of sp500, "R&D" of randd
    ordinal_values,  # "12th-grade girls": grade = '12', before any step groups by grade
    hyphen_values,  # "single-credit courses": credits = 'single', before "single" reads alone
    arithmetic,  # "high minus low": one number of each row, before any step reads a column
    column_conditions,  # "closed below its open": WHERE close < open
    change_signs,  # "quarters when consumption fell" of a table of changes: below 0
    name_contains,  # "with PIZZA in the name": a pattern on the name, before any step reads it
    literal_names,  # "capital account openness (kaopen)": the name typed wins over the words
    table_phrases,  # "uses of force": the rows of use_of_force, not a value FORCE
    participle_rows,  # "the people stopped": the rows of stops, not a population
    keyed_values,  # a value of a long table's key names its number ("median rent")
    context_tables,  # a word's column in the table the question is about
    names_of,  # before any step reads a name word's column: the table after "of" owns it
    column_years,  # before any step reads a mention's column: the year picks it
    aggregated_years,  # "average 1982 wage": the rows of 1982
    pinned_members,  # "first grade math": math1 of mathk, math1, math2 …
    count_named,  # "core count" of cores: the column, no count of rows
    own_column,
    units,
    _sort_targets,
    owners,  # "Trump's vote share": the owner's words name the number after them
    semantic_measures,  # the semantic layer's metrics and dimensions first (issue 15)
    semantic_groups,
    per_entity,
    had_counts,  # "bookings that asked for a parking space": a condition, not a sum
    attribute_conditions,  # "neighborhoods with a median income below …": no median measured
    rate_after_flag,  # "home ownership rate": the 0/1 column's mean, no other table's Rate
    commonest,  # "the 3 most common scores": grouped by the scores, rows counted
    time_extremes,  # "earliest birth year", "what year … the first": the year's minimum
    _measures,
    stat_ties,  # "temperature" of tmin and tmax: the extreme asked picks, else refused
    measured_namesake,  # "state codes by miles": the measured table's own state
    extreme_per_period,
    over_all_rows,  # "across all counties": the rows aggregated over, before any grouping
    axes,
    groups,
    grouped_in_name,  # "number of accidents by region" of accidents_by_region: per region
    grouped_after,
    named_part,  # "each owner … by owner's last name": the owners by last name
    order_dims,
    time_axis,
    unit_after,  # "per arrival month": the date column by month
    mean_over_entity,
    things_home,  # "number of episodes per season": counted in the episodes' own table
    listed_values,  # "by role (driver or passenger)": the groups' labels, no filter
    excluded,  # "leaving out X": before values keeps X's rows in
    counted_values,  # "with 4 or 6 cylinders": before values reads 4 and 6 as text codes
    values,
    semantic_values,
    time_ranges,
    metric_compares,
    comparisons,
    number_of,  # "a score of 100": before equals reads 100 as a value of whatever comes before
    equals,
    likes,
    flag_shares,
    flag_forms,  # "percent insured" of a yes/no insurance: a mention of the flag
    paired_sides,  # "with vs without the law": both sides, before "without" negates it
    opposite_flags,  # "public colleges" of a yes/no Private: before flags reads "private"
    flags,
    table_flags,  # "people with health insurance" of HealthInsurance.insurance: a flag
    versus_rest,  # "churned vs stayed": both sides of the column, not the churned alone
    default_measure,
    value_shares,  # "percentage of the athletes are women": the mean of sex = 'f'
    time_taken_order,  # "the 5 slowest-paced runs": the most minutes first
    metric_pairs,
    keyed_series,  # "personal computers vs televisions over time": a line per category
    marked_axes,  # "A (x) against B (y)": after every step that orders two numbers
    scatter_rows,  # "scatter of hourly wage by age": each person a point, not each age's sum
    range_trend,
    onward_axis,  # "trend … over the first 30 days": along the days
    _count_per_value,
    kept_entities,  # "uses of force in neighborhoods with …": the rows kept, no axis
    semantic_subject,
    subject,
    agent_rows,  # "the top 10 coffee importers": the countries of coffee_imports
    ranked_rows,
    own_values,  # "the 5 counties with the highest …": each county's value, namesakes apart
    whole_rows,  # "top 10 producing countries": the World row is no country
    tallied_home,  # before a compared number is shown: a count column's things, summed
    compared_measure,
    keyed_grain,  # a long table's number asked with no grouping: each thing's number
    commonest_rows,  # "the most popular product": order lines counted, not products
    _fact,
    per_entity_rate,  # "revenue per order by region": each order's total, averaged
    share_of_flag,  # "share of patients who died": the flag's mean, not a count of deaths
    drop_self_group,
    drop_one_value_group,  # "how many stops ended with a citation": one number
    glossed_groups,  # "how many districts (state and district number)": no bars per state
    distributed_rows,  # "distribution of product prices": binned, not a bar per product
    timed_measure,  # "population of the states per year": the yearly table's own pop
    across_rows,
    entity_counts,
    panel_units,  # "how many people does the panel follow": distinct ids of person-years
    trait_rows,  # "average age of the patients" of their diary days: each patient once
    counted_by_key,  # "how many states had a tax above …": distinct keys of the rows kept
    keyed_label,  # "count the physicians trained in …": their names, not their numbers
    described_codes,  # "by drive type" of drive_sys 'A' beside drive_desc 'All Wheel Drive'
    repeated_labels,  # "top 10 customers" of 120 names: each customer, not each name
    described_compares,
    month_labels,  # a text column of month names beside the dates: the dates by month
    counted_groups,  # "users with more than 1000 ratings": the users are the groups
    other_things_counted,  # "customers with more than 5 orders by segment": no segment's count
    having,
    summed_groups,  # "which causes saw more than 100 fatalities": each cause's total
    metric_having,
    metric_filters,
    sum_frequencies,  # counted rows of a table of counts: the sum of its count column
    tied_namesakes,  # a word two tables share that nothing else chose between
    tied_distinct_counts,  # "how many countries" listed by three tables: which, unknown
    unpinned_members,  # "reading" of readk, read1 … that no word picks: refused
    series_periods,  # "monthly sunspot numbers" of one row a month: each month's value
    two_years,  # "per year" of a bare year column beside a date of other years: refused
    borrowed_time,  # a timeless table's number along another table's years: refused
    picked_kind,  # rows of a joined table kept by the kind of number they carry: refused
    numbering_misread,  # last: "how many episodes" as distinct episode numbers: refused
)


def draft(question: str, catalog: Catalog, dialect: str, found: Found | None = None) -> Draft:
    """Read ``question`` and run every step over a fresh draft; ``found``: values looked up
    in the data for spans of its words (see :func:`.link.link`)."""
    q = Question.read(question)
    r = read(q)
    values_over_reading(q, r, catalog)  # "came back positive", "Delta Air Lines": values
    held = reserve(q, r, catalog)  # a column named by its description outranks a metric
    terms = find_terms(q, r, catalog)  # before linking: a metric outranks a column's words
    mentions = reordered_names(q, catalog, r, add_found(link(q, catalog, r), found))
    whole_names(q, r, mentions)  # "hourly rate": HourlyRate, not any of three rates
    d = Draft(q=q, r=r, catalog=catalog, dialect=dialect, mentions=mentions)
    release(q, held, d.mentions, terms)
    d.terms = terms
    favour_tables(d.mentions, terms)
    for step in STEPS:
        step(d)
    return d
