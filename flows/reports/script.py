"""The script a report is printed in: traditional pages read as simplified, pinyin residue found.

- `to_simplified(text)` returns the text in simplified characters, the same length and character for
  character, when the text is in traditional characters; `None` when it is not (a simplified page is
  left untouched). Conversion is OpenCC's `t2s` (the official `opencc` wheel, dictionaries shipped in
  it), then the variant forms its dictionaries leave as written (seeds kind `char_variant`: 陜 → 陕, and the
  Hong Kong forms `hk2s` would read, 衞 → 卫, 衹 → 只 …: `hk2s` is `t2s` after a second pass over the whole
  page, twice the cost, for six characters), phrase-aware (乾隆 stays,
  乾淨 → 干净) and, with the dictionaries of the pinned release, one character for one character.
  (`tw2s` is not used: it reads 什么 as 什幺 and 著名 as 着名.) The length is checked on every call all the same: should a later
  dictionary map a phrase to one of another length, the text is converted character by character
  instead, so every offset still names the same character of the page as read.
- A page is traditional when at least `TRADITIONAL_SHARE` of its Han characters change under the
  conversion: running traditional text changes about a third of them, a simplified page none or
  a few (a quoted name, a variant form).
- `PINYIN_RESIDUE` finds a romanisation that an encoding step left inside words, a parenthesised
  run of Latin letters right after a Han character (or after the "?" that stands for one the
  encoding lost): `鄉(xiāng)`, `幫(bāng)扶(fú)`, with the tone written as a digit (`均(jun1)`) or a
  blank left inside the parentheses (`貧(pín )`) or before them (`鎮 (zhèn)`), and `PINYIN_REPEAT` the same written again
  right after it (`扶(fu)(fu)`). `is_pinyin` tells a romanisation (a tone mark,
  lowercase syllables each with its tone digit, or lowercase letters that split into pinyin
  syllables) from a parenthesised abbreviation or word, which is kept.
"""
from __future__ import annotations

import re
from functools import lru_cache

TRADITIONAL_SHARE = 0.05   # share of Han characters the conversion changes, from which a page is traditional
MIN_CHANGED = 3            # and at least this many: one traditional name on a short simplified page is not enough

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

# Tone-marked vowels (precomposed) and the combining marks of a decomposed one.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿĀÁǍÀĒÉĚÈŌÓǑÒ"
_COMBINING = "\u0300\u0301\u0304\u030c\u0308"
_LATIN = f"a-zA-Zü{_TONED}{_COMBINING}"
_WORD = rf"[{_LATIN}]+(?:[0-5][{_LATIN}]+)*[0-5]?"  # letters; a tone digit may close each syllable
# (?<=[H?]) ?[(（] written as three openings that each begin with a literal (a space, a half-width or a full-width
# bracket), the Han character before read back by a lookbehind: re skips to them at C speed instead of trying a
# lookbehind at every character
_HAN_OR_MARK = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff?]"
PINYIN_RESIDUE = re.compile(
    rf"(?: (?<={_HAN_OR_MARK} )[(（]|\((?<={_HAN_OR_MARK}\()|（(?<={_HAN_OR_MARK}（))"
    rf" ?({_WORD}(?: {_WORD}){{0,3}}) ?[)）]")

# the same residue written again right after one (扶(fu)(fu)(fu), 人(ren)(ren)): an encoding step run more than once
PINYIN_REPEAT = re.compile(rf"[(（] ?({_WORD}(?: {_WORD}){{0,3}}) ?[)）]")

_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
             r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|er|in|un|vn"
             r"|ia|ie|iu|ua|uo|ui|ve|ue|a|o|e|i|u|v)")
_SYLLABLES = re.compile(rf"(?:{_SYLLABLE}){{1,4}}")
_NUMBERED = re.compile(rf"(?:{_SYLLABLE}[0-5]){{1,4}}")  # jun1, bang1fu2: every syllable with its tone digit


