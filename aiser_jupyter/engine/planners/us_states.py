"""States said by name where a column stores their codes: "Ohio counties" over a ``state``
column holding ``OH``, ``MI``, ``WI``; "prisoners in Queensland" over one holding ``NSW``,
``QLD``, ``VIC``. The names and codes come from ``pycountry``'s ISO 3166-2 lists for the
United States (the 50 states, the District of Columbia and the outlying areas, whose codes
are the postal codes), Australia and Canada (their states, territories and provinces, whose
codes are the ones their statistics use); a few names analysts use that ISO does not
("Washington DC", "US Virgin Islands") are added here.

A column counts as one of state codes only when most of its sampled values are codes of one
of these countries, so columns of other short codes (countries, languages, units) are never
read as states, and a column of Australian codes never reads "Washington" as ``WA``."""

from __future__ import annotations

from functools import cache
from typing import Any

from .countries import fold

__all__ = [
    "STATE_COUNTRIES",
    "is_state_column",
    "state_code_for",
    "state_country",
    "state_index",
    "state_names",
]

#: the countries whose state codes are read, in the order a column is tested against them
STATE_COUNTRIES = ("US", "AU", "CA")

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
#: ... or when this many different codes are most of them (a race's runners' home states,
#: beside the foreign countries a few of them give)
_MANY, _MOST = 40, 0.6
#: ... and it has at least this many sampled values (two or three codes prove nothing)
_LEAST = 5


@cache
def _states(country: str = "US") -> dict[str, str]:
    """Code → ISO name of every state (territory, province, outlying area) of ``country``."""
    import pycountry

    out: dict[str, str] = {}
    for s in pycountry.subdivisions:
        if s.country_code == country:
            out[s.code.split("-", 1)[1]] = s.name
    return out


@cache
def state_index(country: str = "US") -> dict[tuple[str, ...], str]:
    """Folded name → code of ``country``'s states: ISO's name, the part of "Virgin Islands,
    U.S." before the comma, and (for the US) the short forms above."""
    found: dict[tuple[str, ...], str] = {}
    for code, name in _states(country).items():
        for form in (name, name.split(",")[0]):
            if key := fold(form):
                found.setdefault(key, code)
    for short, code in _SHORT_FORMS.items() if country == "US" else ():
        found[fold(short)] = code
    return found


def is_state_column(samples: list[Any]) -> bool:
    """Most of ``samples`` are state codes of one country, in one case throughout."""
    return state_country(samples) is not None


def state_country(samples: list[Any]) -> str | None:
    """The country whose state codes most of ``samples`` are (in one case throughout)."""
    texts = [v for v in samples if isinstance(v, str)]
    if len(texts) < _LEAST:
        return None
    for country in STATE_COUNTRIES:
        codes = [v for v in texts if 2 <= len(v) <= 3 and v.upper() in _states(country)]
        if len(codes) < _SHARE * len(texts) and not (
            len(set(codes)) >= _MANY and len(codes) >= _MOST * len(texts)
        ):
            continue
        if all(v.isupper() for v in codes) or all(v.islower() for v in codes):
            return country
    return None


def state_code_for(code: str, samples: list[Any]) -> str:
    """The postal ``code`` in the case the column of ``samples`` stores it."""
    texts = [v for v in samples if isinstance(v, str) and 2 <= len(v) <= 3]
    return code.lower() if texts and all(v.islower() for v in texts) else code


def state_names(code: str) -> set[str]:
    """ "OH" → {"ohio"}; "NY" → {"new york", "new", "york"}; "QLD" → {"queensland"}: the
    words a question may name the state of a code by, in any of the countries (empty when it
    is none)."""
    key = code.strip().upper()
    if not 2 <= len(key) <= 3:
        return set()
    return set(_names_by_code().get(key, ()))


#: words of a name that say nothing alone ("District [of] Columbia")
_GLUE = frozenset(["of", "the", "and"])


@cache
def _names_by_code() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for country in STATE_COUNTRIES:
        for key, code in state_index(country).items():
            names = (" ".join(key), *(w for w in key if w not in _GLUE))
            out.setdefault(code, set()).update(names)
    return {code: frozenset(names) for code, names in out.items()}
