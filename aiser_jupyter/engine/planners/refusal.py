"""The parts of a refusal's sentence: the words the plan left out, and the columns they partly
name ("receiving" → ``rcv_delay``)."""

from __future__ import annotations

from ...errors import AiserError, error
from ..catalog.model import Catalog
from .coded_words import code_hints
from .lexicon import lemma, split_name

__all__ = ["column_hints", "left_out", "unsure", "unused_text"]


def column_hints(texts: list[str], catalog: Catalog) -> list[str]:
    """Column names that an unused word partly matches ("receiving" → rcv_delay)."""
    hints: list[str] = []
    counts: dict[str, int] = {}
    for table in catalog.tables:
        for column in table.columns:
            counts[column.name.lower()] = counts.get(column.name.lower(), 0) + 1
    for text in texts:
        base = lemma(text.lower())
        for table in catalog.tables:
            for column in table.columns:
                shared = counts[column.name.lower()] > 1
                name = f"{table.name}.{column.name}" if shared else column.name
                if base in split_name(column.name) and name not in hints:
                    hints.append(name)
    return hints[:5]


def unused_text(unused: list[tuple[str, str]]) -> str:
    """ "'July' (a date), 'bookings' (a measure)": the words left out, each with its kind."""
    kinds = {
        "value": "a value",
        "number": "a number",
        "date": "a date",
        "measure": "a measure",
        "condition": "a condition",
        "member": "which of these columns is meant",
    }
    return ", ".join(
        f"'{text}'" + (f" ({kinds[kind]})" if kind in kinds else "") for text, kind in unused
    )


def unsure(blocking: list[tuple[str, str]], understood: str, catalog: Catalog) -> AiserError:
    """``AISER-PLAN-UNSURE``: what was understood, the words left out that change the answer,
    and the columns they partly name."""
    texts = [text for text, _ in blocking]
    hints = code_hints(blocking, catalog) + column_hints(texts, catalog)
    msg = (
        f"I understood {understood!r} but did not use {unused_text(blocking)}, so the "
        "chart would answer a different question"
        + (f". Did you mean: {'; '.join(hints)}" if hints else "")
    )
    return error("AISER-PLAN-UNSURE", msg, understood=understood, unused=texts, suggestions=hints)


def left_out(blocking: list[tuple[str, str]], understood: str) -> str:
    """The note drawn with a plan that leaves out words that change the answer (a model's
    plan, which is not refused on them): what it computes and what it does not use."""
    return f"Check the chart: it computes {understood!r} and does not use {unused_text(blocking)}."
