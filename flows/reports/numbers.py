"""Numbers as reports write them: Arabic and Chinese numerals, 万/亿 multipliers, qualifiers, units, rates.

    两名 → 2 person          一千三百余个 → 1300 (approx)     20.54万户 → 205400 household
    1.8亿元 → 180000000 yuan  2 万 → 20000                      不低于5000元/人/年 → at_least, per_person_year
    800多米 → 0.8 km (approx) 70-120元/人·天 → 70 at_least and 120 at_most, per_person_day

`find_quantities(text)` finds every number that carries a unit (or a 万/亿 multiplier); deciding whether
it is a fact is facts.py's job. Works on normalised text (half-width digits, stray spaces removed),
but `parse_quantity` accepts raw snippets too. Units, multipliers, qualifiers and rate suffixes are
rows of seeds/report_vocabulary.csv.

Chinese numerals are read by the `cn2an` package; two cases it gets wrong for newspaper text are
kept here: two digits in a row are a range (四五个 = "four or five", cn2an reads 45), and OCR's ○ /
colloquial 俩 are mapped to 〇 / 两 first.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import cn2an

from flows.reports.catalog import load_vocabulary
from flows.reports.scan import AnchoredPattern

CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "俩": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
_VOCAB = load_vocabulary()
MULTIPLIERS = {t.term: t.factor for t in _VOCAB.of("multiplier")}

# Classifier / unit word → (unit, scale). Generic counters (个, 项, ...) get their unit from the metric
# or from the noun after them; "count" marks them.
UNIT_WORDS: dict[str, tuple[str, float]] = {t.term: (t.value, t.factor or 1) for t in _VOCAB.of("unit")}
RATE_SUFFIXES = _VOCAB.mapping("rate_suffix")     # written after 元
PREFIX_QUALIFIERS = _VOCAB.mapping("qualifier_prefix")  # written before the number
SUFFIX_QUALIFIERS = _VOCAB.mapping("qualifier_suffix")
APPROX_INFIXES = _VOCAB.mapping("approx_infix")

_CN = "零〇○一二两俩三四五六七八九十百千"
_UNIT_ALT = "|".join(sorted((re.escape(u) for u in UNIT_WORDS), key=len, reverse=True))
_RATE_ALT = "|".join(sorted((re.escape(r) for r in RATE_SUFFIXES if r.startswith("/")), key=len, reverse=True))
_MULTIPLIERS_LONGEST = sorted(MULTIPLIERS, key=len, reverse=True)
_MULT_ALT = "|".join(sorted((re.escape(m) for m in MULTIPLIERS), key=len, reverse=True))
_INFIX_ALT = _VOCAB.alternation("approx_infix")
_SUFFIX_ALT = _VOCAB.alternation("qualifier_suffix")
_RANGE_ALT = _VOCAB.alternation("range_separator")
# 第2名, 第三批, 排名前3位: an ordinal or a rank, not a count (looked at only where the character before the
# number can end one of these words)
_ORDINAL_RE = re.compile(rf"(?:{_VOCAB.alternation('ordinal_prefix')})$")
_ORDINAL_LAST = frozenset(w[-1] for w in _VOCAB.words("ordinal_prefix"))
_ORDINAL_LONGEST = max(map(len, _VOCAB.words("ordinal_prefix")))
# 四处奔走: a word opening with a numeral and a classifier that counts nothing (the first two characters of each
# word, to look at only where a match opens one)
_NUMERAL_WORDS = tuple(_VOCAB.words("numeral_word"))
_NUMERAL_WORD_HEADS = frozenset(w[:2] for w in _NUMERAL_WORDS)
# 进驻3个多月, 10个工作日: a length of time counted in 个, not a count of anything
_DURATION_AFTER_RE = re.compile(rf"[多余半]?(?:{_VOCAB.alternation('duration_noun')})")
# 1,200名 / 12,500元: thousands grouped by commas (pages from Hong Kong and Taiwan, tables); a comma before
# anything but exactly three digits is a clause's (mirrors write the full-width comma as ","). Written to open
# with one character class, as scan.numeral_run does, so that a scan skips the text between numerals at C speed
# instead of trying the pattern at every character: a run of digits, or a run of Chinese numerals.
_NUM = (rf"[\d{_CN}](?:(?<=\d)\d*(?:,\d{{3}}(?!\d))*(?:\.\d+)?"
        rf"|(?<!\d)[{_CN}]*(?:[万亿][{_CN}]+)*(?:点[零〇○一二三四五六七八九]+)?)")
# A Chinese numeral may carry 万/亿 inside it (一万二千) and a decimal part (一点五亿).
QUANTITY_RE = re.compile(
    rf"(?P<num>{_NUM})"
    rf"(?P<q1>{_INFIX_ALT})?"
    rf"(?P<mult>{_MULT_ALT})?"
    rf"(?P<q2>{_INFIX_ALT})?"
    rf"(?:(?P<unit>{_UNIT_ALT})(?P<rate>{_RATE_ALT})?)?"
    rf"(?P<post>{_SUFFIX_ALT})?"
)
# 70-120元, 3至5万元: the low end of a range, written straight before the high one.
# 80元/人·天至150元/人·天: the unit and rate may be written at both ends.
_RANGE_LOW_RE = re.compile(rf"(?P<low>\d+(?:\.\d+)?)(?P<lmult>{_MULT_ALT})?(?P<lunit>{_UNIT_ALT})?(?P<lrate>{_RATE_ALT})?"
                           rf"(?:{_RANGE_ALT})$")
_RANGE_CHARS = set(w for w in _VOCAB.words("range_separator") if len(w) == 1) - {""}
_RANGE_NEXT_RE = re.compile(rf"(?:{_RANGE_ALT})\d")
_PERCENT_CN_RE = re.compile(rf"百分之(?P<num>\d+(?:\.\d+)?|[{_CN}]+(?:点[零〇○一二三四五六七八九]+)?)")
_PREFIX_RE = re.compile("(?:" + "|".join(sorted(map(re.escape, PREFIX_QUALIFIERS), key=len, reverse=True)) + ")$")
_OCR_DIGITS = str.maketrans({"○": "〇", "俩": "两"})
_CN_OR_MULT = _CN + "万亿"  # a numeral or multiplier right before a match: it is the tail of a longer numeral
# 两口水井和一个电排站: a count right before the conjunction makes the 一 after it a count in the same list
_LISTED_COUNT_BEFORE_RE = re.compile(rf"(?:\d|[{_CN}])[^\d{_CN}，。,；;！？：:]{{1,12}}[和及与、]$")
# Households named by their kind (贫困户, 特困户, 建档立卡户 …), not 户籍 or 户口: right after a number (and its
# 余/多) the count's unit (120余贫困户); facts.py reads them after 个 too (36个贫困户)
HOUSEHOLD_NOUN_RE = re.compile(r"(?:建档立卡(?:贫困)?|贫困|特困|困难|脱贫|低保|监测|边缘|五保|农|散)户(?![籍口主])")
# 收入增至百万, 突破千万: a verb of reaching right before a round sum in words with no 元 (read as money by the fact
# rules where an income or money word comes before it)
_REACHED_BEFORE_RE = re.compile(r"(?:增至|增加到|增长到|提高到|达到|突破|超过|超)$")
_ROUND_BEFORE = ("近", "上", "约", "逾", "超")  # 近千, 上百: before a bare 百 or 千, a round figure
# (opens with an optional word, which re tries at every character: scanned from a word or 万 that opens a match)
_ROUND_WAN_RE = AnchoredPattern(
    re.compile(rf"(?P<pre>{'|'.join(_ROUND_BEFORE)})?(?P<wan>万)(?P<infix>{_INFIX_ALT})?(?P<unit>{_UNIT_ALT})"),
    re.compile(f"[{''.join(_ROUND_BEFORE)}万]"))


def _is_word_start(text: str, pos: int) -> bool:
    """A Chinese character at pos that goes on into a word (not the particle 的 or 了)."""
    ch = text[pos: pos + 1]
    return bool(ch) and "\u4e00" <= ch <= "\u9fff" and ch not in "的了"


@lru_cache(maxsize=4096)
def parse_chinese_number(text: str) -> float | None:
    """一千三百 → 1300, 两 → 2, 十二 → 12, 三十万 → 300000, 二〇二一 → 2021, 两万三 → 23000.

    None if not a well-formed numeral: 四五 and 三四十 are ranges, 百姓 and 千锤百炼 are words.
    """
    if not text or text[0] in "百千万亿":
        return None
    text = text.translate(_OCR_DIGITS)
    whole = text.partition("点")[0]
    digits = [ch in CN_DIGITS for ch in whole]
    if all(digits):
        if len(whole) == 2:
            return None  # 四五 = "four or five"
    else:
        for a, b in zip(whole, whole[1:]):
            if a in CN_DIGITS and b in CN_DIGITS and CN_DIGITS[a] and CN_DIGITS[b]:
                return None  # 三四十, 十三四: a range
    try:
        value = cn2an.cn2an(text, "normal")
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    return float(value)


_CN_RANGE_RE = re.compile("(?P<low>[一二三四五六七八])(?P<high>[二三四五六七八九])(?P<place>[十百千])")


def chinese_range(num: str) -> tuple[float, float] | None:
    """六七十 → (60, 70), 三四百 → (300, 400): two digits in a row, each one more than the last, before a place
    value, are a range; None for any other numeral."""
    match = _CN_RANGE_RE.fullmatch(num)
    if match is None or CN_DIGITS[match.group("high")] != CN_DIGITS[match.group("low")] + 1:
        return None
    place = {"十": 10, "百": 100, "千": 1000}[match.group("place")]
    return CN_DIGITS[match.group("low")] * place, CN_DIGITS[match.group("high")] * place


def _range_ends(text: str, match: re.Match, ends: tuple[float, float], unit_word: str, mult: str | None) -> list[Quantity]:
    """The two ends of a range written in Chinese numerals (六七十万元): at least the low one, at most the high one,
    both spanning the whole figure."""
    unit, scale = UNIT_WORDS.get(unit_word, (None, 1))
    factor = MULTIPLIERS[mult] if mult else 1.0
    classifier = (mult or "") + unit_word
    at, end = match.start(), match.end()
    return [Quantity(start=at, end=end, text=text[at:end], value=round(value * factor * scale, 6), unit=unit,
                     classifier=classifier, qualifier=qualifier, rate=None, chinese=True, prefix_start=at,
                     range_end=side)
            for value, qualifier, side in ((ends[0], "at_least", "low"), (ends[1], "at_most", "high"))]


def parse_number(text: str) -> float | None:
    """An Arabic or Chinese numeral, with an optional 万/亿 multiplier: '20.54万' → 205400."""
    text = "".join(text.split()).translate({code: code - 0xFEE0 for code in range(0xFF10, 0xFF1A)}).replace("．", ".")
    mult = 1.0
    for word in sorted(MULTIPLIERS, key=len, reverse=True):
        if text.endswith(word) and len(text) > len(word) and (
                text[-len(word) - 1].isdigit() or text[-len(word) - 1] in CN_DIGITS or text[-len(word) - 1] == "."):
            mult, text = MULTIPLIERS[word], text[: -len(word)]
            break
    try:
        return float(text) * mult
    except ValueError:
        pass
    value = parse_chinese_number(text)
    return None if value is None else value * mult


@dataclass(frozen=True)
class Quantity:
    start: int              # offset of the number (after any prefix qualifier)
    end: int                # offset after the unit / rate / suffix qualifier
    text: str
    value: float            # in the base unit
    unit: str | None        # person, household, ..., "count" for a generic counter, None for a bare 万/亿 number
    classifier: str | None  # the unit word as written (名, 个, 万元 ...)
    qualifier: str          # exact / at_least / approx / at_most
    rate: str | None        # basis stated right after the unit (元/人/年 → per_person_year)
    chinese: bool           # written in Chinese numerals
    prefix_start: int       # start of the prefix qualifier (== start when there is none)
    range_end: str | None = None  # "low" / "high" for the two ends of a range (70-120元), else None

    @property
    def counter(self) -> str | None:
        """The unit word without the multiplier written before it (万份 → 份, 万盏 → 盏): what a count counts by."""
        word = self.classifier
        if not word or word in UNIT_WORDS:  # 千米 is a unit of its own
            return word
        mult = next((m for m in _MULTIPLIERS_LONGEST if word.startswith(m)), "")
        return word[len(mult):] or None


# the cadres a bare ten-thousand count names right after it (N万干部; N万名 is read by its classifier)
_CADRES_AFTER_WAN_RE = re.compile(r"(?:多|余)?(?:优秀|机关|党员|驻村|各级|年轻)?干部")


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every number with a unit or multiplier in text[start:end]."""
    found = []
    end = len(text) if end is None else end
    for match in QUANTITY_RE.finditer(text, start, end):
        # one call: this loop runs for every numeral
        num, unit_word, mult, q1, q2, post, rate_word = match.group("num", "unit", "mult", "q1", "q2", "post", "rate")
        households = False
        if not unit_word and not mult:
            if not HOUSEHOLD_NOUN_RE.match(text, match.end()) or not num[0].isdigit() \
                    or (len(num) == 4 and num[:2] in ("19", "20")):
                continue  # (2020贫困户: a year written short before the noun)
            households = True  # 给60余贫困户发放种苗: households counted by their noun, no classifier between
        at = match.start()
        chinese = not num[0].isdigit()
        if chinese:
            # 近百万元, 百余盏, 近千人次, 上千户: a round hundred or thousand with a unit, made approximate by
            # the word before it or by 余/多 after it (a bare 千家万户 or 百姓 is a word, no figure)
            # 投资百万元以上, 投入千万元: a round sum written as a word (百 or 千 before 万/亿 and 元), after a word
            # or bounded, is a figure too (百万元的说法 opening a sentence is a phrase)
            # 收入增至百万: a round sum in words after a verb of reaching, no unit (the fact rules read it as money)
            reached = unit_word is None and mult in ("万", "亿") and _REACHED_BEFORE_RE.search(text, max(0, at - 3), at)
            round_figure = num in ("百", "千") and (reached or (
                unit_word is not None
                and (text[at - 1: at] in _ROUND_BEFORE or ((q1 or q2) and not mult)
                     or (unit_word == "名" and not mult)  # 千名驻村干部: people counted in a round figure
                     or (mult in ("万", "亿") and UNIT_WORDS.get(unit_word, (None, 1))[0] == "yuan"
                         and (post or q1 or q2 or ("\u4e00" <= text[at - 1: at] <= "\u9fff"
                                                  and not text.startswith("的", match.end())))))))
            if round_figure:
                value = 100.0 if num == "百" else 1000.0
            elif (num == "一" and not mult and not (unit_word and _LISTED_COUNT_BEFORE_RE.search(text, max(0, at - 16), at))) \
                    or num[0] in "百千" or (at > 0 and text[at - 1] in _CN_OR_MULT):
                continue  # 一名 is an article (but not in a list of counts), 百姓/千锤百炼 are words
            else:
                value = parse_chinese_number(num)
                ends = chinese_range(num) if value is None else None
                if ends is not None and unit_word:
                    found += _range_ends(text, match, ends, unit_word, mult)
                    continue
        else:
            if at > 0 and (text[at - 1].isdigit() or text[at - 1] == "."):
                continue
            value = float(num.replace(",", ""))
        if value is None:
            continue
        if chinese and text[at: at + 2] in _NUMERAL_WORD_HEADS and text.startswith(_NUMERAL_WORDS, at):
            continue  # 四处争取项目: an adverb, no count of 处
        if unit_word and len(unit_word) == 1 and text.startswith(unit_word, match.end()):
            continue  # 一朵朵兰花、一箱箱鸡蛋: the classifier doubled makes "one after another", no count
        if at > 0 and text[at - 1] in "几数" and chinese:
            continue  # 几十位村民, 数百名: a vague number, not a figure (受益人数N人: digits after a noun of 数 count)
        if at > 0 and text[at - 1] in _ORDINAL_LAST and _ORDINAL_RE.search(text, max(0, at - _ORDINAL_LONGEST), at):
            continue  # 第2名, 第三批, 排名前3位: an ordinal or a rank, not a count
        if mult:
            if not unit_word and mult in ("百", "千") and (chinese or mult == "百" or _is_word_start(text, match.end())):
                continue  # (户均增收5千。: digits and a bare 千 closing the clause are a sum, read by the fact rules)
            value *= MULTIPLIERS[mult]
        if unit_word == "个" and _DURATION_AFTER_RE.match(text, match.end()):
            continue  # 3个多月, 10个工作日: a length of time
        unit, scale = UNIT_WORDS.get(unit_word, (None, 1)) if unit_word else ("household" if households else None, 1)
        if unit is None and mult in ("万", "亿") and _CADRES_AFTER_WAN_RE.match(text, match.end()):
            unit = "person"  # N万干部, 近N万优秀干部: cadres counted in ten thousands with no classifier
        if unit_word in ("人", "个人") and match.end() < len(text) and text[match.end()] in "员口民家们":
            unit = None  # 人员/人口/人民 are words, not a count of people... unless another unit follows
            if not mult:
                continue
        if unit is None and _RANGE_NEXT_RE.match(text, match.end()):
            continue  # 3万-5万元: the low end, read with the high one
        value *= scale
        q_end = match.end()
        if post and len(post) == 1 and _is_word_start(text, q_end):
            post, q_end = None, match.start("post")  # 50户多措并举: a one-character qualifier that starts a word is none
        if post:  # _qualifier, written out
            qualifier, prefix_len = SUFFIX_QUALIFIERS[post], 0
        elif q1 or q2 or (mult and ("余" in mult or "多" in mult)):  # (2千余万元: 余 inside the multiplier)
            qualifier, prefix_len = "approx", 0
        else:
            qualifier, prefix_len = prefix_qualifier(text, max(0, at - 4), at) or ("exact", 0)
        if chinese and num in ("百", "千") and qualifier == "exact":
            # 上百万元: a round figure written without digits (上 is its prefix; a bare 千万元 has none)
            qualifier, prefix_len = "approx", 1 if text[at - 1: at] in _ROUND_BEFORE else 0
        rate = RATE_SUFFIXES.get(rate_word) if rate_word else None
        classifier = (mult or "") + (unit_word or "")
        low = _RANGE_LOW_RE.search(text, max(start, at - 16), at) \
            if not chinese and text[at - 1: at] in _RANGE_CHARS else None
        if low and not (low.start() > 0 and (text[low.start() - 1].isdigit() or text[low.start() - 1] == ".")) \
                and text[low.start() - 1: low.start()] not in ("从", "由") \
                and (low.group("lunit") in (None, unit_word)):  # (从3万元到55万元: a change from one to the other)
            low_value = float(low.group("low")) * MULTIPLIERS.get(low.group("lmult") or mult or "", 1) * scale
            if low_value < value and low.group("lrate") in (None, match.group("rate")):  # 70-120元; not 2023-5名
                if found and found[-1].start == low.start():
                    found.pop()  # the low end, read on its own when its unit is written with it
                found.append(Quantity(
                    start=low.start(), end=match.end(), text=low.group(0) + match.group(0),
                    value=round(low_value, 6), unit=unit, classifier=classifier or None, qualifier="at_least",
                    rate=rate, chinese=False, prefix_start=low.start(), range_end="low"))
                if qualifier == "exact":
                    qualifier = "at_most"
                found.append(Quantity(
                    start=at, end=match.end(), text=match.group(0), value=round(value, 6), unit=unit,
                    classifier=classifier or None, qualifier=qualifier, rate=rate, chinese=False,
                    prefix_start=at - prefix_len, range_end="high"))
                continue
        found.append(Quantity(
            start=at, end=q_end, text=text[at:q_end], value=round(value, 6), unit=unit,
            classifier=classifier or None, qualifier=qualifier, rate=rate, chinese=chinese,
            prefix_start=at - prefix_len,
        ))
    if "万" in text[start:end]:  # 近万元, 万余元, 上万人: a round ten thousand written without digits
        for match in _ROUND_WAN_RE.finditer(text, start, end):
            pre, infix, unit_word = match.group("pre", "infix", "unit")
            at = match.start("wan")
            if not (pre or infix or unit_word == "名") \
                    or (at > 0 and (text[at - 1].isdigit() or text[at - 1] in _CN_OR_MULT or text[at - 1] in "余多几数")) \
                    or text[max(0, match.start() - 2): match.start()] == "成千":
                continue  # (万名干部: people counted in a round figure, as 千名; 20余万名: the 万 of the figure before;
                # 数万名, 成千上万名: a vague multitude, no figure)
            unit, scale = UNIT_WORDS[unit_word]
            found.append(Quantity(
                start=at, end=match.end(), text=match.group(0), value=10000.0 * scale, unit=unit,
                classifier="万" + unit_word, qualifier=PREFIX_QUALIFIERS.get(pre or "", "approx"), rate=None,
                chinese=True, prefix_start=match.start()))
        found.sort(key=lambda q: q.start)
    if "百分之" in text[start:end]:  # 百分之三十五 → 35 percent
        for match in _PERCENT_CN_RE.finditer(text, start, end):
            num = match.group("num")
            value = float(num) if num[0].isdigit() else parse_chinese_number(num)
            if value is None:
                continue
            qualifier, prefix_len = prefix_qualifier(text, max(0, match.start() - 4), match.start()) or ("exact", 0)
            found.append(Quantity(
                start=match.start(), end=match.end(), text=match.group(0), value=value, unit="percent",
                classifier="百分之", qualifier=qualifier, rate=None,
                chinese=not num[0].isdigit(), prefix_start=match.start() - prefix_len,
            ))
        found.sort(key=lambda q: q.start)
    return found


def prefix_qualifier(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The qualifier written right before text[end] (不低于, 近, 超过 …) within text[start:end], and its length."""
    prefix = _PREFIX_RE.search(text, start, end)
    return (PREFIX_QUALIFIERS[prefix.group(0)], len(prefix.group(0))) if prefix else None


def parse_quantity(text: str) -> Quantity | None:
    """The first quantity in a snippet such as '不低于 5000 元/人/年' or '一千三百余个' (spaces allowed)."""
    from flows.reports.normalise import normalise

    found = find_quantities(normalise(text).text)
    return found[0] if found else None
