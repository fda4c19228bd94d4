"""Stationed cadres named in a report: name, role, village, township, county, dispatch unit, start.

A name is looked for only next to a programme post or a posting (the words are in seeds/person_cues.csv):
  - after the post, with the village before it:   白石村第一书记邬志强, 青禾村第一书记柏文涛对记者说
  - after the post alone, if the name recurs or the lexical analyser tags it as a person's
                                                   (某单位工作队队长NAME所说, 第一书记NAME ... NAME)
  - after the post and the cadre's unit and title: 某村第一书记、县审计局干部NAME; after 任第一书记的
  - before "是/任/现任/担任 … 第一书记":           NAME，是某村驻村第一书记
  - before a posting, past 同志, a profile, a date or 由+unit:
                                                   县财政局的NAME，于2022年3月下派到某村任第一书记
  - opening a clause that states the post:         NAME有另一个身份，某村的第一书记
  - in a list before "等N名第一书记":               由NAME、NAME等9名第一书记
  - in a list right before a count, no 等 (two names or more), with the villages listed before the names
    paired in order:                               选派到某镇甲村、乙社区的NAME、NAME 2名第一书记
  - names listed before a posting (分别):           NAME、NAME分别担任甲村、乙村第一书记
  - before a verb of the post, past an adverb:     NAME连续当了N年某村“第一书记” (verbs and adverbs in the seed),
    or a village after 在:                         NAME已在某村当了三年第一书记
  - after 是 following the post:                   某村第一书记是县某局的NAME
  - the post in apposition, the name opening it:   NAME，县某局派驻某村第一书记。
  - named by unit and title arriving in a village, the post in that sentence or the next:
                                                   县某局干部NAME刚到某村时，…。他当了三年第一书记
  - a clause bringing the cadre to the village:    NAME来到某村，成为村里的第一书记
  - a headline line and a speaker claiming the post: NAME：…的“第一书记”; NAME说：“作为第一书记，我…”
  - names counted, then sent to a village:         某公司先后选派NAME、NAME两人到某村驻村扶贫，担任第一书记
  - one name, the object of the posting verb:     某公司选派NAME驻村帮扶某村, 选派NAME到某村任第一书记
  - the one a team is led by:                     某局驻村工作队在NAME的带领下…
  - the one credited beside the team's members:   在NAME和扶贫工作队员的努力下… (the article's post)
  - a profile card:                               姓名：NAME / 单位：… / 驻村地点：某县某镇某村
  - names, then 是 and a posting to a village:    NAME和NAME是某单位2019年5月派驻某村的扶贫干部
  - a name introduced (名叫) or opening a clause of what the cadre was, posted later in the passive:
                                                   名叫NAME，原某局副主任，2019年初被选派到某村任第一书记
  - members listed after the team's size:          某村工作队共有3名成员，NAME、NAME和NAME，他们…
  - unit and title, the posting later in the sentence, in the passive:
                                                   县某局干部NAME与…竞争…，最终被派到某村担任第一书记
  - unit and title, a stay in a village counted:   县某局干部NAME，已在某村驻村扶贫51天
  - a form of address explained as a sent cadre, arriving in the next sentence:
                                                   村民口中的马书记，就是县某局下派干部NAME。…他来到某村
  - a team roster over sentences, the work team named just before:
                                                   …组成驻村工作队，进驻某村。队长NAME是…，队员NAME是…
  - a post after a demonstrative or in a sentence opened by a pronoun, pointing back to the cadre named just
    before (written twice or more):               NAME每天…。这位“80后”驻村第一书记，来自…; 他是县某局派驻某村的第一书记
  - a profile sentence, the name after an age, a descriptor or the unit and title, the village reached, the post
    last:                                          今年45岁的NAME离开县某局，来到某村，担任第一书记
Where a name stops is read with the lexical analyser (flows/reports/names.py) on a short window of the
candidate sentence: 队长李娜介绍 → 李娜, not 李娜介; an ordinary word where a name could stand is no name
(第一书记连续三年, 连续担任第一书记的有12名). When the analyser cannot tell, the document decides: the
three-character form is kept only when it recurs as often as the two-character one (韦勇记得 → 韦勇). An adverb
the analyser reads into a three-character name written once (NAME正坐在…, NAME仍坚持…) is cut from it; a lone
verb character split off before another verb, or joined to a function word into a word the dictionary does not
know (周全/发/带领, 唐明/保在), may be the name's last character and the page decides. Where
the analyser joins a name's last character to the next word, the page overrides it when it writes the
longer form every time, before different words; a name found whole and cut short, or once with two
characters swapped, is one cadre under the form the page writes more often. Forms of address (王大爷,
李书记) are no names.
The place: the village before the post (a quoted post or a party branch between them), the villages of a
list in order, a residents' committee after the township, else a clause of the article with the name as
subject (NAME在某县某镇某村驻村); a dateline or the sending unit read into a village name is cut off.
Reporters, villagers and officials of the place (a cue word such as 记者, 村民, 县委书记 before the name,
here or elsewhere on the page) are not stationed cadres.
"""
from __future__ import annotations

import csv
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from flows.reports import names
from flows.reports.models import Person
from flows.reports.names import COMPOUND_SURNAMES, SURNAMES
from flows.reports.numbers import parse_number
from flows.reports.regions import BOUNDARY, GENERIC_ENDINGS, GENERIC_PLACES, Place, chains, resolve_adcode
from flows.reports.scan import AnchoredPattern, alternation_by_first, numeral_run, numeral_run_or, spelled_out, trie_pattern

__all__ = ["PeopleExtractor", "Cues", "load_cues", "CUES_SEED", "SURNAMES", "COMPOUND_SURNAMES"]

CUES_SEED = Path(__file__).resolve().parents[2] / "seeds" / "person_cues.csv"
CUE_KINDS = ("role", "role_short", "dispatch", "post", "post_verb", "adverb", "title", "honorific", "address", "not_cadre",
             "common_noun_role", "listed_role", "relative_year", "byline_marker", "byline_line_marker", "self_introduction",
             "first_person_arrival", "first_person_posting", "first_person_post", "surname",
             "stay_verb", "outcome_adverb", "member_noun", "passive_agent", "together", "team_qualifier", "clause_final", "name_part",
             "adverb_after_name", "demonstrative", "profile_descriptor",
             "pronoun", "author_note", "posted_title", "not_name", "time_opener", "aid_title", "counted_title",
             "post_delegate", "colleague", "byline_bullet")
ROLE_CODES = ("first_secretary", "team_leader", "team_member")

# Characters of places, posts and counts kept out of names (村, 书, 队, 年…): no given name opens with one of
# them where the analyser does not vouch for the name (和群众 after a post is 和 and 群众, however often written)
_PLACE_OR_POST_CHARS = frozenset("村镇乡县市区省书记队员长工作第驻派帮扶贫党支部委会组干部年月日个名位人户多余")
# Characters that end a name rather than belong to it (NAME和…, NAME一同…, NAME对记者说).
NOT_IN_NAME = set("的了和与及在对向把被将为从到给让用说是也都就已又还来去曾带领率同跟以并称讲等们一二三四五六七八九十"
                  "村镇乡县市区省书记队员长工作第驻派帮扶贫党支部委会组干部同年月日个名位人户多余"
                  "、，,。；;：:“”‘’（）()《》 \n—·")


# A sentence's opening date, optional (2021年6月，他…): what may stand before the pronoun that opens it.
# (2021年起，他…: the date may say from when)
_DATE_OPENING = r"\s*(?:(?:19|20)\d{2}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:初|底)?(?:起|以来|开始)?[，,]?\s*)?"


@dataclass(frozen=True)
class Cues:
    """The programme's words for posts and people, from seeds/person_cues.csv (a steward extends them there).

    `roles`: spellings of a post and its role code, longest first (第一书记 → first_secretary); `short_roles`:
    spellings that are a post only where a work team is named before them (队长, 队员); `dispatch`: verbs
    of a posting (派驻, 下派); `posts`: nouns that state a person's post (身份, 职务); `post_verbs`: verbs
    between a name and the post it holds (是, 担任, 当了); `adverbs`: words that may stand between the name
    and such a verb (连续, 一直); `titles`: a cadre's
    title before the name (县农业局干部NAME); `honorifics`: words right after a name (NAME同志);
    `addresses`: words after a surname that make it a form of address, not a name (王大爷, 李书记);
    `not_cadre`: words before a name that make it a reporter, a villager or an official of the place
    (记者, 村民, 县委书记), never a stationed cadre.
    `common_noun_roles`: posts that are also common nouns (驻村干部), read for a name only before a surname;
    `relative_years`: years named from the story's time (去年); `byline_markers` (anywhere, before a colon),
    `byline_line_markers` (at a line start) and `self_introductions` (我叫): what stands before an author's
    name; `first_person_arrivals`, `first_person_postings`, `first_person_posts`: a narrator's move to a
    village, the posting after it, a post named of themselves (the narrator is then the cadre); `surnames`:
    surnames beyond names.py's list (read there too); `stay_verbs`: a stay in a village counted in days (泡在某村);
    `outcome_adverbs`: what opens the clause ending a selection in a posting (最终被派到); `member_nouns`: the
    members a team's size counts before their names (共有3名成员); `passive_agents`: who sends, written between
    被 and the posting verb (被组织派往某村); `together`: words of going along with someone (与我一同派驻的NAME);
    `team_qualifiers`: what a team is named for, between the verb of a post and 工作队 (担任扶贫工作队队长);
    `clause_finals`: what closes a subordinate clause right after a name and before its comma (见到NAME时，), never
    the name's last character there; `name_parts`: the words transliterated names without a surname are made of,
    two to a name (Tibetan 扎西, 次仁: 扎西次仁), read where the analyser tags them as places or nouns.
    """
    roles: tuple[tuple[str, str], ...]
    short_roles: frozenset[str]
    dispatch: tuple[str, ...]
    posts: tuple[str, ...]
    post_verbs: tuple[str, ...]
    adverbs: tuple[str, ...]
    titles: tuple[str, ...]
    honorifics: tuple[str, ...]
    addresses: tuple[str, ...]
    not_cadre: tuple[str, ...]
    common_noun_roles: frozenset[str] = frozenset()
    relative_years: tuple[str, ...] = ()
    byline_markers: tuple[str, ...] = ()
    byline_line_markers: tuple[str, ...] = ()
    self_introductions: tuple[str, ...] = ()
    first_person_arrivals: tuple[str, ...] = ()
    first_person_postings: tuple[str, ...] = ()
    first_person_posts: tuple[str, ...] = ()
    surnames: tuple[str, ...] = ()
    stay_verbs: tuple[str, ...] = ()
    outcome_adverbs: tuple[str, ...] = ()
    member_nouns: tuple[str, ...] = ()
    passive_agents: tuple[str, ...] = ()
    together: tuple[str, ...] = ()
    team_qualifiers: tuple[str, ...] = ()
    clause_finals: tuple[str, ...] = ()
    name_parts: tuple[str, ...] = ()
    demonstratives: tuple[str, ...] = ()
    profile_descriptors: tuple[str, ...] = ()
    pronouns: tuple[str, ...] = ()
    author_notes: tuple[str, ...] = ()
    posted_titles: tuple[str, ...] = ()
    time_openers: tuple[str, ...] = ()
    aid_titles: tuple[str, ...] = ()
    listed_roles: frozenset[str] = frozenset()
    counted_titles: tuple[str, ...] = ()
    post_delegates: tuple[str, ...] = ()
    colleagues: tuple[str, ...] = ()
    byline_bullets: tuple[str, ...] = ()


@lru_cache(maxsize=4)
def load_cues(path: Path = CUES_SEED) -> Cues:
    by_kind: dict[str, list[tuple[str, str]]] = {kind: [] for kind in CUE_KINDS}
    with Path(path).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        for row in reader:
            where = f"{path}, line {reader.line_num}"
            kind, cue, code = row["kind"].strip(), row["cue"].strip(), (row.get("role_code") or "").strip()
            if kind not in by_kind:
                raise ValueError(f"{where}: cue {cue!r}: unknown kind {kind!r} (a spelling mistake, or a new class "
                                 f"of text: then name it in CUE_KINDS, flows/reports/people.py)")
            if not cue:
                raise ValueError(f"{where}: empty cue of kind {kind!r}")
            if kind in ("role", "role_short", "common_noun_role", "listed_role") and code not in ROLE_CODES:
                raise ValueError(f"{where}: post {cue!r}: unknown role_code {code!r}")
            if kind in CUE_KINDS[CUE_KINDS.index("relative_year"):] and code:
                raise ValueError(f"{where}: {kind} {cue!r} takes no role_code, found {code!r}")
            if kind == "surname" and not (len(cue) <= 2 and all("\u4e00" <= c <= "\u9fff" for c in cue)):
                raise ValueError(f"{where}: surname {cue!r}: one or two Chinese characters")
            by_kind[kind].append((cue, code))
    empty = [kind for kind, rows in by_kind.items() if not rows]
    if empty:  # an empty alternation would match everywhere
        raise ValueError(f"{path}: no rows of kind {', '.join(empty)}: each pattern needs at least one")
    posts = {cue: code for cue, code in by_kind["role"] + by_kind["role_short"]}
    for kind in ("common_noun_role", "listed_role"):
        for cue, code in by_kind[kind]:
            if posts.get(cue) != code:
                raise ValueError(f"{path}: {kind} {cue!r} ({code}) is no role row of the seed: add it as a role too")

    def words(kind: str) -> tuple[str, ...]:
        return tuple(sorted({cue for cue, _ in by_kind[kind]}, key=len, reverse=True))

    roles = tuple(sorted(by_kind["role"] + by_kind["role_short"], key=lambda item: -len(item[0])))
    return Cues(roles, frozenset(cue for cue, _ in by_kind["role_short"]), words("dispatch"), words("post"),
                words("post_verb"), words("adverb"), words("title"), words("honorific"), words("address"), words("not_cadre"),
                frozenset(words("common_noun_role")), words("relative_year"), words("byline_marker"),
                words("byline_line_marker"), words("self_introduction"), words("first_person_arrival"),
                words("first_person_posting"), words("first_person_post"), words("surname"),
                stay_verbs=words("stay_verb"), outcome_adverbs=words("outcome_adverb"), member_nouns=words("member_noun"),
                passive_agents=words("passive_agent"), together=words("together"),
                team_qualifiers=words("team_qualifier"), clause_finals=words("clause_final"),
                name_parts=words("name_part"), demonstratives=words("demonstrative"),
                profile_descriptors=words("profile_descriptor"), pronouns=words("pronoun"),
                author_notes=words("author_note"), posted_titles=words("posted_title"),
                time_openers=words("time_opener"), aid_titles=words("aid_title"),
                listed_roles=frozenset(words("listed_role")), counted_titles=words("counted_title"),
                post_delegates=words("post_delegate"), colleagues=words("colleague"),
                byline_bullets=words("byline_bullet"))


# characters no transliterated name holds (都, 木, 巴 may: 阿某都木): function words, place suffixes, marks
# (队, 组, 局: a team, a group or a bureau written again and again, 帮扶队, never a transliterated name's end)
_NOT_IN_TRANSLITERATED = frozenset("的了和与及在对向把被将为从到给让用说是也就已又还曾等们村镇乡县市区省队组局"
                                   "、，,。；;：:“”‘’（）()《》 \n—·")
# what may open the pronoun's sentence before it (这一天，一年多以前，2019年3月，): a short phrase of time, or nothing
_PRONOUN_SENTENCE_LEAD_RE = re.compile(r"\s*(?:[^，。,；;！？\n]{0,10}[，,])?\s*")
_DATE_OPENING_RE = re.compile(_DATE_OPENING)  # a date opening a sentence, if any, its comma and the spaces around it
_AGED_NAME_BEFORE_RE = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})岁的(?P<name>[\u4e00-\u9fff]{2,4})$")
# the characters that make a title with 长 after them (连长, 社长, 局长): where a surname is one of them, 长 is no
# given name's first character
_TITLE_BEFORE_ZHANG = frozenset("连师班团排营家会行社车船庄乡镇村县市省局科处所站院校馆部队厂组")


def _zhang_given(word: str) -> bool:
    """马长健, 吕长胜: a surname, then a given name that opens with 长 (kept out of names for 队长, 局长) and a
    second character that may end a name; not 连长/社长, where the surname's character makes the title."""
    return len(word) == 3 and word[1] == "长" and word[0] in SURNAMES and word[0] not in _TITLE_BEFORE_ZHANG \
        and _is_cjk(word[2]) and word[2] not in NOT_IN_NAME


_NAME_NOTE_RE = re.compile(r"[（(][^（()）。；;！？\n]{1,24}[）)](?=[、和及与])")  # a note on one listed name
_OPEN_QUOTES, _CLOSE_QUOTES = frozenset("“\"「『"), frozenset("”\"」』")
# an opening quotation mark and a few Han characters right before a post (“脱贫攻坚第一书记”): a quoted post with a lead
_QUOTED_LEAD_RE = re.compile(r"[“「『][\u4e00-\u9fff]{1,8}$")
_NO_ETC = "[\u4e00-\u7b48\u7b4a-\u9fff]"  # a CJK character other than 等 (which closes a list of names)
_SENDING_LEVEL = "(?:[省市县区州厅局]派)?"  # the level that sends the cadres, before their post (市派第一书记)
# the title of those counted and 为 before the post they are made (3名教师为本轮工作队队员)
_NAMED_AS = r"(?:[\u4e00-\u9fff]{1,4}?为[^，。,；;！？\n“”、]{0,14}?)?"
# a sentence that stations a team or cadres somewhere (派驻工作队, 驻村): the members it counts may be named
_STATIONS_RE = re.compile("派驻|进驻|驻村|工作队|工作组")


def _alt(words) -> str:
    return alternation_by_first(words)  # the words in their order, those of one first character grouped


class _Patterns:
    """The patterns that name a post, built once from the cues."""

    def __init__(self, cues: Cues):
        # the posts as a tree of characters: the longest post at each place, as the longest-first alternation of
        # them matches (cues.roles is sorted so), with the engine following one branch instead of trying ~50 words
        role = trie_pattern([r for r, _ in cues.roles])
        self.role_code = dict(cues.roles)
        # 第一书记兼工作队长, 第一书记（兼工作队长）, 第一书记、工作队长: a second post after the first.
        # 某村“第一书记”NAME: the post may be quoted
        self.ROLE = re.compile(rf"(?:驻村)?(?P<q>[“\"‘])?(?:驻村)?(?P<role>{role})(?(q)[”\"’])"
                               rf"(?:[(（]?兼(?:任)?(?:驻村)?(?:{role})[)）]?|[、和/](?:驻村)?(?:{_alt(cues.team_qualifiers)})?(?:{role})"
                               rf"|[(（](?:驻村)?(?:{_alt(cues.team_qualifiers)})?(?:{role})[)）])?")
        # ROLE opens with optional parts, which the regex engine tries at every character: a match begins with
        # 驻村, a quotation mark or a post, so those are looked for first
        # (the posts as plain words here: an alternation of literals that re skips to at C speed; the trie, one
        # group among literals, would leave the cue no first-character set)
        self.ROLE_SCAN = AnchoredPattern(self.ROLE, re.compile(_alt(["驻村", "“", "\"", "‘", *(r for r, _ in cues.roles)])))
        # NAME是/任/现任/担任 … 第一书记 (是省交通运输厅派驻某村的第一书记: the unit and the village between)
        # NAME连续当了N年某村“第一书记”: an adverb before the verb (the verbs and adverbs are in the seed)
        # NAME已在某村当了三年第一书记: the village may stand before the verb, after 在
        # NAME“走马上任”某村第一书记: the verb may be quoted
        # NAME除了在某局上班，还兼任该村第一书记: the cadre's own job, set aside in a clause of its own first
        # (时任某局书记的NAME成为了某村的首任工作队队长: the post after a later verb of becoming is the one he took, the
        # earlier 任 his old job)
        # (NAME在担任某村第一书记那几年: 在, the time the post was held, before the verb)
        self.IS_ROLE = re.compile(rf"(?:除了[^，。,；;！？\n]{{1,16}}?(?:之外|以外|外)?[，,]\s*)?"
                                  rf"(?:{_alt(cues.adverbs)})?(?:在(?P<at>[^，。,；;在]{{2,16}}?(?:村|社区|嘎查))"
                                  rf"(?:{_alt(cues.adverbs)})?)?(?:在(?=担任|任))?[“\"]?(?:{_alt(cues.post_verbs)})(?P<where>(?:(?!担任|成为|成了)[^，。,；;]){{0,32}}?)"
                                  rf"(?:驻村)?[“\"‘]?(?P<role>{role})")  # 任某村“第一书记”: the post may be quoted
        # 工作队的 + 队长: the post a team's cue (工作队的) leaves to the word after it
        self.POST_AFTER_TEAM = re.compile(rf"(?:驻村)?[“\"]?(?P<role>{role})")
        # 由NAME、NAME等9名第一书记 / NAME、NAME、NAME 3名第一书记 (no 等: two names or more, each a name) /
        # NAME、NAME等第一书记 (等 and no count)
        # where a LIST may end: digits or Chinese numerals and 名, or 等, then the post (numeral_run_or: opens with
        # one character class, so re skips to a numeral or 等 at C speed)
        # (3名市派驻村干部: the level that sends them may stand before the post, _SENDING_LEVEL)
        # (NAME、NAME 2名教师为本轮工作队队员: the count's title, then 为 and the post they are made, _NAMED_AS)
        # (NAME、NAME两位队员: 位 counts them as 名 does)
        self.LIST_TAIL = re.compile(rf"{numeral_run_or('一二两三四五六七八九十', '名|位', '等')}{_SENDING_LEVEL}{_NAMED_AS}"
                                    rf"(?:驻村)?(?:{role})")
        self.LIST = re.compile(rf"(?P<names>{_NO_ETC}{{2,4}}(?:、{_NO_ETC}{{2,4}})*)(?:(?P<etc>等)"
                               rf"(?:(?:\d+|[一二两三四五六七八九十]+)[名位])?|(?P<count>\d+|[一二两三四五六七八九十]+)[名位]){_SENDING_LEVEL}"
                               rf"{_NAMED_AS}(?:驻村)?(?P<role>{role})")
        # NAME（市农业农村局派驻某镇某村第一书记）: a list of cadres, each with the post in brackets.
        self.BRACKET_ROLE = re.compile(rf"[（(](?P<where>[^（()）。；;\n]{{0,40}}?)(?:驻村)?(?P<role>{role})[)）]")
        # 作为某村驻村第一书记，(县农业局干部)潘振宇…: the post first, the name after the comma; the unit and the
        # whole place of the posting may stand between 作为 and the post (作为某市某集团公司派驻某县某乡某村的第一书记)
        # 作为某局派驻某村的干部，NAME…: acting as a cadre sent to a village (no post named), the name after the comma
        self.AS_SENT_CADRE = re.compile(r"作为(?P<where>[^，。,；;！？\n]{0,30}?(?:派驻|选派|下派|派)[^，。,；;！？\n]{0,20}?(?:村|嘎查|社区))"
                                        r"的(?:驻村|帮扶|扶贫)?(?:干部|队员|工作队员|一员)[，,]\s*")
        self.AS_ROLE = re.compile(rf"(?:作为|身为)(?P<where>[^，。,；;！？\n]{{0,44}}?)(?:驻村)?(?P<role>{role})[”\"]?[，,]\s*"
                                  r"(?:(?P<unit>[\u4e00-\u9fff]{2,20}?)(?:干部|职工|教师|同志))?")
        # 潘振宇被选派到某镇某村任第一书记, 教师王雅琴到某村担任第一书记 (…到某村当第一书记): the name before the
        # move to the village.
        # NAME，三个多月前到某村挂职驻村: the name, then the move to the village to be stationed, no post named
        # (the post is the one the article speaks of).
        # 由某办公室派出两位干部NAME、NAME: a count of cadres sent, their names in apposition.
        self.COUNTED_NAMES = re.compile(r"(?:派出|选派|派驻|下派|抽调)了?(?:[一二两三四五六七八九十]|\d+)(?:名|位)"
                                        r"(?:优秀|年轻|党员|机关)?(?:干部|同志|队员|工作人员)"
                                        # 选派8名干部任某村第一书记: a verb of the post or of going after them, no name
                                        r"(?![任到赴驻为]|担任|进驻|分赴|组成|前往)")
        # NAME是某局主任科员，2015年9月起任某县某镇某村第一书记: the posting dated from when it began.
        self.POSTED_SINCE = re.compile(rf"(?:起|开始)(?:担任|任)(?P<where>[^，。,；;！？\n]{{2,24}}?(?:村|嘎查))"
                                       rf"(?:驻村|村?党?总?支部?|村)?(?P<role>{role})")
        # NAME带领某机关工作队入驻某村: the one who leads the team in.
        self.LEADS_TEAM = re.compile(r"带领[^，。,；;！？\n]{0,14}?工作队(?:入驻|进驻|驻|到|来到)"
                                     r"(?P<where>[^，。,；;！？\n]{2,24}?(?:村|嘎查))")
        # NAME被派到某村时: sent to a village in the passive, no post named.
        self.STATIONED = re.compile(r"(?:(?:被)?(?:选派|派驻|下派|委派|选调|派|来|调)?(?:到|至|赴)"
                                    r"(?P<where>[^，。,；;！？\n]{2,24}?(?:村|嘎查))(?:挂职|蹲点)?驻村(?![工干队])"
                                    r"|被(?:选派|派驻|下派|派)(?:到|至|赴)?(?P<sent>[^，。,；;！？\n]{2,24}?(?:村|嘎查))(?![民委两干]))")
        # STATIONED opens with optional words, tried at every character: a match begins with one of these words
        # (spelled out in full, not by their first characters: 下, 来 and 派 alone begin no match)
        stationed_leads = dict.fromkeys([
            *spelled_out(("被", ""), ("选派", "派驻", "下派", "委派", "选调", "派", "来", "调", ""), ("到", "至", "赴")),
            *spelled_out(("被",), ("选派", "派驻", "下派", "派"))])
        self.STATIONED_SCAN = AnchoredPattern(self.STATIONED, re.compile(_alt(stationed_leads)))
        # …派驻某县某乡某村担任支部第一书记, 被选派到某村，担任驻村第一书记: a dispatch verb may stand for 到, a comma
        # may come before the post, and the village's party branch (支部) before the post itself.
        # (被组织派往某村担任“第一书记”: 派往 for 派到, the post in quotation marks; NAME一直在某村担任第一书记:
        # the post held in the village, 在 for 到; 被选派到某乡任某村第一书记, 到某乡任工作队总领队兼某村第一书记: sent
        # to a township, the village of the post named after 任)
        # (?:(?:被)?(?:选派|…|调)?(?:到|至|赴)|在|(?:被)?(?:选|下)?派往|派驻|选派|下派), spelled out word by word in
        # the order re tries them: an opening of literals, which re skips to at C speed
        assigned_leads = _alt(dict.fromkeys([
            *spelled_out(("被", ""), ("选派", "派驻", "下派", "委派", "选调", "派", "来", "调", ""), ("到", "至", "赴")),
            "在", *spelled_out(("被", ""), ("选", "下", ""), ("派往",)), "派驻", "选派", "下派",
            "入驻", "进驻"]))  # 2019年4月入驻某村，任第一书记: stationed into the village, the post after it
        self.ASSIGNED = re.compile(rf"(?:{assigned_leads})"
                                   rf"(?P<where>(?:[^，。,；;！？\n]{{2,12}}?[乡镇](?P<via>担任|任)(?:[^，。,；;！？\n]{{0,16}}?兼)?)?"
                                   rf"[^，。,；;！？\n]{{2,24}}?(?:村|嘎查)|村里|该村|本村|[^，。,；;！？\n]{{2,10}}?[县旗])"
                                   # 派往某村驻村帮扶，次年3月起任该村第一书记: the stay after the village, the time the
                                   # post began, and the village named again with the post (the post's village, then)
                                   rf"(?:驻村(?:扶贫|帮扶|工作)?)?[，,]?(?:(?:同年|次年|当年|\d{{4}}年)?\d{{1,2}}月(?:份)?(?:起|开始)?)?"
                                   rf"(?(via)|(?:担任|接任|任职|任|挂职|当(?:起|上)?了?|成为了?(?:一名|一位)))"  # 当起了第一书记
                                   rf"(?:该村|本村|(?P<post_where>(?!驻村|村)[^，。,；;！？\n“”]{{2,10}}?(?:村|嘎查)(?!民|委|干部)))?"
                                   rf"[“\"]?(?:驻村|村?党?总?支部?|村)?(?:(?:{_alt(cues.team_qualifiers)})?工作队)?"
                                   rf"[“\"]?(?P<role>{role})")
        # NAME到了某村（或一个不具名的山寨），开启第一书记生涯: the arrival, then the post as the work begun there
        self.BEGAN_POST = re.compile(rf"(?:来到|到|赴|前往|进驻|入驻|扎根)(?P<where>[^，。,；;！？\n]{{2,24}}?)[，,]\s*"
                                     rf"(?:正式)?(?:开始|开启|踏上)了?(?:驻村)?[“\"]?(?P<role>{role})[”\"]?的?"
                                     rf"(?:工作|生涯|之路|历程|之旅)")
        # NAME，县交通局派驻某村第一书记。: the name opens the sentence, the post in apposition after a comma
        # NAME：扎根乡村的“第一书记” (a headline line): the name, a colon or a dash, the post further on the line
        self.HEADLINE_NAME = re.compile(rf"(?m)^[ \t\u3000]*(?P<name>[\u4e00-\u9fff]{{2,4}})[ \t\u3000]*(?:[：:]|——)"
                                        rf"[^\n。！？]{{0,30}}?(?P<role>{role})[^\n。！？]{{0,16}}$")
        # (NAME：某局派驻某村第一书记, an information box's line: a colon for the comma)
        # NAME：某局派驻某村第一书记 opening a line (an information box), whatever the page runs on after the post
        self.INFO_LINE_NAME = re.compile(rf"(?m)^[ \t\u3000]*(?P<name>[\u4e00-\u9fff]{{2,4}})[：:]"
                                         rf"(?P<where>[^\n。！？：:，,]{{0,16}}?(?:派驻|选派|下派)[^\n。！？：:，,]{{2,20}}?)"
                                         rf"(?P<role>{role})")
        self.APPOSED_ROLE = re.compile(rf"[，,：:]\s*(?P<where>[^，。,；;！？“”\n]{{2,30}}?)(?:驻村)?[“\"]?(?P<role>{role})[”\"]?"
                                       rf"(?=[。，,；;！？\n]|$)")
        self.LINE_TABLE_CAPTION = re.compile(rf"(?P<role>{role})[^\n]{{0,6}}?(?:名单|名录|一览)")
        # NAME  县某局派驻某村第一书记 (one cadre a line, a list with no header): the name, a space, then the unit,
        # the village and the post closing the line
        self.LINE_ROW = re.compile(rf"(?m)^[ \t\u3000]*(?P<body>[\u4e00-\u9fff][^\n。；;，,！？]{{5,44}}?)(?:驻村)?[“\"]?"
                                   rf"(?P<role>{role})[”\"]?[ \t\u3000]*$")
        # NAME有另一个身份，某村的第一书记 / NAME在某村的职务是…工作队队长: the post stated as who the person is.
        self.POST_OF = re.compile(rf"(?:的|有(?:另|另外)?一个|还有一个|另一个)(?:{_alt(cues.posts)})(?:是|为|[，,：:])?"
                                  rf"(?P<where>[^。；;！？\n]{{0,40}}?)(?:驻村)?(?P<role>{role})")
        # a sentence that may name a stationed cadre: a post in it, or a posting to a village
        # (与我一同派驻的NAME: going along on a posting, no village needed)
        self.CANDIDATE = re.compile(rf"{role}|(?:{_alt(cues.dispatch)})[^。；;！？\n]{{0,16}}?(?:村|嘎查)"
                                    rf"|(?:{_alt(cues.together)})(?:{_alt(cues.dispatch)})|的(?:队友|战友|搭档)(?:是|有|分别是)")
        # 记者NAME, 村民NAME, 县委书记NAME: the word just before a name that is no stationed cadre's
        # 村民NAME, 记者NAME; a reporter's byline may break the line before the name, a villager's cue may not
        # (a caption 某某与村民 ends its line, the next line opens with the cadre's name)
        self.NOT_CADRE = re.compile(rf"(?:{_alt(cues.not_cadre)})[ \t\u3000：:]*\Z|(?:记者|通讯员|摄影|作者)[\s：:]*\Z")
        # 前任第一书记NAME和时任村党委书记NAME: a conjunction, then another title (a tenure word and the level of a
        # body before it), closes the name before it, whatever the analyser makes of the given name
        titled = sorted({*(r for r, _ in cues.roles), *cues.not_cadre, *cues.titles, "书记", "主任", "队长", "组长"},
                        key=len, reverse=True)
        self.CONJOINED_TITLE = re.compile(r"[和与及](?:时任|现任|前任|原任|新任|原)?(?:驻村|村|镇|乡|县|市)?"
                                          rf"(?:党委|党支部|党总支|两委)?(?:{_alt(titled)})")
        honorific = _alt(cues.honorifics)
        # 三个多月前, 去年3月, 两年前: a time counted back from the story, between a name and what the person did.
        relative_time = (r"(?:[一二两三四五六七八九十半\d]+个?多?(?:年|月|天|周)(?:前|来)|"
                         rf"(?:{_alt(cues.relative_years)})(?:\d{{1,2}}月)?(?:份|底|初)?)")
        # a date or a time counted back (2019年3月, 去年8月), where a posting or a clause of the person's own begins
        when = rf"(?:(?:19|20)\d{{2}}年(?:\d{{1,2}}月)?(?:\d{{1,2}}日)?份?|{relative_time})"
        # between a name and its posting: 同志, a profile, a comma, a date (于2022年3月), 被, or 由/被 + the unit
        # (自2019年起, 从县交通局: a start or the unit the cadre comes from)
        # (NAME，县某局干部，2019年到某村任第一书记: the unit and title in apposition after the name)
        self.GAP = re.compile(rf"(?:{honorific})?"
                              # NAME（县某局干部）派驻某村…: a note in brackets right after the name, its unit the cadre's
                              rf"(?:[（(](?:(?P<bracketed>[\u4e00-\u9fff]{{2,20}}?{_UNIT_WORD})的?(?:{_alt(cues.titles)})?"
                              rf"|[^（）()。；;！？\n]{{1,24}}?)[）)])?"
                              rf"{_PROFILE}"
                              # NAME今年48岁，是某局派驻某村的第一书记: the age told right after the name, then the post
                              rf"(?:(?:今年|现年)(?:\d{{1,3}}|[二三四五六][十]?[一二三四五六七八九]?)岁(?:了)?[，,]?)?"
                              # NAME和NAME、NAME 2名同事一起，被选派到…: the count of the colleagues listed after the first
                              rf"(?:[\d两二三四五六七八九十]{{1,2}}(?:名|位)同事(?:一起|一道|一同)?)?"
                              rf"(?:[，,]\s*(?P<apposed>[\u4e00-\u9fff]{{2,20}}?{_UNIT_WORD})的?(?:{_alt(cues.titles)}))?"
                              # NAME是某局主任科员，2015年9月起任…: who the person is, then when the posting began
                              rf"(?:(?:是|系)[\u4e00-\u9fff]{{2,30}}?{_UNIT_WORD}的?(?:一名|一位)?(?:{_alt(cues.titles)})?)?"
                              # NAME在某局工作，某年某月她与队长NAME一起进某村驻村: the workplace, then the posting
                              # told of a pronoun (with a colleague) in the next clause
                              rf"(?:在(?P<workplace>[\u4e00-\u9fff]{{2,20}}?{_UNIT_WORD})工作[，,]\s*)?"
                              # NAME告诉记者，自己2019年来到某村…: the cadre telling of his own posting
                              rf"(?:(?:告诉记者|对记者说|介绍说|说)[，,：:]?\s*(?:自己|他|她)(?=[于在从\d今去前被来到]))?"
                              rf"(?:[，,、\s]*(?:于|在|自|从)?\s*{when}"
                              rf"(?:起|开始)?)?"
                              rf"(?:(?<=[，,月年])(?:他|她)(?:(?:和|与|同)(?:组长|队长|同事|队友)?[\u4e00-\u9fff]{{2,3}}?(?:一起|一道)?)?)?"
                              # NAME，从某局副局长的岗位上，被选派到…: the post left, between the name and the posting
                              rf"(?:[，,]?\s*从[\u4e00-\u9fff]{{2,30}}?的?(?:岗位|职位)上)?"
                              # NAME主动请缨，经某部任命，担任…: a volunteering and the appointment between the name and the post;
                              # NAME，某年某月经个人申请，某局党组研究，报请某部批准，被派驻…: the steps of the appointment
                              rf"(?:[，,]?\s*(?:主动请缨|主动申请|主动报名|经(?:个人|本人)申请|(?:积极)?响应(?:组织|党的|上级)?(?:的)?号召))?"  # 响应上级号召
                              rf"(?:[，,]\s*(?:经|报请|报)?[\u4e00-\u9fff]{{2,24}}?(?:任命|批准|研究)){{0,3}}"
                              # NAME被“委以重任”，成为某村第一书记: entrusted (the idiom in quotation marks or not)
                              rf"(?:[，,]?\s*被[“\"]?委以重任[”\"]?[，,]?)?"
                              # NAME去年8月刚参加工作，便被派到某村驻村: a clause of the person's own, then 便/就 sends them
                              # (the clause opens with when: where a name ends is the one place it can begin)
                              rf"(?:{when}[^，。,；;！？\n“”]{{0,12}}?[，,]\s*(?=便|就))?"
                              rf"[，,、\s]*(?:{_alt(cues.adverbs)})?"
                              # 分别被甲集团、乙公司派驻: the units of cadres listed before, one each
                              rf"(?:(?:被|由|从)(?P<unit>[\u4e00-\u9fff]{{2,20}}?{_UNIT_WORD}(?:、[\u4e00-\u9fff]{{2,30}}?{_UNIT_WORD})*)"
                              rf"的?(?:{_alt(cues.titles)})?|被(?:{_alt(cues.passive_agents)})?"
                              # NAME受组织委派，到某村任第一书记: sent by, a comma, then the posting
                              rf"|受(?:{_alt(cues.passive_agents)}|(?P<sender>[\u4e00-\u9fff]{{2,20}}?{_UNIT_WORD}))"
                              rf"(?:委派|选派|派遣|指派)[，,]?)?"
                              # NAME去年5月入村担任第一书记: entering the village, right before taking the post
                              # (NAME从省城来到某村: where the cadre came from, right before the arrival)
                              rf"(?:{_alt(cues.adverbs)})?(?:从[\u4e00-\u9fff]{{2,8}}?)?(?:入村|进村)?\s*$")
        # 县某局干部: the unit a companion of a first secretary comes from, then his title, before his name
        self.COMPANION_UNIT = re.compile(rf"(?P<unit>[\u4e00-\u9fff]{{2,14}}?{_UNIT_WORD})(?:{_alt(cues.titles)}|同志)?")
        # the unit before a name: 县财政局的NAME, 县农业局干部NAME, 某大学驻某村乡村振兴工作队队长NAME
        self.UNIT_BEFORE_NAME = re.compile(rf"(?P<unit>[\u4e00-\u9fff]{{2,24}}?{_UNIT_WORD})(?<!干部)"
                                           rf"(?:(?:驻|派驻)[\u4e00-\u9fff]{{0,24}}?|派出|选派|下派|委派)?"
                                           rf"的?(?:{_alt(cues.titles)})?(?:驻村)?(?:{role})?$")
        # 县某局干部NAME刚到某村时: a cadre named by unit and title, arriving in a village (no post word)
        self.TITLE_ARRIVES = re.compile(rf"(?P<uw>{_UNIT_WORD})的?(?:{_alt(cues.titles)})(?=[\u4e00-\u9fff]{{2,4}}?{_ARRIVAL})")
        # (来了个第一书记，名叫NAME: the name given in the next clause, after 名叫 or 名字叫)
        self.POST_IS = re.compile(rf"(?:就是|是|为|名叫|叫|[，,](?:名叫|名字叫|叫))"
                                  rf"(?:(?P<unit>[\u4e00-\u9fff]{{2,20}}?{_UNIT_WORD})的?(?:{_alt(cues.titles)})?)?")
        # 某局办公室副主任NAME: a title right before a name closes what comes before the name
        self.TITLE_BEFORE = re.compile(rf"(?:{_alt(cues.titles)})$")
        self.TITLE_AT = re.compile(rf"(?:{_alt(cues.titles)})")  # a title right before a name
        # NAME接过了某村“第一书记”的担子, 接过了上任驻村书记的交接棒: taking the post over (its burden, the baton)
        self.TAKES_OVER = re.compile(rf"(?:同志)?接过了?(?P<where>[^，。,；;！？\n]{{0,16}}?)(?:驻村)?[“\"]?(?P<role>{role})[”\"]?"
                                     r"的?(?:担子|接力棒|重担|交接棒|旗帜)")
        # 驻村第一书记、四级调研员NAME: the cadre's rank or job title set after the post, the name after it
        self.TITLE_AFTER_POST = re.compile(rf"、(?:{_alt(cues.titles)})(?=[\u4e00-\u9fff])")
        # 如今NAME来到某村担任…: a time word opening the sentence, written right before the name
        self.TIME_OPENER_BEFORE = re.compile(rf"(?:^|[^\u4e00-\u9fff])(?:{_alt(cues.time_openers)})$")
        self.UNIT_TITLE = re.compile(rf"(?P<unit>[\u4e00-\u9fff]{{2,20}}?{_UNIT_WORD})的?(?:{_alt(cues.titles)})")
        # 某村第一书记、县审计局干部NAME; 某村工作队队长—县纪委某检查组组长NAME: the post, then (after a dash too) the
        # cadre's own unit and title at home
        # (迎来了新的第一书记——县林业局的NAME: after a dash, the unit and 的 alone)
        self.APPOSITION = re.compile(rf"(?:[、，,]|——?|－)\s*(?P<unit>[\u4e00-\u9fff]{{2,24}}?(?:{_UNIT_WORD}|组))的?"
                                     rf"(?:{_alt(cues.titles)}|组长)"
                                     rf"|(?:——?|－)\s*(?P<dashed_unit>[\u4e00-\u9fff]{{2,24}}?{_UNIT_WORD})的")
        self.SHORT_ROLES = cues.short_roles
        self.POST_DELEGATES = cues.post_delegates
        self.COLLEAGUE_WORDS = cues.colleagues
        # NAME就和队友NAME、NAME一起来…: a cadre's colleagues named after him, a conjunction and their common noun
        self.COLLEAGUES = re.compile(rf"(?:就|也|又|还)?(?:和|与|同|及)(?:{_alt(cues.colleagues)})")
        # posts that are also common nouns on most pages (驻村干部): a name is looked for after them only where a
        # surname follows, so the analyser is not asked at every mention
        self.COMMON_NOUN_ROLES = cues.common_noun_roles
        self.LISTED_ROLES = cues.listed_roles
        # 我来到某村担任第一书记, 我被选派到某村驻村, 作为第一书记…我: a cadre who tells the story in the first person.
        arrivals = _alt(cues.first_person_arrivals)
        # (我县, 我市, 我们: the page's division or a plural speaking, never one narrator)
        self.FIRST_PERSON_POST = re.compile(rf"我{_NOT_ONE_NARRATOR}[^。！？\n]{{0,16}}?(?:{arrivals})"
                                            rf"[^。！？\n]{{0,20}}?村[^。！？\n]{{0,6}}?(?:{_alt(cues.first_person_postings)})"
                                            # 我叫NAME，是某院的研究员，某年来到某村担任第一书记: a self-introduction, the
                                            # arrival further on in the same sentence, or in the next one, which
                                            # names no one else (我叫NAME，某局干部。某年某月，被选派到某村，任第一书记)
                                            rf"|(?:{_alt(cues.self_introductions)})(?:[^。！？\n]{{2,60}}?。(?=[^。！？\n他她]{{0,40}}?"
                                            rf"(?:{arrivals})))?[^。！？\n]{{2,60}}?(?:{arrivals})"
                                            rf"[^。！？\n]{{0,20}}?村[^。！？\n]{{0,6}}?(?:{_alt(cues.first_person_postings)})"
                                            # 我叫NAME，是某单位职员，某年起担任某村“第一书记”: no arrival,
                                            # the post taken up in the village, in the sentence that gives the name
                                            rf"|(?:{_alt(cues.self_introductions)})[^。！？\n]{{2,60}}?"
                                            rf"(?:{_alt(cues.first_person_postings)})[^。！？\n]{{0,20}}?村[^。！？\n]{{0,6}}?"
                                            rf"[“\"]?(?:{_alt(cues.first_person_posts)})"
                                            r"|作为(?:驻村)?第一书记[^。！？\n]{0,20}?我"
                                            rf"|我{_NOT_ONE_NARRATOR}[^。！？\n]{{0,30}}?(?:{_alt(cues.first_person_posts)})")
        # 文_NAME, 文/NAME, 作者：NAME (a byline line or a page header), 我叫NAME
        line_marker, marker = _alt(cues.byline_line_markers), _alt(cues.byline_markers)
        self.BYLINE_NAME = re.compile(rf"(?:(?:^|\n)\s*(?:(?:{line_marker})\s*)?[_/／]\s*|(?:^|\n)\s*(?:{line_marker})\s*[:：]\s*"
                                      rf"|(?:{marker})\s*[:：]\s*|(?:{_alt(cues.self_introductions)}))"
                                      r"(?P<name>[\u4e00-\u9fff]{2,4}?)(?=[^\u4e00-\u9fff]|$|来源|发布|编辑|责编|时间|日期|浏览|通讯员)")
        # (作者:NAME 来源:某网: the page header's next field, run on once its spaces are gone, closes the name)
        # ◎NAME, ●NAME: a bullet and the author's name alone on a line (a magazine's or a party paper's byline)
        self.BYLINE_BULLET = re.compile(rf"(?:^|\n)[ \t\u3000]*(?:{_alt(cues.byline_bullets)})[ \t\u3000]*"
                                        r"(?P<name>[\u4e00-\u9fff]{2,4})[ \t\u3000]*(?=\n|$)")
        # 某县某中学教师  NAME: a byline line near the top giving the author's unit and title, then the name alone
        # (the page's spaces are gone by now: 某县某中学教师NAME, after a line start or a colon of the page header)
        self.BYLINE_LINE = re.compile(rf"(?m)(?:^|[:：])[\u4e00-\u9fff]{{2,24}}?(?:{_alt(cues.titles)})"
                                      r"(?P<name>[\u4e00-\u9fff]{2,4})$")
        # 我来自某地。…，其间一直担任某村第一书记: the narrator, subject of a sentence, left unsaid in the next one
        # (no other pronoun there), which states the post
        self.NARRATOR_CARRIED = re.compile(rf"(?:^|(?<=[。！？\n]))[ \t\u3000]*我(?!们)[^。！？\n]{{0,60}}。"
                                           rf"(?P<next>[^。！？\n他她我]{{0,80}}?)(?:{_alt(cues.first_person_postings)})"
                                           rf"[^。！？\n]{{0,12}}?村(?:{_alt(cues.first_person_posts)})")
        self.POST_VERB, self.POST_NOUN = re.compile(_alt(cues.post_verbs)), re.compile(_alt(cues.posts))
        # 选派…指导员赴某村, 将派…担任第一书记: a posting announced, by a verb of the post or of the dispatch
        self.POST_VERB_OR_DISPATCH = re.compile(rf"{_alt(cues.post_verbs)}|选派|派驻|下派|委派|派出")
        self.ADDRESSES = cues.addresses
        self.CLAUSE_FINAL = re.compile(rf"(?:{_alt(cues.clause_finals)})[，,]")
        # 扎西次仁, 尼玛顿珠: two parts of a transliterated name, not followed by a third character of a word
        part = _alt(cues.name_parts)
        self.NAME_PARTS = re.compile(rf"(?:{part})(?:{part}){{1,2}}")
        self.NAME_PARTS_BEFORE = re.compile(rf"(?:{part})(?:{part}){{1,2}}$")
        self.NAME_PART_FINALS = frozenset(w[-1] for w in cues.name_parts)  # a cheap test before the search
        # 其木格说, 苏和带领: one part alone, bounded by a verb of saying or leading or a punctuation mark
        # (巴特尔到农户家: a verb of going or where the person is may close the part too)
        self.NAME_PART_ALONE = re.compile(rf"(?:{part})(?=[^\u4e00-\u9fff·•・‧\-－.．]|{_VERB_AFTER_NAME_RE.pattern}"
                                          r"|来到|到|在|和|与|同志)")
        # 艾尔肯·阿不都热依木: the part after a middle dot may run longer than a Han given name, part by part
        self.NAME_PART_RUN = re.compile(rf"(?:{part})+")
        # Round 5 classes. A count: a numeral with its measure word (3名, 两人, 三位).
        count = r"(?P<count>\d+|[一二两三四五六七八九十]+)(?:名|位|人)"
        titles, dispatch = _alt(cues.titles), r"选派|派驻|下派|派出|委派|抽调"
        # every word of `dispatch` (and 派遣) holds one of these: an article with neither has no match of the
        # patterns built on it, and is not scanned for them
        self.DISPATCH_MARKS = ("派", "抽调")
        # 某公司先后选派NAME、NAME两人到某村驻村扶贫，担任第一书记: the names, counted, then where they went
        # (两名驻村第一书记: 驻村 is the post's, no village follows).
        self.NAMES_COUNTED_SENT = re.compile(rf"(?:{dispatch})了?(?P<names>[\u4e00-\u9fff]{{2,4}}(?:[、和与][\u4e00-\u9fff]{{2,4}})+)"
                                             rf"{count}(?:[\u4e00-\u9fff]{{0,4}}?(?:干部|骨干|同志|党员|人员))?(?:先后|分别|一起|同时)?(?:到|至|赴|进驻|驻(?!村))"
                                             rf"(?P<where>[^，。,；;！？\n]{{2,30}}?(?:村|嘎查|社区)(?:、[^，。,；;！？、\n]{{2,16}}?(?:村|嘎查|社区))*)")
        # …向某村派驻工作队以来，NAME、NAME、NAME 3名检察官…: names opening a clause, counted by their profession
        # (seed `counted_title`); read only in a sentence that stations a team or cadres before the names
        self.NAMES_COUNTED_TITLED = re.compile(rf"(?<=[，,：:；;])(?P<names>[\u4e00-\u9fff]{{2,4}}(?:[、和与][\u4e00-\u9fff]{{2,4}})+)"
                                               rf"{count}(?:{_alt(cues.counted_titles)})")
        # 该局派出NAME、NAME、NAME共N名…的干部下乡驻村: the names, counted, sent to stay in villages none of which is
        # named there (a later sentence may place them)
        self.NAMES_COUNTED_STATIONED = re.compile(rf"(?:{dispatch})了?(?P<names>[\u4e00-\u9fff]{{2,4}}?(?:[、和与][\u4e00-\u9fff]{{2,4}}?)+)"
                                                  rf"共?{count}[^。；;！？\n]{{0,24}}?(?:干部|骨干|同志|党员|人员)"
                                                  r"(?:下乡|到村)?(?:驻村|进村|入村|进驻|入驻)")
        # 集团选派NAME、NAME两位“第一书记”驻村帮扶, 医院选派NAME、NAME、NAME3名骨干组成工作队，进驻某村: the names,
        # counted, then the post they take or the team they form (no village right after: it may follow, or not)
        self.NAMES_COUNTED_POSTED = re.compile(rf"(?:{dispatch})了?(?P<names>[\u4e00-\u9fff]{{2,4}}(?:[、和与][\u4e00-\u9fff]{{2,4}})+)"
                                               rf"{count}(?:[\u4e00-\u9fff]{{0,4}}?(?:干部|骨干|同志|党员|人员))?"
                                               rf"(?:(?:担任|出任|任|当)?(?:驻村)?[“\"]?(?P<role>{role})[”\"]?"
                                               rf"|组成[^，。,；;！？\n]{{0,8}}?(?:工作队|工作组))")
        # 前往甲村、乙村，分别将NAME、NAME两名第八批选派干部送到村里任职: the villages visited first, then the
        # names, counted, taken there (a batch may stand between the count and the cadres).
        self.NAMES_COUNTED_TAKEN = re.compile(rf"(?:前往|来到|赶赴|奔赴|赴)(?P<where>[^，。,；;！？\n]{{2,30}}?(?:村|嘎查|社区)"
                                              rf"(?:、[^，。,；;！？、\n]{{2,16}}?(?:村|嘎查|社区))*)[，,]\s*(?:分别|一起|同时)?将"
                                              rf"(?P<names>[\u4e00-\u9fff]{{2,4}}(?:[、和与][\u4e00-\u9fff]{{2,4}})+){count}"
                                              r"(?:第[\d一二三四五六七八九十]+批)?(?:选派|驻村|帮扶)?(?:干部|同志|党员|第一书记)"
                                              r"(?:送到|送往|送至|送)")
        # 与我一同派驻的某单位的NAME和某校的NAME: the cadre's fellow members, each after the unit they come from.
        self.SENT_TOGETHER = re.compile(rf"(?:{_alt(cues.together)})(?:{_alt(cues.dispatch)})(?:到|至|赴)?"
                                        rf"(?P<where>[^，。,；;！？的\n]{{0,24}})的")
        # 这位书记名叫NAME，原某局副主任，2019年初被选派到某村任第一书记: a name introduced (名叫) or opening its
        # sentence before a clause of what the cadre was (原, 系, 曾任), the sentence posting him later, in the passive.
        profile_clause = r"[，,](?:原|系|曾任|原任|现任)"
        self.NAMED = re.compile(r"(?:名叫|名字叫|叫作|叫做)(?=[\u4e00-\u9fff]{2,4}[，,])|(?:^|(?<=[。！？\n]))"
                                rf"(?=[\u4e00-\u9fff]{{2,4}}{profile_clause})", re.M)
        # NAMED's second branch opens with a lookbehind, tried at every character: an article with neither 叫 nor
        # such a clause (a scan that skips to its comma) is not scanned with it
        self.PROFILE_CLAUSE = re.compile(profile_clause)
        # 驻村档案 姓名：NAME 单位：… 驻村地点：某县某镇某村: a profile card of the cadre.
        # NAME 不让一个群众掉队\n某县某乡某村“第一书记”: a line of places and a post alone, under a line the name opens
        # (an awardee's card: the name, the motto; then where he serves and as what; the name's length is the reader's)
        self.POST_LINE = re.compile(rf"(?:^|(?<=\n))(?P<name>[\u4e00-\u9fff]{{2,4}})[^\n]{{2,40}}\n"
                                    rf"(?P<where>[^\n，。,；;！？“”\"]{{2,30}}?(?:村|嘎查|社区))(?:驻村)?[“\"]?(?P<role>{role})[”\"]?[ \t]*(?=\n|$)")
        self.CARD = re.compile(r"姓\s*名\s*[:：]\s*(?P<name>[\u4e00-\u9fff]{2,4})\s*\n"
                               r"(?P<body>(?:[^\n]{0,40}\n){0,4}?[^\n]{0,6}(?:驻村地点|帮扶地点|派驻地点|驻村村|任职村)\s*[:：]"
                               r"\s*(?P<where>[^\n]{2,30}?(?:村|嘎查|社区)))")
        # 市某局驻村工作队在NAME的带领下…: the team's leader, named as the one who leads it.
        # (在队长NAME的带领下，工作队员…: the post written before the name, the team's members after the frame)
        self.LED_BY = re.compile(r"(?:工作队|工作组|帮扶队|驻村队)(?:员们|员)?(?:在|由)(?=[\u4e00-\u9fff]{2,4}?(?:同志)?的?(?:带领|率领|带队))"
                                 r"|在(?:驻村)?(?:工作)?队长(?=[\u4e00-\u9fff]{2,4}?(?:同志)?的?(?:带领|率领)下[，,]\s*(?:队员|工作队))"
                                 # 在NAME的带领下，驻村工作队…: the frame opening the sentence, the team its subject
                                 r"|(?:^|(?<=[。！？\n]))在(?=[\u4e00-\u9fff]{2,4}?(?:同志)?的?(?:带领|率领)下[，,]\s*"
                                 r"(?:驻村|扶贫|帮扶|乡村振兴)?(?:工作队|工作组))")
        # NAME(从某局)来到某村，成为驻村第一书记 / NAME到某村驻村: a name opening its clause, arriving in a village
        # to take a post there (the post in the next clause) or to be stationed there
        self.ARRIVED_TO_POST = AnchoredPattern(re.compile(rf"(?:同志)?(?:从(?P<unit>[^，。,；;！？\n]{{2,16}}?))?(?:来到|到)"
                                          rf"(?P<where>[^，。,；;！？\n]{{2,20}}?(?:村|嘎查|社区))"
                                          rf"(?:(?P<stay>驻村)(?!工作|干部|办|点|队)|[，,]\s*(?:成为|担任|出任|当起|当上)了?(?:驻村)?[“\"]?(?P<role>{role})(?![”\"]?的))"),
                                               re.compile("同志|从|来到|到"))  # (its optional opening: scan for the words)
        # 驻村第一书记名单：NAME（某村）、NAME（某村）: a roster of the post, each name with its village in brackets
        self.BRACKETED_ROSTER = re.compile(rf"(?P<role>{role})(?:人选)?名单[：:]\s*")
        # 以某局股长NAME同志带队的工作队: the team named by who leads it, his unit and title before him
        self.LED_TEAM_OF = re.compile(r"以(?P<lead>[^，。,；;！？\n]{2,24}?)(?:同志)?带队的[^，。,；;！？\n]{0,8}?(?:工作队|工作组)")
        # 在NAME和工作队员的努力下…: the one credited together with the work team's members, who heads them.
        self.WITH_TEAM = re.compile(r"在(?=[\u4e00-\u9fff]{2,4}?(?:同志)?(?:和|与|及)(?:驻村|扶贫|帮扶)?(?:工作队|工作组)"
                                    r"(?:员|员们|成员|队员|队员们|全体队员)的?(?:共同)?(?:努力|帮助|带领|推动|帮扶)下)")
        # NAME和NAME是某单位2019年5月派驻某县某村的扶贫干部: the names, then 是, then the posting to a village.
        self.NAMES_ARE_SENT = re.compile(rf"是(?P<between>[^，。,；;！？\n]{{2,40}}?)(?:{dispatch})(?:到|至)?"
                                         r"(?P<where>[^，。,；;！？\n的]{2,30}?(?:村|嘎查|社区))的(?:驻村|扶贫|帮扶|驻村扶贫)?"
                                         r"(?P<title>干部|工作队员|队员|第一书记)")
        # 某办NAME、NAME、NAME三位同志主动请缨参加驻某区某镇某村的帮扶工作: names listed, counted, then a stay in a
        # village later in the sentence
        self.COUNTED_STATIONED = re.compile(r"(?P<count>[两二三四五六七八九十])(?:位|名)(?:同志|干部|队员)[^。！？\n]{0,40}?驻"
                                            r"(?P<where>[^，。,；;！？\n的]{2,40}?(?:村|嘎查|社区))(?=的|[，。,；;！？\n])")
        # NAME、NAME两位同志担任驻村工作队员: names listed, counted, then the post they take
        self.COUNTED_POSTED = re.compile(r"(?P<count>[两二三四五六七八九十])(?:位|名)(?:同志|干部)?(?:分别)?(?:担任|任)"
                                         rf"(?:驻村)?[“\"]?(?P<role>{role})")
        # 2015年7月驻村前，44岁的NAME是某区某委副主任 / 驻村以来，NAME走遍了…: a clause of the stay in the village
        # opening the sentence, its subject right after it (an age before the name)
        stay = r"(?:驻村|下派|到村|进村)(?:前|之前|时|后|以来)[，,]"
        self.STAY_CLAUSE = re.compile(r"(?:^|(?<=[。！？\n]))\s*(?:(?:19|20)\d{2}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:初|底)?)?"
                                      rf"{stay}\s*(?:(?:今年|时年|当年)?\d{{2}}岁的)?(?=[\u4e00-\u9fff]{{2,4}})", re.M)
        # 一年多以前，他作为驻村工作队的一员来到某村 / 这一天，他以某单位驻村干部的身份，来到某村: a pronoun posted to
        # a village as a member of the team (or a cadre, a first secretary); who he is, a sentence or two before says
        self.PRONOUN_AS_POST = re.compile(r"(?:^|[，,])\s*(?:他|她)(?:作为|以)[^，。；;！？\n]{0,24}?"
                                          r"(?P<role>第一书记|驻村干部|工作队员|队员|一员)(?:的身份)?[，,]?"
                                          r"(?:来到|到|进驻|驻进)(?P<where>[^，。,；;！？\n]{2,24}?(?:村|嘎查|社区))")
        # 某某的队友是来自某集团的NAME、NAME和NAME: the fellow members of a stationed cadre, listed after the word for them
        # 工作队NAME说: the team, then a member's name and a verb of saying (the post 队员 left out)
        # (a lookbehind opens it, tried at every character: scanned from where 驻村 or 工作队 is written)
        self.TEAM_MEMBER_SAID = AnchoredPattern(
            re.compile(rf"(?<![\u4e00-\u9fff])(?:驻村)?工作队(?=[\u4e00-\u9fff]{{2,3}}{_SAID})"), re.compile("驻村|工作队"))
        self.TEAMMATES = re.compile(r"的(?:队友|战友|搭档)(?:是|有|分别是)[：:]?(?:来自[^，。,；;！？\n]{2,20}?的)?")
        # STAY_CLAUSE opens at any sentence start, tried at every character: run only where the clause is written
        self.STAY = re.compile(stay)
        # NAME驻村后，多方奔走…: a name opening a sentence, its stay in the village right after it closing a time clause
        self.NAME_THEN_STAY = re.compile(r"驻村(?:后|以后|之后|以来)[，,]")
        # 刚到某村不久，NAME就…, 来到某村后，NAME发现…: a fronted clause of arrival in a village opening the sentence,
        # its subject right after the comma
        # (?:刚|初|才)?(?:来到|到|进驻|驻进) spelled out: ARRIVAL_CLAUSE opens with literals, skipped to at C speed
        arrival_leads = _alt(spelled_out(("刚", "初", "才", ""), ("来到", "到", "进驻", "驻进")))
        arrival = f"(?:{arrival_leads})" + r"(?P<where>[^，。,；;！？\n]{2,16}?(?:村|嘎查|社区))(?:后|不久|之后|以后|时|以来)[，,]+"
        self.FRONTED_ARRIVAL = re.compile(rf"(?:^|(?<=[。！？\n]))\s*{arrival}\s*(?=[\u4e00-\u9fff]{{2,4}})", re.M)
        self.ARRIVAL_CLAUSE = re.compile(arrival)
        # 某公司选派NAME驻村帮扶某村, 县某局选派NAME到某村担任第一书记, 派遣NAME同志前往某村: one name, the object
        # of the posting verb, then where it sent the cadre (the verb first: a cheap anchor; the name is read by the
        # analyser). When the post follows the village at once (SENT_POST), the frame bounds the name: the analyser
        # need not vouch for it.
        # (NAME同志, NAME老师: a form of address between the name and where it was sent)
        sent_address = rf"(?:{honorific})?"
        # (选派懂农业、肯吃苦的一线员工NAME到某村任第一书记: what the cadre is like and a title may stand
        # between the verb and the name)
        self.ONE_SENT = re.compile(rf"(?:{dispatch}|派遣|派)了?(?:[^，。,；;！？\n]{{0,16}}?的)?"
                                   rf"(?:[\u4e00-\u9fff]{{0,4}}?(?:{_alt(cues.titles)}))?"
                                   rf"(?=[\u4e00-\u9fff]{{2,4}}?(?:[和与、][\u4e00-\u9fff]{{2,4}}?)?"
                                   rf"{sent_address}(?:到|至|赴|前往|进驻|驻))")
        self.SENT_WHERE = re.compile(sent_address + r"(?:到|至|赴|前往|进驻|驻村帮扶|驻村扶贫|驻村|驻)"
                                     r"(?P<where>[^，。,；;！？\n]{2,30}?(?:村|嘎查|社区))(?![民级委])")
        self.SENT_POST = re.compile(rf"[，,]?(?:担任|任职|任|当|挂职)(?:驻村|村?党?总?支部?|村)?(?:(?:{_alt(cues.team_qualifiers)})?工作队)?"
                                    rf"[“\"]?(?P<role>{role})")
        self.SENT_SPAN = re.compile(r"[\u4e00-\u9fff]{2,4}?(?=" + sent_address + r"(?:到|至|赴|前往|进驻))")
        # 随着某市启动新一批第一书记派驻工作，NAME、NAME来到某村: the posting of a batch announced, then the names
        # of those who arrive in the village (the clause's subjects)
        self.BATCH_ARRIVAL = re.compile(rf"(?P<role>{role})(?:的)?(?:派驻|选派|下派|轮换)工作[，,]\s*")
        # 像NAME这样的<post>还有…，他们是扎根某村的NAME、带头种菌的NAME…: others who hold the post, each
        # named at the end of the phrase that describes him
        self.OTHERS_LIKE = re.compile(rf"(?:像|如)[^，。,；;！？\n]{{1,12}}?这样的[^，。,；;！？\n]{{0,6}}?(?P<role>{role})"
                                      r"[^，。,；;！？\n]{0,8}?[，,]\s*(?:他|她|TA|ta|Ta)们(?:分别|就|还)?是")
        self.ARRIVES_AT = re.compile(r"(?:来到|进驻|驻进|到)(?P<where>[^，。,；;！？\n]{2,24}?(?:村|嘎查|社区))(?![民委两干])")
        # 某村驻村工作队共有3名成员，NAME、NAME和NAME，他们…: the team's size, then its members named.
        # (工作队员一共有9人：NAME、…: the members' own noun before the size, and 一共 for 共)
        self.TEAM_SIZE_MEMBERS = re.compile(rf"(?:工作队|工作组)(?:队员|成员|员)?(?:现在|目前)?(?:一共有|一共|共有|共|有|由)(?P<count>\d+|[一二两三四五六七八九十]+)"
                                            rf"(?:名|位|个|人)(?:{_alt(cues.member_nouns)})?(?:组成)?[，,：:]\s*(?:分别是|分别为|即)?")
        # 1.NAME县某局驻某村第一书记2.NAME…: a numbered list of cadres (an honours list), its rows run together once
        # the line breaks are gone; the number opens a row, the post closes it (before the next number or a stop)
        numbered_row = re.compile(rf"(?<![\d.．])\d{{1,3}}[.、．]\s*(?=[\u4e00-\u9fff])(?P<rest>[^。；;！？\n\d]{{4,60}}?)"
                                  rf"(?:驻村)?[“\"]?(?P<role>{role})[”\"]?(?=\s*(?:\d{{1,3}}[.、．]|[。；;\n]|$))")
        # (it opens with a lookbehind: tried only where a row number is written)
        self.NUMBERED_ROW = AnchoredPattern(numbered_row, re.compile(r"\d\d{0,2}[.、．]"))
        # 某村驻村工作队队员分别是NAME、NAME / 工作队成员有县某局的NAME和县某局的NAME: the members, after their noun
        # and a copula, each name perhaps after its unit (某局的), the list closed by a clause mark.
        self.MEMBERS_NAMED = re.compile(rf"(?:工作队|工作组)的?(?:{_alt(cues.member_nouns)})(?:分别)?(?:是|为|有|包括)[：:]?\s*")
        self.UNIT_OF = re.compile(rf"[\u4e00-\u9fff]{{2,20}}?{_UNIT_WORD}的")
        # 县某局干部NAME与…竞争…，最终被派到某县某乡某村担任驻村第一书记: the posting, in the passive (or the
        # arrival: …，主动来到某村担任第一书记), opens a later clause of the sentence whose subject is the titled cadre.
        self.TITLED = re.compile(rf"(?P<uw>{_UNIT_WORD})的?(?:{titles})(?=[\u4e00-\u9fff]{{2,4}})")
        # 帮扶干部NAME入驻某村: a title of the aid alone, the name, a verb of stationing or posting right after it
        # 受组织委派: who sends written as a generic agent (组织, 上级), no unit of the cadre's
        self.PASSIVE_AGENTS = frozenset(cues.passive_agents)
        self.AID_TITLED = re.compile(rf"(?:{_alt(cues.aid_titles)})(?=[\u4e00-\u9fff]{{2,4}}?(?:已经|已|被)?"
                                     r"(?:入驻|进驻|驻进|派驻|下派))")
        # 某大学赴某县扶贫干部NAME: the title after a going or stationing verb and the place it goes to
        self.AID_TITLED_GONE = re.compile(rf"(?:赴|派驻|驻|派往)[\u4e00-\u9fff]{{2,8}}?(?:{_alt(cues.aid_titles)})"
                                          rf"(?=[\u4e00-\u9fff]{{2,4}})")
        # NAME是某公司某村的扶贫干部。: the name, 是, the village the title is held in, closing the clause
        self.AID_TITLES = tuple(cues.aid_titles)
        self.AID_TITLE_OF = re.compile(rf"是(?P<where>[^，。,；;！？\n]{{2,24}}?)的(?:{_alt(cues.aid_titles)})(?=[。，,；;！!\n])")
        # 县某局干部NAME…，来到远方的某县，当起了某镇某村的“第一书记”: the arrival at a wider place, then the post
        # taken in a village of it, in the next clause
        later_clause = rf"[，,]\s*(?:{_alt(cues.outcome_adverbs + cues.adverbs)})*"  # a later clause, its adverbs
        self.POSTED_AFTER_ARRIVAL = re.compile(later_clause + r"(?:来到|赴|前往|到)[^，。,；;！？\n]{2,30}?[，,]\s*"
                                               rf"(?:{_alt(cues.post_verbs)})了?"
                                               rf"(?P<where>[^，。,；;！？\n]{{2,30}}?(?:村|嘎查|社区))的?"
                                               rf"(?:驻村)?[“\"]?(?P<role>{role})")
        self.POSTED_LATER = re.compile(later_clause
                                       + rf"(?:(?:19|20)\d{{2}}年(?:\d{{1,2}}月)?(?:\d{{1,2}}日)?(?:初|底|末|中|上旬|中旬|下旬)?[，,]?)?"
                                       rf"(?:第[一二三四五六七八九十\d]+批)?"
                                       rf"(?:被(?:{_alt(cues.passive_agents)})?(?:{dispatch}|派|选调)?(?:到|至|赴|往)?|来到|进驻|赴|到)"
                                       rf"(?P<where>[^，。,；;！？\n]{{2,30}}?(?:村|嘎查|社区))[，,]?"
                                       rf"(?:担任|任职|任|当|挂职)?(?:驻村|村?党?总?支部?|村)?(?:工作队)?[“\"]?(?P<role>{role})")
        # 市某局副处长NAME本次将派驻某县某镇某村 / 某学院教师NAME此次将下派某镇某村作为第一书记: the posting verb right
        # after the titled name, the village closing a clause or followed by the post or the work
        # (县某局副局长NAME同志走进某村，担任第一书记: 同志 after the name, and a verb of arriving only where a post
        # follows in the sentence)
        self.TITLED_POSTED = re.compile(r"(?:同志)?(?:本次|此次|这次|今年|即将|将|已经|已|被|组织)*"
                                        r"(?:派驻|下派|选派|派往|派到|入驻|进驻|驻进|(?P<arrived>走进|来到))(?:到|至|赴|往)?"
                                        r"(?:(?P<where>[^，。,；;！？\n]{2,30}?(?:村|嘎查|社区))|(?P<here>这里|该村|这个村))"
                                        r"(?=[，。,；;！？\n]|作为|担任|任|当|挂职|驻村|开展|工作|帮扶|扶贫|时)")
        # 县某局干部NAME，已“泡”在某村扶贫51天 / 已在某村驻村51天: a stay in the village counted in days.
        stay = _alt(cues.stay_verbs)
        self.STAYED_DAYS = re.compile(rf"[，,]?\s*(?:{_alt(cues.adverbs)})*(?:[“\"‘]?(?:{stay})[”\"’]?)?(?:在|到|进)"
                                      rf"(?P<where>[^，。,；;！？\n]{{2,24}}?(?:村|嘎查|社区))(?:驻村|扶贫|帮扶|蹲点|工作|住)*了?"
                                      rf"(?:已经|已有|已)?(?:整整|近|足足|将近)?(?:\d+|[一二两三四五六七八九十百]+)(?:多|余)?个?(?:天|日|月|年|周)")
        # 村民口中的马书记，就是某县某局下派干部NAME。…他来到某村: who the one known by a form of address is, a
        # cadre the unit sent; the next sentence brings him to the village.
        # a profile sentence: an age or a descriptor before the name (今年45岁的NAME, 刚满30岁的NAME, 年轻的NAME) or the unit
        # and title (县某局副局长NAME), after a date or a place and time opening the sentence; the village reached (来到某村);
        # the verb of the post right before it (担任, 成为村里的, 当起了驻村)
        self.PROFILE_OPENING = re.compile(
            r"\s*(?:(?:(?:19|20)\d{2}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:初|底)?|今年|去年)[，,]?\s*)?"
            # (某大学教师、30岁的NAME: the unit and title, then the age, before the name)
            rf"(?:(?P<unit_aged>[\u4e00-\u9fff]{{2,20}}?{_UNIT_WORD})的?(?:{_alt(cues.titles)})[、，,])?"
            rf"(?:(?:今年|当年|时年)?(?:刚满|刚刚|年满|已满|刚|才)?\d{{2}}(?:周)?岁的|(?:{_alt(cues.profile_descriptors)})的"
            rf"|出生于(?:19|20)\d{{2}}年(?:\d{{1,2}}月)?的|(?P<unit>[\u4e00-\u9fff]{{2,20}}?{_UNIT_WORD})的?(?:{_alt(cues.titles)}))")
        # between the subject and the village reached: a verb of saying, or another person introduced by a title
        self.PROFILE_OTHER = re.compile(rf"{_SAID}|(?:{_alt(cues.titles)})")
        # (远赴1800公里外的某村: a verb of travelling far, the distance and the village after it)
        self.PROFILE_ARRIVAL = re.compile(r"(?:来到|远赴|奔赴|赶赴|前往|到|进驻|扎根|驻进|住进)"
                                          r"(?=[^，。,；;！？\n]{2,40}?(?:村|嘎查|社区))")
        self.PROFILE_POST_VERB = re.compile(r"(?:担任|出任|成为|当起了?|当上了?|当了|任)(?:村里的|该村的|村)?(?:党支部|党总支|驻村)?[“\"]?$")
        # 这位“80后”驻村第一书记: a demonstrative, a descriptor, the post (pointing back to the cadre named before)
        # 县某局派驻某村的干部NAME, 驻某村的扶贫队员NAME, 派驻某村指导员NAME: the posting to a village, 的 or not, a
        # title, the name (驻某村干部 the place finder reads as the village's own cadres: no village, no name).
        # 驻某县某镇扶贫干部NAME、NAME: a posting to a township, the aid it is for named (a township's own cadres
        # are 驻镇干部 with no aid word), then one name or several
        self.POSTED_TITLE = re.compile(r"(?:派驻|下派到|选派到|驻)(?P<where>[^，。,；;！？、\n的]{2,24}?"
                                       r"(?:村|嘎查|社区|(?P<town>镇|乡|苏木)(?=的?(?:扶贫|帮扶))))的?"
                                       rf"(?:驻村|扶贫|帮扶)?(?:{_alt(cues.posted_titles)})(?=[\u4e00-\u9fff]{{2}})")
        # (作者系县某局驻某村第一书记): the author's note, closing the article
        self.AUTHOR_NOTE = re.compile(rf"[（(](?:{_alt(cues.author_notes)})(?P<where>[^（()）\n]{{0,40}}?)(?:驻村)?"
                                      rf"[“\"]?(?P<role>{role})[”\"]?[)）]")
        # (如今，他又投身…，担任某村第一书记: a time word may open it, and a clause of what else the person did may
        # stand before the clause of the post, opened by a verb of taking a post)
        self.PRONOUN_OPENING = re.compile(_DATE_OPENING + rf"(?:(?:{_alt(cues.time_openers)})[，,]?)?"
                                          rf"(?P<pronoun>{_alt(cues.pronouns)})(?![们])"
                                          r"(?:[^，。,；;！？\n]{0,30}[，,](?=担任|出任|接任|兼任|挂任|任(?!务)))?"
                                          r"[^，。,；;！？\n]{0,40}$")
        # NAME来自外县，她是某村的驻村第一书记: a later clause opened by the pronoun and the copula, the post in it
        self.PRONOUN_COPULA_CLAUSE = re.compile(rf"(?:但|而|可)?(?P<pronoun>{_alt(cues.pronouns)})(?![们])(?:也|就|正|便|才)?"
                                                r"(?:是|成了|成为|当上了?|当起了?)"
                                                rf"[^，。,；;！？\n]{{0,30}}$")
        # NAME是省某集团某中心副主任。2021年6月，他作为…选派的驻村干部，到某村担任第一书记: a profile sentence, the name
        # the subject of 是 and the unit and title closing it, the next sentence opened by a pronoun (a date before
        # it) that posts him or her to a village
        self.PRONOUN_LEAD = re.compile(_DATE_OPENING +
                                       rf"(?P<pronoun>{_alt(cues.pronouns)})(?![们])")
        self.PROFILE_COPULA = re.compile(r"\s*(?P<name>[\u4e00-\u9fff]{2,4}?)(?:同志)?(?:是|系|现任|现为)"
                                         rf"(?P<unit>[\u4e00-\u9fff]{{2,30}}{_UNIT_WORD})的?(?:{_alt(cues.titles)})[。！]")
        # 某单位的NAME、NAME、NAME组成3人工作组进驻某村: names listed, then the team they form and where it goes
        # (NAME、NAME、NAME三人组成某单位帮扶工作组，来到某村: the count before 组成, the unit before the team's name;
        # 以NAME为组长，NAME、NAME为组员组成的驻村工作组进驻某村: the leader and the members each named by their part)
        # 某村驻村工作队由县某局NAME、县某局NAME、NAME组成: the team (after its village) made of the names listed
        self.TEAM_MADE_OF = re.compile(rf"(?:驻村|{_alt(cues.team_qualifiers)})?(?:工作队|工作组)(?:成员)?由"
                                       r"(?P<list>[^，。,；;！？\n]{4,90}?)等?(?:(?:\d+|[一二两三四五六七八九十])(?:名|位|人))?(?:同志)?"
                                       r"(?:共同)?组成")
        # 先后选派了4批干部…，第一批：NAME、NAME；第二批：NAME…: a unit's successive teams listed by batch, each after
        # its ordinal and a colon (read only where the sentence lists two batches or more)
        self.BATCH_LIST = re.compile(r"第(?:[一二三四五六七八九十]+|\d+)(?:批|轮)(?:队员|成员|干部|人员)?(?:为|是)?[：:]\s*"
                                     r"(?P<names>[\u4e00-\u9fff]{2,4}(?:[、和][\u4e00-\u9fff]{2,4})*)(?=[；;。，,\n]|$)")
        # (NAME、NAME、NAME4名骨干组成的某某工作队，首次来到某镇: the members' noun after the count, an adverb
        # before the verb of arriving)
        # (NAME、NAME两人作为某局新一批驻村工作组，到某县…驻村: the team they act as, named at more length;
        # 组成工作组奔赴某县: the verb of hurrying there)
        # 某海关驻某乡某村书记NAME (a mark in place of 第一 on a page that hides it: 驻某村..书记NAME): a secretary
        # stationed in a village is its first secretary (the village's own secretary is never 驻 there)
        self.STATIONED_SECRETARY = re.compile(r"驻(?P<where>[^，。,；;！？\n“”驻]{2,24}?(?:村|嘎查|社区))[.．·…*＊\s]{0,3}书记")
        # NAME挂职某村党支部副书记: a cadre posted for a term as a village's deputy secretary or director is stationed
        # there (the village's own deputies are never 挂职), a member of its team
        self.POSTED_DEPUTY = re.compile(r"挂职(?:担任|任)?(?P<where>[^，。,；;！？\n“”]{2,20}?(?:村|社区|嘎查))"
                                        r"(?:党支部|党总支|党委|村委会|村民委员会|居委会)?副(?:书记|主任)")
        # 先后派出NAME、NAME等单位骨干加入其中, 选派NAME、NAME加入驻村工作队, 派出NAME、NAME两名干部充实工作队: cadres
        # sent to join the team (its members), the names right after the verb of sending
        self.SENT_TO_JOIN = re.compile(r"(?:派出|选派|抽调|增派|派驻)了?(?=[\u4e00-\u9fff]{2,4}[、和])"
                                       r"(?P<names>[^，。,；;！？\n]{4,40}?)(?:等|[两二三四五六七八九十\d]+名)?[^，。,；;！？\n]{0,10}?"
                                       r"(?:加入(?:其中|工作队|驻村工作队)|充实(?:驻村)?工作队)")
        # 工作队由NAME队长带队: the name, then the post it leads the team with
        self.LED_BY_NAMED_POST = re.compile(rf"由(?P<name>[\u4e00-\u9fff]{{2,4}}?)(?:同志)?(?P<role>{role})(?:带队|带领|牵头)")
        # 县委组织部选派(县某局干部)NAME(同志)为某村第一书记: an appointment stated with the verb before the name and
        # 为 before the post (为 alone is too common a word to be read as a post verb)
        self.APPOINTED_AS = re.compile(rf"(?:选派|任命|确定|推荐|委派|聘任)(?P<lead>[^，。,；;！？\n“”]{{2,26}}?)(?:同志)?为"
                                       rf"(?P<where>[^，。,；;！？\n]{{0,24}}?)(?:驻村)?[“\"]?(?P<role>{role})")
        # 抽选N名“某某指导员”下沉到村，N岁的NAME是其中之一: post-holders counted as sent, then one of them named
        # (the name between the comma and 是其中之一, its age before it)
        self.ONE_OF_COUNTED = re.compile(rf"(?:\d+|[一二两三四五六七八九十百]+)(?:名|位)[“\"]?(?:驻村)?(?P<role>{role})[”\"]?"
                                         rf"[^。！？\n，,]{{0,12}}[，,]\s*(?:(?:今年|现年)?\d{{1,3}}岁的)?"
                                         rf"(?P<name>[\u4e00-\u9fff]{{2,4}}?)是其中(?:之一|一员|的一员)")
        self.NAMES_FORM_TEAM = re.compile(r"(?:(?P<pre>\d+|[一二两三四五六七八九十])(?:人|名|位)"
                                          r"(?:党员干部|干部|同志|党员|骨干|队员)?)?(?:组成|作为)"
                                          r"(?:(?P<count>\d+|[一二两三四五六七八九十])(?:人|名))?的?[\u4e00-\u9fff]{0,14}?"
                                          rf"(?:驻村|{_alt(cues.team_qualifiers)})?(?:工作组|工作队|帮扶组|扶贫组|驻村组)"
                                          r"[，,]?(?:首次|先后|一起|一同|共同)?(?:进驻|入驻|驻|来到|到|赶赴|奔赴|赴|前往|进)"
                                          r"(?P<where>[\u4e00-\u9fff]{2,24}?)"
                                          r"(?=[，。,；;！？\n]|开展|进行|帮扶|扶贫|驻村|工作|挂职)")
        # 这位年轻干部就是村民口中的第一书记，今年36岁，是某局选派的干部，名叫NAME。: a demonstrative subject said
        # to be the post, the name told at the close of the sentence by 名叫
        self.POST_THEN_NAMED = re.compile(rf"(?:{_alt(cues.demonstratives)})[^，。,；;！？\n]{{0,8}}?(?:就是|正是|便是)"
                                          rf"[^。；;！？\n]{{0,20}}?[“\"]?(?P<role>{role})[”\"]?[，,][^。；;！？\n]{{0,40}}?"
                                          rf"[，,](?:名叫|名字叫)(?=[\u4e00-\u9fff]{{2,4}}[。！\n])")
        self.DEMONSTRATIVE = re.compile(rf"(?:{_alt(cues.demonstratives)})[^，。,；;！？\n]{{0,8}}$")
        self.SENT_CADRE_IS = re.compile(rf"(?:是|系)(?:从|由)?(?P<unit>[\u4e00-\u9fff]{{2,20}}?{_UNIT_WORD})"
                                        rf"(?:{dispatch})的?(?:{titles})(?=[。，,；;！\n])")
        self.IS_SENT_CADRE = re.compile(rf"(?:就是|便是|正是|即是|是)(?:从|由)?(?P<unit>[\u4e00-\u9fff]{{2,20}}?{_UNIT_WORD})"
                                        rf"(?:{dispatch})的?(?:{titles})(?=[\u4e00-\u9fff]{{2,4}}[。，,；;！\n])")


@lru_cache(maxsize=4)
def _patterns(path: Path = CUES_SEED) -> _Patterns:
    return _Patterns(load_cues(path))


_POSTED_NAME_RE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,6})[（(][\u4e00-\u9fff]{2,24}?(?:派驻|选派|下派|派出|委派)[)）]")
# 第一书记NAME（后排左五）: a caption's post, the name, then where the cadre stands in the photo; the bracket
# closes the name, a transliterated one too
_PICTURED_NAME_RE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,6})[（(](?:前排|后排|中排|第[一二三]排)?"
                               r"(?:[左右][一二三四五六七八九十\d]{0,2}|中|居中)[)）]")
# (自从 opens a time, not a sender; 受 marks the sender, so no unit runs over it)
_DISPATCH_RE = re.compile(r"(?:由|受|(?<!自)从|是|[（(])(?P<unit>(?:(?!受)[\u4e00-\u9fff]){2,24}?)(?:和[\u4e00-\u9fff]{2,12}?)?(?:下派|派驻|选派|委派|派出|派遣|选调)")
# 在 + one or two characters + a list mark or a dispatch verb: the end of a given name opening with 在
# (蒋在强被选派到, 蒋在强、某某被选派到)
_GIVEN_ZAI_RE = re.compile(r"在[\u4e00-\u9fff]{1,2}(?:[、和与及]|被?(?:选派|派驻|下派|派往|派到|委派))")
# 派驻到泗城镇平兰村的黄海燕: a cadre named as the one sent to a village.
# (驻该村的NAME: the village named before, the one the story is about)
_SENT_TO_RE = re.compile(r"(?:派驻到|选派到|下派到|派驻|派到|驻)(?:(?P<where>[\u4e00-\u9fff]{2,16}?(?:村|嘎查))(?:委会|民委员会)?|(?P<this>该村|本村))"
                         r"(?:的|担任驻村[^，。,；;]{0,6}?的)")
# NAME带领的某局扶贫工作队: the team the named cadre leads
_LEADS_TEAM_RE = re.compile(r"带领的[^，。,；;！？\n]{0,24}?工作(?:队|组)")
_SINCE_RE = re.compile(r"\s*((?:19|20)\d{2})年(\d{1,2})月份?(?:\d{1,2}日)?[，,]?\s*(?:驻村|到村|进村|任职|上任|担任第一书记|任第一书记)(?:以来|后|伊始)")
# (not a birth date: 1989年5月出生, 1989年生 dates no posting)
_DATE_RE = re.compile(r"((?:19|20)\d{2})年(?:(\d{1,2})月)?(?!(?:\d{1,2}月)?(?:\d{1,2}日)?(?:出生|生(?![\u4e00-\u9fff])))")
# 李明轩，2023年9月由县交通运输局选派驻村 / 魏建军来自县农业农村局: the unit after the name, a date between.
_DISPATCH_LATER_RE = re.compile(r"[，,]?\s*(?:(?:19|20)\d{2}年(?:\d{1,2}月)?(?:\d{1,2}日)?[，,]?)?" + _DISPATCH_RE.pattern)
# NAME，男，汉族，中共党员，1985年3月出生，…: a profile between a name and its posting
# (毕业于某大学, 硕士学位: where and how far the cadre studied)
_PROFILE = (r"(?:[，,]\s*(?:男|女|[\u4e00-\u9fff]{1,4}族|中共党员|党员|\d{2}岁|(?:19|20)\d{2}年(?:\d{1,2}月)?(?:出)?生"
            r"|毕业于[\u4e00-\u9fff]{2,16}?(?:大学|学院|学校)|[\u4e00-\u9fff]{2,3}(?:学位|学历)))*")
# …，某月她与队长NAME一起进某村驻村: a colleague named beside the pronoun that stands for the subject
_COMPANION_RE = re.compile(r"(?:他|她)(?:和|与|同)(?P<title>组长|队长|同事|队友)?(?P<name>[\u4e00-\u9fff]{2,3}?)(?:一起|一道)?$")
# 工作队还有三名队员: members counted, their names to follow (_members_from)
_COUNTED_MEMBERS_RE = re.compile(r"(?P<count>[两二三四五六七八九]|\d)(?:位|名)(?:驻村)?(?P<post>工作队员|队员|第一书记)")
_ITEM_END_RE = re.compile(r"[；;。！？]")
# the profile's notes closing right before a point (…，男，1994年生): where they begin
_PROFILE_BEFORE_RE = re.compile(_PROFILE + r"$")
_UNIT_WORD = r"(?:局|厅|委|部|院|校|大学|公司|银行|中心|办公室|办|所|站|处|会|社|集团|厂|馆)"
# the unit that ends right before a verb (县水利局|选派…)
_UNIT_ENDS_RE = re.compile(rf"[\u4e00-\u9fff]{{2,20}}?{_UNIT_WORD}$")
# 带领的某县财政局扶贫工作队: the unit that opens the name of the team
_TEAM_UNIT_RE = re.compile(rf"[\u4e00-\u9fff]{{2,20}}?{_UNIT_WORD}")
# a verb of sending inside a unit read back to the clause start (某校选派原…), and 原 (former) after it
_SENDING_IN_UNIT_RE = re.compile(r"(?:选派|派驻|下派|委派|派出|抽调)(?:了)?原?")
# NAME同志接替NAME同志担任…: the successor named before 接替 (同志 after each name)
_SUCCEEDS_BEFORE_RE = re.compile(r"(?:同志)?接替$")
# 以NAME为组长，NAME、NAME为组员组成…: the part the names before 组成 take, and the leader's before them
_MEMBERS_PART_BEFORE_RE = re.compile(r"为(?:组员|队员|成员)$")
_LIST_JOINERS = ("、", "和", "与", "及")  # the marks that join the names of a list
_LIST_PIECE_RE = re.compile(f"[^{''.join(_LIST_JOINERS)}]+")  # one item of such a list, whatever it holds
# 干部NAME来到某村，开始了驻村生活 / 来到某村驻村: the arrival begins his stay, a posting without the post's name
_STAY_BEGUN_RE = re.compile(r"[，,]?(?:开始了?|开启了?|从此开始了?|就此开始了?)?(?:他|她)?的?(?:驻村|帮扶|扶贫)(?:生活|工作|生涯|之路|日子)"
                            r"|驻村(?=[，。,；;！？\n]|$)")
_VILLAGE_UNIT_BEFORE_RE = re.compile(r"(?:自然村|村民小组|村小组|生产|屯|小)$")  # units of a village before 队长/组长
_POSTED_NAME_CLOSERS = ("、", "，", ",", "。", "；", ";")  # marks that close a name written right after its post
_SMALL_COUNT = r"(?:\d+|[一二两三四五六七八九十])"  # a count of people in digits or one numeral (3, 三, 十)
_LEADER_PART_BEFORE_RE = re.compile(r"(?P<part>为(?P<post>组长|队长|第一书记))[，,、]$")
_PART_ROLE = {"组长": "team_leader", "队长": "team_leader", "第一书记": "first_secretary"}
_TEAM_NOUN = "(?:驻村|帮扶|扶贫|驻村帮扶|驻村扶贫|乡村振兴)?(?:工作队|工作组)"  # a team, with what it is for
# 以NAME为第一书记，NAME、NAME为队员的N人工作队: a team named by each member's part, with no verb of forming it
_TEAM_OF_PARTS_RE = re.compile(rf"为(?:组员|队员|成员)的(?:(?P<count>{_SMALL_COUNT})(?:人|名))?{_TEAM_NOUN}")
# 由某局干部NAME为第一书记的工作队…某村: a team named by its head alone, after 由 or 以 and the head's title
_TEAM_HEADED_BY_RE = re.compile(rf"为(?:驻村)?(?P<post>第一书记|队长|组长)的{_TEAM_NOUN}")
_HEAD_OPENS_RE = re.compile(r"[由以][\u4e00-\u9fff]{0,8}$")  # 由 or 以, then the head's title, before the name
# 以NAME为队长、NAME为副队长的工作队 / 工作队进驻某村，以NAME为队长，NAME、NAME为队员: each name given its part in the
# team, the items of the chain joined by one mark; the item's part (a deputy is a member)
_NAMED_PART_RE = re.compile(r"为(?:驻村)?(?P<post>第一书记|副队长|队长|副组长|组长|队员|组员|成员)(?=[、，,的；;。]|$)")
_CHAIN_PART_ROLE = {"第一书记": "first_secretary", "队长": "team_leader", "组长": "team_leader"}  # the rest: members
_CHAIN_JOINERS = ("、", "，", ",")
_TEAM_NAMED_AFTER_RE = re.compile(rf"的{_TEAM_NOUN}")  # …为副队长的驻村工作队: the chain names the team after it
_TEAM_STATIONED_RE = re.compile(rf"{_TEAM_NOUN}[^。；;！？\n]{{0,12}}?(?:进驻|入驻|派驻|驻)")  # 工作队进驻某村，以…
# 某村工作组的工作人员NAME、NAME、NAME / 某村工作组某单位一行两人NAME、NAME、NAME: a team's staff listed by name
# after the team's noun, by the staff's word or by the party's size (一行N人)
_TEAM_STAFF_LISTED_RE = re.compile(rf"(?:工作队|工作组)(?:[^，。,；;！？\n]{{0,16}}?一行(?P<count>{_SMALL_COUNT})(?:人|名)"
                                   r"|的?(?:全体)?工作人员)[：:，,]?")
# NAME一行两人进驻某村 / 进驻该村: a party named after its head, its size, then its stationing in a village
PARTY_STATIONED_RE = re.compile(rf"一行(?:{_SMALL_COUNT}(?:人|名))?[，,]?\s*(?:先后|正式|一起|一同)?"
                                r"(?P<verb>进驻|入驻|驻进|住进)")
# NAME(下派某乡某村)、NAME(下派某镇某村)…: each name of a list followed by a note of its own posting
_POSTING_NOTE_RE = re.compile(r"[（(](?:下派|派驻|驻|挂职|任职于|下派到|派到)(?P<where>[^（()）。；;！？\n]{2,20}?(?:村|社区|嘎查))"
                              r"(?:第一书记|驻村)?[）)]")
_COUNT_AFTER_NOTE_RE = re.compile(rf"{_SMALL_COUNT}(?:位|名|人)")
# NAME以驻村干部身份来到某村: a named cadre taking the post as who he is, in a village
_AS_POST_NAMED_RE = re.compile(r"以[“\"]?(?P<role>驻村第一书记|第一书记|驻村干部|驻村工作队员|工作队员|队员)[”\"]?的?身份[，,]?"
                               r"(?:扎根(?:在|于)?|来到|进驻|驻进|驻在|入驻)(?P<where>[^，。,；;！？\n]{2,24}?(?:村|嘎查|社区))")
# a profile card opens with the name and one of the profile's fields (NAME，男，… / NAME，1989年5月出生，…)
_PROFILE_OPENING_RE = re.compile(_PROFILE[:-1] + "+[，,。]")
# only a date or a period before a posting that has no subject (2019年2月至2020年3月，派驻某村…)
_PERIOD_ONLY_RE = re.compile(r"\s*(?:(?:19|20)\d{2}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:份|初|底)?"
                             r"(?:(?:至|到|—|－|-)(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:份|初|底)?)?(?:起|开始)?)?[，,]?\s*"
                             # 2021年6月，根据全市工作安排，到某村担任…: the arrangement the posting follows
                             r"(?:(?:根据|按照|遵照|经)[^，。,；;！？\n]{2,24}?(?:安排|部署|要求|决定|研究)[，,]?\s*)?")
# 罗建华，是县自然资源局干部 / 孔德明同志是县水务局派驻的干部: the unit the cadre works for.
_IS_CADRE_OF_RE = re.compile(r"(?:同志)?[，,]?\s*是(?P<unit>[\u4e00-\u9fff]{2,20}?" + _UNIT_WORD + r")(?:派驻|下派|选派|派出)?的?(?:干部|职工|党员|副|科长|主任|医生|教师)")
_FROM_RE = re.compile(r"[，,]?\s*来自(?P<unit>[\u4e00-\u9fff]{2,20}?(?:局|厅|委|部|院|校|大学|公司|银行|中心|办公室|办|所|站|会|社))")
# The next sentence is about the cadre(s) just named: 他被派驻到… / 三人由…选派.
_ANAPHOR_SENT_RE = re.compile(r"^[^，。]{0,14}?(?:^|[，,])?\s*(?:他|她|他们|她们|[两二三四五\d]人|[两二三四五\d]名队员)(?:由|被|从|于|先后|一起|同时|来到|到)|的(?:他|她)被")
_WORKING_AT_RE = re.compile(r"在(?P<unit>[\u4e00-\u9fff]{2,20}?)工作的(?:他|她)")
# 市农业农村局驻陶营村, 某某院派驻某村: the unit just before the village the cadre is posted to.
_UNIT_BEFORE_RE = re.compile(r"(?P<unit>[\u4e00-\u9fff]{2,20}?(?:局|厅|委|部|院|校|大学|公司|银行|中心|办公室|办|所|站|会|社|集团))(?:派驻|下派|选派|驻)$")
# 序号 姓名 派出单位 驻村 职务 … : a table of cadres, flattened by OCR into one run of text.
_TABLE_HEAD_RE = re.compile(r"序号\s*姓名[^\d。“”]{0,30}")
_TABLE_ROW_RE = re.compile(r"(?<![\d.])\d{1,3}(?![\d.])\s*")
# 姓名  派出单位  驻村 (no 序号 column): one cadre a line, the post named in the list's caption (…第一书记名单).
_LINE_TABLE_HEAD_RE = re.compile(r"姓名[^\n。，,；;\d]{0,16}?(?:单位|驻村|职务)(?:[ \t\u3000]*(?:所驻村|驻村|职务|单位|村))*")
# where the part of a dotted name before the dot begins, read backwards: a character no name holds, except
# the ones transliterations are written with (阿不都, 艾来提)
_DOTTED_STOP = NOT_IN_NAME - set("都来")
# the marks between the parts of a transliterated name: the middle dot and its look-alikes, and the hyphen some
# pages write for it (阿卜杜拉-艾力)
_NAME_DOTS = "·•・‧-－"
# 艾尔肯·吐尔逊: a transliterated name, its parts joined by a middle dot (never opening on a particle: 某某的日记•发布时间
# is a headline and the page's date line).
_DOTTED_NAME_RE = re.compile(r"(?![的地得了着是在和与])[\u4e00-\u9fff]{2,5}[·•・‧\-－][^\W\d_负正在带帮说表介告组牵协参主深是的了和与及对向把被将为从到给让用也都就已又还来去同跟以并称讲等们村镇乡县市区]{2,4}")
# 买买提·阿不都热合曼: the part after the dot may run to six or seven characters (seed parts run together)
_DOTTED_LONG_RE = re.compile(r"[\u4e00-\u9fff]{2,5}[·•・‧\-－][\u4e00-\u9fff]{5,7}")
# 第一书记由市发改局干部牟俊担任: the post first, then the unit and the name.
_BY_UNIT_RE = re.compile(r"由(?P<unit>[\u4e00-\u9fff]{2,20}?(?:局|厅|委|部|院|校|大学|公司|银行|中心|办公室|办|所|站|会|社|集团))(?:的)?(?:干部|职工|同志|党员)?")


# 由省某委选派到某镇甲村、乙社区的 + a list of names: the villages the listed cadres are posted to, in order.
_PLACES_BEFORE_NAMES_RE = re.compile(r"(?:由(?P<unit>[\u4e00-\u9fff]{2,20}?))?(?:选派|派驻|下派|委派|派)?(?:到|至|赴|驻)"
                                     r"(?P<items>[\u4e00-\u9fff]{2,16}(?:、[\u4e00-\u9fff]{2,16})*)的$")
_NOT_VILLAGE_STEMS = frozenset("该本全各每此其邻我贵一两二三四五六七八九十多个的到在驻进")  # 某镇各村: no village's name
_LISTED_VILLAGE_RE = re.compile(r"[\u4e00-\u9fff]{2,10}(?:村|社区|嘎查|居委会)")

# how far back (characters before the sentence) 这里/该村 after a posting verb looks for the village it stands for
_ANAPHOR_REACH = 120
# …选派第一书记…。NAME便是其中之一。: a name opening its sentence as one of those the sentence before sends
_ONE_OF_THEM_RE = re.compile(r"(?:^|(?<=[。！？\n]))\s*(?P<name>[\u4e00-\u9fff]{2,4}?)(?:便|就|正|也)?是其中(?:之一|的一员|一员|的一位|一位)")
# NAME是工作组成员之一: a name opening its clause, said to belong to a village team (no post of its own)
_MEMBER_OF_TEAM_RE = re.compile(rf"(?:^|(?<=[。！？\n，,；;]))\s*(?P<name>[\u4e00-\u9fff]{{2,4}}?)(?:同志)?(?:便|就|也|正)?是"
                                rf"{_TEAM_NOUN}的?(?:一员|一名队员|一名成员|成员之一|队员之一)")
# NAME带着工作队挨户摸底: a name opening its clause leads the team at its work (no arrival, no village said)
_LEADS_TEAM_AT_WORK_RE = re.compile(rf"(?:^|(?<=[。！？\n，,；;]))\s*(?P<name>[\u4e00-\u9fff]{{2,4}}?)(?:同志)?(?:带着|带领|率领)"
                                    rf"{_TEAM_NOUN}(?:队员|成员|员)?(?:们)?(?!的|到|来到|入驻|进驻|驻)")
# 工作队由三人组成。其中，某处干部NAME为队长: the team's make-up stated, then its head named by his part
_TEAM_HEAD_PART_RE = re.compile(r"(?:同志)?(?:为|任|担任)(?P<post>副?(?:队长|组长))(?=[，,。；;])")
_TEAM_MAKE_UP_RE = re.compile(r"(?:工作队|工作组)[^。！？\n]{0,12}?由[^。！？\n]{1,30}?(?:组成|组合|组建)")
# NAME将在某县某镇某村驻村整整3年: a name opening its clause, stationed in the village its chain of places closes on
# (来自某局的NAME，2019年起在某村驻村: where the cadre comes from before the name, when the stay began after it)
_STAYS_AT_RE = re.compile(r"(?:^|(?<=[。！？\n，,；;]))\s*(?:来自[\u4e00-\u9fff]{2,20}?的)?(?P<name>[\u4e00-\u9fff]{2,4}?)(?:同志)?"
                          r"(?:[，,]\s*(?:(?:19|20)\d{2}年(?:\d{1,2}月)?|今年|去年|前年)(?:起|开始|以来)?[，,]?)?"
                          r"(?:将|已经|已|一直|仍|还|继续|常年|长期|就)*在(?=[\u4e00-\u9fff])")
_STAY_VERB_RE = re.compile(r"(?:驻村|驻守|蹲点|扎根)")
# 她们都是第一书记 / “…第一书记”，是她们共同的身份: a post the names listed just before all hold
_PLURAL_POST_RE = re.compile(r"(?:他们|她们)(?:都|均|全都|也都|同为)?(?:是|担任|成为|作为)[^，。；;！？\n]{0,30}?"
                             r"(?P<role>第一书记|工作队员|驻村干部)"
                             r"|(?P<role2>第一书记|工作队员|驻村干部)[”\"]?[，,]?是(?:他们|她们)(?:共同|唯一)?的?身份")
# …，还有NAME、NAME、NAME / 和NAME一同出发的: where the names a plural pronoun stands for are listed
_LIST_OPENERS_RE = re.compile(r"(?:还有|分别是|分别为|他们是|她们是)[：:]?")
# 记者：…？NAME：…: an interview's labels, the interviewer's and the speaker's, each opening its turn
_NOT_ONE_NARRATOR = "(?![们县市省区镇乡村州旗盟校院局厅部委])"  # 我县, 我们: after 我, no narrator speaking of themselves
_ORGAN_WORDS = frozenset("厅局处委办部院署")
_DIVISION_SUFFIXES = ("省", "市", "县", "区", "州", "盟", "旗")
_GOING_VERBS = frozenset("来到去回赴")  # verbs of going that are surnames too (来, 回): before a division's name, the verb
# 我所在的某省某县某乡某村: the narrator's own village, the chain of places after it
_MY_VILLAGE_RE = re.compile(r"我(?:所在|驻守|所驻|帮扶|包保)的")
_INTERVIEWER_RE = re.compile(r"(?:记者|问|主持人)[：:]")
_INTERVIEWER_WORDS = frozenset(("记者", "问", "主持人", "本报记者", "答"))
_SPEAKER_LABEL_RE = re.compile(r"(?:^|(?<=[\n。！？?!”]))\s*(?P<name>[\u4e00-\u9fff·]{1,6}?)[：:]")
_INTERVIEW_REACH = 240
_JOINED_TO_LIST_RE = re.compile(r"(?:和|与|跟)(?P<name>[\u4e00-\u9fff]{2,4}?)(?:一同|一起|一道)")
# 同事NAME接过某村的扶贫重担 / 接过了某村乡村振兴的接力棒: a cadre who takes over a village's aid from the one before
_TOOK_OVER_VILLAGE_RE = re.compile(r"(?:接过|接下|接手|接棒)了?(?P<where>[\u4e00-\u9fff]{2,12}?(?:村|社区|嘎查))的?"
                                   r"(?:脱贫攻坚|乡村振兴|扶贫|帮扶|驻村)?(?:工作)?的?(?:重担|重任|接力棒|担子|任务|重(?=[?？]))")
# 和他一起的，还有民警NAME和教师NAME: the cadre's companions, each perhaps after a title, named after 还有
_COMPANIONS_STILL_RE = re.compile(r"(?:和|与|跟|同)(?:他|她)一(?:起|同|道)(?:来的|驻村的|进村的|的)[，,]?\s*还有")
# 先后派出NAME、NAME等骨干加入其中, 选派NAME、NAME等同志到某村驻村: names listed right after a verb of sending,
# closed by 等
# 第一书记兼村党支部书记NAME: a second post held with the first, between it and the name
_CONCURRENT_POST_RE = re.compile(r"兼(?:任)?[\u4e00-\u9fff]{0,8}?(?:书记|支书|主任|队长|组长)")
_SENDS_NAMES_ETC_RE = re.compile(r"(?:派出|选派|派驻|下派|抽调|委派|选调)了?(?=[\u4e00-\u9fff]{2,4}、)")
# …第一书记风采录之三NAME：带着某村闯新路: a story headed by its cadre's name and a colon, the post in the series
# title before it on the line (normalising joins the two) or on the line before, the name written again in the story
_HEADED_STORY_RE = re.compile(r"[：:](?=[^\n。！？：:]{2,40}(?:\n|$))")
# 某处副处长NAME带领的某局驻村工作队: the one who leads the team, named before 带领的 and the team
_LEADS_THE_TEAM_RE = re.compile(r"(?:同志)?(?:带领|率领)的[^，。,；;！？\n]{0,24}?(?:驻村|帮扶|扶贫)?工作(?:队|组)")
# 本报讯NAME是…, 3月5日电NAME…: a dateline, its spaces dropped, ends right before a name or a place.
_DATELINE_RE = re.compile(r"^[\u4e00-\u9fff\d]*?(?:报讯|日讯|日电|讯)")
# a village's own bodies (村党支部, 村委会), not a unit that sends a cadre
_VILLAGE_BODY_RE = re.compile(r"(?:村|社区|嘎查)(?:党支部|党总支|支部|委会|两委)$|^(?:党支部|党总支|村委会)$")
_DATELINE_END_RE = re.compile(r"(?:报讯|日讯|日电|[^\u4e00-\u9fff]讯)$")
# NAME在某村驻村, NAME驻某村, NAME继续驻守某村, NAME被派驻到某村: where the named cadre is stationed (在/到 need a
# posting after the village)
_STATIONED_RE = re.compile(r"(?:同志)?(?:一直|已经|已|常年|长期|就|继续|仍)?(?:(?P<posted>驻守|驻|驻扎在|被?(?:派驻|下派|选派)到)|在|来到|到)")
# 某公司的NAME、某医院的NAME继续驻守某村: the cadres named (each after his unit and 的) go on being stationed there
_STAYS_ON_RE = re.compile(r"(?:继续|仍|仍然|一直|长期)?(?:驻守|驻扎在|驻扎)(?=[\u4e00-\u9fff]{2})")
_STATIONED_AFTER_RE = re.compile(r"(?:驻村|任职|挂职|蹲点|担任|任|当|扶贫|帮扶|工作)")
_COMMUNITY_RE = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:居委会|居民委员会|社区)(?=[里内，,的驻]|工作队|工作组)")
_ARRIVAL = r"(?:刚|初|才|一)?(?:来到|到|进驻|驻)(?:了)?"
# what the cadre brings along on the way, and an adverb before it (就带着行李来到): no subject of its own
_CARRYING = r"(?:就|便|又|也|随即|毅然)?(?:(?:带着|背着|拎着|揣着)[\u4e00-\u9fff]{1,10}?)?"
_ARRIVED_CLAUSE_RE = re.compile(rf"(?:[\u4e00-\u9fff]{{0,20}}?(?:的|干部|队员))?(?P<name>[\u4e00-\u9fff]{{2,4}}?){_CARRYING}"
                                rf"{_ARRIVAL}[\u4e00-\u9fff]{{2,20}}")
# a clause of arrival with no subject (就带着行李来到某县), whose subject opens the sentence
_SUBJECTLESS_ARRIVAL_RE = re.compile(rf"{_CARRYING}{_ARRIVAL}[\u4e00-\u9fff]{{2,20}}")
# the sentence's opening clause that is only its subject: a name, perhaps after what the person did before (在某村帮扶的NAME)
_OPENING_SUBJECT_RE = re.compile(r"\s*(?:[\u4e00-\u9fff]{0,20}?的)?(?P<name>[\u4e00-\u9fff]{2,4})")
_SUBJECT_LEAD = 3  # clauses with no subject of their own that may stand between the opening subject and its arrival
# NAME说：“… / “…”NAME说: who speaks a quotation
_SAID = r"(?:说|表示|介绍|坦言|告诉记者|感慨|笑着说|动情地说|深有感触地说)"
_SAID_BEFORE_RE = re.compile(rf"{_SAID}[：:，,]?\s*$")
_SAID_AFTER_RE = re.compile(rf"[\u4e00-\u9fff]{{2,4}}?(?P<verb>{_SAID})")
# the team a post qualifies, a few words on (任队长的学校驻村扶贫工作队)
_TEAM_AFTER_RE = re.compile(r"[^，。,；;！？\n]{0,10}?(?:工作队|工作组|帮扶队|扶贫队)")
_VERB_AFTER_NAME_RE = re.compile(rf"(?:{_SAID}|带领|带着|率领)")
_NAME_ARRIVAL_RE = re.compile(rf"(?P<name>[\u4e00-\u9fff]{{2,4}}?){_ARRIVAL}")
_VILLAGE_BEFORE_POST_RE = re.compile(r"(?P<stem>[\u4e00-\u9fff]{2,8}?)(?P<suffix>村|社区|嘎查)"
                                     r"(?P<tail>(?:的|驻村|党支部|党总支|党组织|支部|“[^”，。]{1,6}”|[“”\"‘’])*)$")
_VILLAGE_BOUNDARY = BOUNDARY | set("年月日次届个讯")
# what may lead into a place name read back from its suffix: a dateline, a posting verb, a unit
_PLACE_LEAD_RE = re.compile(r"^.*(?:讯|日电|驻|中心|公司|集团|银行|大学|学院|医院|办公室|局|厅)"
                            r"(?=[\u4e00-\u9fff]{2,}(?:村|社区|嘎查|居委会|乡|镇|苏木)$)")
# Characters that end a name elsewhere (NOT_IN_NAME) but also end given names (张福来, 王永和, 李大同, 赵永年).
_FUNCTION_NAME_FINALS = frozenset("来和同年会")  # (会: 刘某会，…刘某会生前…)
# characters of verbs of leading that end given names too (建领, 国带): the name is whole when the verb
# itself follows them
_VERB_NAME_FINALS = frozenset("领带率")
_AGE_BEFORE_NAME_RE = re.compile(r"(?:\d{2}|[二三四五六七]十[一二三四五六七八九]?)岁的")  # 52岁的, 四十五岁的
# (队员)NAME(等三人)入驻…: the member's own stationing right after the name
# 甲及县某局干部乙、丙来到某村，甲任第一书记: after a name, a joiner, the companions (a unit and title, names in a
# list), then a verb of arriving or stationing: the group that came to the village together
_COMPANIONS_AFTER_RE = re.compile(r"(?:同志)?(?:及|和|与|同|、)(?P<rest>[^，。；,;！？]{2,30}?)(?:等人?)?(?:一同|一起|共同|一道)?"
                                  r"(?:来到|进驻|入驻|驻进|派驻到|赴|到)")
_STATIONED_AFTER_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:等[一二两三四五六七八九十\d]{1,2}人)?(?:入驻|进驻|驻进|驻扎|派驻到)")
# NAME（某镇某村）: a name's village in brackets right after it
_BRACKETED_VILLAGE_RE = re.compile(r"[（(][^（()）\n]{2,20}?[）)]")
# (”NAME)说。: a verb of saying that closes a quoted sentence, its speaker right before it
_SAID_CLOSING_RE = re.compile(_SAID + r"[。！]")
# 2021年5月 (then a comma): a date opening the clause before its subject
_DATE_LEAD_RE = re.compile(r"(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:初|底|末|中旬|上旬|下旬)?")
# 宁都讯, 本报讯(记者…): a dateline before the sentence's first word
_DATELINE_LEAD_RE = re.compile(r"(?:本报讯|[\u4e00-\u9fff\d]{0,12}(?:报讯|日讯|日电|讯))(?:[（(][^）)]{0,30}[）)])?")
# 任(某村)第一书记以来，/后，: a clause of time the post closes; its holder's name opens the next clause
_TOOK_POST_BEFORE_RE = re.compile(r"(?:担任|出任|任)[^，,。；;！？、]{0,10}$")
_SINCE_POST_RE = re.compile(r"(?:以来|之后|后|期间)[，,]\s*")
_AS_POST_RE = re.compile(r"(?:作为|身为)[^，,。；;！？、]{0,10}$")  # 作为(某村)(驻村) before a post, nothing closing between
# 队长某朝中的党课: a given name closing on 中 before 的, which the analyser reads as the locative 中的 (in …); a
# cadre named right after the post is not a place things are in
_LOCATIVE_NAME_FINALS = frozenset("中")
# a name item of a counted list (NAME、NAME两位同志…) holds none of these (a verb's or a function word's character
# that also ends given names may close it: 刚领, 福来)
_NOT_IN_LISTED_NAME = frozenset(NOT_IN_NAME - _VERB_NAME_FINALS - _FUNCTION_NAME_FINALS)
# 正 before a verb (正坐在, 正带领): an adverb after a two-character name, read into it by the analyser
_PROGRESSIVE_FINALS = frozenset("正常总便仍却早")
# adverbs of habit and time (常说, 早到, 总去) that make one word with a one-character verb after them; 正 is not one
# of them (正说 as one word leaves the name whole)
_HABIT_FINALS = frozenset("常早总")  # adverbs that rarely end a given name (not 刚, 才)
_PROGRESSIVE_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{1,2}?[在着]")
_NAME_LINE_RE = re.compile(r"(?m)^[ \t\u3000]*(?P<name>[\u4e00-\u9fff]{2,4})[ \t\u3000]*$")  # a line holding one name
_BYLINE_HEAD = 400  # characters of the page's head in which a line of the author's unit, title and name is a byline
_ANAPHOR_BACK = 200  # characters before a demonstrative post's sentence in which the person it points back to is named
PERSON_TAGS_OF_NAMES = names.PERSON_TAGS
# after 一起驻村的: 还有另外两名干部——NAME和NAME, the fellow members counted, their names after a dash or a colon
_STILL_OTHERS_RE = re.compile(rf"[，,]?还有(?:另外|另)?(?:(?P<count>{_SMALL_COUNT})(?:名|位|个))?"
                              r"[\u4e00-\u9fff]{0,8}?(?:——|—|：|:)")
# before a name that opens an apposition: 他叫, 她名叫, 王书记叫 (the form of address of the cadre, surname first)
_INTRODUCED_RE = re.compile(r"(?:他|她|(?P<surname>[\u4e00-\u9fff]{1,2}?)(?:书记|队长))(?:名字|名)?(?:叫|叫作|叫做)")
# ，2015年10月来到 / ，他于2019年被派驻到: a clause bringing the subject of the sentence to a place
_COMMA_RE = re.compile(r"[，,]")
_LISTED_AFTER_RE = re.compile(r"[、和与及]|同志|等")  # after a name that opens a list of names
_ARRIVES_LATER_RE = re.compile(r"[，,]\s*(?:他|她)?(?:于)?(?:(?:19|20)\d{2}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:初|底)?[，,]?)?"
                               r"(?:来到|进驻|被派到|被派驻到|被选派到|派驻到|选派到|下派到)")
_TEAM_PASSAGE = 600  # characters after a team formed of names listed in which one of them may be said to lead it
_TEAM_BEFORE = 160  # characters before a sentence in which a work team named makes its bare 队长/队员 the team's
# 任某职的几年里, 任队长的日子里: the time the post was held, after 的 (no noun the post qualifies)
_TIME_HELD_AFTER_RE = re.compile(r"的[^，。,；;！？\n]{0,6}?(?:时间里|日子里|时光里|年里|年间|期间|时候)")
_ROSTER_POST_AFTER = frozenset("的名位个与和同")  # a bare 队长/队员 after a count, 的 or "with" (另一名队员, 工作的队员, 他与队员NAME) is still the team's
_AGE_BEFORE_RE = re.compile(r"(?:今年|时年|年仅)?\d{2}周?岁的$")  # an age right before a name (35岁的NAME)
_STOP_RE = re.compile(r"[。！？\n]")
_SEMICOLON_RE = re.compile(r"[；;]")
# the suffixes of places a short form of the name may be written without (高寨 for 高寨村)
_PLACE_WORD_ENDINGS = ("村", "嘎查", "社区", "镇", "乡", "苏木")
# a cadre's unit before his name, a title after it or not (县林业局, 县林业局干部)
_UNIT_MAYBE_TITLED_RE = re.compile(rf"(?P<unit>[\u4e00-\u9fff]{{2,20}}?{_UNIT_WORD})的?[\u4e00-\u9fff]{{0,4}}")
# an item of a list of names, the mark after it: 、 or the 和/及/与 before the last one
_LIST_ITEM_RE = re.compile(r"(?P<item>[\u4e00-\u9fff]{2,3}?)(?P<mark>、|和|及|与)")
# NAME同志自2019年驻某村以来: the year a stay in a village began, right after a name (an anchor: a match opens with 同志/自/从)
# (its optional 同志 is tried at every character: scanned from where 同志, 自 or 从 is written)
_STATIONED_SINCE_NAMED_RE = AnchoredPattern(re.compile(
    r"(?:同志)?(?:自|从)(?:19|20)\d{2}年(?:\d{1,2}月)?份?(?:起)?[，,]?(?:驻|进驻|入驻|驻扎)"
    r"(?P<where>[\u4e00-\u9fff]{2,20}?(?:村|社区|嘎查))(?:以来|后|期间)"), re.compile("同志|[自从]"))
# 某单位选派骨干担任某村第一书记。NAME同志自进村以来，…: the time since the stay began, right after a name that opens
# the sentence after the one naming the post (without its holder)
_SINCE_POSTED_RE = AnchoredPattern(re.compile(r"(?:自|从)(?:驻村|进村|到村|任职|上任|到任)(?:以来|后)"), re.compile("[自从]"))
_POSTING_BEFORE_RE = re.compile(r"选派|派驻|下派|担任|出任|任命")
# 又回到某镇，成为了某村第一书记: the verb of becoming the post, a village and 的 at most between
_BECAME_POST_BEFORE_RE = re.compile(r"成为了?[^，。,；;！？\n]{0,12}$")
_ROW_UNIT_RE = re.compile(rf"[\u4e00-\u9fff]{{2,20}}?{_UNIT_WORD}(?=派驻|选派|下派|驻)")  # a row's unit, before its posting
# 先后有过五任驻村指导员, 派来过3名第一书记: post-holders counted right before the post
_COUNTED_POST_BEFORE_RE = re.compile(r"(?:\d{1,2}|[一二两三四五六七八九十]{1,3})(?:任|名|位)(?:[\u4e00-\u9fff]{2,8}?)?(?:驻村)?$")
_CLAUSE_CLOSES_RE = re.compile(r"[”\"]?(?:[。，,；;！？\n]|$)")  # right after a post: the clause closes there


def _place_name(name: str) -> str:
    """A village or township as a cadre's place: what the place finder read may carry what led into it, a dateline
    (某县融媒体中心讯某村, 3月5日电某村) or the unit that sends the cadre (某单位驻某村, 某中心某村): the name
    starts after the last of them (regions.py reads the place; this cleans what people.py takes)."""
    m = _PLACE_LEAD_RE.match(name)
    return name[m.end():] if m else name


# a photo caption on a line of its own: 图为NAME在加夜班
_CAPTION_RE = re.compile(r"(?:^|\n)\s*[（(]?图为")
# 农村工作指导员全部兼任村里的第一书记, 指导员均兼任第一书记: the instructors serve as the first secretaries
_INSTRUCTORS_ARE_SECRETARIES_RE = re.compile(r"(?:指导员|农指员)[^。！？\n]{0,6}?(?:全部|均|都|一律)?(?:同时)?兼任"
                                              r"[^。！？\n]{0,8}?第一书记")
# NAME毛遂自荐, NAME主动请缨: a person who volunteers for a post (the verbs, guarded by a find each)
_VOLUNTEERED = ("毛遂自荐", "主动请缨", "主动报名")
_VOLUNTEERED_RE = re.compile("|".join(_VOLUNTEERED))
# 驻村以来，他…, 驻村三年来，她…: a sentence opened by the time since the stationing and a pronoun
# 在某县某乡开展综合帮扶的NAME, 在某村驻村的NAME: the posting written as what the person does there, before the name
_AIDING_THERE_RE = re.compile(r"在(?P<where>[\u4e00-\u9fff]{2,24}?(?:村|社区|嘎查|乡|镇))(?:驻村|开展)?(?:综合)?"
                              r"(?:帮扶|扶贫|驻村|挂职|蹲点)(?:工作)?的")
# 曾在某村驻村四年多的某厅副厅长NAME: a stay in a village counted in years or months, qualifying a titled cadre
# (its lookbehind is tried at every character: scanned from where 驻村 is written)
_STAY_LENGTH_BEFORE_NAME_RE = AnchoredPattern(
    re.compile(r"(?<![在到])驻村(?:不久|不到|以来|多年|(?:\d+|[一二两三四五六七八九十半]+)多?个?(?:年|月)多?)的"), re.compile("驻村"))
_STAYED_TITLED_RE = re.compile(r"在(?P<where>[\u4e00-\u9fff]{2,24}?)驻村(?:\d+|[一二两三四五六七八九十]+)多?个?(?:年|月)多?的")
_STATIONED_LEAD = r"驻村(?:以来|后|期间|(?:\d+|[一二两三四五六七八九十]+)年(?:多)?来)"
_STATIONED_SINCE_RE = re.compile(rf"(?:^|(?<=[。！？!?\n]))\s*(?P<lead>{_STATIONED_LEAD})[，,]\s*(?:他|她)(?![们])")
# _STATIONED_SINCE_RE opens at any sentence start, tried at every character: run only where its lead is written
_STATIONED_LEAD_RE = re.compile(rf"{_STATIONED_LEAD}[，,]")
# where the clause of a respective posting (分别帮扶甲村、乙村和丙村) ends
_CLAUSE_END_RE = re.compile(r"[。；;！？!?，,\n]")
# 工作队队长并兼任村第一书记, 队长（兼第一书记）: the first secretary's post taken on besides the one just named
_ALSO_SECRETARY_RE = re.compile(r"[，,]?[（(]?(?:并|同时|还|且)?兼(?:任)?(?:驻村|村|该村|[\u4e00-\u9fff]{2,8}?村)?[“\"]?第一书记")


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


@dataclass
class _Mention:
    name: str
    role: str
    start: int
    end: int
    village: Place | None
    confidence: float
    unit: str | None = None
    town: Place | None = None  # 开通镇驻村工作队队员何晓宇: a township right before the post, no village
    after_post: bool = False   # named right after the post (第一书记NAME): no cue word can stand before it
    start_month: str | None = None  # YYYY-MM, when the rule reads when the posting began (2021年4月他来到某村)


def _in_book_title(text: str, name: str) -> bool:
    """Is `name` written inside a title, within 20 characters after its 《 (re.search(《[^》\n]{0,20}NAME),
    without a pattern compiled for every name: the nearest 《 before each place the name is written decides)."""
    i = text.find(name)
    while i >= 0:
        opened = text.rfind("《", max(0, i - 21), i)
        if opened >= 0:
            between = text[opened + 1: i]
            if "》" not in between and "\n" not in between:
                return True
        i = text.find(name, i + 1)
    return False


class PeopleExtractor:
    def __init__(self, text: str, places: list[Place], cues: Path = CUES_SEED):
        self.text = text
        self.p = _patterns(cues)
        self.places = places
        # where a province, city or county name starts: asked for every post a name may follow
        self._admin_starts = frozenset(p.start for p in places if p.level in ("province", "city", "county"))
        # where a village name starts (我任职“第一书记”的冯家河村: 冯家 is the village's, no name)
        self._village_starts = frozenset(p.start for p in places if p.level == "village")
        self._counts: dict[str, int] = {}
        self._candidates: dict[int, bool] = {}
        self._reads: dict[int, tuple[str | None, bool]] = {}
        self._excluded: dict[str, bool] = {}
        self._place_names: frozenset[str] | None = None  # the page's places by name, made on first use
        self._stops: list[int] | None = None
        self.village_parents: dict[str, dict[str, str]] = {}
        for chain in chains(places):
            levels = {p.level: p.name for p in chain}
            if "village" in levels:
                parents = self.village_parents.setdefault(levels["village"], {})
                for level in ("township", "county", "city"):
                    if level in levels:
                        parents.setdefault(level, levels[level])
                # 某市某镇某村 with the county-level city alone: its prefecture, from the one division of that name
                county = next((p for p in chain if p.level == "county"), None)
                if "city" not in parents and county is not None and len(county.divisions) == 1 and county.divisions[0].city:
                    parents["city"] = county.divisions[0].city

    def _count(self, s: str) -> int:
        if s not in self._counts:
            self._counts[s] = self.text.count(s)
        return self._counts[s]

    def _pattern_name_at(self, pos: int) -> str | None:
        """A surname and one or two more characters at `pos`; the length as the document repeats it (韦勇记得 → 韦勇)."""
        text = self.text
        head = 2 if text[pos: pos + 2] in COMPOUND_SURNAMES else 1
        if head == 1 and text[pos: pos + 1] not in SURNAMES:
            return None
        given = text[pos + head: pos + head + 2]
        if not given or not _is_cjk(given[0]):
            return None
        if given[0] in NOT_IN_NAME and not _zhang_given(text[pos: pos + head + 2]):
            # 甲和蒋在强、乙 / 甲、刘向阳和乙: a given name opening with a function character (在, 向, 为), read only
            # as one of a list of names, the list's marks on both sides
            before, after = text[pos - 1: pos] if pos else "", text[pos + head + 2: pos + head + 3]
            listed = (before in _LIST_JOINERS and after == "、") or (before == "、" and after in (*_LIST_JOINERS, "等"))
            # 某村驻村第一书记柏会明、…: the name right after its post, closed by a list or clause mark
            listed = listed or (after in _POSTED_NAME_CLOSERS and any(
                m.end() == pos for m in self.p.ROLE.finditer(text, max(0, pos - 12), pos)))
            if not listed or len(given) < 2 or given[1] in NOT_IN_NAME or not _is_cjk(given[1]):
                return None
            return text[pos: pos + head + 2]
        short = text[pos: pos + head + 1]
        if len(given) == 2 and _is_cjk(given[1]) and given[1] not in NOT_IN_NAME:
            long = text[pos: pos + head + 2]
            if given[1] in "两二三四五六七八九十" and text[pos + head + 2: pos + head + 3] in ("人", "名", "位"):
                return short  # 马丽、郑海两人由…: the numeral counts the names, it is not part of one
            if self._count(long) >= self._count(short):
                return long
        elif len(given) == 2 and given[1] in _VERB_NAME_FINALS and _VERB_AFTER_NAME_RE.match(text, pos + head + 2):
            return text[pos: pos + head + 2]  # 某建领带领…: a given name ending in a character of the verb after it
        elif len(given) == 2 and given[1] in _FUNCTION_NAME_FINALS:
            # 张福来告诉…张福来，…: a function character that ends given names too (来 和 同 年) belongs to the name
            # when the page writes it after the name every time, once before a punctuation mark or a line end
            long = text[pos: pos + head + 2]
            if self._count(long) >= 2 and self._count(long) == self._count(short) and (
                    "" in self._after(long) or self._read_as_person(long)):
                return long
        return short

    def _surname_and_part(self, name: str, pos: int) -> str:
        """马木呷, 王巴特尔: a Han surname before a given name the seed lists as a part of Yi, Mongolian or Tibetan
        names, read short by the analyser (马木/呷): the part is the name's, unless it ends in a character no name
        ends with (王海来到: 来到 is the verb)."""
        head = names.surname_length(name)
        if not head or len(name) > head + 2:
            return name
        part = self.p.NAME_PART_RUN.match(self.text, pos + head)
        if not part or part.end() - part.start() > 3 or part.end() <= pos + len(name):
            return name
        whole = self.text[pos: part.end()]
        return whole if whole[-1] not in NOT_IN_NAME else name

    def _verb_at(self, pos: int) -> bool:
        """Whether the analyser reads a dictionary verb of two characters or more starting at `pos` (走访, 带领;
        not 江说, a name's last character run into 说 by its HMM)."""
        t = names.tagger()
        word, flag = t.tag(self.text[pos: pos + 6])[0]
        return len(word) >= 2 and flag.startswith("v") and t.known(word)

    def _read_as_person(self, name: str) -> bool:
        """Whether the analyser reads `name` as one person's word (nr) somewhere on the page (满某来/nr 看着/v):
        a function character ending a name written before a verb every time is the name's."""
        text, pos = self.text, 0
        while (pos := text.find(name, pos)) >= 0:
            word, flag = names.tagger().tag(text[pos: pos + len(name) + 4])[0]
            if word == name and flag in names.PERSON_TAGS:
                return True
            pos += len(name)
        return False

    def _after(self, name: str) -> set[str]:
        """The characters the page writes right after `name` ("" for punctuation and line ends)."""
        text, pos, after = self.text, 0, set()
        while True:
            pos = text.find(name, pos)
            if pos < 0:
                return after
            pos += len(name)
            nxt = text[pos: pos + 1]
            after.add(nxt if _is_cjk(nxt) else "")

    def candidate(self, pos: int) -> bool:
        """Whether the sentence around `pos` may name a stationed cadre (a post, or a posting to a village):
        the analyser reads only such sentences."""
        s_start, s_end = self._sentence(pos)
        if s_start not in self._candidates:
            self._candidates[s_start] = self.p.CANDIDATE.search(self.text, s_start, s_end) is not None
        # 第一书记\n李明轩: a line break between the post and the name
        return self._candidates[s_start] or self.p.CANDIDATE.search(self.text, max(0, pos - 12), pos) is not None

    def read(self, pos: int) -> tuple[str | None, bool]:
        """The name starting at `pos` and whether the analyser vouches for it as a person's."""
        if pos in self._reads:
            return self._reads[pos]
        name, vouched = self._pattern_name_at(pos), False
        if name is None and _is_cjk(self.text[pos: pos + 1]) and self.candidate(pos):
            # 次仁多吉 (transliterated, no surname), 王五告诉 (a numeral in the given name): the analyser's word
            reading = names.read_after(self.text, pos)
            if reading.vouched and reading.name:
                # 马长/n 胜/v: a given name opening with a character of titles (长), whole on the page
                name, vouched = self._whole_after(pos, reading.name) or reading.name, True
        elif name is not None and self.candidate(pos):
            reading = names.read_after(self.text, pos)
            if reading.veto:
                name = None  # 第一书记高度重视, 第一书记连续三年: an ordinary word after the post
            elif reading.name:
                # 队长李娜介绍: the verb is not part of the name; 杨成/nrfg 波/j 挨家: the document decides
                longer = name.startswith(reading.name) and len(name) == len(reading.name) + 1 and (
                    reading.open_end or self._whole_elsewhere(name, reading.name) or _zhang_given(name)
                    # 某建领/带领: the analyser joins the name's last character to the verb after it (领带)
                    or (name[-1] in _VERB_NAME_FINALS and _VERB_AFTER_NAME_RE.match(self.text, pos + len(name)) is not None)
                    or (name[-1] in _LOCATIVE_NAME_FINALS and self.text.startswith("的", pos + len(name))))
                name, vouched = (name if longer else reading.name), reading.vouched
        parts = self.p.NAME_PARTS.match(self.text, pos) if name is None or len(name) < 4 else None
        if parts and (name is None or parts.group(0).startswith(name)) and self.candidate(pos):
            # 扎西/ns 次仁/ng, 索朗/nr 旺堆/n: a transliterated name made of two parts the seed lists, the analyser
            # reading places or only the first part
            name, vouched = parts.group(0), True
        elif name is None and self.candidate(pos):
            alone = self.p.NAME_PART_ALONE.match(self.text, pos)
            if alone:
                name, vouched = alone.group(0), True
        if name:
            name = self._surname_and_part(name, pos)
        if name and self._progressive_final(name, pos):
            name = name[:-1]
        if name and len(name) == names.surname_length(name) + 2 and self.p.CLAUSE_FINAL.match(self.text, pos + len(name) - 1):
            name = name[:-1]  # 见到队员NAME时，: the clause closes after the name, its mark is no part of it
        if name and len(name) == 2:
            name = self._transliterated_whole(name, pos)
        elif name and len(name) == names.surname_length(name) + 2 and self._count(name) == 1 \
                and self._count(name[:-1]) >= 2:
            # 陈某住在村部 read as one word, on a page that writes 陈某 alone elsewhere: the last character is
            # the verb after the name
            name = name[:-1]
        if name and name[names.surname_length(name):].startswith(self.p.ADDRESSES):
            name, vouched = None, False  # 王大爷, 李书记: a form of address, not a name
        if name and self.text.startswith("们", pos + len(name)):
            name, vouched = None, False  # 顾客们, 乡亲们: a plural noun, whatever the analyser tags it
        if name and len(name) > 3 and name.endswith("同志"):
            name = name[:-2]  # 队员NAME同志: the form of address after the name is no part of it
        self._reads[pos] = (name, vouched)
        return name, vouched

    def _first_person(self, start: int, end: int) -> list[_Mention]:
        """A cadre who tells the story (我来到某村担任第一书记), with the page's byline (文_NAME, 作者：NAME) naming
        them: the author is the cadre, stationed in the village of that sentence."""
        if self.text.find("我", start, end) < 0:
            return []  # every match of FIRST_PERSON_POST and NARRATOR_CARRIED holds 我
        told = next((m for m in self.p.FIRST_PERSON_POST.finditer(self.text, start, end)
                     if not self._quoted(m.start())), None) or self._narrator_carried(start, end)
        if not told:
            return []
        speaker = self._interview_speaker(told.start()) if _INTERVIEWER_RE.search(self.text) else None
        if speaker is not None:
            return [self._narrator(speaker[0], speaker[1], told, 0.65)]
        byline = self._byline()
        if not byline or not names.surname_length(byline.group("name")):
            return self._captioned_narrator(told)
        return [self._narrator(byline.group("name"), byline.start("name"), told, 0.7)]

    def _narrator(self, name: str, at: int, told: re.Match, confidence: float) -> _Mention:
        """The cadre who tells the story, named at `at`: the post and the village of the sentence that tells it. Where
        that sentence names neither, villagers addressing the narrator by surname and 书记 (“金书记，…”) on a page
        that speaks of the first secretary make the post, and 我所在的某村 the village."""
        s_start, s_end = self._sentence(told.end() - 1)
        where = [p for p in self.places if s_start <= p.start and p.end <= s_end and p.level == "village"]
        if not where:
            for mine in _MY_VILLAGE_RE.finditer(self.text):
                _, village = self._chain_at(mine.end())
                if village is not None:
                    where = [village]
                    break
        told_post = "第一书记" in self.text[s_start:s_end]
        addressed = not told_post and "第一书记" in self.text \
            and re.search(rf"[“\"]{re.escape(name[:names.surname_length(name)])}书记[，,！!：:]", self.text) is not None
        role = "first_secretary" if told_post or addressed else "team_member"
        return _Mention(name, role, at, at + len(name), where[0] if where else None, confidence, after_post=True)

    def _interview_speaker(self, at: int) -> tuple[str, int] | None:
        """记者：…？NAME：…作为某村第一书记，我…: in an interview, the speaker whose label (NAME：) stands last before the
        first-person statement, within _INTERVIEW_REACH characters; a name the page reads as one."""
        found = None
        for label in _SPEAKER_LABEL_RE.finditer(self.text, max(0, at - _INTERVIEW_REACH), at):
            name = label.group("name")
            if name in _INTERVIEWER_WORDS:
                found = None  # the interviewer speaks after the cadre: the statement is no longer the cadre's
                continue
            if self.name_at(label.start("name")) == name:
                found = (name, label.start("name"))
        return found

    def _narrator_carried(self, start: int, end: int) -> re.Match | None:
        """The narrator's post stated in the sentence after one they open (我…。…担任某村第一书记), that sentence
        opening with no name of its own."""
        if self.text.find("我", start, end) < 0:
            return None  # every match holds 我; the pattern opens with a lookbehind, tried at every character
        return next((m for m in self.p.NARRATOR_CARRIED.finditer(self.text, start, end)
                     if not self._quoted(m.start()) and not self.name_at(m.start("next"))), None)

    def _byline(self) -> re.Match | None:
        """The author's name: a byline (文/NAME, 作者：NAME), else a line of the page's head that gives the author's
        unit and title before the name, or a bullet and the name alone (◎NAME)."""
        return (self.p.BYLINE_NAME.search(self.text) or self.p.BYLINE_LINE.search(self.text, 0, _BYLINE_HEAD)
                or self.p.BYLINE_BULLET.search(self.text, 0, _BYLINE_HEAD))

    def _captioned_narrator(self, told: re.Match) -> list[_Mention]:
        """A cadre who tells the story (我担任某村第一书记) on a page with no byline, whose photo captions (图为NAME在…)
        name one person only, read by the analyser: the narrator is that person, in the village of the sentence."""
        if self.text.find("图为") < 0:
            return []
        seen: dict[str, int] = {}
        for caption in _CAPTION_RE.finditer(self.text):
            reading = names.read_after(self.text, caption.end())
            if not reading.vouched or not reading.name or not names.surname_length(reading.name):
                return []  # a caption of a place, a scene or a group: whom it shows is not clear
            seen.setdefault(reading.name, caption.end())
        if len(seen) != 1:
            return []
        (name, at), = seen.items()
        s_start, s_end = self._sentence(told.end() - 1)
        where = [p for p in self.places if s_start <= p.start and p.end <= s_end and p.level == "village"]
        role = "first_secretary" if "第一书记" in self.text[s_start:s_end] else "team_member"
        mention = _Mention(name, role, at, at + len(name), where[0] if where else None, 0.6, after_post=True)
        return [] if self._not_cadre(mention) else [mention]

    def _team_named_before(self, pos: int, s_start: int) -> bool:
        """A team roster written over sentences (某单位选派我们三人组成驻村工作队…。队长NAME是…，队员NAME是…): the work team
        named in the sentences just before, within _TEAM_BEFORE characters, and the bare post opening a clause or
        after a count or 的 (另一名队员NAME, 工作的队员NAME), never inside another team's name (生产队长, 护林队员)."""
        if pos > 0 and _is_cjk(self.text[pos - 1]) and self.text[pos - 1] not in _ROSTER_POST_AFTER:
            return False
        return "工作队" in self.text[max(0, s_start - _TEAM_BEFORE): s_start]

    def _pronoun_as_post(self, match: re.Match, floor: int) -> list[_Mention]:
        """他作为驻村工作队的一员来到某村: the pronoun stands for the name that opens one of the two sentences before
        (after a date, if any), a name the page writes twice or more; the post is the role word's, the village the one
        reached."""
        text = self.text
        s_start = self._sentence(match.start() + 1)[0]
        if not _PRONOUN_SENTENCE_LEAD_RE.fullmatch(text, s_start, match.start() + (text[match.start()] in "，,")):
            return []  # the pronoun's clause must open its sentence (a short time phrase before it)
        name, k, looked = None, s_start, 0
        while looked < 2:
            if k <= floor:
                break
            k = self._sentence(k - 1)[0]
            if not text[k: self._sentence(k)[1]].strip("。！？\n \t\u3000"):
                continue  # the line break after a sentence's 。: no sentence of its own
            looked += 1
            at = _DATE_OPENING_RE.match(text, k).end()  # (it always matches, the date being optional)
            name = None if self._starts_place(at) else self.name_at(at)
            if name:
                break
        if not name or self._count(name) < 2:
            return []
        village = self._village_closing(*match.span("where"))
        if village is None:
            return []
        role = "first_secretary" if match.group("role") == "第一书记" else "team_member"
        return [_Mention(name, role, k, k + len(name), village, 0.65)]

    def _own_team_on_page(self, pos: int) -> bool:
        """背包队员NAME on a page that writes 背包工作队: the word right before the bare post names a work team the
        page writes in full, so the member is that stationed team's."""
        text = self.text
        for k in (2, 3, 4):
            word = text[pos - k: pos]
            if len(word) == k and all(_is_cjk(c) for c in word) and (word + "工作队") in text:
                return True
        return False

    def _quoted(self, pos: int) -> bool:
        """Whether `pos` stands inside a quotation opened earlier in its paragraph (“我为群众办实事”, “…。我来到村里…”
        他说; a quoted speech may run over several sentences): a quoted 我 is a slogan or someone's speech, never
        the page's author telling the story."""
        before = self.text[self.text.rfind("\n", 0, pos) + 1: pos]
        return before.count("“") > before.count("”")

    def _recurring_name_before(self, end: int) -> str | None:
        """阿某都木来到某嘎查担任…: a transliterated name with no Han surname and no seed part, which the analyser
        cuts into words: four (or three) characters ending at `end`, opening their clause, that the page writes
        three times or more before three different words, no word of the dictionary and no place."""
        text, t = self.text, names.tagger()
        for length in (4, 3):
            k = end - length
            word = text[k: end]
            if k < 1 or not all(_is_cjk(c) and c not in _NOT_IN_TRANSLITERATED for c in word) \
                    or self._count(word) < 3 or t.known(word) or self._starts_place(k):
                continue
            before = text[k - 1]
            if _is_cjk(before) and not self.p.TIME_OPENER_BEFORE.search(text, max(0, k - 6), k):
                continue
            if len(self._followers(word)) >= 3 and not any(p.start < end and k < p.end for p in self.places):
                return word
        return None

    def _followers(self, word: str) -> set[str]:
        """The characters the page writes right after `word`, each time it writes it (a line end as '')."""
        text, follows, at = self.text, set(), 0
        while (at := text.find(word, at)) >= 0:
            at += len(word)
            follows.add(text[at: at + 1])
        return follows

    def _transliterated_whole(self, name: str, pos: int) -> str:
        """马某别克 read as 马某: a transliterated name whose first character looks like a surname. When the page
        writes the two characters after it every time it writes the name, twice or more, before different words,
        and they are no word of their own that could follow a name (a verb, an adverb), they are the name's."""
        tail = self.text[pos + 2: pos + 4]
        if len(tail) < 2 or not all(_is_cjk(c) for c in tail):
            return name
        whole = name + tail
        if self._count(whole) < 2 or self._count(whole) != self._count(name):
            return name
        t = names.tagger()
        tokens = t.tag(tail)
        if len(tokens) == 1 and tokens[0][1][:1] in ("v", "d", "p", "c", "u", "r", "m", "q", "f"):
            return name
        return whole if len(self._followers(whole)) >= 2 else name

    def _progressive_final(self, name: str, pos: int) -> bool:
        """A three-character reading whose last character is an adverb (正, 常, 仍 …) before a verb
        (NAME正坐在…, NAME正带领…), on a page that writes that form only here: the adverb is no part of the
        name (the analyser tags it d with a verb after it; 正说 as one word leaves the name whole)."""
        head = names.surname_length(name)
        if len(name) != head + 2 or name[-1] not in _PROGRESSIVE_FINALS or self._count(name) != 1:
            return False
        end = pos + len(name)
        tokens = names.tagger().tag(self.text[end - 1: end + 6])
        if tokens and tokens[0] == (name[-1] + "在", "p"):
            return True  # 常在, 总在: the adverb and 在 read as one preposition
        if tokens and len(tokens[0][0]) == 2 and tokens[0][0][0] == name[-1] and name[-1] in _HABIT_FINALS \
                and tokens[0][1][:1] in ("v", "d"):
            return True  # 王刚常说, 李军早到: the adverb and a one-character verb after it read as one word (常说/v)
        if len(tokens) < 2 or tokens[0] not in ((name[-1], "d"), (name[-1], "zg")) or not tokens[1][1].startswith("v"):
            return False
        # a verb of two characters or more (正带领, 正准备), or one with 在/着 after it (正坐在)
        return len(tokens[1][0]) >= 2 or _PROGRESSIVE_AFTER_RE.match(self.text, end) is not None

    def _whole_after(self, pos: int, name: str) -> str | None:
        """`name` (a surname and one character, read at `pos`) with the character after it, when the page writes the
        three characters whole every time it writes the two (_whole_elsewhere); else None."""
        if len(name) != names.surname_length(name) + 1:
            return None
        whole = self.text[pos: pos + len(name) + 1]
        if _is_cjk(whole[-1]) and whole[-1] not in NOT_IN_NAME and self._whole_elsewhere(whole, name):
            return whole
        return None

    def _open_end_closed(self, pos: int, reading: names.Reading) -> str | None:
        """The analyser's name at `pos`, with the lone character it leaves open after a two-character name (柏某/nr
        福/ns) when the page writes the three characters whole every time (_whole_after)."""
        name = reading.name
        if name and reading.open_end:
            return self._whole_after(pos, name) or name
        return name

    def _whole_elsewhere(self, long: str, short: str) -> bool:
        """许志坚持每天… (the analyser: 许志 坚持): the page writes the longer form every time it writes the shorter,
        twice or more, before different words (许志坚持…, 许志坚说…), and its last character makes a word with
        what follows in no more than half of them (祥和 yes, 祥驻 and 祥手 no; 正在 and 正忙 both): that
        character belongs to the name. An adverb-like last character (正, 刚) must also be seen before a
        punctuation mark or a line end (NAME正：…) once."""
        if self._count(long) < 2 or self._count(long) != self._count(short):
            return False
        t = names.tagger()
        text, pos, after, words, seen = self.text, 0, set(), 0, 0
        last = long[-1]
        while True:
            pos = text.find(long, pos)
            if pos < 0:
                break
            pos += len(long)
            nxt = text[pos: pos + 1]
            after.add(nxt if _is_cjk(nxt) else "")  # punctuation, a line end: one kind of boundary
            # (说 after a name is the verb of saying, whatever word it makes with the name's last character: 明说)
            words += _is_cjk(nxt) and nxt not in "说讲" and t.known(last + nxt)
            seen += 1
        if len(after) < 2 or 2 * words > seen:
            return False
        return "" in after or t.tag(last)[0][1] not in ("d", "zg")

    def name_at(self, pos: int) -> str | None:
        """The person name starting at `pos`, if one does."""
        return self.read(pos)[0]

    def name_before(self, end: int, loose: str = "") -> str | None:
        """A person name ending at `end` (NAME，是… / NAME受…委派); `loose`: more characters that may precede it."""
        name = self._name_before(end, loose)
        if name and len(name) >= 3 and name[0] == name[1]:
            return None  # 天刚蒙蒙亮，作为…: a doubled character opening a word (蒙蒙亮, 毛毛雨), no surname and given name
        if name and name[names.surname_length(name):].startswith(self.p.ADDRESSES):
            return None  # 王大爷, 李书记: a form of address, not a name
        if name and self._preposition_after_verb(end - len(name)):
            return None  # 把农村带向小康: a verb and its preposition, then a noun the analyser takes for a given name
        if (name is None or len(name) < 4) and end >= 4 and self.text[end - 1] in self.p.NAME_PART_FINALS:
            # 吉克阿牛现任…, 额尔敦巴雅尔担任…: a name of two or three seed parts (no Han surname) that the analyser
            # reads in part or not at all, opening its clause
            parts = self.p.NAME_PARTS_BEFORE.search(self.text, max(0, end - 16), end)
            if parts and (name is None or parts.group(0).endswith(name)) and (
                    parts.start() == 0 or not _is_cjk(self.text[parts.start() - 1])
                    or self.text[parts.start() - 1] in "年月日的和与及"):
                name = parts.group(0)
        if name is None and end >= 3 and self.text[end - 1] not in _NOT_IN_TRANSLITERATED:
            name = self._recurring_name_before(end)
        if name:
            name = self._dotted_before(end - len(name), name)
        elif end >= 5 and self.candidate(end - 1):
            # 艾尔肯·吐尔逊被派到…: a dotted name whose second part the analyser does not read as a name
            for length in (4, 3, 2):
                k = end - length
                if k >= 3 and self.text[k - 1] in _NAME_DOTS and all(map(_is_cjk, self.text[k: end])):
                    whole = self._dotted_before(k, self.text[k: end])
                    if whole != self.text[k: end]:
                        return whole
        return name

    def _preposition_after_verb(self, k: int) -> bool:
        """Does the analyser read the character at `k` (a surname that is also a preposition: 向, 于) as a
        preposition right after a verb (带向, 走向, 用于)? Then a name read from it is a verb phrase's object."""
        if k < 1 or not _is_cjk(self.text[k - 1]) or names.surname_length(self.text[k: k + 2]) != 1:
            return False
        a = max(0, k - 4)
        at, previous = a, None
        for word, flag in names.tagger().tag(self.text[a: k + 3]):
            if at == k:
                return len(word) == 1 and flag == "p" and previous is not None and previous.startswith("v")
            at, previous = at + len(word), flag
        return False

    def _dotted_before(self, k: int, name: str) -> str:
        """热合曼·艾力是…: the part after the middle dot read as the name; the part before it (two to five
        characters, back to a character no name holds: 队员热合曼 → 热合曼) is the name's too."""
        if k < 3:
            return name
        if self.text[k - 1] not in _NAME_DOTS:
            # 买买提·阿不都热合曼: the analyser reads only the end of a long part after the dot (热合曼); the dot up to
            # three characters before it, none between a stop, makes the part whole
            dot = next((i for i in range(k - 2, max(2, k - 4) - 1, -1) if self.text[i] in _NAME_DOTS), None)
            if dot is None or any(not _is_cjk(c) or c in _DOTTED_STOP for c in self.text[dot + 1: k]):
                return name
            short, name, k = name, self.text[dot + 1: k] + name, dot + 1
            if len(name) > 7:
                return short
        else:
            short = name
        j = k - 1
        while j > 0 and k - 1 - j < 5 and _is_cjk(self.text[j - 1]) and self.text[j - 1] not in _DOTTED_STOP:
            j -= 1
        whole = self.text[j: k - 1] + self.text[k - 1] + name
        return whole if k - 1 - j >= 2 and (_DOTTED_NAME_RE.fullmatch(whole) or _DOTTED_LONG_RE.fullmatch(whole)) else short

    def _name_before(self, end: int, loose: str) -> str | None:
        if end >= 2 and self.candidate(end - 1):
            reading = names.read_before(self.text, end)
            if reading.veto:
                return None  # 连续担任第一书记的有12名: an ordinary word before the post
            if reading.name and reading.vouched:
                k = end - len(reading.name)
                if reading.name[0] in "和与及" and len(reading.name) == 3 and k > 1 and self.name_before(k) \
                        and self._pattern_name_at(k + 1) == reading.name[1:]:
                    return reading.name[1:]  # 宋启明和韩梅: 和 joins two names here, it is no surname
                return reading.name
        for length in (3, 2, 4):
            start = end - length
            if start < 0:
                continue
            name = self._pattern_name_at(start)
            if name and start + len(name) == end and (start == 0 or not _is_cjk(self.text[start - 1])
                                                      or self.text[start - 1] in NOT_IN_NAME or self.text[start - 1] in loose
                                                      or self.p.TITLE_BEFORE.search(self.text, max(0, start - 6), start)
                                                      or self.p.TIME_OPENER_BEFORE.search(self.text, max(0, start - 6), start)
                                                      or _DATELINE_END_RE.search(self.text, max(0, start - 3), start)):
                return name
        return None

    def _village_before(self, pos: int) -> Place | None:
        for place in self.places:
            if place.end == pos and place.level == "village":
                return place
            if place.start > pos:
                break
        return None

    def _place_before(self, pos: int, levels: tuple[str, ...]) -> Place | None:
        for place in self.places:
            if place.end == pos and place.level in levels:
                return place
            if place.start > pos:
                break
        return None

    def _chain_start(self, pos: int) -> int:
        """Where 屏南县屏城乡 starts, for a village at `pos` (省科技厅派驻屏南县屏城乡古厦村: the unit is before the chain)."""
        moved = True
        while moved:
            moved = False
            for place in self.places:
                if place.end == pos and place.level in ("township", "county", "city"):
                    pos, moved = place.start, True
                    break
                if place.start > pos:
                    break
        return pos

    def _unit_before(self, pos: int) -> str | None:
        """The unit in 市住建局驻河阳村 ending just before the village at `pos`, back to the clause start."""
        a = pos
        while a > 0 and pos - a < 24 and _is_cjk(self.text[a - 1]):
            a -= 1
        m = _UNIT_BEFORE_RE.search(self.text, a, pos)
        if not m:
            return None
        return self._trim_unit(*m.span("unit"))

    def _starts_place(self, pos: int) -> bool:
        """白城市税务局…, 冯家河村的…: a city, county or village name, not a person, starts at `pos`."""
        return pos in self._admin_starts or pos in self._village_starts

    def _pair_respectively(self, listed: list[_Mention], pos: int, end: int) -> None:
        """第一书记NAME、NAME、NAME分别帮扶某乡甲村、乙村和丙村: as many villages in the clause after 分别 as names
        listed after the post are theirs in order."""
        close = _CLAUSE_END_RE.search(self.text, pos, end)
        villages = self._villages_in(pos, close.start() if close else end)
        if len(villages) == len(listed):
            for mention, village in zip(listed, villages):
                mention.village = village

    def _only_village(self, a: int, b: int) -> Place | None:
        """The village text[a:b] names, when it names one only (written any number of times), else None."""
        villages = {p.name: p for p in self._villages_in(a, b)}
        return next(iter(villages.values())) if len(villages) == 1 else None

    def _villages_in(self, a: int, b: int) -> list[Place]:
        return [p for p in self.places if a <= p.start and p.end <= b and p.level == "village"]

    def _village_word(self, a: int, b: int) -> list[Place]:
        """当了N年某村“第一书记”, 某村党支部第一书记: a village written right before the post that the place finder
        leaves out (a quotation mark or 党支部 after 村 makes it wary of 村“两委”, 村党员); read here only where
        such a tail (and 的, 驻村) stands between it and the post, back to a boundary (a digit, 年, a function word)."""
        m = _VILLAGE_BEFORE_POST_RE.search(self.text, a, b)
        if not m:
            return []
        stem = m.group("stem")
        k = max((i for i, c in enumerate(stem) if c in _VILLAGE_BOUNDARY), default=-1)
        stem = stem[k + 1:]
        name = stem + m.group("suffix")
        if len(stem) < 2 or name in GENERIC_PLACES or stem.endswith(GENERIC_ENDINGS) or name.endswith(("农村", "驻村")):
            return []  # (某镇扶贫驻村工作组: 驻村 is the stay, the verb, no village's name)
        if not re.search(r"[“”\"‘’]|支部|党总支|党组织", m.group("tail")):
            # 某镇岜独村第一书记, 某镇某社区第一书记: a stem of two to four characters between its township and the
            # post, whatever the analyser makes of its characters (the place finder doubts 岜独, 五撮 as verbs)
            start = m.end("stem") - len(stem)
            if not (len(stem) <= 4 and any(p.end == start and p.level == "township" for p in self.places)):
                return []
        return [Place(m.end("stem") - len(stem), m.end("suffix"), name, "village")]

    def mentions(self, start: int, end: int) -> list[_Mention]:
        text, found = self.text, []
        roles = list(self.p.ROLE_SCAN.finditer(text, start, end))
        # The patterns that end with a post are run only near one, and only where the word each needs is
        # written before it (a verb of the post, 任 or 挂职, 身份/职务, 作为, a bracket, a comma).
        # keyed by the pattern's id: hashing a compiled pattern hashes its whole code, thousands of steps a post
        windows: dict[int, list[list[int]]] = {}
        for role in roles:
            a, b = max(start, role.start() - 64), min(end, role.end() + 32)
            before, after = text[a: role.start()], text[role.end(): role.end() + 2]
            wanted = [self.p.IS_ROLE] if self.p.POST_VERB.search(text, max(a, role.start() - 40), role.start()) else []
            if "任" in text[max(a, role.start() - 7): role.start()] or "挂职" in before \
                    or "当" in text[max(a, role.start() - 3): role.start()] \
                    or "成为" in text[max(a, role.start() - 8): role.start()] \
                    or ("兼" in text[max(a, role.start() - 7): role.start()] and "任" in before):  # 任某职兼某村第一书记
                wanted.append(self.p.ASSIGNED)
            if self.p.POST_NOUN.search(before):
                wanted.append(self.p.POST_OF)
            if text.find("开", max(a, role.start() - 6), role.start()) >= 0 or "踏上" in text[max(a, role.start() - 6): role.start()]:
                wanted.append(self.p.BEGAN_POST)
            if "作为" in before or "身为" in before:
                wanted.append(self.p.AS_ROLE)
            if ("（" in before or "(" in before) and ("）" in after or ")" in after):
                wanted.append(self.p.BRACKET_ROLE)
            if ("，" in before or "," in before or "：" in before or ":" in before) and _CLAUSE_CLOSES_RE.match(after):
                wanted.append(self.p.APPOSED_ROLE)
            for pattern in wanted:
                spans = windows.setdefault(id(pattern), [])
                if spans and a <= spans[-1][1]:
                    spans[-1][1] = max(spans[-1][1], b)
                else:
                    spans.append([a, b])

        def near_posts(pattern: re.Pattern):
            for a, b in windows.get(id(pattern), ()):
                yield from pattern.finditer(text, a, b)

        for match in roles:
            role = self.p.role_code[match.group("role")]
            if "第一书记" in match.group(0):
                role = "first_secretary"  # 工作队队长、第一书记: a first secretary who also leads the team
            team_context = False
            if match.group("role") in self.p.SHORT_ROLES and not match.group(0).startswith("驻村") \
                    and role != "first_secretary":  # 某中队长、驻村第一书记NAME: the second post is the programme's
                if _VILLAGE_UNIT_BEFORE_RE.search(text, max(0, match.start() - 5), match.start()):
                    continue  # 自然村队长NAME, 村民小组长: the head of a hamlet or a villagers' group, a post of the village
                if "工作队" not in text[max(0, match.start() - 6): match.start()]:
                    s_start, _ = self._sentence(match.start())
                    listed = (text[match.start() - 1: match.start()] in _LIST_JOINERS
                              or text[max(0, match.start() - 2): match.start()] == "带领") and \
                        self.p.ROLE_SCAN.search(text, s_start, match.start() - 1) is not None
                    if not listed and text[match.start() - 1: match.start()] in "，,；;":
                        # 驻村干部有三人：第一书记NAME，队员NAME、NAME: the members after the secretary's own clause
                        before = self._clause_start(match.start() - 1)
                        post = self.p.ROLE_SCAN.search(text, before, match.start() - 1)
                        listed = post is not None and 2 <= match.start() - 1 - post.end() <= 4 \
                            and all(_is_cjk(c) for c in text[post.end(): match.start() - 1])
                    if listed:  # 第一书记NAME带领队员NAME、NAME (和队员NAME): the members with the secretary
                        team_context = True  # 第一书记田茂林、队员石静: a member listed after the secretary
                    elif "工作队" not in text[s_start: match.start()] and not self._team_named_before(match.start(), s_start) \
                            and not self._own_team_on_page(match.start()) \
                            and not _STATIONED_AFTER_NAME_RE.match(text, match.end()):
                        continue  # 队长/队员 of some other team (背包队员NAME等三人入驻的某村: the name's own stationing)
                    team_context = True  # 工作队队长高鹏正和队员张敏: the work team's members
            if text[match.end(): match.end() + 1] in ("：", ":") \
                    and _COUNTED_POST_BEFORE_RE.search(text, max(start, match.start() - 16), match.start()):
                found.extend(self._counted_colon_list(match, role, end))
            pos = match.end()
            # 作为(某村)第一书记，NAME…: the post the cadre acts as, his name opening the next clause
            as_post = _AS_POST_RE.search(text, max(start, match.start() - 12), match.start()) is not None
            while pos < end and pos - match.end() < 4 and (text[pos] in " \t\n：:" or (as_post and text[pos] in "，,")):
                pos += 1  # 第一书记\n李明轩: an OCR line break between post and name; 第一书记：李明轩
            if as_post and pos > match.end() and text[pos: pos + 1] in ("他", "她") \
                    and (speaker := self._speaker_before(match.start())) is not None:
                # “…”NAME说。作为某村的第一书记，他…: the post the speaker of the sentence before acts as
                villages = self._villages_in(max(start, match.start() - 12), match.start())
                found.append(_Mention(speaker[0], role, speaker[1], speaker[1] + len(speaker[0]),
                                      villages[-1] if villages else self._village_before(match.start()), 0.65))
                continue
            if pos == match.end() and (since := _SINCE_POST_RE.match(text, pos, end)) \
                    and _TOOK_POST_BEFORE_RE.search(text, max(start, match.start() - 12), match.start()):
                pos = since.end()  # (自某年)到某村任第一书记以来，NAME…: the time since he took the post, then his name
            if as_post and pos > match.end() and (aged := _AGE_BEFORE_NAME_RE.match(text, pos, end)):
                pos = aged.end()  # 作为某村工作组组长，52岁的NAME: the cadre's age between the post and the name
            dashed = pos
            while dashed < end and dashed - pos < 2 and text[dashed] in "—－":
                dashed += 1
            if dashed > pos and names.surname_length(text[dashed: dashed + 2]) and not self._starts_place(dashed):
                pos = dashed  # 第一书记——李明轩: a dash before the name (before a second post, 队长—县某局组长NAME, it stays)
            if "\n" in text[match.end(): pos] and self.p.LINE_ROW.match(text, pos, end):
                continue  # the name opens a row of a list, one cadre a line, its own post closing the line
            if text[pos: pos + 1] in _CLOSE_QUOTES and (text[match.start() - 1: match.start()] in _OPEN_QUOTES
                                                         or _QUOTED_LEAD_RE.search(text, max(0, match.start() - 9), match.start())):
                pos += 1  # “第一书记”李明轩, “脱贫攻坚第一书记”李明轩: the post set in quotation marks, the name after them
            if text.startswith("、", pos) and (titled := self.p.TITLE_AFTER_POST.match(text, pos, end)) \
                    and names.surname_length(text[titled.end(): titled.end() + 2]):
                pos = titled.end()  # 驻村第一书记、四级调研员NAME: the rank between the post and the name
            concurrent = _CONCURRENT_POST_RE.match(text, pos)
            if concurrent and names.surname_length(text[concurrent.end(): concurrent.end() + 2]):
                pos = concurrent.end()  # 第一书记兼村支部书记NAME: a second post he holds with it, then the name
            delegate = next((w for w in self.p.POST_DELEGATES if text.startswith(w, pos)), "")
            if delegate and names.surname_length(text[pos + len(delegate): pos + len(delegate) + 2]):
                pos += len(delegate)  # 第一书记代表NAME: one speaking for the post's holders, a holder himself
            elif delegate:
                continue  # 驻村干部代表发言…: the delegates unnamed (代 is a surname, 代表 no name)
            if match.group("role") in self.p.COMMON_NOUN_ROLES and not names.surname_length(text[pos: pos + 2]) \
                    and not self.p.NAME_PARTS.match(text, pos):
                continue  # 驻村干部们, 驻村干部深入…: a common noun, read for a name only where a surname follows
                # (or a name of two seed parts: 驻村干部扎西次仁)
            name, vouched = self.read(pos) if pos < len(text) and not self._starts_place(pos) else (None, False)
            if not vouched and pos < len(text) and not self._starts_place(pos):
                # 第一书记石光明带领…, 第一书记甘露萍说: a surname and two characters the analyser splits into words
                # (石/n 光明/n, 甘露/v 萍), between the post and a verb of saying or leading: the verb bounds the name
                bounded = self._pattern_name_at(pos)
                if bounded and len(bounded) == names.surname_length(bounded) + 2 and not set(bounded) & set("地得着过") \
                        and _VERB_AFTER_NAME_RE.match(text, pos + len(bounded)):
                    name, vouched = bounded, True
                elif bounded is None and self._recurring_function_given(pos):
                    name, vouched = text[pos: pos + 3], True
            dotted = _DOTTED_NAME_RE.match(text, pos)
            if dotted and not self._starts_place(pos):
                name = dotted.group(0)
                dot = next(k for k, c in enumerate(name) if c in _NAME_DOTS)
                tail = self.p.NAME_PART_RUN.match(text, pos + dot + 1)
                if tail and tail.end() > pos + len(name):
                    name = text[pos: tail.end()]
                elif tail and tail.end() < pos + len(name) and self._verb_at(tail.end()):
                    name = text[pos: tail.end()]  # 吐尔逊·买买提走访…: the seed's part closes it, a verb follows
                found.append(_Mention(name, role, pos, pos + len(name), self._village_before(match.start()), 0.75))
                continue
            unit = None
            if name is None:
                # 某村第一书记、县审计局干部NAME: the post, then the cadre's unit and title, then the name;
                # 任第一书记的NAME: the post, 的, the name
                apposed = self.p.APPOSITION.match(text, pos)
                if apposed and not self._starts_place(apposed.end()):
                    other, vouched = self.read(apposed.end())
                    if other and vouched:
                        # 、某镇党委副书记NAME: a township's own organ is a post held there, not the unit that sent the cadre
                        group = "unit" if apposed.group("unit") else "dashed_unit"
                        local = any(p.start == apposed.start(group) and p.level == "township" for p in self.places)
                        name, pos, unit = other, apposed.end(), None if local else apposed.group(group)
                elif text.startswith("的", pos) and not self._starts_place(pos + 1):
                    # 任第一书记的县交通局干部NAME: the cadre's unit and title may stand between 的 and the name
                    titled = self.p.UNIT_TITLE.match(text, pos + 1)
                    at = titled.end() if titled and not self._starts_place(titled.end()) else pos + 1
                    other, vouched = self.read(at)
                    if other and vouched:
                        unit = self._trim_unit(*titled.span("unit")) if at != pos + 1 else None
                        name, pos = other, at
                else:
                    # 某村第一书记是县交通局的NAME。: the post, 是 (叫, 名叫), the cadre's unit, the name closing the clause
                    copula = self.p.POST_IS.match(text, pos)
                    other = self.read(copula.end())[0] if copula and not self._starts_place(copula.end()) else None
                    if other and re.match(r"[。，,；;！\n、和]|同志", text[copula.end() + len(other): copula.end() + len(other) + 2]):
                        name, pos, vouched = other, copula.end(), True
                        unit = self._trim_unit(*copula.span("unit")) if copula.group("unit") else None
            by_unit = _BY_UNIT_RE.match(text, pos) if name is None else None
            if by_unit:
                other = self.name_at(by_unit.end())
                if other and len(other) == 3 and text.startswith(("任", "担任", "兼任", "出任"), by_unit.end() + 2):
                    other = other[:2]  # 牟俊担任: the verb closes a two-character name
                if other and text.startswith(("担任", "兼任", "出任"), by_unit.end() + len(other)):
                    village = self._village_before(match.start())
                    found.append(_Mention(other, role, by_unit.end(), by_unit.end() + len(other), village,
                                          0.8 if village else 0.7, by_unit.group("unit")))
                    continue
            pictured = _PICTURED_NAME_RE.match(text, pos)
            if pictured and name and vouched and not (pictured.group("name").startswith(name)
                                                      and len(pictured.group("name")) > len(name)):
                pictured = None  # the analyser's name reaches the bracket: read below, with its village and unit
            posted = _POSTED_NAME_RE.match(text, pos) or pictured
            if posted:  # 第一书记乌云毕力格（旗林业和草原局派驻）: the bracket closes the name, whatever its length
                name = posted.group("name")
                found.append(_Mention(name, role, pos, pos + len(name), self._village_before(match.start()), 0.8))
                continue
            if name and match.group("role") in self.p.LISTED_ROLES and not _LISTED_AFTER_RE.match(text, pos + len(name)):
                continue  # 工作队由…组成: a team's noun names someone only before a list of names (工作队NAME、NAME)
            if name:
                village = self._village_before(match.start())
                if village is None and match.start() > 0 and text[match.start() - 1] in "，,的":
                    village = self._village_before(match.start() - 1)  # 在火箭镇东兴村，第一书记赵丽娜
                    if village is None:  # 某镇某居委会，驻村工作队队长NAME
                        village = self._community_after_township(
                            [p for p in self.places if match.start() - 20 <= p.start and p.end < match.start()],
                            match.start() - 1, whole=True)
                if village is None:
                    village = self._village_opening_previous(match.start())
                if village is None:  # 某村“第一书记”NAME, 某村党支部第一书记NAME
                    a = self._clause_start(match.start())
                    if text[a - 1: a] == "”" and text.rfind("“", max(0, a - 9), a) > 0:
                        a = self._clause_start(text.rfind("“", max(0, a - 9), a))  # 某村“访惠聚”工作队: a quoted name
                    word = self._village_word(a, match.start("role"))
                    village = word[-1] if word else None
                placed = village is not None or self._place_before(match.start(), ("township", "county")) is not None
                town_comma = None
                if not placed and match.start() > 0 and text[match.start() - 1] in "，,":
                    town_comma = self._place_before(match.start() - 1, ("township",))  # 在路下乡，驻村工作队员林涛
                    placed = town_comma is not None
                recurs = self._count(name) >= 2
                after = text[pos + len(name): pos + len(name) + 2]
                # 第一书记NAME和NAME2去…: a second name joined by 和 that the analyser vouches for makes a pair of names
                # after the post (the first one's surname read as a preposition, 于/p 某某/n)
                named = after.startswith("同志") or (after[:1] == "、" and self.name_at(pos + len(name) + 1)) \
                    or (after[:1] in "和与及" and self.p.CONJOINED_TITLE.match(text, pos + len(name)) is not None) \
                    or (after[:1] in "和与" and not self._starts_place(pos + len(name) + 1)
                        and self.read(pos + len(name) + 1)[1] and names.read_after(text, pos).name == name)
                # 某集团工作队队长NAME所说: right after the post, a name the analyser vouches for is enough
                if placed or recurs or team_context or named or vouched:
                    town = None if village else (self._place_before(match.start(), ("township",)) or town_comma)
                    found.append(_Mention(name, role, pos, pos + len(name), village, 0.9 if village else 0.7,
                                          unit or (self._unit_before(self._chain_start(village.start)) if village else None),
                                          town, after_post=True))
                    nxt, first = self._past_note(pos + len(name)), len(found) - 1
                    while nxt < end and text[nxt] in "、和及与":  # 队员张敏、刘晓宇和王芳: the rest of the list
                        other = None if self._starts_place(nxt + 1) else self.name_at(nxt + 1)
                        other_unit, at = None, nxt + 1
                        if not other and unit:  # 是甲局干部NAME和乙处干部NAME: each name after its unit
                            titled = self.p.UNIT_TITLE.match(text, nxt + 1)
                            if titled:
                                at = titled.end()
                                other, other_unit = self.name_at(at), self._trim_unit(*titled.span("unit"))
                        if not other and text[nxt] == "、" and not self._starts_place(nxt + 1):
                            other = self._item_between_marks(nxt + 1)
                        if not other:
                            break
                        other = self._dotted_after(at, other)
                        found.append(_Mention(other, role, at, at + len(other), village, 0.7, other_unit))
                        nxt = self._past_note(at + len(other))
                    if len(found) - first > 1 and text.startswith("分别", nxt):
                        self._pair_respectively(found[first:], nxt, end)
        found += self._first_person(start, end)
        found += self._table(start, end)
        found += self._line_table(start, end)
        found += self._line_rows(start, end)
        for match in _SENT_TO_RE.finditer(text, start, end):
            name = self.name_at(match.end())
            if not name:
                continue
            if match.group("this"):
                where = [p for p in self.places if start <= p.start and p.end <= match.start() and p.level == "village"][-1:]
            else:
                where = [p for p in self.places if match.start("where") <= p.start and p.end <= match.end("where")
                         and p.level == "village"]
            if not where:
                continue
            s_start, s_end = self._sentence(match.start())
            role = "first_secretary" if "第一书记" in text[match.start(): s_end] else "team_member"
            leads = _LEADS_TEAM_RE.match(text, match.end() + len(name))
            if leads and role == "team_member":
                role = "team_leader"  # 驻某村的NAME带领的某局扶贫工作队: the cadre leads the village's team
            found.append(_Mention(name, role, match.end(), match.end() + len(name), where[-1], 0.75,
                                  self._unit_of_team(leads) if leads else None))
        for match in near_posts(self.p.IS_ROLE):
            match = self._past_given_zai(self.p.IS_ROLE, match)
            if text.startswith("的", match.end()) and not re.match(r"的[。，,；;！\n]", text[match.end(): match.end() + 2]) \
                    and not (self.p.role_code[match.group("role")] != "first_secretary"
                             and _TEAM_AFTER_RE.match(text, match.end() + 1)) \
                    and not _TIME_HELD_AFTER_RE.match(text, match.end()):
                continue  # 王五成为第一书记的好帮手: the post qualifies another noun (由NAME任队长的驻村工作队: the team he leads)
            cut, unit = self._subject_end(match.start(), start)
            name = self.name_before(cut)
            if name:
                holder = self.read(match.end()) if match.end() < len(text) else (None, False)
                if holder[0] and (holder[1] or text.startswith("的", match.end() + len(holder[0]))):
                    continue  # 王五是某村第一书记NAME的帮扶对象: the post is the next name's
                where = self._villages_in(match.start("where"), match.end("where")) or \
                    self._village_word(match.start("where"), match.start("role")) or \
                    (self._villages_in(match.start("at"), match.end("at")) if match.group("at") else [])
                post = self.p.POST_AFTER_TEAM.match(text, match.end()) if match.group("role").endswith("的") else None
                # 是某村驻村工作队的队长: the team named, then its post; the post decides, not the team
                role = self.p.role_code[post.group("role") if post else match.group("role")]
                if role != "first_secretary" and _ALSO_SECRETARY_RE.match(text, match.end()):
                    role = "first_secretary"  # 担任工作队队长并兼任村第一书记: a first secretary who also leads the team
                found += self._subjects(name, cut, role, where, unit)
                found += self._successor(cut - len(name), role, where)
            elif text[cut: match.start()].strip() in ("，", ","):
                found += self._arrived_then_post(cut, match)
        for match in near_posts(self.p.POST_OF):
            found += self._post_of(match, start)
        for match in near_posts(self.p.AS_ROLE):
            pos = match.end()
            name = None if self._starts_place(pos) else self.name_at(pos)
            if not name:
                found += self._speaker(match)
            if name:
                where = self._villages_in(match.start("where"), match.end("where"))
                unit = match.group("unit")
                found.append(_Mention(name, self.p.role_code[match.group("role")], pos, pos + len(name),
                                      where[-1] if where else None, 0.8, unit or None))
        for match in (self.p.AS_SENT_CADRE.finditer(text, start, end) if "作为" in text[start:end] else ()):
            pos = match.end()
            name = None if self._starts_place(pos) else self.name_at(pos)
            if name:
                where = self._villages_in(match.start("where"), match.end("where"))
                found.append(_Mention(name, "team_member", pos, pos + len(name), where[-1] if where else None, 0.7))
        for match in near_posts(self.p.BEGAN_POST):
            cut, unit = self._subject_end(match.start(), start)
            name = self.name_before(cut)
            if name:
                where = self._villages_in(match.start("where"), match.end("where"))
                found += self._subjects(name, cut, self.p.role_code[match.group("role")], where, unit)
        for match in near_posts(self.p.ASSIGNED):
            match = self._past_given_zai(self.p.ASSIGNED, match)
            # 钱思远，于2022年3月下派到某村任第一书记: a date, a comma or 由+unit between the name and the posting
            cut, unit = self._subject_end(match.start(), start)
            name = self.name_before(cut, loose="师员士生")
            if not name and _PERIOD_ONLY_RE.fullmatch(text, self._sentence(match.start())[0], match.start()):
                cut, name = self._profile_subject(match.start(), start)
            if name:
                span = match.span("post_where") if match.group("post_where") else match.span("where")
                where = self._villages_in(*span)
                role = self.p.role_code[match.group("role")]
                if re.match(r"[、和/](?:驻村)?第一书记", text[match.end(): match.end() + 8]):
                    role = "first_secretary"  # 担任工作队队长、第一书记: a first secretary who also leads the team
                found += self._subjects(name, cut, role, where, unit)
        article = text[start:end]
        sent = any(mark in article for mark in self.p.DISPATCH_MARKS)  # a dispatch word is written
        article_role = "first_secretary" if "第一书记" in article else "team_member"
        for match in (self.p.SENT_TOGETHER.finditer(text, start, end) if "派" in article or "驻" in article else ()):
            found += self._sent_together(match, end)
        for match in (self.p.COUNTED_NAMES.finditer(text, start, end) if "派" in article or "抽调" in article else ()):
            found += [_Mention(other, article_role, at, at + len(other), None, 0.7)
                      for other, at in self._joined_names(match.end(), limit=len(text))]
        for match in (self.p.PRONOUN_AS_POST.finditer(text, start, end)
                      if ("作为" in article or "身份" in article) else ()):
            found += self._pronoun_as_post(match, start)
        for match in (_COUNTED_MEMBERS_RE.finditer(text, start, end) if "来自" in article else ()):
            found += self._members_from(match, end)
        for match in (self.p.TEAM_MEMBER_SAID.finditer(text, start, end) if "工作队" in article else ()):
            found += self._team_member_said(match.end())
        for match in (_ONE_OF_THEM_RE.finditer(text, start, end) if "其中" in article else ()):
            found += self._one_of_them(match)
        for match in (_MEMBER_OF_TEAM_RE.finditer(text, start, end) if "一员" in article or "之一" in article
                      or "一名" in article else ()):
            found += self._opening_name(match, "team_member")
        for match in (_LEADS_TEAM_AT_WORK_RE.finditer(text, start, end)
                      if "带" in article or "率领" in article else ()):
            found += self._opening_name(match, "team_leader")
        for match in (_TEAM_HEAD_PART_RE.finditer(text, start, end) if "长" in article else ()):
            found += self._team_head_part(match)
        for match in (_SENDS_NAMES_ETC_RE.finditer(text, start, end) if "等" in article else ()):
            found += self._sends_names_etc(match, article_role)
        for match in (_LEADS_THE_TEAM_RE.finditer(text, start, end) if "领的" in article else ()):
            found += self._leads_the_team(match)
        for match in (self.p.TAKES_OVER.finditer(text, start, end) if "接过" in article else ()):
            found += self._takes_over(match)
        for match in (_COMPANIONS_STILL_RE.finditer(text, start, end) if "还有" in article else ()):
            found += self._companions_still(match, end)
        for match in (_STAYS_AT_RE.finditer(text, start, end) if _STAY_VERB_RE.search(article) else ()):
            found += self._stays_at(match, article_role)
        for match in (_TOOK_OVER_VILLAGE_RE.finditer(text, start, end) if "接" in article else ()):
            found += self._took_over_village(match, article_role)
        for match in (_PLURAL_POST_RE.finditer(text, start, end) if "他们" in article or "她们" in article else ()):
            found += self._plural_post(match, start)
        for match in (self.p.TEAMMATES.finditer(text, start, end)
                      if ("队友" in article or "战友" in article or "搭档" in article)
                      and ("驻村" in article or "工作队" in article) else ()):
            listed = self._name_list(match.end(), -1)
            found += [_Mention(name, "team_member", at, at + len(name), None, 0.65) for name, at in listed]
        if "工作队" in article or "工作组" in article:
            for match in (_TEAM_OF_PARTS_RE.finditer(text, start, end) if "为" in article else ()):
                found += self._team_of_parts(match, start)
            for match in (_TEAM_HEADED_BY_RE.finditer(text, start, end) if "为" in article else ()):
                found += self._team_headed_by(match)
            if "为" in article and ("队长" in article or "组长" in article):
                found += self._parts_chain(start, end)
            for match in (_TEAM_STAFF_LISTED_RE.finditer(text, start, end)
                          if "一行" in article or "工作人员" in article else ()):
                found += self._team_staff_listed(match)
        for match in (PARTY_STATIONED_RE.finditer(text, start, end) if "一行" in article else ()):
            found += self._party_stationed(match)
        for match in (_POSTING_NOTE_RE.finditer(text, start, end) if "(" in article or "（" in article else ()):
            found += self._posting_note(match)
        for match in (_AS_POST_NAMED_RE.finditer(text, start, end) if "身份" in article else ()):
            found += self._as_post_named(match)
        for match in (self.p.FRONTED_ARRIVAL.finditer(text, start, end)
                      if self.p.ARRIVAL_CLAUSE.search(text, start, end) else ()):
            name, vouched = (None, False) if self._starts_place(match.end()) else self.read(match.end())
            village = self._village_closing(*match.span("where")) if name else None
            if name and village and (vouched or self._count(name) >= 2) and self._count(name) >= 2:
                found.append(_Mention(name, article_role, match.end(), match.end() + len(name), village, 0.7))
        for match in (self.p.STAY_CLAUSE.finditer(text, start, end) if self.p.STAY.search(text, start, end) else ()):
            name, vouched = (None, False) if self._starts_place(match.end()) else self.read(match.end())
            if name and (vouched or self._count(name) >= 2) and self._count(name) >= 2:
                found.append(_Mention(name, article_role, match.end(), match.end() + len(name), None, 0.7))
        for match in (self.p.NAME_THEN_STAY.finditer(text, start, end) if "驻村" in article else ()):
            found += self._name_then_stay(match, article_role)
        for match in (self.p.COUNTED_STATIONED.finditer(text, start, end) if "驻" in article else ()):
            found += self._counted_stationed(match)
        for match in (self.p.COUNTED_POSTED.finditer(text, start, end) if "任" in article else ()):
            found += self._counted_posted(match)
        for match in (self.p.POSTED_SINCE.finditer(text, start, end) if "起" in article or "开始" in article else ()):
            cut, unit = self._subject_end(match.start(), start)
            name = self.name_before(cut)
            if name:
                where = self._villages_in(match.start("where"), match.end("where"))
                found += self._subjects(name, cut, self.p.role_code[match.group("role")], where, unit)
        for match in (self.p.LEADS_TEAM.finditer(text, start, end) if "带领" in article else ()):
            name = self.name_before(match.start())
            if name:
                where = self._villages_in(match.start("where"), match.end("where"))
                found.append(_Mention(name, "team_leader", match.start() - len(name), match.start(),
                                      where[-1] if where else None, 0.75))
        if "驻村" in article or "被" in article:
            for match in self.p.STATIONED_SCAN.finditer(text, start, end):
                cut, unit = self._subject_end(match.start(), start)
                name = self.name_before(cut)
                if not name:
                    continue
                group = "where" if match.group("where") else "sent"
                closing = self._village_closing(match.start(group), match.end(group))  # 某镇杨村: a short village too
                where = self._villages_in(match.start(group), match.end(group)) or ([closing] if closing else [])
                subjects = self._subjects(name, cut, article_role, where, unit)
                companion = _COMPANION_RE.search(text, cut, match.start())
                if companion and self._count(name) >= 2:
                    # …他和组长NAME到某村驻村: the colleague named beside the pronoun went there too
                    other, sure = self.read(companion.start("name"))
                    if other and sure:
                        role = "team_leader" if companion.group("title") in ("组长", "队长") else article_role
                        found.append(_Mention(other, role, companion.start("name"), companion.start("name") + len(other),
                                              where[-1] if where else None, 0.65))
                # the story's subject, named again elsewhere; or names listed, sent in the passive to a village
                # (NAME及同事NAME、NAME被派驻到某村): a list of names sent is no villager's
                if self._count(name) >= 2 or (len(subjects) >= 2 and group == "sent" and where):
                    found += [replace(m, confidence=0.7) for m in subjects]
        for match in near_posts(self.p.BRACKET_ROLE):
            name = self.name_before(match.start())
            if name:
                where = [p for p in self.places if match.start("where") <= p.start and p.end <= match.end("where")
                         and p.level == "village"]
                found.append(_Mention(name, self.p.role_code[match.group("role")], match.start() - len(name), match.start(),
                                      where[-1] if where else None, 0.8))
        # HEADLINE_NAME opens at every line start: run it only where the colon or dash it needs is written
        headline = any(text.find(mark, start, end) >= 0 for mark in ("：", ":", "——"))
        for match in self.p.HEADLINE_NAME.finditer(text, start, end) if headline else ():
            pos = match.start("name")
            name, vouched = self.read(pos) if not self._starts_place(pos) else (None, False)
            if name == match.group("name") and (vouched or self._count(name) >= 2):
                found.append(_Mention(name, self.p.role_code[match.group("role")], pos, pos + len(name), None, 0.7))
        for match in self.p.INFO_LINE_NAME.finditer(text, start, end) if headline else ():
            pos = match.start("name")
            name, vouched = self.read(pos) if not self._starts_place(pos) else (None, False)
            where = self._villages_in(match.start("where"), match.end("where"))
            if name == match.group("name") and where and (vouched or self._count(name) >= 2):
                found.append(_Mention(name, self.p.role_code[match.group("role")], pos, pos + len(name), where[-1], 0.75))
        for match in _HEADED_STORY_RE.finditer(text, start, end) if headline else ():
            found += self._headed_story(match)
        for match in near_posts(self.p.APPOSED_ROLE):
            found += self._apposed(match)
        done = -1
        for tail in self.p.LIST_TAIL.finditer(text, start, end):  # the count first: a cheap anchor for the list
            if tail.end() <= done:
                continue
            match = self.p.LIST.search(text, max(start, done, tail.start() - 100), tail.end())
            while match and match.end() < tail.end():  # a list ending at an earlier count
                match = self.p.LIST.search(text, match.end(), tail.end())
            if match:
                done = match.end()
                found += self._listed(match)
        for match in self.p.TITLE_ARRIVES.finditer(text, start, end):
            found += self._arrives(match)
        if "人" in article or "名" in article or "位" in article:
            for match in self.p.NAMES_COUNTED_SENT.finditer(text, start, end) if sent else ():
                found += self._names_counted_sent(match, article_role)
            for match in self.p.NAMES_COUNTED_TAKEN.finditer(text, start, end):
                found += self._names_counted_sent(match, article_role)
            for match in self.p.NAMES_COUNTED_POSTED.finditer(text, start, end) if sent else ():
                found += self._names_counted_posted(match)
            for match in self.p.NAMES_COUNTED_STATIONED.finditer(text, start, end) if sent and "驻村" in article else ():
                found += self._names_counted_posted(match)  # (no post in the pattern: members of the teams)
            for match in self.p.NAMES_COUNTED_TITLED.finditer(text, start, end):
                found += self._names_counted_titled(match)
        if "工作队" in article or "工作组" in article:
            for match in self.p.TEAM_SIZE_MEMBERS.finditer(text, start, end):
                found += self._team_size_members(match)
            for match in self.p.BATCH_LIST.finditer(text, start, end) if "批" in article or "轮" in article else ():
                found += self._batch_list(match)
        for match in self.p.ONE_SENT.finditer(text, start, end) if sent else ():
            found += self._one_sent(match, article_role)
        if "工作队" in article or "工作组" in article:
            for match in self.p.MEMBERS_NAMED.finditer(text, start, end):
                found += self._members_named(match)
        if "." in article or "、" in article or "．" in article:
            for match in self.p.NUMBERED_ROW.finditer(text, start, end):
                found += self._numbered_row(match)
        if "姓" in article:
            for match in self.p.CARD.finditer(text, start, end):
                found += self._card(match)
        if "\n" in article:
            for match in self.p.POST_LINE.finditer(text, start, end):
                found += self._post_line(match)
        for match in (self.p.POSTED_DEPUTY.finditer(text, start, end) if "挂职" in article else ()):
            cut, unit = self._subject_end(match.start(), start)
            name = self.name_before(cut)
            if name:
                where = self._villages_in(match.start("where"), match.end("where"))
                found.append(_Mention(name, "team_member", cut - len(name), cut, where[-1] if where else None, 0.7, unit))
        for match in (self.p.STATIONED_SECRETARY.finditer(text, start, end) if "书记" in article else ()):
            reading = None if self._starts_place(match.end()) else names.read_after(text, match.end())
            if reading and reading.name and reading.vouched:  # the analyser's reading alone: no post word before it
                where = self._villages_in(match.start("where"), match.end("where"))
                found.append(_Mention(reading.name, "first_secretary", match.end(), match.end() + len(reading.name),
                                      where[-1] if where else None, 0.75, after_post=True))
        for match in (self.p.SENT_TO_JOIN.finditer(text, start, end) if "加入" in article or "充实" in article else ()):
            village = self._village_before(match.start())
            found += [_Mention(name, "team_member", at, at + len(name), village, 0.7)
                      for name, at in self._joined_names(match.start("names"))]  # (the list marks bound them)
        for match in (self.p.LED_BY_NAMED_POST.finditer(text, start, end) if "由" in article else ()):
            found += self._name_group(match)
        for match in (self.p.APPOINTED_AS.finditer(text, start, end) if "为" in article else ()):
            found += self._appointed_as(match)
        for match in (self.p.ONE_OF_COUNTED.finditer(text, start, end) if "是其中" in article else ()):
            found += self._name_group(match)
        if "组成" in article or "作为" in article:
            for match in self.p.NAMES_FORM_TEAM.finditer(text, start, end):
                found += self._names_form_team(match, start, end)
            for match in self.p.TEAM_MADE_OF.finditer(text, start, end):
                found += self._team_made_of(match)
        # (the patterns below open with an optional or a lookaround part, tried at every character: each is run only
        # where the words every match of it holds are written in the article)
        for match in (self.p.LED_BY.finditer(text, start, end)
                      if "带领" in article or "率领" in article or "带队" in article else ()):
            found += self._led_by(match)
        for match in (self.p.BRACKETED_ROSTER.finditer(text, start, end) if "名单" in article else ()):
            found += self._bracketed_roster(match, end)
        for match in (self.p.ARRIVED_TO_POST.finditer(text, start, end) if "到" in article else ()):
            found += self._arrived_to_post(match)
        for match in (self.p.LED_TEAM_OF.finditer(text, start, end) if "带队的" in article else ()):
            name = self.name_before(match.end("lead"))
            if name and not self._starts_place(match.end("lead") - len(name)):
                s_start, s_end = self._sentence(match.start())
                villages = self._villages_in(match.end(), s_end)
                found.append(_Mention(name, "team_leader", match.end("lead") - len(name), match.end("lead"),
                                      villages[0] if villages else None, 0.7))
        for match in (self.p.WITH_TEAM.finditer(text, start, end) if "下" in article else ()):
            found += self._with_team(match, article_role)
        for match in self.p.NAMES_ARE_SENT.finditer(text, start, end):
            found += self._names_are_sent(match)
        for match in (_STATIONED_SINCE_NAMED_RE.finditer(text, start, end) if "年" in article and "驻" in article else ()):
            found += self._stationed_since_named(match)
        for match in (_SINCE_POSTED_RE.finditer(text, start, end) if "以来" in article or "后" in article else ()):
            found += self._holder_since_posted(match)
        for match in (self.p.ROLE.finditer(text, start, end) if "成为" in article else ()):
            found += self._holder_opening_next(match, end)
        for match in (self.p.NAMED.finditer(text, start, end)
                      if "叫" in article or self.p.PROFILE_CLAUSE.search(text, start, end) else ()):
            found += self._named_posted_later(match)
        for match in (self.p.POST_THEN_NAMED.finditer(text, start, end) if "名叫" in article or "名字叫" in article else ()):
            name = self.name_at(match.end())
            if name and text.startswith(("。", "！", "\n"), match.end() + len(name)):
                mention = _Mention(name, self.p.role_code[match.group("role")], match.end(), match.end() + len(name),
                                   None, 0.6)
                found += [] if self._not_cadre(mention) else [mention]
        for match in self.p.TITLED.finditer(text, start, end):
            found += self._titled_posted_later(match, article_role)
        for match in self.p.AID_TITLED.finditer(text, start, end):
            found += self._aid_titled_posted(match)
        aid_titled = any(t in article for t in self.p.AID_TITLES)
        for match in self.p.AID_TITLED_GONE.finditer(text, start, end) if aid_titled else ():
            name = None if self._starts_place(match.end()) else self.name_at(match.end())
            if name:  # (the village, if the place gone to is one)
                where = self._villages_in(match.start(), match.end())
                found.append(_Mention(name, "team_member", match.end(), match.end() + len(name),
                                      where[-1] if where else None, 0.65))
        for match in self.p.AID_TITLE_OF.finditer(text, start, end) if aid_titled else ():
            name = self.name_before(match.start())
            where = self._villages_in(match.start("where"), match.end("where"))
            lead = text[self._sentence(match.start())[0]: match.start() - len(name)].strip() if name else ""
            if name and where and (not lead or _DATELINE_LEAD_RE.fullmatch(lead)):  # the name opens its sentence
                found.append(_Mention(name, "team_member", match.start() - len(name), match.start(), where[-1], 0.65))
        for match in self.p.IS_SENT_CADRE.finditer(text, start, end) if sent else ():
            found += self._is_sent_cadre(match)
        for match in self.p.SENT_CADRE_IS.finditer(text, start, end) if sent else ():
            found += self._sent_cadre_named_before(match)
        for match in (self.p.BATCH_ARRIVAL.finditer(text, start, end) if "工作" in article else ()):
            found += self._batch_arrival(match)
        for match in (_STAYED_TITLED_RE.finditer(text, start, end) if "驻村" in article else ()):
            found += self._stayed_titled(match, article_role)
        for match in (_STAY_LENGTH_BEFORE_NAME_RE.finditer(text, start, end) if "驻村" in article else ()):
            # 驻村不久的NAME, 驻村三年的NAME: a cadre qualified by the length of the stay, the name the analyser's
            pos = match.end()
            name, vouched = (None, False) if self._starts_place(pos) else self.read(pos)
            if name and vouched:
                found.append(_Mention(name, article_role, pos, pos + len(name), None, 0.65))
        for match in _AIDING_THERE_RE.finditer(text, start, end):
            found += self._aiding_there(match)
        if any(text.find(verb, start, end) >= 0 for verb in _VOLUNTEERED):
            for match in _VOLUNTEERED_RE.finditer(text, start, end):
                found += self._volunteered(match)
        if _STATIONED_LEAD_RE.search(text, start, end):
            for match in _STATIONED_SINCE_RE.finditer(text, start, end):
                found += self._stationed_since(match)
        for match in roles:
            found += self._profile_then_posted(match)
            found += self._demonstrative_post(match)
            found += self._profile_posting(match)
        if text.find("作者", start, end) >= 0:
            found += self._author_note(start, end)
        for match in self.p.POSTED_TITLE.finditer(text, start, end):
            found += self._posted_title(match)
        for match in (_STAYS_ON_RE.finditer(text, start, end) if "驻守" in article or "驻扎" in article else ()):
            found += self._staying_on(match)
        for match in (self.p.OTHERS_LIKE.finditer(text, start, end) if text.find("这样的", start, end) >= 0 else ()):
            found += self._others_like(match)
        if found and any(word in article for word in self.p.COLLEAGUE_WORDS):
            cadres = {m.name: m for m in found}
            for match in self.p.COLLEAGUES.finditer(text, start, end):
                found += self._colleagues(match, cadres)
        return found

    def _colleagues(self, match: re.Match, cadres: dict[str, _Mention]) -> list[_Mention]:
        """NAME就和队友NAME、NAME一起来…: the names after a cadre read elsewhere on the page, a conjunction and a noun
        of colleagues (队友, 同事, 搭档) are his fellow members, at his village."""
        cadre = cadres.get(self.name_before(match.start()) or "")
        if cadre is None:
            return []
        return [_Mention(name, "team_member", at, at + len(name), cadre.village, 0.65)
                for name, at in self._joined_names(match.end(), limit=6, vouched=True, analyser_only=True)
                if name not in cadres]

    def _others_like(self, match: re.Match) -> list[_Mention]:
        """像NAME这样的<post>还有…，他们是…的NAME、…的NAME、“某某”书记NAME: each item of the list after 是 that
        closes on a name is a holder of the post the frame names (an item that does not, a phrase of the one
        before it that held a 、, is passed over)."""
        text, role = self.text, self.p.role_code[match.group("role")]
        found = []
        for a, b in self._items(match.end(), self._sentence(match.start())[1]):
            while b > a and text[b - 1] in "。！？；;，,…等\n ":
                b -= 1
            name = self.name_before(b) if b - a >= 2 else None
            if name and b - len(name) >= a:
                found.append(_Mention(name, role, b - len(name), b, None, 0.6))
        return found

    def _posted_title(self, match: re.Match) -> list[_Mention]:
        """A cadre named by the posting and a title (县某局派驻某村的干部NAME说, 驻某村的扶贫队员NAME): a member of the
        village's team, the name read by the analyser."""
        level = "township" if match.group("town") else "village"
        where = [p for p in self.places if match.start("where") <= p.start and p.end <= match.end("where") and p.level == level]
        if not where and level == "township":
            where = self._township_closing(*match.span("where"))
        if not where:
            return []
        village, town = (None, where[-1]) if level == "township" else (where[-1], None)
        found, pos = [], match.end()
        while len(found) < 12:
            name = self._titled_name(pos)
            if not name:
                break
            found.append(_Mention(name, "team_member", pos, pos + len(name), village, 0.7, town=town, after_post=not found))
            pos += len(name)
            if self.text[pos: pos + 1] not in _LIST_JOINERS:
                break
            pos += 1  # 驻某镇扶贫干部NAME、NAME: the cadres posted there together, each read by the analyser
        return found

    def _recurring_function_given(self, pos: int) -> bool:
        """第一书记蔡来臣 (蔡来/v 臣/n): a surname, a given name whose first character is a function word (来, 同, 和)
        and a second that is not, the three written two times or more on the page: a name the analyser splits."""
        text = self.text
        word = text[pos: pos + 3]
        return len(word) == 3 and names.surname_length(word) == 1 and word[1] in NOT_IN_NAME \
            and word[1] not in _PLACE_OR_POST_CHARS and word[2] not in NOT_IN_NAME and all(map(_is_cjk, word)) \
            and self._count(word) >= 2

    def _staying_on(self, match: re.Match) -> list[_Mention]:
        """某公司的NAME、某医院的NAME继续驻守某村: the names right before a verb of being stationed there, each
        perhaps after its unit and 的, listed with 、 or 和, are members of the team of the village after the verb."""
        _, village = self._chain_at(match.end())
        if village is None:
            return []
        text, found, pos = self.text, [], match.start()
        while len(found) < 8:
            name = self.name_before(pos)
            if not name:
                break
            k = pos - len(name)
            found.append(_Mention(name, "team_member", k, pos, village, 0.6))
            if text[k - 1: k] == "的":  # the unit the cadre comes from: back to just after the mark before it
                k = max(text.rfind(c, max(0, k - 14), k) for c in "、和与及，,") + 1
                if k == 0:
                    break
            if text[k - 1: k] not in _LIST_JOINERS:
                break
            pos = k - 1
        return found

    def _titled_name(self, pos: int) -> str | None:
        """The name right after a posting and a title: the analyser's when it vouches for one, else a surname and
        one or two characters closed by a list mark, a punctuation mark or a verb the analyser knows (NAME了解,
        NAME前往: the verb's first character is no part of the name)."""
        name, vouched = self.read(pos)
        if name and vouched:
            return name
        bounded = self._pattern_name_at(pos)
        if not bounded:
            return None
        text, head = self.text, names.surname_length(bounded)
        for candidate in ((bounded, bounded[: head + 1]) if len(bounded) == head + 2 else (bounded,)):
            end = pos + len(candidate)
            if end >= len(text) or text[end] in "、和与及" or not _is_cjk(text[end]):
                return candidate
            # a verb (走访, 赴), or a word of time or motion the analyser tags t (前往, 近日)
            word, flag = names.tagger().tag(text[end: end + 2])[0]
            if flag.startswith("v") or (flag == "t" and len(word) == 2):
                return candidate
        return None

    def _township_closing(self, a: int, b: int) -> list[Place]:
        """The township a posting names from `a` to `b` (某县某镇) where the place finder read none there (a stem
        it doubts as a word: 沿河乡): the rest after the county, two to four characters and the suffix."""
        k = self._past_chain(a, ("province", "city", "county"))
        name = self.text[k:b]
        if 3 <= len(name) <= 5 and all(_is_cjk(c) for c in name) and name not in GENERIC_PLACES:
            return [Place(k, b, name, "township")]
        return []

    def _author_note(self, start: int, end: int) -> list[_Mention]:
        """An author's note that states the post ((作者系县某局驻某村第一书记)): the author, named in the byline (文/NAME,
        作者：NAME) or on a line of its own near the top (a headline, then the author's name), is the cadre."""
        note = self.p.AUTHOR_NOTE.search(self.text, start, end)
        if not note:
            return []
        byline = self._byline()
        name, at = (byline.group("name"), byline.start("name")) if byline else (None, -1)
        if not name or not names.surname_length(name):
            name = None
            for line in _NAME_LINE_RE.finditer(self.text, 0, min(len(self.text), 400)):
                reading = names.read_after(self.text, line.start("name"))
                if reading.vouched and reading.name == line.group("name"):
                    name, at = reading.name, line.start("name")
                    break
        if not name:
            return []
        role = self.p.role_code[note.group("role")]
        if "第一书记" in note.group(0):
            role = "first_secretary"
        where = [p for p in self.places if note.start("where") <= p.start and p.end <= note.end("where") and p.level == "village"]
        return [_Mention(name, role, at, at + len(name), where[-1] if where else None, 0.7, after_post=True)]

    def _profile_posting(self, match: re.Match) -> list[_Mention]:
        """A profile sentence that opens with the cadre, an age or a descriptor before the name (今年45岁的NAME,
        年轻的NAME, 县某局副局长NAME), then the unit left and the village reached, the post last
        (…离开县某局，来到某村，担任第一书记; …从县某局来到某村任第一书记): the name is the sentence's subject,
        the village the one reached."""
        text = self.text
        s_start, _ = self._sentence(match.start())
        verb = self.p.PROFILE_POST_VERB.search(text, max(s_start, match.start() - 8), match.start())
        if not verb:
            return []
        reached = [m for m in self.p.PROFILE_ARRIVAL.finditer(text, s_start, verb.start())]
        if not reached:
            return []
        arrival = reached[-1]
        villages = [p for p in self.places if arrival.end() <= p.start and p.end <= verb.start() and p.level == "village"]
        if not villages:
            return []
        opening = self.p.PROFILE_OPENING.match(text, s_start, arrival.start())
        if not opening:
            return []
        pos = opening.end()
        reading = names.read_after(text, pos)
        name = reading.name
        if name and reading.vouched and pos + len(name) > arrival.start() \
                and arrival.start() - pos >= 2 and names.surname_length(text[pos: arrival.start()]):
            name = text[pos: arrival.start()]  # 宋某远赴…: the verb of arrival bounds the name (远 read into it)
        if not name or not reading.vouched or pos + len(name) > arrival.start() \
                or name[names.surname_length(name):].startswith(self.p.ADDRESSES):
            return []
        if self.p.PROFILE_OTHER.search(text, pos + len(name), arrival.start()):
            return []  # 县某局局长NAME介绍，…的年轻干部NAME2，最终被派到某村: another is posted, the first only speaks
        role = self.p.role_code[match.group("role")]
        if "第一书记" in match.group(0):
            role = "first_secretary"
        unit = opening.group("unit") or opening.group("unit_aged")
        return [_Mention(name, role, pos, pos + len(name), villages[-1], 0.7, unit)]

    def _profile_then_posted(self, match: re.Match) -> list[_Mention]:
        """NAME是某单位副主任。2021年6月，他作为…选派的驻村干部，到某村担任第一书记: a sentence that says only who the
        person is (the name, 是, the unit and the title), the next opened by a pronoun and posting him or her to a
        village: the post and the village are the person's, written once or more."""
        text = self.text
        s_start, _ = self._sentence(match.start())
        if s_start < 4:
            return []
        pronoun = self.p.PRONOUN_LEAD.match(text, s_start, match.start())
        if not pronoun or not self.p.POST_VERB.search(text, pronoun.end(), match.start()) \
                or text.startswith(("的", "们"), match.end()):
            return []
        villages = [p for p in self.places if pronoun.end() <= p.start and p.end <= match.start() and p.level == "village"]
        if not villages:
            return []
        p_start, _ = self._sentence(s_start - 1)
        profile = self.p.PROFILE_COPULA.fullmatch(text, p_start, s_start)
        if not profile:
            return []
        pos = profile.start("name")
        reading = names.read_after(text, pos)
        if reading.name != profile.group("name") or not reading.vouched \
                or reading.name[names.surname_length(reading.name):].startswith(self.p.ADDRESSES):
            return []
        role = "first_secretary" if "第一书记" in match.group(0) else self.p.role_code[match.group("role")]
        return [_Mention(reading.name, role, pos, profile.end("name"), villages[-1], 0.7,
                         self._trim_unit(*profile.span("unit")))]

    def _demonstrative_post(self, match: re.Match) -> list[_Mention]:
        """A profile that names the cadre first and the post later, pointing back (NAME每天清晨就到了大棚。…这位“80后”
        驻村第一书记，来自县某局): the post after a demonstrative (这位, 这名; a descriptor may stand between) and no name
        after it is the post of the person named last before it, within _ANAPHOR_BACK characters, whom the analyser
        reads as a person, the page writes twice or more, and no cue word marks as a villager, reporter or official."""
        text = self.text
        s_start, _ = self._sentence(match.start())
        pronoun, back_end = None, s_start  # the name is looked for before back_end
        if not self.p.DEMONSTRATIVE.search(text, max(s_start, match.start() - 12), match.start()):
            # 他是县某局派驻某村的第一书记, 2020年，她被选派到某村担任第一书记: a pronoun opening the sentence, the
            # post in its first clause
            pronoun = self.p.PRONOUN_OPENING.match(text, s_start, match.start())
            if not pronoun:  # …，她是某村的第一书记: the pronoun and the copula opening a later clause
                clause = max(text.rfind("，", s_start, match.start()), text.rfind(",", s_start, match.start())) + 1
                pronoun = self.p.PRONOUN_COPULA_CLAUSE.match(text, clause, match.start()) if clause > s_start else None
                # NAME早成了熟人，他是某局驻某村第一书记: the name may open the same sentence
                back_end = clause if pronoun else s_start
            if not pronoun or not self.p.POST_VERB.search(text, pronoun.end("pronoun"), match.start()) \
                    or text.startswith(("的", "们"), match.end()):
                return []  # 他找到第一书记…, 他是第一书记的帮手: the post is someone else's
        if match.end() < len(text) and self.name_at(match.end()):
            return []  # 这位第一书记NAME: the name is written after the post
        called = next((w for w in ("名叫", "叫做", "就是", "正是") if text.startswith(w, match.end())), None)
        if called and pronoun is None and not self._starts_place(match.end() + len(called)):
            # 大家说起的这位第一书记名叫NAME: the name given after the post and a verb of naming
            at = match.end() + len(called)
            name, vouched = self.read(at)
            if name and vouched:
                where = self._villages_in(max(0, s_start - _ANAPHOR_BACK), at)
                role = "first_secretary" if "第一书记" in match.group(0) else self.p.role_code[match.group("role")]
                return [_Mention(name, role, at, at + len(name), where[-1] if where else None, 0.6)]
        if pronoun is None:
            # 记者见到NAME时，这位第一书记正在…: the name may stand in an earlier clause of the same sentence
            back_end = max(text.rfind("，", s_start, match.start()), text.rfind(",", s_start, match.start()), s_start)
        a = max(0, s_start - _ANAPHOR_BACK)
        tagger, at, heads = names.tagger(), a, []
        for word, flag in tagger.tag(text[a: back_end]):
            if flag in PERSON_TAGS_OF_NAMES and names.surname_length(word):
                heads.append(at)
            at += len(word)
        role = self.p.role_code[match.group("role")]
        if "第一书记" in match.group(0):
            role = "first_secretary"
        for pos in reversed(heads):
            if self._starts_place(pos):
                continue  # 某镇张团村: a village's name the analyser reads as a person's
            reading = names.read_after(text, pos)
            name = self._open_end_closed(pos, reading)
            if not name or not reading.vouched or self._count(name) < 2 \
                    or name[names.surname_length(name):].startswith(self.p.ADDRESSES):
                continue
            if text[pos - 1: pos] == "“" and text.startswith("”", pos + len(name)):
                continue  # “阿哥”在当地话中意为哥哥: a word quoted alone is a form of address glossed, no name
            where = [p for p in self.places if pronoun and pronoun.end("pronoun") <= p.start and p.end <= match.start()
                     and p.level == "village"] if pronoun else []
            mention = _Mention(name, role, pos, pos + len(name), where[-1] if where else None, 0.6)
            if not self._not_cadre(mention):
                return [mention]
        return []

    def _batch_arrival(self, match: re.Match) -> list[_Mention]:
        """随着某市启动新一批第一书记派驻工作，NAME、NAME来到某村: the names listed right after the announced
        posting, each read as a name, arriving in the village that follows at once take the post announced."""
        listed = self._name_list(match.end(), -1, ends=self.p.ARRIVES_AT)
        if not listed:
            return []
        pos = listed[-1][1] + len(listed[-1][0])
        arrival = self.p.ARRIVES_AT.match(self.text, pos)
        village = self._village_closing(*arrival.span("where")) if arrival else None
        if village is None:
            return []
        role = self.p.role_code[match.group("role")]
        return [_Mention(name, role, at, at + len(name), village, 0.7) for name, at in listed]

    def _stayed_titled(self, match: re.Match, article_role: str) -> list[_Mention]:
        """曾在某村驻村四年多的某厅副厅长NAME: the cadre's unit and title after the stay, then the name, which the
        analyser vouches for; the post is the article's, the village the one the stay names, if read."""
        titled = self.p.UNIT_TITLE.match(self.text, match.end())
        if not titled or self._starts_place(titled.end()):
            return []
        name, vouched = self.read(titled.end())
        if not (name and vouched):
            return []
        village = self._village_closing(*match.span("where"))
        return [_Mention(name, article_role, titled.end(), titled.end() + len(name), village, 0.7,
                         self._trim_unit(*titled.span("unit")))]

    def _aiding_there(self, match: re.Match) -> list[_Mention]:
        """在某县某乡开展综合帮扶的NAME: a name right after the aid or the stationing it does in a place is a member of
        the team there, in the village named, else the township."""
        pos = match.end()
        name = None if self._starts_place(pos) else self.name_at(pos)
        if not name:
            return []
        where = [p for p in self.places if match.start("where") <= p.start and p.end <= match.end("where")]
        village = next((p for p in reversed(where) if p.level == "village"), None)
        town = next((p for p in reversed(where) if p.level == "township"), None)
        return [_Mention(name, "team_member", pos, pos + len(name), village, 0.7, town=town)]

    def _volunteered(self, match: re.Match) -> list[_Mention]:
        """某单位将选派新一轮农村工作指导员赴某县某镇某村。听到这一消息后，NAME毛遂自荐: a person who volunteers
        right after a sentence announcing a posting to a village takes that post in that village (the name
        read by the analyser, no villager or reporter cue)."""
        text = self.text
        s_start, _ = self._sentence(match.start())
        if s_start < 2:
            return []
        name = self.name_before(match.start())
        if not name or not names.surname_length(name) or "我" in text[s_start: match.start()]:
            return []
        p_start, _ = self._sentence(s_start - 1)
        post = self.p.ROLE.search(text, p_start, s_start)
        villages = [p for p in self.places if p_start <= p.start and p.end <= s_start and p.level == "village"]
        if not post or len(villages) != 1 or not self.p.POST_VERB_OR_DISPATCH.search(text, p_start, post.start()):
            return []
        role = "first_secretary" if "第一书记" in post.group(0) else self.p.role_code[post.group("role")]
        at = match.start() - len(name)
        mention = _Mention(name, role, at, match.start(), villages[0], 0.6)
        return [] if self._not_cadre(mention) else [mention]

    def _page_role(self) -> str:
        """The post of a cadre the page names with no post of his own: a first secretary on a page that names the post
        more often than a work team, else a member of the team."""
        return "first_secretary" if self._count("第一书记") > self._count("工作队") else "team_member"

    def _stationed_since_named(self, match: re.Match) -> list[_Mention]:
        """NAME同志自2019年驻某村以来，…: a name right before the year its stay in a village began: a stationed cadre of
        that village; a first secretary on a page that names the post more often than a work team."""
        name = self.name_before(match.start())
        if not name or self._starts_place(match.start() - len(name)):
            return []
        village = self._village_closing(match.start("where"), match.end("where"))
        role = self._page_role()
        mention = _Mention(name, role, match.start() - len(name), match.start(), village, 0.6)
        return [] if self._not_cadre(mention) else [mention]

    def _companions(self, found: list[_Mention]) -> list[_Mention]:
        """甲及县某局干部乙、丙来到某村，甲任某村第一书记: a first secretary or team leader whose name opened, earlier
        in the sentence, a list of people who came to (or were stationed in) the village together: the others in the
        list are the team's members, in the village the arrival names (each read by the analyser as a person's word
        closing its item of the list, after its unit and title; the first of them must have a unit that sent him)."""
        out: list[_Mention] = []
        text = self.text
        for m in found:
            if m.role not in ("first_secretary", "team_leader"):
                continue
            s_start, _ = self._sentence(m.start)
            at = text.find(m.name, s_start, m.start)
            if at < 0:
                continue
            came = _COMPANIONS_AFTER_RE.match(text, at + len(m.name))
            if came is None:
                continue
            villages = self._villages_in(came.end(), m.start)
            village = villages[0] if villages and villages[0].start - came.end() <= 8 else m.village
            unit = None  # 县某局干部乙、丙: a unit written once before the names of a list is all of theirs
            for piece in _LIST_PIECE_RE.finditer(came.group("rest")):
                a, b = came.start("rest") + piece.start(), came.start("rest") + piece.end()
                words = self._person_words(a, b)
                if words and words[-1][0] + len(words[-1][1]) == b and words[-1][1] != m.name:
                    own = self.p.COMPANION_UNIT.fullmatch(text, a, words[-1][0])
                    if own is None and unit is None:
                        break  # 甲与乙到某村看望…: no unit sends the first of them, nothing says they were sent
                    unit = own.group("unit") if own else (unit if words[-1][0] == a else None)
                    out.append(_Mention(words[-1][1], "team_member", words[-1][0], b, village, 0.6, unit=unit))
        return out

    def _names_someone(self, a: int, b: int) -> bool:
        """Does the analyser read a person's name (two characters or more, no place's opening) in text[a:b]?"""
        return any(len(word) >= 2 and not self._starts_place(at) for at, word in self._person_words(a, b))

    def _person_words(self, a: int, b: int) -> list[tuple[int, str]]:
        """Where the analyser reads a person's word that opens with a surname in text[a:b], and the word."""
        found, at = [], a
        for word, flag in names.tagger().tag(self.text[a: b]):
            if flag in PERSON_TAGS_OF_NAMES and names.surname_length(word):
                found.append((at, word))
            at += len(word)
        return found

    def _holder_since_posted(self, match: re.Match) -> list[_Mention]:
        """某医院选派骨干担任某村驻村第一书记。NAME同志自进村以来，…: a name opening the sentence right after one that
        states a posting to a post (选派, 担任) but names no holder, then the time since the stay began: the holder of
        that post, in the village that sentence names last (not where that sentence names a person: the holder)."""
        text = self.text
        name_end = match.start() - (2 if text.endswith("同志", 0, match.start()) else 0)
        name = self.name_before(name_end)
        if not name:
            return []
        pos = name_end - len(name)
        s_start, _ = self._sentence(pos)
        if text[s_start: pos].strip():
            return []  # the name must open its sentence
        before_start, _ = self._sentence(max(0, s_start - 1))
        posts = list(self.p.ROLE.finditer(text, before_start, s_start))
        if not posts or s_start == 0 or not _POSTING_BEFORE_RE.search(text, before_start, posts[-1].start()) \
                or self._starts_place(pos):
            return []
        if self._names_someone(before_start, s_start):
            return []  # 选派NAME担任…。: the post has its holder; the next name is another's
        villages = self._villages_in(before_start, s_start)
        mention = _Mention(name, self.p.role_code[posts[-1].group("role")], pos, name_end,
                           villages[-1] if villages else None, 0.6)
        return [] if self._not_cadre(mention) else [mention]

    def _holder_opening_next(self, match: re.Match, end: int) -> list[_Mention]:
        """从某镇走出，又回到某镇，成为了某村第一书记。NAME的内心…: a sentence that becomes the post (成为) and names no
        holder, then a name opening the next sentence: the holder, in the village the first sentence names last."""
        text = self.text
        s_start, s_end = self._sentence(match.start())
        if not _BECAME_POST_BEFORE_RE.search(text, max(s_start, match.start() - 16), match.start()):
            return []
        if self._names_someone(s_start, s_end):
            return []  # the post has its holder in its own sentence
        pos = s_end
        while pos < end and text[pos] in "。！？!?，,；; \t\n\u3000“”\"":
            pos += 1
        if pos >= end or self._starts_place(pos):
            return []
        reading = names.read_after(text, pos)
        if not reading.name or not reading.vouched or not names.surname_length(reading.name):
            return []
        villages = self._villages_in(s_start, match.start())
        mention = _Mention(reading.name, self.p.role_code[match.group("role")], pos, pos + len(reading.name),
                           villages[-1] if villages else None, 0.55)
        return [] if self._not_cadre(mention) else [mention]

    def _stationed_since(self, match: re.Match) -> list[_Mention]:
        """NAME一边走一边讲解。驻村以来，他…推动某村…: a sentence opened by the time since the stationing and a
        pronoun speaks of the person named last before it (within _ANAPHOR_BACK characters, read as a person by the
        analyser, written twice or more, marked by no cue word as a villager, reporter or official): a stationed
        cadre, of the first village the sentence names; a first secretary on a page that names the post more often
        than a work team."""
        text = self.text
        s_start = match.start("lead")
        heads = [at for at, _ in self._person_words(max(0, s_start - _ANAPHOR_BACK), s_start)]
        _, s_end = self._sentence(match.end())
        where = [p for p in self.places if match.end() <= p.start and p.end <= s_end and p.level == "village"]
        role = self._page_role()
        for pos in reversed(heads):
            if self._starts_place(pos):
                continue  # 某镇张团村: the analyser reads a village's name as a person's; the place finder knows it
            reading = names.read_after(text, pos)
            name = reading.name
            if not name or not reading.vouched or self._count(name) < 2 \
                    or name[names.surname_length(name):].startswith(self.p.ADDRESSES):
                continue
            longer = text[pos - 1: pos + len(name)] if pos > 0 and _is_cjk(text[pos - 1]) else ""
            if longer and names.surname_length(longer) and self._count(longer) == self._count(name):
                name, pos = longer, pos - 1  # 马|卫东: the analyser splits the surname off; the page always writes it
            mention = _Mention(name, role, pos, pos + len(name), where[0] if where else None, 0.6)
            return [] if self._not_cadre(mention) else [mention]
        return []

    def _part_led_item(self, pos: int) -> str | None:
        """NAME、丹增某某: a later item of a list of names that opens with a part of the seed's transliterated names and
        runs two more characters to the separator or the mark closing the list, a name whose second part the seed
        lacks."""
        part = self.p.NAME_PART_RUN.match(self.text, pos)
        if part is None:
            return None
        end = part.end() + 2
        item = self.text[pos: end]
        if len(item) > 6 or not all(_is_cjk(c) and c not in _NOT_IN_TRANSLITERATED for c in item[-2:]) \
                or (end < len(self.text) and _is_cjk(self.text[end]) and self.text[end] not in "、和与及"):
            return None
        return item

    def _past_note(self, pos: int) -> int:
        """队员甲某(驻某村第一书记)、乙某: past a bracketed note right after a listed name, so the list goes on."""
        note = _NAME_NOTE_RE.match(self.text, pos)
        return note.end() if note else pos

    def _name_list(self, pos: int, stop: int, ends: re.Pattern | None = None) -> list[tuple[str, int]]:
        """NAME、NAME和NAME from `pos`: each item read as a name and closed by a separator, up to `stop` (a
        count, or a punctuation mark when `stop` is -1, or what `ends` matches: 来到某村); nothing when an item is
        no name."""
        text, listed = self.text, []
        while len(listed) < 12:
            name = None if self._starts_place(pos) else self.name_at(pos)
            if not name and listed:
                name = self._part_led_item(pos)
            if not name:
                return []
            listed.append((name, pos))
            pos += len(name)
            if pos == stop:
                return listed
            if text[pos: pos + 1] not in _LIST_JOINERS:
                # the list ends at a punctuation mark, or where the members are spoken of (NAME，他们都…)
                closed = stop < 0 and (pos >= len(text) or not _is_cjk(text[pos])
                                       or text.startswith(("他们", "她们", "都", "均"), pos)
                                       or (ends is not None and ends.match(text, pos) is not None))
                return listed if closed else []
            pos += 1
        return []

    def _village_closing(self, a: int, b: int) -> Place | None:
        """The village a posting names from `a` to `b` (某县某乡某村): the last the place finder read there, else
        the rest after the chain of county and township, when it is a village's name (江村村, which the place
        finder leaves out)."""
        read = self._villages_in(a, b)
        if read:
            return read[-1]
        k = self._past_chain(a, ("province", "city", "county", "township"))
        name = self.text[k:b]
        if name.endswith("驻村"):
            return None  # 被选派到某县担任驻村第一书记: the county's posting, 驻村 is no village's name
        if re.match(r"(?:[\d一二两三四五六七八九十几多]+|[这那哪每各整])个", name):
            return None  # 到某县三个贫困村挂职, 派到这个村: villages counted or pointed at, none named
        if name[:1] in BOUNDARY and name[1:] in GENERIC_PLACES:
            return None  # 被派往该村: the verb's last character before 该村/本村, which name no village of their own
        if _LISTED_VILLAGE_RE.fullmatch(name) and name not in GENERIC_PLACES and not name.endswith("农村"):
            return Place(k, b, name, "village")
        if k > a and len(name) == 2 and name[1] == "村" and _is_cjk(name[0]) and name[0] not in _NOT_VILLAGE_STEMS:
            return Place(k, b, name, "village")  # 某镇杨村: a village of one character after its township
        return None

    @staticmethod
    def _numeral(count: str) -> int | None:
        if count.isdigit():
            return int(count)
        return {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}.get(count)

    def _names_counted_sent(self, match: re.Match, article_role: str) -> list[_Mention]:
        """某公司先后选派NAME、NAME两人到某村驻村扶贫，担任第一书记: names right after the dispatch verb, as many
        as the count after them says, sent to the village that follows; the post is the sentence's, if named."""
        listed = self._name_list(match.start("names"), match.start("count"))
        if not listed or len(listed) != self._numeral(match.group("count")):
            return []
        # 分别到甲村、乙村: as many villages as names are theirs in order, else the last is everyone's
        villages = [self._village_closing(a, b) for a, b in self._items(match.start("where"), match.end("where"))]
        paired = len(villages) == len(listed) > 1 and all(villages)
        s_end = self._sentence(match.start())[1]
        post = self.p.ROLE.search(self.text, match.end(), s_end)
        role = self.p.role_code[post.group("role")] if post else article_role
        unit = self._unit_sending(match.start())
        return [_Mention(name, role, at, at + len(name), villages[k] if paired else villages[-1], 0.75, unit)
                for k, (name, at) in enumerate(listed)]

    def _team_headed_by(self, match: re.Match) -> list[_Mention]:
        """派出由某局干部NAME为第一书记的工作队到某村: the head of a team named by him alone (由 or 以 before his title
        and name), posted to the one village the rest of the sentence names, if one."""
        name = self.name_before(match.start())
        if name is None:
            return []
        at = match.start() - len(name)
        if _HEAD_OPENS_RE.search(self.text, max(0, at - 9), at) is None:
            return []
        village = self._only_village(match.end(), self._sentence(match.start())[1])
        return [_Mention(name, _PART_ROLE[match.group("post")], at, match.start(), village, 0.7)]

    def _parts_chain(self, start: int, end: int) -> list[_Mention]:
        """以NAME为队长、NAME为副队长的驻村工作队 / 工作组进驻某村，以NAME为组长，NAME、NAME为组员: two names or more,
        each given its part in a team (为队长, 为副队长, 为队员), the items joined by one mark, in a sentence whose team
        the chain names (的 and the team's noun after it) or that stations a team before it. One who heads the team
        (队长, 组长, 第一书记) takes that role, the rest are its members; the village is the one the sentence names."""
        text = self.text
        chains: list[list[tuple[re.Match, list[_Mention]]]] = []
        for match in _NAMED_PART_RE.finditer(text, start, end):
            name = self.name_before(match.start())
            if not name:
                continue
            role = _CHAIN_PART_ROLE.get(match.group("post"), "team_member")
            listed = self._subjects(name, match.start(), role, [], None) if role == "team_member" \
                else [_Mention(name, role, match.start() - len(name), match.start(), None, 0.75)]
            first = listed[0].start
            joined = chains and text[chains[-1][-1][0].end(): first] in _CHAIN_JOINERS
            opened = _HEAD_OPENS_RE.search(text, max(start, first - 9), first) is not None  # 以(某局局长)NAME为…
            if joined:
                chains[-1].append((match, listed))
            elif opened:
                chains.append([(match, listed)])
        found: list[_Mention] = []
        for chain in chains:
            if len(chain) < 2:
                continue  # one name for one part: the rules of a team headed by one name read it
            last, head = chain[-1][0], chain[0][1][0]
            s_start, s_end = self._sentence(last.start())
            team_named = _TEAM_NAMED_AFTER_RE.match(text, last.end()) is not None
            stationed = _TEAM_STATIONED_RE.search(text, s_start, head.start) is not None
            if not (team_named or stationed):
                continue
            village = self._only_village(s_start, s_end)
            found += [replace(m, village=village, confidence=0.75) for _, listed in chain for m in listed]
        return found

    def _names_counted_titled(self, match: re.Match) -> list[_Mention]:
        """…派驻工作队以来，NAME、NAME、NAME 3名检察官…: names opening a clause, as many as the count says, counted by
        their profession, in a sentence that stations a team before them: members of that team, in the one village
        the sentence names before them (if one)."""
        s_start = self._sentence(match.start())[0]
        if _STATIONS_RE.search(self.text, s_start, match.start()) is None:
            return []
        items = re.split("[、和与]", match.group("names"))
        if len(items) != self._numeral(match.group("count")):
            return []
        listed, pos, read_whole = [], match.start("names"), 0
        for item in items:
            read = None if self._starts_place(pos) else self.name_at(pos)
            if read != item and (read is not None and not item.startswith(read) or not self._bounded_name(item)):
                return []  # the separators bound a listed name (某家某、 where the analyser reads less): else no list
            read_whole += read == item
            listed.append((item, pos))
            pos += len(item) + 1
        if not read_whole:
            return []
        village = self._only_village(s_start, match.start())
        return [_Mention(name, "team_member", at, at + len(name), village, 0.7) for name, at in listed]

    def _unit_sending(self, verb: int) -> str | None:
        """The unit right before the dispatch verb at `verb`, in its clause (某公司先后选派…)."""
        a = self._clause_start(verb)
        # (今年7月医院选派: the unit opens after the date, not at its 月)
        unit = re.search(rf"(?<!\d)(?![年月日])[\u4e00-\u9fff]{{2,24}}?{_UNIT_WORD}(?=(?:先后|分别|共|又|再次|已)*$)",
                         self.text[a: verb])
        return self._trim_unit(a + unit.start(), a + unit.end()) if unit else None

    def _names_counted_posted(self, match: re.Match) -> list[_Mention]:
        """集团选派NAME、NAME两位“第一书记”驻村: names right after the dispatch verb, as many as the count says, given
        the post written after the count, else members of the team they form; the village is the one the rest of
        the sentence names, if it names one only."""
        listed = self._name_list(match.start("names"), match.end("names"))  # (共 may stand before the count)
        if not listed or len(listed) != self._numeral(match.group("count")):
            return []
        post = match.groupdict().get("role")
        role = self.p.role_code[post] if post else "team_member"
        rest = match.end(), self._sentence(match.start())[1]
        # 进驻甲村和乙村、丙村: villages listed, which is whose not said (the place finder may miss some of them)
        listed_villages = re.search(r"(?:村|嘎查|社区)[和、与及]", self.text[rest[0]: rest[1]])
        village = None if listed_villages else self._only_village(*rest)
        unit = self._unit_sending(match.start())
        return [_Mention(name, role, at, at + len(name), village, 0.7, unit) for name, at in listed]

    def _one_sent(self, match: re.Match, article_role: str) -> list[_Mention]:
        """某公司选派NAME驻村帮扶某村: the one name the posting verb takes, sent to the village that follows; a name
        the analyser does not vouch for must recur on the page, or the post must follow the village at once
        (县某局选派NAME到某村担任第一书记: the frame bounds the name); the post is the sentence's, if named."""
        text, pos = self.text, match.end()
        if self._starts_place(pos):
            return []
        name, vouched = self.read(pos)
        sent = self.p.SENT_WHERE.match(text, pos + len(name)) if name else None
        if sent is None:
            # the analyser may join the name's last character to the verb after it (董金/材驻): a surname and
            # given name the page writes at least twice, the posting right after, decide
            name, vouched = self._pattern_name_at(pos), False
            sent = self.p.SENT_WHERE.match(text, pos + len(name)) if name else None
        if sent is None:
            # 选派禤某某到某村任第一书记: a surname the patterns do not know; the frame decides where the name ends
            span = self.p.SENT_SPAN.match(text, pos)
            head = names.surname_length(span.group(0)) if span else 0
            if head and not any(c in NOT_IN_NAME for c in span.group(0)[head:]):
                name, vouched = span.group(0), False
                sent = self.p.SENT_WHERE.match(text, span.end())
        partner: list[tuple[str, int]] = []
        if sent is None and name and text.startswith(("和", "与", "、"), pos + len(name)):
            # 选派NAME和NAME到某村任第一书记: two names joined, then where both were sent
            at = pos + len(name) + 1
            second, second_vouched = self.read(at)
            sent = self.p.SENT_WHERE.match(text, at + len(second)) if second else None
            if sent is not None:
                partner, vouched = [(second, at)], vouched and second_vouched
        if not name or sent is None:
            return []
        posted = self.p.SENT_POST.match(text, sent.end())
        if not (vouched or posted or self._count(name) >= 2):
            return []
        village = self._village_closing(sent.start("where"), sent.end("where"))
        if village is None and not posted:
            return []
        if posted:
            role = self.p.role_code[posted.group("role")]
        else:
            post = self.p.ROLE.search(text, sent.end(), self._sentence(pos)[1])
            role = self.p.role_code[post.group("role")] if post else article_role
        a = self._clause_start(match.start())
        unit = re.search(rf"[\u4e00-\u9fff]{{2,24}}?{_UNIT_WORD}(?=(?:先后|分别|又|再次|已)*$)", text[a: match.start()])
        unit_name = self._trim_unit(a + unit.start(), a + unit.end()) if unit else None
        return [_Mention(who, role, at, at + len(who), village, 0.8 if posted else 0.7, unit_name)
                for who, at in [(name, pos), *partner]]

    def _batch_list(self, match: re.Match) -> list[_Mention]:
        """第一批：NAME、NAME；第二批：NAME: the members of one of the unit's successive teams, in the one village the
        sentence names before the lists (if one); none unless the sentence lists another batch too."""
        s_start, s_end = self._sentence(match.start())
        if sum(1 for _ in self.p.BATCH_LIST.finditer(self.text, s_start, s_end)) < 2:
            return []
        listed = self._name_list(match.start("names"), match.end("names"))
        village = self._only_village(s_start, match.start())
        return [_Mention(name, "team_member", at, at + len(name), village, 0.7) for name, at in listed]

    def _names_form_team(self, match: re.Match, a: int, b: int) -> list[_Mention]:
        """某单位的NAME、NAME、NAME组成3人工作组进驻某村: the names listed before 组成 (two or more, as many as the
        count says) are the members of the team sent to the village; one the article says leads it (NAME作为组长,
        组长NAME) is its leader."""
        cut = match.start()
        parts = _MEMBERS_PART_BEFORE_RE.search(self.text, max(a, cut - 4), cut)
        if parts:
            cut = parts.start()  # …NAME、NAME为组员组成的工作组: the members named by their part
        name = self.name_before(cut)
        listed = self._subjects(name, cut, "team_member", [], None) if name else []
        leader = _LEADER_PART_BEFORE_RE.search(self.text, max(a, listed[0].start - 24), listed[0].start) \
            if parts and listed else None
        if leader is not None:
            # 以某局干部NAME为组长，NAME、NAME为组员: the leader named before the members, by his part
            head = self.name_before(leader.start("part"))
            if head and not any(m.name == head for m in listed):
                listed.insert(0, _Mention(head, _PART_ROLE[leader.group("post")], leader.start("part") - len(head),
                                          leader.start("part"), None, 0.8))
        written = match.group("count") or match.group("pre")
        count = self._numeral(written) if written else None
        if len(listed) < 2 or (count is not None and count != len(listed)):
            return []
        where = match.start("where"), match.end("where")
        village = self._village_closing(*where)
        if village is None:  # 进驻某某: the village written without 村, the article naming it whole elsewhere
            stem = self.text[where[0]: where[1]]
            village = next((p for p in self._villages_in(a, b) if p.name == stem + "村"), None)
        unit = self._unit_before_name(listed[0].start)
        # the passage that goes on about the team (the page may split it into another article)
        passage = self.text[match.end(): match.end() + _TEAM_PASSAGE]
        found = []
        for m in listed:
            leads = re.search(rf"{re.escape(m.name)}(?:作为|担任|任|为|是)(?:工作组|工作队)?(?:组长|队长)"
                              rf"|(?:组长|队长)(?:为|是|由)?{re.escape(m.name)}", passage) if "长" in passage else None
            found.append(replace(m, role="team_leader" if leads or m.role == "team_leader" else "team_member",
                                 village=village, confidence=0.75, unit=unit))
        return found

    def _team_of_parts(self, match: re.Match, a: int) -> list[_Mention]:
        """以NAME为第一书记，NAME、NAME为队员的N人工作队: the members named before 为队员, the one named before by
        his own part (队长, 组长, 第一书记) heading them, as many as the count says; the team's village is the one
        its sentence names, when it names one."""
        cut = match.start()
        name = self.name_before(cut)
        listed = self._subjects(name, cut, "team_member", [], None) if name else []
        if not listed:
            return []
        leader = _LEADER_PART_BEFORE_RE.search(self.text, max(a, listed[0].start - 24), listed[0].start)
        # 以NAME为第一书记: the leader's name fills what stands between 以 and his part
        opened = self.text.rfind("以", max(a, leader.start("part") - 5), leader.start("part") - 1) if leader else -1
        head = self.name_at(opened + 1) if opened >= 0 else None
        if head and opened + 1 + len(head) == leader.start("part"):
            listed.insert(0, _Mention(head, _PART_ROLE[leader.group("post")], leader.start("part") - len(head),
                                      leader.start("part"), None, 0.75))
        count = self._numeral(match.group("count")) if match.group("count") else None
        if len(listed) < 2 or (count is not None and count != len(listed)):
            return []
        village = self._only_village(*self._sentence(match.start()))
        return [replace(m, village=village, confidence=0.75) for m in listed]

    def _team_staff_listed(self, match: re.Match) -> list[_Mention]:
        """某村工作组的工作人员NAME、NAME、NAME / 某村工作组某行一行两人NAME、NAME、NAME: two names or more
        listed right after the team's staff word or its party's size (as many as that says) are its members; the
        village is the one named in the clause before the team."""
        listed = self._name_list(match.end(), -1)
        count = self._numeral(match.group("count")) if match.group("count") else None
        if len(listed) < 2 or (count is not None and count != len(listed)):
            return []
        villages = self._villages_in(self._clause_start(match.start()), match.start())
        village = villages[-1] if villages else None
        return [_Mention(name, "team_member", at, at + len(name), village, 0.7) for name, at in listed]

    def _party_stationed(self, match: re.Match) -> list[_Mention]:
        """NAME一行两人，进驻某村 / 进驻该村: the name a party of cadres goes by, stationed in a village, is its head;
        the village is the one the verb goes on to name, else (该村, 村里) the last the sentence named before."""
        name = self.name_before(match.start())
        if not name:
            return []
        k, village = self._chain_at(match.end())
        if village is None:
            s_start, _ = self._sentence(match.start())
            if not self.text.startswith(("该村", "村里", "这个村", "本村"), k):
                return []
            villages = self._villages_in(s_start, match.start())
            village = villages[-1] if villages else None
            if village is None:
                return []
        at = match.start() - len(name)
        return [_Mention(name, "team_leader", at, match.start(), village, 0.7)]

    def _posting_note(self, match: re.Match) -> list[_Mention]:
        """NAME(下派某乡某村)、NAME(下派某镇某村): a name right before a note of its own posting to a village, in
        a list of such names (a separator or a count on either side of the note); the post is the sentence's
        (第一书记 when it names it, else a member of a team)."""
        text, before, after = self.text, match.start(), match.end()
        name = self.name_before(before)
        if not name or self._starts_place(before - len(name)):
            return []
        # in a list: a separator or a count after the note, or another note's bracket and a separator before the name
        opened = before - len(name)
        listed = text[after: after + 1] in _LIST_JOINERS or _COUNT_AFTER_NOTE_RE.match(text, after) is not None \
            or (text[opened - 1: opened] in _LIST_JOINERS and text[opened - 2: opened - 1] in (")", "）"))
        if not listed:
            return []
        village = self._village_closing(*match.span("where"))
        if village is None:
            return []
        s_start, s_end = self._sentence(before)
        role = "first_secretary" if "第一书记" in text[s_start: s_end] else "team_member"
        return [_Mention(name, role, before - len(name), before, village, 0.7)]

    def _as_post_named(self, match: re.Match) -> list[_Mention]:
        """某行副行长NAME以驻村干部身份来到某村: the name right before 以 (after its unit and title, if any) takes
        the post in the village that follows."""
        name = self.name_before(match.start())
        if not name or self._starts_place(match.start() - len(name)):
            return []
        village = self._village_closing(*match.span("where"))
        if village is None:
            return []
        role = "first_secretary" if "第一书记" in match.group("role") else "team_member"
        return [_Mention(name, role, match.start() - len(name), match.start(), village, 0.7,
                         self._unit_before_name(match.start() - len(name)))]

    def _team_made_of(self, match: re.Match) -> list[_Mention]:
        """某村驻村工作队由县某局NAME、县某局NAME和NAME组成: the names listed (two or more, each perhaps after its unit)
        are the members of the team of the village named right before it."""
        cut = match.end("list")
        name = self.name_before(cut)
        if not name:
            return []
        listed = self._subjects(name, cut, "team_member", [], None)
        if len(listed) < 2 or listed[0].start < match.start("list"):
            return []
        team_at = match.start()
        village = next((p for p in reversed(self.places) if p.level == "village" and team_at - 8 <= p.end <= team_at), None)
        return [replace(m, village=village, confidence=0.75, unit=self._unit_before_name(m.start)) for m in listed]

    def _post_line(self, match: re.Match) -> list[_Mention]:
        """NAME 不让一个群众掉队 / 某县某乡某村“第一书记”: the name opening the line above a line of places and a post alone,
        read whole by the analyser or written again on the page; posted to the village the places close on."""
        pos = match.start("name")
        reading = names.read_after(self.text, pos)
        name = reading.name
        if not name or not (reading.vouched or self._count(name) >= 2) or self._starts_place(pos):
            return []
        village = self._village_closing(match.start("where"), match.end("where"))
        return [_Mention(name, self.p.role_code[match.group("role")], pos, pos + len(name), village, 0.75)]

    def _card(self, match: re.Match) -> list[_Mention]:
        """姓名：NAME / 单位：… / 驻村地点：某县某镇某村: the card's cadre, posted to its village; the post the card or
        the text after it names (职务：第一书记), else a member of the team."""
        text = self.text
        village = self._village_closing(match.start("where"), match.end("where"))
        if village is None:
            return []
        unit = re.search(r"单\s*位\s*[:：]\s*([^\n]{2,30})", match.group("body"))
        tail = text[match.start(): match.end() + 200]
        post = self.p.ROLE.search(tail)
        role = self.p.role_code[post.group("role")] if post else "team_member"
        name = match.group("name")
        return [_Mention(name, role, match.start("name"), match.end("name"), village, 0.75,
                         unit.group(1).strip() if unit else None)]

    def _led_by(self, match: re.Match) -> list[_Mention]:
        """某局驻某村工作队在NAME的带领下: NAME leads the team; the village is the one the team is stationed in,
        named before it in the clause, else the sentence's."""
        pos = match.end()
        if self._starts_place(pos):
            return []
        # the frame 在…的带领下 closes the name: a surname and given name that fill it exactly are enough
        frame = re.compile(r"(?:同志)?的?(?:带领|率领|带队)")
        name = next((n for n in (self.read(pos)[0], self._pattern_name_at(pos))
                     if n and frame.match(self.text, pos + len(n))), None)
        if not name:
            return []
        s_start, s_end = self._sentence(pos)
        villages = self._villages_in(self._clause_start(match.start()), match.start()) or self._villages_in(s_start, s_end)
        return [_Mention(name, "team_leader", pos, pos + len(name), villages[-1] if villages else None, 0.7)]

    def _with_team(self, match: re.Match, role: str) -> list[_Mention]:
        """在NAME和工作队员的努力下: the one named beside the team's members heads them, under the post the article
        names (第一书记 anywhere in it, else a member); the analyser must vouch for the name, which 和 closes. The
        village is the sentence's, before the name or else after it."""
        pos = match.end()
        name, vouched = (None, False) if self._starts_place(pos) else self.read(pos)
        if not name or not vouched or not re.match(r"(?:同志)?[和与及]", self.text[pos + len(name): pos + len(name) + 3]):
            return []
        s_start, s_end = self._sentence(pos)
        villages = self._villages_in(s_start, pos) or self._villages_in(pos, s_end)
        where = villages[-1] if self._villages_in(s_start, pos) else (villages[0] if villages else None)
        return [_Mention(name, role, pos, pos + len(name), where, 0.6)]

    def _names_are_sent(self, match: re.Match) -> list[_Mention]:
        """NAME和NAME是某单位…派驻某村的扶贫干部: the names opening the clause before 是, posted to the village."""
        text = self.text
        a = self._clause_start(match.start())
        head = text[a: match.start()]
        listed = self._name_list(a, match.start()) if head else []
        if not listed:
            return []
        village = self._village_closing(match.start("where"), match.end("where"))
        if village is None:
            return []
        role = "first_secretary" if match.group("title") == "第一书记" else "team_member"
        unit = re.search(rf"[\u4e00-\u9fff]{{2,30}}?{_UNIT_WORD}", match.group("between"))
        unit_name = self._trim_unit(match.start("between") + unit.start(), match.start("between") + unit.end()) if unit else None
        return [_Mention(name, role, at, at + len(name), village, 0.7, unit_name) for name, at in listed]

    def _items(self, a: int, b: int) -> list[tuple[int, int]]:
        """The spans of a list 甲村、乙村 written from `a` to `b`."""
        spans = []
        for k, item in enumerate(self.text[a:b].split("、")):
            spans.append((a, a + len(item)))
            a += len(item) + 1
        return spans

    def _team_size_members(self, match: re.Match) -> list[_Mention]:
        """某村驻村工作队共有3名成员，NAME、NAME和NAME，他们…: the members named right after the team's size, as
        many names as it counts; the village is the one written before the team in that sentence."""
        listed = self._name_list(match.end(), -1)
        if not listed or len(listed) != self._numeral(match.group("count")):
            return []
        s_start = self._sentence(match.start())[0]
        before = self._villages_in(s_start, match.start())
        return [_Mention(name, "team_member", at, at + len(name), before[-1] if before else None, 0.7)
                for name, at in listed]

    def _members_named(self, match: re.Match) -> list[_Mention]:
        """某村驻村工作队队员分别是县某局的NAME、县某局的NAME。: each member named after the copula, perhaps after
        its unit and 的; the list must close at a clause mark (or 他们, 等), or nothing is read. The village is the
        one written before the team in that sentence."""
        text, at, listed = self.text, match.end(), []
        while len(listed) < 12:
            unit = None
            of = self.p.UNIT_OF.match(text, at)
            if of:
                unit, at = self._trim_unit(of.start(), of.end() - 1), of.end()
            name = None if self._starts_place(at) else self.name_at(at)
            if not name and not self._starts_place(at):
                # 甘露/v 萍/nr: a given name the analyser reads into a word; the list's separators bound the name
                name = self._pattern_name_at(at)
                if name and self.text[at + len(name): at + len(name) + 1] not in ("、", "和", "，", ",", "。", "；", ";"):
                    name = None
            if not name:
                return []
            listed.append((name, at, unit))
            at += len(name)
            if text[at: at + 1] in _LIST_JOINERS:
                at += 1
                continue
            if at < len(text) and _is_cjk(text[at]) and not text.startswith(("他们", "她们", "等"), at):
                return []
            break
        s_start = self._sentence(match.start())[0]
        before = self._villages_in(s_start, match.start())
        return [_Mention(name, "team_member", a, a + len(name), before[-1] if before else None, 0.7, unit)
                for name, a, unit in listed]

    def _titled_posted_later(self, match: re.Match, article_role: str = "team_member") -> list[_Mention]:
        """A cadre named by unit and title (县某局干部NAME), whose sentence either goes on, past other clauses, to a
        passive posting (…，最终被派到某村担任第一书记), or counts the days of a stay in a village right after
        the name (，已在某村驻村扶贫51天; 已“泡”在某村51天)."""
        text, pos = self.text, match.end()
        name = None if self._starts_place(pos) else self.name_at(pos)
        if not name or _SAID_BEFORE_RE.match(text, pos + len(name)) or re.match(_SAID, text[pos + len(name):]):
            return []  # 县某局干部NAME介绍，…: a speaker, not the subject of what follows
        s_start, s_end = self._sentence(pos)
        name_end = pos + len(name)
        unit = self._trim_unit(self._clause_start(match.start()), match.end("uw"))
        stayed = self.p.STAYED_DAYS.match(text, name_end, s_end)
        if stayed:
            village = self._village_closing(stayed.start("where"), stayed.end("where"))
            post = self.p.ROLE.search(text, s_start, s_end)
            role = self.p.role_code[post.group("role")] if post else "team_member"
            return [_Mention(name, role, pos, name_end, village, 0.7, unit)] if village else []
        direct = self._posted_right_after(name, pos, s_end, article_role, unit)
        if direct is not None:
            return direct
        later, village = self._posted_later(name_end, s_end)
        if village is None:
            return []
        return [_Mention(name, self.p.role_code[later.group("role")], pos, name_end, village, 0.7, unit)]

    def _plural_post(self, match: re.Match, a: int) -> list[_Mention]:
        """还有NAME、NAME、NAME。…她们来自…，“…第一书记”，是她们共同的身份 / …她们都是第一书记: the
        post is that of every name the last list before it names (after 还有, 分别是), and of the one the sentence of
        the list joins to them (和NAME一同…); the list within _ANAPHOR_BACK characters, two names or more."""
        text = self.text
        back = max(a, self._sentence(match.start())[0] - _ANAPHOR_BACK)
        lists = [(m, self._name_list(m.end(), -1)) for m in _LIST_OPENERS_RE.finditer(text, back, match.start())]
        lists = [(m, listed) for m, listed in lists if len(listed) >= 2]
        if not lists:
            return []
        opener, listed = lists[-1]
        s_start = self._sentence(opener.start())[0]
        joined = _JOINED_TO_LIST_RE.search(text, s_start, opener.start())
        if joined and (name := self.name_at(joined.start("name"))) == joined.group("name"):
            listed.insert(0, (name, joined.start("name")))
        word = match.group("role") or match.group("role2")
        role = "first_secretary" if word == "第一书记" else "team_member"
        return [_Mention(name, role, at, at + len(name), None, 0.6) for name, at in listed]

    def _took_over_village(self, match: re.Match, role: str) -> list[_Mention]:
        """同事NAME接过某村的扶贫重担: the name right before the verb of taking over is the village's new cadre, in the
        page's role (a member where the page names no post)."""
        name = self.name_before(match.start(), loose="事")  # (同事NAME: a colleague's name after the word for one)
        if not name:
            return []
        at = match.start() - len(name)
        village = self._village_closing(match.start("where"), match.end("where"))
        return [_Mention(name, role, at, match.start(), village, 0.6)] if village else []

    def _successor(self, pos: int, role: str, where: list[Place]) -> list[_Mention]:
        """NAME同志接替NAME同志担任某村第一书记: the name before 接替 takes the post the one after it held (both
        are the village's cadres: the one who left and the one who came)."""
        succeeds = _SUCCEEDS_BEFORE_RE.search(self.text, max(0, pos - 6), pos)
        name = self.name_before(succeeds.start()) if succeeds else None
        if not name:
            return []
        at = succeeds.start() - len(name)
        return [_Mention(name, role, at, at + len(name), where[-1] if where else None, 0.8)]

    def _name_then_stay(self, match: re.Match, role: str) -> list[_Mention]:
        """NAME驻村后，多方奔走…: a name of two to four characters opening its sentence, its stay in the village
        right after it; a cadre of the page's role, the village the sentence or the one before names (the name
        the analyser vouches for and the page writes twice or more)."""
        text = self.text
        s_start = self._sentence(match.start())[0]
        while s_start < match.start() and text[s_start] in " \t\n“":
            s_start += 1
        if not 2 <= match.start() - s_start <= 4 or self._starts_place(s_start):
            return []
        name, vouched = self.read(s_start)
        if name is None or s_start + len(name) != match.start() or not vouched or self._count(name) < 2:
            return []
        return [_Mention(name, role, s_start, match.start(), None, 0.7)]  # (the village: borrowed from the sentences before)

    def _aid_titled_posted(self, match: re.Match) -> list[_Mention]:
        """帮扶干部NAME入驻某村: a cadre named only by the aid he gives (paired cadres are called so too), read as
        stationed only where a verb of stationing or posting and the village follow the name: a member of its team."""
        pos = match.end()
        name = None if self._starts_place(pos) else self.name_at(pos)
        if not name:
            return []
        return self._posted_right_after(name, pos, self._sentence(pos)[1], "team_member", None) or []

    def _posted_right_after(self, name: str, pos: int, s_end: int, role: str, unit: str | None) -> list[_Mention] | None:
        """市某局副处长NAME本次将派驻某县某镇某村: the posting right after the name, its post later in the sentence
        (作为第一书记) or else `role`; None when no posting follows the name."""
        text, name_end = self.text, pos + len(name)
        ahead = text[name_end: name_end + 12]
        direct = self.p.TITLED_POSTED.match(text, name_end, s_end) \
            if "派" in ahead or "驻" in ahead or "走进" in ahead or "来到" in ahead else None
        if not direct:
            return None
        if direct.group("here"):
            # 某村，…。NAME被派驻到这里时: the village the sentences just before named, the last one
            before = self._villages_in(max(0, self._sentence(pos)[0] - _ANAPHOR_REACH), pos)
            village = before[-1] if before else None
        else:
            village = self._village_closing(direct.start("where"), direct.end("where"))
        post = self.p.ROLE.search(text, direct.end(), s_end)
        stays = direct.group("arrived") and _STAY_BEGUN_RE.match(text, direct.end(), s_end) is not None
        if direct.group("arrived") and not stays and (
                post is None or not re.search(r"担任|任|当|作为|挂职", text[max(direct.end(), post.start() - 6): post.start()])
                or self.read(post.end())[1]):
            return None  # 县某局副局长NAME来到某村，看望(第一书记NAME)…: a visit, no posting of his
        if stays and post is not None and self.read(post.end())[1]:
            post = None  # (…开始驻村生活，与第一书记NAME一起…: the post named later is someone else's)
        role = self.p.role_code[post.group("role")] if post else role
        return [_Mention(name, role, pos, name_end, village, 0.7, unit)] if village else []

    def _posted_later(self, name_end: int, s_end: int) -> tuple[re.Match | None, Place | None]:
        """…，最终被派到某村担任第一书记: the passive posting later in the name's sentence and its village; none where
        the post is someone else's (…第一书记的是NAME, …来到某村第一书记NAME家) or another cadre stands in between."""
        text = self.text
        later = self.p.POSTED_LATER.search(text, name_end, s_end) or self.p.POSTED_AFTER_ARRIVAL.search(text, name_end, s_end)
        if later is None or text.startswith("的", later.end()) or self.p.TITLED.search(text, name_end, later.start()) \
                or "被" in text[name_end: later.start()] or self.read(later.end())[1]:
            return later, None
        return later, self._village_closing(later.start("where"), later.end("where"))

    def _named_posted_later(self, match: re.Match) -> list[_Mention]:
        """这位书记名叫NAME，原某局副主任，2019年初被选派到某村任第一书记: the name (read by the analyser, or repeated
        on the page) is the subject the sentence posts later; another cadre named in between takes it."""
        text, pos = self.text, match.end()
        name, vouched = self.read(pos) if not self._starts_place(pos) else (None, False)
        if not name or not (vouched or self._count(name) >= 2) or text[pos + len(name): pos + len(name) + 1] not in "，,":
            return []
        s_start, s_end = self._sentence(pos)
        name_end = pos + len(name)
        later, village = self._posted_later(name_end, s_end)  # (the name is closed by a comma: no posting right after it)
        if village is None:
            return []
        unit = self.p.UNIT_TITLE.search(text, name_end, later.start())
        unit_name = self._trim_unit(unit.start("unit"), unit.end("unit")) if unit else None
        return [_Mention(name, self.p.role_code[later.group("role")], pos, name_end, village, 0.7, unit_name)]

    def _is_sent_cadre(self, match: re.Match) -> list[_Mention]:
        """村民口中的马书记，就是某县某局下派干部NAME。2019年3月他来到某村…: who a form of address stands for (the
        surname must agree), a cadre a unit sent; the next sentence, about him (他/她 or the name), brings him to
        a village and may name his post, else the form of address tells it."""
        text, pos = self.text, match.end()
        name = None if self._starts_place(pos) else self.name_at(pos)
        if not name or text[pos + len(name): pos + len(name) + 1] not in ("。", "，", ",", "；", ";", "！", "\n"):
            return []
        s_start = self._sentence(pos)[0]
        address = re.search(rf"([\u4e00-\u9fff])(?P<word>{_alt(self.p.ADDRESSES)})[”\"]?[，,]?\s*$", text[s_start: match.start()])
        if address and address.group(1) != name[: names.surname_length(name) or 1]:
            return []  # 王书记，就是…干部李某: the form of address is someone else's
        return self._sent_then_arrives(name, pos, pos + len(name), match, address.group("word") if address else None)

    def _sent_cadre_named_before(self, match: re.Match) -> list[_Mention]:
        """NAME是某县某局下派干部，2018年7月来到某村…: the name opening the clause says it is a cadre the unit sent;
        the rest of the sentence, or the next one about him, brings him to a village."""
        text = self.text
        name = self.name_before(match.start())
        if not name:
            return []
        pos = match.start() - len(name)
        if pos > self._clause_start(pos) and not _DATELINE_END_RE.search(text, max(0, pos - 3), pos):
            return []  # the name must open its clause: 某村第一书记NAME是… is read by the post's own rule
        return self._sent_then_arrives(name, pos, match.end(), match, None)

    def _sent_then_arrives(self, name: str, pos: int, after: int, match: re.Match, address: str | None) -> list[_Mention]:
        """A cadre a unit sent, named at `pos`; from `after`, the rest of the sentence (after a comma) or the next
        one (about 他/她 or the name) brings the cadre to a village: the village closing the chain written after
        the arrival, the post named there (else the form of address), the month before the arrival."""
        text = self.text
        if after >= len(text) or text[after] not in "。，,；;！\n":
            return []
        s_end = self._sentence(pos)[1]
        if text[after] in "，,":
            n_start, n_end, subject = after + 1, s_end, "?"
        else:
            n_start, n_end, subject = s_end, self._sentence(s_end)[1] if s_end < len(text) else s_end, ""
        lead = re.match(rf"\s*(?:(?:19|20)\d{{2}}年(?:\d{{1,2}}月)?(?:\d{{1,2}}日)?(?:份|底|初)?[，,]?\s*)?(?:他|她|{re.escape(name)}){subject}",
                        text[n_start:n_end])
        arrival = re.search(r"(?:来到|到了|到|进驻|入驻)", text[n_start:n_end]) if lead else None
        if not arrival:
            return []
        k, village = n_start + arrival.end(), None
        for place in self.places:  # 来到某乡某村: the village closing the chain written there
            if place.start == k and place.level in ("county", "township", "village"):
                k, village = place.end, place if place.level == "village" else village
            elif place.start > k:
                break
        if village is None:
            return []
        dates = list(_DATE_RE.finditer(text, n_start, n_start + arrival.start()))  # 2021年4月他来到: the last before
        since = f"{dates[-1].group(1)}-{int(dates[-1].group(2)):02d}" if dates and dates[-1].group(2) else None
        post = self.p.ROLE.search(text, n_start, n_end)
        if post:
            role = self.p.role_code[post.group("role")]
        else:
            role = {"书记": "first_secretary", "队长": "team_leader"}.get(address or "", "team_member")
        return [_Mention(name, role, pos, pos + len(name), village, 0.7, self._trim_unit(*match.span("unit")),
                         start_month=since)]

    def _arrives(self, match: re.Match) -> list[_Mention]:
        """县某局干部NAME刚到某村时，…。NAME(他)当了三年第一书记: a cadre named by unit and title as arriving in a
        village, with no post word in the clause; a stationed cadre when the same sentence or the next (about
        him: 他/她 or the name) names the post, whose role it takes."""
        text, pos = self.text, match.end()
        read = None if self._starts_place(pos) else self.name_at(pos)
        arrival = _NAME_ARRIVAL_RE.match(text, pos)
        if not read or not arrival or not read.startswith(arrival.group("name")):
            return []
        name = arrival.group("name")  # 欧阳帆刚到: the arrival closes the name
        s_start, s_end = self._sentence(pos)
        role = self.p.ROLE_SCAN.search(text, arrival.end(), s_end)
        if role is None and s_end < len(text):
            n_end = self._sentence(s_end)[1]
            lead = s_end
            while lead < n_end and text[lead] in " \t\u3000\n“”\"":
                lead += 1
            if text.startswith(("他", "她", name), lead):
                role = self.p.ROLE_SCAN.search(text, lead, n_end)
        if role is None or (role.end() < len(text) and not self._starts_place(role.end()) and self.read(role.end())[1]):
            return []  # (来到某村，看望第一书记NAME: the post is the one named after it, not the arrival's)
        where, village = arrival.end(), None
        for place in self.places:  # 刚到某镇某村, 来到某村: the village of the chain written there
            if place.start == where and place.level in ("county", "township", "village"):
                where, village = place.end, place if place.level == "village" else village
            elif place.start > where:
                break
        if village is None and where == arrival.end():
            # 刚到某地时 … 某地村: the page names the village in full elsewhere
            for k in (4, 3, 2):
                stem = text[where: where + k]
                if len(stem) == k and all(map(_is_cjk, stem)) and text.find(stem + "村") >= 0 \
                        and stem + "村" not in GENERIC_PLACES:
                    village = Place(where, where + k, stem + "村", "village")
                    break
        unit = self._trim_unit(self._clause_start(match.start()), match.end("uw"))
        return [_Mention(name, self.p.role_code[role.group("role")], pos, pos + len(name), village, 0.7, unit)]

    def _bracketed_roster(self, match: re.Match, end: int) -> list[_Mention]:
        """驻村第一书记名单：NAME（某村）、NAME（某镇某村）: each listed name followed by its village in brackets, the
        items parted by list marks; the list stops at the first item that is not so written."""
        text, pos, found = self.text, match.end(), []
        role = self.p.role_code[match.group("role")]
        while pos < end and len(found) < 60:
            name = None if self._starts_place(pos) else (self.read(pos)[0] or self._pattern_name_at(pos))
            if not name:
                break
            bracket = _BRACKETED_VILLAGE_RE.match(text, pos + len(name))
            villages = self._villages_in(bracket.start(), bracket.end()) if bracket else []
            if not villages:
                break
            found.append(_Mention(name, role, pos, pos + len(name), villages[-1], 0.75))
            pos = bracket.end()
            if text[pos: pos + 1] not in ("、", "，", ",", "；", ";"):
                break
            pos += 1
        return found

    def _speaker_before(self, pos: int) -> tuple[str, int] | None:
        """The speaker (NAME说, NAME介绍) closing the sentence right before the one at `pos`, with where the name
        starts: a name opening with a surname, right before the verb of saying that ends that sentence."""
        s_start = self._sentence(pos)[0]
        if s_start == 0:
            return None
        prev_start = self._sentence(s_start - 1)[0]
        said = None
        for said in _SAID_CLOSING_RE.finditer(self.text, prev_start, s_start):
            pass
        if said is None:
            return None
        name = self.name_before(said.start())
        if not name or not names.surname_length(name):
            return None  # (the frame ”NAME说。 bounds the name: a surname opening it is enough)
        return name, said.start() - len(name)

    def _arrived_to_post(self, match: re.Match) -> list[_Mention]:
        """NAME从某局来到某村，成为驻村第一书记; NAME到某村驻村已经两年多了: the name opens its clause (after a date or
        a dateline at most), arrives in the village and takes the post named next (a member where he is only
        stationed there); the analyser must vouch for the name."""
        text = self.text
        at = match.start()
        name = self.name_before(at)
        if not name or not self.read(at - len(name))[1] or self._starts_place(at - len(name)):
            return []
        lead = text[self._clause_start(at - len(name)): at - len(name)].strip()
        if lead and not _DATELINE_LEAD_RE.fullmatch(lead) and not _DATE_LEAD_RE.fullmatch(lead):
            return []
        village = self._village_closing(match.start("where"), match.end("where"))
        if village is None:
            return []
        role = self.p.role_code[match.group("role")] if match.group("role") else "team_member"
        unit = self._trim_unit(match.start("unit"), match.end("unit")) if match.group("unit") else None
        return [_Mention(name, role, at - len(name), at, village, 0.7, unit)]

    def _counted_stationed(self, match: re.Match) -> list[_Mention]:
        """NAME、NAME、NAME三位同志…参加驻某村的帮扶工作: two names or more listed right before their count, as many as
        it says, stationed in the village named later in the sentence; members of its team (no post named)."""
        where = self._villages_in(match.start("where"), match.end("where"))
        return self._counted_subjects(match, "team_member", where) if where else []

    def _counted_posted(self, match: re.Match) -> list[_Mention]:
        """NAME、NAME两位同志担任驻村工作队员: two names or more listed right before their count, as many as it says,
        take the post named after it (the village, when the post names one, is read for them later)."""
        return self._counted_subjects(match, self.p.role_code[match.group("role")], [])

    def _counted_subjects(self, match: re.Match, role: str, where: list[Place]) -> list[_Mention]:
        """The names listed right before the count `match` opens with, when there are two or more and as many as
        it says."""
        cut = match.start()
        name = self.name_before(cut)
        listed = self._subjects(name, cut, role, where, None) if name else []
        if len(listed) < 2 or len(listed) != self._numeral(match.group("count")):
            listed = self._counted_items(cut, self._numeral(match.group("count")), role, where)
            if len(listed) < 2:
                return []
        return [replace(m, confidence=0.7) for m in listed]

    def _cut_at_text_end(self, m: _Mention) -> bool:
        """A surname and one character closing an excerpt (…驻村队员某某 with nothing after it) may be a longer name
        cut off where the text ends; one the page writes whole elsewhere stays."""
        return len(m.name) == names.surname_length(m.name) + 1 and not self.text[m.end:].strip() \
            and self._count(m.name) == 1

    def _counted_items(self, cut: int, count: int, role: str, where: list[Place]) -> list[_Mention]:
        """NAME、NAME两位同志…: the items listed from the clause start to the count, as many as it says, each a
        surname and one or two characters (the analyser may read 刚领, 中立 as words: the count bounds them)."""
        text = self.text
        start = max(text.rfind(mark, max(0, cut - 40), cut) for mark in "，,。；;：:！？\n") + 1
        items = re.split(r"[、和与及]", text[start:cut])
        if len(items) != count or count < 2:
            return []
        found, at = [], start
        for item in items:
            head = names.surname_length(item)
            if not head or not 1 <= len(item) - head <= 2 or self._starts_place(at) or set(item) & _NOT_IN_LISTED_NAME:
                return []
            found.append(_Mention(item, role, at, at + len(item), where[-1] if where else None, 0.7))
            at += len(item) + 1
        return found

    def _subjects(self, name: str, cut: int, role: str, where: list[Place], unit: str | None) -> list[_Mention]:
        """The cadre named before a post (NAME是/任/被派到…), and the names listed before it (NAME、NAME分别担任
        甲村、乙村第一书记): as many villages as names are theirs in order, else the last is everyone's."""
        subjects = [(name, cut - len(name))]
        a = cut - len(name)
        while True:
            # 35岁的NAME和29岁的NAME是…: each name after its own age
            age = _AGE_BEFORE_RE.search(self.text, max(0, a - 8), a)
            b = age.start() if age else a
            own_unit = _UNIT_ENDS_RE.search(self.text, max(0, b - 12), b) if b and self.text[b - 1] not in "、和与及事" else None
            if own_unit and self.text[own_unit.start() - 1: own_unit.start()] == "、":
                b = own_unit.start()  # 某医院NAME同志、某集团NAME同志担任…: each name after its own unit
            # NAME及同事NAME: the colleagues listed after the first name
            joint = 3 if self.text[max(0, b - 3): b] in ("及同事", "和同事", "与同事") else 1
            if not (b > joint and self.text[b - 1] in "、和与及事" and len(subjects) < 12):
                break
            if self.text[max(0, b - joint - 2): b - joint] == "同志":
                joint += 2  # NAME同志、NAME同志: 同志 after each name of the list
            other = self.name_before(b - joint)
            if not other:
                # 35岁的某曲和29岁的NAME是…: a name the analyser does not read (a transliterated one of one part, or
                # of a part the seed lacks), written after its age in the list
                aged = _AGED_NAME_BEFORE_RE.search(self.text, max(0, b - joint - 12), b - joint)
                word = aged.group("name") if aged else ""
                other = word if word and not set(word) & _NOT_IN_TRANSLITERATED and word[-1] not in NOT_IN_NAME \
                    and word[0] not in "老小大" and not names.tagger().known(word) else None  # not 老支书, 老党员
            if not other or self._starts_place(b - joint - len(other)):
                break
            a = b - joint - len(other)
            subjects.insert(0, (other, a))
        paired = len(where) == len(subjects) > 1
        units = unit.split("、") if unit else []
        if len(units) != len(subjects):
            units = [unit] * len(subjects)  # 分别被甲集团、乙公司派驻: one unit each when as many are listed
        return [_Mention(n, role, at, at + len(n), (where[k] if paired else where[-1]) if where else None, 0.8, units[k])
                for k, (n, at) in enumerate(subjects)]

    def _arrived_then_post(self, comma: int, match: re.Match) -> list[_Mention]:
        """(县交通局的)NAME来到某村，成为村里的第一书记: the clause before the comma brings the cadre to the village
        (or to its township: NAME到达某镇，任某村第一书记); the post that follows is the same subject's."""
        text = self.text
        a = self._clause_start(comma)
        clause = _ARRIVED_CLAUSE_RE.fullmatch(text, a, comma)
        if clause:
            pos, named = clause.start("name"), clause.group("name")
        elif _SUBJECTLESS_ARRIVAL_RE.fullmatch(text, a, comma):
            pos, named = self._opening_subject(a)
            if named is None:
                return []
        else:
            return []
        name = None if self._starts_place(pos) else self.name_at(pos)
        if name != named or (pos > a and text[pos - 1] not in "的员部"):
            return []  # the name must open the clause, or follow its unit (县交通局的NAME, 干部NAME)
        # the village the clause reaches, else the post's own (NAME到达某镇，任某村第一书记)
        where = self._villages_in(max(a, pos + len(name)), comma) or self._villages_in(match.start("where"), match.end("where")) \
            or self._village_word(match.start("where"), match.start("role"))
        if not where:
            return []
        unit = self._unit_before_name(pos) if pos > a else None
        return [_Mention(name, self.p.role_code[match.group("role")], pos, pos + len(name), where[-1], 0.75, unit)]

    def _opening_subject(self, clause: int) -> tuple[int, str | None]:
        """在某乡帮扶的NAME，了解到…，就带着行李来到某县: the name that is the whole first clause of the sentence, the
        subject of the clauses after it up to `clause` (a few, none opening with a pronoun or a name of its own)."""
        s_start = self._sentence(clause)[0]
        cuts = [m.start() for m in _COMMA_RE.finditer(self.text, s_start, clause)]
        if not cuts or len(cuts) > _SUBJECT_LEAD:
            return clause, None
        opening = _OPENING_SUBJECT_RE.fullmatch(self.text, s_start, cuts[0])
        if opening is None:
            return clause, None
        for cut in cuts:
            if self.text[cut + 1: cut + 2] in ("他", "她", "我") or self.name_at(cut + 1):
                return clause, None  # a clause with a subject of its own: the arrival may be its subject's
        return opening.start("name"), opening.group("name")

    def _speaker(self, match: re.Match) -> list[_Mention]:
        """NAME说：“作为第一书记，我…” / “作为驻村第一书记，就要…”NAME说: the post the speaker claims in the quote."""
        text = self.text
        opening = text.rfind("“", max(0, match.start() - 30), match.start() + 1)
        if opening < 0 or "”" in text[opening: match.start()] or text[match.end(): match.end() + 1] in ("他", "她"):
            return []  # not in a quotation, or it speaks of someone else (作为第一书记，他…)
        closing = text.find("”", match.end(), match.end() + 400)
        before = _SAID_BEFORE_RE.search(text, max(0, opening - 16), opening)
        name = self.name_before(before.start()) if before else None
        if name is None and closing >= 0:
            after = _SAID_AFTER_RE.match(text, closing + 1)
            pos = closing + 1
            read = self.read(pos)[0] if after and not self._starts_place(pos) else None
            name = read if read and text.startswith(after.group("verb"), pos + len(read)) else None
            at = pos
        else:
            at = before.start() - len(name) if name else 0
        if not name:
            return []
        where = self._villages_in(match.start("where"), match.end("where"))
        return [_Mention(name, self.p.role_code[match.group("role")], at, at + len(name), where[-1] if where else None, 0.7)]

    def _apposed(self, match: re.Match) -> list[_Mention]:
        """NAME，县交通局派驻某村第一书记。: a name alone before the comma, opening its sentence, and after it the
        post with the posting or the village it is held in."""
        text, cut = self.text, match.start()
        notes = _PROFILE_BEFORE_RE.search(text, max(0, cut - 40), cut)
        if notes and notes.start() < cut:
            cut = notes.start()  # NAME，1994年生，驻某村的第一书记: the profile's notes between the name and the post
        name = self.name_before(cut, loose="叫")  # 他叫NAME，…: the lead is checked below
        if not name:
            return []
        a = cut - len(name)
        listed = [(name, a)]
        while a > 1 and text[a - 1] in "、和与及" and len(listed) < 6:
            # NAME、NAME，某局先后派驻的第一书记: names listed before the comma share the post in apposition
            other = self.name_before(a - 1)
            if not other:
                break
            a -= 1 + len(other)
            listed.insert(0, (other, a))
        s_start = self._sentence(cut)[0]
        # 名单：NAME，…第一书记；NAME，…第一书记: in a list the name opens its item, after a semicolon or a colon
        item = max(text.rfind(mark, s_start, a) for mark in "；;：:")
        lead = text[max(s_start, item + 1): a].strip(" \t\u3000\"“”")
        where = self._villages_in(match.start("where"), match.end("where"))
        # 记者采访的NAME，某村的驻村第一书记: a clause ending in 的 qualifies the name; the village's post says who it is
        qualified = lead.endswith("的") and bool(where) and len(listed) == 1
        if lead and not re.fullmatch(r"(?:本报讯|[\u4e00-\u9fff\d]{0,12}(?:报讯|日讯|日电|讯))?[（(][^）)]{0,30}[）)]|"
                                     r"[\u4e00-\u9fff\d]{0,12}(?:报讯|日讯|日电|讯)", lead) \
                and not self._introduced(lead, name) and not qualified:
            return []  # the name must open the sentence (after a dateline, if any)
        # (NAME，这位来自省城的第一书记，…: the cadre introduced by where he comes from)
        if not where and not re.search(r"派驻|选派|下派|驻|这位来自|这名来自", match.group("where")):
            return []
        unit = _UNIT_BEFORE_RE.search(text, match.start("where"), self._chain_start(where[-1].start)) if where else None
        return [_Mention(one, self.p.role_code[match.group("role")], at, at + len(one), where[-1] if where else None, 0.75,
                         self._trim_unit(*unit.span("unit")) if unit else None) for one, at in listed]

    @staticmethod
    def _introduced(lead: str, name: str) -> bool:
        """他叫NAME，… / 王书记叫NAME，…: the name introduced by 叫 after a pronoun or the form of address the
        village uses for the same person (the surname of the address is the name's)."""
        m = _INTRODUCED_RE.fullmatch(lead)
        return m is not None and (m.group("surname") is None or name.startswith(m.group("surname")))

    def _listed(self, match: re.Match) -> list[_Mention]:
        """A list of names before a count of cadres (由NAME、NAME等9名第一书记; without 等 every item must be a
        name, and two or more); villages listed just before the names, one for each in the same order
        (选派到某镇甲村、乙社区的NAME、NAME 2名第一书记), are theirs."""
        text = self.text
        listed = match.group("names").split("、")
        strict = not match.group("etc")
        first = listed[0]
        for k in range(len(first)):  # the list starts after a verb or preposition: 由NAME, 的NAME
            candidate = first[k:]
            if self.name_at(match.start() + k) == candidate or (
                    strict and k and first[k - 1] in "的由是和及与" and self._bounded_name(candidate)):
                listed[0] = candidate
                break
        else:
            listed = listed[1:]
        if strict and len(listed) < 2:
            return []
        offset, at, read_whole = match.start(), [], 0
        for name in listed:
            pos = text.find(name, offset, match.end())
            read = self.name_at(pos) if pos >= 0 and not self._starts_place(pos) else None
            if read == name or (strict and pos >= 0 and not self._starts_place(pos) and self._bounded_name(name)
                                and (read is None or name.startswith(read))):
                # the separators bound a listed name: 邵德省3名 is 邵德省, though 省 ends a name elsewhere
                at.append((name, pos))
                read_whole += read == name
                offset = pos + len(name)
            elif strict:
                return []  # 甲村、乙村7名…: not a list of names
        if strict and not read_whole:
            return []  # none of them read as a name on its own
        if match.group("count") and parse_number(match.group("count")) != len(at):
            return []  # 选派NAME、NAME三位第一书记: not as many names as the count, the list is not theirs alone
        role = self.p.role_code[match.group("role")]
        villages, town, unit = self._listed_villages(at[0][1], len(at)) if at else ([], None, None)
        return [_Mention(name, role, pos, pos + len(name), villages[k] if villages else None, 0.7, unit, town)
                for k, (name, pos) in enumerate(at)]

    def _name_group(self, match: re.Match) -> list[_Mention]:
        """A pattern that bounds the name itself (由NAME队长带队, NAME是其中之一): its `name` group, when the analyser
        reads it whole or it is a surname and one or two characters, with the pattern's post."""
        name = match.group("name")
        if self.name_at(match.start("name")) != name and not self._bounded_name(name):
            return []
        return [_Mention(name, self.p.role_code[match.group("role")], match.start("name"), match.end("name"),
                         self._village_before(match.start()), 0.7)]

    def _appointed_as(self, match: re.Match) -> list[_Mention]:
        """选派县某局干部NAME为某村第一书记: the name closing what the verb names, its unit and title before it."""
        cut = match.end("lead")  # (an optional 同志 stands after the lead, outside it)
        name = self.name_before(cut)
        if not name:
            return []
        a = cut - len(name)
        titled = _UNIT_MAYBE_TITLED_RE.fullmatch(self.text, match.start("lead"), a) if a > match.start("lead") else None
        if a > match.start("lead") and titled is None:
            return []  # 选派…到某镇后，NAME为…: more than a unit and title before the name
        where = self._villages_in(match.start("where"), match.end("where"))
        return [_Mention(name, self.p.role_code[match.group("role")], a, cut, where[-1] if where else None, 0.8,
                         self._trim_unit(*titled.span("unit")) if titled else None)]

    def _item_between_marks(self, pos: int) -> str | None:
        """NAME、黄金、NAME: within a list of names after a post, an item the analyser reads as a common word (黄金,
        王宇 as 王/宇) is a name when 、 bounds it on both sides, or a name read whole follows it after 和/及; so is
        a dotted name the list mark or the clause's end closes."""
        dotted = _DOTTED_NAME_RE.match(self.text, pos)
        if dotted and self.text[dotted.end(): dotted.end() + 1] in ("、", "等", "和", "及", "。", "，", ","):
            return self._dotted_after(pos, dotted.group(0))  # 、帕提古丽·托合提等: a dotted name closing the list
        m = _LIST_ITEM_RE.match(self.text, pos)
        if m is None or not self._bounded_name(m.group("item")):
            return None
        if m.group("mark") != "、" and not self.name_at(m.end()):
            return None
        return m.group("item")

    @staticmethod
    def _bounded_name(item: str) -> bool:
        """An item of a list that may be a name, its ends set by the separators: a surname and one or two
        characters, none of them a place or post word (方志远、 where the analyser reads 方志/n 远)."""
        head = names.surname_length(item)
        return bool(head) and head + 1 <= len(item) <= head + 2 and item[-1] not in "村镇乡县区" \
            and not any(c in NOT_IN_NAME for c in item[head:-1])

    def _listed_villages(self, pos: int, count: int) -> tuple[list[Place], Place | None, str | None]:
        """选派到某镇甲村、乙社区、丙村的 + three names: the villages in order (one village alone is everyone's), the
        township written before the first, and the unit of 由某单位选派到."""
        s_start = self._sentence(pos)[0]
        m = _PLACES_BEFORE_NAMES_RE.search(self.text, max(s_start, pos - 160), pos)
        if not m:
            return [], None, None
        items, k, town = [], m.start("items"), None
        for item in m.group("items").split("、"):
            a = k
            while True:  # 某县某镇甲村: the chain before the first village
                head = next((p for p in self.places if p.start == a and p.end < k + len(item)
                             and p.level in ("province", "city", "county", "township")), None)
                if head is None:
                    break
                if head.level == "township":
                    town = head
                a = head.end
            name = self.text[a: k + len(item)]
            if not _LISTED_VILLAGE_RE.fullmatch(name):
                return [], None, None
            items.append(next((p for p in self.places if p.start == a and p.end == k + len(item)), None)
                         or Place(a, k + len(item), name, "village"))
            k += len(item) + 1
        if len(items) not in (1, count):
            return [], town, m.group("unit")
        return (items if len(items) == count else items * count), town, m.group("unit")

    def _unit_of_team(self, leads: re.Match) -> str | None:
        """带领的某县财政局扶贫工作队: the unit whose team it is, if one is named before the team."""
        head = _TEAM_UNIT_RE.match(self.text, leads.start() + 3, leads.end())
        return head.group(0) if head else None

    def _profile_subject(self, pos: int, floor: int) -> tuple[int, str | None]:
        """NAME，1989年5月出生，某单位干部，…。2019年2月至2020年3月，派驻某村，担任第一书记: a profile card whose
        next sentence states the posting with no subject of its own (only a period before it); the subject is
        the name opening the profile. Returns where that name ends, and the name."""
        s_start = self._sentence(pos)[0]
        if s_start <= floor:
            return pos, None
        a = self._sentence(s_start - 1)[0]
        while a < s_start and self.text[a] in " \t\u3000":
            a += 1
        name = None if a < floor or self._starts_place(a) else self.name_at(a)
        if not name or not _PROFILE_OPENING_RE.match(self.text, a + len(name)):
            return pos, None
        return a + len(name), name

    def _sent_together(self, match: re.Match, end: int) -> list[_Mention]:
        """与我一同派驻的某单位的NAME和某校的NAME: the names after it, each may follow its unit and 的, joined by
        和/与/、; they are members of the team (the post of each is not named)."""
        text, found, pos = self.text, [], match.end()
        where = self._villages_in(match.start("where"), match.end("where"))
        others = _STILL_OTHERS_RE.match(text, pos) if text.startswith("还有", pos + 1) or text.startswith("还有", pos) else None
        if others:  # 和NAME一起驻村的，还有另外两名干部——NAME和NAME: the others, counted, after a dash or a colon
            pos = others.end()
        while pos < end:
            name, unit = (None if self._starts_place(pos) else self.name_at(pos)), None
            if not name:  # 某单位的NAME: past the unit to its 的 (no punctuation, no second name between)
                unit = re.match(r"([\u4e00-\u9fff]{2,24}?)的", text[pos: pos + 26])
                pos = pos + unit.end() if unit else pos
                name = self.name_at(pos) if unit else None
            if not name:
                break
            found.append(_Mention(name, "team_member", pos, pos + len(name), where[-1] if where else None, 0.7,
                                  unit.group(1) if unit else None))
            pos += len(name)
            if text[pos: pos + 1] not in ("、", "和", "与"):
                break
            pos += 1
        count = self._numeral(others.group("count")) if others and others.group("count") else None
        if count is not None and count != len(found):
            return []
        return found

    def _team_member_said(self, pos: int) -> list[_Mention]:
        """工作队NAME说: the name at `pos`, right after the team, closed by a verb of saying."""
        if self._starts_place(pos):
            return []
        name, vouched = self.read(pos)
        if not vouched:
            # the analyser's word right after the team (工作队马上说: an adverb, no name); else a surname and two
            # characters it splits, bounded by the verb of saying
            reading = names.read_after(self.text, pos)
            if reading.veto:
                return []
            name = reading.name if reading.vouched else self._full_pattern_name(pos)
        said = _SAID_AFTER_RE.match(self.text, pos)
        if name and said and said.start("verb") == pos + len(name):
            return [_Mention(name, "team_member", pos, pos + len(name), None, 0.65)]
        return []

    def _one_of_them(self, match: re.Match) -> list[_Mention]:
        """…向各村派出第一书记。NAME便是其中之一。: a name opening its sentence as one of the cadres the sentence
        before sends, in the post that sentence names (no village: the sentence before names none of its own)."""
        pos = match.start("name")
        name = self._opening_name_read(match)
        if not name:
            return []
        s_start, _ = self._sentence(max(0, self._sentence(pos)[0] - 1))
        post = self.p.ROLE.search(self.text, s_start, pos)
        if post is None or self.p.POST_VERB_OR_DISPATCH.search(self.text, s_start, pos) is None:
            return []  # the sentence before must send cadres to that post (选派第一书记), not only name it
        return [_Mention(name, self.p.role_code[post.group("role")], pos, pos + len(name), None, 0.65)]

    def _opening_name(self, match: re.Match, role: str) -> list[_Mention]:
        """A name opening its clause whose verb ties it to the village team (NAME是工作组的一员, NAME带着工作队…):
        the post `role`, no village (the article's, where it has one, is given later)."""
        name = self._opening_name_read(match)
        pos = match.start("name")
        return [_Mention(name, role, pos, pos + len(name), None, 0.65)] if name else []

    def _opening_name_read(self, match: re.Match) -> str | None:
        """The name group of `match`, where the reader reads it whole there and vouches for it or the page writes it
        twice (extract drops those named elsewhere as no cadre)."""
        name, vouched = self.read(match.start("name"))
        return name if name and name == match.group("name") and (vouched or self._count(name) >= 2) else None

    def _sends_names_etc(self, match: re.Match, role: str) -> list[_Mention]:
        """选派NAME、NAME等同志到某村驻村: two names or more listed right after a verb of sending and closed by 等 are
        cadres sent, in the post the rest of the sentence names (else the page's role), to the village it names."""
        listed = self._joined_names(match.end(), vouched=True)
        if len(listed) < 2:
            return []
        last, at = listed[-1]
        after = at + len(last)
        if not self.text.startswith("等", after):
            return []
        s_end = self._sentence(match.start())[1]
        post = self.p.ROLE.search(self.text, after, s_end)
        where = self._villages_in(after, s_end)
        role = self.p.role_code[post.group("role")] if post else role
        return [_Mention(name, role, pos, pos + len(name), where[0] if where else None, 0.65) for name, pos in listed]

    def _headed_story(self, match: re.Match) -> list[_Mention]:
        """…驻村第一书记风采录之三NAME：带着某村闯新路: a name closing the text before a colon that ends the line's
        head, under a series title naming the post (earlier on the line or on the line before): the story's cadre,
        in that post, where the story writes the name twice more."""
        colon = match.start()
        name = self.name_before(colon)
        if not name or self._count(name) < 3:
            return []
        pos = colon - len(name)
        line_start = self.text.rfind("\n", 0, pos) + 1
        title_start = self.text.rfind("\n", 0, max(0, line_start - 1)) + 1 if pos == line_start else line_start
        posts = list(self.p.ROLE.finditer(self.text, title_start, pos))
        if not posts:
            return []
        return [_Mention(name, self.p.role_code[posts[-1].group("role")], pos, colon, None, 0.65)]

    def _leads_the_team(self, match: re.Match) -> list[_Mention]:
        """某处副处长NAME带领的某局驻村工作队: the name right before 带领的 leads the team (a name the page writes twice,
        or one the analyser vouches for)."""
        name = self.name_before(match.start())
        if not name or not (self._count(name) >= 2 or self.read(match.start() - len(name))[1]):
            return []
        return [_Mention(name, "team_leader", match.start() - len(name), match.start(), None, 0.65)]

    def _takes_over(self, match: re.Match) -> list[_Mention]:
        """NAME接过了某村“第一书记”的担子: the name right before 接过 takes the post over, in the village named
        between (else the sentence's, as for any mention without one)."""
        name = self.name_before(match.start())
        if not name:
            return []
        where = self._villages_in(match.start("where"), match.end("where"))
        return [_Mention(name, self.p.role_code[match.group("role")], match.start() - len(name), match.start(),
                         where[-1] if where else None, 0.7)]

    def _companions_still(self, match: re.Match, end: int) -> list[_Mention]:
        """…NAME来到某村。和他一起的，还有民警NAME和教师NAME: the companions of the cadre the text is about, each
        perhaps after a title, joined by 和/与/、: members of the same team (the village: the sentence's or the one
        before, as for any mention without one)."""
        text, found, pos = self.text, [], match.end()
        stop = self._sentence(match.start())[1]
        while pos < min(end, stop):
            title = self.p.TITLE_AT.match(text, pos)
            at = title.end() if title else pos
            name = None if self._starts_place(at) else self.name_at(at)
            if not name:
                break
            found.append(_Mention(name, "team_member", at, at + len(name), None, 0.65))
            pos = at + len(name)
            if text[pos: pos + 1] not in ("、", "和", "与"):
                break
            pos += 1
        return found

    def _stays_at(self, match: re.Match, role: str) -> list[_Mention]:
        """NAME将在某县某镇某村驻村整整3年: a name opening its clause, then 在 and a chain of places closing on a
        village, then the stay itself (驻村, 驻守, 蹲点, 扎根): a cadre of the page's role in that village."""
        name = self._opening_name_read(match)
        if not name:
            return []
        k, village = self._chain_at(match.end())
        if village is None or not _STAY_VERB_RE.match(self.text, k):
            return []
        pos = match.start("name")
        return [_Mention(name, role, pos, pos + len(name), village, 0.7)]

    def _team_head_part(self, match: re.Match) -> list[_Mention]:
        """工作队由三人组成。其中，某处干部NAME为队长: a name given the team's head (or deputy) as its part, in the
        sentence that states the team's make-up or the one after it; a deputy is a member."""
        s_start, _ = self._sentence(match.start())
        before_start, _ = self._sentence(max(0, s_start - 1))
        if _TEAM_MAKE_UP_RE.search(self.text, before_start, match.start()) is None:
            return []
        name = self.name_before(match.start())
        if not name:
            return []
        role = "team_member" if match.group("post").startswith("副") else "team_leader"
        return [_Mention(name, role, match.start() - len(name), match.start(), None, 0.65)]

    def _full_pattern_name(self, pos: int) -> str | None:
        """A surname and two characters at `pos` (the pattern's reading, when it is that long): where the analyser
        splits a name into words, what follows it (a verb of saying, 来自) decides."""
        name = self._pattern_name_at(pos)
        return name if name and len(name) == names.surname_length(name) + 2 else None

    def _members_from(self, match: re.Match, end: int) -> list[_Mention]:
        """工作队还有三名队员…。NAME来自某局，…；NAME来自某局…: members counted, then named one a clause in the next
        sentence, each followed by the unit the member comes from (来自): up to the count."""
        text, found = self.text, []
        count = self._numeral(match.group("count")) or 0
        role = "first_secretary" if match.group("post") == "第一书记" else "team_member"
        s_start, pos = self._sentence(match.start())
        villages = self._villages_in(s_start, match.start())  # 某村驻村工作队的两位队员: the team's village
        village = villages[-1] if villages else None
        while len(found) < count and pos < end:
            while pos < end and text[pos] in " \t\u3000\n":
                pos += 1
            name, sure = self.read(pos) if pos < end and not self._starts_place(pos) else (None, False)
            if name and not sure:  # a surname and two characters the analyser splits, bounded by 来自
                name = self._full_pattern_name(pos)
                sure = name is not None
            if not name or not sure or not text.startswith("来自", pos + len(name)):
                break
            found.append(_Mention(name, role, pos, pos + len(name), village, 0.65))
            nxt = _ITEM_END_RE.search(text, pos + len(name), end)
            if nxt is None:
                break
            pos = nxt.end()
        return found

    def _counted_colon_list(self, match: re.Match, role: str, end: int) -> list[_Mention]:
        """某村先后有过N任驻村指导员：NAME做了…；NAME做了…；NAME和NAME…: the post-holders counted, then a colon and
        clauses split by semicolons, each opening with the name(s) of one of them. The first is read as any name after
        its post is; these are the ones after it, in the village before the post."""
        text, found = self.text, []
        stop = _STOP_RE.search(text, match.end(), end)
        stop_at = stop.start() if stop else end
        village = self._village_before(match.start())
        for item in _SEMICOLON_RE.finditer(text, match.end(), stop_at):
            pos = item.end()
            while pos < stop_at and text[pos] in " \t\u3000":
                pos += 1
            # NAME和NAME…, NAME、NAME…: a pair or three opening the clause, each read whole by the analyser
            found += [_Mention(name, role, at, at + len(name), village, 0.7)
                      for name, at in self._joined_names(pos, limit=3, vouched=True)]
        return found

    def _dotted_after(self, pos: int, name: str) -> str:
        """NAME、库尔班·阿不都克里木: a listed name read up to a middle dot goes on past it, through the seed's name
        parts (else the dotted pattern's length)."""
        k = pos + len(name)
        if self.text[k: k + 1] not in _NAME_DOTS:
            return name
        tail = self.p.NAME_PART_RUN.match(self.text, k + 1)
        if tail:
            return self.text[pos: tail.end()]
        dotted = _DOTTED_NAME_RE.match(self.text, pos)
        return dotted.group(0) if dotted and dotted.end() > k + 1 else name

    def _joined_names(self, pos: int, limit: int = 12, vouched: bool = False,
                      analyser_only: bool = False) -> list[tuple[str, int]]:
        """The names written from `pos` on, joined by 、, 和, 与 or 及 (NAME、NAME及NAME), each with where it starts: up
        to `limit`, ending at the first that is no name (with `vouched`, no name the analyser vouches for). With
        `analyser_only` each name is the analyser's reading alone (no cue stands before the names to ask the page)."""
        text, found = self.text, []
        while len(found) < limit:
            if self._starts_place(pos):
                break
            if analyser_only:
                reading = names.read_after(text, pos)
                name, sure = reading.name, reading.vouched
            else:
                name, sure = self.read(pos)
            if not name or (vouched and not sure):
                break
            name = self._dotted_after(pos, name)
            found.append((name, pos))
            pos += len(name)
            if text[pos: pos + 1] not in ("和", "、", "与", "及"):
                break
            pos += 1
        return found

    def _past_given_zai(self, pattern: re.Pattern, match: re.Match) -> re.Match:
        """NAME和蒋在强被选派到某村任第一书记: 在 right before one or two characters and a list mark or a dispatch verb
        opens a given name, not the place of the post: the posting is the one matched after it."""
        if self.text[match.start()] != "在" or not _GIVEN_ZAI_RE.match(self.text, match.start()):
            return match
        return pattern.search(self.text, match.start() + 1, match.end()) or match

    def _subject_end(self, pos: int, floor: int) -> tuple[int, str | None]:
        """Where the subject of a posting ends, before `pos`: back over 同志, a comma, a date (于2022年3月) and
        由 + unit, within the sentence; and the unit named there."""
        a = max(floor, self._sentence(pos)[0], pos - 48)
        gap = self.p.GAP.search(self.text, a, pos)
        if gap is None or gap.end() != pos:
            return pos, None
        return gap.start(), (gap.group("unit") or gap.group("apposed") or gap.group("sender") or gap.group("bracketed")
                             or gap.group("workplace"))

    def _post_of(self, match: re.Match, floor: int) -> list[_Mention]:
        """如今，NAME有另一个身份，某村的第一书记 / NAME在某村的职务是…队长: the name opens the clause."""
        text = self.text
        a = max(floor, self._sentence(match.start())[0])
        for i in range(match.start() - 1, a - 1, -1):
            if text[i] in "，,；;：:":
                a = i + 1
                break
        while a < match.start() and text[a] in " \t\u3000":
            a += 1
        name = None if self._starts_place(a) else self.name_at(a)
        if not name or not re.fullmatch(r"(?:在[\u4e00-\u9fff]{2,24}?)?", text[a + len(name): match.start()]):
            return []
        where = self._villages_in(match.start("where"), match.end("where"))
        # …的职务是某某委“访惠聚”驻村工作队队长: the unit that sends the team, when it is written there
        unit = re.match(rf"[\u4e00-\u9fff]{{2,24}}{_UNIT_WORD}", match.group("where"))
        return [_Mention(name, self.p.role_code[match.group("role")], a, a + len(name), where[-1] if where else None, 0.8,
                         unit.group(0) if unit and not where else None)]

    def _table(self, start: int, end: int) -> list[_Mention]:
        """Rows of a flattened cadre table: number, name, dispatch unit, township and village, post."""
        text, found = self.text, []
        for head in _TABLE_HEAD_RE.finditer(text, start, end):
            pos = head.end()
            while pos < end:
                row = _TABLE_ROW_RE.match(text, pos)
                if not row:
                    break
                name = self.name_at(row.end())
                if not name:
                    break
                name_end = row.end() + len(name)
                nxt = _TABLE_ROW_RE.search(text, name_end, min(end, name_end + 60))
                stop = nxt.start() if nxt else min(end, name_end + 60)
                role = self.p.ROLE_SCAN.search(text, name_end, stop)
                if not role:
                    break
                villages = [p for p in self.places if name_end <= p.start and p.end <= role.start()
                            and p.level == "village"]
                first = next((p.start for p in self.places if name_end <= p.start < role.start()
                              and p.level in ("township", "village")), None)
                unit = "".join(text[name_end: first].split()) if first else None
                found.append(_Mention(name, self.p.role_code[role.group("role")], row.end(), name_end,
                                      villages[-1] if villages else None, 0.85, unit or None))
                pos = role.end()
                while pos < end and text[pos] in " \t\n、，,；;":
                    pos += 1
        return found

    def _numbered_row(self, match: re.Match) -> list[_Mention]:
        """1.NAME县某局驻某乡某村第一书记: a row of a numbered list: the name (a bracket of sex or nation may follow
        it), then the unit, the village the post is held in, and the post."""
        text, at = self.text, match.start("rest")
        name = None if self._starts_place(at) else self.name_at(at)
        if not name:
            return []
        after = at + len(name)
        bracket = re.match(r"[（(][^（）()]{1,8}[）)]", text[after: match.end("rest")])
        first = after + (bracket.end() if bracket else 0)
        where = self._villages_in(first, match.start("role")) or self._village_word(first, match.start("role"))
        if not where:
            return []
        unit = re.match(rf"[，,\s]*(?P<unit>[\u4e00-\u9fff]{{2,20}}?{_UNIT_WORD})", text[first: self._chain_start(where[-1].start)])
        return [_Mention(name, self.p.role_code[match.group("role")], at, after, where[-1], 0.8,
                         unit.group("unit") if unit else None)]

    def _line_table(self, start: int, end: int) -> list[_Mention]:
        """A list of cadres under a 姓名 … 驻村 header (…第一书记名单), one row a name, a unit and a village;
        OCR may run the rows together (郑宏伟县财政局甘棠乡前洋村吴安平…): a row ends at its village."""
        text, found = self.text, []
        for head in _LINE_TABLE_HEAD_RE.finditer(text, start, end):
            caption = self.p.LINE_TABLE_CAPTION.search(text, max(start, head.start() - 40), head.start())
            if not caption:
                continue
            role = self.p.role_code[caption.group("role")]
            pos = head.end()
            while pos < end:
                while pos < end and text[pos] in " \t\u3000\n、，,；;":
                    pos += 1
                row = _TABLE_ROW_RE.match(text, pos)
                at = row.end() if row else pos
                name = self.name_at(at)
                if not name:
                    break
                name_end = at + len(name)
                village = next((p for p in self.places if name_end < p.start and p.end <= min(end, name_end + 40)
                                and p.level == "village"), None)
                if village is None or any(c in text[name_end: village.start] for c in "。，,；;“"):
                    break  # a row names the village the cadre is posted to; anything else ends the list
                first = next((p.start for p in self.places if name_end <= p.start <= village.start
                              and p.level in ("township", "village")), village.start)
                unit = "".join(text[name_end: first].split())
                found.append(_Mention(name, role, at, name_end, village, 0.8, unit or None))
                pos = village.end
        return found

    def _line_rows(self, start: int, end: int) -> list[_Mention]:
        """A list of cadres with no header, one a line: NAME, a space, the unit, the village and the post closing the
        line (NAME  县某局派驻某村第一书记). Two such lines one after another make the list; a name the analyser does
        not read whole ends it."""
        text, rows = self.text, []
        for row in self.p.LINE_ROW.finditer(text, start, end):
            at = row.start("body")
            name = None if self._starts_place(at) else self.name_at(at)
            if name and row.start("role") - (at + len(name)) >= 4:
                rows.append((row, name))
        found = []
        for k, (row, name) in enumerate(rows):
            listed = (k > 0 and rows[k - 1][0].end() + 1 == row.start()) \
                or (k + 1 < len(rows) and row.end() + 1 == rows[k + 1][0].start())
            if not listed:
                continue
            rest = row.start("body") + len(name)
            villages = [p for p in self.places if rest <= p.start and p.end <= row.start("role") and p.level == "village"]
            unit = _ROW_UNIT_RE.match(text, rest, row.start("role"))
            found.append(_Mention(name, self.p.role_code[row.group("role")], row.start("body"), rest,
                                  villages[-1] if villages else None, 0.8, unit.group(0) if unit else None))
        return found

    def _village_opening_previous(self, pos: int) -> Place | None:
        """张河村是县审计局派驻村。第一书记王建新到村后…: a post that opens its sentence takes the village that
        opened the sentence just before."""
        text = self.text
        s_start, _ = self._sentence(pos)
        if text[s_start: pos].strip(" \t\u3000") not in ("", "驻村") or s_start < 2 or text[s_start - 1] != "。":
            return None
        p_start, _ = self._sentence(s_start - 1)
        while p_start < s_start and text[p_start] in " \t\u3000":
            p_start += 1
        village = None
        for place in self.places:  # 上集镇张河村是…: the chain of places that opens the sentence
            if place.start == p_start:
                p_start = place.end
                if place.level == "village":
                    village = place
            elif place.start > p_start:
                break
        return village

    def _sentence(self, pos: int) -> tuple[int, int]:
        """The sentence around `pos`: from after the last 。！？ or line break before it to the next one, included."""
        if self._stops is None:
            self._stops = [m.start() for m in _STOP_RE.finditer(self.text)]
        k = bisect_left(self._stops, pos)
        a = self._stops[k - 1] + 1 if k else 0
        return a, (self._stops[k] + 1 if k < len(self._stops) else len(self.text))

    def extract(self, spans: list[tuple[int, int]], county: str | None, county_adcode: str | None) -> list[Person]:
        people: dict[str, Person] = {}
        span_of: dict[str, tuple[int, int]] = {}
        guessed: set[str] = set()  # people whose village is only the last one their sentence named before them
        for start, end in spans:
            found = self.mentions(start, end)
            for m in found + self._companions(found):
                if self._not_cadre(m):
                    continue  # 记者NAME, 村民NAME, 县委书记NAME: named elsewhere as no stationed cadre
                if names.is_not_name(m.name):
                    continue  # 原标题：某某第一书记…: a page's label read by a pattern, never a name
                if self._place_word(m.name):
                    continue  # 到某寨任第一书记 where the page names 某寨村: the place, no person
                if self._cut_at_text_end(m):
                    continue
                span_of.setdefault(m.name, (start, end))
                s_start, s_end = self._sentence(m.start)
                sentence_places = [p for p in self.places if s_start <= p.start and p.end <= s_end]
                village_place = m.village
                if village_place is None and m.town is None:
                    nearby = [p for p in sentence_places if p.level == "village" and p.end <= m.start]
                    village_place = nearby[-1] if nearby else self._community_after_township(sentence_places, m.start)
                village = self._village_of(village_place) if village_place else None
                parents = self.village_parents.get(village_place.name if village_place else "", {})
                township = parents.get("township") or (m.town.name if m.town else None)
                if township is None:
                    # the township named before this village, with no other village between them
                    limit = village_place.start if village_place else m.start
                    before = [p for p in sentence_places if p.end <= limit and p.level in ("township", "village")]
                    township = before[-1].name if before and before[-1].level == "township" else None
                township = _place_name(township) if township else None
                # the county written last before the person's village (在甲县帮扶的NAME来到乙县，成为某村…: 乙县), else
                # before the name
                limit = max(m.start, village_place.start) if village_place else m.start
                person_county = parents.get("county") or next(
                    (p.name for p in reversed(sentence_places) if p.level == "county" and p.end <= limit), None) or county
                person = people.get(m.name)
                if person is None:
                    person = Person(m.name, m.role, village, township, person_county, None, None,
                                    self.text[s_start:s_end].strip()[:160], m.start, m.end, m.confidence,
                                    county_adcode if person_county == county else None)
                    people[m.name] = person
                    if m.village is None and village:
                        guessed.add(m.name)
                else:
                    if m.role == "first_secretary" or (m.role == "team_leader" and person.role == "team_member"):
                        person.role = m.role  # a first secretary named elsewhere as team leader stays one, a leader
                        # named elsewhere among the members (NAME、NAME组成工作组…NAME作为组长) leads
                    if m.name in guessed and m.village is not None and village:
                        # 前往甲村、乙村，分别将NAME、NAME…: the village a rule pairs with the name outranks the last
                        # village of the sentence another rule fell back on
                        person.village, person.township = village, township
                        guessed.discard(m.name)
                    if person.village is None and village and parents.get("county") not in (None, person.county):
                        # a later mention brings the village the first lacked: its county comes with it
                        person.county, person.county_adcode = parents["county"], None
                    person.village = person.village or village
                    person.township = person.township or township
                    person.confidence = max(person.confidence, m.confidence)
                if m.unit and person.dispatch_unit is None:
                    person.dispatch_unit = m.unit
                if m.start_month and person.start is None:
                    person.start = m.start_month
        self._merge_transposed(people)
        self._merge_truncated(people)
        for person in people.values():
            if person.village is None and person.name in span_of:
                self._borrow_village(person, *span_of[person.name])
            self._details(person)
        if self.text.find("兼任", 0) >= 0 and "工作队" not in self.text and _INSTRUCTORS_ARE_SECRETARIES_RE.search(self.text):
            # 选派的农村工作指导员全部兼任村里的第一书记: on a page with no work team, the instructors it names are
            # the villages' first secretaries
            for person in people.values():
                if person.role == "team_member":
                    person.role = "first_secretary"
        return sorted(people.values(), key=lambda p: p.char_start)

    def _community_after_township(self, places: list[Place], pos: int, whole: bool = False) -> Place | None:
        """某镇某居委会，驻村工作队队长NAME: a residents' committee or a community (a village-level place the place
        finder does not read) written right after the last township before `pos`, or a county with no township
        written (驻某县某居委会工作队); `whole`: it (and 里/内) runs up to `pos`."""
        towns = [p for p in places if p.level in ("township", "county") and p.end <= pos]
        if not towns:
            return None
        m = _COMMUNITY_RE.match(self.text, towns[-1].end, pos + whole)
        if m is None and len(towns) > 1 and towns[-2].end == towns[-1].start:
            # 某县某居委会 named for its county (甲乙县甲乙居委会): the place finder reads the county again in it
            m = _COMMUNITY_RE.match(self.text, towns[-1].start, pos + whole)
        if m is None or (whole and m.end() + (self.text[m.end()] in "里内") != pos):
            return None
        return Place(m.start(), m.end(), m.group(0), "village")

    def _merge_truncated(self, people: dict[str, Person]) -> None:
        """Two cadres found where one name is the other less its last character, and the page never writes the
        shorter one on its own (陶然 only ever in 陶然正): one cadre, under the whole name."""
        for short in [n for n in people if len(n) >= 2]:
            longer = [n for n in people if len(n) == len(short) + 1 and n.startswith(short)]
            if len(longer) == 1 and self._count(short) == self._count(longer[0]):
                kept, other = people[longer[0]], people.pop(short)
                self._fold(people, kept, other)
                if other.char_start < kept.char_start:
                    kept.char_start, kept.char_end = other.char_start, other.char_start + len(kept.name)

    @staticmethod
    def _fold(people: dict[str, Person], kept: Person, other: Person) -> None:
        """What a second mention of one cadre tells (role, village, township, unit, start) fills the gaps."""
        if other.role == "first_secretary":
            kept.role = other.role
        for attr in ("village", "township", "dispatch_unit", "start"):
            if getattr(kept, attr) is None:
                setattr(kept, attr, getattr(other, attr))
        if kept.village == other.village and other.county and kept.county != other.county:
            kept.county, kept.county_adcode = other.county, other.county_adcode

    def _merge_transposed(self, people: dict[str, Person]) -> None:
        """One cadre written with two characters swapped (a transliterated name misspelt once): the same
        characters, the same first one, three or more; the form the page writes more often is the name (found
        as a cadre or only written elsewhere on the page), and what another mention tells (village, township,
        unit) fills its gaps."""
        text = self.text
        for name in [n for n in people if len(n) >= 3]:
            if name not in people:
                continue  # already folded into another spelling
            letters, forms, pos = sorted(name), set(), text.find(name[0])
            while pos >= 0:
                form = text[pos: pos + len(name)]
                if form != name and sorted(form) == letters:
                    forms.add(form)
                pos = text.find(name[0], pos + 1)
            if not forms:
                continue
            best = max(forms, key=lambda f: (self._count(f), f in people))
            if self._count(best) <= self._count(name):
                continue
            other = people.pop(name)
            kept = people.get(best)
            if kept is None:  # the page's usual spelling, never next to a post: the cadre takes it
                other.name = best
                people[best] = other
            else:
                self._fold(people, kept, other)

    def _village_of(self, place: Place) -> str:
        """The village's name without what led into it (_place_name); 3月5日电某村: the place finder stops at 日."""
        name = _place_name(place.name)
        if name == place.name and name.startswith("电") and len(name) >= 4 and \
                self.text[place.start - 1: place.start] == "日":
            name = name[1:]
        return name

    def _stationed_at(self, name: str, a: int, b: int) -> Place | None:
        """NAME在某县某镇某村驻村 / NAME驻某村 / NAME到某村任职: a clause of the article with the cadre's name as its
        subject that says where the cadre is stationed; the village closing the chain of places written there."""
        text, pos = self.text, a
        while True:
            pos = text.find(name, pos, b)
            if pos < 0:
                return None
            pos += len(name)
            verb = _STATIONED_RE.match(text, pos, b)
            if not verb:
                continue
            k, village = self._chain_at(verb.end())
            if village and (verb.group("posted") or _STATIONED_AFTER_RE.match(text, k, b)):
                return village

    def _past_chain(self, k: int, levels: tuple[str, ...]) -> int:
        """Where a chain of places of `levels` written from `k` on (某省某市某县) ends (`k` when none starts there)."""
        for place in self.places:
            if place.start == k and place.level in levels:
                k = place.end
            elif place.start > k:
                break
        return k

    def _chain_at(self, k: int) -> tuple[int, Place | None]:
        """The chain of places written from `k` on (某县某镇某村): where it ends, and the village closing it (None
        when it closes on a larger place or none starts at `k`)."""
        village = None
        for place in self.places:
            if place.start == k and place.level != "country":
                k, village = place.end, (place if place.level == "village" else None)
            elif place.start > k:
                break
        return k, village

    def _arrives_later(self, pos: int, s_end: int) -> Place | None:
        """NAME是…第一书记中的一员，2015年10月来到某县某乡某村: a later clause of the cadre's sentence, with no
        subject of its own (a date at most), brings the cadre to a village: the village closing that chain."""
        text = self.text
        comma = _COMMA_RE.search(text, pos, s_end)
        if comma is None or (m := _ARRIVES_LATER_RE.match(text, comma.start(), s_end)) is None:
            return None
        return self._chain_at(m.end())[1]

    def _posted_to_stem(self, s_start: int, s_end: int, villages: list[Place]) -> Place | None:
        """NAME是驻村工作队员，2019年，他被派驻至某某，…: the posting in the cadre's sentence names the village
        without 村, the article naming it whole elsewhere (某某村): that village."""
        sentence = self.text[s_start:s_end]
        if not re.search(r"派|驻|来到", sentence):
            return None
        for village in villages:
            stem = village.name[:-1] if village.name.endswith("村") else ""
            if len(stem) >= 2 and stem in sentence and re.search(
                    rf"(?:派驻|选派|下派|派|进驻|驻|来到)(?:至|到|在)?{re.escape(stem)}(?![村乡镇县市区])", sentence):
                return village
        return None

    def _borrow_village(self, person: Person, a: int, b: int) -> None:
        """No village in the cadre's own sentence: 现任仓前村驻村工作队员 just after the name, else the village
        of the preceding sentences of the same article (工作队员杨梅 after 毛家沟村第一书记…), else a next sentence
        that goes on about the same people (…队员张敏。三人由县水利局选派到杨家坪村驻村)."""
        pos = person.char_start
        s_start, s_end = self._sentence(pos)
        villages = [p for p in self.places if p.level == "village" and a <= p.start and p.end <= b]
        after = [p for p in villages if person.char_end <= p.start < min(s_end, person.char_end + 24)]
        own = [p for p in self.places if s_start <= p.start and p.end <= pos]
        before = [] if any(p.level in ("township", "village") for p in own) else \
            [p for p in villages if max(a, s_start - 240) <= p.start and p.end <= s_start]
        # a province in the sentence (某省人大机关驻村工作队的NAME) is mostly the unit's: a village's parents, read
        # from its chain, rarely name one, so only a city or a county named here can rule a village out
        regions = [p.name for p in own if p.level in ("city", "county")]
        if regions:  # 某烟厂驻村工作队队员NAME: a village before it only if it lies in the region named here
            before = [v for v in before if any(
                parent.startswith(name) or name.startswith(parent)
                for parent in self.village_parents.get(v.name, {}).values() for name in regions)]
        line = self.text[s_start:s_end]
        if s_end < b and self.text[s_end - 1] == "\n" and len(line.strip()) <= 40 and not re.search(r"[。！？]", line):
            # 驻村队长NAME：…: a headline names the cadre of the story under it, not of the one before
            before = [p for p in villages if s_end <= p.start < s_end + 240][:1]
        village = after[0] if after else self._stationed_at(person.name, a, b)
        if village is None and not after:
            village = self._posted_to_stem(s_start, s_end, villages)
        if village is None and not after:
            village = self._arrives_later(person.char_end, s_end)
        if village is not None and not after:
            county = self.village_parents.get(village.name, {}).get("county")
            if county and county != person.county:
                person.county, person.county_adcode = county, None  # 某县某镇某村驻村: the cadre's own county
        elif village is None:
            village = before[-1] if before else None
        if village is None and s_end < b:
            n_start, n_end = s_end, self._sentence(s_end)[1]
            if _ANAPHOR_SENT_RE.search(self.text[n_start:n_end]):
                nxt = [p for p in villages if n_start <= p.start and p.end <= n_end]
                village = nxt[0] if nxt else None
        if village is None and len(villages) >= 2 and len({p.name for p in villages}) == 1 \
                and not any(p.level in ("township", "village") for p in own):
            # an article about one village, written again and again, none else named: the cadre's, unless the
            # cadre's own sentence names a township (驻某乡工作队队长NAME: a township's team)
            village = villages[0]
        if village is None:
            return
        person.village = self._village_of(village)
        parents = self.village_parents.get(village.name, {})
        if person.township is None:
            prev = [p for p in self.places if p.end == village.start and p.level == "township"]
            township = parents.get("township") or (prev[0].name if prev else None)
            person.township = _place_name(township) if township else None

    def _next_sentence_details(self, person: Person, n_start: int) -> None:
        """…队员张敏、刘晓宇在地头察看。2022年5月，三人由县水利局选派到杨家坪村驻村: the next sentence of the
        paragraph tells, of 他/她/三人, how they were sent; it must not name another cadre."""
        text = self.text
        n_end = self._sentence(n_start)[1]
        sentence = text[n_start:n_end]
        lead = n_start
        while lead < len(text) and text[lead] in " \t\u3000\n":
            lead += 1
        since = _SINCE_RE.match(text, lead, self._sentence(lead)[1]) if lead - n_start <= 4 else None
        if since and person.start is None:
            person.start = f"{since.group(1)}-{int(since.group(2)):02d}"  # 。2022年6月驻村以来，他…
        if not _ANAPHOR_SENT_RE.search(sentence) or not re.search(r"选派|派驻|下派|委派|到村|驻村|任职", sentence):
            return
        unit = _DISPATCH_RE.search(sentence) or _WORKING_AT_RE.search(sentence)
        if unit and person.dispatch_unit is None and unit.group("unit") not in self.p.PASSIVE_AGENTS:
            person.dispatch_unit = unit.group("unit")
        date = _DATE_RE.search(sentence)
        if date and person.start is None:
            person.start = f"{date.group(1)}-{int(date.group(2)):02d}" if date.group(2) else date.group(1)

    def _clause_start(self, pos: int) -> int:
        a = self._sentence(pos)[0]
        for i in range(pos - 1, a - 1, -1):
            if self.text[i] in "，,；;：:“”\"（）()":
                return i + 1
        return a

    def _place_word(self, name: str) -> bool:
        """Is `name` the stem of a place the page names (高寨 beside 高寨村), or does it end in a place's suffix
        (和嘎查, read from 某某和嘎查)? A village is often written short after its first mention."""
        if name.endswith(_PLACE_WORD_ENDINGS):
            return True
        if self._place_names is None:
            self._place_names = frozenset(p.name for p in self.places)
        if any(name + suffix in self._place_names for suffix in _PLACE_WORD_ENDINGS):
            return True
        # 来赣州当第一书记, 和局驻村队员: a verb or a conjunction read as a surname, then a place the page names as
        # written, a division's stem after a verb of going (来赣州), or an organ's word (厅, 局) as the given name
        given = name[names.surname_length(name):]
        # (not every given name a division's stem: 吴安平 beside 安平县, which a table's run-on row may make)
        return bool(given) and (all(c in _ORGAN_WORDS for c in given) or given in self._place_names
                                or (name[0] in _GOING_VERBS and any(resolve_adcode(given + suffix) is not None
                                                                    for suffix in _DIVISION_SUFFIXES)))

    def _not_cadre(self, m: _Mention) -> bool:
        """A reporter, a villager or an official of the place: a cue word just before the name, here or
        wherever else the page writes the name (unless it is written right after the post here)."""
        if m.after_post:
            return False
        if m.name not in self._excluded and _in_book_title(self.text, m.name):
            self._excluded[m.name] = True  # 《马某某下乡记》: a character of a title, not a cadre
        if m.name not in self._excluded:
            text, pos, found = self.text, 0, False
            while not found:
                pos = text.find(m.name, pos)
                if pos < 0:
                    break
                found = self.p.NOT_CADRE.search(text, max(0, pos - 8), pos) is not None
                pos += len(m.name)
            self._excluded[m.name] = found
        return self._excluded[m.name]

    def _unit_before_name(self, pos: int) -> str | None:
        """县财政局的NAME, 县农业局干部NAME, 某大学驻某村工作队队长NAME: the unit written before the name."""
        m = self.p.UNIT_BEFORE_NAME.search(self.text, self._clause_start(pos), pos)
        if not m or _VILLAGE_BODY_RE.search(m.group("unit")):
            return None  # 某村党支部第一书记NAME: the village's own party branch sends no one
        return self._trim_unit(*m.span("unit"))

    def _trim_unit(self, a: int, b: int) -> str | None:
        """本报讯县财政局: a unit read back to the clause start begins at the first place or level word
        (省 市 县 区 …) in it, when one is, and after a leading preposition."""
        first = next((p.start for p in self.places
                      if a <= p.start < b and p.level in ("province", "city", "county")), None)
        if first is None:
            level = re.search(r"[省市县区州旗盟]", self.text[a:b])
            first = a + level.start() if level and level.start() > 0 and \
                not re.search(_UNIT_WORD, self.text[a: a + level.start()]) else a
        lead = _DATELINE_RE.search(self.text, first, b)  # 本报讯县财政局, 3月5日电县财政局
        if lead:
            first = lead.end()
        sent = list(_SENDING_IN_UNIT_RE.finditer(self.text, first, b))[-1:]
        if sent and b - sent[0].end() >= 2:
            first = sent[0].end()  # 某校选派原某处主任NAME, 同时选派某医院NAME: the unit after the verb that sends
        if self.text.startswith("记", first) and self.text[first - 1: first] in ("—", "－", "-", " "):
            first += 1  # ——记某局驻某村第一书记NAME: a profile's subtitle, 记 (an account of) before the unit
        unit = re.sub(r"^(?:正如|如|据|由|从|这是|这就是|就是|是|在|来自|经|和|与)", "", self.text[first:b])
        if re.fullmatch(r"[该本此这][\u4e00-\u9fff]{1,2}", unit):
            return None  # 该局, 本单位: the unit named before, not named here
        return unit if len(unit) >= 2 else None

    def _details(self, person: Person) -> None:
        """Dispatch unit and start month from sentences that tell how the cadre was sent."""
        text, pos = self.text, 0
        while True:
            pos = text.find(person.name, pos)
            if pos < 0:
                return
            s_start, s_end = self._sentence(pos)
            sentence = text[s_start:s_end]
            after = text[pos + len(person.name): s_end]
            unit = _DISPATCH_LATER_RE.match(after) or _FROM_RE.match(after) or _IS_CADRE_OF_RE.match(after)
            if unit and person.dispatch_unit is None and unit.group("unit") not in self.p.PASSIVE_AGENTS:
                person.dispatch_unit = unit.group("unit")
            if person.dispatch_unit is None:
                person.dispatch_unit = self._unit_before_name(pos)
            succeeded = text[max(0, pos - 2): pos] == "接替"  # (接替NAME: he left at this sentence's date)
            if person.start is None and not succeeded \
                    and (unit or re.search(r"驻村|担任|下派|派驻|选派|任职|来到|到村|入驻|进驻|上任|任第一书记", sentence)):
                date = _DATE_RE.search(text, s_start, pos) or _DATE_RE.search(text, pos, s_end)
                if date:
                    person.start = f"{date.group(1)}-{int(date.group(2)):02d}" if date.group(2) else date.group(1)
            if (person.start is None or person.dispatch_unit is None) and s_end < len(text) and text[s_end - 1] != "\n":
                self._next_sentence_details(person, s_end)
            pos += len(person.name)
