"""``aiser-jupyter``: ask, eval, export, doctor — a thin adapter over the engine."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import Any

from . import __version__
from .doctor import report
from .engine.jsonvalue import json_value
from .errors import AiserError, error

__all__ = ["main"]


def answer_json(answer: Any) -> dict[str, Any]:
    """The ``--json`` shape of DESIGN §3.1: plan, rows, data, compiled_sql."""
    columns = [column.to_pylist() for column in answer.table.columns]
    rows = [[json_value(v) for v in row] for row in zip(*columns, strict=True)]
    return {
        "plan": answer.plan.model_dump(mode="json", exclude_none=True),
        "rows": answer.rows,
        "data": rows,
        "columns": answer.table.column_names,
        "compiled_sql": answer.compiled_sql,
        "notices": answer.notices,
    }


def _engine(args: argparse.Namespace) -> Any:
    # the engine only for commands that chart: --help and doctor stay quick
    from .engine.config import EngineConfig
    from .engine.core import Engine

    timeout = getattr(args, "llm_timeout", None) or float(os.environ.get("AISER_LLM_TIMEOUT", "60"))
    return Engine(
        EngineConfig(planner=getattr(args, "planner", None) or "auto", llm_timeout=timeout)
    )


def cmd_ask(args: argparse.Namespace) -> int:
    engine = _engine(args)
    try:
        answer = engine.ask(args.question, args.db, mark=args.type)
        if args.html:
            answer.figure.write_html(args.html, include_plotlyjs=True, full_html=True)
        if args.json:
            print(json.dumps(answer_json(answer), indent=None if args.compact else 1))
        else:
            for notice in answer.notices:
                print(f"note: {notice}", file=sys.stderr)
            print(f"{answer.plan.chart.mark} chart, {answer.rows} rows")
            print(answer.compiled_sql)
            print(answer.df.head(20).to_string(index=False))
            if args.html:
                print(f"wrote {args.html}")
    finally:
        engine.close()
    return 0


def cmd_doctor(args: argparse.Namespace) -> int:
    ok, lines = report()
    print("\n".join(lines))
    return 0 if ok else 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="aiser-jupyter", description="Ask databases questions; get charts."
    )
    parser.add_argument("--version", action="version", version=__version__)
    sub = parser.add_subparsers(dest="command", required=True)
    ask = sub.add_parser("ask", help="answer a question (or chart a SELECT) on a source")
    ask.add_argument("question")
    ask.add_argument(
        "--db",
        "--source",
        dest="db",
        default="demo",
        help="alias (demo), SQLAlchemy URL or file path",
    )
    ask.add_argument("--planner", choices=("rules", "llm", "auto"), default="auto")
    ask.add_argument("--type", help="force a chart type")
    ask.add_argument(
        "--llm-timeout",
        type=float,
        help="seconds to wait for the LLM (env AISER_LLM_TIMEOUT, default 60)",
    )
    ask.add_argument(
        "--json", action="store_true", help="print plan, rows, data and compiled SQL as JSON"
    )
    ask.add_argument("--compact", action="store_true", help="one-line JSON")
    ask.add_argument(
        "--html", metavar="OUT.html", help="write the chart as a self-contained HTML file"
    )
    ask.set_defaults(func=cmd_ask)
    doctor = sub.add_parser(
        "doctor", help="check the installation, the extension, sources and the LLM settings"
    )
    doctor.set_defaults(func=cmd_doctor)
    for name, module in (("eval", "cli_eval"), ("export", "cli_export"), ("mcp", "cli_mcp")):
        try:
            mod = __import__(f"{__package__}.{module}", fromlist=["add_arguments", "run"])
        except ImportError:
            continue
        p = sub.add_parser(
            name, help=(mod.__doc__ or "").strip().splitlines()[0] if mod.__doc__ else None
        )
        mod.add_arguments(p)
        p.set_defaults(func=mod.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except AiserError as exc:
        print(exc.text, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("AISER-DB-CANCELLED: interrupted.", file=sys.stderr)
        return 130
    except Exception as exc:
        if os.environ.get("AISER_DEBUG"):
            raise
            bug = error(
                "AISER-INTERNAL",
                f"Unexpected {type(exc).__name__} (set AISER_DEBUG=1 for the traceback)",
            )
        print(bug.text, file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
