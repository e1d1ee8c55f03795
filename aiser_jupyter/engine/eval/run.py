"""Run a planner over a benchmark file, score every item, write predictions.

A benchmark file is JSON lines in the format of VisEval-on-Spider (see the
bench README): each item has a question, a database path relative to the file,
and the gold chart. :func:`run_eval` plans and runs every question with one
engine (one catalog per database), turns each answer into the prediction format
of DESIGN §3.4, and scores it with :mod:`.eval_score`.
"""

from __future__ import annotations

import json
import time
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...errors import AiserError, error
from ..config import EngineConfig
from ..core import Engine
from ..jsonvalue import json_value
from ..planners.base import PlanContext
from ..planning import validator, value_lookup
from .gold import GoldPlanner
from .score import score_prediction

if TYPE_CHECKING:
    from ..answer import Answer

__all__ = ["EvalReport", "answer_prediction", "format_report", "load_items", "run_eval"]

#: VisEval's spelling of month and weekday names (an evaluation convention only)
VISEVAL_LABELS = {"Jun": "June", "Jul": "July", "Sep": "Sept", "Thu": "Thur"}
Progress = Callable[[int, int], None]


@dataclass
class EvalReport:
    """Scores of one run: per item, and pass/invalid rates by group."""

    planner: str
    scores: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def n(self) -> int:
        return len(self.scores)

    @property
    def pass_rate(self) -> float:
        return sum(s["pass"] for s in self.scores) / self.n if self.n else 0.0

    @property
    def invalid_rate(self) -> float:
        return sum(not s["valid"] for s in self.scores) / self.n if self.n else 0.0

    @property
    def refused_rate(self) -> float:
        """Answers the planner declined (a coded refusal): honest, if not helpful."""
        return sum(s["error"] is not None for s in self.scores) / self.n if self.n else 0.0

    @property
    def wrong_rate(self) -> float:
        """Charts drawn with the wrong data, mark or order: the number that must approach zero."""
        return (
            sum(s["error"] is None and not s["pass"] for s in self.scores) / self.n
            if self.n
            else 0.0
        )

    @property
    def form_only_rate(self) -> float:
        """Drawn answers whose numbers are the gold's, in another chart form.

        Part of :attr:`wrong_rate`; a line where the gold has bars over the same years, or a
        scatter with the gold's points and its axes exchanged, is a different judgement of
        form, not a wrong number under the user's title.
        """
        hits = sum(
            s["error"] is None
            and not s["pass"]
            and ((s["data"] and s["order"] and not s["chart"]) or s.get("transposed", False))
            for s in self.scores
        )
        return hits / self.n if self.n else 0.0

    def breakdown(self, key: str) -> dict[str, dict[str, float]]:
        groups: dict[str, list[dict[str, Any]]] = {}
        for s in self.scores:
            groups.setdefault(str(s[key]), []).append(s)
        return {
            name: {
                "n": len(rows),
                "pass_rate": sum(r["pass"] for r in rows) / len(rows),
                "invalid_rate": sum(not r["valid"] for r in rows) / len(rows),
                "wrong_rate": sum(r["error"] is None and not r["pass"] for r in rows) / len(rows),
                "refused_rate": sum(r["error"] is not None for r in rows) / len(rows),
            }
            for name, rows in sorted(groups.items())
        }

    def to_json(self) -> dict[str, Any]:
        return {
            "planner": self.planner,
            "n": self.n,
            "pass_rate": round(self.pass_rate, 4),
            "invalid_rate": round(self.invalid_rate, 4),
            "wrong_rate": round(self.wrong_rate, 4),
            "refused_rate": round(self.refused_rate, 4),
            "form_only_rate": round(self.form_only_rate, 4),
            "seconds": round(self.seconds, 2),
            "by_chart": self.breakdown("chart_type"),
            "by_hardness": self.breakdown("hardness"),
            "by_tables": self.breakdown("tables"),
            "by_database": self.breakdown("database"),
            "parts": {
                k: round(sum(s[k] for s in self.scores) / max(self.n, 1), 4)
                for k in ("valid", "chart", "data", "order")
            },
        }


