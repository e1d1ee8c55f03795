"""A question as words, each marked with what the planner used it for.

:class:`Question` is the one reading of the question that every step of the rule
planner shares: the reader claims the words that are instructions ("monthly",
"top 5", "since 2010"), schema linking claims the words that name tables,
columns and values, and what is left unclaimed at the end is reported — or, when it
would change the answer, refused (:mod:`..honesty`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..lexicon import lemma, number_words

__all__ = ["Question", "Word", "parse_number"]

_TOKEN = re.compile(
    r"\"(?P<dq>[^\"]{1,80})\""
    r"|'(?P<sq>[^']{1,80})'(?=[\s,.?!;:)]|$)"
    r"|(?P<num>-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)(?P<suffix>%|[a-z]+)?"
    r"|(?P<word>[A-Za-z][\w#&.'-]*[\w#]|[A-Za-z])"
)
_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}


def parse_number(text: str) -> float | None:
    """``"50,000"`` → 50000.0; ``"7.5"`` → 7.5; anything else → None."""
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


@dataclass
class Word:
    """One word (or quoted phrase, or number) of the question."""

    text: str  #: lower case as typed ("l_shipmode", "july", "7.5"); a quoted phrase as typed
    i: int
    lemma: str = ""
    number: float | None = None  #: the value of a number ("50,000" → 50000; "10 million" → 1e7)
    quoted: bool = False  #: a phrase the user put in quotes: a literal value
    raw: str = ""  #: as typed, case kept
    hyphen: bool = False  #: joined to the next word by a hyphen ("7-day", "5-year")
    ident: int | None = (
        None  #: part of an identifier typed as the schema spells it (monthly_rental)
    )
    plus: bool = False  #: a number typed with a plus after it ("65+": 65 or more)
    stop: bool = False  #: a sentence ends after it ("… in each continent? List the …")
    possessive: bool = False  #: typed with "'s" ("Trump's vote share"): whose the next noun is
    paren: bool = False  #: typed inside parentheses ("by role (driver or passenger)")
    comma: bool = False  #: a comma (or a colon) after it ("above 50 cents, per year")

    def __post_init__(self) -> None:
        if not self.lemma:
            self.lemma = self.text if self.quoted or self.number is not None else lemma(self.text)


@dataclass
class Question:
    """The words of a question and, for each, what it was used for."""

    text: str
    words: list[Word]
    used: dict[int, str] = field(default_factory=dict)

    @classmethod
    def read(cls, text: str) -> Question:
        q = cls(text=text, words=tokenize(text))
        for w in q.words:  # an identifier's words name the schema: no instruction reads them
            if w.ident is not None:
                q.used[w.i] = "identifier"
        return q

    def __len__(self) -> int:
        return len(self.words)

    def claim(self, lo: int, hi: int, why: str) -> None:
        """Mark words ``lo..hi-1`` as used for ``why`` (the first use wins)."""
        for i in range(lo, hi):
            self.used.setdefault(i, why)

    def free(self, i: int) -> bool:
        return 0 <= i < len(self.words) and i not in self.used

    def texts(self, lo: int = 0, hi: int | None = None) -> list[str]:
        return [w.text for w in self.words[lo:hi]]

    def lemmas(self, lo: int = 0, hi: int | None = None) -> list[str]:
        return [w.lemma for w in self.words[lo:hi]]

    def phrase(self, lo: int, hi: int) -> str:
        return " ".join(self.texts(lo, hi))

    def unused(self) -> list[Word]:
        return [w for w in self.words if w.i not in self.used]

    def joined(self) -> str:
        """The normalised text, one space between words (for phrase patterns)."""
        return " ".join(self.texts())

    def index_at(self, char: int) -> int:
        """The word starting at or after character ``char`` of :meth:`joined`."""
        pos = 0
        for w in self.words:
            if pos >= char:
                return w.i
            pos += len(w.text) + 1
        return len(self.words)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Word indexes ``[lo, hi)`` covering characters ``[start, end)`` of :meth:`joined`."""
        lo, pos, hi = None, 0, None
        for w in self.words:
            w_end = pos + len(w.text)
            if lo is None and w_end > start:
                lo = w.i
            if pos < end:
                hi = w.i + 1
            pos = w_end + 1
        return (lo if lo is not None else len(self.words), hi if hi is not None else 0)


def tokenize(text: str) -> list[Word]:
    """Words, quoted phrases and numbers of ``text`` (numbers with their scale: "10 million")."""
    text = text.strip().replace("’", "'").replace("“", '"').replace("”", '"')
    text = number_words(text, keep_scales=True)
    text = re.sub(r"(?<=\d) ?[–—] ?(?=\d)", "-", text)  # "2008–2016": a span, as "2008-2016"
    words: list[Word] = []
    for m in _TOKEN.finditer(text):
        i = len(words)
        if m["dq"] is not None or m["sq"] is not None:
            phrase = m["dq"] if m["dq"] is not None else m["sq"]
            words.append(Word(phrase, i, quoted=True, raw=phrase))
        elif m["num"] is not None:
            value = parse_number(m["num"])
            words.append(Word(m["num"].replace(",", ""), i, number=value, raw=m["num"]))
            suffix = (m["suffix"] or "").lower()
            if suffix == "s" and m["num"].endswith("0") and len(m["num"]) == 4:
                words[-1] = Word(m["num"] + "s", i, raw=m["num"] + "s")  # "the 1990s": a decade
                suffix = ""
            if suffix in ("st", "nd", "rd", "th") and m["num"].isdigit():
                words[-1] = Word(m["num"] + suffix, i, raw=m[0])  # "4th": an ordinal, no amount
                suffix = ""
            if suffix:  # "7day", "6pm", "10k", "5%"
                scale = _SCALES.get(suffix)
                if scale is not None and value is not None:
                    words[-1].number = value * scale
                    words[-1].raw = m[0]  # "5k": also a race's name, as stored
                else:
                    words.append(Word(suffix, i + 1, raw=suffix))
        elif "_" in m["word"].strip("_"):  # "monthly_rental": the schema's own spelling, in words
            for part in [p for p in m["word"].split("_") if p]:
                words.append(Word(part.lower(), len(words), raw=part, ident=m.start()))
        else:
            raw = m["word"].rstrip(".")
            low = raw.lower()
            owner = low.endswith("'s")
            if owner:
                low, raw = low[:-2], raw[:-2]
            scale = _SCALES.get(low) if low not in ("m", "k") else None
            if scale is not None and words and words[-1].number is not None:
                words[-1].number = (words[-1].number or 0) * scale
                words[-1].raw += " " + raw
                continue
            if low.startswith("non-") and low[4:].isalpha():  # "non-citizens": not citizens
                words.append(Word("non", i, raw=raw[:3]))
                low, raw, i = low[4:], raw[4:], i + 1
            words.append(Word(low, i, raw=raw, possessive=owner))
        if text[m.end() : m.end() + 1] == "-" and words:
            words[-1].hyphen = True
        if text[m.end() : m.end() + 1] == "+" and words and m["num"] is not None:
            words[-1].plus = True
        if text[: m.start()].count("(") > text[: m.start()].count(")"):
            for w in words[i:]:
                w.paren = True
        after = text[m.end() :].lstrip(" ")
        if words and (after[:1] in ("?", "!", ";") or after[:2] in (".", ". ")):
            words[-1].stop = True
        if words and after[:1] in (",", ":"):
            words[-1].comma = True  # "Beveridge curve: unemployment rate": no name spans it
    for i, w in enumerate(words):
        w.i = i
    return words
