"""Schema linking: spans of a question's words → tables, columns and values of a catalog,
by exact phrase, by a name's words, by generic synonyms, by near spelling (rapidfuzz), and by
the catalog's sampled values; the words of :mod:`.lexicon` normalise both sides."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..catalog.model import Catalog, Column, Table
from .adjectives import ADJECTIVES
from .aligned import Alignment, align, clipped_words
from .heads import QUALIFIERS, head_index, names_other_thing
from .kinds import kind_words, names_kind
from .lexicon import (
    ABBREVIATIONS,
    FUNCTION_WORDS,
    PLAIN_WORDS,
    SYNONYMS,
    known_word,
    lemma,
    split_name,
    tokenize,
)
from .name_years import family_words, ranked_family
from .roles import is_identifier
from .table_measures import table_measures

__all__ = ["Link", "Linker"]

#: words that make a name a count or a label, never "X of Y" of another number
_COUNTING = frozenset(["number", "count", "id", "code", "name", "total"])


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


@dataclass
class Linker:
    catalog: Catalog
    phrases: dict[tuple[str, ...], list[tuple[str, Table, Column | None, float]]] = field(
        default_factory=dict
    )
    values: dict[tuple[str, ...], list[tuple[Table, Column, object]]] = field(default_factory=dict)
    clipped: set[str] = field(default_factory=set)  #: names' clipped parts: acc, veh, occ

    def __post_init__(self) -> None:
        named = {tuple(split_name(t.name)) for t in self.catalog.tables}
        named |= {w[-1:] for w in named} | {w[:1] for w in named}
        measured = table_measures(self.catalog)
        for table in self.catalog.tables:
            words = tuple(split_name(table.name))
            self._add(words, "table", table, None, 1.0)
            if table.name.lower() in measured:  # "coffee imports": the value of coffee_imports
                self._add(words, "column", table, measured[table.name.lower()], 1.01)
            # the semantic layer's words for the table and its columns: just below their names
            for syn in table.synonyms:
                self._add(tuple(split_name(syn)), "table", table, None, 0.85)
                self._head_measure(table, tuple(split_name(syn)))
            for column in table.columns:
                for syn in column.synonyms:
                    self._add(tuple(split_name(syn)), "column", table, column, 0.9)
            if len(words) > 1:
                self._add(words[-1:], "table", table, None, 0.6)
                self._add(words[:1], "table", table, None, 0.6)  # "pizzas" for pizza_place
            for column in table.columns:
                self._add_column(table, column, named)
            for syn in SYNONYMS.get(words[-1], ()) + kind_words(words[-1]) if words else ():
                self._add(tuple(split_name(syn)), "table", table, None, 0.5)  # "firms": companies
            for column in table.columns:
                if column.semantic in ("nominal", "geo", "boolean", "key") or (
                    column.semantic == "quantitative" and (column.distinct or 99) <= 12
                ):
                    for v in column.samples:
                        if isinstance(v, str) and 0 < len(v) <= 60:
                            self.values.setdefault(tuple(tokenize(v)), []).append(
                                (table, column, v)
                            )

        # "qty" typed for a column spelled out as quantity
        for short, full in ABBREVIATIONS.items():
            if short != full and " " not in full and short not in PLAIN_WORDS:
                for kind, owner, col, score in self.phrases.get((full,), []):
                    if kind == "column":
                        self._add((short,), kind, owner, col, score * 0.95)

    def _head_measure(self, table: Table, words: tuple[str, ...]) -> None:
        """ "home sales" for a table of housing with a ``sales`` column: a name whose last
        word (its head noun) is one of the table's numbers names that number first."""
        for column in table.columns:
            if (
                len(words) > 1
                and column.semantic == "quantitative"
                and tuple(split_name(column.name)) == words[-1:]
            ):
                self._add(words, "column", table, column, 0.9)

    def _add_column(self, table: Table, column: Column, named: set[tuple[str, ...]]) -> None:
        """The phrases that name ``column``: its words, reordered, abbreviated, in part."""
        cw = tuple(split_name(column.name))
        if not cw:
            return
        self._add(cw, "column", table, column, 1.0)
        family = family_words(column)
        if family and family != cw and family[0] not in _AGGREGATES:
            # under5_mortality_2018: "under-5 mortality" (in 2018); but "total population"
            # stays the sum of a population, not total_pop_2018
            self._add(family, "column", table, column, 0.97 - ranked_family(table, column))
        raw = tuple(split_name(column.name, expand=False))
        self.clipped.update(w for w in raw if len(w) >= 3 and not known_word(w))
        if len(raw) == 3 and raw[1] == "of":  # ageOFocc: "occupant age", "age of occupant"
            self._add((cw[2], cw[0]), "column", table, column, 0.95)
            self._add((raw[2], raw[0]), "column", table, column, 0.95)
        if len(cw) == 2 and cw[1] in ("maximum", "minimum", "average", "total"):
            self._add(cw[::-1], "column", table, column, 0.95)  # temp_max: "maximum temperature"
            self._add(raw[::-1], "column", table, column, 0.95)  # "max temp"
            word = {"maximum": "high", "minimum": "low"}.get(cw[1])
            if word:
                self._add((word, cw[0]), "column", table, column, 0.9)  # "low temperature"
        if len(raw) > 1:  # LifeExpectancy typed as "lifeexpectancy"
            self._add(("".join(raw),), "column", table, column, 0.95)
        if len(cw) == 2:  # Number_Deaths: "number of deaths"
            self._add((cw[0], "of", cw[1]), "column", table, column, 0.9)
            self._add_of_phrases(table, column, cw, raw)
        head = head_index(cw)
        lead = next((k for k, w in enumerate(cw) if w not in QUALIFIERS), head)
        if 0 < head < len(cw) - 1 and lead <= head and cw[-1] not in ("id", "name", "code"):
            phrase = cw[lead : head + 1]  # Net_Worth_Millions: "net worth"; total_pop_2018
            self._add(phrase, "column", table, column, 0.9 if len(phrase) > 1 else 0.7)
        if 2 <= len(cw) <= 3:
            from itertools import permutations

            for order in permutations(cw):  # "7-day viewers" for viewers_7day
                if order != tuple(cw):
                    self._add(order, "column", table, column, 0.9)
        if raw != cw and not set(raw) & PLAIN_WORDS:
            self._add(raw, "column", table, column, 1.0)  # "qty" as the schema spells it
        if len(cw) > 1 and cw[-1] not in ("id", "name", "number", "code"):
            self._add(cw[-1:], "column", table, column, 0.7)
            if not (column.semantic == "quantitative" and names_other_thing(column.name)):
                self._add(cw[:1], "column", table, column, 0.5)  # no bookings: booking_changes
        elif (
            len(cw) > 1
            and cw[-1] in ("id", "number")
            and is_identifier(table, column)
            and tuple(cw[:-1]) not in named
            and not any(  # iso_num beside iso_alpha: "iso" names neither alone
                c is not column
                and c.semantic != "temporal"
                and tuple(split_name(c.name)[: len(cw) - 1]) == cw[:-1]
                for c in table.columns
            )
        ):
            # order_id in a table of order lines, no orders table: "orders" are its values
            self._add(tuple(cw[:-1]), "column", table, column, 0.8)
        if len(cw) > 1 and cw[-1] == "id" and is_identifier(table, column):
            self._add((*cw[:-1], "code"), "column", table, column, 0.95)  # "species code"
        elif len(cw) > 1 and cw[-1] in ("name", "code"):
            self._add(cw[:1], "column", table, column, 0.45)  # city_code → "city"
            if len(cw) > 2:  # card_type_code → "card type"
                self._add(tuple(cw[:-1]), "column", table, column, 0.9)
        for k in range(1, len(cw) - 1):  # stu_last_name → "last name"
            if cw[k] not in ("of", "the", "and"):  # total_of_requests: not "of requests"
                self._add(cw[k:], "column", table, column, 0.85)
        if (len(cw) > 1 and cw[0] == lemma(table.name.lower())) or (
            len(cw) > 1 and tuple(split_name(table.name))[-1:] == cw[:1]
        ):
            self._add(cw[1:], "column", table, column, 0.9)  # order_date in orders → "date"
        self._add_adjectives(table, column, cw)
        for kind in names_kind(column, cw):  # "colleges" for inst_name: what it names
            self._add((kind,), "column", table, column, 0.45)
        score = 0.55 if len(cw) == 1 else 0.5
        for syn in SYNONYMS.get(cw[-1], ()):  # "value" for total_price, "revenue" for price
            self._add(tuple(split_name(syn)), "column", table, column, score)

    def _add_of_phrases(
        self, table: Table, column: Column, cw: tuple[str, ...], raw: tuple[str, ...]
    ) -> None:
        """hp_rpm beside hp: "rpm of horsepower", "rpm of peak horsepower" — the second word of
        a number's two-word name, of the first when that is a number of its own (the engine
        speed where the horsepower peaks; card_number beside no card column stays a number)."""
        if column.semantic != "quantitative" or len(raw) != 2 or cw[1] in _COUNTING:
            return
        if not any(
            c is not column and c.semantic == "quantitative" and split_name(c.name) == [cw[0]]
            for c in table.columns
        ):
            return
        for last in {cw[1], raw[1]}:
            self._add((last, "of", cw[0]), "column", table, column, 0.9)
            self._add((last, "of", "peak", cw[0]), "column", table, column, 0.9)

    def _add_adjectives(self, table: Table, column: Column, cw: tuple[str, ...]) -> None:
        """ "populous" for population, "powerful" for horsepower: the only column of its
        table named with a noun an adjective stands for (brain and body weight: unsaid)."""
        for adjective, (nouns, _) in ADJECTIVES.items():
            for noun in nouns:
                same = [c for c in table.columns if split_name(c.name)[-1:] == [noun]]
                if cw[-1:] == (noun,) and len(same) == 1:
                    self._add((adjective,), "column", table, column, 0.85)

    def _add(
        self, words: tuple[str, ...], kind: str, table: Table, column: Column | None, score: float
    ) -> None:
        if words and not (len(words) == 1 and words[0] in FUNCTION_WORDS and score < 1.0):
            self.phrases.setdefault(words, []).append((kind, table, column, score))

    def link(
        self, tokens: list[str], *, fuzzy: bool = True, words: list[str] | None = None
    ) -> list[Link]:
        """All links over ``tokens``; longest phrases first, values before names on ties;
        then glued and abbreviated names spelled by ``words`` (the tokens as typed, "" for
        a word not free), then near spellings."""
        links: list[Link] = []
        taken: set[int] = set()
        n = len(tokens)
        clipped = clipped_words(tokens, self.clipped)
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
                if found:
                    links.extend(found)
                    taken.update(span)
        links = self._aligned(tokens if words is None else words, links, taken)
        if fuzzy:
            links.extend(self._fuzzy(tokens, taken))
        return sorted(links, key=lambda lk: (lk.start, -lk.score))

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
                    0.95 if size > 1 or len(key[0]) > 2 else 0.6,
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

    def _aligned(self, words: list[str], links: list[Link], taken: set[int]) -> list[Link]:
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
            spans.setdefault((a.start, a.end), []).append(a)
        order = sorted(
            spans,
            key=lambda s: (-max(a.full for a in spans[s]), -max(a.words for a in spans[s]), s),
        )
        placed: list[tuple[int, int]] = []
        for lo, hi in order:
            near = [lk for lk in links if lk.start < hi and lo < lk.end]
            inner = [lk for lk in near if not _inner_function_word(lk, words, lo, hi)]
            full = any(a.full for a in spans[(lo, hi)])
            if any(
                lk.start < lo
                or lk.end > hi
                or (lk.score >= 0.9 and not _spelled_whole(lk, spans[(lo, hi)], words))
                for lk in inner
            ) or any(p_lo < hi and lo < p_hi for p_lo, p_hi in placed):
                continue
            if not full and not _partial_fits(spans[(lo, hi)], inner):
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

    def _fuzzy(self, tokens: list[str], taken: set[int]) -> list[Link]:
        from rapidfuzz import fuzz, process

        singles = {k[0]: v for k, v in self.phrases.items() if len(k) == 1 and len(k[0]) >= 4}
        choices = list(singles)
        out = []
        for i, tok in enumerate(tokens):
            if i in taken or len(tok) < 4 or tok in _STOP:
                continue
            best = process.extractOne(tok, choices, scorer=fuzz.ratio, score_cutoff=86)
            if best:
                for kind, table, column, score in singles[best[0]]:
                    out.append(Link(i, i + 1, kind, table, column, None, score * 0.8, [tok]))
        return out


