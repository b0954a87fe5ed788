"""Occupation search over titles and alternate titles, held in memory for fast keystrokes.

Ranking, lower is better: 0 the title itself, or an abbreviation or spelled-out form in
parentheses ("RN" finds "Registered Nurse (RN)"); 1 every word whole and the title's last word
(its head noun) among them ("nurse" → Registered Nurses before Nurse Midwives); 2 every word
whole, the title starting with them; 3 every word whole; 4 word prefixes; 5 inside longer
words, only for words of SHORT_WORD letters or more ("rn" never finds "furniture").
Alternate titles rank after every kind of title match except 0. Among equals, occupations more
often called so (more titles holding every word whole) come first.
"""

from __future__ import annotations

import bisect
import difflib
import re
from dataclasses import dataclass
from itertools import islice, product

ALTERNATE_OFFSET = 6
SHORT_WORD = 4
_TOKEN = re.compile(r"[a-z0-9]+")
_PARENTHESES = re.compile(r"\s*\(([^)]*)\)\s*")


def words_of(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def _whole(token: str, word: str) -> bool:
    return token in (word, word + "s", word + "es")


@dataclass(frozen=True)
class Title:
    code: str
    text: str
    alternate: bool
    tokens: tuple[str, ...]
    forms: frozenset[str]  # the whole title, and inside and outside its parentheses

    @classmethod
    def of(cls, code: str, text: str, alternate: bool) -> Title:
        lowered = text.lower()
        tokens = tuple(_TOKEN.findall(lowered))
        forms = {" ".join(tokens)}
        if "(" in lowered:
            forms.update(" ".join(words_of(f)) for f in (*_PARENTHESES.findall(lowered),
                                                         _PARENTHESES.sub(" ", lowered)))
        return cls(code, text, alternate, tokens, frozenset(forms))

    def rank(self, words: list[str]) -> int | None:
        """This title's rank for the query ``words`` (None: no match), before any offset."""
        query = " ".join(words)
        if query in self.forms or query + "s" in self.forms:
            return 0
        kinds = []
        for word in words:
            if any(_whole(t, word) for t in self.tokens):
                kinds.append(0)
            elif any(t.startswith(word) for t in self.tokens):
                kinds.append(1)
            elif len(word) >= SHORT_WORD and any(word in t for t in self.tokens):
                kinds.append(2)
            else:
                return None
        if max(kinds):
            rank = 3 + max(kinds)
        elif any(_whole(self.tokens[-1], w) for w in words):
            rank = 1
        else:
            rank = 2 if self.tokens[:len(words)] == tuple(words) else 3
        return rank


class TitleIndex:
    """Every title and alternate title with an inverted index from words to titles."""

    def __init__(self, titles: list[tuple[str, str, bool]]) -> None:
        self.titles = [Title.of(code, text, alternate) for code, text, alternate in titles]
        postings: dict[str, set[int]] = {}
        for i, title in enumerate(self.titles):
            for token in title.tokens:
                postings.setdefault(token, set()).add(i)
        self.words = sorted(postings)
        self._postings = postings

    def _titles_with(self, word: str) -> set[int]:
        """Titles holding a word that starts with ``word`` (or, if long, contains it)."""
        if len(word) >= SHORT_WORD:
            tokens = [t for t in self.words if word in t]
        else:
            start = bisect.bisect_left(self.words, word)
            tokens = []
            for token in islice(self.words, start, None):
                if not token.startswith(word):
                    break
                tokens.append(token)
        return set().union(*(self._postings[t] for t in tokens))

    def search(self, query: str) -> list[tuple[str, str]]:
        """(code, best matching title) for every matching occupation, best first."""
        words = words_of(query)
        if not words:
            return []
        candidates = self._titles_with(words[0])
        for word in words[1:]:
            candidates &= self._titles_with(word)
        best: dict[str, tuple[int, str]] = {}
        hits: dict[str, int] = {}
        for i in candidates:
            title = self.titles[i]
            rank = title.rank(words)
            if rank is None:
                continue
            hits[title.code] = hits.get(title.code, 0) + (rank <= 3)
            if rank and title.alternate:
                rank += ALTERNATE_OFFSET
            if title.code not in best or (rank, title.text) < best[title.code]:
                best[title.code] = (rank, title.text)
        order = sorted(best, key=lambda c: (best[c][0], -hits[c], len(best[c][1]), best[c][1], c))
        return [(code, best[code][1]) for code in order]

    def suggestions(self, query: str, limit: int = 3) -> list[str]:
        """Close spellings of a query ("pogrammer" → "programmer") that find something."""
        options = []
        for word in words_of(query):
            close = [word] if word in self._postings else difflib.get_close_matches(
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
