"""Normalise OCR'd report text, keeping a map from every normalised offset back to the read text.

- a page in traditional characters is read in simplified ones, character for character
  (script.to_simplified: 駐村幹部 → 驻村干部); a simplified page is not touched;
- pinyin residue inside words dropped (`鄉(xiāng)` → `鄉`, script.PINYIN_RESIDUE);
- markup residue of a web page dropped or read: tags (`第一<span>书记</span>`, ruby annotations
  `<rt>…</rt>` with their text, Word's `<o:p>`), character entities read as the character they name
  (`&ldquo;` → “, `&#19975;` → 万; `&nbsp;` is a blank), invisible format characters (soft hyphen,
  zero-width joiners, word joiner, a stray byte-order mark) and emoji scattered by a spam mirror
  (`驻(✒)村`, `驻村😘干部`) dropped;
- full-width digits, Latin letters and ASCII punctuation → half-width (１２３ → 123, ％ → %);
- corner brackets → quotation marks (「第一書記」 → “第一书记”, 『』 → ‘’);
- the look-alike code points a PDF's text layer (or a Big5 conversion) prints for Han characters and
  punctuation read as those characters (the small and vertical forms ﹐﹔﹙﹚ as ,;()): Kangxi radicals and CJK compatibility ideographs by their Unicode compatibility
  mapping (`⼯作⼈员` → `工作人员`), radical forms that stand for a whole character by the table below
  (`⼈⺠` → `人民`, `⻔` → `门`);
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

import html
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from flows.reports.catalog import load_vocabulary, navigation_line
from flows.reports.script import PINYIN_REPEAT, PINYIN_RESIDUE, convert, is_pinyin, to_simplified

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
# Han look-alikes, one character for one: Kangxi radicals (⼀ U+2F00 … ⿕), CJK compatibility ideographs
# (U+F900 …, U+2F800 …) and the two radical forms Unicode maps, by NFKC; the radical forms (U+2E80 …)
# that a PDF font prints for a whole character, which Unicode does not map, by their names.
# With them, the vertical and small forms of punctuation that Big5 pages print (﹐ ﹔ ︰ ﹙﹚) as the ones the rules know.
for _start, _stop in ((0x2E80, 0x2F00), (0x2F00, 0x2FE0), (0xF900, 0xFB00), (0x2F800, 0x2FA20),
                      (0xFE10, 0xFE20), (0xFE30, 0xFE70)):
    for _code in range(_start, _stop):
        _nfkc = unicodedata.normalize("NFKC", chr(_code))
        if len(_nfkc) == 1 and _nfkc != chr(_code):
            _FULLWIDTH[_code] = ord(_nfkc)
_FULLWIDTH.update({ord(radical): ord(han) for radical, han in zip(
    "⺝⺠⺩⺼⻄⻅⻆⻉⻋⻑⻓⻔⻗⻘⻙⻚⻛⻜⻢⻣⻤⻥⻦⻧⻨⻩⻪⻬⻮⻰⻱",   # MOON CIVILIAN JADE MEAT WEST-TWO, C-SIMPLIFIED SEE …
    "月民王月西见角贝车長长门雨青韦页风飞马骨鬼鱼鸟卤麦黄黾齐齿龙龜")})


def _char_class(codes: list[int]) -> str:
    """A regex class of the code points, consecutive ones written as a range (the look-alike blocks
    listed one by one would make every character of the page a slow look-up)."""
    parts, start = [], None
    for i, code in enumerate(codes):
        start = code if start is None else start
        if i + 1 == len(codes) or codes[i + 1] != code + 1:
            parts.append(re.escape(chr(start)) + ("" if code == start else "-" + re.escape(chr(code))))
            start = None
    return "[" + "".join(parts) + "]"


# str.translate looks every character of the page up in the table (~0.2 ms a page); only runs of the
# characters it changes are handed to it. (X then X*, not X+: a pattern that opens with a repeat gets no
# first-character set from re and is tried at every character; one that opens with a class is skipped through.)
_FULLWIDTH_RUN = re.compile(_char_class(sorted(_FULLWIDTH)) * 2 + "*")

TERMINAL = set("。！？!?；;…")
CLOSERS = set("”’」』)）】》\"'")
CONTINUE_NEXT = set("，,、：:；;）)”」』%。")  # a line starting with these continues the previous one
CONTINUE_PREV = set("，,、“‘「『（(：:—-/")   # a line ending with these continues on the next
UNIT_START = set("名个人户元万亿千百%岁年月日亩米公项支位座家笔处套件余多起条次")
WORD_TAIL_PUNCT = set("，,。、；;：:")  # "业。开展…": one character of a broken word, then punctuation
FULL_LINE = 48  # longer than any headline: a line this long was broken by the layout, not by the author

_SPACES = re.compile(r"[ \t\xa0\u2002\u2003\u2009\u200b][ \t\xa0\u2002\u2003\u2009\u200b]*")  # X then X*: see _FULLWIDTH_RUN
# Format characters a web page leaves inside words, never seen and never a word break.
_INVISIBLE_CHARS = "\u00ad\u180e\u200c-\u200f\u2060-\u2064\ufeff"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]+")
# Emoji and dingbats a spam mirror scatters between the characters of a page, bare or in parentheses
# (驻(✒)村, 驻村😘干部): never part of a word, a number or a name.
_EMOJI_CHARS = "\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F"
# ([(（] ?[E]+ ?[)）]|[E]+ written to open with one class, its first character read back by a lookbehind: an
# alternation of classes gets no first-character set from re and is tried at every character of every line)
_SCATTERED = re.compile(f"[(（{_EMOJI_CHARS}{_INVISIBLE_CHARS}]"
                        f"(?:(?<=[(（]) ?[{_EMOJI_CHARS}{_INVISIBLE_CHARS}]+ ?[)）]|(?<![(（])[{_EMOJI_CHARS}{_INVISIBLE_CHARS}]*)")
# A tag (an HTML/XML name right after "<", "</"; Word's <o:p>), a ruby annotation with its text, a comment.
_MARKUP = re.compile(r"<(r[tp])(?:\s[^<>\n]{0,80})?>[^<>\n]{0,40}</\1\s*>"
                     r"|</?[a-zA-Z][a-zA-Z0-9]{0,9}(?::[a-zA-Z0-9]{1,10})?(?:\s[^<>\n]{0,200})?/?>"
                     r"|<!--[^\n]{0,200}?-->")
# A character entity: named with its ";", numeric, or one of the few names pages write without the ";";
# escaped once more by a careless page (&amp;nbsp;, &amp;ldquo;), the entity it escapes.
_ENTITY = re.compile(r"&(?:amp;){0,3}(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[a-zA-Z][a-zA-Z0-9]{1,31};"
                     r"|(?:nbsp|amp|quot|lt|gt)(?![a-zA-Z0-9]))")
_ESCAPED_AGAIN = re.compile(r"^&(?:amp;)+(?=.)")
# What _drops needs to find anything.
_DROP_CUE = re.compile(f"[ \t\xa0\u2002\u2003\u2009\u200b(（<&{_INVISIBLE_CHARS}{_EMOJI_CHARS}]")

# What only _drops finds: a bracket (pinyin), markup, an entity, an invisible character, an emoji.
_RESIDUE_CUE = re.compile(f"[(（<&{_INVISIBLE_CHARS}{_EMOJI_CHARS}]")

BLANK, DROP = "blank", "drop"  # how a span of a line goes: a run of blanks, or dropped whatever is around it


def _half_width(run: re.Match[str]) -> str:
    return run.group(0).translate(_FULLWIDTH)


def _is_word(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _entities(line: str) -> list[tuple[int, int, str]]:
    """Character entities of `line` as (start, stop, how): a blank one is BLANK, any other the character it names."""
    out = []
    for m in _ENTITY.finditer(line):
        char = html.unescape(_ESCAPED_AGAIN.sub("&", m.group(0)))
        if char == m.group(0) or not char:
            continue  # not an entity html knows: text as written
        if char.isspace() or char == "\u200b":
            out.append((m.start(), m.end(), BLANK))
        elif _INVISIBLE.fullmatch(char):
            out.append((m.start(), m.end(), DROP))
        else:
            out.append((m.start(), m.end(), char.translate(_FULLWIDTH)))
    return out


def _drops(line: str) -> list[tuple[int, int, str]]:
    """Spans of `line` that may be dropped or read otherwise, in order, as (start, stop, how): `how` is BLANK
    (a run of blanks, or a blank entity), DROP (pinyin residue after a Han character, markup, invisible
    format characters) or the text that stands for the span (a character entity)."""
    found: list[tuple[int, int, str]] = []
    if "(" in line or "（" in line:
        for m in PINYIN_RESIDUE.finditer(line):
            if not is_pinyin(m.group(1), line[m.start() - 1] != "?"):
                continue
            end = m.end()
            while (again := PINYIN_REPEAT.match(line, end)) is not None and is_pinyin(again.group(1)):
                end = again.end()  # 扶(fu)(fu)(fu): the residue repeated, all of it dropped
            found.append((m.start(), end, DROP))
    if "<" in line:
        found += [(m.start(), m.end(), DROP) for m in _MARKUP.finditer(line)]
    if "&" in line:
        found += _entities(line)
    found += [(m.start(), m.end(), DROP) for m in _SCATTERED.finditer(line)]
    spaces = [(m.start(), m.end(), BLANK) for m in _SPACES.finditer(line)]
    if not found:
        return spaces
    out: list[tuple[int, int, str]] = []
    end = 0
    for span in sorted([*found, *spaces], key=lambda s: (s[0], s[2] is BLANK)):
        if span[0] >= end:  # a blank inside (bāng fú) or inside a tag goes with it
            out.append(span)
            end = span[1]
    return out


def _blank_pieces(line: str, base: int) -> tuple[list[tuple[int, int]], str]:
    """_pieces of a line whose only drops are runs of blanks."""
    spans: list[tuple[int, int]] = []
    pos, end = 0, len(line)
    for match in _SPACES.finditer(line):
        start, stop = match.span()
        if start != 0 and stop != end and _is_word(line[start - 1]) and _is_word(line[stop]) \
                and not (line[start - 1].isdigit() and line[stop].isdigit()):
            continue  # a space between Latin words is real
        if start > pos:
            spans.append((pos, start))
        pos = stop
    if pos < end:
        spans.append((pos, end))
    return [(a + base, b + base) for a, b in spans], "".join(line[a:b] for a, b in spans)


def _pieces(line: str, base: int, simplified: bool = False) -> tuple[list[tuple], str]:
    """Pieces of `line` to keep, with absolute offsets, and their concatenation: stray spaces, pinyin
    residue, markup and invisible characters dropped. A piece is (start, stop), the text there, or
    (start, stop, text) for a span read as other text (an entity); `simplified`: the page is read in
    simplified characters, and so is the character an entity names."""
    if _DROP_CUE.search(line) is None:  # most lines: no blank, no bracket, nothing to drop
        return ([(base, base + len(line))] if line else []), line
    if _RESIDUE_CUE.search(line) is None:  # blanks only: the common case of the rest, kept lean
        return _blank_pieces(line, base)
    drops = _drops(line)
    if not drops:
        return [(base, base + len(line))] if line else [], line
    spans: list[tuple] = []
    pos, end = 0, len(line)
    for start, stop, how in drops:
        if how is BLANK and start != 0 and stop != end and _is_word(line[start - 1]) and _is_word(line[stop]) \
                and not (line[start - 1].isdigit() and line[stop].isdigit()):
            if line[start] != "&":
                continue  # a space between Latin words is real: kept as written
            how = " "  # &nbsp; between Latin words: a space
        if start > pos:
            spans.append((pos, start))
        if how is not BLANK and how is not DROP:
            spans.append((start, stop, convert(how) if simplified else how))
        pos = stop
    if pos < end:
        spans.append((pos, end))
    text = "".join(line[s[0]:s[1]] if len(s) == 2 else s[2] for s in spans)
    return [(s[0] + base, s[1] + base, *s[2:]) for s in spans], text


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


# NAME  县某局派驻某村第一书记: a row of a list laid out in columns, a name of two to four characters, then a gap of
# two spaces or more, a tab or an ideographic space
_ROW_LINE_RE = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff]{2,4}(?: {2,}|[\t\u3000]+)[\u4e00-\u9fff]")
# A page header ending in one of its fields (来源：某网, 作者：某某, 责任编辑：某某)
_FIELD_END_RE = re.compile(r"(?:来源|作者|编辑|责编|发布时间|发布日期|浏览次数|点击数)[:：][^，。,；;！？:：]{0,24}$")
# Bylines and page furniture (版次, 日期, 编辑) are never the first half of a body sentence.
_HEADER_LINE_RE = re.compile(r"^(?:[□■◇◆]|本报记者|记者|通讯员)|(?:摄|文/图|报道)$|星期|第\d+版|编辑|校对")


# 某标题-图片3: a picture's label a site makes of the page's title and the picture's number closes its line
PICTURE_LABEL_END_RE = re.compile(r"[-－—_]\s*图片?\s*\d{1,3}$")


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
    if ("：" in prev or ":" in prev) and _FIELD_END_RE.search(prev):
        return False  # …作者:某某来源:某网: a page header's last field is never the first half of a body sentence
    if (prev[-1].isdigit() or (prev[-1] in "余多" and prev[-2:-1].isdigit())) and (nxt[0].isdigit() or nxt[0] in UNIT_START):
        return True  # 285 / 名, 420余 / 件: a number and its unit
    if prev.endswith("摄"):
        return False  # a photo credit closes a caption
    if prev[-1].isdigit() and PICTURE_LABEL_END_RE.search(prev):
        return False  # (某标题-图片3: the label repeats the title; the body goes on in a paragraph of its own)
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
    lines: list[tuple[list[tuple], str, int]] = []  # (spans, text, offset of the "\n" after it)
    laid_out: list[bool] = []  # does the line open with a name and a wide gap (a row of a list laid out in columns)?
    base = 0
    for line in text.split("\n"):
        spans, clean = _pieces(line, base, converted is not None)
        if clean:
            lines.append((spans, clean, base + len(line)))
            laid_out.append(_ROW_LINE_RE.match(line) is not None)
        base += len(line) + 1
    # rows of a list, two or more one after another: each keeps its line (the breaks around them are no OCR wrap)
    rows = [row and ((k > 0 and laid_out[k - 1]) or (k + 1 < len(laid_out) and laid_out[k + 1]))
            for k, row in enumerate(laid_out)]
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
            for piece in spans:
                a, b = piece[0], piece[1]
                norm_starts.append(pos)
                orig_starts.append(a)
                kept = text[a:b] if len(piece) == 2 else piece[2]
                out.append(kept)
                pos += len(kept)
        if i < last:
            local_max = max(lengths[max(0, i - 3): i + 4])  # never empty: it holds line i
            if rows[i] or rows[i + 1] or not should_join(clean, lines[i + 1][1], local_max, partial(_column, lengths, i),
                                                         lengths[i]):
                norm_starts.append(pos)
                orig_starts.append(min(newline_at, text_end))
                out.append("\n")
                pos += 1
    return NormalisedText("".join(out), read, norm_starts, orig_starts, converted is not None)
