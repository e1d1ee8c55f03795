"""What a plan's SQL keeps or extracts of dates and their parts, for :mod:`.facts`: the
parts extracted (``EXTRACT(dow …)``) and those a WHERE keeps some of, labels of a text column
of weekdays or months kept (``dow IN ('Sat', 'Sun')``), and the mean of an indicator (a share
of the rows)."""

from __future__ import annotations

from sqlglot import exp

from ..catalog.model import Catalog
from .calendar_parts import month_labels
from .roles import calendar_part

__all__ = ["date_parts", "indicator_mean", "kept_labels"]

#: date parts as SQL spells them, and as the account names them
_PART_UNITS = {"dow": "weekday", "isodow": "weekday", "dayofweek": "weekday"}


def date_parts(tree: exp.Expression) -> tuple[set[str], set[str]]:
    """The parts of dates the SQL extracts, and those a WHERE or HAVING keeps some of."""
    units: set[str] = set()
    kept: set[str] = set()
    for node in tree.find_all(exp.Extract):
        unit = _PART_UNITS.get(node.name.lower(), node.name.lower())
        units.add(unit)
        if node.find_ancestor(exp.Where, exp.Having) is not None:
            kept.add(unit)  # "Monday to Friday": some weekdays kept, not each
    for node in tree.find_all(exp.DayOfWeek, exp.DayOfWeekIso):
        if node.find_ancestor(exp.Where, exp.Having) is not None:
            kept.add("weekday")  # ISODOW(date) IN (1): "on Mondays"
    return units, kept


def indicator_mean(tree: exp.Expression) -> bool:
    """The SQL holds a CASE of 1 (or 100) and 0: the mean of it is a share of the rows."""
    return any(map(_indicator, tree.find_all(exp.Case)))


def _indicator(arg: exp.Case) -> bool:
    """``CASE WHEN … THEN 1 (or 100) WHEN … THEN 0 END``: its mean is a share of the rows."""
    then = {str(i.args["true"]) for i in arg.args.get("ifs") or []}
    return bool(then) and then <= {"1", "1.0", "100", "100.0", "0", "0.0"} and len(then) > 1


def kept_labels(tree: exp.Expression, catalog: Catalog) -> tuple[bool, set[int]]:
    """A WHERE that keeps some labels of a text column of weekdays or months keeps them as
    ``ISODOW(date) IN (6, 7)`` or ``MONTH(date) IN (4)`` does (``dow IN ('Sat', 'Sun')``,
    ``month = 'Apr'``): whether weekdays are kept, and the months kept."""
    weekdays, months = False, set()
    for node in tree.find_all(exp.In, exp.EQ):
        col = node.this
        if not isinstance(col, exp.Column) or node.find_ancestor(exp.Where) is None:
            continue
        table = catalog.table(col.table) if col.table else None
        found = table.column(col.name) if table is not None else None
        part = calendar_part(found) if found is not None else None
        if part == "weekday":
            weekdays = True
        elif part == "month" and found is not None and found.semantic == "nominal":
            said = node.expressions if isinstance(node, exp.In) else [node.expression]
            labels = {str(e.this).strip().lower() for e in said if isinstance(e, exp.Literal)}
            months |= {
                m for m in range(1, 13) if {x.lower() for x in month_labels(found, [m])} & labels
            }
    return weekdays, months
