"""The semantic layer's words in a question: metric and dimension names and synonyms, and
the values a derived dimension gives — found after the reader, before schema linking.

A metric named in the question is what it measures, before any column the same words
would name ("revenue" is ``SUM(l_extendedprice * (1 - l_discount))``, not a price column);
a dimension named after "by"/"per"/"for each" is what it groups by. The words a term takes
are claimed, so linking never reads them again. A metric whose words also name a table
("pizzas") is taken only after "number of"/"total" — otherwise it is left to linking as
the table, as without the file.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...catalog.model import Catalog
from ...catalog.semantics import Dimension, Metric
from ..lexicon import lemma, split_name, tokenize
from .link import Mention
from .question import Question
from .reading import Reading

__all__ = ["TermHit", "favour_tables", "find_terms", "names_metric"]

#: claims a term's words may still take ("gdp per capita": "per" read as a grouping cue)
_SOFT = frozenset(["grouping", "identifier", "count"])
#: a sign word read as a comparison with 0, which a longer term's name may hold instead
#: ("smear positive cases", "net negative balance" named in the file)
_SIGN = frozenset(["comparison > 0", "comparison < 0", "comparison >= 0"])
#: words between an aggregate word (or "number of") and the metric it applies to
_GAP = frozenset(["the", "of", "a", "an", "all", "their", "its"])
#: words between a grouping cue and the dimension it groups by
_CUE_GAP = frozenset(["the", "a", "an", "their", "its", "each", "every", "of"])
#: what may join two metrics charted together ("revenue and quantity sold")
_BETWEEN = frozenset(["and", "vs", "versus", "against", ",", "with"])
_LONGEST = 6


@dataclass
class TermHit:
    """Words ``lo..hi-1`` naming a metric, a dimension or one of a dimension's values."""

    lo: int
    hi: int
    kind: str  #: "metric" | "dimension" | "value"
    metric: Metric | None = None
    dimension: Dimension | None = None
    value: str | None = None
    agg: str | None = None  #: the aggregate a word before the metric asked for ("average")
    taken: bool = False  #: claimed from the start (else a step may still use it)


def find_terms(q: Question, r: Reading, catalog: Catalog) -> list[TermHit]:
    """The terms of ``catalog.semantic`` the free words of ``q`` name; those whose role is
    clear (a metric, a dimension after a grouping cue, a dimension's value) are claimed."""
    semantic = catalog.semantic
    if semantic is None or not (semantic.metrics or semantic.dimensions):
        return []
    phrases = _phrases(catalog)
    hits: list[TermHit] = []
    i = 0
    while i < len(q):
        hit = _longest(q, i, phrases)
        if hit is None:
            i += 1
            continue
        hits.append(hit)
        i = hit.hi
    stored = _stored_forms(q, catalog)
    hits = [h for h in hits if not _typed_value(q, h, catalog) and not _stored(h, stored)]
    elsewhere = _measures_elsewhere(q, r, hits)
    measured: list[TermHit] = []
    for hit in hits:
        if hit.kind == "metric" and _is_measure(q, r, hit, measured, catalog, elsewhere):
            measured.append(hit)
            _take(q, r, hit, f"metric {hit.metric.name if hit.metric else ''}")
        elif hit.kind == "dimension" and _is_grouping(q, r, hit):
            _take(q, r, hit, "grouping")
        elif hit.kind == "value":
            _take(q, r, hit, "value")
            _named_beside(q, r, hit, hits)
    return hits


def _named_beside(q: Question, r: Reading, value: TermHit, hits: list[TermHit]) -> None:
    """ "the large size band": the dimension named beside its value is the value's."""
    for hit in hits:
        if hit.kind != "dimension" or hit.taken or hit.dimension is not value.dimension:
            continue
        gap = q.texts(hit.hi, value.lo) if hit.hi <= value.lo else q.texts(value.hi, hit.lo)
        if all(w in _CUE_GAP for w in gap) and len(gap) <= 1:
            _take(q, r, hit, "value's dimension")


def names_metric(q: Question, lo: int, hi: int, catalog: Catalog) -> bool:
    """Whether words ``lo..hi-1`` hold a metric's name or synonym ("homes sold")."""
    semantic = catalog.semantic
    if semantic is None or not semantic.metrics:
        return False
    lemmas = list(_unhyphened(q, lo, hi))
    for key, hit in _phrases(catalog).items():
        if hit.kind == "metric" and any(
            tuple(lemmas[i : i + len(key)]) == key for i in range(len(lemmas) - len(key) + 1)
        ):
            return True
    return False


