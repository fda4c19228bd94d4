"""Person names read with a Chinese lexical analyser, where a pattern of people.py expects one.

The analyser is jieba-rs (the `rjieba` wheel): its dictionary and part-of-speech tags are compiled
into the wheel, so nothing is downloaded or cached on disk at run time. It is asked only about short
windows of candidate sentences (a programme role or a posting to a village in them), never a whole
page, and the instance is made once per process, on first use (`tagger()`).

A reading tells where a name starting (or ending) at a position stops, and whether the analyser
vouches for it:
  - a word tagged as a person (nr, nrfg, nrt) that starts with a surname: a name, vouched for
    (队长曹文斌介绍 → 曹文斌/nr 介绍/v: the verb after the name is not part of it);
  - a lone surname and a short word after it that is no function word: a name
    (邬/nr 建功/n, 韩/q 万里/m); vouched for when the analyser tags the surname as a person;
  - a word the dictionary does not know, made by the analyser's HMM, that starts with a surname:
    a name, vouched for;
  - a dictionary word that is no person (连续/a, 高度重视/l, 其中/r): not a name, unless a verb,
    a punctuation mark or 同志 follows it, when the caller's own evidence decides (a given name may
    be an ordinary word: 高明/a 说).
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

CUES_SEED = Path(__file__).resolve().parents[2] / "seeds" / "person_cues.csv"


def seeded_words(kind: str, path: Path = CUES_SEED) -> tuple[str, ...]:
    """The cues of one kind in seeds/person_cues.csv (people.load_cues checks the rows)."""
    with Path(path).open(encoding="utf-8", newline="") as handle:
        return tuple(row["cue"].strip() for row in csv.DictReader(handle) if row["kind"].strip() == kind)


def is_not_name(word: str) -> bool:
    """A word the seeds say is never a name (seed kind not_name), whatever rule read it."""
    return word in _NOT_NAMES


def seeded_surnames(path: Path = CUES_SEED) -> tuple[str, ...]:
    """Surnames a steward adds in seeds/person_cues.csv (kind `surname`)."""
    return seeded_words("surname", path)


_SEEDED_SURNAMES = seeded_surnames()
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
    "傅洪赖萧阎"  # common surnames the list above had left out (萧 and 阎 are not 肖 and 闫)
) | frozenset(s for s in _SEEDED_SURNAMES if len(s) == 1)
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "宇文", "长孙", "夏侯",
                     "端木", "西门", "独孤", "呼延", "南宫") + tuple(s for s in _SEEDED_SURNAMES if len(s) == 2)
PERSON_TAGS = frozenset({"nr", "nrfg", "nrt"})
# Tags of words that do not continue a name after a lone surname: prepositions, conjunctions, particles,
# adverbs, pronouns, localisers, punctuation, interjections and onomatopoeia, verbs, and time words (于/p 明天/t:
# the preposition before a time, where the surname is not tagged a person's).
_NOT_GIVEN_TAGS = frozenset({"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "d", "r", "f", "x", "y", "e", "o",
                             "v", "vn", "vd", "vg", "zg", "t"})
_FUNCTION_TAGS = frozenset({"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "f", "x", "y", "e", "o", "zg"})
# Tags of dictionary words that are no name where a name is expected (曾经/d, 明确/ad, 连续/a, 高度重视/l,
# 任务/n, 党建/j): adverbs, adjectives, common nouns and abbreviations, conjunctions, prepositions, pronouns,
# numerals, time and place words, localisers, idioms, verbs. Proper nouns (于洋/ns, 金星/nz) are left to the
# caller's evidence: a given name may be written like a place.
_NOT_NAME_TAGS = frozenset({"d", "ad", "a", "ag", "an", "b", "c", "p", "r", "m", "mq", "q", "t", "tg", "f", "s", "l",
                            "i", "j", "n", "ng", "v", "vn", "vd", "vg", "u", "uj", "ul", "uz", "ud", "ug", "uv", "y",
                            "e", "o", "zg", "x", "nt"})
# Characters that end a name rather than belong to it (places, posts, counters, punctuation).
# function words and one-character verbs that follow a subject (the first line of _NOT_IN_NAME): one read into the end
# of a name is the word after it
_WORDS_AFTER_NAME = frozenset("的了和与及在对向把被将为从到给让用说是也都就已又还来去带领率同跟以并称讲等们")
_NOT_IN_NAME = frozenset("的了和与及在对向把被将为从到给让用说是也都就已又还来去带领率同跟以并称讲等们"
                         "村镇乡县市区省书记队员工作第驻派帮扶贫党支部委会组干部年月日个名位人户多余局厅院校司办站"
                         "、，,。；;：:“”‘’（）()《》 \n—·")
# Characters that end units' names (财政局, 卫生院) or open posts (书记) and are kept out of names, yet may close
# a given name the analyser reads as one person's word
_UNIT_OR_POST_FINALS = frozenset("局厅院校司办站书")
# Single verbs that do stand before another verb (modal and serial verbs: 要走访, 能解决, 忙种植), never read
# as a name's last character on that ground alone.
_BEFORE_VERBS = frozenset("要能会想敢肯愿忙可应该需试请叫让使陪领跑")
# Prepositions and conjunctions the analyser may join to the surname after them (由周/nr 致远/a 任…)
_PREPOSITIONS = frozenset("由和与及被将让把对向给从为同跟在")
# Function words the analyser may join to the character before them (保在, 华说): after a name they stand alone.
_FUNCTION_FINALS = frozenset("在说着了到是和也就都又还")
# one-character adverbs written right after a name before the verb (NAME刚到, NAME常说): seed kind adverb_after_name
_ADVERBS_AFTER_NAME = frozenset(seeded_words("adverb_after_name"))
# ordinary words the analyser's dictionary tags as a person's (辛勤/nr 付出/v): seed kind not_name
_NOT_NAMES = frozenset(seeded_words("not_name"))
# characters kept out of names for the words they open (党支部) that also close given names (国党): a given name's
# last character where the analyser reads one person's word and a verb follows it
_NAME_FINAL_KEPT_OUT = frozenset("党")
_ASPECT = frozenset("着了过")  # particles after a verb: a person's word ending in verb + particle ran the verb in
_PARTICLE_TOKENS = frozenset({("了", "ul"), ("着", "uz"), ("过", "ug")})  # the same particles as the analyser tags them alone
# what a preposition governs and a given name never is: a time word, a numeral, a pronoun, a locative
_AFTER_PREPOSITION_TAGS = frozenset({"t", "m", "r", "f"})
_NOT_FINAL_TAGS = frozenset({"d", "ad", "zg", "p", "c", "r", "u", "uj", "m", "q", "f"})
# verbs of saying: a person's, so a common noun right before one, where a name is expected, may be a given name
_SAYING = frozenset({"说", "表示", "介绍", "坦言", "告诉", "谈到"})
# function characters that also open common given names (和平, 为民, 从军, 以成, 同心, 于红, 与同); kept out of names
# elsewhere, they are a given name's first character only where the name is closed right after (see _closed_after)
_GIVEN_OPENING_FUNCTION = frozenset("和为从以同于与")
# what closes a name right after it: a mark, 的, 在, a verb of saying, a form of address, the verb of leading
_AFTER_CLOSED_NAME = ("、", "，", ",", "。", "：", ":", "的", "在", "同志", "带领", "一行", *_SAYING)
_WINDOW = 10          # characters of context the analyser sees on the side of the name
_CLAUSE_ENDS = "。！？；;，,：:、\n“”\"（）()《》 \t"
_CLAUSE_END_RE = re.compile(f"[{re.escape(_CLAUSE_ENDS)}]")
_HAN_WORD_RE = re.compile(r"[\u4e00-\u9fff]*")  # fullmatch: every character Han (an empty word too, as all() says)


@dataclass(frozen=True)
class Reading:
    name: str | None = None   # the name, when the analyser reads one
    vouched: bool = False     # the analyser tags it as a person (or made it from a word it does not know)
    veto: bool = False        # the analyser reads an ordinary word here, not a name
    open_end: bool = False    # a lone character follows that may still belong to the name (杨成/nrfg 波/j)


UNKNOWN = Reading()


class Tagger:
    """jieba-rs: words with their part-of-speech tags, and whether a word is in its dictionary."""

    def __init__(self) -> None:
        import rjieba  # imported here: loading the dictionary is a one-off on first use, not at import

        tag = rjieba.tag
        # the rules ask for the same short windows again and again (a stem, the characters after a post): each
        # string is tagged once; a tuple is kept so no caller's list can change what the next one reads
        self._tag = lru_cache(maxsize=16384)(lambda text: tuple(tag(text)))
        self._has_word = rjieba.has_word

    def tag(self, text: str) -> list[tuple[str, str]]:
        return list(self._tag(text))

    def known(self, word: str) -> bool:
        return self._has_word(word)


@lru_cache(maxsize=1)
def tagger() -> Tagger:
    """The analyser, made once per process on first use."""
    return Tagger()


def surname_length(word: str) -> int:
    """2 for 欧阳…, 1 for 李…, 0 when `word` does not start with a surname."""
    if word[:2] in COMPOUND_SURNAMES:
        return 2
    return 1 if word[:1] in SURNAMES else 0


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _plausible(word: str) -> bool:
    """A surname and one or two given characters, none of them a function or place character. A given name
    may begin with 日 (日华, 日新) in a three-character name: 日 is kept out only where a date would put it."""
    head = surname_length(word)
    first_ok = word[head: head + 1] not in _NOT_IN_NAME or (word[head: head + 1] == "日" and len(word) == head + 2)
    return bool(head) and head + 1 <= len(word) <= head + 2 and _HAN_WORD_RE.fullmatch(word) is not None \
        and first_ok and word[-1] not in _NOT_IN_NAME


def _given(word: str, flag: str, surname_flag: str = "") -> bool:
    """A word that may be the given name after a lone surname (建功, 万里, 海燕); after a surname the analyser
    tags as a person's, an adverb or a verb too (冯/nr 立新/d)."""
    refused = _FUNCTION_TAGS if surname_flag in PERSON_TAGS else _NOT_GIVEN_TAGS
    return 1 <= len(word) <= 2 and _HAN_WORD_RE.fullmatch(word) is not None and flag not in refused \
        and not any(c in _NOT_IN_NAME for c in word)


