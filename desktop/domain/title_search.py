"""Occupation search over titles and alternate titles, held in memory for fast keystrokes.

Ranking, lower is better: 0 the title itself, or an abbreviation or spelled-out form in
parentheses ("RN" finds "Registered Nurse (RN)"); 1 every word whole and the title's last word
(its head noun) among them ("nurse" → Registered Nurses before Nurse Midwives); 2 every word
whole, the title starting with them; 3 every word whole; 4 word prefixes; 5 inside longer
words, only for words of SHORT_WORD letters or more ("rn" never finds "furniture").
Alternate titles rank after every kind of title match except 0. Among equals, occupations more
often called so (more titles holding every word whole) come first.

A keystroke is a few array operations over every title (no Python loop over the matches):
the words are sorted, so the words starting with what was typed are one slice of them, and
the titles holding each word are stored word after word in one array.

The index is nothing but arrays (``index_arrays``), built once from the titles when a release
is imported and saved with it, so loading it after a restart takes milliseconds: the texts
travel as one string, split at C speed.
"""

from __future__ import annotations

import bisect
import difflib
import hashlib
import re
from itertools import islice, product

import numpy as np

ALTERNATE_OFFSET = 6
SHORT_WORD = 4
NO_MATCH = 3  # a word's match kinds: 0 whole, 1 prefix, 2 inside a longer word
_NONE = np.iinfo(np.int64).max
_TOKEN = re.compile(r"[a-z0-9]+")
_PARENTHESES = re.compile(r"\s*\(([^)]*)\)\s*")
_SEPARATOR = "\n"  # before each text joined into one string (a title has none)


