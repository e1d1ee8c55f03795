"""Steps for the semantic layer's derived dimensions: grouping by one ("by size band",
"by customer nation" through its joins), keeping the rows of one of its values ("large
orders"), and the joins a plan needs to reach the tables a dimension reads."""

from __future__ import annotations

from collections.abc import Collection

from sqlglot import exp

from ....errors import error
from ...catalog.model import Join, Table
from .derived import DerivedColumn, bare_column, dimension_column
from .draft import Dim, Draft

__all__ = [
    "derived_joins",
    "grouped_after",
    "order_dims",
    "semantic_groups",
    "semantic_subject",
    "semantic_values",
]


def _add(d: Draft, hit: object, lo: int, hi: int) -> bool:
    """Group by the dimension ``hit`` names. A dimension that is one column of a table
    (``plots.plot_type``) groups by that column itself — what linking would find, so values
    and other steps know it — and the joins the file declares for it are kept for the plan
    (:func:`derived_joins`); an expression groups by a :class:`DerivedColumn`."""
    dimension = getattr(hit, "dimension", None)
    if dimension is None:
        return False
    bare = bare_column(dimension, d.catalog)
    if bare is not None:
        table, column = bare
        d.dim_paths[id(column)] = (dimension, d.catalog.table(dimension.table))
    else:
        found = dimension_column(dimension, d.catalog)
        if found is None:
            return False
        table, column = found
    if any(x.column is column or _same_term(x.column, column) for x in d.dims):
        return True
    unit = d.r.unit if column.semantic == "temporal" else None
    d.dims.append(Dim(table, column, unit=unit, words=(lo, hi)))
    return True


def _same_term(a: object, b: object) -> bool:
    return isinstance(a, DerivedColumn) and isinstance(b, DerivedColumn) and a.term == b.term


def semantic_groups(d: Draft) -> None:
    """The dimensions named after a grouping cue (their words already taken) group the chart."""
    for hit in d.terms:
        if hit.kind == "dimension" and hit.taken and d.q.used.get(hit.lo) == "grouping":
            _add(d, hit, hit.lo, hit.hi)
            if d.r.color_words is not None and d.r.color_words[0] <= hit.lo < d.r.color_words[1]:
                d.dims[-1].color = True


def order_dims(d: Draft) -> None:
    """Groupings in the order the question names them ("by status and customer region": the
    status along x, the region as the colour) once both kinds are in."""
    if not any(isinstance(x.column, DerivedColumn) for x in d.dims):
        return
    named = [x for x in d.dims if x.words is not None and not x.color]
    if len(named) < 2:
        return
    ordered = iter(sorted(named, key=lambda x: x.words[0] if x.words else 0))
    d.dims = [next(ordered) if x.words is not None and not x.color else x for x in d.dims]


def semantic_subject(d: Draft) -> None:
    """No grouping found: a dimension the question names ("which size band sells most",
    "customer regions with …") is the x, when no step used its words."""
    if d.dims or d.r.histogram:
        return
    for hit in d.terms:
        if hit.kind != "dimension" or hit.taken:
            continue
        if not all(d.q.free(i) for i in range(hit.lo, hit.hi)):
            continue
        if _add(d, hit, hit.lo, hit.hi):
            for m in d.free():  # "customer regions": the dimension, not customers and regions
                if hit.lo <= m.lo and m.hi <= hit.hi:
                    d.take(m, "grouping")
            d.q.claim(hit.lo, hit.hi, "grouping")
            hit.taken = True
            return


def semantic_values(d: Draft) -> None:
    """ "large orders": rows whose dimension has that value (``CASE … END = 'large'``)."""
    for hit in d.terms:
        if hit.kind != "value" or not hit.taken or hit.dimension is None:
            continue
        found = dimension_column(hit.dimension, d.catalog)
        if found is None:
            continue
        table, column = found
        cond = exp.EQ(this=column.expression(), expression=exp.Literal.string(str(hit.value)))
        d.where.append((table, cond))
        d.semantic_where.append(column)


def derived_joins(
    d: Draft, fact: Table, joined: set[str], words: Collection[str] | None = None
) -> list[Join]:
    """The joins from ``fact`` to each dimension's table, then the dimension's own joins (the
    path the file declares, which may differ from the shortest one: the customer's nation,
    not the supplier's); ``joined`` gains the tables reached. A dimension that is a column
    of the fact table itself needs none ("plots of each plot type")."""
    out: list[Join] = []
    for start, steps, term in _paths(d):
        if start is None or not steps:
            continue
        if all(n in joined for s in steps for n in (s.table.lower(), s.ref_table.lower())):
            continue
        path: list[Join] = []
        if start.name.lower() not in joined:
            found = d.catalog.join_path(fact.name, start.name, prefer=words)
            if found is None:
                msg = (
                    f"No key joins {fact.name} to {start.name}, the table of {term}; "
                    f"declare one under 'joins' in the semantic layer file"
                )
                raise error("AISER-PLAN-NO-JOIN", msg)
            path = found
        for step in [*path, *steps]:
            names = (step.table.lower(), step.ref_table.lower())
            if any(n not in joined for n in names):
                joined.update(names)
                out.append(step)
    return out


def _paths(d: Draft) -> list[tuple[Table | None, list[Join], str]]:
    """(the table a dimension describes, its joins, its name) for each dimension in use;
    none for a dimension that is a column of the fact table."""
    fact = d.fact or (d.measures[0].table if d.measures else None)
    out: list[tuple[Table | None, list[Join], str]] = []
    for column in [x.column for x in d.dims] + list(d.semantic_where):
        if isinstance(column, DerivedColumn) and column.joins:
            out.append((_table_of(d, column), column.joins, column.term))
        elif id(column) in d.dim_paths:
            dimension, start = d.dim_paths[id(column)]
            owner = next(x.table for x in d.dims if x.column is column)
            if fact is not None and owner is not fact:
                out.append((start, list(dimension.joins), dimension.name))
    return out


def _table_of(d: Draft, column: DerivedColumn) -> Table | None:
    for x in d.dims:
        if x.column is column:
            return x.table
    semantic = d.catalog.semantic
    dimension = semantic.dimension(column.term) if semantic is not None else None
    return d.catalog.table(dimension.table) if dimension is not None else None


def grouped_after(d: Draft) -> None:
    """ "by plot type and sex": the grouping named after "and", once a dimension took the
    first one (the grouping step reads only what follows its cue)."""
    from .row_label import label

    for hit in d.terms:
        if hit.kind != "dimension" or not hit.taken or hit.hi + 1 >= len(d.q):
            continue
        if d.q.words[hit.hi].text != "and" or not d.q.free(hit.hi) or len(d.dims) >= 2:
            continue
        m = next((x for x in d.free() if x.lo == hit.hi + 1 and x.kind != "value"), None)
        if m is None:
            continue
        if m.kind == "table":
            table, column = m.table, label(m.table)
        else:
            table, column = m.table, m.column
        if (
            column is None
            or column.semantic == "quantitative"
            or any(x.column is column for x in d.dims)
        ):
            continue
        d.dims.append(Dim(table, column, words=(m.lo, m.hi)))
        d.q.claim(hit.hi, hit.hi + 1, "and")
        d.take(m, "grouping")