def _inner_function_word(lk: Link, words: list[str], lo: int, hi: int) -> bool:
    """A link over function words strictly inside a span ("per" of "gdp per capita")."""
    return (
        lo < lk.start and lk.end < hi and all(w in FUNCTION_WORDS for w in words[lk.start : lk.end])
    )


def _spelled_whole(lk: Link, found: list[Alignment], words: list[str]) -> bool:
    """A full alignment spells ``lk``'s words whole, and three letters or more of other
    words beside them, each word of it giving some: ``gdppercap`` holds the name ``gdp``
    and "per capita" too, so the longer reading wins; "swing states" (s|s) does not hold
    ``state``, nor "orders that have the status" ``order_status``."""
    if lk.kind == "value":
        return False
    for a in found:
        if not a.full or not all(a.parts):
            continue
        whole = all(a.parts[i - a.start] == words[i] for i in range(lk.start, lk.end))
        rest = sum(len(p) for k, p in enumerate(a.parts) if not lk.start <= a.start + k < lk.end)
        if whole and rest >= 3:
            return True
    return False


def _partial_fits(found: list[Alignment], near: list[Link]) -> bool:
    """A partial spelling is read only when it names one column ("real gdp" of rgdpo,
    rgdpe and rgdpna says none of them) and replaces no link but one to that column's own
    table ("turnout" of election_turnout: the column turnoutho says more)."""
    columns = {id(a.column) for a in found}
    owner = found[0].table
    return len(columns) == 1 and all(lk.kind == "table" and lk.table is owner for lk in near)


#: words that read as an aggregate before a name without its year
_AGGREGATES = frozenset(
    ["total", "sum", "average", "mean", "median", "maximum", "minimum", "count", "number"]
)

#: words never read as a near spelling of a name (plain text, split on whitespace)
_STOP_WORDS = """
    show what which total average number count each month year week from with over time
    chart plot graph line many much than more less most least give list find display
    sorted order descending ascending they them there their this that those these have
    does where when whose since before after between during monthly yearly daily weekly
    quarterly share versus against scatter stacked grouped percentage proportion
    distribution
    """
_STOP = frozenset(_STOP_WORDS.split())
