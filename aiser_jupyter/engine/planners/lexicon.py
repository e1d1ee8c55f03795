"""The words of names and questions: lemmas, names split into words (snake_case, camelCase,
glued words, common abbreviations expanded), and a small table of generic business synonyms —
what :mod:`.linker` and the honesty check compare."""

from __future__ import annotations

import re
from functools import lru_cache

from .month_parts import other_than_month
from .synonyms import SYNONYMS

__all__ = [
    "ABBREVIATIONS",
    "FLAG_MARKS",
    "FUNCTION_WORDS",
    "MEASURE_UNITS",
    "PLACE_NOUNS",
    "PLAIN_WORDS",
    "SHORT_FORMS",
    "SYNONYMS",
    "abbreviates",
    "contracts",
    "known_word",
    "lemma",
    "named_before",
    "names_a_place",
    "number_words",
    "plural",
    "question_words",
    "segment",
    "short_forms",
    "split_name",
    "tokenize",
    "typed_abbreviation",
]


def _load_abbreviations() -> tuple[dict[str, str], frozenset[str], dict[str, str]]:
    """The abbreviation lexicon (``data/abbreviations.tsv``): abbreviation → words, the
    abbreviations that are also ordinary question words ("no", "desc", "avg"), and those read
    only for stored values ("tv")."""
    from importlib import resources

    table: dict[str, str] = {}
    plain: set[str] = set()
    values: dict[str, str] = {}
    text = resources.files(__package__).joinpath("data/abbreviations.tsv").read_text()
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        short, full, *flags = line.split("\t")
        (values if "values" in flags else table)[short.strip()] = full.strip()
        if "plain" in flags:
            plain.add(short.strip())
    return table, frozenset(plain), values


ABBREVIATIONS, PLAIN_WORDS, _VALUE_FORMS = _load_abbreviations()
#: every short form a typed word may stand for, those of values only included ("TV")
SHORT_FORMS = {**ABBREVIATIONS, **_VALUE_FORMS}


def typed_abbreviation(raw: str) -> bool:
    """A known abbreviation typed in capitals ("TV"): what it stands for is meant."""
    low = raw.lower()
    return raw.isupper() and low in SHORT_FORMS and low not in PLAIN_WORDS


#: the last word of a yes/no column's name that only says it is one (drive_thru_ind, sale_flag)
FLAG_MARKS = frozenset(["ind", "indicator", "flag", "flg", "yn", "bool", "bit"])
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
#: places a whole number can only number, never measure (a county's code, a state's FIPS)
PLACE_NOUNS = frozenset(
    ["county", "state", "country", "district", "province", "municipality", "tract", "precinct"]
)
#: units of measure among the instruction words (their number carries the content), which a
#: column may also store as a whole value ('Degree' of a qualification)
MEASURE_UNITS = frozenset(
    ["degree", "percent", "mile", "inch", "foot", "pound", "gram", "meter", "dollar"]
)
#: words that never name a column on their own, even when a column name ends in one
FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "by",
        "for",
        "to",
        "from",
        "with",
        "and",
        "or",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "as",
        "per",
        "than",
        "then",
        "into",
        "out",
        "up",
        "all",
        "any",
        "each",
    ]
)


@lru_cache(maxsize=20_000)
def lemma(word: str) -> str:
    """Singular/base form of a word (``categories`` → ``category``)."""
    if len(word) <= 3 or word.isdigit():
        return word
    try:
        from lemminflect import getLemma
    except ImportError:  # pragma: no cover - lemminflect is a dependency
        return word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    lemmas = getLemma(word, upos="NOUN")
    return lemmas[0].lower() if lemmas else word


#: nouns plural in themselves, with no singular spelled from them
_PLURAL_NOUNS = frozenset(["people", "police", "cattle"])


def plural(word: str) -> bool:
    """Whether ``word`` is a noun in the plural ("breaches", "individuals", "people")."""
    return word in _PLURAL_NOUNS or lemma(word) != word


def split_name(name: str, *, expand: bool = True) -> list[str]:
    """``orderDate`` / ``order_date`` / ``OrderDate`` → ``['order', 'date']`` (lemmatised;
    abbreviations expanded unless ``expand`` is false: ``qty`` → ``['quantity']``)."""
    return list(_split_name(name, expand))


@lru_cache(maxsize=50_000)
def _split_name(name: str, expand: bool) -> tuple[str, ...]:
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name)
    spaced = re.sub(r"\b([A-Z]{2,})([a-z]{3,})", _capitals, spaced)  # ageOFocc → age OF occ
    spaced = re.sub(r"(\d)([A-Za-z]{2,})", r"\1 \2", spaced)  # viewers_7day → 7 day
    words: list[str] = []
    for part in re.split(r"[^A-Za-z0-9]+", spaced.lower()):
        for w in segment(part) if part else ():
            words.extend(ABBREVIATIONS.get(w, w).split() if expand else [w])
    return tuple(lemma(w) for w in words)


