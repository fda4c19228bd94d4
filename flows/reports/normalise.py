"""Normalise OCR'd report text, keeping a map from every normalised offset back to the read text.

- a page in traditional characters is read in simplified ones, character for character
  (script.to_simplified: 駐村幹部 → 驻村干部); a simplified page is not touched;
- pinyin residue inside words dropped (`鄉(xiāng)` → `鄉`, script.PINYIN_RESIDUE);
- full-width digits, Latin letters and ASCII punctuation → half-width (１２３ → 123, ％ → %);
- corner brackets → quotation marks (「第一書記」 → “第一书记”, 『』 → ‘’);
- stray spaces next to Chinese characters or digits removed (`344 名` → `344名`, `2 万` → `2万`);
  a space between two Latin words is kept;
- OCR line breaks inside a sentence joined (`派驻干\n\n部` → `派驻干部`, `285\n名` → `285名`),
  while paragraph ends and short lines (headlines, bylines) keep one "\n".

A line is joined to the next when it does not end a sentence and is "full": as long as the
lines around it (a column line broken by the layout), or longer than a headline can be.
Offsets in facts and people refer to the normalised text; `NormalisedText.to_original`
maps them back to the text as read (line ends already "\n").
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from flows.reports.catalog import load_vocabulary, navigation_line
from flows.reports.script import PINYIN_RESIDUE, is_pinyin, to_simplified

# Full-width ASCII block (！..～) → ASCII, ideographic space → space. One char for one char.
_FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20
# Keep the Chinese sentence punctuation as written (，：；！？（）): it reads better in evidence,
# and the splitters know both forms.
for _keep in (0xFF0C, 0xFF1A, 0xFF1B, 0xFF01, 0xFF1F, 0xFF08, 0xFF09):
    del _FULLWIDTH[_keep]
# Corner brackets (「第一書記」, 『…』), as Hong Kong and Taiwan pages quote, → the quotation marks the rules
# know (“第一书记”, ‘…’): one character for one character, offsets kept.
_FULLWIDTH.update({0x300C: 0x201C, 0x300D: 0x201D, 0x300E: 0x2018, 0x300F: 0x2019})
# str.translate looks every character of the page up in the table (~0.2 ms a page); only runs of the
# characters it changes are handed to it.
_FULLWIDTH_RUN = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_FULLWIDTH)) + "]+")

TERMINAL = set("。！？!?；;…")
CLOSERS = set("”’」』)）】》\"'")
CONTINUE_NEXT = set("，,、：:；;）)”」』%。")  # a line starting with these continues the previous one
CONTINUE_PREV = set("，,、“‘「『（(：:—-/")   # a line ending with these continues on the next
UNIT_START = set("名个人户元万亿千百%岁年月日亩米公项支位座家笔处套件余多起条次")
WORD_TAIL_PUNCT = set("，,。、；;：:")  # "业。开展…": one character of a broken word, then punctuation
FULL_LINE = 48  # longer than any headline: a line this long was broken by the layout, not by the author

_SPACES = re.compile(r"[ \t\xa0\u2002\u2003\u2009\u200b]+")
_DROP_CUE = re.compile(r"[ \t\xa0\u2002\u2003\u2009\u200b(（]")  # what _drops needs to find anything


def _half_width(run: re.Match[str]) -> str:
    return run.group(0).translate(_FULLWIDTH)


def _is_word(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _drops(line: str):
    """Spans of `line` that may be dropped, in order: runs of blanks, and pinyin residue after a Han character."""
    spaces = list(_SPACES.finditer(line))
    if "(" not in line and "（" not in line:
        return spaces
    residue = [m for m in PINYIN_RESIDUE.finditer(line) if is_pinyin(m.group(1), line[m.start() - 1] != "?")]
    if not residue:
        return spaces
    inside = [(m.start(), m.end()) for m in residue]
    spaces = [m for m in spaces if not any(a <= m.start() < b for a, b in inside)]  # (bāng fú): one residue
    return sorted([*spaces, *residue], key=lambda m: m.start())


def _pieces(line: str, base: int) -> tuple[list[tuple[int, int]], str]:
    """Spans of `line` to keep (absolute offsets) and their concatenation: stray spaces and pinyin residue dropped."""
    if _DROP_CUE.search(line) is None:  # most lines: no blank, no bracket, nothing to drop
        return ([(base, base + len(line))] if line else []), line
    drops = _drops(line)
    if not drops:
        return [(base, base + len(line))] if line else [], line
    spans: list[tuple[int, int]] = []
    pos, end = 0, len(line)
    for match in drops:
        start, stop = match.span()
        if match.re is PINYIN_RESIDUE:
            if start > pos:
                spans.append((pos, start))
            pos = stop
            continue
        if start == 0 or stop == end:  # leading/trailing blanks
            if start > pos:
                spans.append((pos, start))
            pos = stop
            continue
        if _is_word(line[start - 1]) and _is_word(line[stop]) and not (line[start - 1].isdigit() and line[stop].isdigit()):
            continue  # a space between Latin words is real
        spans.append((pos, start))
        pos = stop
    if pos < end:
        spans.append((pos, end))
    text = "".join(line[a:b] for a, b in spans)
    return [(a + base, b + base) for a, b in spans], text


def _ends_sentence(line: str) -> bool:
    last = line[-1]
    if last in TERMINAL:
        return True
    return last in CLOSERS and len(line) > 1 and line[-2] in TERMINAL


@dataclass
class NormalisedText:
    """The normalised text and a piecewise map back to the text as read."""

    text: str
    original: str              # the text as read (line ends "\n", full-width ASCII half-width), not converted
    _norm_starts: list[int] = field(default_factory=list, repr=False)
    _orig_starts: list[int] = field(default_factory=list, repr=False)
    simplified: bool = False   # the page was in traditional characters and is read in simplified ones

    def to_original(self, pos: int) -> int:
        """Offset in the read text of normalised offset `pos` (an end offset maps past its last char)."""
        if not self._norm_starts:
            return pos
        i = bisect_right(self._norm_starts, pos) - 1
        if i < 0:
            return pos
        return self._orig_starts[i] + (pos - self._norm_starts[i])


def width(line: str) -> float:
    """Printed width in Chinese characters: an ASCII digit or letter takes half a column."""
    return len(line) - len(line.encode("ascii", "ignore")) / 2


NEW_BLOCK = ("□", "■", "——", "本报讯", "本报记者", "新华社", "（上接", "(上接", "（下转", "(下转")
_NAVIGATION_RE = navigation_line()
_NAVIGATION_FIRST = frozenset("【[〖（(>»＞·•■□◆◇▶►| \t") | {cue[0] for cue in load_vocabulary().words("navigation_cue")}


# Bylines and page furniture (版次, 日期, 编辑) are never the first half of a body sentence.
_HEADER_LINE_RE = re.compile(r"^(?:[□■◇◆]|本报记者|记者|通讯员)|(?:摄|文/图|报道)$|星期|第\d+版|编辑|校对")


def should_join(prev: str, nxt: str, local_max: float, column: float | Callable[[], float] = 0.0,
                prev_width: float | None = None) -> bool:
    """Is the break between line `prev` and line `nxt` an OCR break inside a sentence? `column` (the
    width the lines around fill) may be given as a function, called only when the decision needs it;
    `prev_width`: width(prev), when the caller has it already."""
    if not prev or not nxt:
        return False
    if nxt.startswith(NEW_BLOCK) or (nxt[0] in _NAVIGATION_FIRST and _NAVIGATION_RE.match(nxt)):
        return False  # (上一篇：…, 相关新闻: the page's navigation is never the end of a sentence)
    if nxt[0] in CONTINUE_NEXT:
        return True
    if _ends_sentence(prev):
        return False
    if (prev[-1].isdigit() or (prev[-1] in "余多" and prev[-2:-1].isdigit())) and (nxt[0].isdigit() or nxt[0] in UNIT_START):
        return True  # 285 / 名, 420余 / 件: a number and its unit
    if prev.endswith("摄"):
        return False  # a photo credit closes a caption
    if prev[-1] in CONTINUE_PREV:
        return True
    if len(nxt) > 2 and nxt[1] in WORD_TAIL_PUNCT and "\u4e00" <= nxt[0] <= "\u9fff" and "\u4e00" <= prev[-1] <= "\u9fff" \
            and (width(prev) if prev_width is None else prev_width) >= 0.5 * local_max:
        return True  # 实现就 / 业。开展: the next line finishes the word this one broke
    w = width(prev) if prev_width is None else prev_width
    if w >= 12 and ("，" in prev[1:-1] or "," in prev[1:-1]) and local_max < 1.6 * w:
        return True  # a clause ended inside a column-wide line: body text broken by the layout, not a headline
    if any(ch in TERMINAL for ch in prev[:-1]) or (w >= 34 and ("，" in prev or "," in prev)):
        return True  # a sentence already ended (or ran on) inside this line: body text, not a headline
    if callable(column):
        column = column()
    if column >= 10 and 0.9 * column <= w <= 1.15 * column and not _HEADER_LINE_RE.search(prev) \
            and not nxt.startswith(("——", "□", "■")):
        return True  # as wide as the column the lines around it fill: a wide headline or caption nearby does not count
    return w >= FULL_LINE or (local_max >= 8 and w >= 0.8 * local_max)


def _column(lengths: list[float], i: int) -> float:
    """The width most lines around line i fill (their median), or 0 when too few lines are body-wide."""
    around = sorted([x for x in lengths[max(0, i - 4): i + 5] if x >= 6])
    return around[len(around) // 2] if len(around) >= 5 else 0.0


def normalise(raw: str) -> NormalisedText:
    """Normalise a report's text (see the module docstring)."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n") if "\r" in raw else raw
    text = _FULLWIDTH_RUN.sub(_half_width, text)
    read = text
    converted = to_simplified(text)  # same length as `text`: offsets into it are offsets into `read`
    if converted is not None:
        text = converted
    lines: list[tuple[list[tuple[int, int]], str, int]] = []  # (spans, text, offset of the "\n" after it)
    base = 0
    for line in text.split("\n"):
        spans, clean = _pieces(line, base)
        if clean:
            lines.append((spans, clean, base + len(line)))
        base += len(line) + 1
    lengths = [width(clean) for _, clean, _ in lines]
    out: list[str] = []
    norm_starts: list[int] = []
    orig_starts: list[int] = []
    pos = 0
    last, text_end = len(lines) - 1, len(text) - 1
    for i, (spans, clean, newline_at) in enumerate(lines):
        if len(spans) == 1:  # a line kept whole (most lines): its one span is `clean`
            norm_starts.append(pos)
            orig_starts.append(spans[0][0])
            out.append(clean)
            pos += len(clean)
        else:
            for a, b in spans:
                norm_starts.append(pos)
                orig_starts.append(a)
                out.append(text[a:b])
                pos += b - a
        if i < last:
            local_max = max(lengths[max(0, i - 3): i + 4])  # never empty: it holds line i
            if not should_join(clean, lines[i + 1][1], local_max, partial(_column, lengths, i), lengths[i]):
                norm_starts.append(pos)
                orig_starts.append(min(newline_at, text_end))
                out.append("\n")
                pos += 1
    return NormalisedText("".join(out), read, norm_starts, orig_starts, converted is not None)
