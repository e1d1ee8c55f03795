"""The offline, deterministic rule-based planner.

question → :func:`~.intent.read_intent` (chart words, time, top-N, spans) →
:class:`~.lexicon.Linker` (spans → tables, columns, values) → measures,
groupings, filters → joins along foreign keys (shortest paths from the fact
table) → one base SELECT plus a chart spec. When a part cannot be understood
it says what it recognised instead of drawing a wrong chart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlglot import exp

from ....errors import error
from ...catalog.model import Catalog, Column, Table
from ...plan import ChartPlan, ChartSpec, Encoding, FieldDef, Provenance
from ..base import PlanContext
from ..lexicon import Link, Linker, lemma, question_words, tokenize
from .intent import Intent, TimeFilter, read_intent
from .mentions import content_links, has_measure, has_quantity, is_dimension
from .schema_words import (
    LABEL_NAMES,
    chart_title,
    default_aggregate,
    default_unit,
    fact_guess,
    label_column,
    money_column,
    singular,
    table_named,
    temporal_near,
)

__all__ = ["RulesPlanner"]

ENTITY_VALUE = re.compile(r"\b(\w+) (value|size|total|amount|revenue|spend|spending)\b")


@dataclass
class Measure:
    aggregate: str | None  #: None → no aggregation (raw values)
    table: Table
    column: Column | None  #: None → COUNT(*)
    per_entity: Table | None = None  #: "average order value": sum per entity first

    @property
    def alias(self) -> str:
        if self.per_entity is not None:
            return f"{lemma(self.per_entity.name.lower())}_value"
        return self.column.name if self.column is not None else "count"


@dataclass
class Dim:
    table: Table
    column: Column
    alias: str
    time_unit: str | None = None
    bin: bool = False


@dataclass
class Draft:
    measures: list[Measure] = field(default_factory=list)
    dims: list[Dim] = field(default_factory=list)
    filters: list[tuple[Table, Column, object]] = field(default_factory=list)
    conditions: list[tuple[Table, exp.Expression]] = field(
        default_factory=list
    )  #: other WHERE terms
    joined: list[Table] = field(default_factory=list)  #: tables joined only to keep matching rows
    time: tuple[Table, Column, TimeFilter] | None = None
    notes: list[str] = field(default_factory=list)
    words: frozenset[str] = frozenset()  #: the question's words: they choose among join roles


class RulesPlanner:
    """Plans charts from questions with rules over the catalog; no network, no model."""

    name = "rules"

    def __init__(self) -> None:
        self._linkers: dict[str, Linker] = {}

    def linker(self, catalog: Catalog) -> Linker:
        key = f"{catalog.source}:{catalog.fingerprint}"
        if key not in self._linkers:
            self._linkers[key] = Linker(catalog)
        return self._linkers[key]

    def plan(self, question: str, catalog: Catalog, context: PlanContext) -> ChartPlan:
        from ....errors import AiserError
        from ..honesty import check_plan

        try:
            plan = self._plan(question, catalog, context)
        except AiserError:
            raise
        except Exception as exc:  # a gap in the rules must reach the user as a plan error
            failure = self._not_understood(question, catalog, [])
            failure.details["internal"] = f"{type(exc).__name__}: {exc}"
            raise failure from exc
        return check_plan(question, plan, catalog, context.dialect)

    def _plan(self, question: str, catalog: Catalog, context: PlanContext) -> ChartPlan:
        """v2 first; v1 when v2 cannot read the question or defers to it (then v2 again for
        a time axis v1 cannot find either); the most informative error when all fail."""
        from ....errors import AiserError
        from .v2 import plan_v2

        try:
            return plan_v2(self, question, catalog, context)
        except AiserError as first:
            deferred = first.details.get("deferred")
            try:
                return self.plan_v1(question, catalog, context)
            except AiserError as second:
                if deferred == "time":
                    return plan_v2(self, question, catalog, context, defer_time=False)
                raise (second if deferred else first) from None

    def plan_v1(self, question: str, catalog: Catalog, context: PlanContext) -> ChartPlan:
        intent = read_intent(question)
        linker = self.linker(catalog)
        draft = self._draft(intent, linker, catalog)
        if not draft.measures and not draft.dims:
            if context.history and _refines(intent, draft):
                return self._follow_up(question, intent, catalog, context)
            raise self._not_understood(
                question, catalog, [f"{c.name} = {v!r}" for _, c, v in draft.filters]
            )
        return self._build(question, intent, draft, catalog, context)

    # ---------------------------------------------------------------- follow-ups
    def _follow_up(
        self, question: str, intent: Intent, catalog: Catalog, context: PlanContext
    ) -> ChartPlan:
        """'now by month', 'only 2024', 'as a line chart': re-plan the last question with changes."""
        previous = context.history[-1].question
        base = read_intent(previous)
        merged = Intent(
            text=base.text + " " + intent.text,
            mark=intent.mark or (base.mark if not intent.time_unit else None),
            stack=intent.stack if intent.stack is not None else base.stack,
            time_unit=intent.time_unit or base.time_unit,
            time_filter=intent.time_filter or base.time_filter,
            top=intent.top or base.top,
            descending=intent.descending if intent.descending is not None else base.descending,
            measure_text=base.measure_text,
            dimension_text=""
            if intent.time_unit and not intent.dimension_text
            else (intent.dimension_text or base.dimension_text),
            aggregate=base.aggregate,
        )
        draft = self._draft(merged, self.linker(catalog), catalog)
        if not draft.measures and not draft.dims:
            raise self._not_understood(question, catalog, [])
        draft.notes.append(f"Follow-up of: {previous}")
        return self._build(question, merged, draft, catalog, context)

    # ---------------------------------------------------------------- reading
    def _draft(self, intent: Intent, linker: Linker, catalog: Catalog) -> Draft:
        draft = Draft(words=question_words(intent.text))
        measure_tokens = tokenize(intent.measure_text)
        dim_tokens = tokenize(intent.dimension_text)
        measure_links = content_links(linker.link(measure_tokens), measure_tokens)
        dim_links = content_links(linker.link(dim_tokens), dim_tokens)
        # "top 10 products by quantity sold": the grouping comes before "by", the measure after.
        if dim_links and not has_measure(measure_links, intent) and has_quantity(dim_links):
            measure_links, dim_links = dim_links, measure_links
            measure_tokens, dim_tokens = dim_tokens, measure_tokens
        all_links = linker.link(tokenize(intent.text), fuzzy=False)
        draft.filters = self._filters(all_links, intent)
        draft.measures = self._measures(intent, measure_links, measure_tokens, catalog)
        draft.dims = self._dims(
            intent,
            [
                lk
                for lk in dim_links
                if not any(f[0] is lk.table and lk.kind == "table" for f in draft.filters)
            ],
            catalog,
            draft,
        )
        if (
            intent.mark in ("histogram", "box")
            and not draft.dims
            and draft.measures
            and draft.measures[0].column is not None
        ):
            m = draft.measures.pop(0)
            assert m.column is not None
            if intent.mark == "histogram":
                draft.dims = [Dim(m.table, m.column, m.column.name, bin=True)]
            else:
                draft.measures.insert(0, Measure(None, m.table, m.column))
        elif not draft.dims and intent.mark != "histogram":
            # "revenue per region" with the grouping found in the measure span ("region revenue")
            extra = [
                lk
                for lk in measure_links
                if lk.kind in ("table", "column")
                and is_dimension(lk)
                and not any(m.table is lk.table for m in draft.measures)
                and not any(f[0] is lk.table for f in draft.filters)
            ]
            if extra and draft.measures and draft.measures[0].column is not None:
                draft.dims = self._dims(intent, extra[:1], catalog, draft)
        return draft

    def _filters(self, links: list[Link], intent: Intent) -> list[tuple[Table, Column, object]]:
        out: list[tuple[Table, Column, object]] = []
        for lk in links:
            if (
                lk.kind == "value"
                and lk.column is not None
                and lk.score >= 0.9
                and not any(c is lk.column for _, c, _ in out)
            ):
                out.append((lk.table, lk.column, lk.value))
        return out

    def _measures(
        self, intent: Intent, links: list[Link], tokens: list[str], catalog: Catalog
    ) -> list[Measure]:
        aggregate = intent.aggregate
        measures: list[Measure] = []
        if m := ENTITY_VALUE.search(intent.measure_text):
            entity = table_named(catalog, m[1])
            money = money_column(catalog, entity) if entity else None
            if entity is not None and money is not None:
                return [Measure(aggregate or "mean", money[0], money[1], per_entity=entity)]
        for lk in links:
            column = lk.column
            if lk.kind != "column" or column is None or column.semantic != "quantitative":
                continue
            if any(x.column is column for x in measures):
                continue
            agg = (
                aggregate
                if aggregate not in (None, "count", "distinct")
                else default_aggregate(column)
            )
            if aggregate == "count" and len(links) == 1:
                agg = "sum" if default_aggregate(column) == "sum" else agg
            measures.append(Measure(agg, lk.table, column))
        if measures:
            return measures[:2]
        counted = [lk for lk in links if lk.kind == "table"]
        if counted or aggregate in ("count", "distinct"):
            if counted:
                table = counted[0].table
                pk = table.column(table.primary_key[0]) if len(table.primary_key) == 1 else None
                return [Measure("distinct" if pk is not None else "count", table, pk)]
            cols = [lk for lk in links if lk.kind == "column" and lk.column is not None]
            if cols and aggregate == "distinct":
                return [Measure("distinct", cols[0].table, cols[0].column)]
            return [Measure("count", fact_guess(catalog), None)]
        return []

    def _dims(self, intent: Intent, links: list[Link], catalog: Catalog, draft: Draft) -> list[Dim]:
        dims: list[Dim] = []
        for lk in links:
            if lk.kind == "value":
                continue
            if lk.kind == "table":
                label = label_column(lk.table)
                if label is None:
                    continue
                dim = Dim(
                    lk.table,
                    label,
                    singular(lk.table.name) if label.name.lower() in LABEL_NAMES else label.name,
                )
            elif lk.column is not None and (
                lk.column.semantic != "quantitative"
                or intent.mark == "histogram"
                or (lk.column.distinct or 0) <= 50
            ):
                dim = Dim(lk.table, lk.column, lk.column.name)
                if lk.column.semantic == "temporal":
                    dim.time_unit = intent.time_unit or default_unit(lk.column)
                elif lk.column.semantic == "quantitative" and (lk.column.distinct or 0) > 50:
                    dim.bin = True
            else:
                continue
            if not any(d.column is dim.column for d in dims) and not any(
                m.column is dim.column for m in draft.measures
            ):
                dims.append(dim)
        return dims[:3]

    # ---------------------------------------------------------------- building
    def _build(
        self, question: str, intent: Intent, draft: Draft, catalog: Catalog, context: PlanContext
    ) -> ChartPlan:
        if not draft.measures:
            if draft.dims:
                draft.measures = [Measure("count", draft.dims[0].table, None)]
                table = draft.dims[0].table
                if len(table.primary_key) == 1:  # 'X by <table>': count that table's rows
                    draft.measures = [
                        Measure("distinct", table, table.column(table.primary_key[0]))
                    ]
            else:
                raise self._not_understood(question, catalog, [])
        fact = draft.measures[0].table
        along_time = (
            intent.time_unit or intent.over_time or (intent.mark == "line" and not draft.dims)
        )
        if along_time and not any(d.time_unit for d in draft.dims):
            temporal = temporal_near(catalog, fact)
            if temporal is None:
                asked = intent.time_unit or "time"
                msg = f"The question asks for time ({asked}) but {fact.name} has no date column nearby"
                raise error("AISER-PLAN-NO-DIMENSION", msg)
            unit = intent.time_unit or default_unit(temporal[1])
            draft.dims.insert(0, Dim(temporal[0], temporal[1], temporal[1].name, time_unit=unit))
        if intent.time_filter is not None:
            temporal = next(
                ((d.table, d.column) for d in draft.dims if d.time_unit), None
            ) or temporal_near(catalog, fact)
            if temporal is not None:
                draft.time = (temporal[0], temporal[1], intent.time_filter)
        mark: str = context.mark or intent.mark or _default_mark(draft)
        if mark == "point" and len(draft.measures) < 2 and not draft.dims:
            found = draft.measures[0].column
            msg = (
                "A scatter chart needs two numeric columns (or one and a grouping); found only "
                + (found.name if found is not None else "a count")
            )
            raise error("AISER-PLAN-NO-MEASURE", msg)
        if (
            mark == "point"
            and len(draft.measures) < 2
            and draft.dims
            and draft.dims[0].column.semantic != "quantitative"
        ):
            mark = intent.mark if intent.mark and intent.mark != "point" else "bar"
        sql, aliases = self._sql(draft, catalog, fact, context.dialect)
        chart = self._chart(intent, draft, mark, aliases)
        chart.title = chart_title(question)
        notes = draft.notes + [
            f"{m.aggregate or 'value'} of {m.column.name if m.column else 'rows'}"
            + (f" per {m.per_entity.name}" if m.per_entity else "")
            for m in draft.measures
        ]
        return ChartPlan(
            sql=sql, chart=chart, provenance=Provenance(planner=self.name, notes=notes)
        )

    def _sql(
        self, draft: Draft, catalog: Catalog, fact: Table, dialect: str
    ) -> tuple[str, dict[int, str]]:
        from .basesql import base_sql

        return base_sql(draft, catalog, fact, dialect)

    def _chart(self, intent: Intent, draft: Draft, mark: str, aliases: dict[int, str]) -> ChartSpec:
        def measure_def(m: Measure) -> FieldDef:
            alias = aliases.get(id(m))
            if m.column is None and m.per_entity is None:
                return FieldDef(aggregate="count", type="quantitative", title="Count")
            return FieldDef(field=alias, aggregate=m.aggregate, type="quantitative")

        def dim_def(d: Dim) -> FieldDef:
            kind = (
                "temporal"
                if d.time_unit and d.time_unit not in ("month", "weekday", "quarter", "hour")
                else ("ordinal" if d.time_unit else ("quantitative" if d.bin else "nominal"))
            )
            return FieldDef(
                field=aliases[id(d)], type=kind, timeUnit=d.time_unit, bin=True if d.bin else None
            )

        enc: dict[str, FieldDef] = {}
        measures, dims = draft.measures, draft.dims
        if mark == "arc":
            enc["theta"] = measure_def(measures[0])
            if dims:
                enc["color"] = dim_def(dims[0])
        elif mark == "kpi" or (not dims and mark != "point"):
            mark = "kpi" if not dims else mark
            enc["y"] = measure_def(measures[0])
        elif mark == "point" and len(measures) >= 2:
            enc["x"], enc["y"] = measure_def(measures[0]), measure_def(measures[1])
            if dims:
                enc["detail" if (dims[0].column.distinct or 0) > 12 else "color"] = dim_def(dims[0])
        elif mark == "histogram" and dims:
            enc["x"] = dim_def(dims[0]).model_copy(update={"bin": True, "timeUnit": None})
            enc["y"] = FieldDef(aggregate="count", type="quantitative", title="Count")
        else:
            enc["x"], enc["y"] = dim_def(dims[0]), measure_def(measures[0])
            if len(dims) > 1:
                enc["color"] = dim_def(dims[1])
            if mark == "heatmap" and len(dims) > 1:
                enc["y"], enc["color"] = dim_def(dims[1]), measure_def(measures[0])
        if (
            intent.descending is not None
            and "y" in enc
            and enc["y"].aggregate
            and mark not in ("line", "area")
            and "x" in enc
        ):
            enc["x"] = enc["x"].model_copy(update={"sort": "-y" if intent.descending else "y"})
        return ChartSpec.model_validate(
            {"mark": mark, "encoding": Encoding(**enc), "stack": intent.stack, "limit": intent.top}
        )

    def _not_understood(self, question: str, catalog: Catalog, recognised: list[str]):  # type: ignore[no-untyped-def]
        measures = [
            c.name for t in catalog.tables for c in t.columns if c.semantic == "quantitative"
        ][:3]
        dims = [singular(t.name) for t in catalog.tables if label_column(t)][:3]
        examples = [f"total {m} by {d}" for m, d in zip(measures, dims, strict=False)] or [
            f"number of {t.name}" for t in catalog.tables[:2]
        ]
        msg = (
            f"Could not find a measure or a grouping in {question!r}"
            + (f" (recognised: {', '.join(recognised)})" if recognised else "")
            + f". Try for example: {'; '.join(repr(e) for e in examples[:3])}"
        )
        return error("AISER-PLAN-UNDERSTOOD", msg, suggestions=examples)


# ---------------------------------------------------------------- helpers
def _refines(intent: Intent, draft: Draft) -> bool:
    """Whether a question without measure or grouping reads as a change to the previous one."""
    cue = re.search(
        r"\b(now|instead|only|just|also|again|same|but|then|make it|switch|change|show it|as a)\b",
        intent.text,
    )
    return bool(
        intent.mark
        or intent.time_unit
        or intent.time_filter
        or intent.top
        or intent.stack
        or intent.descending is not None
        or draft.filters
        or cue
    )


def _default_mark(draft: Draft) -> str:
    if not draft.dims:
        return "point" if len(draft.measures) >= 2 else "kpi"
    first = draft.dims[0]
    if len(draft.measures) >= 2:
        return "point"
    if first.bin:
        return "histogram"
    if first.time_unit in ("year", "yearmonth", "yearquarter", "yearweek", "day", "date"):
        return "line"
    return "bar"
