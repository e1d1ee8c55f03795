"""``Aiser`` in Jupyter AI 3's chat: a persona that answers with an interactive chart.

Registered through the ``jupyter_ai.personas`` entry point, so Jupyter AI lists it when
both are installed (this module is never imported otherwise). It runs no LLM of its own:
each message is a question (or a SELECT) for the engine — the same guard, limits and
planners as ``%%chart`` — answered with the summary and the SQL that ran, then the chart
as plotly JSON, which the chat renders as an interactive plot.

Sources are the aliases of ``.jupyter/aiser.json`` next to the chat (the MCP server's
settings file: ``{"sources": {"ALIAS": "URL"}}``, ``${VAR}`` from the Jupyter server's
environment), else of the file named by ``AISER_MCP_CONFIG``, plus ``demo``. A message
``ALIAS: question`` asks that source; otherwise the first one answers.
"""

from __future__ import annotations

import asyncio
import html
import os
import re
import threading
from pathlib import Path
from typing import Any

from jupyter_ai_persona_manager import BasePersona, PersonaDefaults
from jupyterlab_chat.models import Message, MimeModel, NewMessage

from .engine.config import EngineConfig
from .engine.report import answer_record
from .engine.sources.base import cancellable
from .engine.workspace import Workspace, load_settings
from .errors import AiserError

__all__ = ["AiserPersona"]

PLOTLY_MIME = "application/vnd.plotly.v1+json"
_ADDRESSED = re.compile(r"^\s*(?:@\S+\s+)*")  #: leading @-mentions
_SOURCE = re.compile(r"^([A-Za-z][A-Za-z0-9_]{0,63}):\s+(.+)$", re.S)


class AiserPersona(BasePersona):  # type: ignore[misc]
    """Answers questions about your data with charts (no LLM needed)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._workspace: Workspace | None = None
        self._stop = threading.Event()

    @property
    def defaults(self) -> PersonaDefaults:
        return PersonaDefaults(
            name="Aiser",
            description="Answers questions about your data with interactive charts, "
            "through a SQL guard; no LLM needed.",
            avatar_path=str(Path(__file__).with_name("persona-avatar.svg")),
            system_prompt="(not used: this persona plans with aiser-jupyter's engine)",
        )

    def workspace(self) -> Workspace:
        if self._workspace is None:
            dot = self.get_dotjupyter_dir()
            local = Path(dot) / "aiser.json" if dot else None
            config = local if local and local.is_file() else os.environ.get("AISER_MCP_CONFIG")
            settings = load_settings(config, root=self.get_chat_dir())
            self._workspace = Workspace(settings, EngineConfig())
        return self._workspace

    async def process_message(self, message: Message) -> None:
        text = _ADDRESSED.sub("", message.body or "").strip()
        self._stop = stop = threading.Event()
        self.set_status("is charting...")
        try:
            record, figure, cell = await asyncio.to_thread(self._answer, text, stop)
        except AiserError as exc:
            self.send_message(f"**{exc.code}**: {_text(exc.text.removeprefix(exc.code + ': '))}")
            return
        finally:
            self.clear_status()
        notes = "".join(f"\n\n_{_text(note)}_" for note in record["notices"])
        self.send_message(
            f"{_text(record['summary'])}{notes}\n\n<details><summary>SQL that ran</summary>\n\n"
            f"{_fenced(record['sql'], 'sql')}\n\nTo keep this chart in a notebook:\n\n"
            f"{_fenced(cell, 'python')}\n</details>"
        )
        bundle = {PLOTLY_MIME: figure, "text/plain": record["summary"]}
        self.chat.add_message(
            NewMessage(body=record["summary"], sender=self.id, mime_model=MimeModel(data=bundle))
        )

    def _answer(
        self, text: str, stop: threading.Event
    ) -> tuple[dict[str, Any], dict[str, Any], str]:
        workspace = self.workspace()
        named = _SOURCE.match(text)
        if named and named[1] in workspace.settings.aliases:  # "shop: orders by month"
            source, question = named[1], named[2]
        else:
            source, question = None, text
        with cancellable(stop):
            answer = workspace.ask(question, source)
        return answer_record(answer, max_rows=0), answer.plotly_json(), answer.to_cell()

    async def cancel_response(self) -> None:
        self._stop.set()  # the running query is cancelled in the database

    async def shutdown(self) -> None:
        await super().shutdown()
        self._stop.set()
        if self._workspace is not None:
            await asyncio.to_thread(self._workspace.close)


def _text(text: str) -> str:
    """Words from the data or the engine, shown as they are in the chat's markdown."""
    return html.escape(text, quote=False)


def _fenced(code: str, language: str) -> str:
    """``code`` in a fence longer than any run of backticks inside it."""
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{language}\n{code}\n{fence}"