def _phrases(catalog: Catalog) -> dict[tuple[str, ...], TermHit]:
    """Each term's words (name and synonyms, as lemmas) → what they name; a dimension's
    values too, unless the catalog holds the same text as a value of its own."""
    from ..words import instruction_words
    from .derived import values_of
    from .link import linker

    semantic = catalog.semantic
    assert semantic is not None
    out: dict[tuple[str, ...], TermHit] = {}
    known = linker(catalog).values
    stop = instruction_words()
    for d in semantic.dimensions:
        for value in values_of(d):
            key = tuple(tokenize(value))
            if key and key not in known and not set(key) <= stop and len("".join(key)) > 2:
                out.setdefault(key, TermHit(0, 0, "value", dimension=d, value=value))
    for d in semantic.dimensions:
        for name in d.names():
            for key in _keys(name):
                out[key] = TermHit(0, 0, "dimension", dimension=d)
    for m in semantic.metrics:  # a metric outranks a dimension of the same words
        for name in m.names():
            for key in _keys(name):
                out[key] = TermHit(0, 0, "metric", metric=m)
    return {k: v for k, v in out.items() if k}


def _keys(name: str) -> set[tuple[str, ...]]:
    """The words of a name as a question may spell them: abbreviations expanded or not."""
    return {tuple(split_name(name)), tuple(split_name(name, expand=False))}


def _unhyphened(q: Question, lo: int, hi: int) -> tuple[str, ...]:
    """The words' lemmas with hyphenated words apart ("smear-positive" → smear, positive), as
    a term's name is split (:func:`split_name`): a synonym matches however either is written."""
    out: list[str] = []
    for w in q.words[lo:hi]:
        parts = w.text.split("-") if "-" in w.text and not w.quoted else [w.text]
        out += [lemma(p) for p in parts if p] if len(parts) > 1 else [w.lemma]
    return tuple(out)


def _usable(q: Question, i: int) -> bool:
    w = q.words[i]
    return not w.quoted and (q.free(i) or q.used.get(i) in _SOFT)


def _longest(q: Question, start: int, phrases: dict[tuple[str, ...], TermHit]) -> TermHit | None:
    for size in range(min(_LONGEST, len(q) - start), 0, -1):
        span = range(start, start + size)
        if not all(_usable(q, i) or (size > 1 and q.used.get(i) in _SIGN) for i in span):
            continue
        for key in (
            tuple(q.lemmas(start, start + size)),
            tuple(q.texts(start, start + size)),
            _unhyphened(q, start, start + size),
        ):
            found = phrases.get(key)
            if found is not None:
                return TermHit(
                    start, start + size, found.kind, found.metric, found.dimension, found.value
                )
    return None


def _lead(q: Question, r: Reading, hit: TermHit) -> tuple[int, str | None]:
    """Where the words asking for the metric's aggregate start, and which aggregate:
    ``("total", sum)``, ``("number of", count)``, or ``(hit.lo, None)``."""
    j = hit.lo
    while j > 0 and q.words[j - 1].text in _GAP and q.free(j - 1):
        j -= 1
    for lo, hi in r.counts:
        if hi == j:
            return lo, "count"
    level = hit.metric is not None and hit.metric.aggregate in ("mean", "median", "min", "max")
    for a in r.aggs:
        # "lowest life expectancy": a superlative before a level is its minimum; before a
        # total ("highest revenue") it only ranks, and stays the sort's word
        if a.hi == j and (a.strict or level) and all(q.free(i) for i in range(a.i, a.hi)):
            return a.i, a.agg
    return hit.lo, None


def _typed_value(q: Question, hit: TermHit, catalog: Catalog) -> bool:
    """Words typed exactly as a value of the data ("STAR BAKER"): the value, not a term."""
    from .link import linker

    typed = " ".join(w.raw for w in q.words[hit.lo : hit.hi])
    if typed == typed.lower():
        return False
    found = linker(catalog).values.get(tuple(q.lemmas(hit.lo, hit.hi)), []) + linker(
        catalog
    ).values.get(tuple(q.texts(hit.lo, hit.hi)), [])
    return any(isinstance(v, str) and v == typed for _, _, v in found)


def _stored_forms(q: Question, catalog: Catalog) -> set[int]:
    """The words that are a longer or inflected form of a value the data holds ("carnivores"
    for ``carni``, "rodents" for ``Rodentia``)."""
    from .link import linker
    from .stem_values import stem_values

    return {i for i, *_ in stem_values(q, linker(catalog), {}, set())}


