"""Schema linking over the words the reader left free: tables, columns, values.

Each span of free words gets its candidates (:class:`Candidate`): a table, a column (exact
name, a name's words, an abbreviation, a synonym, a near spelling) or a value of a column (the
catalog's value index). Candidates are ranked with the rest of the question as context: a table
other words name, or that a sure mention lives in, wins ties."""

from __future__ import annotations

from ...catalog.model import Catalog
from ..lexicon import FUNCTION_WORDS, MEASURE_UNITS, split_name, typed_abbreviation
from ..linker import Link, Linker
from ..name_years import year_free_token
from ..outcomes import held_words, outcome_values
from ..stems import name_stem
from ..words import instruction_words
from .aggregate_values import AGGREGATE_WORDS, asks_an_aggregate
from .axis_words import mark_letters
from .coarser import coarse_first
from .inner_values import inner_values
from .mentions import Candidate, Mention
from .question import Question
from .rate_heads import rate_heads
from .reading import Reading
from .short_values import short_form_values
from .table_words import drop_table_values
from .typed_links import typed_values, with_hyphens
from .value_forms import phrase_values

__all__ = ["Candidate", "Mention", "link"]

#: a candidate this much below the best of its span is not considered
NEAR = 0.25


def linker(catalog: Catalog) -> Linker:
    """The catalog's :class:`Linker`, built once per catalog (kept with it, :mod:`.unjoined`)."""
    return catalog.derived("linker", Linker)


#: claims that a name may still use ("gdp per capita", "orders by day": "per", "by" are words of names)
SOFT = frozenset(["grouping", "identifier", "count"])


def _tokens(q: Question, vocab: frozenset[str], named: frozenset[str]) -> list[str]:
    """The word each free word of ``q`` is looked up as ("" for a word not looked up)."""
    letters = mark_letters(q.text)  # the "y" of "rate (y)": an axis, not a column y
    return [
        _token(year_free_token(w.lemma), vocab, named)
        if (q.free(w.i) or q.used.get(w.i) in SOFT) and not w.quoted and w.i not in letters
        else ""
        for w in q.words
    ]


