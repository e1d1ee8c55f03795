"""Schema linking: spans of a question's words → tables, columns and values of a catalog,
by exact phrase, by a name's words, by generic synonyms, by near spelling (rapidfuzz), and by
the catalog's sampled values; the words of :mod:`.lexicon` normalise both sides."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from ..catalog.model import Catalog, Column, Table
from .acronyms import initials_at
from .aligned import Alignment, align
from .clipped_links import SCORE as CLIPPED
from .clipped_links import clipped_names, clipped_words, known_pieces
from .column_phrases import column_phrases
from .families import family_heads, family_initials, sibling_after
from .kinds import row_words
from .leading_values import leading_index, spelled_out
from .lexicon import (
    ABBREVIATIONS,
    FUNCTION_WORDS,
    PLAIN_WORDS,
    SHORT_FORMS,
    known_word,
    lemma,
    split_name,
    tokenize,
)
from .list_values import Element, elements
from .name_years import glued_stem
from .near_spellings import near_links
from .span_fits import (
    inner_function_word,
    inner_kept,
    partial_fits,
    passive_kept,
    spelled_whole,
)
from .table_measures import head_measures, table_measures
from .value_keys import typed_key, unnumbered, unsuffixed

__all__ = ["Link", "Linker"]


@dataclass
class Link:
    """A span of the question linked to a schema element."""

    start: int
    end: int
    kind: str  #: "table" | "column" | "value"
    table: Table
    column: Column | None = None
    value: object = None
    score: float = 1.0
    words: list[str] = field(default_factory=list)


Phrase = tuple[str, Table, Column | None, float]
Value = tuple[Table, Column, object]


@dataclass
class _Part:
    """One table's phrases, values and clipped parts, in the order a :class:`Linker` adds them."""

    phrases: dict[tuple[str, ...], list[Phrase]] = field(default_factory=dict)
    values: dict[tuple[str, ...], list[Value]] = field(default_factory=dict)
    clipped: list[str] = field(default_factory=list)

    def build(self, table: Table, named: set[tuple[str, ...]], measure: Column | None) -> _Part:
        words = tuple(split_name(table.name))
        for said in (words, *glued_stem(table.name)):  # DJIA8012: "dow jones", "dow"
            self._add(said, "table", table, None, 1.0 if said == words else 0.95)
            if measure is not None:  # "coffee imports": the value of coffee_imports
                self._add(said, "column", table, measure, 1.01 if said == words else 0.96)
        for syn in table.synonyms:  # the semantic layer's words: just below the names
            self._add(tuple(split_name(syn)), "table", table, None, 0.85)
            for column in head_measures(table, tuple(split_name(syn))):
                self._add(tuple(split_name(syn)), "column", table, column, 0.9)
        for column in table.columns:
            for syn in column.synonyms:
                self._add(tuple(split_name(syn)), "column", table, column, 0.9)
        if len(words) > 1:
            self._add(words[-1:], "table", table, None, 0.6)
            if measure is not None:  # "beer" of ausbeer(time, value): its value, as "aus beer"
                self._add(words[-1:], "column", table, measure, 0.61)
            self._add(words[:1], "table", table, None, 0.6)  # "pizzas" for pizza_place
        if not FUNCTION_WORDS.intersection(words):  # not "country" of incidents_by_country
            for word in words[1:-1]:  # "regional" of USRegionalMortality
                self._add((word,), "table", table, None, 0.5)
        for column in table.columns:
            self._add_column(table, column, named)
        for syn in row_words(words[-1]) if words else ():
            self._add(tuple(split_name(syn)), "table", table, None, 0.5)  # "firms": companies
        for column in table.columns:
            if listed := elements(column):  # "a laptop" in "Laptop, Desktop Computer"
                for e in listed:
                    self.values.setdefault(tuple(tokenize(e)), []).append(
                        (table, column, Element(e))
                    )
            elif column.semantic in ("nominal", "geo", "boolean", "key") or (
                column.semantic == "quantitative" and (column.distinct or 99) <= 12
            ):
                for v in column.samples:
                    if isinstance(v, str) and 0 < len(v) <= 60:
                        typed = typed_key(v)  # "DENNY'S" read as a question types it
                        bare = unnumbered(v)  # "never married" of "1. Never Married"
                        firm = unsuffixed(v)  # "Microsoft" of "MICROSOFT CORP"
                        keys = [tuple(tokenize(v)), typed, tuple(tokenize(bare or firm or ""))]
                        for key in filter(None, keys):
                            self.values.setdefault(key, []).append((table, column, v))
        return self

    def _add_column(self, table: Table, column: Column, named: set[tuple[str, ...]]) -> None:
        """The phrases that name ``column`` (:mod:`.column_phrases`), and its clipped parts."""
        raw = tuple(split_name(column.name, expand=False))
        self.clipped.extend(w for w in raw if len(w) >= 3 and not known_word(w))
        for words, score in column_phrases(table, column, named):
            self._add(words, "column", table, column, score)

    def _add(
        self, words: tuple[str, ...], kind: str, table: Table, column: Column | None, score: float
    ) -> None:
        _add(self.phrases, words, (kind, table, column, score))