def _stored(hit: TermHit, stored: set[int]) -> bool:
    """A dimension's value the data itself holds in another form: a CASE that spells codes
    out ("carnivore" for ``carni``) reads the same rows, and the stored column is what the
    question names — as without the file ("carnivores compared with herbivores": a bar each,
    of the column; "rodents, primates and carnivores": all three of one column)."""
    return hit.kind == "value" and all(i in stored for i in range(hit.lo, hit.hi))


def _measures_elsewhere(q: Question, r: Reading, hits: list[TermHit]) -> bool:
    """An aggregate word or "number of" that no metric follows ("total extended price …
    for orders placed in 1995"): the question measures something else."""
    leads = {_lead(q, r, h)[0] for h in hits if h.kind == "metric"}
    inside = {i for h in hits for i in range(h.lo, h.hi)}
    cues = [lo for lo, _ in r.counts] + [a.i for a in r.aggs if a.strict]
    return any(
        lo not in leads and lo not in inside and (q.free(lo) or q.used.get(lo) == "count")
        for lo in cues
    )


def _is_measure(
    q: Question,
    r: Reading,
    hit: TermHit,
    measured: list[TermHit],
    catalog: Catalog,
    elsewhere: bool,
) -> bool:
    """Whether a metric's words measure: the first metric named, a second one joined to it
    ("revenue and quantity sold", "revenue vs charge"); never a table's name unless counted,
    nor words beside an aggregate asked of something else."""
    metric = hit.metric
    assert metric is not None
    lo, asked = _lead(q, r, hit)
    if asked is None and (elsewhere or _names_table(hit, q, catalog)):
        return False  # "pizzas by size": the table's rows, as without the file
    if measured:
        prev = measured[-1]
        between = set(q.texts(prev.hi, lo))
        if len(measured) >= 2 or not between or not between <= _BETWEEN | _GAP:
            return False
    if asked == "count" and metric.aggregate in ("mean", "custom"):
        asked = None  # "number of …" before an average: not this metric's words
    elif asked not in (None, "count") and metric.aggregate in ("count", "distinct"):
        return False  # "average number of orders": one level of aggregate only
    if asked is not None:
        # a metric that aggregates itself (a ratio of totals): "average price per sale" is
        # its name, not an average of it
        hit.agg = None if asked == "count" or metric.aggregate == "custom" else asked
        q.claim(lo, hit.lo, f"aggregate {asked}")
        r.counts = [c for c in r.counts if not lo <= c[0] < hit.lo]
    return True


def _names_table(hit: TermHit, q: Question, catalog: Catalog) -> bool:
    said = tuple(q.lemmas(hit.lo, hit.hi))
    for table in catalog.tables:
        names = [table.name, *table.synonyms]
        if any(tuple(split_name(n)) == said for n in names):
            return True
    return False


def _is_grouping(q: Question, r: Reading, hit: TermHit) -> bool:
    """A dimension right after a grouping cue ("by size band", "for each region", "by status
    and customer region") or in the words naming an axis."""
    for span in (r.x_words, r.color_words):
        if span is not None and span[0] <= hit.lo < span[1]:
            return True
    j = hit.lo - 1
    while j >= 0 and q.words[j].text in _CUE_GAP and j not in r.group_cues:
        j -= 1
    if j >= 0 and j in r.group_cues:
        return True
    if j >= 1 and q.words[j].text == "and":
        return any(c in r.group_cues for c in range(max(0, j - 5), j))
    return False


def _take(q: Question, r: Reading, hit: TermHit, why: str) -> None:
    """Claim the term's words (over a soft claim: "per" in "gdp per capita")."""
    for i in range(hit.lo, hit.hi):
        if q.used.get(i) in _SOFT | _SIGN:
            del q.used[i]
    q.claim(hit.lo, hit.hi, why)
    r.compares = [c for c in r.compares if not (hit.lo <= c.lo < hit.hi and c.value == 0)]
    r.counts = [c for c in r.counts if not (hit.lo <= c[0] < hit.hi)]
    r.group_cues -= set(range(hit.lo, hit.hi))
    hit.taken = True


def favour_tables(mentions: list[Mention], hits: list[TermHit]) -> None:
    """Rank the candidates of the tables the question's metrics and dimensions read first
    ("average 7-day viewers across series": the series of the ratings, not of the bakers),
    as a table named in words would be."""
    tables = {
        term.table.lower()
        for h in hits
        if h.taken and (term := h.metric or h.dimension) is not None
    }
    if not tables:
        return
    for m in mentions:
        for c in m.cands:
            if c.table.name.lower() in tables:
                c.rank += 0.15
        m.cands.sort(key=lambda c: c.rank, reverse=True)
