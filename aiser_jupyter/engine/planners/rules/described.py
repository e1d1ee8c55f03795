"""Columns named by their description in the semantic layer (issue 15).

A wide table keeps one number per group in its own column (``resp_f_1824``,
``new_sp_m1524``) and the semantic file describes each ("Respondents, female, aged
18-24"). Such columns form a *family*: descriptions that share most of their words. The
words every member shares ("respondents") name none of them; the others — and the number
ranges ("18-24", "65 or older") — tell the members apart. A run of the question's words
that says distinguishing words of the family names the one member whose description holds
*all* of them ("women aged 18 to 24"); when several members hold them all ("women": every
age) the words name the family, not a column — a metric of the file may still answer,
else the question is refused, listing the columns it could mean. Never one picked.

Matched words are held (:func:`reserve`) before the semantic layer's terms and schema
linking read the question, then given back as a :class:`~.link.Mention` of the column
(:func:`release`) that the steps use like a column named in words.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ....errors import error
from ...catalog.model import Catalog, Column
from ..described import Family, Member, canon, described, families, find_ranges, name_words
from ..lexicon import lemma
from .draft import Draft
from .link import Candidate, Mention
from .question import Question
from .reading import Reading
from .terms import TermHit, names_metric

__all__ = ["Held", "counted_in_description", "described_compares", "release", "reserve"]

_WHY = "described column"
_RANK = 2.0  #: a column named by its description: above any name's candidate
#: distinguishing words (or ranges) a run must say to name a member
_LEAST = 2
#: words that may join the words of a run ("cases among men aged 15-24")
_JOIN = frozenset(["a", "an", "the", "of", "in", "for", "with", "from", "and", "or", "among"])
_JOIN |= frozenset(["amongst", "who", "that", "are", "were", "is", "was", "aged", "age"])


@dataclass
class Held:
    """What :func:`reserve` found: the columns named, and runs that named several."""

    mentions: list[Mention] = field(default_factory=list)
    #: runs (first word, after the last, their feature words) naming several members
    ties: list[tuple[int, int, set[int], list[Member]]] = field(default_factory=list)


def _tokens(q: Question) -> tuple[list[str], list[int]]:
    """The question as the range reader's tokens ("15", "-", "24"), each with its word."""
    tokens: list[str] = []
    owner: list[int] = []
    for w in q.words:
        parts: list[str]
        if w.quoted:
            parts = [""]
        elif w.number is not None:
            text = w.text
            if text.startswith("-") and w.i > 0 and q.words[w.i - 1].hyphen:
                parts = ["-", text[1:]]
            else:
                parts = [text]
            if w.plus:
                parts.append("+")
        else:
            parts = [p for p in w.text.split("-") if p] or [w.text]
        tokens += parts
        owner += [w.i] * len(parts)
    return tokens, owner


def _said(q: Question, family: Family) -> tuple[dict[int, set[object]], set[int]]:
    """Per word, the distinguishing features of ``family`` it says (canonical words, and
    ranges for the words of a range); and the words of the family's descriptions."""
    tokens, owner = _tokens(q)
    features: dict[int, set[object]] = {}
    plain: set[int] = set()
    ranged: set[int] = set()
    for lo, hi, a, b in find_ranges(tokens):
        if (a, b) in family.ranges:
            for k in range(lo, hi):
                features.setdefault(owner[k], set()).add((a, b))
                ranged.add(k)
    words = family.words()
    for k, token in enumerate(tokens):
        i = owner[k]
        if k in ranged or q.words[i].quoted or q.used.get(i) == "identifier":
            continue
        c = canon(token)
        if c in family.vocab:
            features.setdefault(i, set()).add(c)
        elif c in words:
            plain.add(i)
    return features, plain


def _runs(q: Question, features: dict[int, set[object]], plain: set[int]) -> list[range]:
    """Runs of words that are features, description words or function words between them,
    each holding a feature; function words at either end left out."""
    runs: list[range] = []
    lo = None
    for i in range(len(q) + 1):
        inside = i < len(q) and (
            i in features or i in plain or (q.words[i].text in _JOIN and q.free(i))
        )
        if inside and lo is None:
            lo = i
        if not inside and lo is not None:
            span = [k for k in range(lo, i) if k in features or k in plain]
            if any(k in features for k in span):
                runs.append(range(span[0], span[-1] + 1))
            lo = None
    return runs


def reserve(q: Question, r: Reading, catalog: Catalog) -> Held:
    """Find the runs of words that name one described column and hold their words (undoing
    what the reader read in them: "positive" is no comparison in "smear-positive")."""
    held = Held()
    aggs = {i for a in r.aggs if a.strict for i in range(a.i, a.hi)}
    for family in families(catalog):
        features, plain = _said(q, family)
        for whole in _runs(q, features, plain):
            run = _unaggregated(whole, aggs, features)  # "[average] hours worked": the mean
            if run is None:
                continue
            said: set[object] = set().union(*(features.get(i, set()) for i in run))
            ranged = any(isinstance(f, tuple) for f in said)
            if (len(said) < _LEAST and not ranged) or any(q.used.get(i) == _WHY for i in run):
                continue
            if not ranged and said & name_words(family):
                continue  # "average technical rank": a column's name, for linking to read
            if not ranged and names_metric(q, run.start, run.stop, catalog):
                continue  # "homes sold": a metric's words name the metric, as without this step
            complete = [m for m in family.members if said <= m.own | m.ranges]
            if len(complete) != 1 and not ranged:
                continue  # several columns, and no range said: words of names or of metrics
            if len(complete) != 1:
                said_at = {i for i in run if i in features}
                held.ties.append((run.start, run.stop, said_at, complete or _closest(family, said)))
                continue
            _hold(q, r, run.start, run.stop)
            member = complete[0]
            cand = Candidate("column", member.table, member.column, None, 1.0, rank=_RANK)
            held.mentions.append(Mention(run.start, run.stop, [cand]))
    return held


