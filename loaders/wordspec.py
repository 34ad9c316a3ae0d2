"""Word-spec patterns: the small pattern language of the lexicons and proposal cues.

Analysts write cues as words, not regular expressions. A cue is a sequence of
word specs separated by spaces; each spec matches one token:

- ``word`` matches a token whose lowercase form or lemma equals it;
- ``stem*`` matches a token that starts with ``stem``;
- ``*`` matches any one token, ``...`` skips up to twelve tokens within a clause.

Multi-token specs such as ``"nato-medlemskap*"`` are split like the text, so
they match the tokens ``nato``, ``-``, ``medlemskap...``.

>>> t = tokenize("Russland krever kontroll over hele Donbas-regionen.", "nb")
>>> [x.lower for x in t][:4]
['russland', 'krever', 'kontroll', 'over']
>>> idx = PatternIndex([Pattern.parse("krev*", "demand"), Pattern.parse("donbas*", "donbas")])
>>> [(m.value, m.start, m.end) for m in idx.find(t)]
[('demand', 1, 2), ('donbas', 5, 6)]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import simplemma

TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)+|\w+|[^\w\s]", re.UNICODE)  # "3,5" and "1.000" stay one number
GAP = "..."
ANY = "*"
MAX_GAP = 12
GAP_STOP = frozenset({",", ".", ";", ":", "!", "?", "–", "—"})

SIMPLEMMA_LANG = {
    "nb": "nb",
    "no": "nb",
    "nn": "nb",
    "sv": "sv",
    "da": "da",
    "nl": "nl",
    "en": "en",
    "de": "de",
    "fr": "fr",
}


@lru_cache(maxsize=200_000)
def lemma(word: str, language: str) -> str:
    """The lowercase lemma of a word (cached: simplemma is the hot spot of extraction)."""
    lang = SIMPLEMMA_LANG.get(language)
    if lang is None or not word[:1].isalpha():
        return word.lower()
    try:
        return str(simplemma.lemmatize(word, lang=lang)).lower()
    except ValueError:  # pragma: no cover - unknown language code
        return word.lower()


@dataclass(slots=True)
class Token:
    """One token of a sentence with its character offsets in the sentence.

    Not frozen: a frozen dataclass pays for ``object.__setattr__`` on every field, and
    sentences make hundreds of thousands of tokens. Treat tokens as read-only all the same.
    """

    text: str
    lower: str
    lemma: str
    start: int
    end: int


def tokenize(text: str, language: str, *, lemmas: bool = True) -> list[Token]:
    """Split into word and punctuation tokens; words carry their lemma."""
    out: list[Token] = []
    cache = _LEMMAS.setdefault(language, {})
    if len(cache) > 300_000:
        cache.clear()
    append = out.append
    get = cache.get
    make = Token
    for m in TOKEN_RE.finditer(text):
        word = m.group()
        low = word.lower()
        if lemmas:
            lem = get(low)
            if lem is None:
                lem = cache[low] = lemma(low, language) if len(low) > 2 and low[0].isalpha() else low
        else:
            lem = low
        start, end = m.span()
        append(make(word, low, lem, start, end))
    return out


_LEMMAS: dict[str, dict[str, str]] = {}  # per language: lowercase word -> lemma (a plain dict is the fastest cache)


def spec_words(spec: str) -> list[str]:
    """Split a cue into token specs the way text is split (keeping ``*`` and ``...``)."""
    words: list[str] = []
    for part in spec.lower().split():
        if part in (ANY, GAP):
            words.append(part)
            continue
        star = part.endswith("*") and len(part) > 1
        body = part[:-1] if star else part
        pieces = TOKEN_RE.findall(body)
        if not pieces:
            continue
        if star:
            pieces[-1] += "*"
        words.extend(pieces)
    return words


@dataclass(frozen=True)
class Pattern:
    """A parsed cue: its token specs and the value it stands for (a stance, a topic, ...)."""

    words: tuple[str, ...]
    value: str
    source: str

    @classmethod
    def parse(cls, spec: str, value: str) -> Pattern:
        words = tuple(spec_words(spec))
        if not words or words[0] in (ANY, GAP) or words[-1] in (ANY, GAP):
            raise ValueError(f"cue {spec!r} must start and end with a word")
        return cls(words, value, spec)


def _word_ok(spec: str, tok: Token) -> bool:
    if spec == ANY:
        return True
    if spec.endswith("*"):
        return tok.lower.startswith(spec[:-1]) or tok.lemma.startswith(spec[:-1])
    return tok.lower == spec or tok.lemma == spec


@dataclass(slots=True)
class Match:
    """Where a pattern matched: token range [start, end)."""

    value: str
    start: int
    end: int
    pattern: Pattern


class PatternIndex:
    """Many patterns, indexed by their first word so that each token costs a few dict lookups."""

    def __init__(self, patterns: Iterable[Pattern]) -> None:
        self.patterns = list(patterns)
        self.exact: dict[str, list[Pattern]] = {}
        self.prefix: dict[str, list[Pattern]] = {}
        lengths: set[int] = set()
        for p in self.patterns:
            first = p.words[0]
            if first.endswith("*"):
                stem = first[:-1]
                self.prefix.setdefault(stem, []).append(p)
                lengths.add(len(stem))
            else:
                self.exact.setdefault(first, []).append(p)
        self.lengths = sorted(lengths)
        self._memo: dict[str, list[Pattern]] = {}

    def _candidates(self, tok: Token) -> list[Pattern]:
        """Patterns whose first word fits the token (memoised per word form: news repeats its words)."""
        key = tok.lower  # the lemma follows from the form (one index serves one language)
        got = self._memo.get(key)
        if got is None:
            if len(self._memo) > 200_000:
                self._memo.clear()
            got = self._memo[key] = self._lookup(tok)
        return got

    def _lookup(self, tok: Token) -> list[Pattern]:
        cands: list[Pattern] = []
        got = self.exact.get(tok.lower)
        if got:
            cands.extend(got)
        if tok.lemma != tok.lower:
            got = self.exact.get(tok.lemma)
            if got:
                cands.extend(got)
        low = tok.lower
        n = len(low)
        for k in self.lengths:
            if k > n:
                break
            got = self.prefix.get(low[:k])
            if got:
                cands.extend(got)
        lem = tok.lemma
        if lem != low:
            for k in self.lengths:
                if k > len(lem):
                    break
                got = self.prefix.get(lem[:k])
                if got:
                    cands.extend(got)
        return cands

    def find(self, tokens: Sequence[Token]) -> list[Match]:
        """All matches, longest first at each start, overlapping matches dropped (leftmost-longest)."""
        found: list[Match] = []
        i = 0
        n = len(tokens)
        while i < n:
            best: Match | None = None
            for p in self._candidates(tokens[i]):
                end = _match_at(p.words, tokens, i, True)
                if end is not None and (best is None or end > best.end):
                    best = Match(p.value, i, end, p)
            if best is not None:
                found.append(best)
                i = best.end
            else:
                i += 1
        return found

    def find_all(self, tokens: Sequence[Token]) -> list[Match]:
        """Every match at every position (overlaps kept): for topics, where one word may serve two."""
        found: list[Match] = []
        for i, tok in enumerate(tokens):
            seen: set[str] = set()
            for p in self._candidates(tok):
                end = _match_at(p.words, tokens, i, True)
                if end is not None and p.value not in seen:
                    seen.add(p.value)
                    found.append(Match(p.value, i, end, p))
        return found


def _match_at(words: Sequence[str], tokens: Sequence[Token], i: int, first_ok: bool = False) -> int | None:
    """End index when ``words`` match at token ``i`` (with ``...`` gaps), else None.

    ``first_ok``: the first word is known to fit (the index chose the pattern by it).
    """
    if not first_ok and not _word_ok(words[0], tokens[i]):
        return None
    if len(words) == 1:
        return i + 1
    j = i + 1
    k = 1
    n = len(tokens)
    while k < len(words):
        spec = words[k]
        if spec == GAP:
            nxt = words[k + 1]
            for jj in range(j, min(n, j + MAX_GAP + 1)):
                if tokens[jj].text in GAP_STOP:
                    return None
                if _word_ok(nxt, tokens[jj]):
                    j = jj + 1
                    k += 2
                    break
            else:
                return None
            continue
        if j >= n or not _word_ok(spec, tokens[j]):
            return None
        j += 1
        k += 1
    return j


SEP = "\x1f"


class SectionIndex:
    """Several named pattern sets scanned in one pass over a sentence (the lexicon's hot path).

    ``scan`` returns, per section, what :meth:`PatternIndex.find` would (leftmost-longest),
    or every match for the sections named in ``overlapping``.

    >>> pats = {"stance": [Pattern.parse("krev*", "demand")], "topic": [Pattern.parse("donbas*", "donbas")]}
    >>> idx = SectionIndex(pats)
    >>> got = idx.scan(tokenize("Russland krever Donbas", "nb"))
    >>> [(m.value, m.start) for m in got["stance"]], [(m.value, m.start) for m in got["topic"]]
    ([('demand', 1)], [('donbas', 2)])
    """

    def __init__(self, sections: dict[str, Iterable[Pattern]], overlapping: Iterable[str] = ()) -> None:
        tagged = [Pattern(p.words, name + SEP + p.value, p.source) for name, pats in sections.items() for p in pats]
        self.index = PatternIndex(tagged)
        self._plain_second = {
            id(p): p.words[1]
            for p in tagged
            if len(p.words) > 1 and p.words[1] not in (ANY, GAP) and not p.words[1].endswith("*")
        }
        self.names = tuple(sections)
        self.overlapping = frozenset(overlapping)
        self._tags: dict[int, tuple[str, str, bool]] = {}  # id(pattern) -> (section, value, overlapping)
        for p in tagged:
            name, _, value = p.value.partition(SEP)
            self._tags[id(p)] = (name, value, name in self.overlapping)

    def scan(self, tokens: Sequence[Token]) -> dict[str, list[Match]]:
        per: dict[str, list[Match]] = {name: [] for name in self.names}
        n = len(tokens)
        plain = self._plain_second
        tags = self._tags
        candidates = self.index._candidates
        for i, tok in enumerate(tokens):
            cands = candidates(tok)
            if not cands:
                continue
            best: dict[str, tuple[int, Pattern]] = {}
            seen: set[str] = set()
            nxt = tokens[i + 1] if i + 1 < n else None
            for p in cands:
                words = p.words
                if len(words) == 1:
                    end = i + 1
                else:
                    second = plain.get(id(p))
                    # most multi-word cues fail on a plain second word: test it before the full match
                    if second is not None and (nxt is None or (nxt.lower != second and nxt.lemma != second)):
                        continue
                    got = _match_at(words, tokens, i, True)
                    if got is None:
                        continue
                    end = got
                name, value, overlapping = tags[id(p)]
                if overlapping:
                    if p.value not in seen:
                        seen.add(p.value)
                        per[name].append(Match(value, i, end, p))
                    continue
                cur = best.get(name)
                if cur is None or end > cur[0]:
                    best[name] = (end, p)
            for name, (end, p) in best.items():
                lst = per[name]
                if not lst or lst[-1].end <= i:
                    lst.append(Match(tags[id(p)][1], i, end, p))
        return per
