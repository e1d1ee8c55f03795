"""The rows an aggregate runs over, named after "across all" or "over all": "average poverty
rate across all counties" is one number over every county, not a bar per county."""

from __future__ import annotations

from .draft import Draft

__all__ = ["over_all_rows"]


def over_all_rows(d: Draft) -> None:
    """Take the name right after "across all (the)" (read as such by the reader) before any
    step groups by it."""
    for m in d.free():
        if m.kind == "column" and m.lo and d.q.used.get(m.lo - 1) == "over all rows":
            d.take(m, "aggregated over")
