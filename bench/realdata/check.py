"""Check the real-data item files against the data: every gold query still gives its gold data.

For each item of ``dev.jsonl``, ``holdout.jsonl``, ``holdout8.jsonl``, ``holdout9.jsonl``, ``holdout10.jsonl``, ``holdout11.jsonl``, ``holdout12.jsonl``, ``holdout13.jsonl``, ``holdout14.jsonl``, ``holdout15.jsonl``, ``holdout16.jsonl``, ``holdout17.jsonl``, ``holdout18.jsonl``, ``holdout19.jsonl``, ``holdout20.jsonl``, ``holdout21.jsonl``, ``holdout22.jsonl``, ``holdout23.jsonl``, ``holdout24.jsonl``, ``holdout25.jsonl``, ``holdout26.jsonl``, ``holdout27.jsonl``, ``holdout28.jsonl``, ``holdout29.jsonl``, ``holdout30.jsonl``, ``holdout31.jsonl``, ``holdout32.jsonl``, ``holdout33.jsonl``, ``holdout34.jsonl``, ``holdout35.jsonl``, ``holdout36.jsonl``, ``holdout37.jsonl``, ``holdout38.jsonl``, ``holdout39.jsonl``, ``holdout40.jsonl``, ``holdout41.jsonl``, ``holdout42.jsonl``, ``holdout43.jsonl``, ``holdout44.jsonl``, ``holdout45.jsonl``, ``holdout46.jsonl``, ``holdout47.jsonl``, ``holdout48.jsonl``, ``holdout49.jsonl``, ``holdout50.jsonl``, ``holdout51.jsonl``, ``holdout52.jsonl``, ``holdout53.jsonl``, ``holdout54.jsonl``, ``holdout55.jsonl``, ``holdout56.jsonl``, ``holdout57.jsonl``, ``holdout58.jsonl``, ``holdout59.jsonl``, ``holdout60.jsonl``, ``holdout61.jsonl``, ``holdout62.jsonl``, ``holdout63.jsonl``, ``holdout64.jsonl``, ``holdout65.jsonl``, ``holdout66.jsonl``, ``holdout67.jsonl``, ``holdout68.jsonl``, ``holdout69.jsonl``, ``holdout70.jsonl`` and ``holdout71.jsonl``: its dataset is built (or
found current) in the cache, its ``gold_sql`` is run, and the rows must equal
``gold_data`` (in order when the item is sorted, numbers to 1e-9) and number
at least one. Also: ids are unique, and no dataset is used by both files.
Exit status 0 when all hold. Usage::

    python bench/realdata/check.py [CACHE_DIR]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from build import DATASETS, DEFAULT_CACHE, db_path
from gold import gold_rows, same_rows

HERE = Path(__file__).parent
FILES = (
    "dev.jsonl",
    "holdout.jsonl",
    "holdout8.jsonl",
    "holdout9.jsonl",
    "holdout10.jsonl",
    "holdout11.jsonl",
    "holdout12.jsonl",
    "holdout13.jsonl",
    "holdout14.jsonl",
    "holdout15.jsonl",
    "holdout16.jsonl",
    "holdout17.jsonl",
    "holdout18.jsonl",
    "holdout19.jsonl",
    "holdout20.jsonl",
    "holdout21.jsonl",
    "holdout22.jsonl",
    "holdout23.jsonl",
    "holdout24.jsonl",
    "holdout25.jsonl",
    "holdout26.jsonl",
    "holdout27.jsonl",
    "holdout28.jsonl",
    "holdout29.jsonl",
    "holdout30.jsonl",
    "holdout31.jsonl",
    "holdout32.jsonl",
    "holdout33.jsonl",
    "holdout34.jsonl",
    "holdout35.jsonl",
    "holdout36.jsonl",
    "holdout37.jsonl",
    "holdout38.jsonl",
    "holdout39.jsonl",
    "holdout40.jsonl",
    "holdout41.jsonl",
    "holdout42.jsonl",
    "holdout43.jsonl",
    "holdout44.jsonl",
    "holdout45.jsonl",
    "holdout46.jsonl",
    "holdout47.jsonl",
    "holdout48.jsonl",
    "holdout49.jsonl",
    "holdout50.jsonl",
    "holdout51.jsonl",
    "holdout52.jsonl",
    "holdout53.jsonl",
    "holdout54.jsonl",
    "holdout55.jsonl",
    "holdout56.jsonl",
    "holdout57.jsonl",
    "holdout58.jsonl",
    "holdout59.jsonl",
    "holdout60.jsonl",
    "holdout61.jsonl",
    "holdout62.jsonl",
    "holdout63.jsonl",
    "holdout64.jsonl",
    "holdout65.jsonl",
    "holdout66.jsonl",
    "holdout67.jsonl",
    "holdout68.jsonl",
    "holdout69.jsonl",
    "holdout70.jsonl",
    "holdout71.jsonl",
)


def _sort_key(item: dict[str, Any]) -> int | None:
    """The column whose order the item promises (x or y), or None."""
    sort = item.get("sort")
    if not sort or item.get("grouped"):  # grouped rows are ordered within each series only
        return None
    return 0 if sort["channel"] == "x" else 1


def check(cache: Path) -> list[str]:
    """Every problem found, one sentence each (empty when the files are sound)."""
    problems: list[str] = []
    ids: set[str] = set()
    used: dict[str, set[str]] = {}
    for name in FILES:
        with open(HERE / name, encoding="utf-8") as fh:
            items = [json.loads(line) for line in fh if line.strip()]
        for item in items:
            iid, db = item["id"], item["db"]
            if iid in ids:
                problems.append(f"{name}: {iid} appears twice")
            ids.add(iid)
            used.setdefault(db, set()).add(name)
            if db not in DATASETS:
                problems.append(f"{name}: {iid} names an unknown dataset {db!r}")
                continue
            _, rows = gold_rows(db_path(db, cache), item["gold_sql"])
            if not rows:
                problems.append(f"{name}: {iid} gold SQL returns no rows")
            elif not same_rows(rows, item["gold_data"], key=_sort_key(item)):
                problems.append(f"{name}: {iid} gold SQL no longer gives gold_data")
        print(f"{name}: {len(items)} items checked")
    for db, files in sorted(used.items()):
        if len(files) > 1:
            problems.append(f"dataset {db} is used by both {' and '.join(sorted(files))}")
    return problems


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    problems = check(Path(args[0]) if args else DEFAULT_CACHE)
    for line in problems:
        print(line)
    print("ok" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
