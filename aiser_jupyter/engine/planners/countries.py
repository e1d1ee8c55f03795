"""Countries said by name where a column stores ISO 3166 codes: "bookings from Portugal" over
a ``country`` column holding ``prt``, ``deu``, ``cn``. The names and codes come from
``pycountry`` (the ISO 3166-1 list, kept up to date by its maintainers); analysts' short forms
that ISO does not list ("Russia", "UK", "Turkey") are added here.

A column counts as one of codes only when most of its sampled values are codes of countries,
so airport, currency or state codes are never read as countries."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any

__all__ = [
    "code_for",
    "country_names",
    "fold",
    "holds_country_names",
    "is_code_column",
    "name_index",
]

#: analysts' names for countries that ISO 3166 spells otherwise (alpha-3 code each)
_SHORT_FORMS = {
    "russia": "RUS",
    "usa": "USA",
    "united states of america": "USA",
    "uk": "GBR",
    "britain": "GBR",
    "great britain": "GBR",
    "turkey": "TUR",
    "czech republic": "CZE",
    "ivory coast": "CIV",
    "cape verde": "CPV",
    "swaziland": "SWZ",
    "macedonia": "MKD",
    "brunei": "BRN",
    "vatican": "VAT",
    "vatican city": "VAT",
    "burma": "MMR",
    "east timor": "TLS",
    "holland": "NLD",
    "the netherlands": "NLD",
    "dr congo": "COD",
    "democratic republic of the congo": "COD",
    "republic of the congo": "COG",
}

#: a column is one of country codes when at least this share of its sampled values are codes
_SHARE = 0.8
#: ... and it has at least this many sampled values (two or three codes prove nothing)
_LEAST = 5


def fold(text: str) -> tuple[str, ...]:
    """ "Côte d'Ivoire" → ("cote", "divoire"): words without accents or punctuation."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return tuple(w for w in (re.sub(r"[^a-z0-9]", "", p) for p in plain.split()) if w)


@cache
def _countries() -> dict[str, tuple[str, str]]:
    """Alpha-3 code → (alpha-2, short name) of every ISO 3166-1 country."""
    import pycountry

    return {c.alpha_3: (c.alpha_2, getattr(c, "common_name", c.name)) for c in pycountry.countries}


@cache
def name_index() -> dict[tuple[str, ...], str]:
    """Folded country name → alpha-3 code: ISO's name, common name, official name, the part
    of "Moldova, Republic of" before the comma (when only one country has it) and the short
    forms above."""
    import pycountry

    found: dict[tuple[str, ...], set[str]] = {}
    for c in pycountry.countries:
        names = [c.name, getattr(c, "common_name", ""), getattr(c, "official_name", "")]
        names += [re.split(r"[,(]", c.name)[0]]
        for name in names:
            if key := fold(name):
                found.setdefault(key, set()).add(c.alpha_3)
    for short, code in _SHORT_FORMS.items():
        found.setdefault(fold(short), set()).add(code)
    # "Korea" (two countries), "Congo" (ISO's name of one, the short name of both): not sure
    found.pop(("congo",), None)
    return {key: next(iter(codes)) for key, codes in found.items() if len(codes) == 1}


@cache
def _codes() -> dict[str, str]:
    """Lower-case alpha-2 and alpha-3 code → alpha-3 code."""
    out = {a3.lower(): a3 for a3 in _countries()}
    out |= {a2.lower(): a3 for a3, (a2, _) in _countries().items()}
    return out


def holds_country_names(samples: list[Any]) -> bool:
    """Most of ``samples`` are countries' names ("Austria", "Côte d'Ivoire")."""
    texts = [v for v in samples if isinstance(v, str)]
    named = [v for v in texts if fold(re.sub(r"[._]", " ", v)) in name_index()]  # West.Germany
    return len(texts) >= _LEAST and len(named) >= _SHARE * len(texts)


def is_code_column(samples: list[Any]) -> bool:
    """Most of ``samples`` are ISO 3166 alpha-2 or alpha-3 codes, in one case throughout."""
    texts = [v for v in samples if isinstance(v, str)]
    codes = [v for v in texts if len(v) in (2, 3) and v.lower() in _codes()]
    if len(texts) < _LEAST or len(codes) < _SHARE * len(texts):
        return False
    return all(v.islower() for v in codes) or all(v.isupper() for v in codes)


def code_for(alpha_3: str, samples: list[Any]) -> str:
    """The code of ``alpha_3`` as a column of ``samples`` stores it: the form found among the
    samples ("cn" beside "prt"), else the column's usual length and case."""
    two, _ = _countries()[alpha_3]
    texts = [v for v in samples if isinstance(v, str) and v.lower() in _codes()]
    for v in texts:
        if v.lower() in (alpha_3.lower(), two.lower()):
            return str(v)
    threes = sum(len(v) == 3 for v in texts)
    code = alpha_3 if threes * 2 >= len(texts) else two
    return code.lower() if all(v.islower() for v in texts) else code


def country_names(code: str) -> set[str]:
    """ "prt" → {"portugal"}; "GB" → {"united kingdom", "united", "kingdom", "uk", ...}: the
    words a question may name the country of an ISO code by (empty when it is none)."""
    alpha_3 = _codes().get(code.strip().lower()) if len(code.strip()) in (2, 3) else None
    return set(_names_by_code().get(alpha_3, ())) if alpha_3 is not None else set()


@cache
def _names_by_code() -> dict[str, frozenset[str]]:
    """Alpha-3 code → the names of :func:`name_index` and their words (built once)."""
    out: dict[str, set[str]] = {}
    for key, a3 in name_index().items():
        out.setdefault(a3, set()).update((" ".join(key), *key))
    return {a3: frozenset(names) for a3, names in out.items()}
