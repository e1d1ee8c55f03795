"""Acronyms inside the stored values of a column of a few kinds: "SUVs" of a vehicle class
'Small SUV 4WD', 'Standard SUV 2WD'. A question's word that no step read and that is such an
acronym names rows by their values ("average mpg of [SUVs]"): left out, the chart would be
of every row — a value, the honesty check refuses it. Only acronyms: a plain word inside
values ("vehicles" of 'Special Purpose Vehicle') is as often the rows' own noun."""

from __future__ import annotations

import re

from ..catalog.model import Catalog
from .coded_words import coded_value
from .facts import Facts

__all__ = ["inner_acronym", "value_left_out"]

#: at most this many values in a column whose values' acronyms are read
_KINDS = 60
_ACRONYM = re.compile(r"\b[A-Z]{2,5}\b")


def inner_acronym(word: str, facts: Facts) -> bool:
    """Whether ``word`` (or it without a plural "s") is an acronym inside several-word values
    of a column of few kinds in a table the plan reads, and no value the plan keeps holds it."""
    if facts.catalog is None or len(word) < 3:
        return False
    forms = {word, word[:-1] if word.endswith("s") else word}
    for table, acronyms in facts.catalog.derived("inner acronyms", _acronyms):
        if table in facts.tables and forms & acronyms:
            return not any(forms & set(re.findall(r"[a-z0-9]+", s)) for s in facts.strings)
    return False


def _acronyms(catalog: Catalog) -> list[tuple[str, set[str]]]:
    out = []
    for table in catalog.tables:
        found: set[str] = set()
        for column in table.columns:
            if column.semantic != "nominal" or not column.distinct or column.distinct > _KINDS:
                continue
            for value in column.samples:
                text = str(value)  # a mixed-case value: not a name kept in capitals (FIRM 1)
                if len(text.split()) >= 2 and any(c.islower() for c in text):
                    found |= {a.lower() for a in _ACRONYM.findall(text)}
        out.append((table.name.lower(), found))
    return out


def value_left_out(i: int, words: list[str], facts: Facts, named: dict[int, str]) -> bool:
    """Word ``i`` begins like a code the plan does not keep ("[curveball]" of 'CU'), or is
    an acronym inside values it does not keep ("[SUVs]")."""
    return bool(coded_value(i, words, facts, named)) or inner_acronym(words[i], facts)
