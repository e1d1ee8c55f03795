"""Words that name what a plan reads without saying its name: a column spelled by them
("states Trump won" of ``trumpw``, :mod:`.spelled`), or a table whose name is an acronym
said by the initials of its last words ("freedom-index countries" of ``hfi``, the human
freedom index)."""

from __future__ import annotations

from .facts import Facts
from .lexicon import FUNCTION_WORDS, known_word
from .spelled import reordered_at, spelled_at
from .words import instruction_words, is_content

__all__ = ["spelled_names"]

#: the most letters of a table's acronym a run of words may leave unsaid ("[h]fi")
_UNSAID = 1


def spelled_names(words: list[str], facts: Facts) -> dict[str, range]:
    """The phrases of ``words`` that spell a column the plan uses, or name a table it reads by
    its initials, each with its words; never words of the question's instructions
    ("[a]verage [b]y" is no name ``ab``)."""
    out: dict[str, range] = {}
    used: set[int] = set()
    stop = instruction_words()
    for start in range(len(words)):
        for table, column in facts.columns:
            if start in used:
                continue
            size = spelled_at(column, words, start)
            size = size or reordered_at(facts.catalog, table, column, words, start)
            run = words[start : start + size]
            if size and is_content(run[0]) and not (stop & set(run)) - FUNCTION_WORDS:
                used.update(range(start, start + size))
                out[" ".join(run)] = range(start, start + size)
        size = 0 if start in used else _table_initials(words, start, facts.tables)
        if size:
            used.update(range(start, start + size))
            out[" ".join(words[start : start + size])] = range(start, start + size)
    return out


def _table_initials(words: list[str], start: int, tables: set[str]) -> int:
    """How many words from ``start`` (two or more, content words) have as initials the end
    of the name of a table the plan reads, an acronym of 3–5 letters no English word, all
    of it but its first letter at most ("freedom index" of ``hfi``); 0 if none."""
    stop = instruction_words() | FUNCTION_WORDS
    for name in tables:
        if not name.isalpha() or not 3 <= len(name) <= 5 or known_word(name):
            continue
        for size in range(len(name), max(len(name) - _UNSAID, 2) - 1, -1):
            run = words[start : start + size]
            if len(run) < size or not all(w.isalpha() and w not in stop for w in run):
                continue
            if "".join(w[0] for w in run) == name[-size:]:
                return size
    return 0