def _add(phrases: dict[tuple[str, ...], list[Phrase]], words: tuple[str, ...], p: Phrase) -> None:
    """``p`` under ``words``, unless they are one function word named below full certainty."""
    if words and not (len(words) == 1 and words[0] in FUNCTION_WORDS and p[3] < 1.0):
        phrases.setdefault(words, []).append(p)


def _part(table: Table, named: set[tuple[str, ...]], measure: Column | None) -> _Part:
    return _Part().build(table, named, measure)


def _named_key(table: Table, named: set[tuple[str, ...]], measure: Column | None) -> Hashable:
    """All a table's :class:`_Part` reads of the rest of the catalog: which of its columns'
    names, less the last word, name a table (:func:`.column_phrases.column_phrases`), and the
    number its name stands for."""
    hits = tuple(tuple(split_name(c.name))[:-1] in named for c in table.columns)
    return ("linker part", hits, None if measure is None else measure.name)


@dataclass
class Linker:
    catalog: Catalog
    phrases: dict[tuple[str, ...], list[Phrase]] = field(default_factory=dict)
    values: dict[tuple[str, ...], list[Value]] = field(default_factory=dict)
    clipped: set[str] = field(default_factory=set)  #: names' clipped parts: acc, veh, occ
    #: what steps derive from this linker once (its vocabulary, its one-word values), kept
    #: with it: a cache keyed by ``id()`` outlives the linker and hands its numbers to another
    memo: dict[str, Any] = field(default_factory=dict)
    #: the beginnings of long labels, each of one label ("personal computers")
    leading: dict[tuple[str, ...], list[Value]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        named = {tuple(split_name(t.name)) for t in self.catalog.tables}
        named |= {w[-1:] for w in named} | {w[:1] for w in named}
        measured = table_measures(self.catalog)
        for table in self.catalog.tables:
            measure = measured.get(table.name.lower())
            key = _named_key(table, named, measure)
            part = self.catalog.per_table(key, table, partial(_part, named=named, measure=measure))
            for key, found in part.phrases.items():
                self.phrases.setdefault(key, []).extend(found)
            for key, held in part.values.items():
                self.values.setdefault(key, []).extend(held)
            self.clipped.update(part.clipped)

        # "qty" typed for a column spelled out as quantity, "TV" for a value Televisions
        for short, full in SHORT_FORMS.items():
            if short != full and " " not in full and short not in PLAIN_WORDS:
                for kind, owner, col, score in self.phrases.get((full,), []):
                    if kind == "column" and short in ABBREVIATIONS:
                        _add(self.phrases, (short,), (kind, owner, col, score * 0.95))
                held = self.values.get((full,), [])
                if held and (short,) not in self.values:
                    self.values[(short,)] = list(held)
        self.leading = leading_index(self.values)

    def link(
        self,
        tokens: list[str],
        *,
        fuzzy: bool = True,
        words: list[str] | None = None,
        said: list[str] | None = None,
        breaks: frozenset[int] = frozenset(),
    ) -> list[Link]:
        """All links over ``tokens``; longest phrases first, values before names on ties;
        then glued and abbreviated names spelled by ``words`` (the tokens as typed, "" for
        a word not free), then near spellings. ``said``: every word, free or not;
        ``breaks``: the tokens a comma or colon follows, which no name spans ("Beveridge
        curve: unemployment rate" is no ``curate``) — a value may ("Korea, Rep.")."""
        links: list[Link] = []
        taken: set[int] = set()
        n = len(tokens)
        known = self.catalog.derived("known name pieces", known_pieces)  # comb of comb_mpg
        clipped = clipped_words(tokens, self.clipped, known)
        for size in range(min(4, n), 0, -1):
            for start in range(0, n - size + 1):
                span = range(start, start + size)
                if any(i in taken for i in span):
                    continue
                key = tuple(tokens[start : start + size])
                found = self._found(key, start, size)
                if not found and size > 1 and clipped[start : start + size] != list(key):
                    # "accident year" of yearacc: a name's clipped part, the word written out
                    key = tuple(clipped[start : start + size])
                    found = [lk for lk in self._found(key, start, size) if lk.kind == "column"]
                    for lk in found:
                        lk.score -= 0.03
                        lk.words = tokens[start : start + size]
                if not found and size >= 3 and (kept := inner_kept(key) or passive_kept(key)):
                    # "age at first birth" of agefirstbirth: a function word inside the name;
                    # "drivers were killed" of DriversKilled: a passive's verb
                    found = [lk for lk in self._found(kept, start, size) if lk.kind == "column"]
                if not found and size == 3:
                    found = self._table_word_between(tokens, clipped, start)
                if not found and size >= 3:
                    found = self._acronym(tokens, start, size)
                if not found and size == 2:
                    found = self._family(tokens, start, said or words or tokens)
                if not found and size >= 2:  # "personal computers" of a longer label
                    found = self._leading(key, start, size)
                if size > 1 and breaks.intersection(range(start, start + size - 1)):
                    found = [lk for lk in found if lk.kind == "value"]
                if found:
                    links.extend(found)
                    taken.update(span)
        links = self._aligned(tokens if words is None else words, links, taken, breaks)
        named = {i for lk in links if lk.kind == "column" for i in range(lk.start, lk.end)}
        for i, table, column in clipped_names(self.catalog, tokens, taken, named):
            links.append(Link(i, i + 1, "column", table, column, None, CLIPPED, [tokens[i]]))
        if fuzzy:
            links.extend(self._fuzzy(tokens, taken))
        return sorted(links, key=lambda lk: (lk.start, -lk.score))

    def _leading(self, key: tuple[str, ...], start: int, size: int) -> list[Link]:
        """The one long label ``key`` begins (:mod:`.leading_values`), below an exact value."""
        held = self.leading.get(spelled_out(key), [])
        return [Link(start, start + size, "value", t, c, v, 0.85, list(key)) for t, c, v in held]

    def _table_word_between(self, tokens: list[str], clipped: list[str], start: int) -> list[Link]:
        """ "Democratic [party] thermometer" of ``therm_dem`` in ``anes_partytherms``: a
        column's two words (as typed or clipped) with a word of its own table's name between
        them, which names nothing the table does not already; below a name said in words."""
        middle = tokens[start + 1]
        if middle in FUNCTION_WORDS:
            return []
        found: list[Link] = []
        for key in dict.fromkeys(
            [(tokens[start], tokens[start + 2]), (clipped[start], clipped[start + 2])]
        ):
            for lk in self._found(key, start, 3):
                named = {*split_name(lk.table.name), *split_name(lk.table.name, expand=False)}
                if (
                    lk.kind == "column"
                    and middle in named
                    and all(lk.column is not f.column for f in found)
                ):
                    lk.score -= 0.05
                    lk.words = tokens[start : start + 3]
                    found.append(lk)
        return found

    def _acronym(self, tokens: list[str], start: int, size: int) -> list[Link]:
        """ "rule of law" of ``pf_rol``: words whose initials are a name's clipped piece
        (:func:`.acronyms.initials_at`), read as that piece, below a name said in words."""
        run, part = initials_at(tokens, start, self.clipped)
        if run != size:
            return []
        found = [lk for lk in self._found((part,), start, size) if lk.kind == "column"]
        for lk in found:
            lk.score -= 0.05
            lk.words = tokens[start : start + size]
        return found

    def _family(self, tokens: list[str], start: int, said: list[str]) -> list[Link]:
        """ "economic freedom" of ``ef_score``: two words whose initials prefix a family of
        columns, read as its head (:mod:`.families`) when neither word is a name's own."""
        initials = family_initials(tokens, start)
        heads = self.catalog.derived("family heads", family_heads).get(initials, [])
        if len(heads) != 1 or any(self.phrases.get((w,)) for w in tokens[start : start + 2]):
            return []
        table, column = heads[0]
        after = said[start + 2] if start + 2 < len(said) else ""
        if sibling_after(table, initials, after):
            return []  # "human freedom rank": another of the family, said by its own word
        return [
            Link(start, start + 2, "column", table, column, None, 0.8, tokens[start : start + 2])
        ]

    def _found(self, key: tuple[str, ...], start: int, size: int) -> list[Link]:
        """The values and the names ``key`` (the words at ``start``) says exactly."""
        found: list[Link] = []
        for table, column, value in self.values.get(key, []):
            found.append(
                Link(
                    start,
                    start + size,
                    "value",
                    table,
                    column,
                    value,
                    0.95 if size > 1 or len(key[0]) > 2 or key[0] in SHORT_FORMS else 0.6,
                    list(key),
                )
            )
        for kind, named, col, score in self.phrases.get(key, []):
            found.append(
                Link(
                    start,
                    start + size,
                    kind,
                    named,
                    col,
                    None,
                    score + 0.05 * size,
                    list(key),
                )
            )
        return found

    def _aligned(
        self, words: list[str], links: list[Link], taken: set[int], breaks: frozenset[int]
    ) -> list[Link]:
        """Spans that spell a glued name (:mod:`.aligned`), over words no sure link took: a
        span is placed when the links over its words are weak (below 0.9) and inside it, and
        replaces those of them that are shorter ("percent" → percwhite inside "percent
        college" → percollege). A sure link inside the span yields to it too when the name
        spells that link's words whole and more ("gdp" inside "gdp per capita" →
        gdppercap), and a function word inside it is a word of the name ("per", though a
        country's code). Full alignments and longer spans first."""
        found = align(self.catalog, words)
        if not found:
            return links
        spans: dict[tuple[int, int], list[Alignment]] = {}
        for a in found:
            if not breaks.intersection(range(a.start, a.end - 1)):  # no name spans a comma
                spans.setdefault((a.start, a.end), []).append(a)
        order = sorted(
            spans,
            key=lambda s: (-max(a.full for a in spans[s]), -max(a.words for a in spans[s]), s),
        )
        placed: list[tuple[int, int]] = []
        for lo, hi in order:
            near = [lk for lk in links if lk.start < hi and lo < lk.end]
            inner = [lk for lk in near if not inner_function_word(lk, words, lo, hi)]
            full = any(a.full for a in spans[(lo, hi)])
            if any(
                lk.start < lo
                or lk.end > hi
                or (lk.score >= 0.9 and not spelled_whole(lk, spans[(lo, hi)], words))
                for lk in inner
            ) or any(p_lo < hi and lo < p_hi for p_lo, p_hi in placed):
                continue
            if not full and not partial_fits(spans[(lo, hi)], inner):
                continue
            if self._said_apart(words[lo], words[hi - 1], spans[(lo, hi)]):
                continue
            placed.append((lo, hi))
            links = [lk for lk in links if lk not in near or (lk.start, lk.end) == (lo, hi)]
            seen: set[int] = set()
            for a in sorted(spans[(lo, hi)], key=lambda a: -a.score):
                if id(a.column) not in seen:
                    seen.add(id(a.column))
                    links.append(
                        Link(lo, hi, "column", a.table, a.column, None, a.score, words[lo:hi])
                    )
            taken.update(range(lo, hi))
        return links

    def _said_apart(self, first: str, last: str, spelled: list[Alignment]) -> bool:
        """Whether a span's first and last words name another column in words ("AIDS cases
        per capita" of ``aidscapita``, spelled ``acc`` by initials): the words, not the
        letters, say which."""
        columns = {id(a.column) for a in spelled}
        for key in {(first, last), (lemma(first), lemma(last))}:
            for kind, _, column, _ in self.phrases.get(key, []):
                if kind == "column" and id(column) not in columns:
                    return True
        return False

    def _fuzzy(self, tokens: list[str], taken: set[int]) -> list[Link]:
        return [
            Link(i, i + 1, kind, table, column, value, score, [tokens[i]])
            for i, (kind, table, column, value, score) in near_links(
                self.phrases, self.values, self.memo, tokens, taken
            )
        ]