def load_items(path: str | Path) -> list[dict[str, Any]]:
    """The items of a JSON-lines benchmark file (blank lines skipped)."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _jsonable(value: Any) -> Any:
    """A plotted value as JSON; datetimes at midnight as dates (VisEval's convention)."""
    out = json_value(value)
    if isinstance(out, str) and (out.endswith("T00:00:00") or out.endswith(" 00:00:00")):
        return out[:10]
    return out


def _eval_label(value: Any, time_unit: str | None) -> Any:
    """A plotted value in VisEval's conventions (month/weekday names, years as 'YYYY')."""
    if value is None:
        return None
    if time_unit in ("month", "monthofyear", "weekday") and isinstance(value, str):
        return VISEVAL_LABELS.get(value, value)
    if time_unit == "year":
        return str(value)[:4]
    if time_unit in ("day", "date", "yearmonthdate"):
        return str(value)[:10]
    return value


def answer_prediction(item_id: str, answer: Answer) -> dict[str, Any]:
    """The DESIGN §3.4 prediction for one answer: mark, grouped, plotted rows in order, sort."""
    chart = answer.plan.chart
    fields = answer.compiled.fields
    mark = {"histogram": "bar"}.get(chart.mark, chart.mark)
    if mark == "kpi":
        x, y, color = None, fields.get("y") or fields.get("theta"), None
    elif mark == "arc":
        x, y, color = (
            fields.get("color") or fields.get("x"),
            fields.get("theta") or fields.get("y"),
            None,
        )
    else:
        x, y, color = fields.get("x"), fields.get("y"), fields.get("color")
    if color is not None and color.is_measure:
        color = None
    order = [f for f in (x, y, color) if f is not None]
    data: list[list[Any]] = []
    if mark == "kpi" and y is not None:
        data = [[_jsonable(v)] for v in answer.table.column(y.alias).to_pylist()[:1]]
    elif x is not None and y is not None:
        columns = [answer.table.column(f.alias).to_pylist() for f in order]
        for row in zip(*columns, strict=True):
            values = [
                _eval_label(_jsonable(v), f.time_unit) for v, f in zip(row, order, strict=True)
            ]
            if values[0] is None or values[1] is None:  # nothing is drawn for a missing x or y
                continue
            data.append(values)
    sort = None
    for name in ("x", "y", "color", "theta"):
        fd = getattr(chart.encoding, name)
        if fd is None or fd.sort is None or isinstance(fd.sort, list):
            continue
        target = name if fd.sort in ("ascending", "descending") else fd.sort.lstrip("-")
        descending = fd.sort == "descending" or fd.sort.startswith("-")
        if mark == "arc":
            target = {"theta": "y", "color": "x"}.get(target, target)
        if target in ("x", "y"):
            sort = {"channel": target, "order": "descending" if descending else "ascending"}
        break
    return {
        "id": item_id,
        "mark": mark,
        "grouped": color is not None,
        "data": data,
        "sort": sort,
        "sql": answer.compiled_sql,
        "chart": chart.model_dump(mode="json", exclude_none=True),
        "error": None,
    }


def _error_prediction(item_id: str, exc: BaseException) -> dict[str, Any]:
    text = exc.text if isinstance(exc, AiserError) else f"{type(exc).__name__}: {exc}"
    return {
        "id": item_id,
        "mark": None,
        "grouped": False,
        "data": [],
        "sort": None,
        "sql": None,
        "chart": None,
        "error": text,
    }


class _Runner:
    """One engine for the run; one source (and so one catalog) per database file."""

    def __init__(self, planner: str, semantic: Path | None = None) -> None:
        from ..semantic.layer import SemanticLayer

        self.planner_name = planner
        self.engine: Engine = Engine(EngineConfig(planner=planner, use_cache=False))
        #: --semantic: one file for every database, or a folder of <db>.yaml; else none at all
        self.semantic = semantic
        self.layers: dict[str, SemanticLayer] = {}
        self.engine.semantic = SemanticLayer(off=True)
        self.aliases: dict[str, str] = {}
        self.gold = GoldPlanner() if planner == "gold" else None
        self.planner: Any = None

    def alias(self, db: Path) -> str:
        key = str(db.resolve())
        if key not in self.aliases:
            alias = f"eval_db_{len(self.aliases) + 1}"
            self.engine.connect(alias, key, expand=False)  # a file's db_path: no ${VAR}
            self.aliases[key] = alias
        return self.aliases[key]

    def predict(self, item: dict[str, Any], root: Path, data: Path | None = None) -> dict[str, Any]:
        item_id = str(item.get("id"))
        try:
            db = _database(item, root, data)
            alias = self.alias(db)
            self.engine.semantic = self.layer(db)
            src = self.engine.source(alias)
            catalog = self.engine.catalog(alias)
            reused = self.engine.verified_plan(item["question"], alias, catalog)
            if reused is not None:
                answer = self.engine.run_plan(reused, alias, question=item["question"])
                return answer_prediction(item_id, answer)
            if self.gold is not None:
                self.gold.items[item["question"]] = item
            if self.planner is None:  # one planner (and one LLM client) for the whole run
                self.planner = self.gold or self.engine.planner(self.planner_name)
            planner = self.planner
            validate = validator(catalog, src.dialect, self.engine.config.max_rows)
            context = PlanContext(dialect=src.dialect, validate=validate, lookup=value_lookup(src))
            plan = planner.plan(item["question"], catalog, context)
            answer = self.engine.run_plan(plan, alias, question=item["question"])
            return answer_prediction(item_id, answer)
        except Exception as exc:
            return _error_prediction(item_id, exc)

    def layer(self, db: Path) -> Any:
        """The semantic layer for the database file ``db`` (see ``--semantic``)."""
        from ..semantic.layer import SemanticLayer

        if self.semantic is None:
            return self.engine.semantic
        path = self.semantic / f"{db.stem}.yaml" if self.semantic.is_dir() else self.semantic
        key = str(path)
        if key not in self.layers:
            self.layers[key] = SemanticLayer(path, off=not path.is_file())
        return self.layers[key]

    def close(self) -> None:
        self.engine.close()


def _database(item: dict[str, Any], root: Path, data: Path | None) -> Path:
    """An item's database: ``db_path`` relative to the benchmark file, or ``db`` (a name) as
    ``<data>/<db>.duckdb`` (``data`` defaults to the file's folder)."""
    if "db_path" in item:
        return root / str(item["db_path"])
    name = str(item.get("db", ""))
    if not name.replace("_", "").isalnum():
        msg = f"The item's db {name!r} is not a database name"
        raise error("AISER-EVAL-FILE", msg)
    return (data or root) / f"{name}.duckdb"


def run_eval(
    path: str | Path,
    *,
    planner: str = "rules",
    data: str | Path | None = None,
    predictions: str | Path | None = None,
    progress: Progress | None = None,
    items: Iterable[dict[str, Any]] | None = None,
    semantic: str | Path | None = None,
) -> EvalReport:
    """Plan, run and score every item of the benchmark file ``path``.

    Parameters
    ----------
    path
        A JSON-lines file; each item's ``db_path`` is relative to its folder.
    planner
        ``"rules"``, ``"llm"``, or ``"gold"`` (draw each item's gold chart: checks the spec).
    predictions
        Where to write one prediction per line (DESIGN §3.4), or ``None``.
    progress
        Called with ``(done, total)`` after each item.
    semantic
        A semantic layer file used for every database, or a folder holding ``<db>.yaml``
        per database (named like its DuckDB file); None uses no file (not even one in the
        working directory), so runs stay comparable.
    """
    path = Path(path)
    todo = list(items) if items is not None else load_items(path)
    report = EvalReport(planner=planner)
    if semantic is not None and not Path(semantic).exists():
        msg = f"{semantic} is neither a semantic layer file nor a folder of them"
        raise error("AISER-SEM-FILE", msg)
    runner = _Runner(planner, Path(semantic) if semantic is not None else None)
    started = time.perf_counter()
    out = open(predictions, "w", encoding="utf-8") if predictions else None  # noqa: SIM115
    try:
        for done, item in enumerate(todo, start=1):
            with (
                warnings.catch_warnings()
            ):  # SQLAlchemy's reflection warnings are not the user's business here
                warnings.simplefilter("ignore")
                pred = runner.predict(item, path.parent, Path(data) if data else None)
            score = score_prediction(pred, item)
            report.scores.append(
                {
                    "id": pred["id"],
                    "chart_type": item.get("chart", "?"),
                    "hardness": item.get("hardness", "?"),
                    "tables": "single" if int(item.get("n_tables") or 1) <= 1 else "multi",
                    "database": item.get("db") or item.get("db_id") or "?",
                    "error": pred["error"],
                    **score,
                }
            )
            if out is not None:
                out.write(json.dumps(pred, default=str) + "\n")
            if progress is not None:
                progress(done, len(todo))
    finally:
        runner.close()
        if out is not None:
            out.close()
    report.seconds = time.perf_counter() - started
    return report


def format_report(report: EvalReport) -> str:
    """The human summary; its last line is ``pass_rate: 0.xxxx``."""
    lines = [f"{report.n} items, planner {report.planner}, {report.seconds:.1f} s"]
    parts = report.to_json()["parts"]
    lines.append(
        "valid {valid:.1%}  chart {chart:.1%}  data {data:.1%}  order {order:.1%}".format(**parts)
    )
    groups = [("chart type", "chart_type"), ("hardness", "hardness"), ("tables", "tables")]
    if len(report.breakdown("database")) <= 12:
        groups.append(("database", "database"))
    for title, key in groups:
        lines.append(f"by {title}:")
        for name, row in report.breakdown(key).items():
            lines.append(
                f"  {name:<18} n={row['n']:>4}  pass {row['pass_rate']:.1%}  wrong {row['wrong_rate']:.1%}"
                f"  refused {row['refused_rate']:.1%}  invalid {row['invalid_rate']:.1%}"
            )
    lines.append(
        f"right {report.pass_rate:.1%}  wrong-but-drawn {report.wrong_rate:.1%}  refused {report.refused_rate:.1%}"
        f"  (of the wrong, right numbers in another chart form: {report.form_only_rate:.1%})"
    )
    lines.append(f"invalid_rate: {report.invalid_rate:.4f}")
    lines.append(f"pass_rate: {report.pass_rate:.4f}")
    return "\n".join(lines)
