"""Facts from the articles about the programme: a number with a unit, tied to a metric by a keyword near it.

For every quantity (numbers.py) in a kept article, the metric is the vocabulary keyword nearest to it
in the same clause (up to BEFORE chars before, AFTER chars after; a keyword before wins a tie), among
metrics whose units fit the quantity (名 → person, 个 + 工作队 → team, 元 → yuan, ...). A quantity with
no keyword near it is not a fact. Skipped as not-a-fact: thresholds (20户以上的村), start values
(由50个增加到207个 keeps 207), ranges (1-2个), per-unit norms (每个工作队不少于3人), and counts of one.

Region: the most specific place written before the number in its clause (该县/全县 → the article's
county); else the village of a cadre named earlier in the sentence; else a place earlier in the
sentence (not in brackets); else the place the article was last talking about; else the article's
and then the page's main place.

Confidence (0..1) = 0.30 + 0.30 × keyword proximity + 0.20 × article relevance + 0.10 × qualifier
clarity + 0.10 × unit clarity, minus 0.15 in a headline and 0.05 for Chinese numerals.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from flows.reports.catalog import Catalog, Metric
from flows.reports.models import Fact
from flows.reports.numbers import Quantity, find_quantities
from flows.reports.regions import LEVEL_RANK, Place, chains
from flows.reports.segment import Article

BEFORE, AFTER = 14, 8
_COUNT_UNITS = ("item", "village", "team")
_SENTENCE_RE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]*")
_CLAUSE_SEP = set("，,：:")
_FROM_VALUE_RE = re.compile(r"(?:增加|提高|增长|上升|提升|扩大|发展|下降|减少|降低|由)(?:到|至)")
_FROM_TO_RE = re.compile(r"[由从][^，。,；;]{1,18}?(?:增加|提高|增长|上升|提升|扩大|发展|跃升)(?:到|至)[^，。,；;]{0,8}$")
_DISTRIBUTIVE_RE = re.compile(r"每(?:个|名|村|户|人|队|支|乡|镇|位|年|月)")
_NOUN_TEAM_RE = re.compile(r"^[^，。,；;、：:]{0,6}?(?:工作队|工作组|帮扶队)")
_NOUN_VILLAGE_RE = re.compile(r"^[^，。,；;、：:]{0,5}?(?<![驻进入包联])村")
_PER_ITEM_RE = re.compile(r"的[\u4e00-\u9fff]{1,10}?\d+(?:笔|户|人|名)")
# Money per acre, per shed, per head of livestock: an estimate of a yield, not a total or a subsidy rate.
_PER_THING_RE = re.compile(r"(?:每|一)(?:亩|栋|座|间|头|只|棚|株|棵|箱|斤|公斤|千克|吨|亩地|个大棚)(?:[\u4e00-\u9fff]{0,4}?)(?:可|能|就能|能够|可以|增收|收入|挣|赚|纯收入|效益)")
# 其中省派18名、市派45名、县派249名: counts by level continue the dispatch figure just given.
_LEVEL_SPLIT_RE = re.compile(r"(?:[、，,：:；;]|其中)(?:其中)?[，,]?(?:中央|国家|省直|市直|县直|自治区|地区|省|市|州|盟|县|区|旗)"
                             r"(?:级|单位)?(?:派驻|选派|下派|派出|派)(?:的)?$")
# 湖北省交通运输厅派驻的第一书记: the province names the cadre's unit, not the place the figure is about.
_ORGAN_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:厅|局|委员会|委|院|办公室|办|中心|公司|银行|大学|学院|集团|联合会)"
                             r"(?:干部)?(?:派驻|选派|下派|驻)")
_YEAR_RE = re.compile(r"((?:19|20)\d{2})年")
_REF_COUNTY = re.compile(r"(?:该|本|全|我)(?:县|市|区|旗)")
_REF_TOWNSHIP = re.compile(r"(?:该|本|全)(?:乡|镇)")
_REF_VILLAGE = re.compile(r"(?:该|本|全)村")
_REF_NATION = re.compile(r"全国|我国|全党")
# 县财政按每人每年…, 县委组织部…: an organ of the county speaks for the county.
_REF_CITY = re.compile(r"(?:该|本|全|我)市|(?:^|[^\u4e00-\u9fff]|[对由经按从])市(?:财政|委|政府|级|里)")
_REF_COUNTY_ORGAN = re.compile(r"(?:^|[^\u4e00-\u9fff]|[对由经按从])(?:县|市|区|旗)(?:财政|委|政府|级|里|乡村振兴局)")
_SECURED_VERB_RE = re.compile(r"争取|筹集|筹措")
# 争取道路硬化资金80万元: money won for a purpose is funds secured, whatever the purpose's keyword.
_SECURED_FROM = ("matching_funds", "facilities_built", "road_km_built", "canal_km_repaired", "projects_secured",
                 "enterprise_projects")
_SECURED_MONEY_RE = re.compile(r"(?:争取|筹集|筹措)[^，。,；;]{0,10}?(?:资金|经费|款)(?:共计|共|达|约|近|超过)?$")
# 去年村集体经济收入达到18万元，比驻村前增加了15万元: a comparison continues the figure before it.
_COMPARE_RE = re.compile(r"^(?:同比|比|较)[^，。,；;]{0,12}?(?:增加|增长|提高|增收|多)(?:了)?(?:约|近)?$")
BASIS_PATTERNS = [
    (re.compile(r"(?:每人每年|人均每年|年人均|每人年均|人均年)$"), "per_person_year"),
    (re.compile(r"(?:每人每天|每人每日|每天|每日|日均)$"), "per_person_day"),
    (re.compile(r"(?:每人每周|每周)$"), "per_person_week"),
    (re.compile(r"(?:每人每月|每月|月均|人均|每人|每名|每位|每户)[\u4e00-\u9fff]{0,3}$"), "per_person"),
    (re.compile(r"(?:每年|年均|年(?:收入|净利润|利润|增收|分红|产值|销售额|纯收入))$"), "per_year"),
]


_RATE_WORDS = [
    (re.compile(r"每人每年|人均每年|每人年均"), "per_person_year"),
    (re.compile(r"每人每[天日]"), "per_person_day"),
    (re.compile(r"每人每周"), "per_person_week"),
    (re.compile(r"每人每月|每人|每名|每位"), "per_person"),
]


@dataclass
class KeywordHit:
    start: int
    end: int
    keyword: str
    metrics: tuple[Metric, ...]


def keyword_regex(catalog: Catalog) -> tuple[re.Pattern, dict[str, tuple[Metric, ...]]]:
    index = catalog.keyword_index()
    pattern = re.compile("|".join(re.escape(k) for k in sorted(index, key=len, reverse=True)))
    return pattern, index


def sentences(text: str, start: int, end: int):
    for match in _SENTENCE_RE.finditer(text, start, end):
        yield match.start(), match.end()


def _clause_bounds(text: str, s_start: int, s_end: int, pos: int) -> tuple[int, int]:
    a = pos
    while a > s_start and text[a - 1] not in _CLAUSE_SEP:
        a -= 1
    b = pos
    while b < s_end and text[b] not in _CLAUSE_SEP:
        b += 1
    return a, b


def _in_brackets(text: str, s_start: int, pos: int) -> bool:
    segment = text[s_start:pos]
    return segment.count("（") + segment.count("(") > segment.count("）") + segment.count(")")


def _most_specific(places: list[Place]) -> Place | None:
    best = None
    for place in places:  # the last of the most specific level: nearest to the number
        if best is None or place.rank >= best.rank:
            best = place
    return best


def _count_unit(text: str, q: Quantity) -> str | None:
    after = text[q.end: q.end + 10]
    if after.startswith("村") and q.classifier in ("个", "个村"):
        return "village"  # 156个村选派驻村工作队: the count is of villages, whatever follows
    if q.classifier == "个" and text[q.prefix_start - 1: q.prefix_start] == "村" and \
            text[q.prefix_start - 2: q.prefix_start - 1] in ("的", "类", "个"):
        return "village"  # 50万元以上的村23个
    team, village = _NOUN_TEAM_RE.match(after), _NOUN_VILLAGE_RE.match(after)
    if q.classifier == "支" or (team and not (village and village.end() < team.end())):
        return "team"  # 200多个行政村派驻工作队: the village noun comes first, the count is of villages
    if village:
        return "village"
    return None


def _counts_other_noun(text: str, q: Quantity) -> bool:
    nxt = text[q.end: q.end + 1]
    return bool(nxt) and "\u4e00" <= nxt <= "\u9fff" and nxt not in "以左上余多的"


def _listed_one(text: str, q: Quantity) -> bool:
    """项目1个: a count of one written in digits straight after its noun (a tally), not 一名 / 为1个."""
    prev = text[q.prefix_start - 1: q.prefix_start]
    return q.value == 1 and not q.chinese and bool(prev) and "\u4e00" <= prev <= "\u9fff" and prev not in "为是有共第约近每仅只达的"


_HONOUR_RE = re.compile(r"表彰|评选|评为|授予|荣获|嘉奖|通报表扬|命名为")
_APPOSITION_AFTER = ("由", "被", "均", "都", "分别", "一起", "组成", "来自", "同时")


def _is_cjk_char(ch: str) -> bool:
    return bool(ch) and "\u4e00" <= ch <= "\u9fff"


def _skip(text: str, q: Quantity, c_start: int) -> bool:
    after = text[q.end: q.end + 4]
    if q.text.endswith(("以上", "以下", "以内")) and after.startswith("的"):
        return True  # a threshold: 脱贫户20户以上的村
    if q.qualifier in ("at_least", "at_most") and q.prefix_start < q.start and after.startswith("的") \
            and not after.startswith(("的标准", "的额度")):  # 不低于5万元的标准安排: a rate, not a threshold
        return True  # 收入超过10万元的村: a threshold
    if q.unit == "yuan" and q.qualifier in ("at_least", "at_most") and re.search(r"\d%|百分之|占比", text[c_start: q.prefix_start]):
        return True  # 80%的村集体经济收入超过10万元: the share is the figure, the amount a threshold
    if _FROM_VALUE_RE.match(after):
        return True  # 由50个增加到207个: the start value
    before = text[max(0, q.prefix_start - 2): q.prefix_start]
    if len(before) == 2 and before[1] in "-—~～至到" and before[0].isdigit():
        return True  # 1-2个: a range
    if text[q.end: q.end + 1] in ("-", "—", "~", "～") and text[q.end + 1: q.end + 2].isdigit():
        return True
    if q.unit != "yuan" and _DISTRIBUTIVE_RE.search(text, c_start, q.prefix_start):
        return True  # 每个工作队不少于3人: a norm, not a count
    if q.unit == "km" and q.classifier and q.classifier.endswith("米") and not q.classifier.endswith("千米") \
            and q.value < 1:
        return True  # 拓宽饮水渠400余米: a few hundred metres is a detail of a site, not a programme figure
    if q.unit not in ("yuan", "km", "mu", "percent") and q.value <= 1 and not _listed_one(text, q):
        return True
    if q.unit == "yuan" and _PER_THING_RE.search(text, c_start, q.prefix_start):
        return True  # 每亩可增收800元, 每栋能增收1.5万元: a yield per acre or per shed, not a figure of the work
    if q.unit in ("count", "person") and text[q.prefix_start - 1: q.prefix_start] == "等":
        m = re.search(r"[，。,；;！？\n]", text[q.end:])
        clause = text[c_start: q.end + (m.start() if m else 40)]
        if _HONOUR_RE.search(clause):
            return True  # 评选出张三等10名优秀第一书记予以表彰: an award list, not a dispatch
    if q.unit in ("count", "person") and q.value <= 10 and text[q.end: q.end + 2].startswith(_APPOSITION_AFTER) \
            and "、" in text[c_start: q.prefix_start] and _is_cjk_char(text[q.prefix_start - 1: q.prefix_start]):
        return True  # 田茂林、石静、彭小勇三人由市级部门选派: a head count of the names just listed
    if q.unit in ("count", "person") and q.chinese and q.value <= 10 and q.classifier == "人" \
            and text[q.end: q.end + 2].startswith(_APPOSITION_AFTER) and not text[c_start: q.prefix_start].strip():
        return True  # 。2022年5月，三人由县水利局选派: the people just named, not a dispatch count
    segment = text[c_start: q.prefix_start]
    if segment.count("“") > segment.count("”") or segment.count("‘") > segment.count("’"):
        return True  # inside quotation marks: a slogan (一村一队、一队三人), not a figure
    return False


_PER_HEAD_YEAR_RE = re.compile(r"(?:每人|每名|每位)[^，。,；;]{0,12}每年|每年[^，。,；;]{0,12}(?:每人|每名|每位)(?!每[月天日周])")


def _basis(text: str, q: Quantity, c_start: int, metric: Metric) -> str | None:
    if metric.kind == "dispatch" or q.unit != "yuan":
        return None
    if q.rate:
        return q.rate
    before = text[max(c_start, q.prefix_start - 10): q.prefix_start]
    for pattern, basis in BASIS_PATTERNS:
        if pattern.search(before):
            if basis == "per_year" and re.search(r"每人|每名|每位|人均", text[c_start: q.prefix_start]):
                return "per_person_year"  # 为每名第一书记安排工作经费每年1万元
            return basis
    clause = text[c_start: q.prefix_start]
    if _PER_HEAD_YEAR_RE.search(clause):
        return "per_person_year"  # 每年为每名第一书记安排工作经费不少于2万元: a head and a year, apart
    for pattern, basis in _RATE_WORDS:  # 每人每月发放交通补助不低于500元: the rate opens the clause
        if pattern.search(clause):
            return basis
    after = text[q.end: q.end + 6]
    if after.startswith(("/年", "每年")):
        return "per_year"
    clause = text[c_start: q.prefix_start]
    if (re.search(r"每年|年度|全年", clause) and not re.search(r"每人|人均|每名|每位|每户", clause)
            and not re.search(r"全年(?:共|累计|合计)", clause)):  # 全年共争取资金8600万元: a total
        return "per_year"  # 县财政每年安排驻村工作经费860万元: a yearly amount, not per head
    if re.search(r"累计|共计|合计|总计", clause):
        return "total"  # 全年累计投入驻村经费1200余万元: a sum, not a rate
    if _PER_ITEM_RE.match(text, q.end):
        return "per_person"  # 5万元的小额贷款46笔: an amount for each of them
    if metric.default_basis and metric.default_basis.startswith("per_person") and q.value >= 1_000_000:
        return "total"  # 县财政安排驻村工作经费470万元: a sum this large is a budget, not a rate per head
    return metric.default_basis or ("total" if metric.kind == "funding" else None)


class FactExtractor:
    def __init__(self, text: str, catalog: Catalog, places: list[Place], cadre_villages: dict[str, str],
                 doc_place: Place | None, city: Place | None = None):
        self.text = text
        self.catalog = catalog
        self.kw_re, self.kw_index = keyword_regex(catalog)
        self.places = places
        self.place_starts = [p.start for p in places]
        self.cadre_villages = cadre_villages
        self.cadre_re = re.compile("|".join(map(re.escape, sorted(cadre_villages, key=len, reverse=True)))) \
            if cadre_villages else None
        self.doc_place = doc_place
        self.city = city
        self.village_township: dict[str, str] = {}
        for chain in chains(places):
            towns = [p.name for p in chain if p.level == "township"]
            if towns and chain[-1].level == "village":
                self.village_township.setdefault(chain[-1].name, towns[-1])

    def _places_in(self, start: int, end: int) -> list[Place]:
        i, j = bisect_left(self.place_starts, start), bisect_left(self.place_starts, end)
        return [p for p in self.places[i:j] if p.end <= end]

    def _article_place(self, article: Article) -> Place | None:
        """The page's main place if the article names it; else the county the article names most (twice or more)."""
        counts: dict[str, tuple[int, Place]] = {}
        for p in self._places_in(article.start, article.end):
            if p.level == "county":
                n, first = counts.get(p.name, (0, p))
                counts[p.name] = (n + 1, first)
        if not counts or (self.doc_place is not None and self.doc_place.name in counts):
            return self.doc_place  # may be None: a page that names no place at all
        n, place = max(counts.values(), key=lambda item: (item[0], -item[1].start))
        return place if n >= 2 else self.doc_place

    def _metric(self, q: Quantity, hits: list[KeywordHit]) -> tuple[Metric, str, int, str] | None:
        count_unit = _count_unit(self.text, q) if q.unit == "count" else None
        best = None
        for hit in hits:
            if hit.end <= q.prefix_start:
                gap, side = q.prefix_start - hit.end, 0
                if gap > BEFORE:
                    if not _FROM_TO_RE.match(self.text, hit.end, q.prefix_start):
                        continue
                    gap = BEFORE  # 村集体经济收入由2022年的6.3万元增加到2023年的15.2万元
            elif hit.start >= q.end:
                gap, side = hit.start - q.end, 1
                if gap > AFTER:
                    continue
            else:
                continue
            for metric in hit.metrics:
                if q.unit == "count":
                    unit = count_unit or next((u for u in metric.units if u in _COUNT_UNITS), metric.unit)
                    if unit not in metric.units or unit not in _COUNT_UNITS:
                        continue
                    if side == 0 and count_unit is None and _counts_other_noun(self.text, q):
                        continue  # 工作队划定四个方面: the count is of 方面, not of the keyword
                    if side == 1 and gap > 0 and count_unit is None and _counts_other_noun(self.text, q):
                        continue  # 158个帮扶单位派驻: the count is of the noun between, not of the keyword after
                elif q.unit in metric.units:
                    unit = q.unit
                else:
                    continue
                key = (gap + side, -len(hit.keyword))
                if best is None or key < best[0]:
                    best = (key, metric, unit, gap, hit.keyword)
        if best is None:
            return None
        return best[1], best[2], best[3], best[4]

    def _region(self, q: Quantity, c_start: int, s_start: int, article: Article, running: Place | None,
                article_place: Place | None) -> Place | None:
        text = self.text
        clause_places = [p for p in self._places_in(c_start, q.prefix_start)]
        if clause_places:
            return _most_specific(clause_places)
        clause = text[c_start: q.prefix_start]
        if _REF_VILLAGE.search(clause) and running and running.level == "village":
            return running
        if _REF_TOWNSHIP.search(clause):
            towns = [p for p in self._places_in(s_start, q.prefix_start) if p.level == "township"]
            if towns:
                return towns[-1]  # 汲冢镇党委书记介绍，目前全镇23名…
            if running and running.level == "township":
                return running
            if running and running.level == "village" and running.name in self.village_township:
                return Place(running.start, running.end, self.village_township[running.name], "township")
        if self.city is not None and _REF_CITY.search(clause):
            return self.city
        if (_REF_COUNTY.search(clause) or _REF_COUNTY_ORGAN.search(clause)) and article_place:
            return article_place
        if _REF_NATION.search(clause):
            return Place(c_start, c_start, "全国", "country")
        if self.cadre_re:
            names = list(self.cadre_re.finditer(text, s_start, q.prefix_start))
            if names:
                village = self.cadre_villages[names[-1].group(0)]
                return Place(names[-1].start(), names[-1].end(), village, "village")
        sentence_places = [p for p in self._places_in(s_start, q.prefix_start)
                           if not _in_brackets(text, s_start, p.start) and not _ORGAN_AFTER_RE.match(text, p.end)]
        if sentence_places:
            return _most_specific(sentence_places)
        if _REF_NATION.search(text, s_start, q.prefix_start):
            return Place(s_start, s_start, "全国", "country")  # 2023年全国驻村工作队…，协调落实贷款312亿元
        if self.city is not None and _REF_CITY.search(text[s_start: q.prefix_start]):
            return self.city  # 今年我市共选派…，实现1360个脱贫村…全覆盖
        if article_place and _REF_COUNTY_ORGAN.search(text[s_start: q.prefix_start]):
            return article_place
        if article_place and _REF_COUNTY.search(text, s_start, q.prefix_start):
            return article_place  # 全旗还组织开展培训3期，培训216人次: the sentence is about the county
        if running is not None and running.rank >= LEVEL_RANK["township"]:
            return running  # the village or township the article is talking about
        return article_place

    def extract(self, article: Article) -> list[Fact]:
        text, facts = self.text, []
        article_place = self._article_place(article)
        running: Place | None = None
        self._last_dispatch: dict[str, Fact] = {}
        for para in article.paragraphs:
            if para.role in ("byline", "marker"):
                continue
            for s_start, s_end in sentences(text, para.start, para.end):
                quantities = find_quantities(text, s_start, s_end)
                if quantities:
                    hits = [KeywordHit(m.start(), m.end(), m.group(0), self.kw_index[m.group(0)])
                            for m in self.kw_re.finditer(text, s_start, s_end)]
                    previous = None
                    for q in quantities:
                        fact = self._fact(q, hits, s_start, s_end, para.role, article, running, article_place, previous)
                        if fact:
                            facts.append(fact)
                            previous = fact
                            if fact.kind == "dispatch":
                                self._last_dispatch[fact.unit] = fact
                running = self._update_running(running, s_start, s_end)
        return facts

    def _update_running(self, running: Place | None, s_start: int, s_end: int) -> Place | None:
        places = [p for p in self._places_in(s_start, s_end)
                  if not _in_brackets(self.text, s_start, p.start) and not _ORGAN_AFTER_RE.match(self.text, p.end)]
        best = _most_specific(places)
        if best is not None:
            return best
        if self.cadre_re:
            names = list(self.cadre_re.finditer(self.text, s_start, s_end))
            if names:
                village = self.cadre_villages[names[-1].group(0)]
                return Place(names[-1].start(), names[-1].end(), village, "village")
        return running

    def _level_split(self, q: Quantity, s_start: int) -> tuple[Metric, str, int, str] | None:
        """其中省派18名、市派45名: a count by dispatching level continues the article's last dispatch figure."""
        lasts = getattr(self, "_last_dispatch", {})
        last = lasts.get("team") if q.unit == "count" and q.classifier in ("个", "支") else lasts.get(q.unit)
        if last is None:
            return None
        start = max(s_start, q.prefix_start - 12)
        segment = ("、" if start == s_start else "") + self.text[start: q.prefix_start]
        if not _LEVEL_SPLIT_RE.search(segment):
            return None
        return self.catalog.by_code(last.metric), last.unit, 0, last.keyword

    def _fact(self, q: Quantity, hits: list[KeywordHit], s_start: int, s_end: int, role: str, article: Article,
              running: Place | None, article_place: Place | None, previous: Fact | None = None) -> Fact | None:
        text = self.text
        if q.unit is None:
            return None
        c_start, c_end = _clause_bounds(text, s_start, s_end, q.prefix_start)
        if _skip(text, q, c_start):
            return None
        clause_hits = [h for h in hits if h.start >= c_start and h.end <= c_end]
        chosen = self._level_split(q, s_start)
        by_level = chosen is not None
        if chosen is None:
            chosen = self._metric(q, clause_hits)
        if chosen is None and c_start > s_start and not clause_hits:
            # 购买意外伤害保险，每人保额不低于50万元: the keyword may close the previous clause.
            p_start, _ = _clause_bounds(text, s_start, s_end, c_start - 1)
            tail = [h for h in hits if h.start >= p_start and h.end <= c_start - 1 and c_start - 1 - h.end <= 2]
            chosen = self._metric(q, [KeywordHit(h.start, q.prefix_start, h.keyword, h.metrics) for h in tail]) \
                if tail else None
            if chosen is not None:
                metric, unit, _, keyword = chosen
                chosen = (metric, unit, BEFORE // 2, keyword)
        if chosen is None and previous is not None and previous.unit == q.unit and not clause_hits \
                and _COMPARE_RE.match(text[c_start: q.prefix_start]):
            chosen = (self.catalog.by_code(previous.metric), q.unit, BEFORE // 2, previous.keyword)
        if chosen is None:
            return None
        metric, unit, gap, keyword = chosen
        if not by_level and previous is not None and previous.metric == metric.code and previous.unit == unit \
                and text[c_start: c_start + 2] == "其中" and previous.char_start < c_start:
            return None  # 种植油松19.3亩，其中贫困户种植17亩: a part of the figure just given, not another figure
        if metric.code in _SECURED_FROM and q.unit == "yuan" and (
                _SECURED_MONEY_RE.search(text[c_start: q.prefix_start])
                or (metric.code == "matching_funds" and _SECURED_VERB_RE.search(text, c_start, q.prefix_start))):
            metric = self.catalog.by_code("funds_secured")  # 争取帮扶资金3460万元: won for the villages, not allocated
        elif metric.code == "people_trained" and any(
                m.code == "cadres_trained" for h in hits if h.end <= q.prefix_start for m in h.metrics):
            metric = self.catalog.by_code("cadres_trained")  # 驻村干部培训3期，培训216人次: the trainees are the cadres
        if q.value <= 1 and q.unit not in ("yuan", "km", "mu", "percent") and gap > 0:
            return None  # a tally of one only right after its keyword: 引进项目1个
        region = self._region(q, c_start, s_start, article, running, article_place)
        years = [m for m in _YEAR_RE.finditer(text, s_start, s_end)]
        before_years = [m for m in years if m.end() <= q.prefix_start]
        year = int((before_years[-1] if before_years else years[0]).group(1)) if years else None
        proximity = 1.0 - min(gap, BEFORE) / (BEFORE + 1)
        clarity = 1.0 if q.qualifier != "approx" else 0.6
        unit_clarity = 1.0 if q.unit != "count" else (0.8 if _count_unit(text, q) else 0.5)
        confidence = 0.30 + 0.30 * proximity + 0.20 * article.relevance + 0.10 * clarity + 0.10 * unit_clarity
        if role == "headline":
            confidence -= 0.15
        if q.chinese:
            confidence -= 0.05
        ev_start, ev_end = max(s_start, q.prefix_start - 50), min(s_end, q.end + 50)
        return Fact(
            kind=metric.kind, metric=metric.code, value=q.value, unit=unit,
            basis=_basis(text, q, c_start, metric), qualifier=q.qualifier,
            region=region.name if region else None, year=year,
            evidence=text[ev_start:ev_end].strip(), char_start=q.prefix_start, char_end=q.end,
            confidence=round(max(0.0, min(1.0, confidence)), 3),
            region_level=region.level if region else None, article=article.index, keyword=keyword,
        )


def deduplicate(facts: list[Fact]) -> list[Fact]:
    """One fact per (kind, unit, value, basis): a figure restated in a headline or a summary counts once."""
    best: dict[tuple, Fact] = {}
    order: list[tuple] = []
    for fact in facts:
        key = (fact.kind, fact.unit, round(fact.value, 4), fact.basis)
        if key not in best:
            best[key] = fact
            order.append(key)
        elif fact.confidence > best[key].confidence:
            best[key] = fact
    return sorted((best[k] for k in order), key=lambda f: f.char_start)