def _unaggregated(run: range, aggs: set[int], features: dict[int, set[object]]) -> range | None:
    """``run`` without the aggregate words the reader read at its ends ("average hours worked"
    of a column described "Average annual hours worked": the average is taken, not said of
    the column's name, or the hours are summed); None when no feature is left."""
    lo, hi = run.start, run.stop
    while lo < hi and lo in aggs:
        lo += 1
    while hi > lo and hi - 1 in aggs:
        hi -= 1
    return range(lo, hi) if any(k in features for k in range(lo, hi)) else None


def _closest(family: Family, said: set[object]) -> list[Member]:
    """The members that hold the most of the words said ("men 18-24 and women 18-24": the
    two columns, each holding half)."""
    best = max(len(said & (m.own | m.ranges)) for m in family.members)
    return [m for m in family.members if best and len(said & (m.own | m.ranges)) == best]


def _hold(q: Question, r: Reading, lo: int, hi: int) -> None:
    def inside(a: int, b: int) -> bool:
        return a < hi and lo < b

    for i in range(lo, hi):
        q.used[i] = _WHY
    r.compares = [c for c in r.compares if not inside(c.lo, c.hi) and not lo <= c.number_i < hi]
    r.aggs = [a for a in r.aggs if not inside(a.i, a.hi)]
    r.counts = [c for c in r.counts if not inside(*c)]
    r.ranges = [t for t in r.ranges if not inside(*t.span)]
    r.group_cues -= set(range(lo, hi))
    r.distinct -= set(range(lo, hi))


def release(q: Question, held: Held, mentions: list[Mention], terms: list[TermHit]) -> None:
    """Give the held words back as mentions of their columns (the steps claim them when
    they use them); refuse a run that names several columns no metric of the file names."""
    for m in held.mentions:
        for i in range(m.lo, m.hi):
            if q.used.get(i) == _WHY:
                del q.used[i]
        mentions.append(m)
    mentions.sort(key=lambda m: (m.lo, m.hi))
    tables = {id(m.table) for m in held.mentions}
    for m in mentions:  # "countries" beside a column of who: who's countries, as for a metric
        if m not in held.mentions and any(id(c.table) in tables for c in m.cands):
            for c in m.cands:
                c.rank += 0.15 if id(c.table) in tables else 0.0
            m.cands.sort(key=lambda c: c.rank, reverse=True)
    named = {i for h in terms if h.taken for i in range(h.lo, h.hi)}
    for lo, hi, said_at, members in held.ties:
        if said_at <= named or not members:
            continue  # a metric's words ("smear-positive cases")
        if any(m.lo < hi and lo < m.hi for m in held.mentions):
            continue
        raise _tie(q, lo, hi, members)


def _tie(q: Question, lo: int, hi: int, members: list[Member]) -> Exception:
    named = [f"{m.column.name} ({m.column.description})" for m in members[:4]]
    more = f" and {len(members) - 4} more" if len(members) > 4 else ""
    return error(
        "AISER-PLAN-UNSURE",
        f"{_typed(q, lo, hi)!r} fits several columns: {'; '.join(named)}{more}. "
        "Say which one (the words that tell them apart), or name a metric of the semantic "
        "file that adds them up.",
        alternatives=[m.column.name for m in members],
    )


def _typed(q: Question, lo: int, hi: int) -> str:
    """Words ``lo..hi-1`` as typed ("men aged 15-24")."""
    out = ""
    for w in q.words[lo:hi]:
        glued = out.endswith("-") or (w.number is not None and w.text.startswith("-") and out)
        out += ("" if glued or not out else " ") + w.raw
        nxt = q.words[w.i + 1].text if w.i + 1 < len(q) else ""
        out += "-" if w.hyphen and not nxt.startswith("-") else ""
    return out


def counted_in_description(column: Column, words: list[str]) -> bool:
    """Whether a plural noun of ``words`` is a word of ``column``'s description ("cases" of
    "New TB cases, relapse, …"): the column holds how many of them each row has."""
    if not column.description:
        return False
    said = described(column.description).words
    return any(lemma(w) != w and canon(w) in said for w in words if w.isalpha())


def described_compares(d: Draft) -> None:
    """ "countries that reported more than 200,000 smear-positive cases in men aged 25 to 34":
    a comparison right before a column named by its description, measured, keeps the groups
    whose total passes — as for a metric (:func:`~.metrics.metric_compares`)."""
    spans = {(m.lo, m.hi): m.column for m in d.mentions if m.best.rank >= _RANK}
    for cmp in list(d.r.compares):
        for (lo, _), column in spans.items():
            measure = next((m for m in d.measures if m.column is column), None)
            if measure is not None and 0 <= lo - cmp.hi <= 1 and measure.agg is not None:
                d.metric_pending.append((cmp, measure))
                d.r.compares.remove(cmp)
                break
