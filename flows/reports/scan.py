"""Scanning with a pattern that Python's regex engine cannot skip through quickly.

`re` jumps over text fast only when a pattern starts with a literal, a character class or an
alternation of literals. A pattern that opens with an optional part or a lookbehind (`(?:驻村)?POST`,
`(?<![\u4e00-\u9fff])WORD`) is tried at every character of the page instead. `AnchoredPattern` pairs such a
pattern with `starts`, a pattern of plain words that every one of its matches begins with: `starts`
finds the next place a match could begin, and the pattern is tried only there. The matches are the
same as the pattern's own `finditer` / `search` over the same range.

Two pattern writers serve the same end: `trie_pattern(words)` (a long word list as a tree of characters,
the longest word at each position, as a longest-first alternation matches) and `numeral_run(chinese)`
(a run of digits or of Chinese numerals, opening with one character class).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class AnchoredPattern:
    """`pattern` never matches the empty string, and each of its matches begins where `starts` matches."""

    pattern: re.Pattern[str]
    starts: re.Pattern[str]

    def __post_init__(self) -> None:
        if self.pattern.match(""):
            raise ValueError(f"AnchoredPattern: {self.pattern.pattern[:60]!r} matches the empty string; "
                             "anchor only a pattern that always consumes text")

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """The matches `pattern.finditer(text, pos, endpos)` returns, in order."""
        end = len(text) if endpos is None else min(endpos, len(text))
        find, match = self.starts.search, self.pattern.match
        while pos < end:
            cue = find(text, pos, end)
            if cue is None:
                return
            found = match(text, cue.start(), end)
            if found is None:
                pos = cue.start() + 1
                continue
            yield found
            pos = found.end()

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """The match `pattern.search(text, pos, endpos)` returns."""
        return next(self.finditer(text, pos, endpos), None)


def trie_pattern(words: list[str] | tuple[str, ...]) -> str:
    """The words as one regular expression that matches, at each position, the longest word starting there:
    what an alternation of them sorted longest first matches, written as a tree of their characters so the
    engine follows the text down one branch instead of trying every word in turn."""
    root: dict[str, dict] = {}
    for word in words:
        if not word:
            raise ValueError("trie_pattern: an empty word would match everywhere")
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def words_under(node: dict[str, dict]) -> int:
        return sum(words_under(child) if ch else 1 for ch, child in node.items())

    def build(node: dict[str, dict]) -> str:
        # the branches open with different characters, so at most one goes on and their order changes no match;
        # re tries them in turn, so the one most words go through comes first (其 before 峁 at 其中/其他/…)
        children = sorted(((ch, child) for ch, child in node.items() if ch), key=lambda kv: (-words_under(kv[1]), kv[0]))
        branches = [re.escape(ch) + build(child) for ch, child in children]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # a word ending here is the fallback when no longer one goes on: optional, tried after the branches
        return f"(?:{body})?" if "" in node else body

    return build(root)


def numeral_run(chinese: str) -> str:
    """A pattern that matches what `(?:\\d+|[<chinese>]+)` matches (a run of digits or a run of the given
    Chinese numerals), written to open with one character class so that a pattern starting with it is
    skipped through at C speed instead of being tried at every character. `chinese` holds no digit."""
    if any(ch.isdigit() for ch in chinese):
        raise ValueError(f"numeral_run: {chinese!r} holds a digit; the two runs must not overlap")
    cls = re.escape(chinese)
    return rf"[\d{cls}](?:(?<=\d)\d*|(?<!\d)[{cls}]*)"


def numeral_run_or(chinese: str, after: str, word: str) -> str:
    """A pattern that matches what `(?:<numeral_run(chinese)><after>|<word>)` matches, written to open with one
    character class (an alternation that opens with a class and a literal gets no first-character set from
    `re`, and is tried at every character). `word` is one character, neither a digit nor one of `chinese`."""
    if len(word) != 1 or word.isdigit() or word in chinese:
        raise ValueError(f"numeral_run_or: {word!r} must be one character outside the numerals")
    if any(ch.isdigit() for ch in chinese):
        raise ValueError(f"numeral_run_or: {chinese!r} holds a digit; the two runs must not overlap")
    cls, w = re.escape(chinese), re.escape(word)
    # the first character decides the branch, read back by a lookbehind at it (as numeral_run does)
    return rf"[\d{cls}{w}](?:(?<=\d)\d*(?:{after})|(?<![\d{w}])[{cls}]*(?:{after})|(?<={w}))"


def spelled_out(*parts: tuple[str, ...]) -> list[str]:
    """Every string `(?:a|b)(?:c|d)?…` matches, one part after another, in the order re tries them: a part's
    alternatives in turn, "" (an optional part left out) where it stands ((?:c|d)? is ("c", "d", "")). Joined
    as one alternation of literals, a run of optional words opens a pattern that re skips to at C speed (an
    opening optional part gets no first-character set and is tried at every character); the order kept, the
    matches are the same."""
    found: list[str] = [""]
    for part in parts:
        found = [head + tail for head in found for tail in part]
    if "" in found:
        raise ValueError("spelled_out: the parts may all be left out, and an empty word matches everywhere")
    return list(dict.fromkeys(found))  # a word written again later is tried again to no other end


def alternation_by_first(words: Iterable[str]) -> str:
    """`w1|w2|…` with the words that open with one character written once behind it (全(?:自治区|省|县)|我(?:省|县)),
    each word where it stood among those of its character: words opening with different characters never match at
    one place, so re tries the same words in the same order, passing over a group at one look instead of word by
    word. Every alternative still opens with a literal, which re skips to at C speed."""
    words = list(words)
    if "" in words:  # an empty word opens with no character: written as it is
        return "|".join(map(re.escape, words))
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(re.escape(first + tails[0]) if len(tails) == 1
                    else re.escape(first) + "(?:" + "|".join(map(re.escape, tails)) + ")"
                    for first, tails in groups.items())
