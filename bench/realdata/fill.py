"""Write ``dev.jsonl``, ``holdout.jsonl``, ``holdout8.jsonl``, ``holdout9.jsonl``, ``holdout10.jsonl``, ``holdout11.jsonl``, ``holdout12.jsonl``, ``holdout13.jsonl``, ``holdout14.jsonl``, ``holdout15.jsonl``, ``holdout16.jsonl``, ``holdout17.jsonl``, ``holdout18.jsonl``, ``holdout19.jsonl``, ``holdout20.jsonl``, ``holdout21.jsonl``, ``holdout22.jsonl``, ``holdout23.jsonl``, ``holdout24.jsonl``, ``holdout25.jsonl``, ``holdout26.jsonl``, ``holdout27.jsonl``, ``holdout28.jsonl``, ``holdout29.jsonl``, ``holdout30.jsonl``, ``holdout31.jsonl``, ``holdout32.jsonl``, ``holdout33.jsonl``, ``holdout34.jsonl``, ``holdout35.jsonl``, ``holdout36.jsonl``, ``holdout37.jsonl``, ``holdout38.jsonl``, ``holdout39.jsonl``, ``holdout40.jsonl``, ``holdout41.jsonl``, ``holdout42.jsonl``, ``holdout43.jsonl``, ``holdout44.jsonl``, ``holdout45.jsonl``, ``holdout46.jsonl``, ``holdout47.jsonl``, ``holdout48.jsonl``, ``holdout49.jsonl``, ``holdout50.jsonl``, ``holdout51.jsonl``, ``holdout52.jsonl``, ``holdout53.jsonl``, ``holdout54.jsonl``, ``holdout55.jsonl``, ``holdout56.jsonl``, ``holdout57.jsonl``, ``holdout58.jsonl``, ``holdout59.jsonl``, ``holdout60.jsonl``, ``holdout61.jsonl``, ``holdout62.jsonl``, ``holdout63.jsonl``, ``holdout64.jsonl``, ``holdout65.jsonl``, ``holdout66.jsonl``, ``holdout67.jsonl``, ``holdout68.jsonl``, ``holdout69.jsonl``, ``holdout70.jsonl`` and ``holdout71.jsonl`` from the authored items (``items/<split>``), with gold data.

Runs every item's gold SQL on its dataset (built on demand by ``build.py``),
checks the result has the shape the item promises (columns ``x, y[, color]``,
at least one row, no missing x or y, one row per x (and colour), the stated
order, no tie at a top-N cut, tags that match the query) and writes the items
of each dataset to the file of its split. Usage::

    python bench/realdata/fill.py [CACHE_DIR]
"""

from __future__ import annotations

import importlib.util
import itertools
import json
import math
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import sqlglot
from build import DATASETS, DEFAULT_CACHE, db_path
from gold import gold_rows
from sqlglot import exp

HERE = Path(__file__).parent
SPLITS = (
    "dev",
    "holdout",
    "holdout8",
    "holdout9",
    "holdout10",
    "holdout11",
    "holdout12",
    "holdout13",
    "holdout14",
    "holdout15",
    "holdout16",
    "holdout17",
    "holdout18",
    "holdout19",
    "holdout20",
    "holdout21",
    "holdout22",
    "holdout23",
    "holdout24",
    "holdout25",
    "holdout26",
    "holdout27",
    "holdout28",
    "holdout29",
    "holdout30",
    "holdout31",
    "holdout32",
    "holdout33",
    "holdout34",
    "holdout35",
    "holdout36",
    "holdout37",
    "holdout38",
    "holdout39",
    "holdout40",
    "holdout41",
    "holdout42",
    "holdout43",
    "holdout44",
    "holdout45",
    "holdout46",
    "holdout47",
    "holdout48",
    "holdout49",
    "holdout50",
    "holdout51",
    "holdout52",
    "holdout53",
    "holdout54",
    "holdout55",
    "holdout56",
    "holdout57",
    "holdout58",
    "holdout59",
    "holdout60",
    "holdout61",
    "holdout62",
    "holdout63",
    "holdout64",
    "holdout65",
    "holdout66",
    "holdout67",
    "holdout68",
    "holdout69",
    "holdout70",
    "holdout71",
)


def authored() -> list[tuple[str, str, dict[str, Any]]]:
    """(split, dataset, item) for every item of ``items/<split>/*.py`` (each of SPLITS), in file order."""
    sys.path.insert(0, str(HERE))
    out = []
    for split in SPLITS:
        for path in sorted((HERE / "items" / split).glob("*.py")):
            spec = importlib.util.spec_from_file_location(f"realdata_{split}_{path.stem}", path)
            assert spec is not None and spec.loader is not None
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            out += [(split, module.DB, item) for item in module.ITEMS]
    return out


def _columns(item: dict[str, Any]) -> list[str]:
    if item["mark"] == "kpi":
        return ["y"]
    return ["x", "y", "color"] if item["grouped"] else ["x", "y"]


def _monotonic(values: list[Any], descending: bool) -> bool:
    pairs = list(itertools.pairwise(values))
    return all(a >= b for a, b in pairs) if descending else all(a <= b for a, b in pairs)


