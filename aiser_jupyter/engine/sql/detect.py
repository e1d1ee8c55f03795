"""Telling SQL from words: a cell body or a question that is SQL is charted (or refused) as SQL.

Anything that starts like a statement — a read or a write or a command — counts as
SQL, so that a write typed into a question box is refused by the guard rather than
read as words by the planner.
"""

from __future__ import annotations

import re

__all__ = ["is_sql"]

_SQL_START = re.compile(
    r"^\s*(\(\s*)*(select|with|from|values|table|insert|update|delete|drop|create|alter|truncate|attach|detach|"
    r"copy|pragma|install|load|call|grant|revoke|merge|vacuum|export|import|upsert|begin|commit|rollback|"
    r"checkpoint|reindex|analyze|lock|unlock|replace\s+into|execute|exec|prepare|deallocate|reset|"
    r"set\s+[\w.]+\s*(=|to\b)|show\s+(tables|databases|schemas|columns|grants|variables|processlist|create)|"
    r"use\s+\w+\s*;?\s*$|explain\s+(select|analyze|with|\()|describe\s+\w+\s*;?\s*$)(?:(?<=[=\s(])|(?=\W|$))",
    re.I,
)


#: keywords that are also analysts' words ("call length by agent", "load factor by airline",
#: "values by region"): such a start followed by words only, with a grouping word, is a question
_ENGLISH_START = re.compile(
    r"^\s*(call|with|from|values|table|load|install|lock|reset|execute|exec|prepare|export|"
    r"import|analyze|merge|copy)(?:\s+[a-z0-9][a-z0-9_ ,'-]*?)?\s(by|per|over|across|vs|versus|for each)\s"
    r"[a-z0-9_ ,'-]+\??\s*$",
    re.I,
)


def is_sql(text: str) -> bool:
    """Whether a cell body or question is SQL (to chart or to refuse) rather than words."""
    stripped = re.sub(r"^\s*(--[^\n]*(\n|$)|/\*.*?\*/|\s)*", "", text, flags=re.S)
    if _ENGLISH_START.match(stripped) and "\n" not in stripped.strip():
        return False  # words only: nothing of it could run, the planner reads it
    return bool(_SQL_START.match(stripped))
