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
"""

from __future__ import annotations

import bisect
import difflib
import re
from itertools import islice, product

import numpy as np

ALTERNATE_OFFSET = 6
SHORT_WORD = 4
NO_MATCH = 3  # a word's match kinds: 0 whole, 1 prefix, 2 inside a longer word
_NONE = np.iinfo(np.int64).max
_TOKEN = re.compile(r"[a-z0-9]+")
_PARENTHESES = re.compile(r"\s*\(([^)]*)\)\s*")


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


class TitleIndex:
    """Every title and alternate title with an inverted index from words to titles."""

    def __init__(self, titles: list[tuple[str, str, bool]]) -> None:
        self._texts = [text for _, text, _ in titles]
        self._tokens = [tuple(words_of(text)) for text in self._texts]
        self.words = sorted({t for tokens in self._tokens for t in tokens})
        self._word_id = {word: k for k, word in enumerate(self.words)}
        self._all_words = "\n".join(self.words)  # scanned at C speed for letters inside words
        self._word_offsets = np.cumsum([0] + [len(w) + 1 for w in self.words[:-1]])
        # The titles holding each word, word after word: word k's are holders[starts[k]:…].
        n = len(self._texts)
        pairs = np.unique(np.array([self._word_id[t] for tokens in self._tokens for t in tokens],
                                   dtype=np.int64) * n
                          + [i for i, tokens in enumerate(self._tokens) for _ in tokens])
        self._starts = np.searchsorted(pairs // n, np.arange(len(self.words) + 1))
        self._holders = (pairs % n).astype(np.int32)
        self._forms: dict[str, list[int]] = {}
        for i, (text, tokens) in enumerate(zip(self._texts, self._tokens, strict=True)):
            for form in _forms(text, tokens):
                self._forms.setdefault(form, []).append(i)
        self.codes = sorted({code for code, _, _ in titles})
        code_id = {code: k for k, code in enumerate(self.codes)}
        self._code = np.array([code_id[code] for code, _, _ in titles], dtype=np.int32)
        self._alternate = np.array([alternate for _, _, alternate in titles], dtype=bool)
        self._distinct = sorted(set(self._texts))  # texts by their order, for tie-breaks
        position = {text: k for k, text in enumerate(self._distinct)}
        self._text_order = np.array([position[t] for t in self._texts], dtype=np.int64)
        self._text_bits = len(self._distinct).bit_length()
        self._length = np.array([len(text) for text in self._distinct])
        self._last = np.array([self._word_id[t[-1]] if t else -1 for t in self._tokens])
        self.occupation_titles = {code: text for code, text, alternate in titles
                                  if not alternate}

    def _holding(self, first: int, end: int) -> np.ndarray:
        """Titles holding any of the words ``first`` … ``end - 1`` (in sorted order)."""
        return self._holders[self._starts[first]:self._starts[end]]

    def _kinds(self, word: str) -> tuple[np.ndarray, list[int]]:
        """Per title, how it holds ``word`` (0 whole … NO_MATCH); the words matching whole."""
        kinds = np.full(len(self._texts), NO_MATCH, dtype=np.int8)
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
        kind = np.zeros(len(self._texts), dtype=np.int8)
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
        opening = tuple(words)
        for k in np.flatnonzero(wholly & (rank == 3)):
            if self._tokens[found[k]][:len(words)] == opening:
                rank[k] = 2
        joined = " ".join(words)
        exact = self._forms.get(joined, []) + self._forms.get(joined + "s", [])
        rank[np.isin(found, exact)] = 0
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
        return [(self.codes[code], self._distinct[k])
                for code, k in zip(listed[order].tolist(), text[order].tolist(), strict=True)]

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