def _given_word(t: Tagger, given: str) -> bool:
    """Does the analyser read `given` whole as a person's word (家伟/nr)?"""
    tags = t.tag(given)
    return len(tags) == 1 and tags[0][1] in PERSON_TAGS


def _book_given(given: str) -> bool:
    """书友, 书平: a given name of two characters opening with 书, which is kept out of names for 书记; the other
    character one that may end a name."""
    return len(given) == 2 and given[0] == "书" and given != "书记" and _is_han(given[1]) and given[1] not in _NOT_IN_NAME


def _opens_with_function(given: str) -> bool:
    """Two Han characters, the first a function character that opens given names, the second one that may end
    a name (never 村, 队, 县 …: 和村民, 从县里)."""
    return len(given) == 2 and given[0] in _GIVEN_OPENING_FUNCTION and _is_han(given[1]) and given[1] not in _NOT_IN_NAME


# words the analyser makes of a given name's common last character and the verb of saying after it (…明说)
_GIVEN_RUN_INTO_SAID = ("明说",)
# modal verbs no given name ends with (NAME要尽快…, NAME需认真…): after a name they open its predicate
_MODALS_NEVER_FINAL = frozenset("要需该敢肯")


def _clip_forward(text: str, pos: int) -> str:
    end = min(len(text), pos + _WINDOW)
    stop = _CLAUSE_END_RE.search(text, pos, end)
    return text[pos: stop.start() if stop else end]


