"""The kernel side of the JupyterLab panel: the ``aiser_jupyter`` comm target.

Each incoming message is size-checked and validated against
:mod:`aiser_jupyter._protocol` before anything acts on it; anything else gets an
``error`` reply. Questions run on one worker thread per kernel, so a long answer
leaves the kernel free for other comms and cells, and questions from the panel
are answered in order by the same engine as ``%%chart`` (shared sources,
configuration and conversation). ``%load_ext`` registers the comm target: the engine's
modules are imported when a message needs them, not with this module.
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
import threading
import time
import weakref
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from ._kernel import get_engine as kernel_engine
from ._protocol import (
    AnswerReply,
    AskRequest,
    ConnectRequest,
    ErrorReply,
    FrameInfo,
    HistoryItem,
    HistoryReply,
    InterruptRequest,
    SavedReply,
    SaveRequest,
    SourceInfo,
    SourcesReply,
    StatusReply,
    VerifiedReply,
    VerifyRequest,
    read_request,
)
from .errors import AiserError, error

if TYPE_CHECKING:
    from .engine.answer import Answer
    from .engine.core import Engine

__all__ = ["TARGET", "is_registered", "register"]

TARGET = "aiser_jupyter"
log = logging.getLogger(__name__)
#: Answers kept per panel connection so that "Add to dashboard" can save them.
KEEP_ANSWERS = 32
_executor: ThreadPoolExecutor | None = None


def register(shell: Any = None) -> None:
    """Register the comm target on the kernel's comm manager (idempotent).

    Parameters
    ----------
    shell
        The IPython shell (unused: the comm manager is per kernel process); accepted so
        that ``load_ipython_extension`` can pass it through.
    """
    _comm_manager().register_target(TARGET, _on_open)


def is_registered() -> bool:
    """Whether this kernel answers the panel (the panel's probe calls this)."""
    return TARGET in _comm_manager().targets


def _comm_manager() -> Any:
    import comm

    return comm.get_comm_manager()


def get_engine() -> Engine:
    """The kernel's one engine, shared with the ``%%chart`` magic (same sources, config, history)."""
    from IPython import get_ipython

    return kernel_engine(get_ipython())


def _worker() -> ThreadPoolExecutor:
    global _executor
    if _executor is None:
        _executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="aiser-panel")
    return _executor


#: open panel connections, told when the kernel's DataFrames change
_handlers: weakref.WeakSet[_Handler] = weakref.WeakSet()


def _on_open(comm: Any, _msg: dict[str, Any]) -> None:
    handler = _Handler(comm)
    comm.on_msg(handler.on_msg)
    comm.on_close(handler.on_close)
    _handlers.add(handler)
    _watch_frames()


def _watch_frames() -> None:
    """After each cell that changed the DataFrames or the connected sources, send every open
    panel the new sources list."""
    from IPython import get_ipython

    from ._frames import watch

    def push() -> None:
        for handler in list(_handlers):
            if not handler.closed:
                try:
                    handler.send(handler.sources(None))
                except Exception:  # the next sources request tells the panel instead
                    log.debug("aiser-jupyter: could not list the frames", exc_info=True)

    watch(get_ipython(), push, lambda: get_engine().sources())