def words_of(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def _forms(text: str, tokens: tuple[str, ...]) -> set[str]:
    """The whole title, and what is inside and outside its parentheses, as words."""
    forms = {" ".join(tokens)}
    if "(" in text:
        lowered = text.lower()
        forms.update(" ".join(words_of(f)) for f in (*_PARENTHESES.findall(lowered),
                                                     _PARENTHESES.sub(" ", lowered)))
    return forms


def _joined(texts: list[str]) -> np.ndarray:
    return np.frombuffer("".join(_SEPARATOR + text for text in texts).encode(), dtype=np.uint8)


def _split(joined: np.ndarray) -> list[str]:
    return joined.tobytes().decode().split(_SEPARATOR)[1:]


def _form_key(form: str) -> int:
    """A stable 64-bit key of a form's text (Python's own hash changes per process)."""
    return int.from_bytes(hashlib.blake2b(form.encode(), digest_size=8).digest(), "little",
                          signed=True)


def index_arrays(titles: list[tuple[str, str, bool]]) -> dict[str, np.ndarray]:
    """The index of (code, title, is an alternate title) rows, as arrays to keep."""
    texts = [text.replace(_SEPARATOR, " ") for _, text, _ in titles]
    tokens = [tuple(words_of(text)) for text in texts]
    words = sorted({t for row in tokens for t in row})
    word_id = {word: k for k, word in enumerate(words)}
    n = len(texts)
    # The titles holding each word, word after word: word k's are holders[starts[k]:…].
    pairs = np.unique(np.array([word_id[t] for row in tokens for t in row], dtype=np.int64) * n
                      + [i for i, row in enumerate(tokens) for _ in row])
    forms = sorted((_form_key(form), i)
                   for i, (text, row) in enumerate(zip(texts, tokens, strict=True))
                   for form in _forms(text, row))
    codes = sorted({code for code, _, _ in titles})
    code_id = {code: k for k, code in enumerate(codes)}
    distinct = sorted(set(texts))  # texts by their order, for tie-breaks
    position = {text: k for k, text in enumerate(distinct)}
    occupation_title = np.full(len(codes), -1, dtype=np.int32)
    for (code, _, alternate), text in zip(titles, texts, strict=True):
        if not alternate:
            occupation_title[code_id[code]] = position[text]
    return {
        "words": _joined(words),
        "starts": np.searchsorted(pairs // n, np.arange(len(words) + 1)).astype(np.int32),
        "holders": (pairs % n).astype(np.int32),
        "token_ids": np.array([word_id[t] for row in tokens for t in row], dtype=np.int32),
        "token_starts": np.cumsum([0] + [len(row) for row in tokens], dtype=np.int32),
        "form_keys": np.array([key for key, _ in forms], dtype=np.int64),
        "form_titles": np.array([i for _, i in forms], dtype=np.int32),
        "codes": _joined(codes),
        "code": np.array([code_id[code] for code, _, _ in titles], dtype=np.int32),
        "alternate": np.array([alternate for _, _, alternate in titles], dtype=bool),
        "texts": _joined(distinct),
        "text_starts": np.cumsum([1] + [len(text) + 1 for text in distinct], dtype=np.int32),
        "text_order": np.array([position[t] for t in texts], dtype=np.int32),
        "occupation_title": occupation_title,
    }


class TitleIndex:
    """Every title and alternate title with an inverted index from words to titles."""

    def __init__(self, arrays: dict[str, np.ndarray]) -> None:
        """An index from ``index_arrays``' arrays (computed now, or kept and loaded)."""
        self.words = _split(arrays["words"])
        self._all_words = "\n".join(self.words)  # scanned at C speed for letters in words
        self._word_id = {word: k for k, word in enumerate(self.words)}
        lengths = np.array([len(w) + 1 for w in self.words], dtype=np.int64)
        self._word_offsets = np.cumsum(lengths) - lengths
        self._starts, self._holders = arrays["starts"], arrays["holders"]
        self._token_ids, self._token_starts = arrays["token_ids"], arrays["token_starts"]
        self._form_keys, self._form_titles = arrays["form_keys"], arrays["form_titles"]
        self.codes = _split(arrays["codes"])
        self._code, self._alternate = arrays["code"], arrays["alternate"]
        # Texts by their order, for tie-breaks: text k is _texts[_text_starts[k]:…[k + 1] - 1].
        self._texts = arrays["texts"].tobytes().decode()
        self._text_starts = arrays["text_starts"]
        self._text_order = arrays["text_order"]
        self._length = np.diff(self._text_starts) - 1
        self._text_bits = len(self._length).bit_length()
        last = self._token_starts[1:] - 1  # each title's last word (-1: a title of no words)
        self._last = np.where(np.diff(self._token_starts) > 0,
                              self._token_ids[np.maximum(last, 0)], -1)
        self.occupation_titles = {code: self._text(k) for code, k in zip(
            self.codes, arrays["occupation_title"].tolist(), strict=True) if k >= 0}

    @classmethod
    def of(cls, titles: list[tuple[str, str, bool]]) -> TitleIndex:
        return cls(index_arrays(titles))

    def _holding(self, first: int, end: int) -> np.ndarray:
        """Titles holding any of the words ``first`` … ``end - 1`` (in sorted order)."""
        return self._holders[self._starts[first]:self._starts[end]]

    def _kinds(self, word: str) -> tuple[np.ndarray, list[int]]:
        """Per title, how it holds ``word`` (0 whole … NO_MATCH); the words matching whole."""
        kinds = np.full(len(self._code), NO_MATCH, dtype=np.int8)
        if len(word) >= SHORT_WORD:
            at = [m.start() for m in re.finditer(re.escape(word), self._all_words)]
            inside = np.unique(np.searchsorted(self._word_offsets, at, side="right") - 1)
            if len(inside):
                kinds[np.concatenate([self._holding(k, k + 1) for k in inside])] = 2
        first = bisect.bisect_left(self.words, word)
        end = bisect.bisect_left(self.words, word + "\uffff")  # every word starting so
        kinds[self._holding(first, end)] = 1
        whole = [self._word_id[w] for w in (word, word + "s", word + "es") if w in self._word_id]
        for k in whole:
            kinds[self._holding(k, k + 1)] = 0
        return kinds, whole

    def search(self, query: str) -> list[tuple[str, str]]:
        """(code, best matching title) for every matching occupation, best first."""
        words = words_of(query)
        if not words:
            return []
        kind = np.zeros(len(self._code), dtype=np.int8)
        whole: list[int] = []
        for word in words:
            kinds, whole_ids = self._kinds(word)
            kind = np.maximum(kind, kinds)
            whole += whole_ids
        found = np.flatnonzero(kind < NO_MATCH)
        kind = kind[found]
        rank = np.where(kind > 0, 3 + kind, 3).astype(np.int32)
        wholly = kind == 0
        rank[wholly & np.isin(self._last[found], whole)] = 1
        rank[self._opening(words, found, wholly & (rank == 3))] = 2
        joined = " ".join(words)
        rank[np.isin(found, np.concatenate([self._named(joined), self._named(joined + "s")]))] = 0
        codes = self._code[found]
        hits = np.bincount(codes[rank <= 3], minlength=len(self.codes))
        rank[(rank > 0) & self._alternate[found]] += ALTERNATE_OFFSET
        # Each occupation's best title: the least (rank, title), packed into one integer.
        best = np.full(len(self.codes), _NONE)
        np.minimum.at(best, codes, (rank.astype(np.int64) << self._text_bits)
                      | self._text_order[found])
        listed = np.flatnonzero(best != _NONE)
        rank, text = best[listed] >> self._text_bits, best[listed] & ((1 << self._text_bits) - 1)
        order = np.lexsort((listed, text, self._length[text], -hits[listed], rank))
        return [(self.codes[code], self._text(k))
                for code, k in zip(listed[order].tolist(), text[order].tolist(), strict=True)]

    def _opening(self, words: list[str], found: np.ndarray, among: np.ndarray) -> np.ndarray:
        """Which of ``found[among]`` start with ``words``, as indexes into ``found``."""
        candidates = np.flatnonzero(among)
        starts = self._token_starts[found[candidates]]
        opens = self._token_starts[found[candidates] + 1] - starts >= len(words)
        for j, word in enumerate(words):
            at = np.minimum(starts + j, len(self._token_ids) - 1)
            opens &= self._token_ids[at] == self._word_id.get(word, -1)
        return np.extract(opens, candidates)

    def _named(self, form: str) -> np.ndarray:
        """The titles that are ``form`` (or have it in or outside their parentheses)."""
        key = _form_key(form)
        first, end = (int(np.searchsorted(self._form_keys, key, side=side))
                      for side in ("left", "right"))
        return self._form_titles[first:end]

    def _text(self, k: int) -> str:
        return self._texts[self._text_starts[k]:self._text_starts[k + 1] - 1]

    def suggestions(self, query: str, limit: int = 3) -> list[str]:
        """Close spellings of a query ("pogrammer" → "programmer") that find something."""
        options = []
        for word in words_of(query):
            close = [word] if word in self._word_id else difflib.get_close_matches(
                word, self.words, 3, 0.75)
            if not close:
                return []
            options.append(close)
        typed = " ".join(words_of(query))
        found = []
        for words in islice(product(*options), 9):
            candidate = " ".join(words)
            if candidate != typed and self.search(candidate):
                found.append(candidate)
        return found[:limit]
