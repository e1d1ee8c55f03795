"""A phrase that spells part of a table's name — "uses of force" of
``mn_police_use_of_force``: that table's rows, not a value "FORCE" of one of its columns."""

from __future__ import annotations

from ..lexicon import FUNCTION_WORDS, split_name
from ..table_measures import table_measures
from .draft import Draft
from .link import Candidate, Mention

__all__ = ["table_phrases"]


def table_phrases(d: Draft) -> None:
    """Three or more question words (two of them content words) spelling a run of a table's
    name become one mention of that table (and of the number its name stands for, as the
    linker reads it: :mod:`..table_measures`); the same name word said alone again ("by type of
    force") is no value of it."""
    lemmas = d.q.lemmas()
    texts = d.q.texts()
    for table in d.catalog.tables:
        name = split_name(table.name, expand=False)
        found = _run(name, lemmas, texts)
        if found is None:
            continue
        lo, hi = found
        d.mentions = [m for m in d.mentions if m.hi <= lo or m.lo >= hi]
        cands = [Candidate("table", table, None, None, 1.0)]
        if (measure := table_measures(d.catalog).get(table.name.lower())) is not None:
            cands.insert(0, Candidate("column", table, measure, None, 1.01))  # "Arctic sea ice"
        d.mentions.append(Mention(lo, hi, cands))
        said = set(texts[lo:hi]) | set(lemmas[lo:hi])
        d.mentions = [
            m
            for m in d.mentions
            if not (
                m.kind == "value"
                and m.table is table
                and m.hi - m.lo == 1
                and (texts[m.lo] in said or lemmas[m.lo] in said)
            )
        ]
        d.mentions.sort(key=lambda m: m.lo)


def _run(name: list[str], lemmas: list[str], texts: list[str]) -> tuple[int, int] | None:
    """Where the longest run of ``name`` (three words or more) is spelled, or None."""
    for n in range(len(name), 2, -1):
        for s in range(len(name) - n + 1):
            run = name[s : s + n]
            if sum(w not in FUNCTION_WORDS for w in run) < 2:
                continue
            for i in range(len(lemmas) - n + 1):
                if all(run[k] in (lemmas[i + k], texts[i + k]) for k in range(n)):
                    return i, i + n
    return None
