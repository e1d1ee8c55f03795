"""Score one prediction against one benchmark item (VisEval's pass rate rules).

An item passes when the prediction is **valid** (no error, rows, a mark with the
channels it needs), has the right **chart** (mark; a colour channel iff the gold
is grouped), the right **data** (the plotted tuples equal the gold rows as a
multiset, with the tolerances of ``bench/README.md``) and the right **order**
(when the gold is sorted). Pure functions over plain JSON data.
"""

from __future__ import annotations

import itertools
import math
import re
from typing import Any

__all__ = ["REL_TOL", "score_prediction", "values_match"]

REL_TOL = 5e-4
SUPPORTED_MARKS = {"bar", "line", "point", "arc", "area", "kpi"}
_DATE = re.compile(r"^\d{4}(-\d\d(-\d\d)?)?$")


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        text = value.strip()
        if re.fullmatch(r"[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?", text):
            return float(text)
    return None


def values_match(pred: Any, gold: Any) -> bool:
    """One plotted value against one gold value (numbers within tolerance, dates by prefix)."""
    if gold is None or pred is None:
        return gold is None and pred is None
    g, p = _number(gold), _number(pred)
    if g is not None and p is not None and math.isclose(p, g, rel_tol=REL_TOL, abs_tol=1e-9):
        return True
    gs, ps = str(gold), str(pred)
    return gs == ps or bool(_DATE.match(gs) and ps.startswith(gs))


def _rows_match(pred: list[Any], gold: list[Any]) -> bool:
    return len(pred) == len(gold) and all(
        values_match(p, g) for p, g in zip(pred, gold, strict=True)
    )


def _exact(value: Any) -> Any:
    n = _number(value)
    return n if n is not None else str(value)


def _multiset_match(pred: list[list[Any]], gold: list[list[Any]]) -> bool:
    """Gold rows with y == 0 may be missing from the prediction; all others pair one to one —
    equal rows first, so that within the tolerance a row never takes its neighbour's partner
    (incomes 4254 and 4256 of a dense scatter)."""
    exact: dict[tuple[Any, ...], list[int]] = {}
    for i, row in enumerate(pred):
        exact.setdefault(tuple(_exact(v) for v in row), []).append(i)
    unused, rest = set(range(len(pred))), []
    for grow in gold:
        same = exact.get(tuple(_exact(v) for v in grow))
        if same:
            unused.discard(same.pop())
        else:
            rest.append(grow)
    for grow in rest:
        hit = next((i for i in sorted(unused) if _rows_match(pred[i], grow)), None)
        if hit is None:
            if len(grow) > 1 and _number(grow[1]) == 0:
                continue
            return False
        unused.remove(hit)
    return not unused


def _scaled(gold: list[list[Any]], pred: list[list[Any]]) -> list[list[Any]] | None:
    """Gold pie values multiplied by the one factor that makes their sum the prediction's."""
    gsum = sum(_number(r[1]) or 0.0 for r in gold)
    psum = sum(_number(r[1]) or 0.0 for r in pred if len(r) > 1)
    if gsum <= 0 or psum <= 0:
        return None
    k = psum / gsum
    return [[r[0], (_number(r[1]) or 0.0) * k, *r[2:]] for r in gold]


def _data_ok(
    pred: list[list[Any]], item: dict[str, Any], *, swap: bool, swap_color: bool = False
) -> bool:
    gold = [list(r) for r in item.get("gold_data") or []]
    candidates = [pred]
    if swap:
        candidates.append([[r[1], r[0], *r[2:]] if len(r) > 1 else r for r in pred])
    if swap_color:  # "y by A and B": A on x and B as colour, or the other way round
        candidates.append([[r[2], r[1], r[0]] if len(r) > 2 else r for r in pred])
    for rows in candidates:
        if _multiset_match(rows, gold):
            return True
        if item.get("mark") == "arc":
            scaled = _scaled(gold, rows)
            if scaled is not None and _multiset_match(rows, scaled):
                return True
    return False


def _key(value: Any) -> tuple[int, Any]:
    n = _number(value)
    return (0, n) if n is not None and not isinstance(value, str) else (1, str(value))


def _monotonic(values: list[Any], descending: bool) -> bool:
    keys = [_key(v) for v in values]
    if len({k[0] for k in keys}) > 1:
        keys = [(1, str(v)) for v in values]
    pairs = itertools.pairwise(keys)
    return all(a >= b for a, b in pairs) if descending else all(a <= b for a, b in pairs)


def _order_ok(pred: list[list[Any]], item: dict[str, Any], *, swapped: bool) -> bool:
    sort = item.get("sort")
    if not sort:
        return True
    index = 0 if sort.get("channel") == "x" else 1
    if swapped:
        index = 1 - index
    descending = sort.get("order") == "descending"
    if item.get("grouped"):
        series: dict[str, list[Any]] = {}
        for row in pred:
            if len(row) > index:
                series.setdefault(str(row[2]) if len(row) > 2 else "", []).append(row[index])
        return all(_monotonic(vals, descending) for vals in series.values())
    return _monotonic([r[index] for r in pred if len(r) > index], descending)


def score_prediction(pred: dict[str, Any], item: dict[str, Any]) -> dict[str, bool]:
    """``{"valid", "chart", "data", "order", "pass", "transposed"}`` for one prediction of one item
    (``transposed``: not right, but its rows are the gold's with x and y exchanged where the
    gold pins them — the same points, in the other orientation)."""
    data = pred.get("data") or []
    mark = pred.get("mark")
    grouped = bool(pred.get("grouped"))
    valid = (
        not pred.get("error")
        and bool(data)
        and mark in SUPPORTED_MARKS
        and all(len(r) >= (3 if grouped else 1 if mark == "kpi" else 2) for r in data)
    )
    out = {"valid": valid, "chart": False, "data": False, "order": False, "pass": False}
    out["transposed"] = False  # right rows with the axes the gold pins the other way round
    if not valid:
        return out
    gold_grouped = bool(item.get("grouped"))
    out["chart"] = mark == item.get("mark") and grouped == gold_grouped
    rows = [list(r[:3]) if gold_grouped else list(r[:1] if mark == "kpi" else r[:2]) for r in data]
    pinned = set((item.get("query_meta") or {}).get("channel_specified") or [])
    swap = not {"x", "y"} <= pinned
    swap_color = gold_grouped and not pinned & {"x", "classify", "color"}
    straight = _data_ok(rows, item, swap=False, swap_color=swap_color)
    swapped = not straight and swap and _data_ok(rows, item, swap=True)
    out["data"] = straight or swapped
    out["order"] = _order_ok(rows, item, swapped=swapped)
    out["transposed"] = not out["data"] and not swap and _data_ok(rows, item, swap=True)
    out["pass"] = all(out[k] for k in ("valid", "chart", "data", "order"))
    return out
