"""Numbers as reports write them: Arabic and Chinese numerals, 万/亿 multipliers, qualifiers, units, rates.

    两名 → 2 person          一千三百余个 → 1300 (approx)     20.54万户 → 205400 household
    1.8亿元 → 180000000 yuan  2 万 → 20000                      不低于5000元/人/年 → at_least, per_person_year

`find_quantities(text)` finds every number that carries a unit (or a 万/亿 multiplier); deciding whether
it is a fact is facts.py's job. Works on normalised text (half-width digits, stray spaces removed),
but `parse_quantity` accepts raw snippets too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "俩": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
CN_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
MULTIPLIERS = {"百": 100, "千": 1000, "万": 10_000, "十万": 100_000, "百万": 1_000_000, "千万": 10_000_000,
               "亿": 100_000_000, "万亿": 1_000_000_000_000}

# Classifier / unit word → (unit, scale). Generic counters (个, 项, ...) get their unit from the metric
# or from the noun after them; "count" marks them.
UNIT_WORDS: dict[str, tuple[str, float]] = {
    "人次": ("person_time", 1), "户次": ("person_time", 1), "名": ("person", 1), "人": ("person", 1), "位": ("person", 1),
    "户": ("household", 1), "支": ("team", 1), "个": ("count", 1), "项": ("count", 1), "座": ("count", 1), "栋": ("count", 1),
    "家": ("count", 1), "笔": ("count", 1), "处": ("count", 1), "套": ("count", 1), "件": ("count", 1),
    "起": ("count", 1), "条": ("count", 1),
    "元": ("yuan", 1), "块钱": ("yuan", 1),
    "公里": ("km", 1), "千米": ("km", 1), "米": ("km", 0.001),
    "亩": ("mu", 1), "%": ("percent", 1), "个百分点": ("percent", 1),
}
RATE_SUFFIXES = {  # written after 元
    "/人/年": "per_person_year", "/人·年": "per_person_year", "/人年": "per_person_year", "/年/人": "per_person_year",
    "/人/天": "per_person_day", "/人/日": "per_person_day", "/人·天": "per_person_day", "/天/人": "per_person_day",
    "/人/周": "per_person_week", "/人/月": "per_person", "/人": "per_person",
    "/年": "per_year", "/天": "per_person_day", "/日": "per_person_day", "/周": "per_person_week",
    "每人每年": "per_person_year", "每人每天": "per_person_day", "每人每周": "per_person_week",
}
PREFIX_QUALIFIERS = {  # written before the number
    "不低于": "at_least", "不少于": "at_least", "至少": "at_least", "超过": "at_least", "多于": "at_least", "逾": "at_least", "突破": "at_least",
    "不超过": "at_most", "不高于": "at_most", "不多于": "at_most", "最多": "at_most", "最高": "at_most", "不足": "at_most",
    "将近": "approx", "接近": "approx", "近": "approx", "约": "approx", "大约": "approx", "约为": "approx",
}
SUFFIX_QUALIFIERS = {"以上": "at_least", "以下": "at_most", "以内": "at_most", "左右": "approx", "上下": "approx"}

_CN = "零〇○一二两俩三四五六七八九十百千"
_UNIT_ALT = "|".join(sorted((re.escape(u) for u in UNIT_WORDS), key=len, reverse=True))
_RATE_ALT = "|".join(sorted((re.escape(r) for r in RATE_SUFFIXES if r.startswith("/")), key=len, reverse=True))
# A Chinese numeral may carry 万/亿 inside it (一万二千) and a decimal part (一点五亿).
QUANTITY_RE = re.compile(
    rf"(?P<num>\d+(?:\.\d+)?|[{_CN}]+(?:[万亿][{_CN}]+)*(?:点[零〇○一二三四五六七八九]+)?)"
    r"(?P<q1>余|多)?"
    r"(?P<mult>万亿|千万|百万|十万|万|亿|千|百)?"
    r"(?P<q2>余|多)?"
    rf"(?:(?P<unit>{_UNIT_ALT})(?P<rate>{_RATE_ALT})?)?"
    r"(?P<post>以上|以下|以内|左右|上下)?"
)
_PERCENT_CN_RE = re.compile(rf"百分之(?P<num>\d+(?:\.\d+)?|[{_CN}]+(?:点[零〇○一二三四五六七八九]+)?)")
_PREFIX_RE = re.compile("(?:" + "|".join(sorted(PREFIX_QUALIFIERS, key=len, reverse=True)) + ")$")


def parse_chinese_number(text: str) -> float | None:
    """一千三百 → 1300, 两 → 2, 十二 → 12, 三十万 → 300000, 二〇二一 → 2021. None if not a well-formed numeral."""
    if not text:
        return None
    if "点" in text:  # 一点五 → 1.5
        whole, _, frac = text.partition("点")
        value = parse_chinese_number(whole)
        if value is None or not frac or not all(ch in CN_DIGITS for ch in frac):
            return None
        return value + float("0." + "".join(str(CN_DIGITS[ch]) for ch in frac))
    if all(ch in CN_DIGITS for ch in text):  # digit by digit: 二〇二一, but not 四五 (= "four or five")
        if len(text) == 1:
            return float(CN_DIGITS[text])
        if len(text) >= 3:
            return float("".join(str(CN_DIGITS[ch]) for ch in text))
        return None
    total, section, digit = 0, 0, None
    for i, ch in enumerate(text):
        if ch in CN_DIGITS:
            if digit is not None and not (digit == 0 or CN_DIGITS[ch] == 0):
                return None  # two digits in a row: 三四十 is a range
            digit = CN_DIGITS[ch]
        elif ch in CN_SMALL_UNITS:
            if digit is None:
                if ch != "十":
                    return None  # 百姓, 千锤百炼: words, not numerals
                digit = 1        # 十二 = 12
            section += digit * CN_SMALL_UNITS[ch]
            digit = None
        elif ch in CN_BIG_UNITS:
            if digit is not None:
                section += digit
            if section == 0:
                return None
            total += section * CN_BIG_UNITS[ch]
            section, digit = 0, None
        else:
            return None
    if digit is not None:
        section += digit
    return float(total + section)


def parse_number(text: str) -> float | None:
    """An Arabic or Chinese numeral, with an optional 万/亿 multiplier: '20.54万' → 205400."""
    text = "".join(text.split()).translate({code: code - 0xFEE0 for code in range(0xFF10, 0xFF1A)}).replace("．", ".")
    mult = 1.0
    for word in sorted(MULTIPLIERS, key=len, reverse=True):
        if text.endswith(word) and len(text) > len(word) and (text[-len(word) - 1].isdigit() or text[-len(word) - 1] == "."):
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


def _qualifier(match: re.Match, before: str) -> tuple[str, int]:
    if match.group("post"):
        return SUFFIX_QUALIFIERS[match.group("post")], 0
    if match.group("q1") or match.group("q2"):
        return "approx", 0
    prefix = _PREFIX_RE.search(before[-4:])
    if prefix:
        return PREFIX_QUALIFIERS[prefix.group(0)], len(prefix.group(0))
    return "exact", 0


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every number with a unit or multiplier in text[start:end]."""
    found = []
    end = len(text) if end is None else end
    for match in QUANTITY_RE.finditer(text, start, end):
        num, unit_word, mult = match.group("num"), match.group("unit"), match.group("mult")
        if not unit_word and not mult:
            continue
        chinese = not num[0].isdigit()
        if chinese:
            if num == "一" or num[0] in "百千" or (match.start() > 0 and text[match.start() - 1] in _CN + "万亿"):
                continue  # 一名 is an article, 百姓/千锤百炼 are words
            value = parse_chinese_number(num)
        else:
            if match.start() > 0 and (text[match.start() - 1].isdigit() or text[match.start() - 1] == "."):
                continue
            value = float(num)
        if value is None:
            continue
        if mult:
            if not unit_word and mult in ("百", "千"):
                continue
            value *= MULTIPLIERS[mult]
        unit, scale = UNIT_WORDS.get(unit_word, (None, 1)) if unit_word else (None, 1)
        if unit_word == "人" and match.end() < len(text) and text[match.end()] in "员口民家们":
            unit = None  # 人员/人口/人民 are words, not a count of people... unless another unit follows
            if not mult:
                continue
        value *= scale
        before = text[max(0, match.start() - 4): match.start()]
        qualifier, prefix_len = _qualifier(match, before)
        rate = RATE_SUFFIXES.get(match.group("rate")) if match.group("rate") else None
        classifier = (mult or "") + (unit_word or "")
        found.append(Quantity(
            start=match.start(), end=match.end(), text=match.group(0), value=round(value, 6), unit=unit,
            classifier=classifier or None, qualifier=qualifier, rate=rate, chinese=chinese,
            prefix_start=match.start() - prefix_len,
        ))
    if "百分之" in text[start:end]:  # 百分之三十五 → 35 percent
        for match in _PERCENT_CN_RE.finditer(text, start, end):
            num = match.group("num")
            value = float(num) if num[0].isdigit() else parse_chinese_number(num)
            if value is None:
                continue
            before = text[max(0, match.start() - 4): match.start()]
            prefix = _PREFIX_RE.search(before)
            found.append(Quantity(
                start=match.start(), end=match.end(), text=match.group(0), value=value, unit="percent",
                classifier="百分之", qualifier=PREFIX_QUALIFIERS[prefix.group(0)] if prefix else "exact", rate=None,
                chinese=not num[0].isdigit(), prefix_start=match.start() - (len(prefix.group(0)) if prefix else 0),
            ))
        found.sort(key=lambda q: q.start)
    return found


def parse_quantity(text: str) -> Quantity | None:
    """The first quantity in a snippet such as '不低于 5000 元/人/年' or '一千三百余个' (spaces allowed)."""
    from flows.reports.normalise import normalise

    found = find_quantities(normalise(text).text)
    return found[0] if found else None
