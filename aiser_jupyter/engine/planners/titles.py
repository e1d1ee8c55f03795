"""Titles from plans: what a chart computes, in words the user can check against the question.

The title is never the question repeated: it is generated from the plan, so a chart that
answers something else says so in its title ("Average of dep_delay by carrier, where
dest = 'LAX'")."""

from __future__ import annotations

import sqlglot
from sqlglot import exp

from ..plan import Bin, ChartPlan, FieldDef

__all__ = ["conjuncts", "describe_plan", "filters_text"]

#: a longer WHERE is summarised ("rows filtered") rather than spelled out in the title
_LONGEST = 90

_AGG_TEXT = {
    "count": "Count",
    "sum": "Sum",
    "mean": "Average",
    "median": "Median",
    "min": "Minimum",
    "max": "Maximum",
    "distinct": "Distinct count",
}


def describe_plan(plan: ChartPlan, dialect: str | None = None) -> str:
    """A title that says what the chart computes ("Average rcv_delay by vendor, where dest = 'LAX'"),
    from the plan: its measure, its groupings, its top-N and the rows it keeps."""
    title = _what(plan)
    kept = filters_text(plan.sql, dialect)
    return f"{title}, where {kept}" if kept else title


def _what(plan: ChartPlan) -> str:
    enc = plan.chart.encoding
    measure = next(
        (fd for fd in (enc.theta, enc.y, enc.x, enc.color, enc.size) if fd and fd.aggregate),
        None,
    )
    groups = [
        fd
        for fd in (enc.x, enc.color, enc.y, enc.facet)
        if fd is not None and fd is not measure and not fd.aggregate and fd.field
    ]
    if measure is None:
        if plan.chart.mark in ("histogram",) and groups:
            return f"Count of rows by {_field_text(groups[0])}"
        if len(groups) >= 2:
            return f"{_field_text(groups[1])} against {_field_text(groups[0])}"
        return "Rows" if not groups else _field_text(groups[0])
    what = (
        "Count of rows"
        if measure.field is None
        else f"{_AGG_TEXT.get(measure.aggregate or '', 'Value')} of {measure.field}"
    )
    if not groups:
        return what
    title = f"{what} by {_field_text(groups[0])}"
    if len(groups) > 1:
        title += f" and {_field_text(groups[1])}"
    if plan.chart.limit:
        title = f"Top {plan.chart.limit}: " + title
    return title


def _field_text(fd: FieldDef) -> str:
    unit = fd.timeUnit
    name = fd.field or "rows"
    if unit is None:
        if isinstance(fd.bin, Bin) and fd.bin.step == 10 and "year" in name.lower():
            return f"{name} (decade)"
        return f"{name} (binned)" if fd.bin else name
    return f"{name} ({_UNIT_TEXT.get(unit, unit)})"


_UNIT_TEXT = {
    "yearmonth": "month",
    "yearquarter": "quarter",
    "yearweek": "week",
    "yearmonthdate": "day",
    "date": "day",
    "month": "month of year",
    "weekday": "day of week",
    "hour": "hour of day",
    "monthofyear": "month of year",
    "dayofmonth": "day of month",
}


def filters_text(sql: str, dialect: str | None = None) -> str:
    """The outer query's WHERE, short and without table names ("dest = 'LAX' and year >= 2010"),
    or "" when there is none; a condition too long for a title reads "rows filtered"."""
    try:
        tree = sqlglot.parse_one(sql, read=dialect or None)
    except sqlglot.errors.ParseError:
        return ""
    where = tree.args.get("where") if isinstance(tree, exp.Select) else None
    if where is None:
        return ""
    cond = where.this.copy()
    roles = {t.alias.lower() for t in tree.find_all(exp.Table) if t.alias}
    for col in cond.find_all(exp.Column):
        if col.table.lower() not in roles:  # a table's role (customer_nation.n_name) is kept
            col.set("table", None)
    for cast in list(cond.find_all(exp.Cast)):
        if isinstance(cast.this, exp.Literal):
            cast.replace(cast.this.copy())
    parts = [_condition_text(p, dialect) for p in conjuncts(cond)]
    text = " and ".join(parts)
    return text if len(text) <= _LONGEST else "rows filtered"


def conjuncts(cond: exp.Expression) -> list[exp.Expression]:
    """The conditions ``cond`` ANDs together, parentheses opened."""
    if isinstance(cond, exp.And):
        return [*conjuncts(cond.left), *conjuncts(cond.right)]
    if isinstance(cond, exp.Paren):
        return conjuncts(cond.this)
    return [cond]


def _condition_text(cond: exp.Expression, dialect: str | None) -> str:
    """One condition; "carrier IN (SELECT … HAVING COUNT(*) > 100)" reads "carrier with COUNT(*) > 100"."""
    query: exp.Expression | None = cond.args.get("query") if isinstance(cond, exp.In) else None
    having = query.find(exp.Having) if query is not None else None
    if having is not None:
        subject = next(cond.this.find_all(exp.Column, bfs=False), None)
        said = (subject or cond.this).sql(dialect=dialect or None)  # a labelled key: its name
        return f"{said} with {having.this.sql(dialect=dialect or None)}"
    held = _contained(cond)
    if held is not None:
        return (
            f"{held[0].sql(dialect=dialect or None)} contains {exp.Literal.string(held[1]).sql()}"
        )
    return str(cond.sql(dialect=dialect or None))


def _contained(cond: exp.Expression) -> tuple[exp.Expression, str] | None:
    """``x LIKE '%Laptop%'`` (its wildcards escaped or none inside): x and the text it holds."""
    escape = ""
    if isinstance(cond, exp.Escape) and isinstance(cond.expression, exp.Literal):
        escape, cond = str(cond.expression.this), cond.this
    if not isinstance(cond, exp.Like) or not isinstance(cond.expression, exp.Literal):
        return None
    pattern = str(cond.expression.this)
    if len(pattern) < 3 or pattern[0] != "%" or pattern[-1] != "%":
        return None
    inner, text, i = pattern[1:-1], [], 0
    while i < len(inner):
        if escape and inner[i] == escape and i + 1 < len(inner):
            text.append(inner[i + 1])
            i += 2
        elif inner[i] in "%_":
            return None
        else:
            text.append(inner[i])
            i += 1
    return cond.this, "".join(text)