def _clip_backward(text: str, end: int) -> str:
    start = max(0, end - _WINDOW)
    for i in range(end - 1, start - 1, -1):
        if text[i] in _CLAUSE_ENDS:
            return text[i + 1:end]
    return text[start:end]


_DATE_AFTER_YU_RE = re.compile(r"(?:19|20)\d{2}年|[去今前]年|[上本]月")


_SAYING_AFTER_SHORT_NAME = frozenset(("说", "表示", "介绍", "告诉", "讲", "：", ":", "，", ",", "。"))


def read_after(text: str, pos: int) -> Reading:
    """The name that starts at `pos` (just after a post, a unit or a title), as the analyser reads it."""
    reading = _read_after(text, pos)
    name = reading.name
    if name and len(name) >= 3 and name.endswith("于") and _DATE_AFTER_YU_RE.match(text, pos + len(name)):
        # 罗某于2017年9月驻村: 于 before a date is the preposition of time, not the given name's last character
        return Reading(name[:-1], reading.vouched)
    return reading


def _read_after(text: str, pos: int) -> Reading:
    """The name that starts at `pos` (just after a post, a unit or a title), as the analyser reads it."""
    window = _clip_forward(text, pos)
    if len(window) < 2:
        return UNKNOWN
    t = tagger()
    tokens = t.tag(window)
    word, flag = tokens[0]
    if word in _NOT_NAMES:
        return Reading(veto=True)
    head = surname_length(window)
    if not head:
        # 次仁多吉: a transliterated name has no surname; the analyser tags it nrt
        transliterated = flag == "nrt" and 3 <= len(word) <= 6 and _HAN_WORD_RE.fullmatch(word) is not None
        # 队长NAME说。: a two-character transliterated name the analyser reads as a person's, closed by the verb
        # of saying or by a mark (a name of the minorities has no Han surname to go by)
        short = flag in ("nr", "nrt") and len(word) == 2 and _HAN_WORD_RE.fullmatch(word) is not None \
            and len(tokens) > 1 and (tokens[1][0] in _SAYING_AFTER_SHORT_NAME)
        return Reading(word, True) if transliterated or short else UNKNOWN
    if len(word) > head + 2:
        if flag in PERSON_TAGS and len(word) == head + 3 and word[-1] in _NOT_IN_NAME and _plausible(word[:-1]):
            # 杨精泽/在 read as one person's word 杨精泽在: the analyser ran the word after a name into it
            return Reading(word[:-1], True)
        if flag in PERSON_TAGS and len(word) == head + 3 and word[-1] in _BEFORE_VERBS and _plausible(word[:-1]) \
                and len(tokens) > 1 and tokens[1][1].startswith("v"):
            # 廖某某要/nr 走/v: a modal verb before the verb after the name, run into the name by the analyser
            return Reading(word[:-1], True)
        if flag in PERSON_TAGS and len(word) == head + 3 and len(tokens) > 1 and tokens[1] in _PARTICLE_TOKENS \
                and _plausible(word[:-1]) and not t.known(word[-2:]) and t.tag(word[-1])[0][1].startswith("v"):
            # 王某某进/nr 了/ul: a one-character verb run into a three-character name, its particle left outside
            # (the last two characters are no word of their own, so the name does not stop after two)
            return Reading(word[:-1], True)
        if flag in ("nr", "nrfg") and _plausible(word[:head + 1]) and _plausible(word[:head + 2]):
            if len(word) == head + 3 and word[-1] in _ASPECT:
                # 韩旭哈着/nr: a one-character verb and its particle run into a two-character name (a particle
                # wants a verb before it: a three-character name has none)
                return Reading(word[:head + 1], True)
            # a person's word longer than a name: where the name stops the analyser does not tell (no veto),
            # the document decides
            return UNKNOWN
        # 高度重视, 乡村振兴: a longer word than any name starts here; a transliterated name is tagged nrt
        return Reading(word, True) if flag == "nrt" and len(word) <= 6 else Reading(veto=True)
    if flag in PERSON_TAGS and len(word) == head + 2 and len(tokens) > 1 and tokens[1] in (("着", "uz"), ("过", "ug")) \
            and _plausible(word[:-1]) and t.tag(word[-1])[0][1].startswith("v"):
        # 韩旭望/nr 着/uz: the verb before the particle read into the name
        return Reading(word[:-1], True)
    if len(word) == head and flag == "d" and len(tokens) > 1 and tokens[1][1].startswith("v"):
        return Reading(veto=True)  # 队员都/d 有/v: a surname character read as an adverb, a verb after it
    if len(word) == head and flag == "p" and len(tokens) > 1 and tokens[1][1] in _AFTER_PREPOSITION_TAGS:
        return Reading(veto=True)  # 成员由/p 最初/t 的…: a surname character read as a preposition before a time or count
    if len(word) == head and len(tokens) > 1 and _given(*tokens[1], flag):
        name = word + tokens[1][0]
        return Reading(name, flag in PERSON_TAGS or tokens[1][1] in PERSON_TAGS)  # 罗/j 志远/nrfg
    if len(word) == head and len(tokens) > 2 and _book_given(tokens[1][0]) and tokens[2][1].startswith("v"):
        return Reading(word + tokens[1][0], True)  # 钱/n 书友/n 说/v: a given name opening with 书, a verb after it
    if len(word) == head and len(tokens) > 1 and len(tokens[1][0]) == 2 and _opens_with_function(tokens[1][0]) \
            and tokens[1][1] not in _FUNCTION_TAGS and tokens[1][1] not in ("d", "ad") \
            and text.startswith(_AFTER_CLOSED_NAME, pos + head + 2):
        # 李/nr 和平/nz 说, 张/q 为民/v 的: a given name opening with a function character, read by the analyser as one
        # word after the lone surname (no adverb: 从不, 从严), the name closed right after it
        return Reading(word + tokens[1][0], True)
    if len(word) == head:
        return UNKNOWN
    if flag in PERSON_TAGS and len(word) == head + 1 and len(tokens) > 1 and tokens[1][0] in _GIVEN_RUN_INTO_SAID \
            and _plausible(word + tokens[1][0][0]):
        # 柏志/nr 明说/v: a given name's last character read with the verb of saying after it as one word
        return Reading(word + tokens[1][0][0], True)
    if len(word) == head + 1 and flag in ("p", "c") and _opens_with_function(window[head: head + 2]) \
            and not t.known(window[head: head + 2]) and text.startswith(_AFTER_CLOSED_NAME, pos + head + 2):
        # 魏从/p 顺说/v: the analyser joined the surname to the given name's first character, a function character,
        # as a preposition; the given name is no word it knows and the name is closed right after it
        return Reading(window[: head + 2], True)
    if flag in PERSON_TAGS and len(word) == head + 2 and word[-1] in _MODALS_NEVER_FINAL and _plausible(word[:-1]) \
            and len(tokens) > 1 and tokens[1][1] in ("d", "ad", "p", "v"):
        # 钱某要/nr 尽快/d 熟悉/v: a modal verb after a two-character name, read into it by the analyser
        return Reading(word[:-1], True)
    if not _plausible(word):
        if flag in PERSON_TAGS and len(word) == head + 2 and word[-1] in _WORDS_AFTER_NAME and _plausible(word[:-1]) \
                and len(tokens) > 1:
            # 李剑用/nr 扶贫/v: a function word or a one-character verb after a two-character name read into it
            return Reading(word[:-1], True)
        if flag in PERSON_TAGS and len(word) == head + 2 and _HAN_WORD_RE.fullmatch(word) is not None \
                and (word[-1] not in _NOT_IN_NAME or (word[-1] in _NAME_FINAL_KEPT_OUT and len(tokens) > 1
                                                      and tokens[1][1].startswith("v"))) and not t.known(word[head:]):
            # 张书某, 郑从某: a character kept out of names for the words it starts (书记, 从事) is a given
            # name's here, where the analyser reads a person and the given name is no word of its own
            return Reading(word, True)
        if flag in PERSON_TAGS and len(word) == head + 2 and word[-1] in _UNIT_OR_POST_FINALS \
                and word[head] not in _NOT_IN_NAME and _HAN_WORD_RE.fullmatch(word) is not None and not t.known(word[head:]) \
                and len(tokens) > 1 and (tokens[1][1].startswith("v") or tokens[1][0] == "驻村"):
            # 罗建局/nr 介绍/v, 王振书/nr 驻村/n: a given name ending in a character of unit names or posts (局, 院, 书),
            # the analyser reading one person's word and a verb (or the cadre's stay) after it (a unit's name is
            # no person's word: 某局/n; 书记 is the post: 王/书记)
            return Reading(word, True)
        return Reading(veto=True) if t.known(word) and flag not in PERSON_TAGS else UNKNOWN
    if len(word) == head + 1 and len(tokens) > 1 and flag not in PERSON_TAGS and flag not in _FUNCTION_TAGS \
            and len(tokens[1][0]) == 1 and tokens[1][1] in PERSON_TAGS and _given(tokens[1][0], "nr"):
        # 甘露/v 萍/nr: the surname and the given name's first character make a word, the last the analyser tags
        # as a person's: the three are the name
        return Reading(word + tokens[1][0], True)
    # 第一书记任上/f: a word the dictionary does not list, but tagged a localiser or function word, is no name;
    # x is the analyser's tag for punctuation and for a word its HMM made outside the dictionary (祁博韬/x 骑/v):
    # a plausible name of Han characters tagged x is the latter
    if flag.startswith("v") and word[0] in _ADVERBS_AFTER_NAME and len(tokens) > 1 and tokens[1] == ("的", "uj"):
        return Reading(veto=True)  # 队员常走/v 的/uj 山路: an adverb and a verb qualifying a noun, whatever surname 常 is
    if flag in PERSON_TAGS or (not t.known(word) and (flag not in _FUNCTION_TAGS or flag == "x")):
        if len(word) == head + 1 and len(tokens) > 1:
            nxt, nflag = tokens[1]
            if len(nxt) == 1 and nflag in PERSON_TAGS and _given(nxt, "nr"):
                return Reading(word + nxt, True)  # 严正/nr 宏/nr: the analyser split a three-character name
            if 2 <= len(nxt) <= 3 and nxt[1] in _ADVERBS_AFTER_NAME and nxt[0] not in _NOT_IN_NAME and _is_han(nxt[0]) \
                    and not t.known(nxt) and t.tag(nxt[0])[0][1] not in _NOT_FINAL_TAGS and _plausible(word + nxt[0]) \
                    and (nflag.startswith("v") if len(nxt) == 3 else len(tokens) > 2 and tokens[2][1].startswith("v")):
                # 庞立/nr 恒刚/d 到/v, 刘海/nr 波常去/v: the analyser joined the name's last character to the adverb
                # after it (刚, 常), and to its verb, in a word its dictionary does not know: the character is the name's
                return Reading(word + nxt[0], True)
            if len(nxt) == 2 and nflag in PERSON_TAGS and nxt[1] in _ADVERBS_AFTER_NAME and nxt[0] not in _NOT_IN_NAME \
                    and _is_han(nxt[0]) and len(tokens) > 2 and _plausible(word + nxt[0]) \
                    and (tokens[2][1].startswith("v") or (nxt[1] == "正" and tokens[2][0].startswith("在"))):
                # 某定/nr 雍正/nr 在/p: the name's last character and the adverb after it (正在, 常去) read as another
                # person's word (a historical name the dictionary holds): the character is the name's
                return Reading(word + nxt[0], True)
            if len(nxt) == 2 and len(tokens) > 2 and nxt[0] not in _NOT_IN_NAME and _is_han(nxt[0]) \
                    and (not t.known(nxt) or (not nflag.startswith("v") and tokens[2][1] in ("uz", "ug"))) \
                    and t.tag(nxt[0])[0][1] not in _NOT_FINAL_TAGS and _plausible(word + nxt[0]) \
                    and t.tag(nxt[1])[0][1] == "v" and tokens[2][1] in ("uz", "ul", "ug"):
                # 庞立/nr 恒带/n 着/uz: the analyser joined the name's last character to the one-character verb after it
                # (带, with its particle 着/了/过 next) in a word it does not know, or in a noun it knows, which
                # 着/过 cannot follow (庞立/nr 红旗/n 着/uz): the character is the name's
                return Reading(word + nxt[0], True)
            if len(nxt) == 2 and nxt[1] in _FUNCTION_FINALS and nxt[0] not in _NOT_IN_NAME and _is_han(nxt[0]) \
                    and not t.known(nxt) and (t.tag(nxt[0])[0][1] not in _NOT_FINAL_TAGS
                                              or _given_word(t, word[head:] + nxt[0])):
                # 唐明/nr 保在/v: the analyser made a word of the name's last character and the function word
                # after it, a word its dictionary does not know; the document decides (an adverb before it, 常在
                # 总在, is no name's character; a character it tags alone as such may end a given name it knows
                # whole: 某家/nrfg 伟在 with 家伟/nr)
                return Reading(word, True, open_end=True)
            if len(nxt) == 2 and nxt[1] in "和与及同" and nxt[0] not in _NOT_IN_NAME and _is_han(nxt[0]) \
                    and len(tokens) > 2 and tokens[2][1][:1] == "n" and _plausible(word + nxt[0]):
                # 崔公/nr 政和/n 工作队/n: the analyser joined the name's last character to the conjunction after it
                # in a word it knows, a noun after them (the name and the team); the document decides
                return Reading(word, True, open_end=True)
            if len(nxt) == 1 and nflag.startswith("v") and nxt not in _NOT_IN_NAME and nxt not in _BEFORE_VERBS \
                    and len(tokens) > 2 and len(tokens[2][0]) >= 2 and tokens[2][1] == "v":
                # 周全/nr 发/v 带领/v: a lone verb character right before another verb is more likely the name's
                # last character than a verb of its own; the document decides
                return Reading(word, True, open_end=True)
            if len(nxt) == 1 and (_given(nxt, nflag) or (len(tokens) == 2 and _given(nxt, "nr"))):
                # 杨成/nrfg 波/j, 孔明/nr 亮/v at the end of the clause: the document decides
                return Reading(word, True, open_end=True)
        return Reading(word, True)
    following = tokens[1][0] if len(tokens) > 1 else ""
    if flag == "n" and following in _SAYING:
        return Reading(word)  # 队长来源/n 介绍: a given name that is a common noun, its bearer speaking; not vouched
    if flag in _NOT_NAME_TAGS and not following.startswith("同志"):
        return Reading(veto=True)  # 第一书记曾经/d, 队长明确/ad 表示, 第一书记连续/a 三年
    return UNKNOWN  # 于洋/ns, 金星/nz: a proper noun may be a given name; the caller's own evidence decides