def link(q: Question, catalog: Catalog, reading: Reading | None = None) -> list[Mention]:
    """Mentions over the free words of ``q``, each with ranked candidates."""
    lk_ = linker(catalog)
    vocab, named = _vocabulary(lk_), _vocabulary(lk_, _NAMED)
    tokens = _tokens(q, vocab, named)
    links = [
        lk
        for lk in lk_.link(
            tokens,
            words=[w.text if t else "" for w, t in zip(q.words, tokens, strict=True)],
            said=[w.lemma for w in q.words],
            breaks=frozenset(w.i for w in q.words if w.comma),
        )
        if not all(q.used.get(i) in ("grouping", "count") for i in range(lk.start, lk.end))
        and _plausible(lk, q)
        and not (
            lk.kind == "value"
            and any(tokens[i] != q.words[i].lemma for i in range(lk.start, lk.end))
        )
    ]
    links = with_hyphens(q, lk_, tokens, links)  # "drive-thru", "Sub-Saharan Africa"
    spans: dict[tuple[int, int], list[Candidate]] = {}
    for lk in links:
        spans.setdefault((lk.start, lk.end), []).append(_candidate(lk))
    drop_table_values(q, catalog, spans)  # "uses of force" in mn_police_use_of_force
    taken = held_words(spans, q.texts(), catalog)  # "died" weakly of death: status 'D'
    for lo, hi, t, c, v in phrase_values(q, lk_, taken):  # "Western European" → Western Europe
        spans.setdefault((lo, hi), []).append(Candidate("value", t, c, v, 0.9))
    for w in q.words:  # "African" → Africa, "females" → F: a value under another form
        if w.i in taken or not q.free(w.i) or w.quoted:
            continue
        forms = short_form_values(q, w, lk_)  # "UK" → United Kingdom, "japanese" → Japan
        forms = forms or inner_values(w, catalog)  # "iPhone" → 'Twitter for iPhone'
        for t, c, v in forms + outcome_values(w.text, catalog):  # "killed" → dead
            spans.setdefault((w.i, w.i + 1), []).append(Candidate("value", t, c, v, 0.9))
    from .country_values import COUNTRY_SCORE, other_forms, place_values
    from .stem_values import STEM_SCORE, stem_values

    places, replaced = place_values(q, catalog, taken, spans)
    for span in replaced:  # "Washington DC": a state's name, not WA and the code DC
        spans.pop(span, None)
    for lo, hi, t, c, v in places:  # "from Portugal" over a column of prt, deu
        spans.setdefault((lo, hi), []).append(Candidate("value", t, c, v, COUNTRY_SCORE))
        taken.update(range(lo, hi))
    for i, table, column, value in stem_values(q, lk_, spans, taken):
        spans.setdefault((i, i + 1), []).append(
            Candidate("value", table, column, value, STEM_SCORE)
        )
    from .more_links import as_sources, more_candidates

    for span, *found in more_candidates(q, catalog, taken, spans):  # "red-tailed" of RT
        spans.setdefault(span, []).append(Candidate(*found))
    as_sources(q, spans)  # "children in the immunization data": the table, not the flag
    typed_values(q, catalog, lk_, spans, taken)
    mentions = [Mention(lo, hi, cands) for (lo, hi), cands in sorted(spans.items())]
    for m in mentions:  # a name through a soft claim takes the word ("per" of "gdp per capita")
        for i in range(m.lo, m.hi):
            if q.used.get(i) in SOFT:
                del q.used[i]
        if reading is not None:  # "number of deaths" is the column Number_Deaths, not a count
            reading.counts = [c for c in reading.counts if not (m.lo <= c[0] < m.hi)]
            reading.group_cues -= set(range(m.lo, m.hi))
    for w in q.words:  # an identifier that names nothing is a word like any other
        if q.used.get(w.i) == "identifier" and not any(m.lo <= w.i < m.hi for m in mentions):
            del q.used[w.i]
    read_aggs = (
        {i for a in reading.aggs for i in range(a.i, a.hi)} if reading is not None else set()
    )
    mentions = [m for m in mentions if not _instruction(q, m, read_aggs, mentions)]
    _case(q, mentions)
    other_forms(catalog, [m.cands for m in mentions])  # "United States of America" too
    _owner(q, mentions)
    mentions = _attribute(mentions, catalog, {w.i + 1 for w in q.words if w.comma})
    _rank(mentions)
    return rate_heads(q, _merge([m for m in mentions if m.cands]))


def _instruction(q: Question, m: Mention, read_aggs: set[int], every: list[Mention]) -> bool:
    """ "total quantity": "total" is an aggregate, not a synonym of some revenue column — nor
    the column named ``total`` before another number's name ("total population"; a column
    ``median`` is still "median sale price"); and "highest 7-day viewers": a superlative
    alone is no word of a name (technical_highest)."""
    if m.hi - m.lo != 1 or not (q.words[m.lo].text in AGGREGATE_WORDS or m.lo in read_aggs):
        return False
    nxt = next((x for x in every if x.lo == m.hi and q.words[m.lo].text in ("total", "sum")), None)
    number = nxt is not None and any(
        c.column and c.column.semantic == "quantitative" for c in nxt.cands
    )
    if asks_an_aggregate(q, m, every):  # "average [hospital] stays": no rating 'average'
        m.cands = [c for c in m.cands if c.kind != "value"]
    m.cands = [c for c in m.cands if c.kind == "value" or (c.score >= 1.0 and not number)]
    return not m.cands


def _case(q: Question, mentions: list[Mention]) -> None:
    """A value typed exactly as stored ("STAR BAKER", "EUROPE") is the value, not a name."""
    for m in mentions:
        typed = " ".join(w.raw for w in q.words[m.lo : m.hi])
        for c in m.cands:
            if (
                c.kind == "value"
                and isinstance(c.value, str)
                and c.value == typed
                and typed != typed.lower()
            ):
                c.score += 0.5