def problems(item: dict[str, Any], tree: exp.Expression, rows: list[list[Any]]) -> list[str]:
    """What is wrong with an item's gold result (empty when nothing is)."""
    out = []
    if not rows:
        out.append("no rows")
    if any(v is None for r in rows for v in r):
        out.append("a NULL in the plotted rows")
    keys = [tuple(r[:1] + r[2:]) for r in rows]
    if item["mark"] not in ("point", "kpi") and len(set(keys)) != len(keys):
        out.append("more than one row per x (and colour)")
    sort = item["sort"]
    if sort:
        if tree.args.get("order") is None:
            out.append("sorted item without ORDER BY")
        index = 0 if sort["channel"] == "x" else 1
        series: dict[Any, list[Any]] = {}
        for r in rows:
            series.setdefault(r[2] if len(r) > 2 else None, []).append(r[index])
        if not all(_monotonic(v, sort["order"] == "descending") for v in series.values()):
            out.append("rows not in the stated order")
    tags = set(item["tags"])
    tables = {t.name for t in tree.find_all(exp.Table)}
    checks = {
        "join": len(tables) > 1,
        "having": tree.args.get("having") is not None,
        "top-n": tree.args.get("limit") is not None,
        "kpi": item["mark"] == "kpi",
        "share": item["mark"] == "arc",
    }
    for tag, present in checks.items():
        if present != (tag in tags):
            out.append(f"tag {tag!r} {'missing' if present else 'not borne out by the SQL'}")
    return out


def tie_at_cut(db: Path, tree: exp.Select, rows: list[list[Any]], sort: dict[str, Any]) -> bool:
    """Whether the row after a LIMIT cut ties with the last row kept (the top N is then ambiguous)."""
    limit = tree.args.get("limit")
    if limit is None or sort is None:
        return False
    n = int(limit.expression.name)
    wider = tree.copy().limit(n + 1)
    _, more = gold_rows(db, wider.sql(dialect="duckdb"))
    if len(more) <= n:
        return False
    index = 0 if sort["channel"] == "x" else 1
    return bool(more[n][index] == rows[-1][index])


def steady(new: Any, old: Any) -> Any:
    """``new`` gold data, or the stored ``old`` wherever the two differ only in floating-point
    noise (the last digits of a parallel sum) or in the order of tied rows: a split's file then
    changes only where its data did, and the other splits' files stay as they were."""
    if isinstance(new, float) and isinstance(old, (int, float)) and not isinstance(old, bool):
        return old if math.isclose(new, old, rel_tol=1e-9, abs_tol=1e-12) else new
    if isinstance(new, list) and isinstance(old, list) and len(new) == len(old):
        if sorted(map(json.dumps, new)) == sorted(map(json.dumps, old)):
            return old  # the same rows, ties in another order (the scorer accepts either)
        return [steady(a, b) for a, b in zip(new, old, strict=True)]
    return new


def _stored(split: str) -> dict[str, Any]:
    """The gold data a split's file holds now, by item id (none for a new split)."""
    path = HERE / f"{split}.jsonl"
    if not path.exists():
        return {}
    lines = path.read_text(encoding="utf-8").splitlines()
    return {i["id"]: i.get("gold_data") for i in map(json.loads, filter(str.strip, lines))}


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    cache = Path(args[0]) if args else DEFAULT_CACHE
    files: dict[str, list[dict[str, Any]]] = {split: [] for split in SPLITS}
    stored = {split: _stored(split) for split in SPLITS}
    failures = 0
    seen: set[str] = set()
    for split, db, item in authored():
        if item["id"] in seen:
            print(f"{item['id']}: duplicate id")
            failures += 1
        seen.add(item["id"])
        path = db_path(db, cache)
        tree = sqlglot.parse_one(item["gold_sql"], read="duckdb")
        names, rows = gold_rows(path, item["gold_sql"])
        issues = problems(item, tree, rows)
        if names != _columns(item):
            issues.append(f"columns {names}, want {_columns(item)}")
        if isinstance(tree, exp.Select) and tie_at_cut(path, tree, rows, item["sort"]):
            issues.append("a tie at the top-N cut")
        if DATASETS[db].split != split:
            issues.append(f"dataset {db} belongs to {DATASETS[db].split}, not {split}")
        if issues:
            print(f"{item['id']}: {'; '.join(issues)}")
            failures += 1
        tables = sorted({t.name for t in tree.find_all(exp.Table)})
        files[split].append(
            {
                "id": item["id"],
                "db": db,
                "gold_dialect": "duckdb",
                **{k: v for k, v in item.items() if k != "id"},
                "gold_data": steady(rows, stored[split].get(item["id"])),
                "n_gold_rows": len(rows),
                "tables": tables,
                "n_tables": len(tables),
            }
        )
    for split, items in files.items():
        with open(HERE / f"{split}.jsonl", "w", encoding="utf-8") as fh:
            for item in items:
                fh.write(json.dumps(item, ensure_ascii=False) + "\n")
        print(f"{split}: {len(items)} items", dict(Counter(i["db"] for i in items)))
        print("  tags:", dict(sorted(Counter(t for i in items for t in i["tags"]).items())))
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
