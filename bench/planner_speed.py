"""Planning time per question of the rule planner over a benchmark file: median and p95.

Usage: python bench/planner_speed.py [FILE.jsonl] [--repeat N]

Only planning is timed (question + catalog -> ChartPlan); catalogs are built
once per database beforehand, as in a session.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import time
import warnings
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "bench" / "dev.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", default=str(DEFAULT))
    parser.add_argument("--repeat", type=int, default=3, help="plan every question this many times")
    args = parser.parse_args()

    from aiser_jupyter.engine.config import EngineConfig
    from aiser_jupyter.engine.core import Engine
    from aiser_jupyter.engine.eval.run import load_items
    from aiser_jupyter.engine.planners.base import PlanContext
    from aiser_jupyter.errors import AiserError

    warnings.simplefilter("ignore")
    path = Path(args.file)
    items = load_items(path)
    engine = Engine(EngineConfig(planner="rules", use_cache=False))
    planner = engine.planner("rules")
    aliases: dict[str, str] = {}
    for item in items:
        db = str((path.parent / item["db_path"]).resolve())
        if db not in aliases:
            aliases[db] = f"db{len(aliases) + 1}"
            engine.connect(aliases[db], db)
            engine.catalog(aliases[db])
    times: list[float] = []
    for _ in range(args.repeat):
        for item in items:
            alias = aliases[str((path.parent / item["db_path"]).resolve())]
            catalog = engine.catalog(alias)
            context = PlanContext(dialect=engine.source(alias).dialect)
            started = time.perf_counter()
            with contextlib.suppress(AiserError):
                planner.plan(item["question"], catalog, context)
            times.append((time.perf_counter() - started) * 1000)
    engine.close()
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    print(
        f"{len(items)} questions x {args.repeat}: median {statistics.median(times):.2f} ms, p95 {p95:.2f} ms, "
        f"max {times[-1]:.2f} ms"
    )


if __name__ == "__main__":
    main()
