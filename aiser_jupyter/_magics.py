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

SUBCOMMANDS = (
    "sources",
    "connect",
    "use",
    "catalog",
    "join",
    "history",
    "usage",
    "config",
    "help",
    "verify",
    "semantic",
)


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
    basis = answer.plan.provenance.basis() if answer.plan.provenance else None
    if basis:  # verified / semantic layer / inferred (issue 15)
        display(Markdown(f"*Answer {basis}.*"))
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

        ``%chart sources | connect ALIAS URL | connect ALIAS DATAFRAME [DATAFRAME …] | use ALIAS |
        catalog [ALIAS] | join [--drop] TABLE.COLUMN = TABLE.COLUMN | history | usage | config |
        verify | semantic [PATH]``
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
        args.db = _frame_alias(engine, self.shell, args.db)
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
        engine.last_answer = answer  # what %chart verify saves
        if args.out:
            self.shell.user_ns[args.out] = answer
        if args.save:
            from .engine.dashboards.dashboard import save_answer

            ref = save_answer(args.save, answer, width=args.width, height=args.height)
            answer.notices.append(f"Saved to dashboard {args.save}.")
            answer.notices += [n for n in ref.notes if answer.frames and "DataFrame" in n]
        _display(engine, answer, args.show_sql)

    def _line(self, words: list[str]) -> Any:
        from IPython.display import Markdown, display

        engine = get_engine(self.shell)
        command, rest = words[0], words[1:]
        if command == "connect":
            source = _connect(engine, self.shell, rest)
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
            _show_frames(engine, self.shell)
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
        elif command in ("verify", "semantic"):
            print(_semantic_command(engine, command, rest))
        elif command == "usage":
            from .engine.store.hooks import usage_summary

            print(usage_summary(engine.config))
        elif command == "config":
            cfg = engine.config
            print("\n".join(f"{k} = {v!r}" for k, v in vars(cfg).items() if k != "api_key"))
        else:
            print(ChartMagics.chart.__doc__)
        return None


def _connect(engine: Engine, shell: Any, rest: list[str]) -> Any:
    """``connect ALIAS URL_OR_PATH`` or ``connect ALIAS DATAFRAME [DATAFRAME …]`` (variables)."""
    from ._frames import connect_variables, holds_frames

    if len(rest) >= 2 and holds_frames(shell.user_ns, rest[1:]):
        return connect_variables(engine, shell.user_ns, rest[0], rest[1:])
    if len(rest) != 2:
        raise UsageError(
            "usage: %chart connect ALIAS URL_OR_PATH, or %chart connect ALIAS DATAFRAME [DATAFRAME …]"
            " naming variables that hold pandas, polars or Arrow tables"
        )
    return engine.connect(rest[0], rest[1])


def _frame_alias(engine: Engine, shell: Any, db: str | None) -> str | None:
    """``--db df``: a variable holding a frame (and no connected alias) is connected first."""
    if db is None or db in {s["alias"] for s in engine.sources()}:
        return db
    from ._frames import connect_variable, holds_frames

    return connect_variable(engine, shell.user_ns, db) if holds_frames(shell.user_ns, [db]) else db


def _show_frames(engine: Engine, shell: Any) -> None:
    from IPython.display import Markdown, display

    from ._frames import frames

    found = frames(engine, shell.user_ns)
    if found:
        rows = "\n".join(
            "| `{}` | {} | {:,} × {} | {} |".format(  # in code: _ and * show as typed
                f["name"].replace("`", "'").replace("|", "\\|"),
                f["kind"],
                f["rows"],
                f["columns"],
                f["source"] or "",
            )
            for f in found
        )
        head = "| DataFrame | kind | rows × columns | connected as |\n|---|---|---|---|\n"
        display(Markdown(head + rows))


def _semantic_command(engine: Any, command: str, rest: list[str]) -> str:
    """``%chart verify`` (save the last answer as verified) and ``%chart semantic [PATH]``."""
    if command == "verify":
        answer = engine.last_answer
        if answer is None or rest:
            from .errors import error

            msg = "No answer to verify yet" if answer is None else "usage: %chart verify"
            raise error("AISER-SEM-VERIFY", msg)
        import getpass

        question = (answer.question or "").strip()
        path = engine.save_verified(question, answer.plan, answer.source, by=getpass.getuser())
        return f"Saved {question!r} as a verified question in {path}."
    if len(rest) > 1:
        raise UsageError("usage: %chart semantic [PATH]")
    path = engine.use_semantic(rest[0]) if rest else engine.semantic.path()
    if path is None:
        return "No semantic layer file (write aiser.semantic.yaml here, or %chart semantic PATH)."
    loaded = engine.semantic.loaded()
    parts = [
        f"{key}: {len(s.metrics)} metrics, {len(s.dimensions)} dimensions, {len(s.verified)} verified"
        for key, s in loaded.file.sources.items()
    ]
    return f"Using {path}" + (" (" + "; ".join(parts) + ")" if parts else "")


def register_magics(ipython: Any) -> None:
    ipython.register_magics(ChartMagics)
    ipython.magics_manager.register_alias("aiser", "chart", "cell")
    ipython.magics_manager.register_alias("aiser", "chart", "line")
    schedule(ipython)  # imports for the first chart, in the background once this cell ends