_NUMERAL_FINALS = frozenset("二三四五六七八九")  # numerals that end given names (not 一 or 十, which open counts: 李明一行)


def read_before(text: str, end: int) -> Reading:
    """The name that ends at `end` (just before 是/任/担任 or a posting), as the analyser reads it."""
    window = _clip_backward(text, end)
    if len(window) < 2:
        return UNKNOWN
    t = tagger()
    tokens = t.tag(window)
    word, flag = tokens[-1]
    if word in _NOT_NAMES:
        return Reading(veto=True)
    if len(tokens) > 1:
        prev, pflag = tokens[-2]
        if surname_length(prev) == len(prev) and _given(word, flag, pflag) and len(word) <= 2:
            return Reading(prev + word, pflag in PERSON_TAGS or flag in PERSON_TAGS)  # 魏/nr 建军/n
        if len(prev) == 2 and prev[0] in _PREPOSITIONS and surname_length(prev[1]) == 1 and pflag in PERSON_TAGS \
                and _given(word, flag, pflag):
            return Reading(prev[1] + word, True)  # 由周/nr 致远/a: a function word run into the surname after it
    if _plausible(word) and (flag in PERSON_TAGS or not t.known(word)):
        return Reading(word, True)
    if len(word) == 4 and word[0] in _PREPOSITIONS and flag in PERSON_TAGS and surname_length(word[1:]) == 1 \
            and _plausible(word[1:]):
        return Reading(word[1:], True)  # 由罗国栋/nr: a function word and a whole name read as one longer name
    if len(tokens) > 1 and len(word) == 1 and word in _NUMERAL_FINALS and flag == "m" and tokens[-2][1] in PERSON_TAGS \
            and surname_length(tokens[-2][0]) and len(tokens[-2][0]) == surname_length(tokens[-2][0]) + 1:
        # 李合/nr 三/m 是: a given name ending in a numeral (李合三, 王小五), the numeral split off as a number
        return Reading(tokens[-2][0] + word, True)
    if len(tokens) > 1 and len(word) == 2 and surname_length(tokens[-2][0]) == len(tokens[-2][0]) \
            and tokens[-2][1] not in _NOT_GIVEN_TAGS and not any(c in _NOT_IN_NAME for c in word):
        # 钱/n 立新/d, 高/a 远航/v: a given name written like an ordinary word, after a lone surname the analyser
        # reads as a noun or an adjective (not 曾/d 连续/a): no veto, the caller's own evidence decides
        return UNKNOWN
    if len(word) >= 2 and flag in _NOT_NAME_TAGS and t.known(word):
        return Reading(veto=True)  # 连续/a 担任: an ordinary word before the post
    return UNKNOWN