def _owner(q: Question, mentions: list[Mention]) -> None:
    """ "gender of student": the column in the table named after "of" wins."""
    for m in mentions:
        j = m.hi
        while j < len(q) and q.words[j].text in ("of", "the", "a", "an", "each", "all"):
            j += 1
        if j == m.hi:
            continue
        owner = next((x for x in mentions if x.lo == j and x is not m), None)
        if owner is None:
            continue
        tables = {id(c.table) for c in owner.cands if c.kind == "table"}
        top = max((c.score for c in m.cands), default=0.0)
        for c in m.cands:  # a general synonym ("revenue" of a price, 0.5 below) overtakes no name
            if c.kind == "column" and id(c.table) in tables and c.score >= top - 0.3:
                c.score += 0.6


def _attribute(mentions: list[Mention], catalog: Catalog, breaks: set[int]) -> list[Mention]:
    """ "carrier name", "destination city": a column of the table the word before names.

    The word before names a table (``carriers``) or a key that joins to one
    (``trips.carrier`` → ``carriers``, ``trips.dest`` → ``stations``); the column of
    that table is the mention, over both words. The join itself is chosen later, with
    the question's words preferring the role ("destination" → ``dest``). Never across a
    comma (``breaks``: the words after one): "of each coach, age on the x axis".
    """
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is None or prev.hi != m.lo or m.lo in breaks:
            out.append(m)
            continue
        if not any(c.kind == "column" for c in m.cands):
            out.append(m)
            continue
        named: set[str] = set()
        top = max(c.score for c in prev.cands)
        for c in (c for c in prev.cands if c.score >= top):
            if c.kind == "table":
                named.add(c.table.name.lower())
            elif c.kind == "column" and c.column is not None:
                named |= {
                    j.ref_table.lower()
                    for j in catalog.joins
                    if j.table.lower() == c.table.name.lower()
                    and j.column.lower() == c.column.name.lower()
                }
        hits = [
            c
            for c in m.cands
            if c.kind == "column" and c.score >= 0.9 and c.table.name.lower() in named
        ]
        if not hits:
            out.append(m)
            continue
        for c in hits:
            c.score += 0.6
        out[-1] = Mention(prev.lo, m.hi, hits + [c for c in m.cands if c not in hits])
    return out


