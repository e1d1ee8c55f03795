"""Text helpers every part of the LLM prompt uses: token estimates and quoted values."""

from __future__ import annotations

import json
from typing import Any

__all__ = ["estimate_tokens", "quote"]


def estimate_tokens(text: str) -> int:
    """Tokens in ``text``, approximated as characters / 4 (no tokenizer download)."""
    return (len(text) + 3) // 4


def quote(value: Any, limit: int | None = None) -> str:
    """``value`` as a JSON string literal, shortened, with ``<`` escaped (it cannot close a tag)."""
    text = str(value)
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "…"
    return json.dumps(text, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
