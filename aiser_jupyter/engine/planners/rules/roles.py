"""One table in several roles: which way the question means it, and one alias per way.

A table reached from the measured table by more than one chain of to-one joins plays
several roles: ``nation`` is the customer's nation (``lineitem → orders → customer →
nation``) and the supplier's (``lineitem → supplier → nation``); ``stations`` is a trip's
origin and its destination (``trips.origin``, ``trips.dest``). Picking one silently
draws a chart of the other. The question's words choose: a role word near the words that
name the grouping or the value ("customer nation", "suppliers in each nation", "by origin
station", "to JFK"). Several roles in one question are joined once each, under an alias
(``customer_nation``, ``supplier_nation``); no role named is refused, naming the roles.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlglot import exp

from ....errors import error
from ...catalog.model import Catalog, Join, Table
from ..lexicon import lemma, split_name
from .draft import Draft

__all__ = ["RoleStep", "Roles", "choose_roles", "role_paths"]

#: longest chain of to-one joins followed from the measured table
MAX_DEPTH = 4
#: words before (after) the words of a grouping or value that may name its role
BEFORE, AFTER = 4, 3
#: words a start/end column is also named by ("flights from JFK", "trips to LAX")
_FROM = {"origin", "orig", "source", "src", "departure", "depart", "start", "pickup", "from"}
_TO = {"destination", "dest", "target", "arrival", "arrive", "end", "dropoff", "to"}


@dataclass(frozen=True)
class RoleStep:
    """A join whose tables are written under the given names (a table's role alias)."""

    join: Join
    left: str  #: how the join's many side (``join.table``) is named in the query
    right: str  #: how its one side (``join.ref_table``) is named
    alias: str | None  #: the alias of the table this step brings in, if it has one
    role: str


@dataclass
class Roles:
    """The roles chosen for one plan: the joins they add and how to name their columns."""

    steps: list[RoleStep] = field(default_factory=list)
    tables: set[str] = field(default_factory=set)  #: tables (lower) the role joins bring in
    qualifier: dict[int, str] = field(default_factory=dict)  #: id(element) → table alias
    label: dict[int, str] = field(default_factory=dict)  #: id(element) → "customer_nation"
    notes: list[str] = field(default_factory=list)

    def alias(self, key: int, default: str) -> str:
        """A grouping's column name with its role: ``customer_nation`` for the nation's name,
        ``origin_state`` for another column."""
        label = self.label.get(key)
        if label is None:
            return default
        words = split_name(default, expand=False)
        return label if words and words[-1] in ("name", "title", "label") else f"{label}_{default}"

    def qualify(self, key: int, expression: exp.Expression, table: Table) -> exp.Expression:
        """``expression`` with ``table``'s columns written under the element's alias."""
        alias = self.qualifier.get(key)
        if alias is None:
            return expression
        out = expression.copy()
        for col in out.find_all(exp.Column):
            if col.table.lower() == table.name.lower():
                col.set("table", exp.to_identifier(alias))
        return out


def role_paths(catalog: Catalog, start: str, goal: str) -> dict[str, list[Join]]:
    """The ways from ``start`` to ``goal`` along to-one joins, by role name (shortest each);
    empty when there is at most one role."""
    paths: list[list[Join]] = []
    out: dict[str, list[Join]] = {}
    for j in catalog.joins:
        out.setdefault(j.table.lower(), []).append(j)

    def walk(here: str, path: list[Join], seen: set[str]) -> None:
        if len(path) >= MAX_DEPTH:
            return
        for j in out.get(here, []):
            there = j.ref_table.lower()
            if there in seen:
                continue
            if there == goal.lower():
                paths.append([*path, j])
            else:
                walk(there, [*path, j], seen | {there})

    walk(start.lower(), [], {start.lower()})
    paths = [p for p in paths if not any(_tables(q) < _tables(p) for q in paths)]
    if len(paths) < 2:
        return {}
    by_role: dict[str, list[Join]] = {}
    for p in paths:
        name = _role_name(p, paths)
        if name is not None and (name not in by_role or len(p) < len(by_role[name])):
            by_role[name] = p
    return by_role if len(by_role) > 1 else {}


def _tables(path: list[Join]) -> set[str]:
    """The tables a way passes: a longer way through the same tables and more (``invoices →
    items → orders`` beside ``invoices → orders``) is a detour to the same row, not a role."""
    return {j.table.lower() for j in path} | {j.ref_table.lower() for j in path}


def _step_key(j: Join) -> tuple[str, str, str, str]:
    return j.table.lower(), j.column.lower(), j.ref_table.lower(), j.ref_column.lower()


def _role_name(path: list[Join], paths: list[list[Join]]) -> str | None:
    """The last step (from the goal back) that not every way shares names the role: its
    column when it is one of several joins between two tables (origin, dest), else the
    table it starts from (customer, supplier)."""
    for back in range(1, len(path) + 1):
        step = path[-back]
        shared = all(len(p) >= back and _step_key(p[-back]) == _step_key(step) for p in paths)
        same_tables = all(
            len(p) >= back
            and p[-back].table.lower() == step.table.lower()
            and p[-back].role is None
            and step.role is None
            for p in paths
        )  # a composite key: several columns, one way
        if not shared and not same_tables:
            return step.role or step.table
    return None


def _role_words(name: str) -> set[str]:
    words = set(split_name(name)) | set(split_name(name, expand=False))
    words |= {lemma(w) for w in words}
    if words & _FROM:
        words.add("from")
    if words & _TO:
        words.add("to")
    return words - {"id", "key", "code", "no", "num"}


def _elements(d: Draft, table: Table) -> list[tuple[int, tuple[int, int] | None]]:
    """(id, word span) of each grouping, condition and measure that reads ``table``."""
    out: list[tuple[int, tuple[int, int] | None]] = []
    for x in d.dims:
        if x.table is table:
            out.append((id(x), x.words or _span(d, table, x.column, "column")))
    for t, cond in d.where:
        if t is table:
            col = next(iter(cond.find_all(exp.Column)), None)
            column = table.column(col.name) if col is not None else None
            out.append((id(cond), _span(d, table, column, "value")))
    for m in d.measures:
        if m.table is table and m.column is not None:
            out.append((id(m), _span(d, table, m.column, "column")))
    return out


def _span(d: Draft, table: Table, column: object, kind: str) -> tuple[int, int] | None:
    """Where the question names ``column`` (or its table, for a grouping)."""
    for m in d.mentions:
        if id(m) not in d.used or m.table is not table:
            continue
        if m.column is column and (m.kind == kind or kind == "column"):
            return m.lo, m.hi
    for m in d.mentions:
        if id(m) in d.used and m.table is table and m.kind == "table" and kind == "column":
            return m.lo, m.hi
    return None


def _cues(d: Draft, names: dict[str, list[Join]]) -> list[tuple[int, str]]:
    """(word position, role) of every word of the question that names a role."""
    words = {name: _role_words(name) for name in names}
    cues = []
    for w in d.q.words:
        for name, named in words.items():
            if w.text in named or lemma(w.text) in named:
                cues.append((w.i, name))
    return cues


def _nearest(span: tuple[int, int] | None, cues: list[tuple[int, str]]) -> str | None:
    if span is None:
        return None
    lo, hi = span
    scored: list[tuple[int, str]] = []
    for i, name in cues:
        if lo <= i < hi:
            scored.append((0, name))  # "by destination city": the role inside the words
        elif lo - BEFORE <= i < lo:
            scored.append((lo - i, name))
        elif hi <= i < hi + AFTER:
            scored.append((i - hi + 1 + 1, name))  # a role named after: a little farther
    if not scored:
        return None
    scored.sort()
    best = [n for s, n in scored if s == scored[0][0]]
    return best[0] if len(set(best)) == 1 else None


def choose_roles(d: Draft, fact: Table, joined: set[str]) -> Roles:
    """The role of every table the plan reads in several roles, from the question's words;
    AISER-PLAN-UNSURE naming the roles when the words do not choose. Tables already
    ``joined`` (by the path a semantic layer's dimension declares) keep their join."""
    roles = Roles()
    for table in d.tables():
        if table is fact or table.name.lower() in joined:
            continue
        ways = role_paths(d.catalog, fact.name, table.name)
        if not ways:
            continue
        cues = _cues(d, ways)
        named = {name for _, name in cues}
        chosen: dict[int, str] = {}
        for key, span in _elements(d, table):
            role = _nearest(span, cues) or (next(iter(named)) if len(named) == 1 else None)
            if role is None:
                raise _unsure(fact, table, list(ways))
            chosen[key] = role
        for i, name in cues:
            if name in chosen.values():
                d.q.claim(i, i + 1, "role")
        _add_ways(roles, table, ways, chosen)
    return roles


def _unsure(fact: Table, table: Table, names: list[str]) -> Exception:
    ways = ", ".join(f"the {_human(n)}'s {_human(table.name)}" for n in names)
    msg = (
        f"{fact.name} reaches {table.name} in {len(names)} ways ({ways}); say which one, "
        f"for example 'by {_human(names[0])} {_human(table.name)}'"
    )
    return error("AISER-PLAN-UNSURE", msg, roles=names)


def _add_ways(
    roles: Roles, table: Table, ways: dict[str, list[Join]], chosen: dict[int, str]
) -> None:
    used = sorted(set(chosen.values()))
    several = len(used) > 1
    for name in used:
        path = ways[name]
        names: dict[str, str] = {}  # table (lower) → how this way names it
        for j in path:
            left = names.get(j.table.lower(), j.table)
            new = j.ref_table.lower()
            alias = (
                _alias(name, j.ref_table) if several and _diverged(j, path, ways, used) else None
            )
            names[new] = alias or j.ref_table
            if alias is None and new in roles.tables:
                continue  # the same table, joined the same way by another role
            roles.steps.append(RoleStep(j, left, alias or j.ref_table, alias, name))
            roles.tables.add(new)
        for key, role in chosen.items():
            if role == name:
                roles.label[key] = _alias(name, table.name)
                if several:
                    roles.qualifier[key] = names[table.name.lower()]
        via = " → ".join(f"{j.table}.{j.column} = {j.ref_table}.{j.ref_column}" for j in path)
        roles.notes.append(f"{table.name} as the {_human(name)}'s {_human(table.name)}: {via}")


def _alias(role: str, table: str) -> str:
    """``customer_nation``, ``origin_station``: the role's and the table's words, singular."""
    return "_".join([*split_name(role, expand=False), *split_name(table, expand=False)])


def _human(name: str) -> str:
    return " ".join(split_name(name, expand=False))


def _diverged(j: Join, path: list[Join], ways: dict[str, list[Join]], used: list[str]) -> bool:
    """Whether ``j`` brings in a table another used way also reads, by a way of its own (a
    step every way shares up to here is joined once, unaliased)."""
    here = path.index(j)
    mine = [_step_key(s) for s in path[: here + 1]]
    others = [ways[o] for o in used if ways[o] is not path]
    if any([_step_key(s) for s in p[: here + 1]] == mine for p in others):
        return False
    return any(j.ref_table.lower() in {x.ref_table.lower() for x in p} for p in others)
