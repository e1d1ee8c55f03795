"""Two panels joined through a code table, with the year carried along.

``Guns(state: full name, year)`` and ``seatbelts(state: postal code, year)`` both point at
``states(name, usps)``; the path between them enters ``states`` from one many side and
leaves to another — a fan trap (:func:`.joining.chasm`) — unless the year is joined too:
``guns JOIN states ON guns.state = states.name JOIN seatbelts ON seatbelts.state =
states.usps AND seatbelts.year = guns.year``. That is one row to one row when each panel
holds one row per (thing, year), which the catalog confirmed on the data
(``Table.row_keys``, :mod:`aiser_jupyter.engine.catalog.panels`). A side with no such key,
or with several year columns that would do, keeps the trap.
"""

from __future__ import annotations

from typing import Any

from ...catalog.model import Catalog, Join

__all__ = ["PanelJoin", "carry_from_code_table", "carry_years"]


class PanelJoin(Join):
    """A join into a panel through a code table, with its year matched to the other panel's:
    ``(table, year_column) = (other_table, other_year)``."""

    carry: tuple[str, str, str, str]


def carry_years(catalog: Catalog, path: list[Join]) -> list[Join]:
    """``path`` with each step that leaves a code table for a second panel made a
    :class:`PanelJoin` carrying the year of the panel the path entered it from."""
    out = list(path)
    for i in range(1, len(out)):
        into, leave = out[i - 1], out[i]
        if (
            into.ref_table.lower() != leave.ref_table.lower()
            or into.table.lower() == leave.table.lower()
            or isinstance(into, PanelJoin)
        ):
            continue
        here = _year(catalog, into.table, into.column)
        there = _year(catalog, leave.table, leave.column)
        if here and there:
            carry = (leave.table, there, into.table, here)
            evidence = (
                f"{leave.evidence or 'a key'}; with {leave.table}.{there} = {into.table}.{here}"
                f": one row per ({leave.column}, {there}) in {leave.table} and per "
                f"({into.column}, {here}) in {into.table}"
            )
            out[i] = PanelJoin(**{**leave.model_dump(), "evidence": evidence}, carry=carry)
    return out


def carry_from_code_table(catalog: Catalog, fact: str, joins: list[Any]) -> list[Any]:
    """The plan read from the code table itself ("how many states had both …"): the panels
    joined from it, after the first, carry that first panel's year — else each state's rows
    of one would meet all its rows of the other."""
    down = [
        i
        for i, step in enumerate(joins)
        if isinstance(step, Join)
        and not isinstance(step, PanelJoin)
        and step.ref_table.lower() == fact.lower()
        and step.table.lower() != fact.lower()
    ]
    if len(down) < 2:
        return joins
    first = joins[down[0]]
    here = _year(catalog, first.table, first.column)
    out = list(joins)
    for i in down[1:] if here else []:
        step = out[i]
        there = _year(catalog, step.table, step.column)
        if there and step.table.lower() != first.table.lower():
            carry = (step.table, there, first.table, here)
            evidence = (
                f"{step.evidence or 'a key'}; with {step.table}.{there} = {first.table}.{here}"
            )
            out[i] = PanelJoin(**{**step.model_dump(), "evidence": evidence}, carry=carry)
    return out


def _year(catalog: Catalog, table: str, column: str) -> str:
    """The one year column that holds one row per value of ``column`` with it in ``table``,
    else "" (none, or several)."""
    found = catalog.table(table)
    if found is None:
        return ""
    years = [key[1] for key in found.row_keys if len(key) == 2 and key[0].lower() == column.lower()]
    return years[0] if len(years) == 1 else ""
