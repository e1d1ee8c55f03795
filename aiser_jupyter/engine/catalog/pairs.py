"""Whether two columns may hold the same keys, by their types and names alone: the cheap
test every join candidate passes before the data are asked (:mod:`.joins`)."""

from __future__ import annotations

import re
from functools import lru_cache

from .model import Column

__all__ = ["holds_days", "key_family", "pair_kind"]

_NUMERIC = ("int", "real", "double", "float", "decimal", "numeric", "number", "hugeint")
_INTEGER = ("int",)
_TEXT = ("char", "text", "string", "varchar", "enum")
_PREFIX = re.compile(r"^([a-z]{1,3})_(.{3,})$", re.I)
#: names every table may give its own row identifier or row number (R's ``rownames``,
#: pandas' ``index`` / ``Unnamed: 0``, a bare ``id``): the same name in two tables says
#: nothing about one holding the other's values, and row numbers of two tables overlap by
#: chance, so a join on them is only ever declared, never inferred
_ROW_KEYS = frozenset(
    ["id", "rownames", "row_names", "rowname", "row", "rowid", "row_id", "rownum", "row_num"]
) | frozenset(["row_number", "index", "idx", "level_0", "unnamed: 0", "unnamed_0", "key", "pk"])


def holds_days(column: Column) -> bool:
    """Whether ``column`` holds calendar days (a DATE, no time of day)."""
    kind = column.type.lower()
    return "date" in kind and "time" not in kind


def key_family(column: Column) -> str | None:
    """ "int" or "text" for a column that may hold keys, else None (reals, dates, blobs)."""
    return _family(column.type)


@lru_cache(maxsize=1024)
def _family(type_name: str) -> str | None:
    t = type_name.lower()
    if any(k in t for k in ("bool", "date", "time", "interval", "blob", "bytea", "json")):
        return None
    if any(k in t for k in _INTEGER):
        return "int"
    if any(k in t for k in _NUMERIC):
        return None  # a real number is no key
    if any(k in t for k in _TEXT) or not t:
        return "text"
    return None


def pair_kind(c: Column, k: Column, *, repeats: bool = False) -> str | None:
    """Why ``c`` may hold values of ``k``: "same name", "prefix" (``o_custkey``,
    ``c_custkey``), "values" (text codes that look alike), or None. ``repeats``: ``c`` repeats
    in its table, so an ``id`` there is no row number of its own but refers to ``k``'s rows
    (``events.id`` of the subject each event happened to)."""
    a, b = c.name.lower(), k.name.lower()
    if a == b:
        return None if a in _ROW_KEYS and not repeats else "same name"
    pa, pb = _PREFIX.match(a), _PREFIX.match(b)
    if pa and pb and pa[2] == pb[2]:
        return None if pa[2] in _ROW_KEYS else "prefix"
    if key_family(c) == "text" and _same_shape(c, k) and (c.distinct or 0) >= 2:
        return "values"
    if key_family(c) == "text" and key_family(k) == "text" and _listed(c, k):
        return "values"
    return None


#: values the many side's profile must share with a code table's list, at least: a few
#: names in common may be chance
MIN_LISTED = 5


def _listed(c: Column, k: Column) -> bool:
    """Names a code table lists (``Guns.state`` of full names in ``states.Name``): ``k``'s
    profile holds all its values, and nearly all of ``c``'s sampled values are among them.
    Codes of one shape are :func:`_same_shape`'s; names differ in length, so their shapes
    say nothing, and their values are compared instead (confirmed in SQL later)."""
    mine = {v for v in c.samples if isinstance(v, str) and re.search(r"[A-Za-z]", v)}
    listed = {v for v in k.samples if isinstance(v, str)}
    if len(mine) < MIN_LISTED or not k.distinct or len(listed) < k.distinct:
        return False
    return len(mine & listed) >= 0.9 * len(mine)


def _same_shape(c: Column, k: Column) -> bool:
    """Codes that look alike (``JFK`` and ``LGA``; ``AA``): worth a containment check."""
    a = [str(v) for v in c.samples if v is not None][:5]
    b = [str(v) for v in k.samples if v is not None][:5]
    if not a or not b:
        return False

    def shape(v: str) -> tuple[int, bool, bool]:
        return (len(v), v.isupper(), v.isdigit())

    return {shape(v) for v in a} <= {shape(v) for v in b} and all(len(v) <= 12 for v in a + b)
