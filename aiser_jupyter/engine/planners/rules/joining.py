"""Which tables a plan reads and how they are joined: the catalog's keys from the measured
table outwards, a table in several roles once per role (:mod:`.roles`), and what was joined,
on what and why, for the plan's notes."""

from __future__ import annotations

from collections.abc import Collection

from sqlglot import exp

from ....errors import error
from ...catalog.joins import unique
from ...catalog.model import Catalog, Join, Table
from ..lexicon import question_words
from .bridges import bridged
from .draft import Draft
from .panel_join import PanelJoin, carry_from_code_table, carry_years
from .roles import Roles, RoleStep, choose_roles
from .semantic_dims import derived_joins
from .unjoined import text_picks

__all__ = ["Step", "chasm", "join_notes", "plan_from", "plan_tables"]

#: a join of the plan: a catalog key, or one written under a role's alias
Step = Join | RoleStep


def plan_tables(d: Draft) -> tuple[Table, list[Step], Roles]:
    """The measured table, the joins that reach every other table the plan reads (a table in
    several roles chosen by the question's words), and the roles chosen."""
    fact = d.fact or (d.measures[0].table if d.measures else d.dims[0].table)
    words = question_words(d.q.text)
    joined = {fact.name.lower()}
    joins: list[Step] = list(derived_joins(d, fact, joined, words))  # a dimension's own path
    roles = choose_roles(d, fact, joined)
    joins += roles.steps
    joined |= roles.tables
    for table in d.tables():
        if table.name.lower() in joined:
            continue
        path = bridged(d, fact, table) or d.catalog.join_path(fact.name, table.name, prefer=words)
        if path is None:
            msg = (
                f"No key joins {fact.name} to {table.name} (declared, or found in the data); "
                f"declare one with %chart join {fact.name}.<column> = {table.name}.<column>"
            )
            unjoined = (fact.name, table.name)
            raise error("AISER-PLAN-NO-JOIN", msg, unjoined=unjoined, picked=text_picks(d))
        path = carry_years(d.catalog, _siblings(d, path))
        trap = chasm(d.catalog, fact, path)
        if trap:
            msg = (
                f"{fact.name} reaches {table.name} only through {trap}, which repeats rows of "
                f"both; ask about {fact.name} or {table.name} alone"
            )
            raise error("AISER-PLAN-NO-JOIN", msg)
        for step in path:
            for name in (step.table.lower(), step.ref_table.lower()):
                if name not in joined:
                    joined.add(name)
                    joins.append(step)
    return fact, carry_from_code_table(d.catalog, fact.name, joins), roles


def _siblings(d: Draft, path: list[Join]) -> list[Join]:
    """Two tables each keyed by the same column that both point at a third table
    (``demographics.country → mortality.country ← maternal.country``) join on that column
    directly: through the third table, rows it lacks would be dropped from both."""
    if len(path) != 2:
        return path
    a, b = path
    if (
        a.ref_table.lower() != b.ref_table.lower()
        or a.ref_column.lower() != b.ref_column.lower()
        or a.column.lower() != b.column.lower()
        or any(t.name.lower() == a.ref_table.lower() for t in d.tables())
    ):
        return path
    left, right = d.catalog.table(a.table), d.catalog.table(b.table)
    if left is None or right is None or not (_keyed(left, a.column) and _keyed(right, b.column)):
        return path
    evidence = f"each keyed by {a.column}, as {a.ref_table} is"
    return [
        Join(
            table=b.table,
            column=b.column,
            ref_table=a.table,
            ref_column=a.column,
            declared=False,
            evidence=evidence,
        )
    ]


def chasm(catalog: Catalog, fact: Table, path: list[Join]) -> str:
    """The table a path enters from its many side and leaves to another many side (``stops →
    neighborhoods ← uses of force``): each row of one side meets every row of the other
    sharing the key, so counts and sums multiply. A table the path leaves again to the side a
    key is unique on is a link of many to many (``dorm ← has_amenity → amenity``), read once
    per group by :mod:`.fanout`, not a trap. Empty when the path has no such turn."""
    at, up = fact.name.lower(), ""
    for i, step in enumerate(path):
        if step.table.lower() == at:  # to the side the key is unique on
            at = step.ref_table.lower()
            if not _one(catalog, step.table, step.column):
                up = step.ref_table
        else:  # to the side that repeats it
            at = step.table.lower()
            linked = i + 1 < len(path) and path[i + 1].table.lower() == at
            carried = isinstance(step, PanelJoin)  # one row per (thing, year) each side
            if up and not linked and not carried and not _one(catalog, step.table, step.column):
                return up
    return ""


def _one(catalog: Catalog, name: str, column: str) -> bool:
    """Whether ``column`` holds one row per value in table ``name``."""
    table = catalog.table(name)
    col = table.column(column) if table is not None else None
    return table is not None and col is not None and unique(table, col)


def _keyed(table: Table, name: str) -> bool:
    """One row per value of ``name`` in ``table``."""
    column = table.column(name)
    rows = table.row_count or 0
    return column is not None and rows > 0 and (column.distinct or 0) >= rows


def plan_from(
    fact: Table, joins: list[Step], catalog: Catalog | None = None, outer: Collection[int] = ()
) -> exp.Select:
    """``FROM fact JOIN …``: each join on its key (all columns of a composite one); the steps
    whose ids are in ``outer`` as LEFT JOIN (:mod:`.outer`)."""
    query = exp.select().from_(exp.Table(this=exp.to_identifier(fact.name)))
    seen = {fact.name.lower()}
    for step in joins:
        if isinstance(step, RoleStep):
            query = _role_join(query, step, catalog, id(step) in outer)
            continue
        new = step.ref_table if step.table.lower() in seen else step.table
        seen.add(new.lower())
        on = _on(step, step.table, step.ref_table, catalog)
        kind = "left" if id(step) in outer else None
        query = query.join(exp.Table(this=exp.to_identifier(new)), on=on, join_type=kind)
    return query


def _role_join(
    query: exp.Select, step: RoleStep, catalog: Catalog | None, left: bool
) -> exp.Select:
    table = exp.Table(this=exp.to_identifier(step.join.ref_table))
    if step.alias is not None:
        table.set("alias", exp.TableAlias(this=exp.to_identifier(step.alias)))
    on = _on(step.join, step.left, step.right, catalog)
    return query.join(table, on=on, join_type="left" if left else None)


def _on(step: Join, left: str, right: str, catalog: Catalog | None) -> exp.Expression:
    parts = catalog.key_joins(step) if catalog is not None else [step]
    on = [
        exp.EQ(
            this=exp.column(j.column, table=left),
            expression=exp.column(j.ref_column, table=right),
        )
        for j in parts
    ]
    if isinstance(step, PanelJoin):  # the year carried from the other panel
        table, column, other, other_column = step.carry
        on.append(
            exp.EQ(
                this=exp.column(column, table=table),
                expression=exp.column(other_column, table=other),
            )
        )
    return exp.and_(*on)


def join_notes(joins: list[Step], roles: Roles) -> list[str]:
    """What was joined, on what and why (the catalog's evidence), for the plan's notes."""
    notes = list(roles.notes)
    for step in joins:
        if isinstance(step, RoleStep):
            continue
        why = f" ({step.evidence})" if step.evidence else ""
        notes.append(f"joined {step.table}.{step.column} = {step.ref_table}.{step.ref_column}{why}")
    return notes