class _Handler:
    """One panel connection: parses requests, answers them, tracks cancellation."""

    def __init__(self, comm: Any) -> None:
        self.comm = comm
        self.closed = False
        self.cancelled: set[str] = set()
        self.running: AskRequest | None = None
        self.stop = threading.Event()  #: set to cancel the running ask's queries
        self.examples_owed = False  #: a sources reply went without examples during an ask
        self.answers: OrderedDict[str, Answer] = OrderedDict()
        self.lock = threading.Lock()

    # ------------------------------------------------------------------ transport
    def send(self, reply: BaseModel) -> None:
        if self.closed:
            return
        try:
            self.comm.send(reply.model_dump(mode="json"))
        except Exception:  # the frontend went away mid-answer; nothing left to tell
            log.debug("aiser-jupyter: could not send a reply", exc_info=True)

    def fail(self, request_id: str | None, exc: AiserError) -> None:
        self.send(ErrorReply(id=request_id, **exc.to_dict()))

    def on_close(self, _msg: dict[str, Any]) -> None:
        self.closed = True
        with self.lock:
            if self.running is not None:
                self._stop(self.running)

    # ------------------------------------------------------------------ dispatch
    def on_msg(self, msg: dict[str, Any]) -> None:
        try:
            self._dispatch(msg)
        except Exception as exc:  # a message must never raise into the kernel
            log.debug("aiser-jupyter: unreadable message", exc_info=True)
            text = f"The message could not be read ({type(exc).__name__})"
            self.fail(None, error("AISER-PROTO-INVALID", text))

    def _dispatch(self, msg: dict[str, Any]) -> None:
        request_id, request = read_request(msg)
        if isinstance(request, AiserError):
            self.fail(request_id, request)
            return
        if isinstance(request, AskRequest | SaveRequest | VerifyRequest):
            # On the worker, in order; the copied context keeps the parent header for replies.
            work = {"ask": self.answer, "save": self.save, "verify": self.verify}[request.type]
            _worker().submit(contextvars.copy_context().run, work, request)  # type: ignore[arg-type]
        elif isinstance(request, InterruptRequest):
            self.interrupt(request)
        elif isinstance(request, ConnectRequest):
            self.respond(request.id, lambda request_id: self.connect(request_id, request.frame))
        elif request.type == "sources":
            self.respond(request.id, self.sources)
        else:
            self.respond(request.id, self.history)

    def respond(self, request_id: str, build: Any) -> None:
        try:
            self.send(build(request_id))
        except AiserError as exc:
            self.fail(request_id, exc)
        except Exception as exc:
            log.exception("aiser-jupyter: request %s failed", request_id)
            self.fail(request_id, error("AISER-INTERNAL", f"{type(exc).__name__}: {exc}"[:300]))

    # ------------------------------------------------------------------ requests
    def sources(self, request_id: str | None) -> SourcesReply:
        from IPython import get_ipython

        from ._frames import frames

        engine = get_engine()
        sources = [SourceInfo.model_validate(r) for r in engine.sources()]
        shell = get_ipython()
        found = frames(engine, shell.user_ns) if shell is not None else []
        return SourcesReply(
            id=request_id,
            sources=sources,
            frames=[FrameInfo.model_validate(f) for f in found],
            capabilities=["interrupt", "save", "frames", "verify"],
            examples=self.examples(engine, next((s.alias for s in sources if s.current), None)),
        )

    def examples(self, engine: Any, alias: str | None) -> list[str]:
        """The current source's example questions, without waiting for a running ask.

        Reading a catalog queries the source, whose connection a running question holds
        until it ends: a sources request must not wait that long. Its examples then
        follow in a sources reply pushed when the question ends.
        """
        if alias is not None and self.running is not None and not engine.has_catalog(alias):
            self.examples_owed = True
            return []
        return _examples(engine, alias)

    def connect(self, request_id: str, name: str) -> SourcesReply:
        """Connect the kernel variable ``name`` (looked up, never evaluated) and list the sources."""
        from IPython import get_ipython

        from ._frames import connect_variable

        shell = get_ipython()
        connect_variable(get_engine(), shell.user_ns if shell is not None else {}, name)
        return self.sources(request_id)

    def history(self, request_id: str) -> HistoryReply:
        turns = get_engine().history
        return HistoryReply(
            id=request_id, items=[HistoryItem(question=t.question, plan=t.plan) for t in turns]
        )

    def answer(self, request: AskRequest) -> None:
        """Run one question (on the worker thread) and send its replies."""
        with self.lock:
            if self.closed or request.id in self.cancelled:
                self.cancelled.discard(request.id)
                self.fail(request.id, error("AISER-DB-CANCELLED", "The question was stopped"))
                return
            self.running = request
            self.stop = stop = threading.Event()

        def on_status(stage: str) -> None:
            if request.id in self.cancelled:
                raise error("AISER-DB-CANCELLED", "The question was stopped")
            self.send(StatusReply(id=request.id, stage=stage))

        from .engine.sources.base import cancellable

        try:
            with cancellable(stop):  # a stop cancels the query on the connection it runs on
                self.send(self.build_answer(request, on_status))
        except AiserError as exc:
            self.fail(request.id, exc)
        except Exception as exc:
            log.exception("aiser-jupyter: ask %s failed", request.id)
            self.fail(request.id, error("AISER-INTERNAL", f"{type(exc).__name__}: {exc}"[:300]))
        finally:
            with self.lock:
                self.running = None
                self.cancelled.discard(request.id)
                owed, self.examples_owed = self.examples_owed, False
            if owed:
                try:
                    self.send(self.sources(None))
                except Exception:  # the next sources request brings them instead
                    log.debug("aiser-jupyter: could not send the examples", exc_info=True)

    def build_answer(self, request: AskRequest, on_status: Any) -> AnswerReply:
        engine = get_engine()
        alias = engine.source(request.source).alias  # a message names a connected alias only
        answer = engine.ask(request.question, alias, on_status=on_status)
        figure = answer.plotly_json()
        if request.id in self.cancelled:
            raise error("AISER-DB-CANCELLED", "The question was stopped")
        self.answers[request.id] = answer
        engine.last_answer = answer  # %chart verify in the notebook saves it too
        while len(self.answers) > KEEP_ANSWERS:
            self.answers.popitem(last=False)
        return AnswerReply(
            id=request.id,
            question=request.question,
            source=answer.source,
            plan=answer.plan,
            figure=figure,
            rows=answer.rows,
            sql=answer.sql,
            cell=answer.to_cell(),
            notices=answer.notices,
            timings={k: round(v, 2) for k, v in answer.timings.items()},
        )

    def save(self, request: SaveRequest) -> None:
        """Add a kept answer to a dashboard notebook (on the worker thread)."""

        def build(request_id: str) -> SavedReply:
            answer = self.answers.get(request.target)
            if answer is None:
                msg = "That answer is no longer in the kernel (it restarted, or the answer is old)"
                raise error("AISER-PROTO-KERNEL", msg)
            from .engine.dashboards.dashboard import save_answer
            from .engine.dashboards.nbfile import confined

            # a message is untrusted: only a notebook inside the kernel's working folder
            path = confined(request.dashboard, Path.cwd())
            ref = save_answer(path, answer, title=request.title)
            return SavedReply(id=request_id, dashboard=request.dashboard, chart=ref.id)

        self.respond(request.id, build)

    def verify(self, request: VerifyRequest) -> None:
        """Save a kept answer as a verified question (on the worker thread)."""

        def build(request_id: str) -> VerifiedReply:
            import getpass

            answer = self.answers.get(request.target)
            if answer is None:
                msg = "That answer is no longer in the kernel (it restarted, or the answer is old)"
                raise error("AISER-PROTO-KERNEL", msg)
            question = (answer.question or "").strip()
            path = get_engine().save_verified(
                question, answer.plan, answer.source, by=getpass.getuser()
            )
            return VerifiedReply(id=request_id, question=question, file=path.name)

        self.respond(request.id, build)

    def interrupt(self, request: InterruptRequest) -> None:
        with self.lock:
            self.cancelled.add(request.target)
            if self.running is not None and self.running.id == request.target:
                self._stop(self.running)

    def _stop(self, request: AskRequest) -> None:
        """Cancel the database work of the running ask.

        Its queries run under :func:`cancellable`, so setting the event cancels the one
        running and refuses the next. The engine may still be reading the catalog, which
        runs outside that path, so a DuckDB connection is also interrupted until the ask ends.
        """
        self.stop.set()
        from .engine.sources.base import to_duckdb_connection

        try:
            con = to_duckdb_connection(get_engine().source(request.source))
        except Exception:  # unknown source: the ask fails on its own
            return
        if con is None:
            return

        def keep_interrupting() -> None:
            deadline = time.monotonic() + 30
            while self.running is request and time.monotonic() < deadline:
                with contextlib.suppress(Exception):
                    con.interrupt()
                time.sleep(0.1)

        threading.Thread(target=keep_interrupting, name="aiser-panel-stop", daemon=True).start()


def _examples(engine: Any, alias: str | None) -> list[str]:
    """Questions the panel offers for the current source (none when its catalog cannot be read)."""
    from .engine.planners.rules.suggest import examples

    if alias is None:
        return []
    try:
        return examples(engine.catalog(alias))
    except AiserError:
        return []