def _merge(mentions: list[Mention]) -> list[Mention]:
    """Adjacent mentions of one column are one mention ("gdp" + "per capita"); a number named
    only through a generic synonym right before another number named by its own words is a
    word of that one's phrase ("[people] employed": emp, not the population)."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.hi == m.lo
            and prev.kind == m.kind == "column"
            and prev.column is m.column
        ):
            prev.hi = m.hi
            prev.cands[0].score = max(prev.cands[0].score, m.cands[0].score)
            continue
        if prev is not None and prev.hi == m.lo and _synonym_before(prev, m):
            m.lo = prev.lo
            out[-1] = m
            continue
        if prev is not None and prev.hi == m.lo and _kind_after(prev, m):
            prev.hi = m.hi  # "net time": the net, a time; not the column named time
            continue
        out.append(m)
    return out


def _kind_after(prev: Mention, m: Mention) -> bool:
    """``m`` is a column named ``time`` right after another number of its table that ``prev``
    names by its own words ("net time", "chip time" beside the gun ``time``): "time" says what
    kind of number that one is, so the phrase is that number."""
    return (
        prev.kind == m.kind == "column"
        and prev.table is m.table
        and prev.column is not None
        and m.column is not None
        and prev.column is not m.column
        and prev.column.semantic == m.column.semantic == "quantitative"
        and split_name(m.column.name) == ["time"]
        and prev.best.score >= _NAMED
    )


def _synonym_before(prev: Mention, m: Mention) -> bool:
    """``prev`` names a number of ``m``'s table only as a synonym (score under 0.7, one word)
    where ``m`` names another of its numbers by its own words (0.8 or more)."""
    return (
        prev.kind == m.kind == "column"
        and prev.hi - prev.lo == 1
        and prev.table is m.table
        and prev.column is not None
        and m.column is not None
        and prev.column is not m.column
        and prev.column.semantic == m.column.semantic == "quantitative"
        and prev.best.score < 0.7
        and m.best.score >= 0.8
    )


#: phrases at least this sure name a column or table by its own words, not a generic synonym
_NAMED = 0.9


def _vocabulary(lk: Linker, floor: float = 0.0) -> frozenset[str]:
    """The words of the linker's phrases (of those scored ``floor`` or more), found once per
    linker."""
    key = f"vocabulary {floor}"
    if key not in lk.memo:
        lk.memo[key] = frozenset(
            w
            for said, found in lk.phrases.items()
            for w in said
            if any(p[3] >= floor for p in found)
        )
    vocabulary: frozenset[str] = lk.memo[key]
    return vocabulary


def _token(word: str, vocab: frozenset[str], named: frozenset[str]) -> str:
    """``word`` as the linker looks it up: the stem a name is spelled with ("schooling" of a
    column ``school``) before the word itself as a generic synonym (of ``education``)."""
    stem = name_stem(word, named)
    return stem if stem != word else name_stem(word, vocab)


def _plausible(lk: Link, q: Question) -> bool:
    """A name never spans a comma ("each coach, age on x"). A value that is a common word
    ("ARE", "OUT") counts only as typed; a function word ("and": Andorra, "a") only in capitals
    as stored ("AND"); a unit word with no number before it may be a value; a quoted word is."""
    if lk.kind != "value":
        return not any(w.comma for w in q.words[lk.start : lk.end - 1])
    if lk.end - lk.start > 1:
        return True
    w = q.words[lk.start]
    typed = isinstance(lk.value, str) and w.raw == lk.value
    if w.text in FUNCTION_WORDS:
        return typed and w.raw != w.raw.lower() and lk.start > 0
    unit = w.lemma in MEASURE_UNITS and not (lk.start and q.words[lk.start - 1].number is not None)
    if (w.text in instruction_words() and not unit) or len(w.text) <= 2:  # "with a [degree]"
        return typed or typed_abbreviation(w.raw)  # "TV" of Televisions
    return True


def _candidate(lk: Link) -> Candidate:
    return Candidate(lk.kind, lk.table, lk.column, lk.value, lk.score)


def _rank(mentions: list[Mention]) -> None:
    """Order each mention's candidates: score, then context (tables the question names)."""
    named = {id(c.table) for m in mentions for c in m.cands if c.kind == "table" and c.score >= 0.9}
    sure = {  # a weak synonym ("areas" of Region) is no sure sign of its table
        id(m.cands[0].table)
        for m in mentions
        if len({id(c.table) for c in m.cands}) == 1
        and (m.cands[0].score >= 0.65 or m.cands[0].kind == "table")
    }
    for m in mentions:

        def key(c: Candidate) -> float:
            score = c.score
            score += 0.15 if id(c.table) in named else 0.0
            score += 0.1 if id(c.table) in sure else 0.0
            if c.column is not None and c.column.semantic == "key" and not c.column.primary_key:
                score -= 0.1
            if c.kind == "value":
                score += 0.05  # a literal value is what the user typed
            return score

        for c in m.cands:
            c.rank = key(c)
        m.cands.sort(key=coarse_first(m.cands), reverse=True)  # the national table first
        m.cands = [c for c in m.cands if key(c) >= m.cands[0].rank - NEAR]
    _answered_in_place(mentions)


def _answered_in_place(mentions: list[Mention]) -> None:
    """ "top 10 countries by under-5 mortality": "countries" is a word of the measured table's
    own ``countries_and_areas``, not a call for the table a part of whose name it is
    (``countrypops``). A table is needed only for a word no table the question surely names
    answers: a table named only in part yields to a column of such a table."""
    for m in mentions:
        if m.kind != "table" or m.best.score >= 0.9:
            continue
        others = {
            id(x.cands[0].table)
            for x in mentions
            if x is not m
            and x.kind in ("column", "table")
            and x.best.score >= 0.9
            and len({id(c.table) for c in x.cands}) == 1
        }
        if id(m.table) in others:
            continue
        own = [c for c in m.cands if c.kind == "column" and id(c.table) in others]
        if own:
            m.cands = own + [c for c in m.cands if c not in own and c.kind != "table"]