def is_pinyin(run: str, after_han: bool = True) -> bool:
    """Is `run` (the letters inside the parentheses) a pinyin romanisation rather than a Latin word?

    After a "?" (a character the encoding lost, its romanisation kept) only a tone-marked run counts.
    """
    if any(ch in _TONED or ch in _COMBINING for ch in run):
        return True
    if not run.islower():
        return False  # (GDP), (App): abbreviations and names are written with capitals
    if any(ch.isdigit() for ch in run):  # tones written as digits: as explicit as tone marks
        return all(len(word) > 2 and _NUMBERED.fullmatch(word.replace("ü", "v")) for word in run.split(" "))
    if not after_han:
        return False
    bare = run.replace("ü", "v")  # no marks left here: a marked run returned above
    return all(_SYLLABLES.fullmatch(word) for word in bare.split(" "))


@lru_cache(maxsize=1)
def _converter():
    try:
        import opencc
    except ImportError as exc:  # pragma: no cover - a dependency in pyproject.toml
        raise ImportError("the opencc package is missing: run .venv/bin/pip install -c constraints.txt -e .") from exc
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=8192)
def _char(ch: str) -> str:
    out = _converter().convert(ch)
    return out if len(out) == 1 else ch


def convert(text: str) -> str:
    """`text` in simplified characters, always of the same length as `text` (see the module docstring)."""
    if not text:
        return text
    out = _converter().convert(text)
    if len(out) != len(text):
        out = "".join(map(_char, text))
    return out.translate(_variants())  # 陜西: a variant form the dictionaries leave as written (one pass)


@lru_cache(maxsize=1)
def _variants() -> dict[int, str]:
    """Variant forms of a character that OpenCC's dictionaries leave as written (陜 for 陕), one character for
    one: seeds/report_vocabulary.csv kind char_variant (term the variant, value its simplified form)."""
    from flows.reports.catalog import load_vocabulary

    return {ord(term): value for term, value in load_vocabulary().mapping("char_variant").items()
            if len(term) == 1 and value and len(value) == 1}


def traditional_share(text: str, converted: str) -> tuple[int, int]:
    """(Han characters changed by the conversion, Han characters) of a text and its conversion."""
    changed = sum(map(str.__ne__, text, converted))
    return changed, len(_HAN.findall(text))


@lru_cache(maxsize=1)
def _convertible() -> re.Pattern:
    """A character the conversion may change: every character t2s changes on its own (found once, by
    converting them all in one call, one to a line) and every variant form of the seeds. A phrase rule of
    t2s keeps or changes a character that the character rule changes (乾隆 stays, 乾淨 → 干净), so a text
    with none of these characters converts to itself."""
    chars = [chr(c) for c in (*range(0x80, 0xD800), *range(0xE000, 0x10000), *range(0x20000, 0x30000))]
    out = _converter().convert("\n".join(chars)).split("\n")
    changed = {c for c, o in zip(chars, out) if o != c} if len(out) == len(chars) else set(chars)
    changed.update(map(chr, _variants()))
    # the plane-2 characters as one range: a class that lists them is scanned dozens of times slower
    return re.compile("[" + "".join(sorted(re.escape(c) for c in changed if c < "\U00010000")) + "\U00020000-\U0002FFFF]")


# 著 of a traditional page where simplified writes 着 (擔任著, 忙著, 著力, 著眼): every reading but zhù, the one of
# 著名, 著作, 显著, 卓著, 土著, 原著, 名著 … (t2s leaves 著 as written, a verb's particle run into the next word)
_ZHU_AS_ZHE = re.compile(r"(?<![显顯卓土原名编編专專论論巨遗遺合译譯撰昭])著(?![名作称稱述者录錄])")


def to_simplified(text: str) -> str | None:
    """The simplified form of a traditional text (same length); None when the text is not traditional."""
    if len(_convertible().findall(text)) < MIN_CHANGED:
        return None  # a simplified page (the common case): fewer characters could change than make one traditional
    converted = convert(text)
    if converted == text:
        return None
    changed, han = traditional_share(text, converted)
    if changed < MIN_CHANGED or changed < TRADITIONAL_SHARE * han:
        return None
    return _ZHU_AS_ZHE.sub("着", converted) if "著" in converted else converted
