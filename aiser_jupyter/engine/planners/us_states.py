"""US states said by name where a column stores their two-letter postal codes: "Ohio counties"
over a ``state`` column holding ``OH``, ``MI``, ``WI``. The names and codes come from
``pycountry``'s ISO 3166-2 list for the United States (the 50 states, the District of Columbia
and the outlying areas), whose codes are the postal codes; a few names analysts use that ISO
does not ("Washington DC", "US Virgin Islands") are added here.

A column counts as one of state codes only when most of its sampled values are such codes, so
columns of other two-letter codes (countries, languages, units) are never read as states."""

from __future__ import annotations

from functools import cache
from typing import Any

from .countries import fold

__all__ = ["is_state_column", "state_code_for", "state_index", "state_names"]

#: names for states and areas that ISO 3166-2 spells otherwise (postal code each)
_SHORT_FORMS = {
    "washington dc": "DC",
    "washington d.c.": "DC",
    "d.c.": "DC",
    "us virgin islands": "VI",
    "u.s. virgin islands": "VI",
    "virgin islands": "VI",
}

#: a column is one of state codes when at least this share of its sampled values are codes
_SHARE = 0.8
#: ... and it has at least this many sampled values (two or three codes prove nothing)
_LEAST = 5


@cache
def _states() -> dict[str, str]:
    """Postal code → ISO name of every US state, the District and each outlying area."""
    import pycountry

    out: dict[str, str] = {}
    for s in pycountry.subdivisions:
        if s.country_code == "US":
            out[s.code.split("-", 1)[1]] = s.name
    return out


@cache
def state_index() -> dict[tuple[str, ...], str]:
    """Folded name → postal code: ISO's name, the part of "Virgin Islands, U.S." before the
    comma, and the short forms above."""
    found: dict[tuple[str, ...], str] = {}
    for code, name in _states().items():
        for form in (name, name.split(",")[0]):
            if key := fold(form):
                found.setdefault(key, code)
    for short, code in _SHORT_FORMS.items():
        found[fold(short)] = code
    return found


def is_state_column(samples: list[Any]) -> bool:
    """Most of ``samples`` are two-letter US postal codes, in one case throughout."""
    texts = [v for v in samples if isinstance(v, str)]
    codes = [v for v in texts if len(v) == 2 and v.upper() in _states()]
    if len(texts) < _LEAST or len(codes) < _SHARE * len(texts):
        return False
    return all(v.isupper() for v in codes) or all(v.islower() for v in codes)


def state_code_for(code: str, samples: list[Any]) -> str:
    """The postal ``code`` in the case the column of ``samples`` stores it."""
    texts = [v for v in samples if isinstance(v, str) and len(v) == 2]
    return code.lower() if texts and all(v.islower() for v in texts) else code


def state_names(code: str) -> set[str]:
    """ "OH" → {"ohio"}; "NY" → {"new york", "new", "york"}: the words a question may name
    the state of a postal code by (empty when it is none)."""
    key = code.strip().upper()
    if len(key) != 2 or key not in _states():
        return set()
    return set(_names_by_code().get(key, ()))


#: words of a name that say nothing alone ("District [of] Columbia")
_GLUE = frozenset(["of", "the", "and"])


@cache
def _names_by_code() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for key, code in state_index().items():
        out.setdefault(code, set()).update((" ".join(key), *(w for w in key if w not in _GLUE)))
    return {code: frozenset(names) for code, names in out.items()}
