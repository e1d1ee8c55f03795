"""Which basis a plan has: ``verified``, ``semantic`` (which terms) or ``inferred``."""

from __future__ import annotations

import re

import sqlglot
from sqlglot import exp

from ..catalog.model import Catalog
from ..catalog.semantics import Dimension, Metric
from ..plan import ChartPlan, Provenance

__all__ = ["mark_provenance", "terms_used"]


def mark_provenance(plan: ChartPlan, catalog: Catalog, question: str = "") -> ChartPlan:
    """``plan`` with ``provenance.kind`` set when the planner left it unset: ``semantic`` with
    the metrics/dimensions whose expressions its SQL holds, else ``inferred``."""
    provenance = plan.provenance or Provenance()
    if provenance.kind is not None:
        return plan
    used = terms_used(plan, catalog, question)
    update = {"kind": "semantic", "semantic": used} if used else {"kind": "inferred"}
    return plan.model_copy(update={"provenance": provenance.model_copy(update=update)})


def terms_used(plan: ChartPlan, catalog: Catalog, question: str = "") -> list[str]:
    """The names of the semantic layer's terms ``plan`` uses: a term's expression (other than
    a bare column) found in the SQL, an output column named like the term, or a bare-column
    term whose column is read and whose name or synonym the question says."""
    semantic = catalog.semantic
    if semantic is None:
        return []
    try:
        tree = sqlglot.parse_one(plan.sql, read=catalog.dialect or None)
    except Exception:
        return []
    shapes = {_shape(node) for node in tree.walk() if isinstance(node, exp.Expression)}
    outputs = {s.alias_or_name.lower() for s in getattr(tree, "selects", [])}
    columns = {c.name.lower() for c in tree.find_all(exp.Column)}
    words = set(re.findall(r"[a-z0-9_]+", question.lower()))
    used: list[str] = []
    terms: list[Metric | Dimension] = [*semantic.metrics, *semantic.dimensions]
    for term in terms:
        expr = term.tree()
        if isinstance(expr, exp.Column):
            hit = expr.name.lower() in columns and (
                term.name.lower() in outputs or _said(term.names(), words, question)
            )
        else:
            hit = _shape(expr) in shapes or term.name.lower() in outputs
        if hit:
            used.append(term.name)
    return used


def _said(names: list[str], words: set[str], question: str) -> bool:
    lowered = question.lower()
    return any((n in words) if " " not in n else (n in lowered) for n in names)


def _shape(node: exp.Expression) -> str:
    """The expression's SQL with table qualifiers and quoting dropped, lower case."""
    bare = node.copy()
    for col in bare.find_all(exp.Column):
        col.set("table", None)
    return str(bare.sql(comments=False)).lower().replace('"', "").replace("`", "")