def _capitals(m: re.Match[str]) -> str:
    """A word in capitals glued to the next in lower case: ``USRegional`` is "US Regional" when
    the last capital starts an English word; ``OFocc`` is "of occ" when the
    capitals are a function word or a known abbreviation; else as typed."""
    run = m[1].lower()
    if len(run) >= 3 and _known(run[-1] + m[2].lower()):
        return f"{m[1][:-1]} {m[1][-1]}{m[2]}"  # USRegionalMortality: "US Regional"
    return f"{m[1]} {m[2]}" if run in FUNCTION_WORDS or run in ABBREVIATIONS else m[0]


def abbreviates(part: str, word: str, *, close: bool = False) -> bool:
    """Whether a name's ``part`` is a clipped spelling of the question's ``word``: ``acc`` of
    "accident", ``veh`` of "vehicles", ``occ`` of "occupant" — at least three letters, the
    start of a longer word, and no English word of its own (``age`` is no "agency"); or the
    word with its vowels dropped (:func:`contracts`: ``flt`` of "flight"); or one letter of
    its own before such a piece (:func:`_led`: ``rinc`` of "income", r|inc). ``close``: the
    question's other words say the rest of the name (see :func:`contracts`)."""
    if not (part.isalpha() and word not in FUNCTION_WORDS and part not in FUNCTION_WORDS):
        return False
    if other_than_month(part, word):
        return False
    if _led(part, word):  # rinc of "income": a letter of its own (respondent's), then inc
        return abbreviates(part[1:], word, close=close) and not _known(part)
    return (
        len(part) >= 3
        and len(word) > len(part)
        and (
            word.startswith(part)
            or contracts(part, word, close=close)
            or (close and _clipped_contraction(part, word))
        )
        and not _known(part)
    )


def _clipped_contraction(part: str, word: str) -> bool:
    """``prb`` of "probability" beside "conviction" (prb|conv): the word cut after its
    second syllable's consonant, then contracted ("prob" → prb)."""
    cut = next((k for k in range(4, len(word)) if word[k - 1] not in _VOWELS), 0)
    return bool(cut) and cut < len(word) - 2 and contracts(part, word[:cut], close=True)


def _led(part: str, word: str) -> bool:
    """``part`` is one letter glued before a clipped word that starts with a vowel (r|inc,
    whose own start is no contraction): the letter stands for a word of its own."""
    return (
        len(part) >= 4
        and part[0] != word[:1]
        and part[0] not in _VOWELS
        and part[1] in _VOWELS
        and part[1] == word[:1]
    )


_VOWELS = frozenset("aeiou")


@lru_cache(maxsize=1)
def _short_forms() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for short, full in ABBREVIATIONS.items():
        spelled = short.isalpha() and len(short) >= 3 and short[0] == full[0]
        if spelled and " " not in full and not full.startswith(short) and short not in PLAIN_WORDS:
            out[full] = (*out.get(full, ()), short)
    return out


def short_forms(word: str) -> tuple[str, ...]:
    """The lexicon's abbreviations of ``word`` (or of it without a plural "s") that no run of
    its letters gives: ``govt`` of "government"; () if none."""
    forms = _short_forms()
    return forms.get(word) or forms.get(word[:-1] if word.endswith("s") else "", ())


def contracts(part: str, word: str, *, close: bool = False) -> bool:
    """Whether ``part`` is ``word`` contracted the way names drop vowels: its start (its
    first letter at least), then only consonants taken from it in order, ending on its last
    consonant, and keeping half of its consonants or more — ``flt`` of "flight", ``engs``
    of "engines", ``mgr`` of "manager", ``bldg`` of "building", ``wrk`` of "work",
    ``prestg`` of "prestige". Three letters at least, no English word, and shorter than the
    word by two letters or more — by vowels alone only ``close``, where other words say
    the rest of the name ("wrk" of "work status" for ``wrkstat``; "flt" alone is no "felt")."""
    if len(part) < 3 or len(word) <= len(part) or not part.isalpha() or not word.isalpha():
        return False
    if part[-1] == word[-1] == "e" and len(part) > 3 - close:  # rte of "rate", beside "crime"
        part, word = part[:-1], word[:-1]
    k = next((i for i, (a, b) in enumerate(zip(part, word, strict=False)) if a != b), len(part))
    end = word.rstrip("aeiou") or word  # "prestige" ends on its g
    if not k or k == len(part) or _VOWELS & set(part[k:]) or part[-1] != end[-1]:
        return False
    if len(word) == len(part) + 1 and not (close and set(word) - set(part) <= _VOWELS):
        return False
    rest = iter(word[k:])
    kept = sum(1 for ch in part if ch not in _VOWELS)
    return (
        all(ch in rest for ch in part[k:])
        and 2 * kept >= sum(1 for ch in word if ch not in _VOWELS)
        and not _known(part)
    )


