"""``%%chart`` / ``%chart`` / ``%%aiser``: a thin adapter over the engine.

Parses arguments, calls the engine, displays the answer; every
:class:`~aiser_jupyter.errors.AiserError` becomes a ``UsageError`` (no traceback).
``%load_ext`` imports this module: the engine's modules are imported inside the
functions that use them, so loading the extension stays light (``tests/test_imports.py``).
"""

from __future__ import annotations

import argparse
import shlex
from typing import TYPE_CHECKING, Any

from IPython.core.error import UsageError
from IPython.core.magic import Magics, line_cell_magic, magics_class

from ._kernel import get_engine
from ._warm import schedule
from .errors import AiserError

if TYPE_CHECKING:
    from .engine.answer import Answer
    from .engine.core import Engine

__all__ = ["ChartMagics", "register_magics"]

SUBCOMMANDS = ("sources", "connect", "use", "catalog", "join", "history", "usage", "config", "help")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse would sys.exit()
        raise UsageError(f"{self.prog}: {message}")


def _cell_parser() -> _Parser:
    p = _Parser(prog="%%chart", add_help=False)
    p.add_argument("--db", "--source", dest="db", help="source alias, URL or file path")
    p.add_argument(
        "--type", "-t", dest="mark", help="chart type: bar, line, area, point, pie, histogram, …"
    )
    p.add_argument("-o", "--out", dest="out", help="store the answer in this variable")
    p.add_argument("--show-sql", action="store_true", help="show the SQL that ran")
    p.add_argument("--planner", choices=("rules", "llm"), help="force a planner")
    p.add_argument("--refresh", action="store_true", help="ignore the plan cache")
    p.add_argument(
        "--save", metavar="DASHBOARD.ipynb", help="add the chart to a dashboard notebook"
    )
    p.add_argument("--width", type=int, help="dashboard grid width (1-12)")
    p.add_argument("--height", type=int, help="dashboard height in pixels")
    p.add_argument("words", nargs="*")
    return p


class Progress:
    """``on_status`` for the cell: "querying 42%" in an output updated in place, removed when done.

    Nothing is shown for queries that finish within the first second (the engine reports
    progress only after that).
    """

    def __init__(self) -> None:
        self.handle: Any = None

    def __call__(self, stage: str) -> None:
        if not stage.startswith("querying "):
            return
        from IPython.display import Markdown, display

        text = Markdown(f"*{stage}…*")
        if self.handle is None:
            self.handle = display(text, display_id=True)
        else:
            self.handle.update(text)

    def close(self) -> None:
        if self.handle is not None:
            self.handle.update({"text/plain": ""}, raw=True)
            self.handle = None


def _display(engine: Engine, answer: Answer, show_sql: bool) -> None:
    from IPython.display import Markdown, display

    for notice in answer.notices:
        display(Markdown(f"*{notice}*"))
    if show_sql:
        display(Markdown(f"```sql\n{answer.compiled_sql}\n```"))
    if answer.reduction is not None and engine.config.zoom:
        from .widget import show  # anywidget, only for a zoomable chart (issue 8)

        show(engine, answer)
    else:
        display(answer)


@magics_class
class ChartMagics(Magics):
    @line_cell_magic
    def chart(self, line: str, cell: str | None = None) -> Any:
        """Ask a question (cell body or line) and draw the answer; or manage sources.

        ``%chart sources | connect ALIAS URL | use ALIAS | catalog [ALIAS] |
        join [--drop] TABLE.COLUMN = TABLE.COLUMN | history | usage | config``
        """
        try:
            words = shlex.split(line)
        except ValueError as exc:
            raise UsageError(f"%chart: {exc}") from None
        try:
            if cell is None and words and words[0] in SUBCOMMANDS:
                return self._line(words)
            args = _cell_parser().parse_args(words)
            text = cell if cell is not None and cell.strip() else " ".join(args.words)
            return self._ask(text, args)
        except AiserError as exc:
            raise UsageError(exc.text) from None

    def _ask(self, text: str, args: argparse.Namespace) -> None:
        from .engine.cells import parse_plan_body

        engine = get_engine(self.shell)
        plan = parse_plan_body(text)
        progress = Progress()
        try:
            if plan is not None:
                question = plan.provenance.question if plan.provenance else None
                answer = engine.run_plan(plan, args.db, question=question, on_status=progress)
            else:
                answer = engine.ask(
                    text,
                    args.db,
                    planner=args.planner,
                    mark=args.mark,
                    refresh=args.refresh,
                    on_status=progress,
                )
        finally:
            progress.close()
        if args.out:
            self.shell.user_ns[args.out] = answer
        if args.save:
            from .engine.dashboards.dashboard import save_answer

            save_answer(args.save, answer, width=args.width, height=args.height)
            answer.notices.append(f"Saved to dashboard {args.save}.")
        _display(engine, answer, args.show_sql)

    def _line(self, words: list[str]) -> Any:
        from IPython.display import Markdown, display

        engine = get_engine(self.shell)
        command, rest = words[0], words[1:]
        if command == "connect":
            if len(rest) != 2:
                raise UsageError("usage: %chart connect ALIAS URL_OR_PATH")
            source = engine.connect(rest[0], rest[1])
            print(f"Connected {source.alias} ({source.dialect}): {source.display}")
        elif command == "use":
            if len(rest) != 1:
                raise UsageError("usage: %chart use ALIAS")
            print(f"Using {engine.use(rest[0]).alias}")
        elif command == "sources":
            rows = "\n".join(
                f"| {'→ ' if s['current'] else ''}{s['alias']} | {s['dialect']} | {s['url']} |"
                for s in engine.sources()
            )
            display(Markdown("| alias | dialect | where |\n|---|---|---|\n" + rows))
        elif command == "history":
            items = [f"{i}. {t.question}" for i, t in enumerate(engine.history, 1)] or [
                "(no questions yet)"
            ]
            print("\n".join(items))
        elif command == "catalog":
            display(Markdown(f"```\n{engine.catalog(rest[0] if rest else None).compact()}\n```"))
        elif command == "join":
            drop = "--drop" in rest
            spec = " ".join(w for w in rest if w != "--drop")
            join = engine.declare_join(spec, drop=drop)
            verb = "No longer joining" if drop else "Joining"
            print(f"{verb} {join.table}.{join.column} = {join.ref_table}.{join.ref_column}")
        elif command == "usage":
            from .engine.store.hooks import usage_summary

            print(usage_summary(engine.config))
        elif command == "config":
            cfg = engine.config
            print("\n".join(f"{k} = {v!r}" for k, v in vars(cfg).items() if k != "api_key"))
        else:
            print(ChartMagics.chart.__doc__)
        return None


def register_magics(ipython: Any) -> None:
    ipython.register_magics(ChartMagics)
    ipython.magics_manager.register_alias("aiser", "chart", "cell")
    ipython.magics_manager.register_alias("aiser", "chart", "line")
    schedule(ipython)  # imports for the first chart, in the background once this cell ends
