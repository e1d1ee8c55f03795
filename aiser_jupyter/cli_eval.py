"""score a planner on a benchmark file (JSON lines) and write its predictions

Each line of the file is one item: a question, ``db_path`` (relative to the file)
or ``db`` (a DuckDB file ``<db>.duckdb`` in ``--data``), and the gold chart, as in VisEval. The same command measures the tool on your
own database: write your questions and gold charts in that format.
"""

from __future__ import annotations

import argparse
import json
import sys

from .errors import error

__all__ = ["add_arguments", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE.jsonl", help="benchmark items, one JSON object per line"
    )
    parser.add_argument(
        "--planner",
        choices=("rules", "llm", "auto", "gold"),
        default="rules",
        help="gold draws each item's gold chart (a check of the chart spec)",
    )
    parser.add_argument("--predictions", metavar="OUT.jsonl", help="write one prediction per item")
    parser.add_argument(
        "--data",
        metavar="DIR",
        help="where items naming a database by 'db' find <db>.duckdb (default: the file's folder)",
    )
    parser.add_argument(
        "--json", action="store_true", help="print the report as JSON (last line still pass_rate)"
    )


def _progress(done: int, total: int) -> None:
    sys.stderr.write(f"\r{done}/{total}")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def run(args: argparse.Namespace) -> int:
    from .engine.eval.run import format_report, run_eval  # the engine when the command runs

    try:
        report = run_eval(
            args.file,
            planner=args.planner,
            predictions=args.predictions,
            data=args.data,
            progress=_progress if sys.stderr.isatty() else None,
        )
    except (OSError, ValueError) as exc:
        msg = f"Could not read the benchmark file {args.file!r} ({type(exc).__name__}); pass a JSON-lines file"
        raise error("AISER-EVAL-FILE", msg) from None
    if args.json:
        print(json.dumps(report.to_json(), indent=1))
        print(f"pass_rate: {report.pass_rate:.4f}")
    else:
        print(format_report(report))
    return 0
