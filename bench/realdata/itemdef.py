"""How the real-data items are written: :func:`Q` turns one authored question into an item.

An item file (``items/<dataset>.py``) holds ``DB`` (the dataset name) and
``ITEMS``, a list of :func:`Q` calls. Channels are written the way the gold
query computes them: ``"n_name"``, ``"count(*)"``, ``"avg(c_acctbal)"``,
``"count(distinct o_custkey)"``; a temporal bin of a DATE/TIME column is
written ``"year(o_orderdate)"`` (integer year), ``"month(o_orderdate)"``
(first day of the month, a date), ``"weekday(date)"`` (Mon … Sun, VisEval's
spelling) or ``"hour(time)"`` (integer 0–23). ``fill.py`` runs the gold SQL and
writes the JSON-lines files.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["BIN_UNITS", "MARKS", "TAGS", "Q", "channel"]

MARKS = {"bar", "line", "point", "arc", "kpi"}
BIN_UNITS = {"year": "YEAR", "month": "YEARMONTH", "weekday": "WEEKDAY", "hour": "HOUR"}
_AGG = {"count": "count", "sum": "sum", "avg": "mean", "min": "min", "max": "max"}
_CALL = re.compile(r"^(\w+)\((distinct\s+)?(.+)\)$", re.IGNORECASE)

#: the tags an item may carry (a typo in an item file is an error, not a new tag)
TAGS = {
    "join",  # needs a second table
    "same-name-join",  # joined on columns of the same name (plot_id = plot_id)
    "key-join",  # joined on differently named columns (o_custkey = c_custkey)
    "role-join",  # one table joined twice in two roles (customer nation, supplier nation)
    "multi-hop",  # three or more tables
    "abbreviation",  # the question uses words for an abbreviated column name
    "count-of-entity",  # "how many X": rows of the table X names, not a sum of an id
    "count-distinct",  # a count of distinct values
    "condition-value",  # a condition on a text value ("in the BUILDING segment")
    "condition-number",  # a numeric comparison on a column (WHERE)
    "condition-month",  # a month named in the question ("in July")
    "condition-year",  # one year ("in 1996")
    "condition-year-range",  # "since 1995", "between 1994 and 1996", "before 2000"
    "having",  # a comparison on an aggregate
    "top-n",  # top/bottom N
    "sorted",  # an explicit order without a limit
    "calendar-int",  # an integer calendar column (year, month, quarter, day)
    "time-line",  # a trend over time
    "temporal-bin",  # a DATE/TIME column binned (year, month, weekday, hour)
    "two-category",  # a measure by two categories (stacked or grouped)
    "non-additive",  # an average/min/max by two categories: grouped, never stacked
    "multi-series",  # several lines
    "share",  # a pie
    "histogram",  # a distribution in stated bins
    "scatter",  # raw points of two measures
    "kpi",  # a single number
    "min-max",  # MIN or MAX aggregate
}


def channel(text: str | None) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """``"avg(c_acctbal)"`` → the channel ``{column, aggregate, distinct}`` and its bin, if any."""
    if text is None:
        return None, None
    m = _CALL.match(text.strip())
    if m is None:
        return {"column": text, "aggregate": None}, None
    name, distinct, arg = m.group(1).lower(), bool(m.group(2)), m.group(3).strip()
    if name in BIN_UNITS:
        return {"column": arg, "aggregate": None}, {"column": arg, "unit": BIN_UNITS[name]}
    if name not in _AGG:
        msg = f"unknown channel function {name!r} in {text!r}"
        raise ValueError(msg)
    out: dict[str, Any] = {"column": arg, "aggregate": _AGG[name]}
    if name == "count":
        out["distinct"] = distinct
    return out, None


def Q(  # a capital: reads like a row of the item table
    id: str,
    question: str,
    mark: str,
    x: str | None,
    y: str,
    color: str | None = None,
    *,
    sql: str,
    hard: str,
    tags: str,
    sort: str | None = None,
    spec: tuple[str, ...] | None = None,
    chart: str | None = None,
) -> dict[str, Any]:
    """One authored item; ``sort`` is ``"x"``, ``"-x"``, ``"y"`` or ``"-y"`` (``-`` = descending).

    ``spec`` lists the channels the question pins down (default: x and y for a
    line or a scatter, none for a bar or a pie, where a swap only turns the bars).
    """
    if mark not in MARKS:
        msg = f"{id}: unknown mark {mark!r}"
        raise ValueError(msg)
    tag_list = tags.split()
    unknown = set(tag_list) - TAGS
    if unknown:
        msg = f"{id}: unknown tags {sorted(unknown)}"
        raise ValueError(msg)
    xc, xbin = channel(x)
    yc, _ = channel(y)
    cc, _ = channel(color)
    if spec is None:
        spec = ("x", "y") if mark in ("line", "point") else ()
    sort_spec = None
    if sort:
        sort_spec = {
            "channel": sort.lstrip("-"),
            "order": "descending" if sort.startswith("-") else "ascending",
        }
    return {
        "id": id,
        "question": question,
        "chart": chart or _chart_label(mark, color is not None, (yc or {}).get("aggregate")),
        "mark": mark,
        "grouped": color is not None,
        "hardness": hard,
        "x": xc,
        "y": yc,
        "color": cc,
        "bin": xbin,
        "sort": sort_spec,
        "query_meta": {"channel_specified": list(spec)},
        "tags": tag_list,
        "gold_sql": " ".join(sql.split()),
    }


def _chart_label(mark: str, grouped: bool, aggregate: str | None) -> str:
    """VisEval's label; a total by two categories stacks, an average (non-additive) does not."""
    base = {"bar": "Bar", "line": "Line", "point": "Scatter", "arc": "Pie", "kpi": "KPI"}[mark]
    if not grouped:
        return base
    if base == "Bar":
        return "Stacked Bar" if aggregate in ("count", "sum") else "Grouping Bar"
    return f"Grouping {base}"