@lru_cache(maxsize=20_000)
def segment(word: str) -> tuple[str, ...]:
    """A glued name in its words — ``acctbal`` → ``acct bal``, ``extendedprice`` →
    ``extended price`` — when every piece is a word or a known abbreviation; else itself.

    English words and abbreviations are kept whole; only unknown names of 5+ letters are
    segmented (``wordsegment``'s corpus statistics, loaded on first need)."""
    if len(word) < 5 or not word.isalpha() or word in ABBREVIATIONS or _known(word):
        return (word,)
    import wordsegment

    if not wordsegment.UNIGRAMS:
        wordsegment.load()
    pieces = tuple(wordsegment.segment(word))
    if len(pieces) < 2 or len(pieces) > 3 or pieces[-1] in FUNCTION_WORDS:
        return _word_and_clip(word)  # "robustas" is no "robust" + "as": names end in content
    for piece in pieces:
        if len(piece) < 2 or not (
            piece in ABBREVIATIONS
            or _known(piece)
            or (piece in wordsegment.UNIGRAMS and len(piece) >= 3)
        ):
            return _word_and_clip(word)
    return pieces


def _word_and_clip(word: str) -> tuple[str, ...]:
    """``yearinsp`` → ``year insp``: the longest English word the name starts with, of 4+
    letters, then a clipped one of 3 to 5 letters no dictionary knows (the start of
    "inspection"); or the other way round, ``murdrate`` → ``murd rate``; else the name whole (``turnoutho``: "turnout", then two letters; a word
    of its own, ``christmas``)."""
    import wordsegment

    if word in wordsegment.UNIGRAMS:
        return (word,)  # a word of its own: "christmas" is no "christ" + "mas"
    cut = next((k for k in range(len(word) - 1, 3, -1) if _known(word[:k])), 0)
    tail = word[cut:]
    if cut and 3 <= len(tail) <= 5 and not _known(tail) and tail not in FUNCTION_WORDS:
        return (word[:cut], tail)
    # ``murdrate``: a clipped word of 3 to 5 letters, then the longest English word of 4+
    cut = next((k for k in range(3, len(word) - 3) if _known(word[k:])), 0)
    head = word[:cut]
    if cut and len(head) <= 5 and not _known(head) and head not in FUNCTION_WORDS:
        return (head, word[cut:])
    return (word,)


@lru_cache(maxsize=50_000)
def _known(word: str) -> bool:
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word))


def known_word(word: str) -> bool:
    """Whether ``word`` is an English word of its own ("count", "temp"; not "emp", "labsh")."""
    return _known(word)


def question_words(text: str) -> frozenset[str]:
    """The words of a question as typed, as lemmas and as the abbreviations that stand for
    them ("destination" → also "dest"): what a join's role or a column may be named by."""
    words = set(_WORD.findall(text.lower()))
    words |= {lemma(w) for w in words}
    return frozenset(words | {short for short, full in ABBREVIATIONS.items() if full in words})


def tokenize(text: str) -> list[str]:
    return [lemma(w) for w in _WORD.findall(text.lower())]


_SMALL = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def number_words(text: str, *, keep_scales: bool = False) -> str:
    """Number words as digits ("top ten" → "top 10"); names with underscores are left as typed
    ("budget_in_billions" holds no number), and with ``keep_scales`` so is the scale after a
    number ("10 million", for a reader that reads it as one number)."""
    if keep_scales:
        text = re.sub(
            r"(\d)\s+(thousand|million|billion)\b",
            lambda m: f"{m[1]} aiserscale{m[2]}",
            text,
            flags=re.I,
        )
    text = re.sub(r"\bzero\b", "0", text, flags=re.I)  # "below zero": text2num leaves it
    # a plural scale is a unit or a vague amount, never one number: "(in millions)",
    # "millions of people"
    text = re.sub(r"\b(hundreds|thousands|millions|billions)\b", r"aiserunit\1", text, flags=re.I)
    names = re.findall(r"\w*_\w*", text)
    text = re.sub(r"\w*_\w*", " aiseridentifier ", text)
    try:
        from text_to_num import alpha2digit

        text = alpha2digit(text, "en")
    except Exception:  # a phrase text2num cannot read stays as typed
        pass
    for name in names:
        text = text.replace("aiseridentifier", name, 1)
    # text2num leaves a lone small number as a word ("one" of "one of them"), but after a
    # comparison it is the number compared: "more than one mammal", "at least two orders"
    text = re.sub(
        rf"\b(than|least|most|over|under|above|below|exactly) ({'|'.join(_SMALL)})\b",
        lambda m: f"{m[1]} {_SMALL.index(m[2].lower()) + 1}",
        text,
        flags=re.I,
    )
    text = re.sub(r"aiserunit(\w+)", r"\1", text)
    return re.sub(r"aiserscale(\w+)", r"\1", text) if keep_scales else text


def named_before(i: int, words: list[str]) -> int:
    """The index of the word a name's other piece comes before: the word right before ``i``,
    or the one before "of" / "of the" ("day of the [pandemic]" for ``pan_day``); -1 if none."""
    if words[max(0, i - 2) : i] == ["of", "the"]:
        return i - 3
    return i - 2 if words[max(0, i - 1) : i] == ["of"] else i - 1


def names_a_place(name: str) -> bool:
    """Whether a column's name, as typed, ends in a place word (``county``, ``birth_state``;
    not ``Outstate``, whose glued words stay one) — a whole number so named is a code."""
    typed = re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", name)
    return bool(typed) and typed[-1].lower() in PLACE_NOUNS
