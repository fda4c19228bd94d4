"""Facts from the articles about the programme: a number with a unit, tied to a metric by a keyword near it.

For every quantity (numbers.py) in a kept article, the metric is the vocabulary keyword nearest to it
in the same clause (up to BEFORE chars before, AFTER chars after; a keyword before wins a tie), among
metrics whose units fit the quantity (名 → person, 个 + 工作队 → team, 元 → yuan, ...). A quantity with
no keyword near it is not a fact. Skipped as not-a-fact: thresholds (20户以上的村), start values
(由50个增加到207个 keeps 207), count ranges (各选派1-2个: a norm), per-unit norms (每个工作队不少于3人),
counts of one, vague numbers (几十位), negated keywords (尚未脱贫), and short quotations (slogans); figures
in quoted speech are kept.

Region follows the sentence's subject and scope, not the nearest place name: the anchor nearest
before the number in its sentence, where anchors are places (not in brackets, not a dispatching
organ), scope words (全省/我省 → the province, 全市 → the city, 该县/全县/县财政 → the county, 村里/该村
→ the village being talked about, 帮扶村 in the plural → their county, 全国), and cadres named (→ their
village). With no anchor in the sentence, the anchor the article last set; else the article's and
then the page's main place. Scope words are rows of seeds/report_vocabulary.csv.

Money: a rate written out (每人每月, 每人每天, 元/人·天, 人均, 每年) sets the basis; a total word (共安排,
合计, 累计) or a head count in the clause makes it a total, and so does a sum too large for a rate;
money in a clause of its own with no keyword (其中市级补助…，合计约…) takes the funding metric of the
figure before it or of the sentence; 投资20万 is money. A range (70-120元) is two facts, at_least and
at_most. Counts: a small count in Chinese numerals that names a slogan (实现两个全覆盖, 三个一批) or
restates the villages just named (甲村和乙村…两个村) is not a figure.

Confidence (0..1) starts from keyword proximity, article relevance, qualifier and unit clarity, and is
lowered for what makes a figure doubtful: a generic two-character keyword, a metric taken from another
clause, a region not anchored in the sentence, several numbers in one clause, a headline, a range.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import attrgetter
from pathlib import Path

from flows.reports.catalog import VOCABULARY_SEED, Catalog, Metric, Vocabulary, load_vocabulary
from flows.reports.confidence import REVIEW_BELOW, ConfidenceModel, load_confidence_model
from flows.reports.models import Fact
from flows.reports.names import surname_length
from flows.reports.numbers import HOUSEHOLD_NOUN_RE, Quantity, find_quantities, prefix_qualifier
from flows.reports.people import PARTY_STATIONED_RE
from flows.reports.regions import (LEVEL_RANK, Place, chains, ends_with_verb, list_start, load_divisions, paper_place,
                                   place_cues)
from flows.reports.scan import AnchoredPattern, numeral_run, trie_pattern
from flows.reports.segment import Article

BEFORE, AFTER = 14, 8
_TEAM_PHRASE_REACH = 16  # characters from a count in 支 to the team noun heading the phrase after it
_COUNT_UNITS = ("item", "village", "team")
_TEAM_COUNTERS = ("个", "支")
# 562个行政村村均收入, 50个村平均每村: the villages an average is taken over
_AVERAGE_OVER_AFTER_RE = re.compile(r"[^，。,；;、]{0,10}?村(?:村均|平均)")
# 800个…薄弱村作为扶持对象: the villages designated as the programme's objects
_OBJECTS_AFTER_RE = re.compile(r"[^，。,；;]{0,30}?村作为(?:重点)?(?:扶持|帮扶|帮促|结对帮扶|驻村帮扶|包联)对象")
_PAIRED_VILLAGE = r"(?:帮扶|联系|包联|包扶|结对|挂钩|定点帮扶|对口帮扶)村"  # a unit's villages, by the tie that pairs them
# 干部结对包扶贫困村112个、贫困户7650户: the pairing of cadres with villages and households
_PAIRING_VERBS = r"结对|包扶|包联|帮包|结亲"
_PAIRED_BEFORE_RE = re.compile(rf"(?:{_PAIRING_VERBS})")
# 与N户脱贫户实行结对帮扶 / 结成帮扶对子: the pairing named after the partners counted
# 全村有N户脱贫户种下高粱N亩: land sown or stock raised by some of the village's households, in the figure's own
# clause before it, is work done, though the sentence opens as a profile
_GROWING_BEFORE_RE = re.compile(r"户[\u4e00-\u9fff]{0,6}?(?:种植|种了|种下|栽种|栽植|养殖|养了)")
# N名某县第三批驻村第一书记: the post (a batch may stand before it) right after the places whose cadres are counted
_OWN_CADRES_AFTER_RE = re.compile(r"(?:第[一二三四五六七八九十\d]+批)?(?:的)?(?:驻村|选派|派驻|下派|乡村振兴)?"
                                  r"(?:第一书记|工作队员|工作队队员|驻村干部|干部)")
_PAIRING_AFTER_RE = re.compile(rf"(?:{_PAIRING_VERBS}|结成[\u4e00-\u9fff]{{0,4}}?对子)")
# 137个区直机关、企事业单位对某盟…开展定点帮扶: the organs and units a programme's clause counts (a noun of organs, the
# level's 直 before it, a list of them joined by 、)
# 省直单位, 中央驻闽单位; 省直和中央驻闽单位: the levels of the units that send, one or a list of them
_UNIT_LEVEL = r"(?:[省市县区旗盟州]直|中直|中央(?:驻[\u4e00-\u9fff])?)"
_UNIT_NOUN = rf"(?:{_UNIT_LEVEL}[和、及与])*{_UNIT_LEVEL}?(?:机关|部门|企事业|事业|中省直)?(?:单位|机关|部门)"
_UNITS_AFTER_RE = re.compile(rf"{_UNIT_NOUN}(?:[、和及]{_UNIT_NOUN})*(?![\u4e00-\u9fff]{{0,2}}(?:干部|职工|人员|党员))")
_UNITS_AIDING_RE = re.compile(r"[^，。,；;]{0,16}?(?:单位|机关|部门)(?:对口)?对")
_POST_CODES = ("first_secretaries_dispatched", "team_members_dispatched")
_POST_BEFORE_RE = re.compile(r"(?:驻村|村)?[“\"]?")  # what may stand between a count and the post it counts
# 对N户…进行了逐户走访: what stands between a count after 对 and the verb of the work done on it
_CARRIED_OUT_RE = re.compile(r"[^，。,；;、：:]{0,10}?进行了?(?:逐户|逐一|全面|深入|集中|入户)?")
_OWN_FIGURE_AFTER_RE = re.compile(r"[^，。,；;、：:\d]{0,4}?\d")
_DESCRIBED_NOUN_RE = re.compile(r"[^，。,；;、：:\d]{1,12}?的")  # 长期困扰群众的: what a counted noun is described as, before it
_DESCRIBED_AS_RE = re.compile(r"是[^，。,；;、：:]{0,12}?的[^，。,；;、：:的]{0,8}")
_AID_AFTER_STANDARD_RE = re.compile(r"(?:给予|进行|予以|对[^，。,；;]{0,10}?)?(扶持|帮扶|支持|补助|补贴|奖补|奖励)")
_SURVEY_RE = re.compile(r"摸底|摸排|排查|普查|调查")
_ON_THE_WAY_RE = re.compile(r"前往|赶往|去往|奔赴|驱车|来到|走进")
_HOMES_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{0,4}?家(?:中|里|的路上|去|了解)")  # 两户贫困户家中: the homes gone to
_EARLIER_BATCH = "前上首"  # 前两批, 上一批, 首批: batches before this one, referred back to
_SIZE_BEFORE_RE = re.compile(r"(?:[宽高深厚]|[座处栋间口眼个]长)$")  # the counters a count of teams is written with
# A question mark before a digit or a Latin letter is encoding residue (总?ab?60人), not a sentence end.
_SENTENCE_RE = re.compile(r"(?:[^。！？!?；;\n]+|\?(?=[0-9A-Za-z\u00c0-\u024f]))(?:[^。！？!?；;\n]*\?(?=[0-9A-Za-z\u00c0-\u024f]))*"
                          r"[^。！？!?；;\n]*[。！？!?；;]*")
_CLAUSE_SEP = set("，,：:")
_RISE = r"(?:增加|提高|增长|上升|提升|扩大|发展|跃升|攀升|上涨|[增升涨]|翻番|翻了一番|翻一番|翻两番|翻了两番)"
_RISE_RE = re.compile(_RISE)
# (由N元提升为M元: 为 after a verb of rising marks the end value too)
_FROM_VALUE_RE = re.compile(rf"{_RISE}(?:到|至|为)|(?:下降|减少|降低|[降减]|由)(?:到|至)")
_FROM_BEFORE_RE = re.compile(r"[由从](?:\d{4}年(?:底|末|初)?的?)?$")
_FROM_TO_RE = re.compile(rf"[由从][^，。,；;]{{1,18}}?{_RISE}(?:到|至|为)[^，。,；;]{{0,8}}$")
_TO_HALF_RE = re.compile(rf"(?:又|再|已|已经)?{_RISE}(?:到|至)(?:了)?(?:现在|如今|目前|今年|去年|当前)?(?:的)?")
# 长N米、宽M米: a length with another dimension right after it (宽, 高, 深) is the size of one thing
_OTHER_DIMENSION_AFTER_RE = re.compile(r"[、，,]?(?:宽|高|深|厚)(?:约|近)?[\d一二两三四五六七八九十]")
# a share, then the class of the poor it measures (N%的低收入农户, M%的薄弱村): how many are poor, no result
# (100%的贫困户实现脱贫: a verb of the result after them makes the share a result)
_SHARE_OF_THE_POOR_AFTER_RE = re.compile(r"(?:左右|以上|以下)?的(?:农村)?(?:低收入|贫困|建档立卡贫困|经济薄弱|集体经济薄弱|薄弱|后进|软弱涣散)"
                                         r"(?:人口|农户|户|群众|村|人)(?!实现|已|均|都|全部|脱贫|摘帽|出列)")
# 2016年之前, 2015年以前: a time before a year, what a place was then
_BEFORE_A_YEAR_RE = re.compile(r"(?:19|20)\d{2}年(?:之前|以前|前)(?![后来])")
# townships counted (N个乡镇, N个镇街), and a verb of covering or of being stationed before them in the clause
_TOWNSHIPS_AFTER_RE = re.compile(r"(?:乡镇|镇街|镇（街道）|镇\(街道\)|乡（镇）|乡\(镇\))")
_COVERS_BEFORE_RE = re.compile(r"覆盖|扎根|进驻|派驻|驻点|联系")
# a verb of planting (种下两棵杏树): things the work planted, counted
_PLANTING_VERB_RE = re.compile(r"种下|栽下|种了|栽了|种植|栽种|栽植|新植|补植")
# the works measured by their length (roads, canals, pipes, lines, banks, walls)
_LINEAR_WORK_RE = re.compile(r"路|道|渠|沟|管|线|堤|河|坝|墙|栏")
_CLAUSE_YEAR_RE = re.compile(r"(?:19|20)\d{2}年(?:底|末)?")
# A short clause that dates what follows (截至2020年底，到2022年，而至2021年末，): the time a figure is told at
_DATED_CLAUSE_BEFORE_RE = re.compile(r"(?:而|但)?(?:截至|截止到?|到|至)((?:19|20)\d{2})年(?:底|末)?[，,]$")
_DISTRIBUTIVE_RE = re.compile(r"每(?:个|名|村|户|人|队|支|乡|镇|位)")
# 每年选派3万人 is a yearly figure; 每月走访不少于15户 (a period with a bound) is a norm.
_PER_PERIOD_RE = re.compile(r"每(?:年|月|季度|周)")
# 其中用于：, 主要用于: the list of what a sum is spent on opens
_USES_OPENED_RE = re.compile(r"用于[：:]")
_EXAMPLE_OPENERS = ("其中", "比如", "例如", "像")  # 其中某村…: one named as an example of those counted
_ACTIVITY_COUNTERS = frozenset({"场", "场次", "期", "份"})
_ACTIVITY_VERB_RE = re.compile(r"(?:召开|开展|举办|组织|发放|印发|分发|张贴|宣讲)")
_DEEDS_AFTER_RE = re.compile(r"[^，。,；;！？\n\d]{0,10}?(?:事|实事|好事|难事|事情)(?![业务项])")
_DEED_VERB_BEFORE_RE = re.compile(r"(?:办|做|干|解决)了?$")
_LACKING_AFTER_RE = re.compile(r"(?:还|都|仍|尚|均)?(?:没有|没通|未通|不通|缺少|缺乏)")
_GROUPED_BY_RE = re.compile(r"一(?:组|班|队|小组|个小组)")
_PER_HEAD_RE = re.compile(r"每(?:位|名)(?:驻村)?(?:第一书记|干部|队员|工作队员)")
# (N个“访惠聚”驻村工作队: a quoted campaign name may come first)
_NOUN_TEAM_RE = re.compile(r"^(?:[“\"‘][^”\"’，。]{1,8}[”\"’])?[^，。,；;、：:]{0,6}?(?:工作队|工作组|帮扶队)")
_TEAM_BEFORE_RE = re.compile(r"(?:工作队|工作组|帮扶队|小分队|队伍)$")
_CADRE_BEFORE_RE = re.compile(r"(?:干部|第一书记|工作队员|队员)$")
_TEAM_NAMED_BY_VILLAGE_RE = re.compile(r"(?:扶贫|驻村|帮扶|乡村振兴)?(?:工作队|工作组|帮扶队)")
_NOUN_POPULATION_RE = re.compile(r"(?:贫困|建档立卡|脱贫|低收入|农村)?(?:人口|劳动力|人员)")
# 3个镇15个村: not past the next count; 村级光伏电站: a village-level thing, not villages; 困扰村里的, 村民: the
# village's inside or its people, describing what is counted
# (N个社区选派工作组: a community is a village-level place; the count is of them, not of the teams after them)
# (乡村振兴工作队: the campaign's name holds 村 and counts no villages)
_NOUN_VILLAGE_RE = re.compile(r"^[^，。,；;、：:0-9]{0,5}?(?:(?<![驻进入包联])村(?![级里民])(?!(?<=乡村)振兴)|社区)")
# 第一书记所在村, 工作队帮扶村, 第一书记村: a cadre noun that qualifies a village noun (the villages counted)
# (N个队员帮扶村, 联系村, 包联村, 挂钩村: the villages the members each aid, named by them)
_CADRES_VILLAGE_RE = re.compile(r"(?:驻村)?(?:第一书记|工作队|干部|(?:工作)?队员(?=帮扶|联系|驻点|包联|挂钩))"
                                r"(?:所在|所驻|派驻|驻点|帮扶|任职|联系|包联|挂钩)?村(?![民委级])")
_NOUN_CADRE_RE = re.compile(r"(?:驻村|帮扶|党员|年轻)?(?:干部|第一书记|工作队员|队员)")
# 650名机关干部, 120名领导干部: a head count whose noun, a few modifiers long, is cadres
# the verb of going into the villages opening the clause after a count of cadres (…2名干部，入村配合工作队…), or
# right after the cadres, in their clause, with the time it is said to happen (3万名干部将进驻…)
_INTO_VILLAGE_NEXT_RE = re.compile(r"(?:将|即将|已|已经)?(?:分别|全部|均|都)?(?:入村|进村|驻村|下沉到村|进驻|入驻)")
# 贫困户只剩18户, 还剩下5户: the count left of the poor households the clause names before it
_LEFT_BEFORE_RE = re.compile(r"(?:只|还|仅|尚)?剩(?:下|余)?$")
_POOR_BEFORE_RE = re.compile(r"贫困户|建档立卡户|困难户")
# a figure compared with: after 低于/高于 … 的, or after 比 … 的 with 低/高 right after it
_BENCHMARK_BEFORE_RE = re.compile(r"(?:低于|高于|相当于|不及)[^，。,；;！？\d]{2,20}的$")
_THAN_BEFORE_RE = re.compile(r"比[^，。,；;！？\d]{2,20}的$")
_THAN_AFTER_RE = re.compile(r"(?:还|更|要)?(?:低|高|少|多)")
# 30名派驻某县的干部: a verb of posting opening the phrase that qualifies the cadres counted, the place after it
_POSTED_TO_MODIFIER_RE = re.compile(r"(?:名|位|个|支)?(?:派驻到?|下派到?|选派到|派往|驻)(?=[\u4e00-\u9fff])")
# N万元，款项全部用于某村…: the place the sum is used in, named right after the verb of its use (用于对某村…资助:
# a preposition of whom it goes to may stand between)
_FUNDS_USED_IN_RE = re.compile(r"元?[，,]?(?:这些|该|此|上述)?(?:资金|款项|钱)?(?:全部|主要|均|都)?用于(?:对|给|为|向)?"
                               r"(?:完善|改善|建设|支持|发展)?")
# 占全省…的N%, 约占全市…: the verb of a share, right before the scope word of the whole it is taken of
_SHARE_OF_BEFORE_RE = re.compile(r"占(?:到|了)?$")
# N户以上自然村: households bounding the size of the villages counted or rated after them
_VILLAGES_BY_SIZE_RE = re.compile(r"(?:以上|以下)?的?(?:自然村|村庄|村落|村组|村民小组)")
# 为两村种植…, 为该村修建…: the villages a work is done for, pointed back to
# (对N户…)开展监测走访, 进行入户走访: the visits carried out on the households counted after 对
_OBJECT_OF_BEFORE_RE = re.compile(r"对[^，。,；;！？\d]{0,8}(?:\d+户[^，。,；;！？\d]{0,8}[和、及])?$")
_VISIT_CARRIED_OUT_RE = re.compile(r"(?:开展|进行)了?[\u4e00-\u9fff]{0,8}?(?P<verb>走访|遍访|入户)")
# 贫困户有N户M人，…全部脱贫 / 实现整村脱贫 / 全部达到脱贫标准: the poor counted, all out by a later clause
_POOR_NOUN_RE = re.compile(r"(?:建档立卡)?(?:贫困户|贫困人口|贫困群众)|建档立卡户")
_ALL_OUT_LATER_RE = re.compile(r"(?:全部|整村|均已|全都|已全部)[\u4e00-\u9fff]{0,2}?(?:脱贫|出列|退出|摘帽)"
                               r"|全部达到[^，。,；;！？\d]{0,10}?脱贫标准")
# 甲某、乙某(两户): names listed right before a count of their households
_NAMES_LISTED_BEFORE_RE = re.compile(r"[\u4e00-\u9fff]{2,3}、[\u4e00-\u9fff]{2,3}$")
# (N个)村(全部实现)集体经济收入(全部达到)5万元以上: villages counted all over an income level
_VILLAGES_ALL_OVER_RE = re.compile(r"(?:个|个行政)?村[^，。,；;！？\d]{0,10}?(?:村集体|集体)(?:经济)?(?:经营性)?(?:年)?收入"
                                   r"[^，。,；;！？\d]{0,8}?\d+(?:\.\d+)?万元?(?:以上|及以上)")
# (，)去年达到 / 2020年突破 / 目前已增至: a clause opening with a time and a verb of reaching, right before its figure
_REACHING_VERB_RE = re.compile(r"达到|达|突破|增至|增加到|增长到|提高到|提升到|超过|超")
_REACHED_OPENING_RE = re.compile(r"\s*(?:(?:19|20)\d{2}年(?:底|末)?|去年|今年|当年|目前|如今|现在|年底|到年底|截至目前)?[，,]?"
                                 rf"(?:已经|已|就)?(?:{_REACHING_VERB_RE.pattern})?了?")
# 软弱涣散党组织N个, 基层党支部N个: the party bodies of villages, counted after their noun
_PARTY_BODY_BEFORE_RE = re.compile(r"(?:党组织|党支部)$")
# 以某某为组长的(联户)…: the leader a team is described by, between its count and its noun
_LED_BY_BEFORE_TEAM_RE = re.compile(r"以[^，。,；;！？\d]{1,12}?为(?:组长|队长|负责人)的[\u4e00-\u9fff“”\"]{0,12}?")
# 分别达到15万元和16万元: figures listed one after another, one for each of the places named before 分别
_RESPECTIVE_JOIN_RE = re.compile(r"[\u4e00-\u9fff]{0,2}?(?:和|、|及|与|，|,)")
_TWO_VILLAGES_RE = re.compile(r"两村|两个村|这两个村")
_FOR_THE_VILLAGES_RE = re.compile(r"[为给帮](?:(?P<two>两村|两个村|这两个村|两个贫困村)|该村|本村)")
# a division's level suffix, dropped to find its short form on the page (安徽省 → 安徽, 广西壮族自治区 → 广西)
_DIVISION_SUFFIX_RE = re.compile(r"(?:省|市|(?:壮族|回族|维吾尔)?自治区|特别行政区)$")
# 某县有贫困村N个 … 贫困发生率P%: the profile words around a place's poor villages
_POVERTY_PROFILE_RE = re.compile(r"贫困发生率|贫困人口(?:总量|\d)|建档立卡贫困户\d|\d+户(?:农户)?\d+(?:\.\d+)?万?人")
# N万元的“产业增收资金”: the sum right before a quoted name of a fund
_FUND_NAMED_AFTER_RE = re.compile(r"的?[“\"][^”\"，。,；;]{1,10}(?:资金|基金|经费)[”\"]")
_TEAMS_OF_BEFORE_RE = re.compile(r"(?:工作组|工作队)的$")
_CADRES_AFTER_RE = re.compile(r"[“\"]?[\u4e00-\u9fff]{0,4}?(?:干部|第一书记|工作队员|队员)")
# N名干部M个工作队: the cadres counted, then at once the teams they make up (one sending, two counts)
_CADRES_THEN_TEAMS_RE = re.compile(r"(?:党员)?干部[、和及]?(?:\d+|[一二两三四五六七八九十百千]+)(?:多|余)?[个支]"
                                   r"[^，。,；;、]{0,6}?(?:工作队|工作组|帮扶队)")
# 19.89万落实结对帮扶的干部: a count in 万 with no classifier, whose clause names the cadres it counts
# The smallest dispatch counts only the whole country reaches (a province's own, summed over its years: some
# tens of thousands of teams, a few hundred thousand cadres)
_NATIONAL_SIZE = {"team": 100_000, "person": 1_000_000}
# Counts of those the work is for or done by: written twice in a sentence, the same people
_HEAD_COUNT_UNITS = frozenset({"household", "person", "village", "team"})
# 派出12名干部，在某县…, 派出挂职干部N人次，为某县…: the cadres counted, a comma, then where (or for whom) they work
_GROUND_AFTER_RE = re.compile(r"(?:名|人|位)?(?:[\u4e00-\u9fff]{0,8}?(?:干部|书记|队员|人员|骨干))?[，,]"
                              r"(?:先后|长期|常年|常驻)?(?:在|为|扎根|深入)"
                              # 派出干部N人次在某省某市开展帮扶: the count of people, then at once where they work
                              r"|(?:人次|名|人|位)?在(?=[\u4e00-\u9fff]{2,20}?(?:开展|从事|驻村|帮扶|扶贫|挂职))"
                              # 选派N名党员干部任第一书记持续帮扶某县: the post they took, then the division they aid
                              r"|(?:名|人|位)?[\u4e00-\u9fff]{0,8}?(?:干部|党员|骨干)(?:担任|任)(?:村|驻村)?第一书记"
                              r"(?:接力|持续|定点|对口|结对)?帮扶")
# 派驻N名干部到国家级贫困村——某市某县某村: a village noun, then a dash or a colon, then the place that names it
_NAMED_AFTER_NOUN_RE = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:贫困村|重点村|示范村|村)(?:——|—|－|：|:)")
# between a money keyword and a sum written without 元: a verb of reaching, 均, 就, 已 (收入达到12万, 收入均6万以上),
# the level it rose from first (集体收入从零提高到百万, 由3万元增加到12万)
_REACHING_GAP_RE = re.compile(r"(?:均|已|就|也|都|每年|年)?(?:[从由](?:零|\d+(?:\.\d+)?万?元?)(?=增|提|达))?"
                              r"(?:达到|达|超过|突破|增加到|增至|提高到|为|有)?了?(?:近|约)?")
# a township rarely holds more administrative villages than this: a count of villages this large is a county's
_MORE_VILLAGES_THAN_A_TOWNSHIP = 50
# Dispatch counts no village has: more first secretaries or teams than a few successive ones, more cadres
# than a team of a few members a year
_TOO_MANY_FOR_A_VILLAGE = {"first_secretaries_dispatched": 10, "teams_dispatched": 10, "cadres_dispatched": 100,
                           "team_members_dispatched": 100}
_TEN_THOUSAND_CADRES_RE = re.compile(r"[\u4e00-\u9fff]{0,10}?的(?:驻村|帮扶|结对)?(?:干部|第一书记|工作队员)(?=[，。,；;、和及）)]|$)")
# Between cadres counted and the verb that sends them: when, and who arranged it (N名队员于今年3月进驻某村,
# N名队员是2月1日经省里统一协调进驻某村的)
_WHEN_AND_BY_WHOM = (r"(?:是|于)?(?:(?:19|20)\d{2}年|今年|去年)?(?:\d{1,2}月份?)?(?:\d{1,2}日)?"
                     r"(?:经[\u4e00-\u9fff]{1,10}?(?:协调|安排|部署|批准))?")
_TOGETHER = ("一起", "一道", "一同")  # closing a comitative phrase (和N名同事一起): its verb comes after a comma
# A zone that no gazetteer holds, run by its own committee (示范区, 高新区): where a page about it does its work
_ZONE_RE = re.compile(r"(?:示范区|开发区|高新区|经开区|新区|试验区|管理区)")
# 记者来到…走访了, 记者先后走访: the reporter as the subject of a verb of going or visiting, in the sentence before
# a small count: the story's people or villages
_REPORTER_GOES_RE = re.compile(r"记者[\u4e00-\u9fff]{0,4}?(?:走访|来到|走进|深入|前往|到|赴|探访|随)")
# 计 right before a sum: what a rate comes to over its holders (…的工作经费计10万元); not 预计/估计/统计/设计
_AMOUNTING_TO_RE = re.compile(r"(?<![预估统设])计约?$")
# 每个驻村工作队4名成员, 每个扶贫工作队3至5人: the size of each team, right before the head count, is the members a
# team is sent with (a count, or a range, of team members); 不少于 makes it a norm (skipped as before)
_TEAM_SIZE_BEFORE_RE = re.compile(r"每(?:个|支)?(?:驻村|扶贫|帮扶|驻村帮扶|驻村扶贫)?(?:工作队|驻村队|工作组|扶贫队|帮扶队)"
                                  r"(?:由|有|配备|共)?(?:\d+(?:至|到|-|~|～|—))?$")  # (the high end of a range: 3至5人)
_EACH_TEAM_RE = re.compile(r"每(?:支|个)?(?:驻村)?(?:工作队|工作组|队|村)")  # a holder that is no person (每支工作队, 每村)
_PER_ITEM_RE = re.compile(r"的[\u4e00-\u9fff]{1,10}?\d+(?:笔|户|人|名)")
_YEAR_RE = re.compile(r"((?:19|20)\d{2})年")
_LIFTED_AFTER_RE = re.compile(r"(?:[，,、和]?\d+(?:\.\d+)?万?[户人名])*[，,]?(?:已|均|全部|全面|整体|实现|顺利|如期|稳定)*脱贫"
                              r"(?:出列|摘帽|退出|销号|了)?(?=[，,、。；;！\n]|$)")  # (、: the next result of a list)
_MEMBERS_AFTER_RE = re.compile(r"\d+人")
# firms counted with 户 (N户国有企业, N户民营企业, N户公司): the noun right after the count, a qualifier or two before it
_FIRMS_AFTER_RE = re.compile(r"(?:[国央民私外]营|国有|中央|省属|市属|县属|重点|骨干|龙头)?(?:企业|公司)")
# between two sums of a list: the first one's noun (某某项目), then 、 (a clause break or a figure ends the list)
_LIST_ITEM_GAP_RE = re.compile(r"[\u4e00-\u9fff“”\"（）()]{0,15}、")
# People counted, then (after a cadre noun and a few adverbs) a verb of going into the villages and homes, or of
# forming several teams: the cadres sent, the visitors or the teams' people (not households visited, not jobs)
_VISITORS_AFTER_RE = re.compile(r"(?:[\u4e00-\u9fff]{0,4}?(?:干部|队员|第一书记))?(?:常态化|分别|全部|都|均|深入|主动|定期|经常|坚持|先后){0,2}"
                                r"(?:进村入户|走村入户|入户走访|走访|遍访|走村串户)")
_FORM_TEAMS_AFTER_RE = re.compile(r"(?:[\u4e00-\u9fff]{0,4}?(?:干部|党员|同志|职工))?(?:共同|分别)?组成了?(?:\d+|[两三四五六七八九十]+)[个支]"
                                  r"[^，。,；;！？]{0,8}?(?:工作队|工作组|帮扶队|小分队|服务队)")
# cadres counted (a rank or party word may qualify them), then a verb of pairing and the households paired with
_PAIRED_WITH_HOUSEHOLDS_RE = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:干部|党员|职工)(?:分别|各自|各|都)?"
                                        r"(?:对口帮扶|结对帮扶|联系帮扶|包联|联系|帮扶|结对)(?:\d+|[一二两三四五六七八九十]+)户")
# 分别是500元，450元，400元 / 处级180元/月，科级130元/月: a clause holding only a sum, after a label of three
# characters at most (a rank, a level), and at most the period of a rate after it
_BARE_SUM_LABEL_RE = re.compile(r"[\u4e00-\u9fff]{0,3}")
_BARE_SUM_TAIL_RE = re.compile(r"(?:/[月年天日周])?[）)]?[。；;]?")
_ONE_OF_RE = re.compile(r"[^，。,；;！？\n]{0,16}(?:之一|的一员)")
_EXCEPT_BEFORE_RE = re.compile(r"除了?$")
# people counted who then act together (三人一同走访农户): the subject of the verb, not those the work reached
_DOERS_AFTER_RE = re.compile(r"(?:便|就|又|也|都)?(?:一起|一同|共同|亲自|结伴)")
# the households' noun closing the clause, no verb after it (全村N户脱贫户，)
_HOUSEHOLDS_CLOSING_RE = re.compile(r"[\u4e00-\u9fff]{0,3}?户")
# 全村N户, 全村贫困户N户, 全村共有建档立卡贫困户N户: the village's households (of a status), counted as they are
_WHOLE_VILLAGE_STATUS_BEFORE_RE = re.compile(r"全村(?:(?:共有|现有|有|共)?(?:建档立卡)?(?:贫困户|脱贫户|低保户|五保户|监测户|边缘户)"
                                             r"(?:共有|有|共)?)?$")  # (or 全村 alone: 全村N户)
_DIGIT_RE = re.compile(r"[0-9０-９]")
_VALUED_MODIFIER = 4  # characters of a modifier between 价值N元的 and the noun of what was bought (特色, 优质)
_HAN_RUN_RE = re.compile(r"[\u4e00-\u9fff]*")
_MERGED_LIST_RE = re.compile(r"由原?[^，。,；;！？\n]{2,40}?(?:合并|整合|撤并)而?成")
_MERGED_FROM_RE = re.compile(r"[^，。,；;！？\n]{0,8}?(?:合并|整合|撤并)而?成")
_DIMENSION_NEXT_RE = re.compile(r"\s*(?:宽|高|深|厚|宽度|高度)(?:约|近)?[\d.]+(?:余|多)?(?:米|公里|厘米)")
_CLAUSE_BREAK_RE = re.compile(r"[，,、；;：:]")
# The noun phrase a count counts: after the classifier up to a break, a conjunction or 的 (quotes inside kept
# and dropped when read); before the number, the run of characters back to a break or a verb of doing.
# (quotation marks inside the phrase are not counted in its length: 20名后盾单位“一把手”担任驻村第一书记)
_NOUN_AFTER_RE = re.compile(r"(?:[“”‘’\"]?[\u4e00-\u9fff](?<![和与及的了])){1,16}[“”‘’\"]?")
_NOUN_BEFORE_RE = re.compile(r"[\u4e00-\u9fff]{1,8}$")
_QUOTES_RE = re.compile(r"[“”‘’\"]")
# a sum right before the price it is (N元的批发价, N元一斤的价格, N元/斤的收购价)
_PRICE_AFTER_RE = re.compile(r"(?:[/每一][斤公kK克个只箱袋盒瓶件][斤克g]?)?的?(?:批发|收购|销售|市场|零售|出厂|保护)?(?:价格|价|单价)(?![值款])")
_WIDTH_AFTER_RE = re.compile(r"(?:\d+(?:\.\d+)?米宽|宽\d+(?:\.\d+)?米)?的")
_POPULATION_AFTER_RE = re.compile(r"[、，,]?\d+(?:\.\d+)?万?(?:人|口)")
# 争取道路硬化资金80万元: money won for a purpose is funds secured, whatever the purpose's keyword.
_PAID_BEFORE_RE = re.compile(r"(?:上交|上缴|交纳|缴纳|交给村集体|交给村里)了?$")
_TO_VILLAGE_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:给|交给)(?:村集体|村里|村)")
_PAID_TO_VILLAGE_BEFORE_RE = re.compile(r"向(?:村集体|村里|村)[\u4e00-\u9fff]{0,6}?(?:上交|上缴|交纳|缴纳)[\u4e00-\u9fff]{0,4}$")
_PER_RATE_RE = re.compile(r"每(?:个|名|人|位|天|日|年|月|季度|周)|[/／](?:人|天|日|月|年)")
_GRANTING_ORGAN_BEFORE_RE = re.compile(r"(?:局|办|厅|委|部门|政府|财政|公司|银行|集团)$")  # 县移民办|补助
_WORKS_NAMED_AFTER_RE = re.compile(r"的[^，。,；;！？\n]{0,16}?(?:工程|项目)")  # 30万元的某某改造工程: the works the sum is of
# the programme's terms for its cadres (每年5000元的工作经费, 每月600元的饭费补贴): set by the province or city
# that sends them, not the work of the village a story goes on to tell; small sums per head and day are their usual size
_CADRE_PROVISIONS = frozenset(("work_funds", "living_subsidy", "transport_subsidy", "accident_insurance"))
_SECURED_FROM = ("matching_funds", "facilities_built", "road_km_built", "canal_km_repaired", "projects_secured",
                 "enterprise_projects")
# 去年村集体经济收入达到18万元，比驻村前增加了15万元: a comparison continues the figure before it.
# an organ named as posting a cadre somewhere on the page (某局派驻某村, 某委驻某村工作队)
_POSTING_AFTER_ORGAN = ("派驻", "选派", "下派", "驻")
# a province or city opening the name of a unit's stationed team (宁夏民航驻村工作队): who sends the team
# 某市属国有企业, 某省属企业: firms a division owns, named by it
_OWNED_FIRMS_AFTER_RE = re.compile(r"属(?:国有|国营)?(?:企业|国企|公司|单位)")
# (某市局(公司)驻村工作队: a firm's bracketed second name inside the unit's)
_UNIT_TEAM_AFTER_RE = re.compile(r"(?:[\u4e00-\u9fff]|[（(][\u4e00-\u9fff]{1,4}[）)]){1,8}?驻村(?:帮扶|扶贫)?工作[队组]")
# work away from home after the place it is done in (去广东打工, 到某市务工): a villager's, not the story's place
_MIGRANT_WORK_AFTER_RE = re.compile(r"(?:打工|务工|经商|谋生|做工)")
_GOING_TO = ("去", "到", "赴", "往", "在")
# 与某省内N家企业签约: the firms partnered with, counted within a division that is theirs, not the story's
_PARTNERING = ("与", "同", "和", "跟")
_FIRMS_WITHIN_RE = re.compile(r"(?:内|的)?\d+家")
# a heading's number and a dot run into the head count after it (1.60名…)
_NUMBERED_HEADING_RE = re.compile(r"\d{1,2}\.(?P<count>\d+)")
_HEAD_COUNTERS = ("名", "人", "位", "户")


# 按照(上级)…的工作要求: a directive followed, the organs inside it name whose it is
_DIRECTIVE_OPEN_RE = re.compile(r"(?:按照|根据|依照|遵照|落实|贯彻|据)[^，,。；;！？]{0,36}$")
_DIRECTIVE_CLOSE_RE = re.compile(r"[^，,。；;！？]{0,30}?(?:要求|部署|安排|精神|指示|号召)")
# (某市某办)为牵头单位, (…)为成员单位: the part a unit plays in making up a team
_UNIT_ROLE_AFTER_RE = re.compile(r"[^，。,；;！？]{0,24}?为(?:牵头|成员|责任|后盾|帮扶|派出|组团)单位")
# 某县讯, 某地电 (某日电): a dateline right after the place that opens a page's first sentence
_DATELINE_AFTER_RE = re.compile(r"(?:讯|电|\d{1,2}月\d{1,2}日电)")
# 与某村交界处, 与某镇接壤的: a neighbouring village or township named as a border
_BORDER_AFTER_RE = re.compile(r"(?:的)?(?:交界|接壤|分界|边界)")


def _line_opens_at(text: str, pos: int) -> bool:
    """Is `pos` the first non-blank character of its line?"""
    k = pos - 1
    while k >= 0 and text[k] in " \t\u3000":
        k -= 1
    return k < 0 or text[k] == "\n"


_HAN_PAIR_RE = re.compile(r"[\u4e00-\u9fff]{2}")
# 在…帮扶下，(a clause crediting the help): the help a figure after the comma is credited to
_HELPED_BY_RE = re.compile(r"在[^，。,；;！？]{1,24}?(?:帮扶|帮助|带领|努力|支持|推动)下[，,]$")
# a verb of the work right after 全村共 (全村共完成了, 全村共建成): what was done, not what the place has
# right before a profile word: a verb of reaching people with a work (惠及, 受益, 覆盖, 服务)
_BENEFIT_BEFORE_RE = re.compile(r"(?:惠及|受益|覆盖|服务|方便)了?$")
_VERB_AFTER_TOTAL_RE = re.compile(r"(?:完成|建成|新建|实现|发展|种植|流转|争取|引进|培训|修建|改造|帮助|带动|投入)")
# working away from home as a standing state (常年在外务工, 长期在外打工), unless the work sent them (帮助…外出务工)
_AWAY_STATE_RE = re.compile(r"(?:常年|长期)在外|在外(?:务工|打工)(?:人员|党员|劳力)")
_SENT_AWAY_RE = re.compile(r"帮助|组织|带动|输出|转移|介绍|推荐|安排|动员")
# a level designating its poor villages (确定N个贫困村, 认定N个深度贫困村): the baseline the work starts from
_DESIGNATED_BEFORE_RE = re.compile(r"(?:确定|认定|识别)(?:了|出)?$")
_POOR_VILLAGES_AFTER_RE = re.compile(r"(?:深度|极度|重点)?贫困村")
# a clause opening on the village itself, then only nouns and their counts (村内肉牛N头、山羊N只): what it keeps
_PLACE_HOLDS = ("村内", "村里", "全村", "该村", "村中")
# (each item a noun: no verb of raising, planting, building or bringing in opens it, 全村养牛N头 being what was done)
_HOLDINGS_LIST_RE = re.compile(r"(?:现有|共有|有)?(?:(?![养种栽建修引发新购流])[\u4e00-\u9fff]{1,4}[\d.]+[\u4e00-\u9fff]{1,2}[、，,])*"
                               r"(?![养种栽建修引发新购流])[\u4e00-\u9fff]{1,4}")
# a clause opening with its total (共计, 合计, 总计): after a rate, the whole sum paid
_TOTAL_OPENS_RE = re.compile(r"\s*(?:共计|合计|总计)")
# a clause of the whole area alone before its figure (总面积超过500亩): of what the clause before built, when it builds
_AREA_TALLY_RE = re.compile(r"\s*(?:总面积|总规模|面积共?)(?:达|达到|为|约|近)?")
# a clause of a tally word alone before its count (全年计, 共计, 累计达): the count is of what the clause before did
_TALLY_CLAUSE_RE = re.compile(r"\s*(?:全年|今年|当年|去年|年内|目前|至今)?(?:共|一共|累计|合计|总计|共计|计)(?:达|达到|有)?")
_COMPARE_RE = re.compile(r"^(?:同比|比|较)[^，。,；;]{0,12}?(?:增加|增长|提高|增收|多)(?:了)?(?:约|近)?$")
_CONJUNCTION_RE = re.compile(r"[和及与、]|以及")
# 5个村, 六条帮扶村, 两个贫困村: a count of several villages in a sentence (自然村 are the hamlets of one village: not several).
# 图为某村村民在采摘: what a photo shows is a sample of the story, not the village it is about
_PHOTO_RE = re.compile(r"图为[^。！？\n]*")
_VILLAGES_SECRETARIES_RE = re.compile(r"[^，。,；;！？\d]{0,4}?村的[“\"‘]?(?:驻村)?第一书记")
_ETC_VILLAGES_RE = re.compile(r"等(?:\d+|" + numeral_run("两三四五六七八九十") + r")个?(?:行政|贫困|结对|帮扶)?村")
# (N个某某)县/旗/区(分别|各)派驻…工作队: divisions counted, each sent a team
_COUNTIES_EACH_SENT_A_TEAM_RE = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:县|旗|区)(?:分别|各)(?:派驻|派出|选派|组建)"
                                           r"[^，。,；;！？\d]{0,10}?工作[队组]")
_ROAD_AFTER_VILLAGE = ("道", "路")  # 12条村道, 6条村路: after 条, 村 opens a village's roads, not villages
_BETWEEN_VILLAGES_ROAD_RE = re.compile(r"(?:间|际|组|内)(?:道路|公路|通道|道|路)")  # 5条村间道路, 3条村组公路
_SEVERAL_VILLAGES_RE = re.compile(numeral_run("两三四五六七八九十") + r"[个条座][\u4e00-\u9fff]{0,4}?(?<!自然)村(?![民委])"
                                  rf"(?!(?<=条村)(?:[{''.join(_ROAD_AFTER_VILLAGE)}]|{_BETWEEN_VILLAGES_ROAD_RE.pattern}))")
# 其中包括220名驻村第一书记: a village has one first secretary, so first secretaries counted in twos or more
# serve as many villages (the figures beside them are not the village's last named)
# 甲局驻某村小分队…；乙局驻村小分队…: an item of a semicolon list opened by its own team, the unit that sent it
# first; a team that names no place in its item is not at the place of the team before
_TEAM_ITEM_RE = re.compile(r"[；;]\s*[\u4e00-\u9fff]{2,16}?驻(?:[\u4e00-\u9fff]{0,12}?)(?:小分队|工作队|工作组|帮扶队)")
_SEVERAL_SECRETARIES_RE = re.compile(r"(?:\d{2,}|[2-9]|[两三四五六七八九十百千万]+)(?:多|余)?[名位](?:驻村)?“?第一书记")
# (N个贫困村和M个贫困县摘帽: other divisions joined to the villages before the verb; N个村达标出列: the standard met;
# N个村、M户K人如期脱贫: the households and people of the same lifting counted between; N个贫困村100%出列: all of them)
_VILLAGES_OUT_RE = re.compile(r"[\u4e00-\u9fff]{0,6}?村(?:[和及、][^，。,；;！？\n\d]{0,4}?[\d一二两三四五六七八九十]+个"
                              r"[\u4e00-\u9fff]{0,6}?[县乡镇村])?(?:[、，,和及]?\d+(?:\.\d+)?万?[户人名])*"
                              r"(?:100%|100％|百分之百)?(?:全部|整体|先后|已经|已|均|都|顺利|如期|实现|达标|高质量)*"
                              r"[“\"]?(?:脱贫(?:摘帽|出列|退出)?|摘帽|出列|退出)"  # 实现“摘帽”: the word quoted
                              # N个贫困村均已达到退出标准: the villages met the standard of leaving poverty
                              r"|[\u4e00-\u9fff]{0,6}?村[\u4e00-\u9fff]{0,6}?(?:全部|均|都|已)*达到了?(?:脱贫|退出|出列)(?:要求|标准|条件)")
# 等3个村为某县一类贫困村, 5个村均属深度贫困村: the class the villages counted are said to be in, their profile
_VILLAGES_RANKED_RE = re.compile(r"(?:[\u4e00-\u9fff]{0,6}?村)?(?:均|都|全部|皆)?(?:为|是|属于|属|列为|被列为)[^，。,；;！？]{0,12}?村")
# (其中N个是贫困村: the count's noun left out, the class right after the classifier)
# 12个贫困县(市)所辖村: a count of counties before the village noun is no count of villages
_WORK_IN_VILLAGES = ("开展", "实施", "推进",  # right after N个村: the verb of the work done in the villages counted
                     "担任", "任职", "挂职")  # 在某乡的5个村担任第一书记: the posts held in the villages counted
# (相对薄弱村: an adverb; N个贫困乡镇和…贫困村: the count is of the townships the phrase names first)
_NOT_VILLAGE_HEAD_RE = re.compile(r"[在到为给向把让使从户人名县与跟同]|(?<!相|绝)对|项目|企业|合作社|基地|工程|问题|支部|工作队|书记|乡镇")
# 软弱涣散村党组织12个, 示范乡镇5个: the noun right before a count of villages' keyword is a body or a township
# N个后进村党支部得到了提升: the villages (or their bodies) counted, then what was done to them, passive
_IMPROVED_AFTER_RE = re.compile(r"[^，。,；;！？\n\d]{0,12}?得到了?(?:整顿|提升|转化|改善|加强)")
_BODY_BEFORE_RE = re.compile(r"(?:党组织|党支部|(?<!个)乡镇)$")  # (4个乡镇66个村: the townships have their own count)
# 20个软弱涣散村级党组织: 村级 makes the villages an adjective, the count is of the bodies
_BODY_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{0,8}?村级(?:党组织|党支部|组织)")
# 700多亩山场的公益林补贴: an area of land followed by what belongs to it is the land as it is
_LAND_OF_AFTER_RE = re.compile(r"(?:山场|耕地|林地|草场|草地|山林|土地|水田|旱地|荒山)的")
_BY_LEVEL_RE = re.compile(r"(?:省|市|县|区|镇|乡)(?:级|里|直)选派")
_OPEN_QUOTES, _CLOSE_QUOTES = "“‘「", "”’」"
_OPEN_QUOTE_RE = re.compile(f"[{_OPEN_QUOTES}]")
_SPEECH_STOP_RE = re.compile(r"[。！？；，,]")  # a quotation holding these is speech, not a slogan
_SENTENCE_STOP_RE = re.compile(r"[。！？；]")


def _place_phrase_to(suffixes: str, reach: int) -> str:
    """A place's phrase running into the name of an organ or a firm (某省水利厅, 某县某某有限公司): up to `reach`
    characters, then one of `suffixes`; a conjunction or a preposition ends the place's phrase (某县与某公司)."""
    return rf"(?:(?![与和及同跟向到在对为])[\u4e00-\u9fff]){{0,{reach}}}?(?:{suffixes})"
# where the clause of an amount ends: a rate written after it (300元/人) is read up to there only
_CLAUSE_END_RE = re.compile(r"[。！？；;，,、]")
_ANAPHOR_LEVEL = {"县": "county", "区": "county", "旗": "county", "市": "city", "州": "city", "省": "province"}  # 该县, 该市…
_COUNTED_VILLAGES_BEFORE_RE = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)个[\u4e00-\u9fff]{0,4}?(?:村|社区)$")
_BARE_COVERAGE_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{0,6}?村的?全覆盖")  # N个贫困村全覆盖: no works between
_SHARE_RE = re.compile(r"\d%|百分之|占比")
# a village's profile, in an earlier clause of the figure's sentence: its households and people (全村N户N人)
_PROFILED_POPULATION_RE = re.compile(r"(?:全村|共有|总人口|辖|现有)[^，。,；;]{0,4}?\d+户[、,，]?\d+人")
_PROFILE_STATE_METRICS = frozenset({"income_increase", "jobs_created"})  # a profile states these as levels
_THIS_VILLAGE_RE = re.compile(r"(?:该|本|这个)村(?![民级委庄寨])")  # the village the story is about, by a demonstrative
# a verb of finding out between a keyword and the count after it (走访发现, 调研了解到)
_FOUND_BETWEEN_RE = re.compile(r"发现|了解到|得知")
_WHERE_AT_RE = re.compile(r"[在到去][^，。,；;！？\n\d]{1,16}")
# (带着N件物品和N万元: goods counted and joined to the sum by 和 may stand between)
_GIVEN_BEFORE_RE = re.compile(r"(?:捐赠|捐助|捐资|捐献|赠送|带着|送来|送去)了?[^，。,；;！？\d]{0,16}"
                              r"(?:\d+[^，。,；;！？\d]{2,10}[和及])?$")
# 依托某省“…”人才计划…: a province or city opening the name of a scheme the work draws on (after 依托,
# 借助, 通过, 利用): the scheme's owner, not the place the figures are about
# 包括某镇某村在内的N个贫困村: a place named as one member of the set a count is of
_INCLUDING_BEFORE_RE = re.compile(r"(?:包括|包含|含)(?:[\u4e00-\u9fff]{0,10})$")
_INSIDE_AFTER_RE = re.compile(r"[\u4e00-\u9fff、]{0,12}?在内")
_SCHEME_DRAWN_ON_RE = re.compile(r"(?<=依托|借助|通过|利用|依靠|借力)(?:[\u4e00-\u9fff]{0,4}的)?$")
_SCHEME_AFTER_RE = re.compile(r"[“\"]?[^，。,；;！？“”\"\n]{1,16}?[”\"]?[^，。,；;！？“”\"\n]{0,10}?(?:计划|工程|项目|行动|专项)")
_AIDS_AFTER_RE = re.compile(r"(?:市|省)?(?:对口)?(?:援建|支援|帮扶|协作)(?:项目|资金)")
_BUILT_SCOPE_GAP_RE = re.compile(r"了?(?:全村|全镇|全乡|本村|该村|村里|村内)")  # between a building verb and its count
# 为N名困难学生, 向村小学生: the preposition of the receiver, then their count or modifiers, before the people named
_RECEIVER_BEFORE_RE = re.compile(r"[为向给帮替][^，。,；;！？]{0,8}$")
# 某省援藏工作组, 某市援疆医疗队, 某省东西部协作工作队: the division whose teams aid another region
_AID_TEAM_AFTER_RE = re.compile(r"(?:对口)?(?:援藏|援疆|援青|援建|东西部协作)[\u4e00-\u9fff]{0,8}?"
                                r"(?:工作组|工作队|医疗队|团队|指挥部|干部|专家)")
# 每斤3元, 每株0.4元, 每株只需0.1元: a price of one unit of goods (by weight, box or plant), not a sum
_UNIT_PRICE_BEFORE_RE = re.compile(r"每(?:吨|斤|公斤|千克|克|箱|件|株|棵|袋|瓶|盒)(?:只需要?|仅需要?|售价|价格|价|卖到?|售)?$")
_DUTY_BEFORE_RE = re.compile(r"(?:要|须|应当|应|均需|需要)[^，。,；;！？\d]{0,16}$")
_ONE_PER_VILLAGE_RE = re.compile(r"(?:^|[^\d])(?:1|一)个?(?:村|社区)[^，。,；;！？\d]{0,5}$")
_CRITERION_PLACE_RE = re.compile(r"[^，。,；;！？\d]{1,8}?的[^，。,；;！？\d]{0,4}?(?:村|社区|乡镇)")
_CRITERION_NOUN_RE = re.compile(r"[^，。,；;！？\d]{1,8}?的")  # 有20户以上贫困户的村: what the places counted have
_ONE_MEMBER_RE = re.compile(r"一员|一份子|一分子|一个|一位|一名|之一")
_PARTITION_WHOLE_RE = re.compile(r"[^，。,；;！？\n\d]{0,8}?(?:中的|当中的|中有)")
_VILLAGES_COUNTED_RE = re.compile(r"\d+个[^，。,；;！？\d]{0,4}?村")
_CLOSE_QUOTE_RE = re.compile(f"[{_CLOSE_QUOTES}]")
_QUOTE_MARKS_RE = re.compile(f"[{_OPEN_QUOTES}{_CLOSE_QUOTES}]")
_NOUN_ONLY_RE = re.compile(r"[\u4e00-\u9fff]{2,8}")
_SIGNED_WITH_RE = re.compile(r"[与同跟和]")
# 他还养了10多头牛, 他家一年节省开支2000元, “去年我有3万多元的收入”: one person (他, 她, 我; not 他们) speaks of his own,
# in the clause
_COMPARED_BEFORE_RE = re.compile(r"[这那它]比")
# 离县城30多公里远; 上国道走6公里后再往南 (a turn on the way after the length: directions to the place)
# 某村有N亩地, 全村有耕地N亩: the land a village has, the count right after the verb of having
_LAND_HELD_BEFORE_RE = re.compile(r"(?:村|村里|全村|这里)(?:共|总共|现)?有(?P<noun>耕地|土地|林地|山地|水田|旱地)?(?:面积)?$")
_LAND_NOUN_AFTER_RE = re.compile(r"的?(?:耕地|土地|林地|山地|水田|旱地|地)(?=[，,。；;、]|$)")
# 1亩地可获得N元: a sum reckoned on one unit right after it
_SUM_PER_ONE_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:可获得|可得|可获|能得|能拿到|收入|补贴|租金|分红)[\d.]+(?:万|千)?元")
# 全省有N名帮扶干部牺牲在岗位上: the cadres counted died at the work (the noun of who they were may stand between)
_DIED_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:牺牲|殉职|因公殉职|献出了?(?:宝贵的)?生命|倒在)")
# 查看:N次, 阅读 (N), 浏览量：N: a web page's counter of its views before the number
_PAGE_COUNTER_BEFORE_RE = re.compile(r"(?:查看|浏览|阅读|点击|访问|浏览量|阅读量|点击量|访问量|阅读数)(?:次数)?\s*[:：(（]?\s*$")
# 像NAME、NAME、NAME那样的第一书记: the cadres named as examples of all of them
_LIKE_CADRES_RE = re.compile(r"像(?:[\u4e00-\u9fff·]{2,6}?[、和与及]){0,6}[\u4e00-\u9fff·]{2,6}?(?:这样|一样|那样)")
# N户(N名)建档立卡贫困户…: the poor counted by their noun right after the count (another count of them may stand between)
_POOR_COUNTED_AFTER_RE = re.compile(r"(?:\d+(?:户|名|人))?(?:建档立卡)?(?:贫困户|脱贫户|贫困群众|贫困人口|困难群众)")
# …靠合作社带动实现增收: the gain that closes the clause of the poor counted
_GAIN_CLOSING_RE = re.compile(r"(?:实现了?|获得|得到)?(?:增收|脱贫|稳定增收|持续增收)(?=[，,。；;！!]|$)")
# 某省7个派出单位: the units a division sends cadres from, counted: the division is the senders', not where the work is
SENDING_UNITS_AFTER_RE = re.compile(r"(?:\d+|[两二三四五六七八九十]+)个(?:派出|选派|帮扶)单位")
_ABSTRACT_AFTER_RE = re.compile(r"(?:方面|层面|环节|领域|维度|步骤|阶段|板块|类别|方向)")  # what 个 counts when abstract
# 距某集镇N公里, 离县城约N公里: the clause opens with the place measured from (after a break or a place's suffix)
_DISTANCE_FROM_BEFORE_RE = re.compile(r"(?<=[，,；;、村镇乡县市区屯组部])(?:距离?|相距|离)[\u4e00-\u9fff]{1,10}?(?:约|近|有|仅|只有)?$")
_DISTANCE_AFTER_RE = re.compile(r"(?:以外|之外|开外|外|远|路程|处|后(?:再|便|就)?(?:往|向|沿|转|拐))")
_DEMONSTRATIVE_DESCRIBED_RE = re.compile(r"这(?:个|座|一)[^，。,；;！？\n]{0,20}的$")
_PER_HEAD_BEFORE_RE = re.compile(r"(?:人均|户均)[\u4e00-\u9fff]{0,4}$")  # an area per villager or household, its land named or not
_PLACES_ETC_AFTER_RE = re.compile(r"(?:[、和及与][\u4e00-\u9fff]{2,8}?)*等(?:地|省|省份|省区|省市|城市|地区|地市|县市|市县)")


def _closes_place_list(text: str, end: int) -> bool:
    """Does the place ending at `end` stand in a list closed by 等地/等省 (甲省、乙省等地)?"""
    return text.find("等", end, end + 24) >= 0 and _PLACES_ETC_AFTER_RE.match(text, end) is not None


# a clause dated by the cadre's arrival or taking up the post (来到某村时, 刚到村时, 担任第一书记时)
_AT_ARRIVAL_RE = re.compile(r"(?:(?:来到|到任|上任|进驻|入驻|到村|进村|刚来|初来|刚到|初到)[^，。；;,！？]{0,14}?"
                            r"|(?:担任|出任|任)[^，。；;,！？]{0,12}?(?:第一书记|队长|队员|驻村干部))(?<!同)时[，,]")
_WHOLE_PLACE_BEFORE_RE = re.compile(r"(?:全|该|本)[村乡镇组](?:共有|共|有)?$")
_MOST_OF_THEM_AFTER_RE = re.compile(r"(?:[，,]?其中)?(?:绝大部分|大部分|绝大多数|大多数|大多|多数|一半以上|半数以上|大都)")
_PHASE_BEFORE_RE = re.compile(r"(?:分|项目|工程|[（(])$")  # N期 after these is a phase of works, not sessions
_DIVIDED_INTO_BEFORE_RE = re.compile(r"(?:划分[成为]|分成|分为)$")
_CLAUSE_MARK_RE = re.compile(r"[，,。；;！\n]")
_PART_OF_THEM_NEXT_RE = re.compile(r"(?:其中|有|共有)(?:\d|[一二两三四五六七八九十])")  # the next clause counts some of them
# 五十年代建的…, 上世纪末村里贷款…: a time decades back, what was there before the work
_DECADE_RE = re.compile(r"(?:[一二三四五六七八九]十|[1-9]0|(?:19|20)[0-9]0)年代|上(?:个)?世纪")
_DECADE_OPENS_RE = re.compile(r"\s*(?:上(?:个)?世纪|[一二三四五六七八九]十年代|[1-9]0年代)")  # the sentence opens on it: all of it is then
# (五位“第一书记”代表: the post right before 代表 names a few who stand for the rest, whatever they do)
_SPEAKERS_AFTER_RE = re.compile(r"[^，。,；;！？\n\d]{0,12}?(?:代表(?:上台|登台|作|做|发言|交流|分享|介绍|汇报|表态)|上台|登台)"
                                r"|[“\"]?[\u4e00-\u9fff]{0,4}?(?:书记|队员|干部|队长)[”\"]?代表(?![团处队])")
_PAIRED_WITH_RE = re.compile(r"[\u4e00-\u9fff]{0,6}?与[^，。,；;！？\n]{1,24}?(?:开展|进行|建立|实现)?")
# N名机关干部担任第一书记: the people counted, their noun, then the post they took: what the count is of, however
# long the noun phrase between (a village's own post, 村民小组长, is no keyword of the programme's)
_HOLDING_POST_RE = re.compile(r"(?:名|人|位)?[\u4e00-\u9fff、]{0,14}?(?:干部|党员|骨干|人才|人员|同志)(?:先后|分别)?"
                              r"(?:担任|出任|兼任|任)(?:村|驻村|贫困村|该村)?")
_ATTENDING_AFTER_RE = re.compile(r"(?:参加|参与|参会|出席)了?(?:本次|此次|这次|了)?[\u4e00-\u9fff]{0,4}?(?:活动|会议|仪式|座谈会?|大会)")
_ONE_PERSON_RE = re.compile(r"[他她我](?!们)")
# 给我补贴, 补贴给我家: money granted to the one speaking (not 给我们村: the village a cadre speaks for)
_TO_ME_RE = re.compile(r"[给为]我(?!们)|[给为]我家")  # (村里为我盖起N栋大棚: a thing given to the villager quoting it)
# 第一书记给我担保贷了N万元: what the programme's own did for the villager quoting it stays
_PROGRAMME_GIVER_RE = re.compile(r"书记|工作队|工作组|队员|驻村|帮扶干部|扶贫干部")
# 他家每年有9万元的收入, 家里养了200多只羊: one family (not 他家乡, 我家园) speaks of its own, in the clause
# 村民某某种了30多亩梨: a villager named before a verb of growing or raising, his own crop or herd
# 共N户，其中贫困户…, 散居着N户人家，其中有…, 共N户M人，其中…: a total of households, then 其中 opening the clause of the count
# (某村N户农户中有脱贫户M户, 全村N户人家就有M户是低保户: the households of the place, then those among them;
# N户村民中有M户脱贫户、K户监测对象: each of the list of those among them)
_MAKEUP_OF_HOUSEHOLDS_RE = re.compile(r"(?:(?:共有?|住着|住有|居住着|散居着|有)\d+户(?:[\u4e00-\u9fff]{0,3}?(?:人家|村民|群众|农户)|\d+人)?"
                                      r"[，,]其中(?:有)?"
                                      r"|(?:^|[^\d])\d+户(?:人家|村民|群众|农户)(?:中(?:有|共有)?|[，,]?就有))"
                                      r"(?:\d+户[\u4e00-\u9fff]{2,6}[、，,])*(?:贫困户|脱贫户|低保户)?$")
# the words of one family speaking of itself (not 他家乡, 我家园)
_FAMILY_WORDS = r"[他她我]家(?![乡园])|家里|自家|两口子|夫妻俩|老两口"
# the opening of a quotation about one family: a time word or 我们 at most before the family's own
_FAMILY_QUOTE_OPENING_RE = re.compile(rf"(?:现在|如今|今年|去年|这几年|以前)?(?:我们)?(?:{_FAMILY_WORDS})")
_ONE_FAMILY_RE = re.compile(_FAMILY_WORDS +
                            r"|(?:村民|贫困户|脱贫户|农户|养殖户|种植户)[^\W\d们都也还就已又在把被让的了和与及共]{2,3}?"
                            r"(?:种了|养了|种植了|养殖了|种的|养的)"  # 村民某某养的55头猪: his herd, named
                            # “我今年种了15亩玉米…”: a villager speaking of what he grows himself
                            r"|我(?!们)(?:今年|去年|前年|家里)?(?:种了|养了|种植了|养殖了)")


class FactRules:
    """The fact rules' patterns, built once from a vocabulary (seeds/report_vocabulary.csv): the words come
    from the seed, one kind per class of text; the structure around them (where they stand, what may
    come between) is here. A steward changes what a rule reads by adding rows, not code."""

    def __init__(self, vocab: Vocabulary):
        alt = vocab.alternation
        # Money per acre, per shed, per head of livestock: an estimate of a yield, not a total or a subsidy rate.
        # (亩均增收N元, 棚均收入: the average per thing written with 均 after the thing)
        self.PER_THING_RE = re.compile(rf"(?:(?:每|一)(?:{alt('per_thing')})|(?:{alt('per_thing')})均)(?:[\u4e00-\u9fff]{{0,4}}?)"
                                       r"(?:可|能|就能|能够|可以|增收|收入|挣|赚|纯收入|效益)")
        # a round figure in 万 or 千 run straight onto a measure of goods (万斤, 千头, 万株) counts goods, never money
        self.GOODS_MEASURE_RE = re.compile(rf"(?:{alt('per_thing')})")
        # 其中省派18名、市派45名、县派249名: counts by level continue the dispatch figure just given.
        # (其中省级200名、市级400名: a level written with 级 needs no verb of sending after it,
        # its alternatives in brackets too (县(市、区)级N名, 乡镇级); 省直机关派驻N名: the level's units or organs before the verb)
        split_opening = r"(?:[、，,：:；;]|其中)(?:其中)?[，,]?"  # where a part of the total opens (其中，…、…)
        self.LEVEL_SPLIT_RE = re.compile(split_opening + r"(?:(?:中央|国家|省直|市直|县直|自治区|地区|省|市|州|盟|县|区|旗)"
                                         rf"(?:级|里|(?:机关|企事业)?(?:单位|部门)|机关)?(?:{alt('level_dispatch')})|(?:自治区|省|市|州|盟|县|区|旗|乡镇|乡|镇)(?:[(（][^()（）]{{1,6}}[)）])?级"
                                         rf"(?:{alt('level_dispatch')})?)(?:了|的)?$")
        # 其中，省直机关单位506人，国有企业、事业单位916人: the organs of a sending level (or the state's firms and
        # institutions) right before a head count, no verb of sending: a part of the dispatch figure just given
        self.LEVEL_ORGANS_RE = re.compile(split_opening + r"(?:(?:中央|国家|省直|市直|县直|区直|州直|旗直)"
                                          r"(?:机关|部门|单位|部委){1,2}|(?:国有)?(?:企业|企事业单位|事业单位))$")
        # 其中省直驻村工作队590个: a dispatch count of one sending level is a figure even as part of a total.
        self.SENDING_LEVEL_RE = re.compile(alt("sending_level"))
        self.MAKEUP_RE = re.compile(alt("makeup_word"))
        self.RANKING_AFTER_RE = re.compile(rf"(?:{alt('ranking_word')})(?!书记)")  # 全省第一书记 is the post
        self.ORIGIN_AFTER_RE = re.compile(alt('origin_noun'))
        # 某县有N个村，/全镇共有N个行政村。: a place (or its scope word), a verb of having, then its villages
        # counted, closing the clause: what the place is made of, not the villages the work covers
        self.HAS_PARTS_VERB_RE = re.compile(rf"(?:{alt('makeup_verb')})$")
        self.PARTS_CLOSING_RE = re.compile(rf"(?:{alt('makeup_part')})(?=[，,。；;！\n])")
        # 全县地区生产总值增长6.5%，固定资产投资完成18亿元: the region's economy, not a figure of the programme
        self.ECONOMY_RE = re.compile(alt("economy_statistic"))
        # 第一书记为10名群众…, 工作队带领20名党员…: the count names its own people right after it (a few
        # modifiers between: 留守儿童, 贫困群众), not the cadres of a post written before it (党员干部 are cadres);
        # not past 与 (600名干部与贫困户结对: the people after 与 are the other party, the count is of cadres)
        # right after the people a dispatch verb counts, a posting: they are the cadres sent (选派N名党员驻村)
        # (选派6位教师到某村驻村帮扶: a named village and a stay or a post after 到)
        self.POSTED_AFTER_RE = re.compile(rf"[，,]?(?:{alt('posting_verb')}|到村(?![部里委民内口头])|进村|入村"
                                          rf"|到[\u4e00-\u9fff]{{2,12}}?(?:村|社区|嘎查)(?:驻村|任|担任))")
        # (驻村干部 holds 村干部, a village's own cadres: after 驻 or 住 the noun is the stationed cadres')
        # (党员民警, 党员干警: 党员 qualifies the police or court staff counted, who are the cadres sent)
        self.NON_CADRE_AFTER_RE = re.compile(rf"(?:(?![与同跟])[\u4e00-\u9fff]){{0,4}}?(?<![驻住])"
                                             rf"(?:{alt('non_cadre_noun')})(?!干部|骨干|民警|辅警|干警|警察|法官|检察官)")
        self.BENEFICIARY_VERB_RE = re.compile(alt("beneficiary_verb"))
        self.REACHED_VERB_RE = re.compile(alt("reached_verb"))
        # 在6个自然村安装路灯: the hamlets of the village worked in, not villages covered
        self.HAMLET_AFTER_RE = re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{alt('hamlet_noun')})")
        # the hamlet nouns written with 村 first (村民小组): 9个村民小组 counts a village's groups, not villages
        self.VILLAGE_GROUPS = tuple(w for w in vocab.words("hamlet_noun") if w.startswith("村"))
        # 那一百亩地想好种什么了吗？: a question states no figure (a particle, then the question mark, ends the sentence)
        self.QUESTION_END_RE = re.compile(rf"(?:{alt('question_particle')})[？?][”\"’」』]*\s*$")
        # 5700多人派往某州, 选派120名干部到某县: where a dispatch count went, named right after it (the people may
        # be described first: 五位某集团省派的第一书记入驻某镇; named with their staff, 干部职工; or as the team they
        # make up first: N名干部组成工作队，分赴某州; setting out first: N名干部正式启程前往某县; sent with the
        # one named: 和N名同事一起，被选派到某县)
        self.DESTINATION_RE = re.compile(rf"(?:名|人|位|支|个)?(?:(?:[^，。,；;、：:\d]{{1,12}}?的)?[\u4e00-\u9fff]{{0,6}}?"
                                         rf"(?:干部|党员|书记|队员|工作人员|工作队|工作组|帮扶队|扶贫队|帮扶组|服务队|骨干|同事|同志"
                                         rf"|干警|民警|法官|检察官|医生|医务人员)"  # (N名检察干警到某县: the staff a unit sends)
                                         rf"(?:职工|员工|人员)?)?"
                                         rf"(?:{_MADE_OF_AFTER_RE.pattern})?"
                                         rf"{_WHEN_AND_BY_WHOM}"
                                         rf"(?:{'|'.join(_TOGETHER)})?[，,]?(?:分别)?(?:{alt('departure_word')}){{0,2}}"
                                         rf"被?(?:{alt('destination_verb')})")
        # 争取资金20万元用于某村道路硬化: the place a sum of money is for, named right after it
        # 某市投入50万元: a place right before a verb of giving money and the sum is the funder
        self.FUNDER_GAP_RE = re.compile(rf"(?:总|共|先后|累计|已|又|共同)?(?:{alt('money_verb')})(?:了|资金|共|共计|达|约|近)?")
        self.KEYWORD_BLOCKER_RE = re.compile(alt("keyword_blocker"))
        # (捐出N万元专款，定向用于某镇…: the sum's noun and a comma may come first)
        self.MONEY_DESTINATION_RE = re.compile(rf"(?:的?(?:专项资金|资金|专款))?(?:，|,)?(?:全部|主要|专门|专项|定向)?"
                                               rf"(?:{alt('money_destination')})")
        # A province's organ that posts cadres: the province names the cadre's unit, not the place the figure is about.
        # (某乡财局扶贫工作队进驻某村: the organ's team between the organ and the verb that posts it)
        self.ORGAN_AFTER_RE = re.compile(rf"[\u4e00-\u9fff]{{0,10}}?(?:{alt('organ_suffix')})"
                                         rf"(?:干部|[\u4e00-\u9fff]{{0,4}}?工作[队组])?(?:从[\u4e00-\u9fff]{{1,6}}?)?(?:{alt('dispatch_adverb')})?"
                                         rf"(?:{alt('organ_dispatch')})")
        # 与省直有关部门协调, 市直帮包单位投入…: an organ of a level (a scope_organ) that names a unit of it
        self.ORGAN_UNIT_AFTER_RE = re.compile(rf"的?(?:{alt('organ_unit')})")
        organ_name = _place_phrase_to(alt('organ_suffix'), 10)  # 某省水利厅, 某市交通局
        # 团某省委募资60万元, 某市交通局投资30万元, 某省水利厅先后投资150万元: a place opening the name of an organ
        # that gives money (the giver), not the place the money is for; a conjunction ends the place's phrase
        self.ORGAN_GIVES_AFTER_RE = re.compile(rf"{organ_name}(?:从[\u4e00-\u9fff]{{1,8}}?中)?"
                                               rf"(?:总|共|先后|累计|已|又|共同)?(?:{alt('money_verb')})")
        # 某省农科院, 某市水利局: a place opening an organ's name (no conjunction between; on a county-level city's
        # page such a prefecture is no city of its 全市, see extract.extract_text)
        self.ORGAN_NAME_RE = re.compile(organ_name)
        self.ORGAN_SUFFIXES = tuple(vocab.words("organ_suffix"))  # 局, 委, 办公室 …: where an organ's name may end
        # 争取到某省某基金会的N万元: a place opening the name of the organ whose sum it is (the giver), not the place
        # the money is for
        self.ORGAN_SUM_AFTER_RE = re.compile(rf"{organ_name}的(?=[0-9一二三四五六七八九十两])")
        # 市委组织部驻村工作组开展…: an organ of a level, then its own stationed team: the team's sender
        self.ORGAN_TEAM_AFTER_RE = re.compile(rf"[\u4e00-\u9fff]{{0,10}}?(?:{alt('organ_suffix')})"
                                              r"(?:派驻|驻)[\u4e00-\u9fff]{0,6}?工作[队组]")
        # 某州科技局的项目支持, 某省农科院帮助: a place opening the name of an organ (no conjunction between) that helps;
        # the organ as the subject of its own figures (市委组织部今年选派…) speaks for its division
        # (在市委某部有关领导支持下: the organ's leaders named between the organ and their help)
        self.ORGAN_NAME_AFTER_RE = re.compile(_place_phrase_to(alt('organ_suffix'), 6)
                                              + r"(?:相关|有关)?(?:领导|负责同志|负责人)?"
                                              + r"的?(?:项目|资金|专家|技术)?(?:支持|帮助|资助|扶持|指导|援助)")
        # 某省财政厅10个帮扶村, 市委组织部3个联系村: a place (an organ of a level) opening the name of a unit that
        # counts the villages it is paired with; they lie where the page's work is, not in the unit's division
        self.UNIT_VILLAGES_AFTER_RE = re.compile(
            rf"{organ_name}的?(?:共|所)?[0-9一二三四五六七八九十两]+个{_PAIRED_VILLAGE}")
        # 作为某省委办公厅的“双包”联系村: a place opening the name of the organ whose paired village the story's is (the
        # helper), not the ground of the village's figures
        self.ORGAN_PAIRED_VILLAGE_AFTER_RE = re.compile(rf"{organ_name}的[“\"‘]?[\u4e00-\u9fff]{{0,4}}?[”\"’]?{_PAIRED_VILLAGE}")
        # 某省某某生物科技有限责任公司: a firm's name is often long; 某县与某公司: a conjunction ends the place's phrase
        # (某省移动派驻的工作队, 某市烟草派驻的第一书记: a state firm's short name right after the place, no gap)
        self.FIRM_AFTER_RE = re.compile(rf"{_place_phrase_to(alt('firm_suffix'), 12)}|(?:省|市)?(?:{alt('firm_brand')})")
        self.SECURED_VERB_RE = re.compile(alt("secured_verb"))
        self.SECURED_MONEY_RE = re.compile(rf"(?:{alt('secured_verb', vocab.with_value('secured_verb', 'before_funds'))})"
                                           r"[^，。,；;]{0,10}?(?:资金|经费|款)(?:共计|共|达|约|近|超过)?$")
        self.RATE_RE = re.compile(alt("rate_word"))
        self.RATE_OF = vocab.mapping("rate_word")
        self.HEADS = tuple(term for term, basis in self.RATE_OF.items()
                           if basis == "per_person" and "月" not in term)  # 每人, 人均
        self.TOTAL_RE = re.compile(alt("total_word"))
        self.HOLDER_RE = re.compile(alt("holder"))
        self.HOLDER_OF = vocab.mapping("holder")
        # Scope words stand anywhere (全省, 该县); an organ of a level (县财政, 村里) only after a word boundary.
        # (县内外, 省内外: from within and beyond the county; 全国各地: from all over; no scope of their own)
        self.SCOPE_RE = re.compile(rf"(?P<free>{alt('scope')})(?!(?<=内)外|各地)|"
                                   rf"(?:(?<![\u4e00-\u9fff])|(?<=[对由经按从为在和与及向给让使据是年]))(?P<organ>{alt('scope_organ')})")
        # Any scope word, wherever it stands (the page's place: how often the kept articles speak of each level).
        self.ANY_SCOPE_RE = re.compile(rf"(?:{alt('scope')})(?!(?<=内)外|各地)|{alt('scope_organ')}")
        # SCOPE_RE opens with a lookbehind, which the regex engine tries at every character: scan for the words first
        self.SCOPE_SCAN = AnchoredPattern(self.SCOPE_RE, self.ANY_SCOPE_RE)
        self.SCOPE_LEVEL = {**vocab.mapping("scope"), **vocab.mapping("scope_organ")}
        # 中组部, 国务院扶贫办: organs of the centre, the country's only on a page that names no place of its own
        self.CENTRAL_ORGANS = frozenset(w for w, level in vocab.mapping("scope_organ").items() if level == "country")
        # An organ of a level that no place on the page resolves (市直, 县财政 on a page that never names its city)
        # speaks for the whole of that level, as the free scope word writes it (全市, 全县): its departments are
        # no place of their own
        self.SCOPE_WRITTEN = {word: _whole_of(word, level) for word, level in vocab.mapping("scope_organ").items()}
        # 各帮扶村, 各村 speak for the county as a plural of villages: as written, the county's free word (全县), not
        # a village noun standing as a place's name
        self.SCOPE_WRITTEN.update({word: "全县" for word in vocab.words("scope")
                                   if word.endswith("村") and self.SCOPE_LEVEL.get(word) == "county"})
        self.SLOGAN_VERB_RE = re.compile(rf"(?:{alt('slogan_verb')})[“\"‘]?$")
        self.SLOGAN_TAIL_RE = re.compile(rf"[“\"‘]?(?:{alt('slogan_tail')})")
        self.NEGATION_RE = re.compile(rf"(?:{alt('negation')})$")
        self.MONEY_VERB_RE = re.compile(rf"(?:{alt('money_verb')})(?:了|共|共计|达|约|近)?$")
        self.AREA_DESCRIPTION_RE = re.compile(alt("area_description"))
        self.CONTINUATION_RE = re.compile(rf"(?:{alt('money_continuation')})")
        # 按每人每天80元的标准发放生活补助, 按照省级2万元、市级1万元的标准安排工作经费: the amount (or a list of
        # amounts) closed by a standard word; the money it sets is named after the standard, in the same clause
        # 按每村40万元、60万元两档给予支持: tiers counted after the listed amounts stand for the standard word
        self.RATE_STANDARD_RE = re.compile(rf"(?:[、和及][^，。；;,、]{{0,10}}?\d+(?:\.\d+)?万?元)*"
                                           rf"(?:[两二三四五六七八九\d]档(?:的?(?:{alt('standard_word')}))?|的?(?:{alt('standard_word')}))")
        # 辖5个村民小组, 下辖3个自然村: a sentence saying what hamlets the village is made of describes the place
        # …|石桥村共有96户: a village (named, 该村, 村里) stated as having so many households or people; …|是一个…村，有…
        self.PROFILE_RE = re.compile(rf"{alt('profile_word')}|(?:{alt('makeup_word')})[0-9一二三四五六七八九十两]{{1,3}}个?(?:{alt('hamlet_noun')})"
                                     r"|(?:村|嘎查|村里)(?:共有|现有|总共有)\d+(?:\.\d+)?(?:户|人|口)"
                                     # 某村曾是一个贫困村，有贫困户N户: the village said to be one of a kind, then what it has
                                     r"|是一个[^，。,；;！？]{0,12}?(?:村|村庄|村落|嘎查)[，,](?:全村)?(?:有|共有|现有)")
        self.STORY_VERB_RE = re.compile(alt("story_verb"))
        # 记者分赴N个村采访: a story's villages; 到N个村看望困难户 (a visit, value `visit`) is work done there
        self.STORY_NOT_VISIT_RE = re.compile(alt("story_verb", vocab.with_value("story_verb", None)))
        self.TRAINING_RE = re.compile(alt("training_predicate"))
        self.HELPING_BEFORE_RE = re.compile(rf"(?:{alt('helping_verb')})了?$")
        self.STATUS_ENDING_BEFORE_RE = re.compile(rf"(?:{alt('status_ending_verb')})了?$")
        self.COMPLETION_RE = re.compile(alt("completion_verb"))
        self.LABOUR_BEFORE_RE = re.compile(rf"(?:{alt('labour_word')})(?:约|近|达|共|累计)?$")
        # 沿省道东行18公里: a verb of travelling right before a length (a distance on the way, not a length built)
        self.TRAVEL_BEFORE_RE = re.compile(rf"(?:{alt('travel_verb')})(?:约|近|了|大约)?$")
        # 2950亩土地: an area named as a kind of land, what the place has, unless a verb of working it comes first
        # (流转土地260亩, 整治耕地200亩)
        self.LAND_AFTER_RE = re.compile(rf"(?:的)?[\u4e00-\u9fff]{{0,2}}?(?:{alt('land_noun')})")  # (N亩松树林, N亩的几片林地)
        self.LAND_WORK_RE = re.compile(alt("land_work_verb"))
        # 人口3460人，土地4035亩; 占地10多亩的公园: the land named before its area (or the ground a site covers)
        self.LAND_BEFORE_RE = re.compile(rf"(?:(?:{alt('land_noun')})(?:面积)?|占地(?:面积)?)(?:共|有|约|达|近)?$")
        # N公顷荒坡土地用来种植药材: the land put to a use that works it, the verb further on
        self.LAND_PUT_TO_WORK_RE = re.compile(rf"(?:用于|用来|用作)[^，。,；;！？\n]{{0,12}}?(?:{alt('land_work_verb')})")
        # 完成N个贫困村连村路、N个贫困村道路硬化: the village noun, then the works done in those villages closing the
        # item (a noun phrase ending in a word of works), the list opened by a verb of completing or building
        self.VILLAGE_WORKS_AFTER_RE = re.compile(rf"[\u4e00-\u9fff]{{0,6}}?村(?:村内|内|的)?[\u4e00-\u9fff]{{0,12}}?"
                                                 rf"(?:{alt('village_work')})(?=[、，,。；;！\n]|等|$)")
        self.IMPROVE_VERB_RE = re.compile(alt("improve_verb"))
        self.HEIGHT_RE = re.compile(alt("height_word"))
        # A count then a phrase closed by a village noun: the head noun closes the phrase after the count.
        self.VILLAGE_HEAD_RE = re.compile(rf"[^，。,；;：:！？!?\n\d]{{0,20}}?(?:{alt('village_noun')})(?!级)")
        # 建成生态宜居村N个: the class of village written before its count
        self.VILLAGE_NOUN_BEFORE_RE = re.compile(rf"(?:{alt('village_noun')})$")
        # The sentence speaks of the programme's dispatch: a count of villages in it with no keyword is the villages covered.
        self.DISPATCH_WORD_RE = re.compile(alt("dispatch_word"))
        self.PRESS_TOUR_RE = re.compile(alt("press_tour"))
        # 某省妇联挂钩帮扶后…: a division opening an organ's or a people's organisation's name (confidence only)
        # 找到某省妇联争取…, 向某市慈善总会求援…, 某省某某基金会N万元: a division opening the name of a people's
        # organisation, a charity or a foundation names who gives (any verb, or none, after it)
        self.ORGANISATION_AFTER_RE = re.compile(_place_phrase_to(alt("organisation_short_name"), 8))
        self.ORGAN_OPENED_RE = re.compile(_place_phrase_to(alt("organ_suffix") + "|" + alt("organisation_short_name"), 4)
                                          + r"(?:挂钩|定点|对口|结对)?(?:帮扶|联系|包联)")
        # 帮助贫困户某某销售…: a household helped, named (a surname, one or two more characters, then no function word)
        self.BENEFICIARY_NAMED_RE = re.compile(rf"(?:{alt('beneficiary_noun')})(?P<name>[\u4e00-\u9fff]{{2,3}}?)"
                                               r"(?=[销卖种养家的增收实获通靠从年每一共去今前])")
        self.PROGRAMME_WORD_RE = re.compile("|".join((alt("programme_term"), alt("programme_cue"))))
        # A number right after a word of having states what there is.
        self.STATE_BEFORE_RE = re.compile(rf"(?:{alt('state_before')})$")
        # What there was or is, stated anywhere before the number in its clause.
        self.BASELINE_RE = re.compile(alt("baseline_word"))
        # A result stated in its own clause of a sentence that also describes the place.
        self.RESULT_WORD_RE = re.compile(alt("result_word"))
        self.CHANGE_WORD_RE = re.compile(alt("change_word"))
        # 计划新建冷库2座, 力争收入达到30万元, 今年将投入资金500万元: a plan or a target, kept with less trust
        self.PLAN_WORD_RE = re.compile(alt("plan_word"))
        # 提供120个就业岗位, 开发公益性岗位25个: posts counted in 个 are jobs (the post word closes the noun)
        self.JOB_POST_AFTER_RE = re.compile(rf"[\u4e00-\u9fff]{{0,6}}?(?:{alt('job_post')})(?![\u4e00-\u9fff])")
        self.JOB_POST_BEFORE_RE = re.compile(rf"(?:{alt('job_post')})$")
        # 危房改造12户, 住房改造8户: households counted right after a verb of works are the homes the work reached
        self.WORKS_FOR_HOUSEHOLDS_RE = re.compile(rf"(?:{alt('build_verb')})$")
        self.SOLVE_VERB_RE = re.compile(alt("solve_verb"))
        # 解决了6个长期困扰群众的难题: a count right after a solving verb, described at length before its noun
        self.SOLVED_COUNT_BEFORE_RE = re.compile(rf"(?:{alt('solve_verb')})了?$")
        # 工程款被全部追回, 为农民节省农机费15万元: money recovered or saved by the work, an outcome in money
        self.MONEY_RESULT_RE = re.compile(alt("money_result_verb"))
        self.ALLOT_BEFORE_RE = re.compile(rf"(?:{alt('allot_verb')})(?:了|给|出)?(?:村里|全村|该村|村集体)?$")
        self.MONEY_RESULT_CHARS = frozenset(w[0] for w in vocab.words("money_result_verb"))
        self.PURCHASE_VERB_RE = re.compile(alt("purchase_verb"))
        self.PURCHASE_VERBS = frozenset(vocab.words("purchase_verb"))
        self.GOODS_VERB_RE = re.compile(alt("goods_verb"))
        # 帮助脱贫户、监测户销售: a verb of helping, the people helped, a verb of selling
        self.HELPED_SELL_RE = re.compile(rf"(?:帮助|帮|协助)[^，。,；;！？\d]{{0,12}}?(?:{alt('selling_verb')})")
        self.SOLD_BEFORE_RE = re.compile(rf"(?:{alt('selling_verb')})了?$")
        self.LIKENESS_BEFORE_RE = re.compile(rf"(?:{alt('likeness_word')})$")
        self.WAGE_EARNER_BEFORE_RE = re.compile(rf"(?:{alt('wage_earner')})(?:每人|每天|每日|日|的)?(?:工资|工钱|薪酬)?(?:为|是)?$")
        self.CLEARING_VERB_RE = re.compile(alt("clearing_verb"))
        # 12栋民宅进行了外立面改造: the buildings counted, their noun, then the renovation (a few words between)
        self.RENOVATION_RE = re.compile(alt("renovation_verb"))
        self.RENOVATED_AFTER_RE = re.compile(rf"[\u4e00-\u9fff]{{1,6}}?(?:进行|完成|实施)了?[\u4e00-\u9fff“”]{{0,8}}?(?:{alt('renovation_verb')})")
        # 有9户农民签订了代养合同: the households counted, a noun of people at most, then the verb of signing
        self.SIGNED_AFTER_RE = re.compile(rf"(?:[\u4e00-\u9fff]{{0,2}}?(?:{alt('non_cadre_noun')}))?(?:{alt('contract_verb')})")
        # 为100多名本村和周边村民增加务工收入: people counted, named (a few words, a noun of people), then their work
        self.WORKERS_AFTER_RE = re.compile(rf"[^，。,；;！？\d]{{0,10}}?(?:{alt('non_cadre_noun')})[^，。,；;！？\d]{{0,6}}?(?:务工|就业|用工)")
        # 5个村的村集体收入全部超过20万元: the villages whose income passed a bound
        at_least = alt('qualifier_prefix', tuple(w for w, v in vocab.mapping('qualifier_prefix').items() if v == 'at_least'))
        self.INCOME_OVER_AFTER_RE = re.compile(rf"[^，。,；;！？\n]{{0,14}}?(?:{alt('income_word')})(?:全部|均|都|全都|已|已经|均已)*(?:{at_least})\d")
        # 集体经济收入超过10万元的村达到236个: the bound on the villages' income written before them, then their count
        self.INCOME_OVER_BEFORE_RE = re.compile(rf"(?:{alt('income_word')})(?:{at_least})?\d+(?:\.\d+)?万元?(?:以上)?的(?:行政)?村"
                                                rf"(?:数量)?(?:达到|达|有|共有|共|增至|增加到)?$")
        self.WORKS_ON = frozenset(vocab.words("works_on"))
        self.DISPATCH_VERBS = frozenset(vocab.words("level_dispatch"))  # 派驻, 选派, 下派, 派出, 派
        # A classifier made for things never counts teams or villages; those of things built count facilities.
        self.THING_CLASSIFIERS = frozenset(vocab.words("thing_classifier"))
        self.BUILT_CLASSIFIERS = frozenset(vocab.with_value("thing_classifier", "built"))
        self.INSTALLED_CLASSIFIERS = frozenset(vocab.with_value("thing_classifier", "installed")) | {"辆"}
        self.COUNTED_CLASSIFIERS = frozenset(vocab.with_value("thing_classifier", "counted"))
        self.BUILD_VERB_RE = re.compile(alt("build_verb"))
        # 一条N米长的水泥路修通, N公里长的渠道已建成: the thing measured, then the verb of building it (the verb last)
        # (将320米长的村道从3米拓宽到6米: the width it had, then the verb of the work done on it)
        self.BUILT_AFTER_LENGTH_RE = re.compile(rf"长的[\u4e00-\u9fff“”\"]{{1,10}}?(?:已|已经|终于|顺利|全面|全线|正式|也)?"
                                                rf"(?:[从由][\d.]+(?:米|公里)?)?(?:{alt('build_verb')}|{alt('works_on')})")
        # 建起了超过2000亩的…基地: a verb of building right before a bounded figure makes it what was built, no threshold
        self.BUILT_BOUND_BEFORE_RE = re.compile(rf"(?:{alt('build_verb')})[了起成]?$")
        # 全长2公里, 总长800米: a length restated, of the work named before it in the sentence
        self.LENGTH_WORD_RE = re.compile(rf"(?:{alt('length_word')})(?:{alt('linking_word')})?$")  # 里程达16公里
        self.VALUE_WORDS = frozenset(vocab.words("value_word"))
        self.VALUE_WORD_TUPLE = tuple(sorted(self.VALUE_WORDS, key=len, reverse=True))
        # The noun a count counts, read from its head (the last characters of a Chinese noun phrase): a
        # figure with no keyword near it still says what it counts (太阳能路灯 → 灯, 绿植 → 植).
        self.THING_HEAD = vocab.mapping("thing_head")
        self.THING_HEAD_RE = re.compile(alt("thing_head"))
        # How little there was before the figure (one road, one well at most between): not a result.
        self.SCARCE_BEFORE_RE = re.compile(rf"(?:{alt('scarce_before')})(?:一[条个座处所])?$")
        self.LEVEL_BEFORE_RE = re.compile(rf"(?:{alt('level_before')})(?:{alt('linking_word')})?$")
        self.LINKING_END_RE = re.compile(rf"(?:{alt('linking_word')})$")
        self.COUNT_LINK_RE = re.compile(alt("count_link"))
        # (高标准修建: a manner of building, no threshold)
        # (标准化 makes things to a standard: N个标准化活动室 are built, no threshold)
        self.STANDARD_AFTER_RE = re.compile(rf"[^，。,；;！？\n]{{0,8}}?(?<!高)(?:{alt('poverty_standard')})(?!化)")
        # What remains to be done, not what was done.
        self.REMAINING_BEFORE_RE = re.compile(rf"(?:{alt('remaining_before')})$")
        self.HONOUR_RE = re.compile(alt("honour"))
        self.PROMOTION_WORDS = frozenset(vocab.with_value("honour", "promotion"))
        # 被评为某市先进单位, 荣获“某省优秀第一书记”, 某市级优秀驻村干部: a division in an award's title names the
        # level that gives the award, not the place the page's figures are about
        self.HONOUR_BEFORE_RE = re.compile(rf"(?:{alt('honour')})(?:为|了)?[“\"「『]?$")
        # 连续10次受省委、省政府表彰: the organs that give an award, after 受/获, before the award word
        self.AWARD_GIVER_AFTER_RE = re.compile(rf"[\u4e00-\u9fff、和]{{0,8}}?(?:{alt('honour')})")
        self.HONOUR_TITLE_AFTER_RE = re.compile(alt("honour_title"))
        self.HONOUR_LEVEL_AFTER_RE = re.compile(rf"级[“\"」』]?(?:{alt('honour_title')})")
        self.HONOUR_AFTER_RE = re.compile(rf"级?(?:{alt('honour')})")  # 获得省级表彰, 受省政府表彰: the awarder
        self.DESIGNATION_BEFORE_RE = re.compile(rf"(?:{alt('designation_verb')})$")
        self.APPOSITION_AFTER = tuple(vocab.words("apposition_after"))
        self.ANAPHOR_BEFORE_RE = re.compile(rf"(?:{alt('anaphor_before')})$")
        # 到某省某县实地参观学习: a place people went to in order to learn, named after a verb of going
        # the people the cadres work for, giving (村民自愿捐款, 群众纷纷捐出): the giver of a donation
        # 刚来的时候，…: a sentence opening on the time the cadres arrived describes the place as they found it
        self.THEN_OPENING_RE = re.compile(rf"\s*(?:{alt('then_opener')})")
        # (为群众捐款, 为N名困难学生捐款: the people after 为/向/给 receive it, not give: _RECEIVER_BEFORE_RE, read
        # where the pattern is used)
        # (党员干部捐出…: party members who are cadres give as the programme's people, not as the villagers helped)
        self.PEOPLE_GIVING_RE = re.compile(rf"(?:{alt('non_cadre_noun')})(?!干部)"
                                           rf"[^，。,；;！？\d]{{0,8}}?(?:自愿|主动|纷纷)?(?:捐|将)")
        self.INSPECTED_BEFORE_RE = re.compile(rf"(?:{alt('inspect_verb')})[^，。,；;！？\d]{{0,10}}$")
        self.TRIP_AFTER_RE = re.compile(rf"[\u4e00-\u9fff]{{0,8}}?(?:{alt('trip_verb')})")
        # 邀请农业专家12名, 培养后备干部5名: the people a head count counts, written right before it
        self.NON_CADRE_BEFORE_RE = re.compile(rf"(?:{alt('non_cadre_noun')})$")
        # A baseline word right after the figure (800亩现有果园): what there is, not what was done.
        self.BASELINE_AFTER_RE = re.compile(alt("baseline_word"))
        # A verb of posting, not the first half of a post's name (驻村第一书记, 驻村工作队员 are posts).
        self.POSTING_VERB_RE = re.compile(rf"(?:{alt('posting_verb')})(?!第一书记|干部|工作队|工作组|队员|帮扶队|扶贫工作队|帮扶工作队)")
        # Municipalities (a province-level city) are their own city: the gazetteer's provinces named 市.
        self.MUNICIPALITIES = frozenset(name for name, rows in load_divisions().items()
                                        if name.endswith("市") and any(r.level == "province" for r in rows))


def _whole_of(organ: str, level: str | None = None) -> str:
    """市直 → 全市, 县财政 → 全县, 自治区党委 → 全区, 中组部 → 全国: the free scope word of an organ's level, as written."""
    if level == "country":
        return "全国"
    if organ.startswith("自治区"):
        return "全区"
    return "全" + organ[0] if organ[0] in "省市县区州盟旗乡镇" else organ


def _opens_clause(text: str, pos: int) -> bool:
    """Does `pos` open a clause (the text's start, or a mark or a line break right before it)?"""
    return pos == 0 or text[pos - 1] in "。！？；;，,：:\n “\""


def awarding_place(rules: FactRules, text: str, place: Place) -> bool:
    """Is this province, city or county named only as the level that gives an award (评为某市先进单位,
    某市级优秀驻村干部)? Such a name neither makes the page's main place nor anchors a figure."""
    if place.level not in ("province", "city", "county"):
        return False
    return bool(rules.HONOUR_BEFORE_RE.search(text, max(0, place.start - 6), place.start)
                or rules.HONOUR_LEVEL_AFTER_RE.match(text, place.end)
                or (text[place.end: place.end + 1] in ("“", "\"", "「", "『")
                    and rules.DESIGNATION_BEFORE_RE.search(text, max(0, place.start - 3), place.start)))


def listed_province(text: str, place: Place) -> bool:
    """Is this province one of a list closed by 等地/等省 (村民来自甲省、乙省等地, 在甲省、乙省等地设立分社)? The
    provinces people come from or things stand in, several at once: none of them is the page's place."""
    return place.level == "province" and _closes_place_list(text, place.end)


def firm_opening(rules: FactRules, text: str, place: Place) -> bool:
    """Does this province open the name of a firm or an institution (某省某某开发有限公司, 某省理工大学, 某省移动)? Such a
    name is the firm's, not the place the page is about (a county's bank or college still works in its county)."""
    return place.level == "province" and rules.FIRM_AFTER_RE.match(text, place.end) is not None


@lru_cache(maxsize=4)
def fact_rules(path: Path = VOCABULARY_SEED) -> FactRules:
    """The rules for a vocabulary seed, built once per seed."""
    return FactRules(load_vocabulary(path))


@dataclass
class KeywordHit:
    start: int
    end: int
    keyword: str
    metrics: tuple[Metric, ...]


@dataclass(frozen=True)
class KeywordScanner:
    """The metric keywords as one pattern (the longest keyword at each position), and for each keyword the offsets inside it where
    another keyword can start and run past its end (修路 → 路灯 at 1): the only places looked at again."""

    pattern: re.Pattern
    index: dict[str, tuple[Metric, ...]]
    crossings: dict[str, tuple[int, ...]]

    def hits(self, text: str, start: int, end: int) -> list[KeywordHit]:
        """Keywords in text[start:end]; one that starts inside a keyword found and runs past its end is seen
        too (维修路灯: 修路, then 路灯), one wholly inside it is not (收入 in 村集体经济收入)."""
        found: list[KeywordHit] = []
        for m in self.pattern.finditer(text, start, end):
            a, b = m.span()
            word = m.group(0)
            found.append(KeywordHit(a, b, word, self.index[word]))
            for k in self.crossings.get(word, ()):
                inner = self.pattern.match(text, a + k, end)
                if inner and inner.end() > b:
                    found.append(KeywordHit(a + k, inner.end(), inner.group(0), self.index[inner.group(0)]))
                    break
        return found


@lru_cache(maxsize=8)
def keyword_scanner(catalog: Catalog) -> KeywordScanner:
    index = catalog.keyword_index()
    words = sorted(index, key=len, reverse=True)
    # the longest keyword that starts with each prefix of a keyword: a word's tail runs into a longer keyword
    # where some keyword starts with the tail and goes on past it (one pass over the words, not one per pair)
    longest: dict[str, int] = {}
    for other in words:
        for i in range(1, len(other) + 1):
            if longest.get(other[:i], 0) < len(other):
                longest[other[:i]] = len(other)
    crossings = {word: tuple(k for k in range(1, len(word)) if longest.get(word[k:], 0) > len(word) - k)
                 for word in words}
    return KeywordScanner(re.compile(trie_pattern(words)), index,
                          {word: ks for word, ks in crossings.items() if ks})


def sentences(text: str, start: int, end: int):
    for match in _SENTENCE_RE.finditer(text, start, end):
        yield match.start(), match.end()


_CLAUSE_SEP_RE = re.compile(r"[，,：:]")


def _clause_bounds(text: str, s_start: int, s_end: int, pos: int) -> tuple[int, int]:
    a = max(text.rfind("，", s_start, pos), text.rfind(",", s_start, pos), text.rfind("：", s_start, pos),
            text.rfind(":", s_start, pos)) + 1
    b = _CLAUSE_SEP_RE.search(text, pos, s_end)
    return max(a, s_start), (b.start() if b else max(pos, s_end))


def _past_year(text: str, pos: int) -> int:
    """Past a year (and 底/末) that opens a clause at `pos` (2021年已提高到…): where the rest of the clause starts."""
    m = _CLAUSE_YEAR_RE.match(text, pos)
    return m.end() if m else pos


def _in_brackets(text: str, s_start: int, pos: int) -> bool:
    segment = text[s_start:pos]
    return segment.count("（") + segment.count("(") > segment.count("）") + segment.count(")")


_AIDS_RE = re.compile(r"(?:对口帮扶|对口支援|结对帮扶|援助|驻|承担着?|承担了)")
_PURPOSE_AFTER_RE = re.compile(r"[，,]?(?:专门|主要|全部|专项)?(?:用于|用来|用作)")
# what an encoding leaves where it lost a character (a question mark, the replacement character)
_RESIDUE_MARKS = frozenset("?\ufffd")
# 没有铺设, 尚未硬化: a verb of building negated after a length (a road not yet built)
_NOT_BUILT_AFTER_RE = re.compile(r"(?:没有|尚未|还没有?|未|没)(?:被)?(?:铺设|硬化|修建|修通|建成|完工|铺|修|建|打通|贯通)")
# 每月, 每周至少, 每年不少于: a period each, before a count of times (a frequency)
_EVERY_PERIOD_BEFORE_RE = re.compile(r"每(?:个)?(?:月|周|年|天|日|季度?|星期|半月)(?:至少|不少于|都|要|均|有|需)?$")
# 给第一书记和工作队各拨…, 给每名第一书记、每支工作队分别…: one sum given each to a cadre's post and to a team
_POST_AND_TEAM_EACH_RE = re.compile(r"(?:每个|每名|每位)?(?:驻村)?(?:第一书记|队员|驻村干部)(?:和|与|及|、)(?:每个|每支)?"
                                    r"(?:驻村)?(?:工作队|工作组)[^，。,；;！？\n]{0,10}?(?:各|分别)")
# the earners of an income counted or pooled: the households or the collective the work raised it for
_EARNERS_RE = re.compile(r"人均|户均|每户|每人|村民|农户|群众|贫困户|脱贫户|困难户|全村|集体|社员|家庭|员工|工人|务工|"
                         r"他们|她们|大家|乡亲|[\d一二两三四五六七八九十百千万]+(?:户|人|名|家)")
# 他家, 她家: one household told of (not 我家乡, 其家属); its 家庭 is that household, no earners pooled
_ONE_HOUSEHOLD_RE = re.compile(r"(?<![其自])[我他她]家(?![乡属们])")
# 45岁的某某: a sentence opening on one person's age
_AGE_OPENING_RE = re.compile(r"[“\"]?(?:今年)?\d{1,3}岁的")
# 拥有N名员工, 现有职工N人: the staff a business has (a state, not jobs the work made)
_STAFF_NOUNS = ("员工", "职工", "工人", "雇员")
_HAVING_BEFORE_RE = re.compile(r"(?:拥有|现有|共有|有)(?:各类)?$")
# right after an area: a disaster that struck the land (被淹, 受灾, 缺水)
_DAMAGED_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:被淹|被浸|被冲毁|被毁|受灾|受损|绝收|缺水|淹没|减产)")
# 推荐他, 帮助她: the one a cadre helped (into work), whose income is a result of the work
_HELPED_ONE_RE = re.compile(r"(?:推荐|帮助|帮|介绍|安排|带动|动员|鼓励|引导|扶持)[他她]")
# 我/他/她 alone (not 我们, 我村, 他们, 其他, 自我): one person told of before the figure
# one villager named, by the noun of a villager before the name (村民某某的, 贫困户某某家) or by his village and 的
# before it and his own verb after (某村的某某种植了): the land or income after is his, not what the work achieved
_NAMED_VILLAGER_RE = re.compile(r"(?:村民|农户|贫困户|脱贫户|种植户|养殖户|种养大户|大户|果农|菜农|茶农)(?P<name>[\u4e00-\u9fff]{2,3}?)"
                                r"(?=的|家[^乡属]|种植|种了|养殖|养了|流转|承包|\d)"
                                r"|村的(?P<own>[\u4e00-\u9fff]{2,3}?)(?=种植|种了|养殖|养了|流转|承包|家[^乡属])")
# a verb by which the work reaches the villager named (带动村民某某, 帮助贫困户某某): the result is the work's
_REACHES_VILLAGER_RE = re.compile(r"带动|带领|帮助|帮扶|动员|引导|扶持|组织|示范|鼓励|指导")
_ONE_EARNER_RE = re.compile(r"(?<![其自])[我他她](?![们村镇乡县市省])")
# a quotation closed, then the villager who spoke it (”村民某某说, ”某村贫困户某某笑着说; a transliterated name with ·)
_VILLAGER_SAID_RE = re.compile(r"[，,]?[^，。！？\n“”]{0,12}?(?:村民|贫困户|脱贫户|农户|养殖户|种植户|群众|社员)[\u4e00-\u9fff·]{2,10}?"
                               r"(?:笑着|高兴地|开心地|感慨地|激动地)?(?:说|表示|告诉)")
# right after the people a count counts: their posting, in the passive (4名医生被选派到…)
_PASSIVE_POSTING_RE = re.compile(r"(?:一起|一道|一同)?[，,]?\s*被(?:选派|派驻|下派|派)")
# right after a sum: the order it is the value of (10万元的订单, 5万元服装订单)
_ORDER_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{0,8}?的?订单")
# after 用于: the collective's income as the purpose (用于增加村集体收入, 用于壮大村集体经济, 用作村集体收益)
_COLLECTIVE_INCOME_PURPOSE_RE = re.compile(r"(?:增加|壮大|发展)?(?:村级|村)?集体(?:经济)?(?:收入|增收|收益|经济)")
# 从帮扶资金中列支20万元修建步道, 从村集体经费中拿出5万元: money spent out of a fund on a work is money put in
_FROM_FUND_BEFORE_RE = re.compile(r"(?:从[^，。,；;！？]{0,12}?(?:资金|经费|款|基金)中?(?:列支|拿出|支出|安排|划拨|调剂|抽出)|列支)"
                                  r"(?:了|出)?(?:共|约|近)?$")


# 从甲市、乙市和丙县等9个市县抽调…: a list of divisions after 从, closed by a verb of sending (the senders)
_SOURCE_LIST_RE = re.compile(r"从(?:[\u4e00-\u9fff]{2,10}?[、和及])*[\u4e00-\u9fff]{2,10}?(?:等\d+个[\u4e00-\u9fff]{1,2})?"
                             r"(?:选派|抽调|派出|选调|下派|派驻|选拔)")
_FAMILIES_OF_RE = re.compile(r"(?:贫困|困难|脱贫|周边)?(?:村民|农户|群众|牧民)")


# the people of a household named right after it (贫困户子女, 脱贫户劳动力): they are counted, not the households
_MEMBERS_OF_HOUSEHOLD = ("子女", "劳动力", "家庭成员", "成员", "家属")
# 村办企业, 村级活动场所: 村 opening a noun of things a village owns or runs, no village counted (N个村集体经济
# counts villages by their collective economy)
_VILLAGE_OWNED_NOUNS = ("村办", "村级", "村企")


def _count_unit(r: FactRules, text: str, q: Quantity) -> str | None:
    after = text[q.end: q.end + 10]
    if after.startswith(r.VILLAGE_GROUPS):
        return None  # 9个村民小组, 80个村小组: a village's groups, no villages
    if after.startswith(_VILLAGE_OWNED_NOUNS):
        return None  # 4个村办企业, 5个村级活动场所: 村 opens a noun of the village's own things, counted, no villages
    if after.startswith("村") and q.classifier in ("个", "个村"):
        return "village"  # 156个村选派驻村工作队: the count is of villages, whatever follows
    if q.classifier == "个" and text[q.prefix_start - 1: q.prefix_start] == "村" and \
            text[q.prefix_start - 2: q.prefix_start - 1] in ("的", "类", "个"):
        return "village"  # 50万元以上的村23个
    if q.classifier == "个" and r.VILLAGE_NOUN_BEFORE_RE.search(text, max(0, q.prefix_start - 6), q.prefix_start):
        return "village"  # 建成生态宜居村N个, 创建示范村N个: the class of village right before its count
    if q.classifier == "个" and _CADRES_VILLAGE_RE.match(after):
        return "village"  # 400个第一书记所在村: the villages the cadres are posted to
    if q.classifier == "个" and (_NOUN_CADRE_RE.match(after) or _NOUN_POPULATION_RE.match(after)):
        return "person"  # 10多个驻村干部, 30个贫困人口: 个 counting people
    if q.classifier in ("个", "家") and (household := HOUSEHOLD_NOUN_RE.match(after)):
        if after.startswith(_MEMBERS_OF_HOUSEHOLD, household.end()):
            return "person"  # N个困难户子女, M个脱贫户的劳动力: the people of those households, counted
        return "household"  # 36个贫困户, 4个特困户, 32家贫困户: 个 or 家 counting households
    if q.classifier == "家" and _FAMILIES_OF_RE.match(after):
        return "household"  # N家贫困村民: 家 counting villagers' families
    if q.classifier == "个" and _COUNTIES_EACH_SENT_A_TEAM_RE.match(text, q.end):
        return "team"  # 向57个贫困旗县分别派驻工作队: one team to each division counted
    team, village = _NOUN_TEAM_RE.match(after), _NOUN_VILLAGE_RE.match(after)
    if team and village and _TEAM_NAMED_BY_VILLAGE_RE.match(after, village.end()):
        return "team"  # 26个贫困村扶贫工作队: the village noun names the teams counted, no verb between
    if q.classifier == "支" or (team and not (village and village.end() < team.end())):
        return "team"  # 200多个行政村派驻工作队: the village noun comes first, the count is of villages
    if village and not (q.classifier == "条" and (after.startswith(_ROAD_AFTER_VILLAGE, village.end())
                                                  or _BETWEEN_VILLAGES_ROAD_RE.match(after, village.end()))):
        return "village"
    head = r.VILLAGE_HEAD_RE.match(text, q.end)
    if head and q.classifier in ("个", "条", "座") and not _NOT_VILLAGE_HEAD_RE.search(head.group(0)):
        return "village"  # 120个基层党组织软弱涣散村: the phrase after the count ends in a village noun
    if q.counter in ("个", "支") and not _counts_other_noun(text, q) \
            and _TEAM_BEFORE_RE.search(text, max(0, q.prefix_start - 4), q.prefix_start):
        return "team"  # 选派驻村工作队12个: the team noun written before its count, nothing counted after it
    return None


def _counts_villages(r: FactRules, text: str, q: Quantity) -> bool:
    """900个村(居), 600个村庄, 86个…边远民族村: the count is of villages themselves, not of 村民小组 or 三个月…全村."""
    if q.classifier not in ("个", "条", "座"):
        return False
    if text.startswith("村", q.end) and not text.startswith("级", q.end + 1):  # 3个村级…薄弱村: read to its head
        # 7个村和5个村: a conjunction after 村; 15个村开展帮扶: the work in them; 15个村的群众: the people of them
        nxt = q.end + (2 if text.startswith("村子", q.end) else 1)  # 村子: the whole noun, what follows it decides
        return not _is_cjk_char(text[nxt: nxt + 1]) or text[nxt] in "庄寨落和与及或" \
            or text.startswith(_WORK_IN_VILLAGES, nxt) \
            or (text.startswith("的", nxt) and r.NON_CADRE_AFTER_RE.match(text, nxt + 1) is not None)
    head = r.VILLAGE_HEAD_RE.match(text, q.end)
    return bool(head) and not _NOT_VILLAGE_HEAD_RE.search(head.group(0))


# nouns of the organisations that send or aid, written right before a count of them (帮扶单位120个)
_UNITS_NOUNS = ("单位", "部门", "企业", "机关")


# (N户贫困户（N人）现已有M户脱贫: the people counted in brackets, 已有 before the part)
_TOTAL_THEN_PART_OUT_RE = re.compile(r"(?:建档立卡)?(?:贫困户|贫困人口|贫困群众)(?:[（(]\d+人[）)])?[，,]?(?:其中)?(?:已|现已|已经|目前已)"
                                     r"(?:(?:稳定)?(?:脱贫|退出)了?|有)\d")
_EVENT_AFTER_RE = re.compile(r"(?:座谈会|院坝会|恳谈会|议事会|说事会|见面会|茶话会|现场会|推进会|动员会|协调会|会议|讲座|宣讲|党课|夜话)")


_LISTED_NOUN_REACH = 10
_LIST_BREAK_RE = re.compile(r"[，,；;：:。！？\n]")  # a clause break (、 joins the list's items)


def _listed_before_shared_verb(text: str, q: Quantity, hit_start: int) -> bool:
    """N名市级领导、M名县级领导、K名机关干部分别联系…: counts of one counter listed with 、 before the verb they
    all share; each item is a count and a short noun, no clause break between the first and the verb."""
    between = text[q.end: hit_start]
    if not q.counter or _LIST_BREAK_RE.search(between):
        return False
    parts = between.split("、")
    # (其他厅级干部N人次、处级干部M人次到村…: each later item may name its people before its count)
    return len(parts) >= 2 and len(parts[0]) <= _LISTED_NOUN_REACH and all(
        len(part) <= _LISTED_NOUN_REACH + 8
        and re.match(rf"[\u4e00-\u9fff]{{0,{_LISTED_NOUN_REACH}}}?[\d.]+[万千百]?(?:多|余)?{re.escape(q.counter)}", part)
        for part in parts[1:])


def _counts_other_noun(text: str, q: Quantity) -> bool:
    nxt = text[q.end: q.end + 1]
    return bool(nxt) and "\u4e00" <= nxt <= "\u9fff" and nxt not in "以左上余多的等"


def _listed_one(text: str, q: Quantity) -> bool:
    """项目1个: a count of one written in digits straight after its noun (a tally), not 一名 / 为1个."""
    prev = text[q.prefix_start - 1: q.prefix_start]
    return q.value == 1 and not q.chinese and bool(prev) and "\u4e00" <= prev <= "\u9fff" and prev not in "为是有共第约近每仅只达的"


def _household_with_members(text: str, q: Quantity) -> bool:
    """1户3人脱贫: a count of households with its members' count right after it (one household is a figure there)."""
    return q.unit == "household" and _MEMBERS_AFTER_RE.match(text, q.end) is not None


def _listed_in_words(q: Quantity) -> bool:
    """两口水井和一个泵站: numbers.py reads a 一 as a count only after another count in the same list."""
    return q.chinese and q.value == 1


def _is_cjk_char(ch: str) -> bool:
    return bool(ch) and "\u4e00" <= ch <= "\u9fff"


def _quoted_slogan(text: str, s_start: int, q: Quantity, opens: list[int] | None = None,
                   closes: list[int] | None = None) -> bool:
    """Inside a short quotation (“一村一队”, “两个全覆盖”): a slogan. A long quotation is speech and keeps its figures."""
    lo = max(s_start - 200, 0)
    if opens is None or closes is None:
        opens = [m.start() for m in _OPEN_QUOTE_RE.finditer(text, lo, q.prefix_start)]
        closes = [m.start() for m in _CLOSE_QUOTE_RE.finditer(text, lo, q.end + 40)]
    i = bisect_left(opens, q.prefix_start)
    if i == 0 or opens[i - 1] < lo:
        return False
    opened = opens[i - 1]
    j = bisect_left(closes, opened)
    if j < len(closes) and closes[j] < q.prefix_start:
        return False  # the quotation closed before the number
    if text.find("\n", opened, q.prefix_start) >= 0:
        return False
    if j >= len(closes) or closes[j] >= q.end + 40:
        return q.prefix_start - opened <= 6
    inner = text[opened + 1: closes[j]]
    return len(inner) <= 16 and not _SPEECH_STOP_RE.search(inner)


def _in_quotation(pos: int, opens: list[int], closes: list[int], text: str) -> bool:
    """pos lies inside a quotation opened on the same line and not yet closed (speech or a name)."""
    i = bisect_left(opens, pos)
    if i == 0:
        return False
    opened = opens[i - 1]
    j = bisect_left(closes, opened)
    return not (j < len(closes) and closes[j] < pos) and text.find("\n", opened, pos) < 0


def _in_quoted_name(text: str, pos: int, opens: list[int] | None = None) -> bool:
    """A position inside a short quotation (a project, company or slogan name), not speech. `opens`: the
    offsets of the opening quotation marks of `text`, when the caller has them (a bisect, not three scans)."""
    lo = max(pos - 30, 0)
    if opens is not None:
        i = bisect_left(opens, lo)
        if i == len(opens) or opens[i] >= pos:
            return False
    elif not any(text.rfind(c, lo, pos) >= 0 for c in _OPEN_QUOTES):
        return False
    for i in range(pos - 1, max(pos - 30, -1), -1):
        ch = text[i]
        if ch in _CLOSE_QUOTES or ch in "。！？\n":
            return False
        if ch in _OPEN_QUOTES:
            # its own closing mark (“…”, ‘…’): a quotation nested inside speech (“在某村，我们探索‘1+1’…”) closes
            # its own mark, not the speech's
            close = text.find(_CLOSE_QUOTES[_OPEN_QUOTES.index(ch)], pos, pos + 30)
            return close >= 0 and not _SENTENCE_STOP_RE.search(text, i, close)
    return False


def _slogan_count(r: FactRules, text: str, q: Quantity) -> bool:
    """实现两个全覆盖, 三个一批: a small count in Chinese numerals that names a slogan, not a tally."""
    if not (q.chinese and q.value <= 10 and q.classifier in ("个", "项", "条")):
        return False
    return bool(r.SLOGAN_VERB_RE.search(text, max(0, q.prefix_start - 4), q.prefix_start)
                or r.SLOGAN_TAIL_RE.match(text, q.end))


@lru_cache(maxsize=4)
def _dispatch_other(catalog: Catalog) -> Metric:
    """A dispatch figure the vocabulary has no code for (the sending units counted, the cadres promoted)."""
    return replace(catalog.by_code("other"), kind="dispatch")


def _team_size(text: str, q: Quantity, c_start: int) -> bool:
    """每个驻村队4名成员, 每个工作队3至5人: a head count (or a range) right after 每个…工作队, no bound word (不少于),
    is the size each team is sent with."""
    return q.unit == "person" and q.value >= 2 and (q.qualifier in ("exact", "approx") or q.range_end is not None) \
        and _TEAM_SIZE_BEFORE_RE.search(text, max(c_start, q.prefix_start - 14), q.prefix_start) is not None \
        and text.find("、", q.end, q.end + 10) < 0  # (由1名队长、1名第一书记…组成: the team's make-up, post by post)


def _skip(r: FactRules, text: str, q: Quantity, c_start: int, s_start: int = 0, opens: list[int] | None = None,
          closes: list[int] | None = None, money_named_after: bool = False) -> bool:
    after = text[q.end: q.end + 4]
    if q.unit == "yuan" and _UNIT_PRICE_BEFORE_RE.search(text, max(c_start, q.prefix_start - 7), q.prefix_start):
        return True  # 每吨8元的收益, 每斤3元, 每株0.4元: a price of one unit of goods, not a sum
    if q.value == 1 and (_ONE_PER_VILLAGE_RE.search(text, max(c_start, q.prefix_start - 8), q.prefix_start)
                         or _DUTY_BEFORE_RE.search(text, max(c_start, q.prefix_start - 18), q.prefix_start)):
        return True  # 1村选派1名第一书记, 一村一名, 各单位要确定1个贫困村: a norm of one each, not a count
    if q.text.endswith(("以上", "以下", "以内")) and not money_named_after and (
            after.startswith("的") or (text[q.prefix_start - 1: q.prefix_start] == "有"
                                      and _CRITERION_NOUN_RE.match(text, q.end))
            or _CRITERION_PLACE_RE.match(text, q.end)):
        return True  # a threshold: 脱贫户20户以上的村, 有20户以上贫困户的村, 20户以下贫困户的非贫困村
    if q.qualifier in ("at_least", "at_most") and q.range_end is None and q.prefix_start < q.start \
            and after.startswith("的") and not after.startswith(("的标准", "的额度")) and not money_named_after \
            and not r.BUILT_BOUND_BEFORE_RE.search(text, max(c_start, q.prefix_start - 4), q.prefix_start):
        # 不低于5000元的标准: a rate; 不少于1万元的工作经费: a floor on the money the noun after it names
        return True  # 收入超过10万元的村: a threshold
    if q.unit == "yuan" and q.qualifier in ("at_least", "at_most") and (
            _SHARE_RE.search(text, c_start, q.prefix_start) or _VILLAGES_COUNTED_RE.search(text, c_start, q.prefix_start)):
        # 80%的村集体经济收入超过10万元, 150个村集体收入全部超5万元: the share or the count of villages is the
        # figure, the amount a threshold
        return True
    if _FROM_VALUE_RE.match(after) or (after.startswith(("达到", "到", "至")) and _FROM_BEFORE_RE.search(text, c_start, q.prefix_start)):
        return True  # 由50个增加到207个: the start value (由某年的N元达到M元, 从0到55万元: 到 after 由/从 marks the end)
    if q.unit == "count" and q.chinese and q.value <= 3 and q.classifier in r.COUNTED_CLASSIFIERS \
            and not text[c_start: q.prefix_start].strip(" \t\u3000“”\"，,"):
        return True  # 村口，两株老槐树…: a few things counted in words opening their clause, a scene, no figure
    if q.unit != "yuan" and _LACKING_AFTER_RE.match(text, q.end):
        return True  # 四个组里有一个不通自来水: what the place lacks, a state, no figure of the work
    if q.unit in ("person", "count") and q.value <= 10 and _GROUPED_BY_RE.match(text, q.end):
        return True  # 两人一组, 3人一班: how the people are grouped for the work, a norm, no count of anything
    if q.unit != "yuan" and (whole := _PARTITION_WHOLE_RE.match(text, q.end)) and not _ONE_MEMBER_RE.match(text, whole.end()):
        return True  # 全组40户低保户中的9人进厂做工: the whole a part is counted from, what the place has (not the
        # whole one person of it belongs to: 74000名机关干部中的一员, 之一, N万名第一书记中的一位)
    if q.range_end and q.unit != "yuan" and not (
            q.unit == "count" and text.find("分别", c_start, q.prefix_start) >= 0 and _counts_villages(r, text, q)) \
            and not _team_size(text, q, c_start):
        # 各选派1-2个工作队, 帮扶1-4个行政村: a count range is a norm, not a figure; but 他们将分别帮扶2至3个村,
        # the villages the cadres reported on each cover, is two facts (at_least, at_most) as a range of money is
        return True
    if q.unit != "yuan" and _DISTRIBUTIVE_RE.search(text, c_start, q.prefix_start) and not (
            q.qualifier == "exact" and _PER_HEAD_RE.search(text, c_start, q.prefix_start) and _counts_villages(r, text, q)) \
            and not _team_size(text, q, c_start):
        return True  # 每个工作队不少于3人: a norm, not a count; 每名第一书记帮包4个村 is the villages they cover
    if q.unit != "yuan" and q.qualifier in ("at_least", "at_most") and _PER_PERIOD_RE.search(text, c_start, q.prefix_start):
        return True  # 每月在村不少于20天: a norm
    if q.unit not in ("yuan", "km", "mu", "percent") and q.value <= 1 and not _listed_one(text, q) \
            and not _listed_in_words(q) and not _household_with_members(text, q):
        return True  # 一名, 1个: an article or a tally, no figure (1户3人: one household and its members is)
    if q.unit == "yuan" and r.PER_THING_RE.search(text, c_start, q.prefix_start):
        return True  # 每亩可增收800元, 每栋能增收1.5万元: a yield per acre or per shed, not a figure of the work
    if q.unit in ("count", "person") and text[q.prefix_start - 1: q.prefix_start] == "等":
        m = re.search(r"[，。,；;！？\n]", text[q.end:])
        clause = text[c_start: q.end + (m.start() if m else 40)]
        if r.HONOUR_RE.search(clause):
            return True  # 评选出张三等10名优秀第一书记予以表彰: an award list, not a dispatch
    if q.unit in ("count", "person") and q.value <= 10 and text[q.end: q.end + 2].startswith(r.APPOSITION_AFTER) \
            and "、" in text[c_start: q.prefix_start] and _is_cjk_char(text[q.prefix_start - 1: q.prefix_start]):
        return True  # 田茂林、石静、彭小勇三人由市级部门选派: a head count of the names just listed
    if q.unit == "household" and q.value <= 10 and q.chinese \
            and _NAMES_LISTED_BEFORE_RE.search(text, max(c_start, q.prefix_start - 12), q.prefix_start):
        return True  # 慰问了甲某、乙某两户贫困户: the households of the names just listed, counted in words
    if q.unit in ("count", "person") and q.chinese and q.value <= 10 and q.classifier == "人" \
            and text[q.end: q.end + 2].startswith(r.APPOSITION_AFTER) and not text[c_start: q.prefix_start].strip():
        return True  # 。2022年5月，三人由县水利局选派: the people just named, not a dispatch
    if q.unit != "yuan" and _slogan_count(r, text, q):
        return True
    if q.unit == "km" and q.prefix_start > 0 and text[max(0, q.prefix_start - 2): q.prefix_start].endswith(
            ("宽", "宽度", "高", "深", "厚", "宽约", "宽达")) \
            and not text[max(0, q.prefix_start - 2): q.prefix_start].endswith(("拓宽", "加宽", "改宽", "拼宽", "扩宽")):
        return True  # 全长2公里、宽4米的路面: the width is a dimension, not a length built (道路拓宽2公里: the length widened;
        # 道路窄改宽800米: a narrow road made wide)
    if _quoted_slogan(text, s_start, q, opens, closes):
        return True  # inside a short quotation: a slogan (一村一队、一队三人), not a figure
    return False


def _rate_in(r: FactRules, span: str) -> str | None:
    """The basis a rate written out in `span` states: 每人每月 → per_person, 每名…每年 → per_person_year."""
    # 2020年度: the year the sum is for, a date, not a yearly rate (年度工作经费 is one)
    found = {r.RATE_OF[m.group(0)] for m in r.RATE_RE.finditer(span)
             if not (m.group(0) == "年度" and span[m.start() - 1: m.start()].isdigit())}
    if not found:
        return None
    for specific in ("per_person_year", "per_person_day", "per_person_week"):
        if specific in found:
            return specific
    head = any(h in span for h in r.HEADS)
    if "per_year" in found:
        return "per_person_year" if head else "per_year"
    return "per_person"


def _round_in_words(q: Quantity) -> bool:
    """A round hundred, thousand or ten thousand written without a digit (万名, 上千人)."""
    return q.chinese and q.value in (100, 1000, 10000)


def _basis(r: FactRules, text: str, q: Quantity, c_start: int, metric: Metric, s_end: int | None = None,
           keyword_end: int | None = None, quantities: list[Quantity] | None = None) -> str | None:
    if metric.kind == "dispatch" or q.unit != "yuan":
        return None
    if q.rate:
        return q.rate
    clause = text[c_start: q.prefix_start]
    if r.TOTAL_RE.search(clause) or _AMOUNTING_TO_RE.search(clause, max(0, len(clause) - 2)):
        # 共安排工作经费28万元, 全年累计投入1200余万元: a sum, not a rate; 每人每年5000元的经费计10万元: the rate's
        # amount over all the holders, written after 计
        return "total"
    if quantities is None:
        quantities = find_quantities(text, c_start, q.prefix_start)
    # 每人每天30元的伙食补助和每人每月200元的通讯补助: a rate written after the amount before this one is this
    # one's; with none there, a rate opening the clause covers the whole list (每人每年补助1.2万元、交通补助3000元)
    last_end = max((other.end for other in quantities if c_start <= other.start and other.end <= q.prefix_start),
                   default=None)
    if last_end is not None and _EACH_TEAM_RE.search(text, last_end, q.prefix_start) \
            and _rate_in(r, text[last_end: q.prefix_start]) is None \
            and _rate_in(r, clause) in ("per_year", "per_person_year"):
        return "per_year"  # 每年每名第一书记1万元、每支工作队2万元: the second holder is a team, the year still the clause's
    rate = (_rate_in(r, text[last_end: q.prefix_start]) if last_end is not None else None) \
        or _rate_in(r, clause) or _rate_in(r, _CLAUSE_END_RE.split(text[q.end: q.end + 3], 1)[0])  # 。全年…, ，每户增收…: the next clause's
    if rate is None and keyword_end is not None and keyword_end > q.end:
        rate = _rate_in(r, text[q.end: keyword_end])  # 省级2万元…标准，为每名驻村干部安排工作经费: the head comes after
    if rate == "per_year":
        part = clause[clause.rfind("、") + 1:]
        holders = [m.group(0) for m in r.HOLDER_RE.finditer(part)]
        if holders and r.HOLDER_OF[holders[-1]] == "person":
            return "per_person_year"  # 每年保障第一书记工作经费2万元: a yearly amount for each secretary
    if rate:
        return rate
    if any(other.unit in ("person", "household") and c_start <= other.start and other.end <= q.prefix_start
           for other in quantities):
        return "total"  # 为全县320名驻村干部安排工作经费96万元: money for all of them
    if _PER_ITEM_RE.match(text, q.end):
        return "per_person"  # 5万元的小额贷款46笔: an amount for each of them
    if metric.default_basis and metric.default_basis.startswith("per_person") and metric.default_basis != "per_person" \
            and q.value >= 100_000:
        return "total"  # 安排驻村工作经费28万元: a sum this large is a budget, not a rate per head
    return metric.default_basis or ("total" if metric.kind == "funding" else None)


@dataclass(frozen=True)
class SentenceSignals:
    """What a sentence tells every figure in it about its confidence (read once per sentence)."""
    bounds: tuple[int, int]
    several_villages: bool        # names or counts several villages
    programme: bool               # names the programme
    programme_in_paragraph: bool  # it or its paragraph names the programme
    scope_levels: frozenset[str]  # the levels of the scope words it writes (全省 → province)
    place_names: int              # how many places it names (distinct names)


@dataclass
class Anchor:
    """A place or a scope word a figure can be about, at a position in the text."""
    pos: int
    place: Place | None       # resolved place (None: a scope word that resolves to nothing here)
    kind: str                 # place / scope / cadre
    end: int = 0
    bracketed: bool = False
    word: str = ""            # the scope word, resolved only when the anchor is the one chosen


_ANCHOR_POS = attrgetter("pos")


_LIST_JOINERS = frozenset("、和及与")  # between the places of a list of destinations
# A count of people written as a team's modifier (5人工作队, 3人驻村工作队, 4人小组): the team's size
_TEAM_SIZE_RE = re.compile(r"(?:驻村|帮扶|扶贫)?(?:工作队|工作组|小组|小分队|帮扶队)")
# One team and the people it is made of: 由4名同志组成的某局驻村工作队 (the count before 组成的 … team), 甲、乙、丙组成3人
#工作组进驻某村 (组成 right before a team's size): the members sent, not teams or a norm of team size
_FORMED_OF_AFTER_RE = re.compile(r"[^，。,；;！？]{0,10}?组成的[^，。,；;！？]{0,24}?(?:工作队|工作组|帮扶队|小分队)")
_MADE_OF_AFTER_RE = re.compile(r"[^，。,；;！？]{0,10}?组成的?[^，。,；;！？]{0,24}?(?:工作队|工作组|帮扶队|小分队)")
# 使农业产业化经营率达到33%: a rate the work brought the place to (使/让 the cause; 森林覆盖率达70% alone describes it)
_RATE_REACHED_BEFORE_RE = re.compile(r"[使让][^，。,；;！？]{0,16}?率(?:提高到|提升到|达到了|达到|达|升至|提高至)$")
_MAKES_UP_BEFORE_RE = re.compile(r"组成(?:了|一个|一支)?$")
# 5支工作队共有15人; 工作队一行N人, 工作组的N名组员: the people of the team just named (but 8300个工作组的N名干部:
# the cadres of teams counted, all of them sent)
_TEAM_NOUN = r"(?:工作队|工作组|小分队|帮扶队)"
_TEAMS_HOLD_BEFORE_RE = re.compile(rf"{_TEAM_NOUN}(?:共有|共计|总计|合计|共|有)$|(?<![个支]){_TEAM_NOUN}(?:一行|的)$")
_TEAM_COUNT_AFTER_RE = re.compile(r"(?:驻村|帮扶|扶贫)?(?:工作队|工作组|小组|小分队|帮扶队)[\d一二三四五六七八九十两几]")


class FactExtractor:
    def __init__(self, text: str, catalog: Catalog, places: list[Place], cadre_villages: dict[str, str],
                 doc_place: Place | None, city: Place | None = None, county: Place | None = None,
                 rules: FactRules | None = None, confidence_model: ConfidenceModel | None = None):
        self.text = text
        self.r = rules if rules is not None else fact_rules()
        self.confidence_model = confidence_model if confidence_model is not None else load_confidence_model()
        self.county = county if county is not None and county.level == "county" else None  # the page's own county
        self.catalog = catalog
        self.keywords = keyword_scanner(catalog)
        neighbour_re = place_cues()[0]
        # 紧邻某镇, 东邻某县, 通往邻县的某乡: the place next door (and the places chained after it) is never the
        # place a figure is about
        kept, next_door_end = [], -1
        for p in places:
            end = p.start - 1 if text[p.start - 1: p.start] == "的" else p.start  # (邻近的某县: 的 after the cue)
            cued = any(neighbour_re.fullmatch(text, end - k, end) for k in (2, 3) if end >= k)
            if cued or (p.start == next_door_end):
                next_door_end = p.end
                continue
            kept.append(p)
        self.places = places = kept
        self.place_starts = [p.start for p in places]
        self.cadre_villages = cadre_villages
        # longest first, as an alternation of them would try them (found with str.find: a pattern of this page's
        # names would be compiled anew for every page, a miss of re's cache each time)
        self.cadre_names = sorted(cadre_villages, key=len, reverse=True)
        self.doc_place = doc_place
        self.city = city
        self._running_para = self._para = -1
        self._papers: dict[str, Place | None] = {}  # the province (city) of the paper that prints the page, read on first use
        self._last_by_metric: dict[tuple[str, str], Fact] = {}
        self._para_bounds: tuple[int, int] = (0, len(text))
        self._running_several = False  # the running village came from a sentence that named several
        self._signals: SentenceSignals | None = None
        self._para_programme: tuple[tuple[int, int], bool] = ((-1, -1), False)
        self._scopes: tuple[tuple[int, int], list[re.Match[str]]] = ((-1, -1), [])
        self._page_scopes: list[re.Match[str]] | None = None
        self._page_scope_starts: list[int] = []
        self._negations: dict[int, bool] = {}
        self._separators: tuple[tuple[int, int], list[int]] = ((-1, -1), [])
        self._relevance: dict[int, float] = {}
        self._home_villages: dict[int, Place | None] = {}
        self._years: tuple = ((-1, -1), [])
        self._sentence: tuple[int, int] = (-1, -1)
        self._sentence_anchors: list[Anchor] | None = None
        self._quantities: list[Quantity] = []
        self._counts: dict[str, int] = {}
        self._organs: dict[int, bool] = {}
        self._count_units: dict[tuple[int, int, str | None], str | None] = {}
        self._open_quotes = [m.start() for m in _OPEN_QUOTE_RE.finditer(text)]
        self._close_quotes = [m.start() for m in _CLOSE_QUOTE_RE.finditer(text)]
        # 甲市对口帮扶乙市, 甲市驻乙市扶贫工作组: a place that aids another of its level on this page is the sender;
        # a figure put on it (东莞扶贫工作组扶持…) is about the place it aids
        self.donors: dict[str, Place] = {}
        for a, b in zip(places, places[1:]):
            if a.level == b.level and a.level in ("province", "city", "county") and a.name != b.name \
                    and _AIDS_RE.fullmatch(text, a.end, b.start):
                self.donors.setdefault(a.name, b)
        self.village_township: dict[str, str] = {}
        self.township_county: dict[str, Place] = {}  # 某县某乡: the county the page writes a township in
        for chain in chains(places):
            towns = [p.name for p in chain if p.level == "township"]
            if towns and chain[-1].level == "village":
                self.village_township.setdefault(chain[-1].name, towns[-1])
            for upper, lower in zip(chain, chain[1:]):
                if upper.level == "county" and lower.level == "township":
                    self.township_county.setdefault(lower.name, upper)
        self._list_starts: dict[int, int | None] = {}
        self._continued: Fact | None = None  # the money figure the current one continues (其中…), if any
        for place in places:  # 某镇甲村、乙村、丙村: every village listed after a township lies in it
            if place.level == "village" and self._list_start(place) is not None:
                inside = self._places_in(self._list_start(place), place.start)
                towns = {p.name for p in inside if p.level == "township"}
                if len(towns) == 1:
                    town = towns.pop()
                    for p in (*inside, place):
                        if p.level == "village":
                            self.village_township.setdefault(p.name, town)

    def _count_unit(self, q: Quantity) -> str | None:
        """_count_unit of a figure, read once per figure (the rules ask up to three times)."""
        key = (q.prefix_start, q.end, q.classifier)  # all _count_unit reads of the figure, besides the text
        if key not in self._count_units:
            self._count_units[key] = _count_unit(self.r, self.text, q)
        return self._count_units[key]

    def _trip_place(self, p: Place) -> bool:
        """Is `p` (or the chain of places it closes) the destination of a trip to learn (到/赴/前往 X 参观学习)?"""
        text, start = self.text, p.start
        k = bisect_left(self.place_starts, start)
        while k > 0 and self.places[k - 1].end == start:  # 到某省某县: back over the chain of places
            k -= 1
            start = self.places[k].start
        if not (text[start - 1: start] in ("到", "赴", "去") or text[max(0, start - 2): start] == "前往"):
            return False
        end = p.end
        while k < len(self.places) and self.places[k].start <= end:
            end = max(end, self.places[k].end)
            k += 1
        return self.r.TRIP_AFTER_RE.match(text, end) is not None

    def _organ_after(self, pos: int) -> bool:
        """Does an organ that posts cadres follow `pos` (a place's end)? Read once per place: every scope word
        resolved in an article looks at all the places before it."""
        found = self._organs.get(pos)
        if found is None:
            found = self._organs[pos] = self.r.ORGAN_AFTER_RE.match(self.text, pos) is not None
        return found

    def _count(self, word: str) -> int:
        """How often the page writes `word` (counted once per page and word)."""
        n = self._counts.get(word)
        if n is None:
            n = self._counts[word] = self.text.count(word)
        return n

    def _list_start(self, place: Place) -> int | None:
        if place.start not in self._list_starts:
            # 甲镇某村、乙镇某村: an item written with its township, the list read from where the item begins
            head = place
            while True:
                before = [p for p in self._places_in(max(0, head.start - 12), head.start)
                          if p.end == head.start and p.level in ("township", "county")]
                if not before:
                    break
                head = before[-1]
            found = list_start(self.text, head)
            self._list_starts[place.start] = found
        return self._list_starts[place.start]

    def _list_holder(self, place: Place, s_start: int, article_place: Place | None, scope: Place | None = None) -> Place:
        """A village that closes a list (甲、乙、丙村; 甲村、乙村和丙村) stands for all the villages listed: a
        figure about them is about the township that holds them, or the county when they lie in several (the
        county written before them, else the one a scope word before them points to: 前往该县甲镇某村、乙镇某村等10个村)."""
        if place.level != "village":
            return place
        start = self._list_start(place)
        if start is None and _ETC_VILLAGES_RE.match(self.text, place.end):
            start = place.start  # 某村等四个村: one village named for several, the list closed by 等 and their count
        if start is None:
            return place
        before = [p for p in self._places_in(s_start, place.start) if p.level in ("township", "county", "city")]
        inside = [p for p in before if p.start >= start]
        towns = list(dict.fromkeys(p.name for p in inside if p.level == "township"))
        if len(towns) == 1:
            return next(p for p in reversed(inside) if p.level == "township")
        if not towns:
            town = next((p for p in reversed(before) if p.level == "township"), None)
            if town is not None:
                return town
            if place.name in self.village_township:
                return Place(place.start, place.end, self.village_township[place.name], "township")
        county = next((p for p in reversed(before) if p.level in ("county", "city")), None)
        return county or scope or article_place or place

    def _own_place_after(self, q: Quantity) -> Place | None:
        """N名某省某市某县第三批驻村第一书记: cadres counted, then the places whose cadres they are (a chain written
        right after the count) and the post: the last place of the chain, wherever the sentence stands."""
        if q.unit != "person" or q.end >= len(self.text) or not _is_cjk_char(self.text[q.end]):
            return None
        chain = self._chain_from(q.end)
        if chain is None or not _OWN_CADRES_AFTER_RE.match(self.text, chain.end):
            return None
        return chain

    def _chain_from(self, k: int, reach: int = 24) -> Place | None:
        """The last place of the chain written from `k` on (某县某镇某村), within `reach` characters; None when no
        place starts at `k`."""
        last = None
        for p in self._places_in(k, k + reach):
            if p.start != k:
                break
            last, k = p, p.end
        return last

    def _places_in(self, start: int, end: int) -> list[Place]:
        i = bisect_left(self.place_starts, start)
        j = bisect_left(self.place_starts, end, i)
        return [p for p in self.places[i:j] if p.end <= end] if j > i else []

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

    def _length_of_works(self, q: Quantity, hits: list[KeywordHit], c_start: int,
                         s_start: int) -> tuple[Metric, str, int, str] | None:
        """A length no keyword names. Its clause builds something (修建挡土墙260米, 架设光缆12公里): the length
        of a work the vocabulary has no code for (other). Or it restates a length (全长, 总长) of the work a
        keyword named earlier in the sentence (道路宽5米，全长2公里): that work's metric."""
        text = self.text
        if _SIZE_BEFORE_RE.search(text, max(c_start, q.prefix_start - 3), q.prefix_start):
            return None  # 一座长30米的便民桥, 深80米的机井: the size of one thing built, not a length of works
        if self.r.BUILD_VERB_RE.search(text, c_start, q.prefix_start):
            return self.catalog.by_code("other"), "km", BEFORE // 2, ""
        if self.r.LENGTH_WORD_RE.search(text, max(c_start, q.prefix_start - 7), q.prefix_start):
            for hit in reversed(hits):
                if s_start <= hit.start and hit.end <= c_start:
                    metric = next((m for m in hit.metrics if m.unit == "km"), None)
                    if metric is not None:
                        return metric, "km", BEFORE, hit.keyword
        return None

    def _built_in_each(self, q: Quantity, hit: KeywordHit) -> bool:
        """在3个屯建立了党员活动站: a count of hamlets after 在, the building verb right after them, counts
        the things built, one in each."""
        text = self.text
        if text[q.prefix_start - 1: q.prefix_start] != "在":
            return False
        hamlet = self.r.HAMLET_AFTER_RE.match(text, q.end)
        return hamlet is not None and hamlet.end() - q.end <= 4 and not text[hamlet.end(): hit.start].strip("了都各分别")

    def _tally_head(self, q: Quantity) -> int | None:
        """Where the counted noun written straight before a generic count starts (蜂箱200个, 公厕3座): the
        head word (seeds kind thing_head) that ends the run of characters before the number, else None."""
        text = self.text
        before = _NOUN_BEFORE_RE.search(text, max(0, q.prefix_start - 8), q.prefix_start)
        if before is None:
            return None
        phrase = before.group(0)
        heads = [m for m in self.r.THING_HEAD_RE.finditer(phrase) if m.end() == len(phrase)]
        return before.start() + heads[-1].start() if heads else None

    def _metric(self, q: Quantity, hits: list[KeywordHit]) -> tuple[Metric, str, int, str] | None:
        count_unit = self._count_unit(q) if q.unit == "count" else None
        tally = self._tally_head(q) if q.unit == "count" and count_unit is None else None
        # 采购农产品价值15万元: a value word passes the sum to the money keyword before it (价值 alone: a gift's value)
        valued = q.unit == "yuan" and [h for h in hits if h.keyword in self.r.VALUE_WORDS and h.end <= q.prefix_start]
        if valued:
            value_at = valued[-1].start
            if any(h.end <= value_at and value_at - h.end <= BEFORE and h.keyword not in self.r.VALUE_WORDS
                   and any("yuan" in m.units for m in h.metrics) for h in hits) \
                    or (self.text.startswith("的", q.end) and any(
                        q.end + 1 <= h.start <= q.end + 1 + _VALUED_MODIFIER and h.keyword not in self.r.VALUE_WORDS
                        and _HAN_RUN_RE.fullmatch(self.text, q.end + 1, h.start) is not None
                        and any("yuan" in m.units for m in h.metrics) for h in hits)):
                # (价值上千万元的山货, 价值N万元的新鲜果蔬: the value of what the money keyword after 的 names,
                # past a short modifier)
                hits = [h for h in hits if h.keyword not in self.r.VALUE_WORDS]
        # N名干部与M户脱贫户实行结对帮扶: the cadres counted, 与 and whom they pair with, then the pairing; the partner's
        # own noun past 与 counts nothing of the cadres
        pairing_at = None if q.unit != "person" else next(
            (h.start for h in hits if h.start >= q.end and any(m.code == "cadres_paired" for m in h.metrics)
             and self.text.find("与", q.end, h.start) >= 0 and _PAIRED_WITH_RE.fullmatch(self.text, q.end, h.start)), None)
        best = None
        for hit in hits:
            if pairing_at is not None and q.end <= hit.start < pairing_at and self.text.find("与", q.end, hit.start) >= 0:
                continue
            if hit.end <= q.prefix_start:
                if tally is not None and hit.end <= tally:
                    continue  # 工作队…发展蜂箱200个: a noun counted right before the number is what it counts
                if q.counter in ("次", "场", "场次") and _EVENT_AFTER_RE.match(self.text, q.end):
                    continue  # 走村入户，…召开了N次座谈会: the meetings counted right after, not the visits before
                if _FOUND_BETWEEN_RE.search(self.text, hit.end, q.prefix_start):
                    continue  # 走访发现，N户村民缺水: the count is what the visit found, not the visits
                gap, side = q.prefix_start - hit.end, 0
                if gap > BEFORE:
                    if not _FROM_TO_RE.match(self.text, hit.end, q.prefix_start):
                        continue
                    gap = 4  # 村集体经济收入由2022年的6.3万元增加到2023年的15.2万元: the from-to frame ties them
                elif gap and _CONJUNCTION_RE.search(self.text, hit.end, q.prefix_start):
                    gap += 3  # 选派1名第一书记和4名工作队员: the keyword before 和 counts the figure before it
                    if q.unit == "person" and _counts_other_noun(self.text, q) \
                            and all(m.code in _POST_CODES for m in hit.metrics):
                        continue  # 88名第一书记和40名指导员: the post before 和 is not the post the count after names
            elif hit.start >= q.end:
                gap, side = hit.start - q.end, 1
                if gap > AFTER:
                    # 到N户农家“某某走访”: the marks quoting an activity's name are no words between
                    gap -= len(_QUOTE_MARKS_RE.findall(self.text, q.end, hit.start))
                if gap > AFTER:
                    if not (self.text[q.prefix_start - 1: q.prefix_start] == "对"
                            and "进行" in self.text[q.end: hit.start]
                            and _CARRIED_OUT_RE.fullmatch(self.text, q.end, hit.start)) \
                            and not (self.text.startswith("是", q.end) and _DESCRIBED_AS_RE.fullmatch(self.text, q.end, hit.start)) \
                            and not self._solved_described(q, hit) \
                            and not (q.unit == "person" and any(m.code == "jobs_created" for m in hit.metrics)
                                     and _WHERE_AT_RE.fullmatch(self.text, q.end, hit.start)) \
                            and not (q.unit == "person" and any(m.code == "cadres_paired" for m in hit.metrics)
                                     and _PAIRED_WITH_RE.fullmatch(self.text, q.end, hit.start)) \
                            and not (q.unit in ("person", "person_time") and _listed_before_shared_verb(self.text, q, hit.start)) \
                            and not (q.unit == "person" and all(m.code in _POST_CODES for m in hit.metrics)
                                     and _HOLDING_POST_RE.fullmatch(self.text, q.end, hit.start)) \
                            and not (q.classifier == "支" and gap <= _TEAM_PHRASE_REACH and any("team" in m.units for m in hit.metrics)
                                     and not _CLAUSE_BREAK_RE.search(self.text, q.end, hit.start)) \
                            and not (q.classifier == "个" and any("team" in m.units for m in hit.metrics)
                                     and _LED_BY_BEFORE_TEAM_RE.fullmatch(self.text, q.end, hit.start)) \
                            and not (count_unit == "team" and _COUNTIES_EACH_SENT_A_TEAM_RE.match(self.text, q.end)
                                     and any("team" in m.units for m in hit.metrics)):
                        continue
                    # 对22户精准扶贫户进行了逐户走访: the verb 进行 carries out on the count is its keyword;
                    # 有13公里是新建的3.5米宽水泥路: the noun a count is said to be (是…的…) is what it counts;
                    # 解决了6个长期困扰群众的难题: the noun a solved count describes at length before it
                    # 30人在某某牧业有限公司务工: a place people work at, however long its name, between them and the verb
                    # N名党员干部与M户脱贫户建立结对帮扶关系: the cadres, then 与 and whom they pair with, then the pairing
                    # N支某某部门与某某机构组建的帮扶工作队: 支 counts teams only, the team noun heads the long phrase after it
                    # N个以局领导为组长的帮扶工作组: the teams counted, each described by who leads it
                    # 向N个贫困县分别派驻工作队: divisions counted, one team to each
                    # N名市级领导、M名县级领导分别联系…: counts listed before the verb they share
                    gap = AFTER
            elif q.prefix_start < hit.start < q.end < hit.end:
                gap, side = 0, 1  # N人脱贫: a keyword opening with the count's own counter follows it at once
            else:
                continue
            if self._negated(hit.start):
                continue  # 尚未脱贫: the keyword is negated
            if side == 1 and "、" in self.text[q.end: hit.start] and _OWN_FIGURE_AFTER_RE.match(self.text, hit.end):
                continue  # 带动贫困户N户次、增收1.18亿元: a keyword past 、 with a figure of its own is the next item's
            if side == 0 and q.unit == "yuan" and hit.keyword == "投资" and any(
                    0 <= h.start - q.end <= AFTER and not _CLAUSE_BREAK_RE.search(self.text, q.end, h.start)
                    and h.keyword in self.r.WORKS_ON for h in hits) \
                    and not self.r.SECURED_VERB_RE.search(self.text, self._sentence[0], q.prefix_start):
                # 投资8万元新建拦水坝, 投资6万元拓宽水渠, 投资13万元对活动场所…: the cost of a work on one site, named
                # right after the amount; money put into building up (投入…建设, 投资…建设), after a comma or 、
                # (投资100万元、建设鸡舍), or once the sentence says it was won (争取资金，投入…) stays money put in
                gap = BEFORE
            non_cadres = None
            for metric in hit.metrics:
                if side == 0 and metric.kind == "dispatch" and q.unit == "person":
                    if non_cadres is None:
                        people = self.r.NON_CADRE_AFTER_RE.match(self.text, q.end)
                        if people is not None and gap <= 2 and hit.keyword in self.r.DISPATCH_VERBS \
                                and self.r.POSTED_AFTER_RE.match(self.text, people.end()):
                            people = None  # 选派36名优秀党员派驻到某乡: the people counted are the ones the verbs send
                        non_cadres = people is not None or (
                            gap > 0 and self.r.BENEFICIARY_VERB_RE.search(self.text, hit.end, q.prefix_start) is not None) or (
                            gap > 0 and self.r.NON_CADRE_BEFORE_RE.search(self.text, hit.end, q.prefix_start) is not None)
                    if non_cadres:
                        continue  # 第一书记为10名群众…, 带领20人…: the count is of the people the post works for
                elif side == 1 and metric.kind == "dispatch" and q.unit == "person" \
                        and (people := self.r.NON_CADRE_AFTER_RE.match(self.text, q.end)) is not None \
                        and not _PASSIVE_POSTING_RE.match(self.text, people.end()):
                    continue  # 11名留守儿童结对帮扶: the people counted are named right after the count, not the post after them
                    # (4名医生被选派到某县担任第一书记: the people counted are the ones posted)
                if q.unit == "count":
                    unit = count_unit or next((u for u in metric.units if u in _COUNT_UNITS), metric.unit)
                    if unit not in metric.units or (unit not in _COUNT_UNITS and unit != count_unit):
                        continue
                    if unit in ("village", "team") and count_unit is None \
                            and self.text.endswith(_UNITS_NOUNS, 0, q.prefix_start):
                        continue  # 落实帮扶单位472个: the units that aid, counted after their noun, are no villages or teams
                    if unit != "item" and q.counter in self.r.THING_CLASSIFIERS:
                        continue  # 打井9眼, 8盏: a classifier made for things never counts teams or villages
                    if unit == "team" and count_unit is None and q.classifier not in _TEAM_COUNTERS:
                        continue  # 工作队…收集意见86条, 打造民宿12家: only 个 and 支 count teams
                    if unit == "team" and count_unit is None and side == 0 and gap > 0 \
                            and self.r.COUNT_LINK_RE.sub("", self.text[hit.end: q.prefix_start]):
                        continue  # 工作队协调安装监控摄像头24个: other words between, the count is of what they name
                    if side == 0 and count_unit is None and _counts_other_noun(self.text, q) and not (
                            metric.code == "facilities_built" and (
                                gap <= 2 or _BUILT_SCOPE_GAP_RE.fullmatch(self.text, hit.end, q.prefix_start))):
                        continue  # 工作队划定四个方面: the count is of 方面, not of the keyword; 改造了3个变压器: what was built
                        # (硬化了全村38条巷道: the scope of the works between the verb and the count)
                    if side == 1 and gap > 0 and count_unit is None and _counts_other_noun(self.text, q) and not (
                            metric.code == "facilities_built" and (q.counter in self.r.THING_CLASSIFIERS
                                                                   or self._built_in_each(q, hit))) \
                            and not self._solved_described(q, hit):
                        # 158个帮扶单位派驻: the count is of the noun between, not of the keyword after;
                        # but 125盏太阳能路灯: a classifier made for things counts the thing the keyword names
                        continue
                elif q.unit in metric.units:
                    unit = q.unit
                else:
                    continue
                key = (gap + side, -len(hit.keyword))
                if side == 1 and q.unit == "person" and metric.code in _POST_CODES \
                        and _POST_BEFORE_RE.fullmatch(self.text, q.end, hit.start):
                    key = (0, -len(hit.keyword))  # 选派138名驻村“第一书记”: the post named right after the count, not the verb before
                if best is None or key < best[0]:
                    best = (key, metric, unit, gap, hit.keyword)
        if best is None:
            return None
        return best[1], best[2], best[3], best[4]

    # --- regions -------------------------------------------------------------------------------

    def _resolve_scope(self, level: str, pos: int, article: Article, running: Place | None,
                       article_place: Place | None, word: str = "") -> Place | None:
        """全省/全市/该县/村里 … → the place of that level the article is talking about.

        该县/该市 point back to the last place of that level named; 全县/我县/本县 and the organs (县财政)
        speak for the article's own county (city, province), whatever other county was named in passing.
        """
        if level == "country":
            return Place(pos, pos, "全国", "country")
        # (村民来自甲省、乙省等地: provinces listed as where people come from are no scope word's place)
        earlier = [p for p in self._places_in(article.start, pos)
                   if not self._organ_after(p.end) and not listed_province(self.text, p)]
        if level == "district":  # 全区: the county-level district, or the autonomous region
            if article_place is not None and article_place.level == "county" and article_place.name.endswith("区"):
                return article_place
            province = next((p for p in reversed(earlier) if p.level == "province"), None)
            if province is not None and province.name.endswith("自治区"):
                return province
            if article_place is not None and article_place.level == "county":
                # 全区 on a page about a county (not a district) of an autonomous region: the region, named or not
                regions = {d.province for d in article_place.divisions if d.province and d.province.endswith("自治区")}
                if len(regions) == 1:
                    return Place(pos, pos, regions.pop(), "province")
            return article_place
        if level == "village":
            # 驻甲村工作队…使该村获得…: 该村 points back to the village its own sentence named, over the story's
            s_start = self._sentence[0]
            named = next((p for p in reversed(earlier) if p.level == "village" and p.start >= s_start), None)
            if word.startswith("该") and named is not None:
                return named
            if named is not None and self._opens_sentence(named, s_start):
                return named  # 某村是市级帮扶村，去年村里…: the village its sentence opens on, its subject, is 村里
            if running is not None and running.level == "village":
                return running
            return next((p for p in reversed(earlier) if p.level == "village"), None)
        if level == "township":
            town = next((p for p in reversed(earlier) if p.level == "township"), None)
            if town is not None:
                return town
            if running is not None and running.level == "village" and running.name in self.village_township:
                return Place(running.start, running.end, self.village_township[running.name], "township")
            return None
        if (word.endswith("村") and running is not None and running.level in ("city", "province")
                and (self._running_para == self._para or article_place is None
                     or not any(p.name == article_place.name for p in earlier))):
            # 某市选派的干部…结合各村实际: the villages of the city this paragraph (or the article so far) is about
            return running
        if word.startswith("该") or word.endswith("村") or level not in ("county", "city") or article_place is None:
            same = next((p for p in reversed(earlier) if p.level == level
                         # 从某县级市获悉，该市…: 该市 points back to the last 市 named, a county-level city too
                         or (word == "该市" and p.level == "county" and p.name.endswith("市"))), None)
            if same is not None:
                return same
        if level == "county":
            if "旗" in word:
                # 旗内, 全旗 on a page of a district's cadres posted to a banner: the banner, not the district
                banner = next((p for p in reversed(earlier) if p.level == "county" and p.name.endswith("旗")), None)
                if banner is not None:
                    return banner
            if article_place is not None and article_place.level != "county":
                # a provincial round-up: 全县 is the county it names, not the province
                return next((p for p in reversed(earlier) if p.level == "county"), self.county)
            return article_place
        if level == "city" and self.city is not None:
            return self._city_before(pos, word)
        if article_place is not None and article_place.level == level:
            return self._as_written(article_place, word, pos)
        base = article_place or self.doc_place
        for division in (base.divisions if base is not None else ()):
            name = division.province if level == "province" else division.city
            if name:
                return self._as_written(Place(pos, pos, name, level), word, pos)
        if level == "city":
            # 市级, 全市 on a page about 北京 or 重庆: a municipality is its own city
            for place in (*reversed(earlier), base):
                if place is not None and place.level == "province" and place.name in self.r.MUNICIPALITIES:
                    return place
        if level in ("province", "city") and base is None and not any(
                LEVEL_RANK[p.level] > LEVEL_RANK[level] for p in earlier):
            # 某省日报记者…全省共选派…, 某市报业集团…我市: a province's (city's) own paper's 全省 (我市), on a page that
            # names no place below it, is its province (city)
            if level not in self._papers:
                self._papers[level] = paper_place(self.text, level)
            paper = self._papers[level]
            if paper is not None:
                return Place(pos, pos, paper.name, level, paper.divisions)
        return None

    def _as_written(self, place: Place, word: str, pos: int) -> Place:
        """The province (city) a scope word stands for; on a page that never writes that division's name, whole or
        without its level's suffix (安徽省 as 安徽), the scope word as written (我省): the place the page gives, the
        division it stands for reaching the warehouse as the fact's parts."""
        if not word or place.level not in ("province", "city"):
            return place
        stem = _DIVISION_SUFFIX_RE.sub("", place.name)
        if self.text.find(stem if len(stem) >= 2 else place.name) >= 0:
            return place
        return Place(pos, pos, self.r.SCOPE_WRITTEN.get(word, word), place.level)

    def _city_before(self, pos: int, word: str = "") -> Place:
        """The city a city-level scope word (我市, 全州, 盟委) at `pos` speaks for. A county-level city (岑溪市) is
        its own 全市 once the page has named it; a city paper's 我市 before any place, then 某县级市某镇某村 as an
        example, is the city above it; 全州/我盟 is always the prefecture above (a county-level city is no 州)."""
        city = self.city
        if city.level != "county":
            return city
        above = {d.city for d in city.divisions}
        prefecture = above.pop() if len(above) == 1 else None
        mark = next((c for c in word if c in "市州盟"), "市")
        if not prefecture or not prefecture.endswith(mark):
            return city  # 全市 is never a 州, 盟 or 地区
        if mark == "市" and any(p.name == city.name and p.start < pos for p in self.places):
            return city
        return Place(pos, pos, prefecture, "city")

    def _post_qualifying_things(self, q: Quantity, clause_hits: list[KeywordHit],
                                chosen: tuple[Metric, str, int, str]) -> tuple[Metric, str, int, str] | None:
        """12个第一书记产业项目: a count with 个 whose noun phrase runs on from a post to a keyword of things counted
        in items (项目) counts the things; the post only qualifies them."""
        after = _NOUN_AFTER_RE.match(self.text, q.end)
        if after is None:
            return chosen
        for h in clause_hits:
            if q.end < h.start and h.end <= after.end():
                things = next((m for m in h.metrics if m.kind == "outcome" and m.unit == "item"), None)
                if things is not None:
                    return things, "item", h.start - q.end, h.keyword
        return chosen

    def _works_verb_last(self, start: int, end: int) -> bool:
        """Is the last verb before `end` a verb of completing or building (工作队完成N个村…), not one of dispatch
        (选派工作队进驻N个村开展…)?"""
        done = max((m.end() for r in (self.r.COMPLETION_RE, self.r.BUILD_VERB_RE) for m in r.finditer(self.text, start, end)),
                   default=-1)
        sent = max((m.end() for m in self.r.DISPATCH_WORD_RE.finditer(self.text, start, end)), default=-1)
        return done > sent

    def _makeup_continued(self, q: Quantity, c_start: int, s_start: int) -> bool:
        """辖12个乡镇，210个行政村，人口30万: a clause that is only a count, after a clause stating what the place is
        made of (辖 and a count), goes on with the list of its parts."""
        if c_start <= s_start or q.prefix_start - c_start > 1:
            return False
        p_start = self._clause(c_start - 1)[0]
        makeup = self.r.MAKEUP_RE.search(self.text, p_start, c_start - 1)
        # 辖7镇8乡，N个行政村: the parts counted after 辖 may be no figure read (镇, 乡 are no classifiers)
        return makeup is not None and (any(makeup.end() <= other.prefix_start < c_start for other in self._quantities)
                                       or _DIGIT_RE.search(self.text, makeup.end(), c_start) is not None)

    def _in_namely_brackets(self, q: Quantity, s_start: int) -> bool:
        """Is the figure inside brackets that open with 即 (namely), explaining a scheme or a term just named?"""
        text = self.text
        opened = max(text.rfind("（", s_start, q.prefix_start), text.rfind("(", s_start, q.prefix_start))
        return opened >= 0 and text.startswith("即", opened + 1) \
            and text.find("）", opened, q.prefix_start) < 0 and text.find(")", opened, q.prefix_start) < 0

    def _place_has_parts(self, q: Quantity, c_start: int) -> bool:
        """某县有N个村，, 全镇共有N个行政村。: the count of a place's villages right after the place (or its scope
        word) and a verb of having, the clause closing after the village noun."""
        text = self.text
        verb = self.r.HAS_PARTS_VERB_RE.search(text, max(c_start, q.prefix_start - 2), q.prefix_start)
        closing = _CLAUSE_MARK_RE.match(text, q.end) if (q.classifier or "").endswith("村") \
            else self.r.PARTS_CLOSING_RE.match(text, q.end)  # N个村 may be read with 个村 as its classifier
        if closing is None:
            return False
        if verb is None:
            # 全县260多个村庄，有243个…派驻了: no verb, the count right after the place, the next clause counting a
            # part of them
            if not _PART_OF_THEM_NEXT_RE.match(text, closing.end() + (text[closing.end(): closing.end() + 1] in "，,")):
                return False
            at = q.prefix_start
        else:
            at = verb.start()
        scope = next((m for m in self.r.ANY_SCOPE_RE.finditer(text, max(c_start, at - 4), at) if m.end() == at), None)
        # (2个结对村共有7个自然村，: villages counted are the subject, the hamlets they are made of counted after them)
        return scope is not None or any(p.end == at for p in self._places_in(max(c_start, at - 12), at)) \
            or _COUNTED_VILLAGES_BEFORE_RE.search(text, max(c_start, at - 12), at) is not None

    def _clause(self, pos: int) -> tuple[int, int]:
        """_clause_bounds of `pos` in the current sentence, from the sentence's clause separators found once."""
        s_start, s_end = self._sentence
        if not s_start <= pos <= s_end:
            return _clause_bounds(self.text, s_start, s_end, pos)
        if self._separators[0] != self._sentence:
            # (全长700米，宽2.5米的道路: a comma before another dimension of the same thing joins the clauses; so
            # does one after 一起, whose verb is in the clause after: 和N名同事一起，被选派到某县)
            self._separators = (self._sentence, [m.start() for m in _CLAUSE_SEP_RE.finditer(self.text, s_start, s_end)
                                                 if not _DIMENSION_NEXT_RE.match(self.text, m.end())
                                                 and not self.text.endswith(_TOGETHER, s_start, m.start())])
        separators = self._separators[1]
        k = bisect_left(separators, pos)
        return (separators[k - 1] + 1 if k else s_start), (separators[k] if k < len(separators) else max(pos, s_end))

    def _scope_words(self, start: int, end: int) -> list[re.Match[str]]:
        """The scope words (全省, 该县, 县财政) in text[start:end]: a sentence's are read once, for its anchors
        and for the confidence of its figures."""
        if self._scopes[0] != (start, end):
            if self._page_scopes is None:  # the page is scanned once; each sentence takes its share
                self._page_scopes = list(self.r.SCOPE_SCAN.finditer(self.text))
                self._page_scope_starts = [m.start() for m in self._page_scopes]
            matches = self._page_scopes
            i, j = bisect_left(self._page_scope_starts, start), bisect_left(self._page_scope_starts, end)
            if (i and matches[i - 1].end() > start) or (j and matches[j - 1].end() > end):
                found = list(self.r.SCOPE_SCAN.finditer(self.text, start, end))  # a word across a bound: read the range
            else:
                found = matches[i:j]
            # 占全省的N%: the whole a share is taken of, not the scope of the figures around it
            found = [m for m in found if not _SHARE_OF_BEFORE_RE.search(self.text, max(0, m.start() - 3), m.start())]
            # 按照省委、省政府的工作要求: the organs whose directive the work follows, not the scope of its figures
            found = [m for m in found if not (m.group("organ") and self._in_directive(m.start(), m.end()))]
            self._scopes = ((start, end), found)
        return self._scopes[1]

    def _in_directive(self, start: int, end: int) -> bool:
        """Is the organ (省委, 市政府) or the division opening one (某省委) at text[start:end] inside 按照/根据/据…要求
        (部署, 安排, 精神), naming whose directive is followed?"""
        return _DIRECTIVE_OPEN_RE.search(self.text, max(0, start - 40), start) is not None \
            and _DIRECTIVE_CLOSE_RE.match(self.text, end) is not None

    def _negated(self, keyword_start: int) -> bool:
        """Is the keyword starting here negated (尚未脱贫)? Read once per keyword, not once per figure near it."""
        found = self._negations.get(keyword_start)
        if found is None:
            found = self._negations[keyword_start] = self.r.NEGATION_RE.search(
                self.text, max(0, keyword_start - 2), keyword_start) is not None
        return found

    def _anchors(self, start: int, end: int, article: Article, running: Place | None,
                 article_place: Place | None, in_clause_from: int | None = None) -> list[Anchor]:
        """Anchors in text[start:end]; in_clause_from=None drops bracketed places, else they are kept and marked."""
        text, anchors = self.text, []
        merged = [m.span() for m in _MERGED_LIST_RE.finditer(text, start, end)] if text.find("而成", start, end) >= 0 else []
        for p in self._places_in(start, end):
            if any(a <= p.start < b for a, b in merged):
                continue  # 某村由原甲村、乙村合并而成: the villages it was made of, not the place talked about
            bracketed = _in_brackets(text, start, p.start)
            if bracketed and in_clause_from is None:
                continue
            if self._organ_after(p.end) or self.r.FIRM_AFTER_RE.match(text, p.end) \
                    or self.r.ORGAN_GIVES_AFTER_RE.match(text, p.end) or self.r.UNIT_VILLAGES_AFTER_RE.match(text, p.end) \
                    or self.r.ORGAN_PAIRED_VILLAGE_AFTER_RE.match(text, p.end) \
                    or SENDING_UNITS_AFTER_RE.match(text, p.end) \
                    or self.r.ORGAN_SUM_AFTER_RE.match(text, p.end) \
                    or (p.level in ("province", "city", "county") and _AIDS_AFTER_RE.match(text, p.end)) \
                    or (p.level in ("province", "city") and _AID_TEAM_AFTER_RE.match(text, p.end)):
                continue  # 湖北省交通运输厅派驻的第一书记, 某县联通公司, 某省水利厅投资…: the cadre's or the donor's unit
                # (上海对口援建项目…85万元, 在某省援藏工作组的协调下: the division that aids, not the place aided)
            if p.level in ("province", "city") and _SCHEME_DRAWN_ON_RE.search(text, max(0, p.start - 8), p.start) \
                    and _SCHEME_AFTER_RE.match(text, p.end):
                continue  # 依托某省“…”人才计划: the scheme's owner, not the place of the work
            if running is not None and running.level in ("township", "village") \
                    and self._helper_organ(p):
                continue  # 在某市委某部的支持下 in a village's story: the division of the organ that helps
            if p.start >= 2 and text[p.start - 2: p.start] in ("来自", "源自"):
                continue  # 来自某地区卫健委的6名队员: where the cadres come from, not where they work
            if _INCLUDING_BEFORE_RE.search(text, max(start, p.start - 12), p.start) and _INSIDE_AFTER_RE.match(text, p.end):
                continue  # 包括某镇某村在内的N个贫困村: one member of the set counted, not the place of the count
            if p.level in ("province", "city", "county") and self.r.RANKING_AFTER_RE.match(text, p.end):
                continue  # 某镇也许不是某市最偏远的地区: the whole a place is ranked in, as after a scope word
            if p.level in ("province", "city", "county") and self.r.ORIGIN_AFTER_RE.match(text, p.end):
                continue  # 这个朴实的某省汉子: where a cadre comes from, not where the work is
            if text[p.start - 1: p.start] == "从" and p.start > 0 and p.level in ("province", "city") \
                    and self.r.ORGAN_NAME_RE.match(text, p.end):
                continue  # 从某省农科院引进树苗: the organ things come from, not where the work is
            if p.level in ("province", "city", "county") and text[p.start - 1: p.start] in ("从", "向") \
                    and p.start > 0 and self.r.SECURED_VERB_RE.match(text, p.end + (text[p.end: p.end + 1] in "又再")):
                continue  # 工作队又从某地区争取到20万元, 向某县申请: where the money is won from, not the place it goes to
            if p.start > 0 and text[p.start - 1] in "从、和及" and self._in_source_list(p):
                continue  # 从甲市、乙市等9个市选派60名: the divisions that send, not where the cadres go
            if _closes_place_list(text, p.end):
                continue  # 在甲省、乙省等地设立分社: places listed as where things stand, no one place a figure is about
            if text[p.start - 1: p.start] in ("距", "离") and p.start > 0:
                continue  # 距县城12公里: a place measured from, not the place talked about
            if self._trip_place(p):
                continue  # 组织干部到某省某县实地参观学习: where they went to learn, not where the work is
            if self._others_place(p):
                continue  # 去某省打工, 与某省内23家企业: where villagers go to work, where partner firms are
            if p.level in ("province", "city", "county") and self.r.ORGAN_NAME_RE.match(text, p.end) \
                    and self._in_directive(p.start, p.end):
                continue  # 据某省委、省政府…的要求: the organs whose directive is followed, not where the work is
            if p.level in ("province", "city", "county") and _UNIT_ROLE_AFTER_RE.match(text, p.end):
                continue  # 以某市某办为牵头单位、某市某台为成员单位: the units a team is made of, not where it works
            if p.level in ("village", "township") and _BORDER_AFTER_RE.match(text, p.end):
                continue  # 修到与某村交界处: a neighbour named as where a road or a field ends, not the place worked in
            if p.start == start and p.level in ("province", "city", "county") and _DATELINE_AFTER_RE.match(text, p.end):
                continue  # 某县讯 今年，…: a county's (city's, province's) dateline run into the first sentence names
                # where the paper reports from (the article's place), not the subject of the sentence's figures
                # (a village's dateline, 某村讯, stays the village the story is about)
            if _in_quoted_name(text, p.start, self._open_quotes):
                continue  # “锦州金利源环保有限公司…”项目: a name in quotation marks, not the place
            if running is not None and running.level == "village" and p.level == "village" and p.name != running.name \
                    and text.find("这", max(start, p.start - 24), p.start) >= 0 \
                    and _DEMONSTRATIVE_DESCRIBED_RE.search(text, max(start, p.start - 24), p.start) \
                    and text.count(p.name) == 1:
                continue  # 这个贫困发生率曾高达94%的大石山村: a description of the village the story is about, written once
            anchors.append(Anchor(p.start, p, "place", p.end, bracketed))
        # 省级选派3名、市级选派14名、县级选派70名: a total split by the level that sent them, not by place
        # (counted once, and only in a range whose scope words include one such word)
        by_level: bool | None = None
        for m in self._scope_words(start, end):
            word = m.group("free") or m.group("organ")
            if _BY_LEVEL_RE.fullmatch(word):
                if by_level is None:
                    by_level = len(_BY_LEVEL_RE.findall(text, start, end)) >= 2
                if by_level:
                    continue
            if self.r.HONOUR_BEFORE_RE.search(text, max(start, m.start() - 6), m.start()) \
                    or self.r.HONOUR_AFTER_RE.match(text, m.end()):
                continue  # 被评为“全区优秀驻村第一书记”, 获得省级表彰: the level that gives an award, not the place of the figures
            if m.group("organ") and (self.r.ORGAN_UNIT_AFTER_RE.match(text, m.end()) or self._organ_after(m.end())
                                     or self.r.UNIT_VILLAGES_AFTER_RE.match(text, m.end())):
                continue  # 与省直有关部门协调, 省政府某办公室派出两位干部: a unit of the level (a sender, a partner), not its ground
            if m.group("organ") and text[m.start() - 1: m.start()] in ("向", "从") \
                    and self.r.SECURED_VERB_RE.search(text, m.end(), min(end, m.end() + 24)):
                continue  # 向市财政、发改等部门争取70万元: the level asked is where the money comes from, not its ground
            if word in self.r.CENTRAL_ORGANS and (running is not None or article_place is not None):
                continue  # 按照中组部要求，某省选派…: the centre asks, the page's own place sends
            if m.group("organ") and (self._local_organ(m.end(), running) or self._sender_of_cadre(m.start(), running)):
                continue  # 市委组织部驻村工作组, 市委组织部从经费中拨出3000元 in a village's story: who sends, who gives
                # (某委办协调资金…, where the page has 某委办派驻某村第一书记: the cadre's own unit)
            if self.r.SCOPE_LEVEL[word] == "village" and text[m.start() - 1: m.start()] in ("为", "给", "帮"):
                continue  # 全县工作队为村里争取资金: villages in general are who it is for, not the scope
            if _in_quoted_name(text, m.start(), self._open_quotes):
                continue  # 被评为“全区优秀驻村第一书记”: the scope of an award's title, not of the figure
            if m.group("free") and self.r.RANKING_AFTER_RE.match(text, m.end()):
                continue  # 某省作为全国唯一…地区, 居全省第一: the whole a place is ranked in, not the ground of the figures
            if m.group("organ") and text[m.start() - 1: m.start()] in ("受", "获", "、") \
                    and self.r.AWARD_GIVER_AFTER_RE.match(text, m.end()):
                continue  # 受省委、省政府表彰: the level that gives an award, not the place of the figures
            if word.endswith("村") and self.r.SCOPE_LEVEL[word] == "county" and any(
                    a.pos < m.start() and (a.place.level if a.place is not None else self.r.SCOPE_LEVEL.get(a.word))
                    in ("province", "city") for a in anchors if a.kind in ("place", "scope")):
                continue  # 据市委组织部介绍，…领衔各村党组织: the villages of the city named before, not of a county
            anchors.append(Anchor(m.start(), None, "scope", m.end(), word=word))
        likes = [m.span() for m in _LIKE_CADRES_RE.finditer(text, start, end)] if "像" in text[start:end] else []
        for a, b in self._cadres_in(start, end):
            if any(x <= a and b <= y for x, y in likes):
                continue  # 像某某(、某某)这样的第一书记: cadres like those named stand for all of them, not for their villages
            village = self.cadre_villages[text[a:b]]
            anchors.append(Anchor(a, Place(a, b, village, "village"), "cadre", b))
        if len(anchors) > 1:
            anchors.sort(key=_ANCHOR_POS)
        return anchors

    def _cadres_in(self, start: int, end: int) -> list[tuple[int, int]]:
        """Spans of the cadres' names in text[start:end], as a scan for any of them finds them: the longest name
        at the first place one starts, then on from its end."""
        if not self.cadre_names:
            return []
        text, found = self.text, []
        for k, name in enumerate(self.cadre_names):  # k: a longer name (earlier in the list) wins at one place
            i = text.find(name, start, end)
            while i >= 0:
                found.append((i, k, i + len(name)))
                i = text.find(name, i + 1, end)
        if not found:
            return []
        found.sort()
        spans, done = [], start
        for a, _, b in found:
            if a >= done:
                spans.append((a, b))
                done = b
        return spans

    def _region(self, q: Quantity, c_start: int, s_start: int, article: Article, running: Place | None,
                article_place: Place | None) -> tuple[Place | None, str]:
        """The place the figure is about and where it came from: clause / sentence / running / article."""
        own = self._own_place_after(q)
        if own is not None:
            return own, "clause"
        if self._sentence_anchors is None:
            self._sentence_anchors = self._anchors(s_start, self._sentence[1], article, running, article_place, 0)
        anchors = [a for a in self._sentence_anchors if a.end <= q.prefix_start
                   and not (a.bracketed and a.pos < c_start)]
        team_item = self._team_item(s_start, q.prefix_start)
        if team_item is not None:
            anchors = [a for a in anchors if a.pos >= team_item]
        last = self._last_resolved(anchors, article, running, article_place)
        if last is None and team_item is not None and article_place is not None:
            return article_place, "article"
        if last is not None:
            return (self._holder(last, anchors, s_start, article_place, (article, running)),
                    "clause" if last.pos >= c_start else "sentence")
        unresolved = next((a for a in reversed(anchors) if a.kind == "unresolved"), None)
        if unresolved is not None and self._below_scope(self.r.SCOPE_LEVEL[unresolved.word], running, article_place):
            # 我市共选派…, on a page that never names its city: the sentence's own scope word, as written, over a
            # village or county the page named earlier (a cadre's village is not where the city's total is)
            return self._scope_as_written(unresolved.pos, unresolved.end, unresolved.word), "unresolved"
        if running is None:
            told = self._quote_owned_after(self._sentence[1])
            if told is not None:
                return told, "sentence"
        if running is not None and (running.level in ("township", "village") or article_place is None
                                    or self._running_para == self._para):
            # the village or township the article is talking about; a county or province only in its paragraph
            if running.level == "village" and _SEVERAL_VILLAGES_RE.search(self.text, s_start, self._sentence[1]):
                # 争取资金80万元用于5个村的道路维修: a sentence about several villages is not about the one last named
                return self._above_village(running, article_place), "running"
            if running.level == "village" and article_place is not None \
                    and self.text.find("第一书记", s_start, self._sentence[1]) >= 0 \
                    and _SEVERAL_SECRETARIES_RE.search(self.text, s_start, self._sentence[1]):
                return article_place, "running"  # the programme's wider place, not the village of the story
            return running, "running"
        if article_place is None and running is None:
            unresolved = next((a for a in reversed(anchors) if a.kind == "unresolved"), None)
            if unresolved is not None:  # 我省共选派…: a page that names no place keeps the scope word as written
                return self._scope_as_written(unresolved.pos, unresolved.end, unresolved.word), "unresolved"
            if self.doc_place is None and not any(p.level in ("province", "city", "county") for p in self.places):
                # a page that names no place at all (a yearbook's 全市 section): the last scope word the article
                # wrote before the figure stands for its place, as written
                earlier = [m for m in self.r.SCOPE_SCAN.finditer(self.text, article.start, q.prefix_start)
                           if self.r.SCOPE_LEVEL[m.group("free") or m.group("organ")] != "village"
                           and not (m.group("free") and self.r.RANKING_AFTER_RE.match(self.text, m.end()))]
                if earlier:
                    word = earlier[-1].group("free") or earlier[-1].group("organ")
                    return self._scope_as_written(earlier[-1].start(), earlier[-1].end(), word), "unresolved"
                zones = list(_ZONE_RE.finditer(self.text, article.start, q.prefix_start))
                if zones:
                    # a page about a zone the gazetteer does not hold (示范区, 开发区): the zone, as written
                    return Place(zones[-1].start(), zones[-1].end(), zones[-1].group(0), "county"), "unresolved"
        if running is not None and article_place is not None and running.level in ("province", "city") \
                and not any(p.name == article_place.name for p in self._places_in(article.start, q.prefix_start)):
            # 山东省某市实施…工程。截至年底，累计增加集体收入…: an article read in order speaks of the city it has
            # named, not of a county it names only further on
            return running, "running"
        return article_place, "article"

    def _team_item(self, s_start: int, pos: int) -> int | None:
        """Where the semicolon item holding `pos` begins, when it opens with a team of its own (乙局驻村小分队…)."""
        # from the character before the sentence: a semicolon closes a sentence here, so the item may be the sentence
        semi = max(self.text.rfind("；", max(0, s_start - 1), pos), self.text.rfind(";", max(0, s_start - 1), pos))
        if semi < 0:
            return None
        m = _TEAM_ITEM_RE.match(self.text, semi)
        return semi if m is not None and m.end() <= pos else None

    def _quote_owned_after(self, s_end: int) -> Place | None:
        """“…N米，…N亩…。”这是某镇某村工作队交出的…: words quoted before any place is named, owned right after the quote
        by 这是 and the village (township) it names: the quoted figures are that place's."""
        text, pos = self.text, s_end
        while pos < len(text) and text[pos] in "”\"’ \t\u3000":
            pos += 1
        if not (pos > s_end and text[pos - 1] in "”\"’" or text[s_end - 1: s_end] in "”\"’"):
            return None
        if not text.startswith(("这是", "这就是", "这便是"), pos):
            return None
        stop = _SENTENCE_END_RE.search(text, pos, pos + 60)
        local = [p for p in self._places_in(pos, stop.start() if stop else pos + 60) if p.level in ("village", "township")]
        return local[-1] if local else None

    def _funder_before(self, q: Quantity) -> bool:
        """Is the last place or scope word before the sum the subject of a verb of giving it (某市投入50万元,
        县财政拨付30万元)?"""
        return self._gives(q.prefix_start, q.prefix_start)

    def _gives_earlier_sum(self, q: Quantity) -> bool:
        """Is the last place or scope word before the figure the subject of a verb of giving a sum written
        between them (某市拨付N万元用于…，建成N个…)?"""
        return self._gives(q.prefix_start, None)

    def _gives(self, before_pos: int, sum_at: int | None) -> bool:
        """Is the last place or scope word of the sentence ending by `before_pos` the subject of a verb of giving
        the sum at `sum_at` (None: the first sum written between that word and `before_pos`)?"""
        before = [a for a in self._sentence_anchors or () if a.end <= before_pos and a.kind in ("place", "scope")]
        if not before:
            return False
        if sum_at is None:
            sum_at = next((o.prefix_start for o in self._quantities
                           if o.unit == "yuan" and before[-1].end <= o.prefix_start < before_pos), None)
        return sum_at is not None and self.r.FUNDER_GAP_RE.fullmatch(self.text, before[-1].end, sum_at) is not None

    def _scope_as_written(self, start: int, end: int, word: str) -> Place:
        """A scope word no place resolves, as the figure's place: the free word as written (全市), an organ as
        the free word of its level (市直 → 全市)."""
        return Place(start, end, self.r.SCOPE_WRITTEN.get(word, word), self.r.SCOPE_LEVEL[word])

    @staticmethod
    def _below_scope(level: str, *places: Place | None) -> bool:
        """Is every place given (None counts) smaller than a scope word's level (全市 over a county, 全镇 over a
        village)?"""
        rank = LEVEL_RANK.get(level)
        if rank is None or level == "village":
            return False
        return all(p is None or LEVEL_RANK.get(p.level, 0) > rank for p in places)

    def _from_another_province(self, place: Place) -> bool:
        """Is `place` (a province or city) outside the province of the page's own county (else its own place)?"""
        home = self.county or self.doc_place
        ours = {d.province for d in home.divisions} if home is not None else set()
        theirs = {d.province for d in place.divisions} or ({place.name} if place.level == "province" else set())
        return bool(ours) and bool(theirs) and not ours & theirs

    def _home_village(self, article: Article) -> Place | None:
        """The village an article is about: the one it names most, twice or more and more than any other."""
        if article.index not in self._home_villages:
            counts: dict[str, list[Place]] = {}
            photos = [m.span() for m in _PHOTO_RE.finditer(self.text, article.start, article.end)]
            for p in self._places_in(article.start, article.end):
                if p.level == "village" and not any(a <= p.start < b for a, b in photos):
                    counts.setdefault(p.name, []).append(p)
            ranked = sorted(counts.values(), key=len, reverse=True)
            home = None
            if ranked and len(ranked[0]) >= 2 and (len(ranked) == 1 or len(ranked[0]) > len(ranked[1])):
                home = ranked[0][0]
            self._home_villages[article.index] = home
        return self._home_villages[article.index]

    def _above_village(self, village: Place, article_place: Place | None) -> Place | None:
        """The township that holds a village (as the page places it), else the article's county, else the one
        township the page names."""
        if village.name in self.village_township:
            return Place(village.start, village.end, self.village_township[village.name], "township")
        if article_place is None:
            towns = {p.name for p in self.places if p.level == "township"}
            if len(towns) == 1:  # the one township the page names holds the villages it names
                return Place(village.start, village.end, towns.pop(), "township")
        return article_place or village

    def extract(self, article: Article) -> list[Fact]:
        text, facts = self.text, []
        article_place = self._article_place(article)
        running: Place | None = None
        self._last_dispatch: dict[str, Fact] = {}
        self._last_by_metric: dict[tuple[str, str], Fact] = {}
        self._running_para = self._para = -1
        self._running_several = False
        for index, para in enumerate(article.paragraphs):
            if para.role in ("byline", "marker", "credit"):
                continue
            self._para, self._para_bounds = index, (para.start, para.end)
            carried: Fact | None = None
            for s_start, s_end in sentences(text, para.start, para.end):
                self._sentence, self._sentence_anchors = (s_start, s_end), None
                quantities = find_quantities(text, s_start, s_end)
                if quantities and self.r.QUESTION_END_RE.search(text, s_start, s_end):
                    quantities = []  # a question (…种什么了吗？) asks, it does not report a figure
                self._quantities = quantities
                if quantities:
                    hits = self.keywords.hits(text, s_start, s_end)
                    blocked = [m.span() for m in self.r.KEYWORD_BLOCKER_RE.finditer(text, s_start, s_end)]
                    if blocked:  # 表彰名单里出身脱贫攻坚战场的N人: a keyword inside a word that only holds it
                        hits = [h for h in hits if not any(a <= h.start and h.end <= b for a, b in blocked)]
                    # 每村每年5万元；第一书记每人每年2万元: a list split by semicolons goes on from the sentence before
                    previous = carried
                    first = len(facts)
                    for q in quantities:
                        fact = self._fact(q, hits, s_start, s_end, para.role, article, running, article_place, previous)
                        if fact:
                            facts.append(fact)
                            if fact.unit == "yuan" and fact.basis == "per_year" \
                                    and _POST_AND_TEAM_EACH_RE.search(text, s_start, q.prefix_start):
                                # 为第一书记和工作队各落实N元: the sum each, once per cadre and once per team
                                facts.append(replace(fact, basis="per_person_year"))
                            previous = fact
                            self._last_by_metric[(fact.metric, fact.unit)] = fact
                            if fact.kind == "dispatch":
                                self._last_dispatch[fact.unit] = fact
                    if len(facts) - first >= 2 and (at := text.find("分别", s_start, s_end)) >= 0:
                        self._respective_villages(facts[first:], s_start, at, article)
                # (the sentence's last sum, whatever figure of works follows it: N万元，新修N公里村道；)
                carried = next((f for f in reversed(facts) if f.char_start >= s_start and f.unit == "yuan"), None) \
                    if facts and text[s_end - 1: s_end] in "；;" else None
                updated = self._update_running(running, s_start, s_end, article, article_place)
                if updated is not None and updated is not running and not quantities \
                        and updated.level in ("country", "province"):
                    updated = self._background_scope(running, updated, s_start, s_end)
                if updated is not running and updated is not None and updated.level == "village" \
                        and text[max(0, updated.start - 2): updated.start].endswith(_EXAMPLE_OPENERS) \
                        and _SEVERAL_VILLAGES_RE.search(text, s_start, s_end):
                    # 帮包的7个村中…，其中某村…: one village named as an example of several the sentence counts; the
                    # story goes on about them all, their township's (else the article's place)
                    updated = self._above_village(updated, article_place)
                if updated is not running:
                    running, self._running_para = updated, index
                    self._running_several = updated is not None and updated.level == "village" and len(
                        {p.name for p in self._places_in(s_start, s_end) if p.level == "village"}) >= 2
        return facts

    def _subject_of_clause_before(self, q: Quantity, hits: list[KeywordHit], c_start: int,
                                  s_start: int) -> tuple[Metric, str, int, str] | None:
        """村集体收入从零起步，去年达到32万元: a clause that opens with a time and a verb of reaching, its figure
        the one its subject reached; the subject is the keyword of the clause before, which holds no figure of
        its own."""
        before_start = self._clause(c_start - 1)[0]
        if before_start < s_start or any(ch.isdigit() for ch in self.text[before_start: c_start]):
            return None
        for hit in reversed([h for h in hits if before_start <= h.start and h.end < c_start]):
            metric = next((m for m in hit.metrics if q.unit in m.units and m.kind == "outcome"), None)
            if metric is not None:
                return metric, q.unit, BEFORE // 2, hit.keyword
        return None

    def _respective_villages(self, facts: list[Fact], s_start: int, at: int, article: Article) -> None:
        """甲村和乙村的收入分别达到N万元和M万元; 两村…分别…: figures of one metric listed after 分别 (N和M, N、M),
        one for each village the sentence names before it, or for the last two the article named before when it
        says 两村, in the order they were named (`at`: where 分别 stands)."""
        text = self.text
        listed = [f for f in facts if f.char_start > at]
        if len(listed) < 2 or len({(f.metric, f.unit) for f in listed}) != 1 \
                or any(not _RESPECTIVE_JOIN_RE.fullmatch(text, a.char_end, b.char_start) for a, b in zip(listed, listed[1:])):
            return
        named = [p.name for p in self._places_in(s_start, at) if p.level == "village"]
        if len(set(named)) < 2 and _TWO_VILLAGES_RE.search(text, s_start, at):
            before = [p.name for p in self._places_in(article.start, s_start) if p.level == "village"]
            last_two = list(dict.fromkeys(reversed(before)))[:2]
            named = [name for name in dict.fromkeys(before) if name in last_two]
        villages = list(dict.fromkeys(named))
        if len(villages) != len(listed):
            return
        for fact, village in zip(listed, villages):
            fact.region, fact.region_level = village, "village"

    def _profile_in(self, s_start: int, s_end: int) -> re.Match | None:
        """The first word in the sentence that describes a place as it is (全村共420户), not one that opens what the
        work did (全村共完成某事N项: 共 before a verb)."""
        for m in self.r.PROFILE_RE.finditer(self.text, s_start, s_end):
            if _BENEFIT_BEFORE_RE.search(self.text, max(s_start, m.start() - 3), m.start()):
                continue  # 惠及常住人口N人: the people a work reaches, named by the place's own word for them
            if not (m.group(0).endswith("共") and _VERB_AFTER_TOTAL_RE.match(self.text, m.end())):
                return m
        return None

    def _rate_clause(self, p_start: int, c_start: int) -> bool:
        """Is the clause from `p_start` to `c_start` a rate of money per thing (每亩100元, 每户2000元)?"""
        return self.text.startswith("每", p_start) and any(
            p_start <= o.prefix_start < c_start and o.unit == "yuan" for o in self._quantities)

    def _works_clause(self, p_start: int, c_start: int) -> bool:
        """Does the clause from `p_start` to `c_start` build or buy things it counts, with no sum of its own
        (建设某棚N座、某舍N座)?"""
        quantities = [o for o in self._quantities if p_start <= o.prefix_start < c_start]
        return (self.r.BUILD_VERB_RE.search(self.text, p_start, c_start) is not None
                or self.r.PURCHASE_VERB_RE.search(self.text, p_start, c_start) is not None) \
            and any(o.unit in ("count", "km", "mu") for o in quantities) and not any(o.unit == "yuan" for o in quantities)

    def _area_of_built(self, q: Quantity, c_start: int, s_start: int, s_end: int) -> bool:
        """新建茶园N个，总面积N亩: a clause of the whole area alone, after a clause that builds: the area of what
        was built (not a place's own area, 全村总面积N亩, which is what the place is made of)."""
        return q.unit == "mu" and _AREA_TALLY_RE.fullmatch(self.text, c_start, q.prefix_start) is not None \
            and self._built_area_clause(c_start, s_start, s_end)

    def _built_area_clause(self, at: int, s_start: int, s_end: int) -> bool:
        """Does a clause opening at `at` with the whole area (总面积) follow a clause that builds? Then it is the area of
        what was built, and the sentence describes no place."""
        if at <= s_start or self.text[at - 1] not in "，," or not self.text.startswith(("总面积", "面积"), at):
            return False
        p_start, _ = _clause_bounds(self.text, s_start, s_end, at - 1)
        return self.r.BUILD_VERB_RE.search(self.text, p_start, at) is not None

    def _background_scope(self, running: Place | None, updated: Place, s_start: int, s_end: int) -> Place | None:
        """来到某村后，全国脱贫攻坚进入决战阶段。他带领…: a scope word of the country (province) in a sentence of
        background, with no figure and no division of its own, does not carry onto the village's story that goes
        on: the village (township) the sentence or the story before it is about stays the running place."""
        places = self._places_in(s_start, s_end)
        if any(p.level in ("province", "city", "county") for p in places):
            return updated
        if running is not None and self._running_para < self._para and not self._places_in(*self._para_bounds):
            # a paragraph of its own about the province, after the village's story ended: the article moved up
            return updated
        local = next((p for p in reversed(places) if p.level in ("village", "township") and p.end <= updated.start), None)
        if local is not None:
            return local
        return running if running is not None and running.level in ("village", "township") else updated

    def _update_running(self, running: Place | None, s_start: int, s_end: int, article: Article,
                        article_place: Place | None) -> Place | None:
        anchors = self._sentence_anchors
        if anchors is None:
            anchors = self._anchors(s_start, s_end, article, running, article_place, 0)
        unbracketed, local = [], running is not None and running.level in ("township", "village")
        for a in anchors:
            local = local or (a.kind == "place" and a.place.level in ("township", "village"))
            if not a.bracketed and not (local and a.kind == "place" and self._helper_organ(a.place)) \
                    and a.word not in self.r.CENTRAL_ORGANS:  # (中组部 speaks in its own sentence, not those after)
                unbracketed.append(a)
        last = self._last_resolved(unbracketed, article, running, article_place)
        if last is None:
            unresolved = next((a for a in reversed(unbracketed) if a.kind == "unresolved"), None)
            if unresolved is not None and running is not None \
                    and self._below_scope(self.r.SCOPE_LEVEL[unresolved.word], running, article_place):
                # a cadre's village, then 我市共选派… on a page that never names its city: the article has moved
                # up to the city, as written
                return self._scope_as_written(unresolved.pos, unresolved.end, unresolved.word)
            return running
        return self._holder(last, unbracketed, s_start, article_place, (article, running))

    def _local_organ(self, end: int, running: Place | None) -> bool:
        """In a village's or township's story, does the scope organ ending at `end` open the name of an organ that
        sends its own stationed team, gives money or helps (在市委某部的帮助下)? The organ's level is the sender's or
        helper's, not the ground of the figures."""
        return (running is not None and running.level in ("township", "village")
                and (self.r.ORGAN_TEAM_AFTER_RE.match(self.text, end) is not None
                     or self.r.ORGAN_GIVES_AFTER_RE.match(self.text, end) is not None
                     or self.r.ORGAN_NAME_AFTER_RE.match(self.text, end) is not None))

    def _others_place(self, place: Place) -> bool:
        """去广东打工的NAME, 到某市务工: a province, city or county named as where villagers go to work is not where
        the story moves; nor one that locates the firms a village partners with (与某省内23家企业)."""
        if place.level not in ("province", "city", "county"):
            return False
        before = self.text[place.start - 1: place.start]
        return (before in _GOING_TO and _MIGRANT_WORK_AFTER_RE.match(self.text, place.end) is not None) \
            or (before in _PARTNERING and _FIRMS_WITHIN_RE.match(self.text, place.end) is not None)

    def _sender_of_cadre(self, start: int, running: Place | None) -> bool:
        """In a village's or township's story, is the organ opening at `start` (市委办公室) one the page names as
        posting a cadre (某委办派驻某村第一书记)? Then it is the cadre's own unit acting for the village, not
        the level of the figures."""
        if running is None or running.level not in ("township", "village"):
            return False
        # every reading of the organ's name up to a suffix within reach (县委, 县委办, 县委办公室): one the page posts with
        text = self.text
        return any(text.endswith(self.r.ORGAN_SUFFIXES, start, end)
                   and any(text.find(text[start:end] + verb) >= 0 for verb in _POSTING_AFTER_ORGAN)
                   for end in range(start + 2, min(len(text), start + 10) + 1))

    def _helper_organ(self, place: Place) -> bool:
        """在获得某州科技局项目支持后, 找到某省妇联争取…: a prefecture or province named only as the opening of an
        organ's name (before its help) or of a people's organisation's, a charity's or a foundation's, in a village's
        or township's story, names who helps; the story does not move up to that division. An organisation opening
        its clause (某市总工会主席NAME说…) is the subject telling of its own work, in its division."""
        return place.level in ("city", "province") and (
            _UNIT_TEAM_AFTER_RE.match(self.text, place.end) is not None  # 某省民航驻村工作队: the unit's own team
            or _OWNED_FIRMS_AFTER_RE.match(self.text, place.end) is not None  # 请某市属国有企业出资: the firms it owns
            or self.r.ORGAN_NAME_AFTER_RE.match(self.text, place.end) is not None
            or self.r.ORGAN_OPENED_RE.match(self.text, place.end) is not None  # 某省妇联挂钩帮扶后: the pairing helper
            or (self.r.ORGANISATION_AFTER_RE.match(self.text, place.end) is not None
                and not _opens_clause(self.text, place.start)))

    def _holder(self, last: Anchor, anchors: list[Anchor], s_start: int, article_place: Place | None,
                context: tuple[Article, Place | None] | None = None) -> Place | None:
        """The place an anchor stands for: a village closing a list stands for the villages listed; a cadre
        named with others in other villages (甲村的张三、乙村的李四等2名第一书记) for the place that holds them all."""
        if last.kind == "place":
            scope = None
            if context is not None and last.place.level == "village":
                # 前往该县甲镇某村、乙镇某村等10个村: a county or city scope word before the list stands for its holder
                word = next((a for a in reversed(anchors) if a.kind in ("scope", "unresolved") and a.pos < last.pos
                             and self.r.SCOPE_LEVEL[a.word] in ("county", "city")), None)
                found = word and self._last_resolved([word], context[0], context[1], article_place)
                scope = found.place if found else None
            return self._list_holder(last.place, s_start, article_place, scope)
        if last.kind != "cadre":
            return last.place
        villages = {a.place.name for a in anchors if a.kind == "cadre" and a.pos >= s_start}
        if len(villages) < 2:
            return last.place
        towns = {self.village_township.get(v) for v in villages} - {None}
        if len(towns) == 1:
            return Place(last.pos, last.end, towns.pop(), "township")
        return article_place or last.place

    def _opens_sentence(self, village: Place, s_start: int) -> bool:
        """Does the sentence from `s_start` open on the chain of places (某县某镇某村) that `village` closes?"""
        k = s_start
        while k < village.start and self.text[k] in " \t\u3000\n":
            k += 1
        last = self._chain_from(k, village.end - k)
        return last is not None and last.start == village.start

    def _last_resolved(self, anchors: list[Anchor], article: Article, running: Place | None,
                       article_place: Place | None) -> Anchor | None:
        """The last anchor that names a place (a scope word is resolved here, once it is the one chosen)."""
        for anchor in reversed(anchors):
            if anchor.kind == "scope" and anchor.place is None:
                anchor.place = self._resolve_scope(self.r.SCOPE_LEVEL[anchor.word], anchor.pos, article, running,
                                                   article_place, anchor.word)
                if anchor.place is None:
                    anchor.kind = "unresolved"
            if anchor.place is not None:
                return anchor
        return None

    def _one_person_own(self, c_start: int, end: int, person_re: re.Pattern[str] = _ONE_PERSON_RE) -> bool:
        """他还养了10多头牛, “去年我有3万多元的收入”: one person's own herd or income in the clause, not what a
        cadre did for others (他带领村民修路, 他为村里争取, 他还新建水池): no beneficiary or building verb, 为 or
        programme word after him."""
        person = person_re.search(self.text, c_start, end)
        if person is None:
            return False
        text, after = self.text, person.end()
        return not (self.r.BENEFICIARY_VERB_RE.search(text, after, end) or text.find("为", after, end) >= 0
                    or self.r.BUILD_VERB_RE.search(text, after, end)
                    or self.r.PROGRAMME_WORD_RE.search(text, c_start, end))

    def _in_source_list(self, p: Place) -> bool:
        """Is `p` one of a list of divisions opened by 从 and closed by a verb of sending (从甲市、乙市等9个市选派…)?"""
        opened = self.text.rfind("从", max(0, p.start - 40), p.start)
        if opened < 0:
            return False
        listed = _SOURCE_LIST_RE.match(self.text, opened)
        return listed is not None and listed.end() >= p.end

    def _family_quote_own(self, s_start: int, end: int) -> bool:
        """“家里养着300多只羊，种了60亩玉米…”: a quotation that opens on one family's own goes on about it, clause
        after clause, until it closes (what the one family says it has, not what the work did). A time word and
        我们 may open it first (“如今我们两口子搞养殖…，一年有N万元收入)."""
        text = self.text
        opened = text.rfind("“", s_start, end)
        return opened >= 0 and text.find("”", opened, end) < 0 \
            and _FAMILY_QUOTE_OPENING_RE.match(text, opened + 1) is not None \
            and self._one_person_own(opened + 1, end, _ONE_FAMILY_RE)

    def _level_split(self, q: Quantity, s_start: int) -> Fact | None:
        """其中省派18名、市派45名: a count by dispatching level continues the article's last dispatch figure (returned)."""
        lasts = getattr(self, "_last_dispatch", {})
        last = lasts.get("team") if q.unit == "count" and q.classifier in ("个", "支") else lasts.get(q.unit)
        if last is None:
            return None
        start = max(s_start, q.prefix_start - 12)
        segment = ("、" if start == s_start else "") + self.text[start: q.prefix_start]
        if self.r.LEVEL_SPLIT_RE.search(segment) or (q.unit == "person" and self.r.LEVEL_ORGANS_RE.search(segment)):
            return last
        return None

    def _restated_villages(self, q: Quantity, s_start: int) -> bool:
        """甲村和乙村…两个深度贫困村: a count of the villages just named, not a figure."""
        if q.value > 10 or self._count_unit(q) != "village":
            return False
        named = [p for p in self._places_in(s_start, q.prefix_start) if p.level == "village"]
        if named and (named[-1].end == q.prefix_start or self.text[named[-1].end: q.prefix_start] == "等"):
            return False  # 甲村、乙村和丙村3个村开展…, 甲村、乙村等3个村: the list's own count, in apposition, is the figure
        return len({p.name for p in named}) == int(q.value)

    def _post_counted_before(self, q: Quantity, hits: list[KeywordHit]) -> bool:
        """Does a keyword of cadres sent (a post: 驻村工作队员, 第一书记) end right before the figure, at most the words
        that link a keyword to its count between (seed count_link: 达, 为, 共, 有)?"""
        return any(h.end <= q.prefix_start and any(m.kind == "dispatch" and m.unit == "person" for m in h.metrics)
                   and not self.r.COUNT_LINK_RE.sub("", self.text[h.end: q.prefix_start]) for h in hits)

    def _fact(self, q: Quantity, hits: list[KeywordHit], s_start: int, s_end: int, role: str, article: Article,
              running: Place | None, article_place: Place | None, previous: Fact | None = None) -> Fact | None:
        text = self.text
        if self._sentence != (s_start, s_end):
            self._sentence, self._sentence_anchors, self._quantities = (s_start, s_end), None, find_quantities(text, s_start, s_end)
        if q.unit in ("person", "household") and q.value != int(q.value) and q.classifier in _HEAD_COUNTERS \
                and (numbered := _NUMBERED_HEADING_RE.match(text, q.start)) and _line_opens_at(text, q.start):
            # 1.60名驻村干部…: a heading's number, then the head count (no one is counted in fractions)
            q = replace(q, start=numbered.start("count"), prefix_start=numbered.start("count"),
                        value=float(numbered.group("count")), text=text[numbered.start("count"): q.end])
        if q.unit is None:
            if q.classifier and q.classifier[-1] in "千万亿" and not self.r.GOODS_MEASURE_RE.match(text, q.end) and (
                    self.r.MONEY_VERB_RE.search(text, max(0, q.prefix_start - 6), q.prefix_start)
                    or self._money_noun_after(q, hits) or self._money_noun_before(q, hits)):
                q = replace(q, unit="yuan")  # 投资20万, 30万的分红, 集体收入达到12万: money written without 元
            elif q.classifier and q.classifier[-1] in "万亿" and self.r.TOTAL_RE.search(text, max(s_start, q.prefix_start - 3),
                                                                                     q.prefix_start) \
                    and any(o.unit == "yuan" and o.end <= q.prefix_start for o in self._quantities):
                q = replace(q, unit="yuan")  # 每村送去10万元，共计100万: a total of the sums before it, 元 left out
            elif q.classifier == "万" and text.find("的", q.end, q.end + 12) >= 0 and _TEN_THOUSAND_CADRES_RE.match(text, q.end):
                q = replace(q, unit="person")  # 19.89万落实结对帮扶的干部: cadres counted in 万, the classifier left out
            elif q.classifier == "万" and _CLAUSE_END_RE.match(text, q.end) and self._post_counted_before(q, hits):
                q = replace(q, unit="person")  # 现有驻村工作队员N万，: the post, then its head count in 万 closing the clause
            else:
                return None
        c_start, c_end = self._clause(q.prefix_start)
        if q.unit == "yuan" and q.qualifier == "exact" and q.prefix_start - c_start >= 4:
            q = self._qualifier_before_rate(q, c_start)
        # (不少于1万元的工作经费, 至少10万元的集体经济收入: the noun after 的 is the money itself, of the programme or
        # earned; no threshold on something else)
        money_named_after = q.unit == "yuan" and text.startswith("的", q.end) and any(
            h.start == q.end + 1 and any("yuan" in m.units for m in h.metrics) for h in hits)
        if _skip(self.r, text, q, c_start, s_start, self._open_quotes, self._close_quotes, money_named_after):
            return None
        if q.unit == "count" and self._restated_villages(q, s_start):
            return None
        if q.unit == "person" and self._composition_norm(q, s_start, s_end):
            return None
        if q.unit == "count" and text.find("均", q.end, q.end + 14) >= 0 and self._count_unit(q) == "village" \
                and _AVERAGE_OVER_AFTER_RE.match(text, q.end):
            return None  # 全市562个行政村村均收入212万元: the villages an average is taken over, not villages covered
        if q.classifier == "任" and text[q.prefix_start - 1: q.prefix_start] in ("前", "上", "第"):
            return None  # 前N任第一书记, 第N任: the holders before, or one holder's place in the line, no count sent
        if q.classifier == "批" and (self._count_unit(q) != "team" or text[q.prefix_start - 1: q.prefix_start] in _EARLIER_BATCH):
            return None  # 派驻8批161名干部: batches count only the teams named after them; 前两批工作队: the earlier ones
        if q.unit not in ("yuan", "percent") and self.r.ANAPHOR_BEFORE_RE.search(text, max(c_start, q.prefix_start - 2), q.prefix_start):
            return None  # 这两个项目, 上述3个村: the things just named, counted again
        if self.r.BASELINE_AFTER_RE.match(text, q.end):
            return None  # 村里800亩现有果园: what the place has
        if q.unit == "count" and text.find("分", max(c_start, q.prefix_start - 4), q.prefix_start) >= 0 \
                and _DIVIDED_INTO_BEFORE_RE.search(text, max(c_start, q.prefix_start - 4), q.prefix_start):
            return None  # 将全村划分成19个责任区: the parts a whole is divided into, no thing done or won
        if text.find("时", s_start, q.prefix_start) >= 0 and (arrived := _AT_ARRIVAL_RE.search(text, s_start, q.prefix_start)) \
                and not self.r.RESULT_WORD_RE.search(text, arrived.end(), q.prefix_start) \
                and not self.r.SECURED_VERB_RE.search(text, arrived.end(), q.prefix_start) \
                and not self.r.BUILD_VERB_RE.search(text, arrived.end(), q.prefix_start):
            return None  # 他刚到某村时，全村N户里M户是贫困户: the place as the cadre found it, no result
            # (刚到村时就争取资金N万元: a thing done at once, won or built, still counts)
        if q.unit == "person" and _AWAY_STATE_RE.search(text, c_start, q.prefix_start) \
                and not _SENT_AWAY_RE.search(text, s_start, q.prefix_start):
            return None  # 村里常年在外务工人员N人: the village's migrant workers as they are, no jobs the work made
        if q.unit == "count" and _DESIGNATED_BEFORE_RE.search(text, max(c_start, q.prefix_start - 4), q.prefix_start) \
                and _POOR_VILLAGES_AFTER_RE.match(text, q.end):
            return None  # 认定N个深度贫困村: the villages a level designated as poor, a baseline, not villages covered
        if q.unit == "count" and q.counter in self.r.COUNTED_CLASSIFIERS and text.startswith(_PLACE_HOLDS, c_start) \
                and _HOLDINGS_LIST_RE.fullmatch(text, c_start + 2, q.prefix_start):
            return None  # 村内肉牛N头、山羊N只: what the village keeps, listed with no verb, no result of the work
        if q.counter == "期" and _PHASE_BEFORE_RE.search(text, max(c_start, q.prefix_start - 2), q.prefix_start):
            return None  # 分三期建设, 某项目（二期）: the phases a work is done in or the one named, no sessions held
        if q.unit == "count" and self.r.SOLD_BEFORE_RE.search(text, max(c_start, q.prefix_start - 4), q.prefix_start):
            return None  # 帮助贫困户销售290只鸡: goods sold, counted by what they fetched, not a thing built or won
        if self.r.LIKENESS_BEFORE_RE.search(text, max(c_start, q.prefix_start - 2), q.prefix_start):
            return None  # 好比三台发动机: a figure of speech
        if q.unit in ("person", "household") and _TOTAL_THEN_PART_OUT_RE.match(text, q.end):
            return None  # N户贫困户已脱贫M户: the total counted first; the part out of poverty after it is the result
        if q.unit in ("person", "household") and text[max(0, q.prefix_start - 2): q.prefix_start] in ("户均", "村均"):
            return None  # 户均N人务工: an average per household, no head count of the work
        if q.unit == "yuan" and self.r.WAGE_EARNER_BEFORE_RE.search(text, max(c_start, q.prefix_start - 8), q.prefix_start):
            return None  # 大工N元/天, 务工人员日工资N元: a wage paid to workers, no programme money
        if (text.find("年代", s_start, q.prefix_start) >= 0 or text.find("世纪", s_start, q.prefix_start) >= 0) \
                and _DECADE_RE.search(text, s_start if _DECADE_OPENS_RE.match(text, s_start) else c_start, q.prefix_start):
            return None  # 五十年代建的三间矮房: what was there decades ago, no result of the work
        if q.unit == "person" and _ATTENDING_AFTER_RE.match(text, q.end):
            return None  # 镇村干部和驻村队员N人出席座谈会: who came to an event, no one sent
        if q.unit == "person" and (text.find("代表", q.end, q.end + 16) >= 0 or text.find("台", q.end, q.end + 16) >= 0) \
                and _SPEAKERS_AFTER_RE.match(text, q.end):
            return None  # 3名第一书记代表上台发言, 9名第一书记登台比武: speakers at a meeting, not a count of those sent
        if any(p.start < q.end and q.prefix_start < p.end for p in self._places_in(max(0, q.prefix_start - 8), q.end + 8)):
            return None  # 十亩地村, 三合镇: a numeral inside a place's name is no figure
        if ((makeup := self.r.MAKEUP_RE.search(text, c_start, q.prefix_start)) and not self._area_of_built(q, c_start, s_start, s_end)
                and not self._cadres_spread(makeup, q, s_start, c_start)) \
                or self._makeup_continued(q, c_start, s_start):
            return None  # 某县辖20个乡镇295个行政村: what the place is made of, not what was done
        if q.unit == "count" and self._place_has_parts(q, c_start):
            return None  # 某县有N个村，: the villages the place has
        if _EXCEPT_BEFORE_RE.search(text, max(c_start, q.prefix_start - 2), q.prefix_start) \
                and text.find("外", q.end, c_end) >= 0:
            return None  # 除N个村外，其余N个…: what the statement leaves out, no figure of its own
        if q.unit == "household" \
                and _WHOLE_VILLAGE_STATUS_BEFORE_RE.search(text, max(c_start, q.prefix_start - 12), q.prefix_start) \
                and (_HOUSEHOLDS_CLOSING_RE.fullmatch(text, q.end, c_end) or q.end == c_end) \
                and not self.r.RESULT_WORD_RE.search(text, c_start, c_end):
            return None  # 全村N户脱贫户，人均收入不高: the village's households as they are, no result
        if q.unit in ("person", "yuan") \
                and any(m.code in _PROFILE_STATE_METRICS for h in hits if c_start <= h.start < q.prefix_start for m in h.metrics) \
                and _PROFILED_POPULATION_RE.search(text, s_start, c_start) \
                and not self.r.RESULT_WORD_RE.search(text, c_start, q.prefix_start) \
                and not self.r.CHANGE_WORD_RE.search(text, c_start, q.prefix_start) \
                and not self._then_and_now(s_start, c_start):
            return None  # 全村N户N人，…，人均收入N元 / 在外打工N人: a village's profile, what it is, no result of the work
        if q.unit in ("person", "household") and _MOST_OF_THEM_AFTER_RE.match(text, q.end) \
                and _WHOLE_PLACE_BEFORE_RE.search(text, max(c_start, q.prefix_start - 5), q.prefix_start):
            return None  # 全村N人大多常年在外: the place's people, then what most of them do, no result of the work
        if self._in_namely_brackets(q, s_start):
            return None  # 实行“N+N”模式（即某级选派N名干部任队长…）: the terms of a scheme explained, no figure
        if q.unit == "household" and _FIRMS_AFTER_RE.match(text, q.end):
            return None  # 68户国有企业, 12户民营企业: firms counted by 户, no households of the place
        if q.unit == "yuan" and _PRICE_AFTER_RE.match(text, q.end):
            return None  # 按N元的收购价, 每斤N元的价格: a price of one unit of goods, not a sum of money
        if self.r.ECONOMY_RE.search(text, c_start, q.prefix_start):
            return None  # 全县固定资产投资完成18亿元: a statistic of the region's economy, not of the programme
        if text[q.prefix_start - 1: q.prefix_start] == "的" and (
                _BENCHMARK_BEFORE_RE.search(text, max(c_start, q.prefix_start - 24), q.prefix_start)
                or (_THAN_BEFORE_RE.search(text, max(c_start, q.prefix_start - 24), q.prefix_start)
                    and _THAN_AFTER_RE.match(text, q.end))):
            return None  # 低于全省平均的N元, 比全国平均的N元低: a benchmark compared with, no result
        if text.find("比", c_start, q.prefix_start) >= 0 and text.find("更", q.end, c_end) >= 0 \
                and _COMPARED_BEFORE_RE.search(text, c_start, q.prefix_start):
            return None  # 这比直接给我们捐赠10万元更让人开心: a sum named only to compare with, nothing given
        if q.unit == "km" and text.startswith(("的深", "深的"), q.end):
            return None  # 打一口N米的深井: the depth of one well, not a length of works
        if q.unit == "km" and _DISTANCE_AFTER_RE.match(text, q.end):
            return None  # 从20公里外的乡政府运水, 离县城30多公里远, 国道N公里处 (a point on a road): a distance, not a length built
        if _PAGE_COUNTER_BEFORE_RE.search(text, max(0, q.prefix_start - 8), q.prefix_start):
            return None  # 查看:N次, 阅读(N): the page's own counter of views, no figure of the work
        if q.classifier == "个" and _ABSTRACT_AFTER_RE.match(text, q.end):
            return None  # 涵盖县直单位、…、村组党员N个方面: aspects of a whole counted, no villages or things
        if q.unit == "km" and _DISTANCE_FROM_BEFORE_RE.search(text, max(c_start, q.prefix_start - 14), q.prefix_start):
            return None  # 某村在某镇东头，距某集镇N公里: how far the place lies from another, no length built
        if q.unit == "km" and self.r.TRAVEL_BEFORE_RE.search(text, max(c_start, q.prefix_start - 6), q.prefix_start):
            return None  # 沿省道东行18公里, 驱车30多公里: the way travelled to the place, not a length built
        land = self.r.LAND_AFTER_RE.match(text, q.end) if q.unit == "mu" else None
        if land and not self.r.LAND_WORK_RE.search(text, c_start, q.prefix_start) \
                and not self.r.LAND_WORK_RE.match(text, land.end() + text.startswith("的", land.end())) \
                and not self.r.LAND_PUT_TO_WORK_RE.match(text, land.end()):
            # 全村412户、1380口人、2950亩土地: the land the place has, not an area worked (420亩土地平整了两遍: worked)
            return None
        if q.unit == "count" and text.startswith("《", q.end):
            return None  # 出台某某和某某两个《办法》: documents counted by their titles, no villages or things done
        if q.unit == "household" and _VILLAGES_BY_SIZE_RE.match(text, q.end):
            return None  # N户以上的自然村通水率: a size bounding the villages a rate is of, no households reached
        if q.unit == "mu" and self.r.LAND_BEFORE_RE.search(text, max(c_start, q.prefix_start - 8), q.prefix_start) \
                and not self.r.LAND_WORK_RE.search(text, c_start, q.prefix_start):
            return None  # 人口3460人，土地4035亩; 占地10多亩的公园: the land a place has or a site covers, no area worked
        if q.unit == "km" and q.value < 0.02:
            return None  # 路面由3.5米加宽至5米: a few metres is a width or a height, never a length built
        if q.unit == "km" and self.r.HEIGHT_RE.search(text, max(c_start, q.prefix_start - 4), q.prefix_start):
            return None  # 某村海拔1000多米: the height of a place, never a length built
        if q.unit == "count" and any(other.end == q.prefix_start and other.unit == "count" for other in self._quantities):
            return None  # 服务中心3座45间: a count run straight onto another tells the size of what the first counts
        if q.counter in ("次", "回", "趟") and _EVERY_PERIOD_BEFORE_RE.search(text, max(c_start, q.prefix_start - 6), q.prefix_start):
            return None  # 每月两次上门, 每周至少3次: how often a thing is done, no count of what was done
        if self.r.REMAINING_BEFORE_RE.search(text, max(c_start, q.prefix_start - 4), q.prefix_start) \
                and not _LIFTED_AFTER_RE.match(text, q.end) and not (q.unit == "person" and _PASSIVE_POSTING_RE.match(text, q.end)):
            return None  # 仍然还有163个贫困村没有退出: what remains to be done (还有N人被选派…: 还有 adds to a count before)
        # (the find()s only spare the patterns' backtracking where the word they end with is not within reach)
        if ((q.unit != "person" or _round_in_words(q)) and (text.find("之一", q.end, q.end + 18) >= 0
                                                           or text.find("一员", q.end, q.end + 18) >= 0)
                and _ONE_OF_RE.match(text, q.end)) \
                or (text.find("成", q.end, q.end + 12) >= 0 and _MERGED_FROM_RE.match(text, q.end)):
            # 24个贫困村之一: which group the place belongs to (but 86名第一书记之一 still counts those sent; a round
            # figure in words, 万名第一书记中的一员, is a manner of speaking, no count);
            # 三个行政村合并而成: what the village was made of
            return None
        if q.unit == "km" and q.value < 1 and any(other.unit == "yuan" and c_start <= other.prefix_start < c_end
                                                  for other in self._quantities):
            return None  # 投资6万元拓宽水渠300余米: the clause's figure is what the site cost; its few hundred metres describe it
        clause_hits = [h for h in hits if h.start >= c_start and h.end <= c_end]
        split_of = self._level_split(q, s_start)  # the total a count by sending level continues, if any
        chosen = (self.catalog.by_code(split_of.metric), split_of.unit, 0, split_of.keyword) if split_of else None
        if chosen is None and q.unit == "count" and (self.r.ORGAN_UNIT_AFTER_RE.match(text, q.end) or (
                q.classifier in ("个", "家") and _UNITS_AFTER_RE.match(text, q.end)
                and self.r.PROGRAMME_WORD_RE.search(text, c_start, c_end))):
            if q.value <= 10 and "、" in text[c_start: q.prefix_start] and _is_cjk_char(text[q.prefix_start - 1: q.prefix_start]):
                return None  # 甲公司、乙银行两家派驻单位: a head count of the units just listed
            chosen = (_dispatch_other(self.catalog), "item", 0, "单位")  # 300家扶持单位, 72个帮扶单位: the units that send, counted
        if chosen is None and q.unit == "person" and (
                (honour := self.r.HONOUR_RE.search(text, c_start, c_end))
                or (self.r.HONOUR_TITLE_AFTER_RE.match(text, q.end) and not self.r.POSTING_VERB_RE.search(text, c_start, c_end)
                    and not _HOLDING_POST_RE.match(text, q.end))
        ) and any(m.kind == "dispatch" and m.unit == "person" for h in clause_hits for m in h.metrics):
            # 35人被评为优秀驻村第一书记, 96位优秀指导员获得表彰: the cadres commended, not a count of those sent;
            # 向20名优秀驻村队员学习: a title right after the count, with no verb posting them, names those commended
            # (N名优秀干部担任第一书记: the count's people took the post, 优秀 says whom the county chose).
            # The recognition the work earned is an outcome the vocabulary has no code for; cadres promoted after
            # their stay (提拔使用N名第一书记) stay a dispatch figure of that kind
            promoted = honour is not None and honour.group(0) in self.r.PROMOTION_WORDS
            chosen = (_dispatch_other(self.catalog) if promoted else self.catalog.by_code("other"), "person", 0, "表彰")
        if chosen is None and q.unit == "yuan" and self._money_result(c_start, c_end):
            chosen = (self.catalog.by_code("other"), "yuan", BEFORE // 2, "")
        if chosen is None and q.unit == "percent" and text.find("率", q.prefix_start - 6, q.prefix_start) >= 0 \
                and _RATE_REACHED_BEFORE_RE.search(text, max(c_start, q.prefix_start - 24), q.prefix_start):
            chosen = (self.catalog.by_code("other"), "percent", BEFORE // 2, "率")
        if chosen is None and q.unit == "person" and text.endswith("一行", 0, q.prefix_start) \
                and PARTY_STATIONED_RE.match(text, q.prefix_start - 2):
            chosen = (self.catalog.by_code("team_members_dispatched"), "person", 0, "一行")  # NAME一行两人进驻某村: the party's size
        if chosen is None and q.unit == "person" and q.classifier in ("人", "名", "位") and self._one_team_of(q, c_start):
            chosen = (self.catalog.by_code("team_members_dispatched"), "person", 0, "组成")
        if chosen is None and q.unit == "person" and q.classifier in ("名", "位") and _PAIRED_WITH_HOUSEHOLDS_RE.match(text, q.end):
            # N名干部对口帮扶M户, 安排N名中层干部分别联系M户: cadres counted, each paired with households
            chosen = (self.catalog.by_code("cadres_paired"), "person", 0, "帮扶")
        if chosen is None and q.unit == "person" and q.counter in ("人", "名", "位") and q.value >= 2 \
                and (_VISITORS_AFTER_RE.match(text, q.end) or _FORM_TEAMS_AFTER_RE.match(text, q.end)) \
                and not self.r.NON_CADRE_AFTER_RE.match(text, q.end):
            # 全县N名党员干部进村入户, 抽出N人组成6个工作队: the count is the people who go, those sent
            chosen = (self.catalog.by_code("cadres_dispatched"), "person", 0, "入户")
        by_level = chosen is not None
        borrowed = False  # the metric comes from outside the figure's own clause
        keyword_end = None
        if chosen is None:
            if q.unit == "yuan" and c_start > s_start and text.startswith(self.r.VALUE_WORD_TUPLE, c_start) \
                    and all(h.keyword in self.r.VALUE_WORDS for h in clause_hits):
                # 销售…农副产品，价值达8万多元; 帮助贫困户销售N只鸡、N斤茶油，总价达…: a clause opening with a value word
                # values what the last money keyword of the clause before names
                p_start, _ = _clause_bounds(text, s_start, s_end, c_start - 1)
                before = [h for h in hits if p_start <= h.start and h.end <= c_start - 1
                          and h.keyword not in self.r.VALUE_WORDS and any("yuan" in m.units for m in h.metrics)]
                helped = None if before else self.r.HELPED_SELL_RE.search(text, p_start, c_start - 1)
                if helped is not None:
                    # 帮助脱贫户销售柑橘5000斤，折合1万元: the value of what the cadres helped the villagers sell
                    before = [KeywordHit(helped.start(), helped.end(), helped.group(0),
                                         (self.catalog.by_code("consumption_purchases"),))]
                clause_hits = [KeywordHit(h.start, c_start - 1, h.keyword, h.metrics) for h in before[-1:]] + clause_hits
            chosen = self._metric(q, clause_hits)
        if chosen is None and q.unit in ("household", "person") and _POOR_COUNTED_AFTER_RE.match(text, q.end) \
                and (gain := _GAIN_CLOSING_RE.search(text, q.end, c_end)) is not None \
                and _CLAUSE_BREAK_RE.search(text, q.end, gain.start()) is None:
            # 全村40户95名贫困户靠合作社带动实现增收: the poor counted, the gain closing their clause far after
            chosen = (self.catalog.by_code("households_helped" if q.unit == "household" else "other"), q.unit,
                      AFTER, gain.group(0))
        if q.unit == "household" and _OBJECT_OF_BEFORE_RE.search(text, max(c_start, q.prefix_start - 20), q.prefix_start) \
                and (visit := _VISIT_CARRIED_OUT_RE.search(text, q.end, c_end)) is not None:
            # 对某镇266户脱贫户和9户困难群众开展监测走访: the households the visits are carried out on, whatever their
            # noun says they are
            chosen = (self.catalog.by_code("households_visited"), "household", 0, visit.group("verb"))
        if q.unit == "person" and _team_size(text, q, c_start):
            chosen = (self.catalog.by_code("team_members_dispatched"), "person", 0, "工作队")  # each team's members
        if chosen is not None and chosen[0].kind == "dispatch" and q.unit in ("person", "person_time") \
                and self.r.LABOUR_BEFORE_RE.search(text, max(c_start, q.prefix_start - 6), q.prefix_start):
            # 干部组织投入人工8万人次: the labour the cadres organised, counted in person-times, no cadres sent
            chosen = (self.catalog.by_code("other"), "person_time" if q.unit == "person_time" else "person", 0, "人工")
        if chosen is not None and chosen[0].kind == "dispatch" and q.unit == "person" and _DIED_AFTER_RE.match(text, q.end):
            # 全省有N名帮扶干部牺牲在岗位上: cadres counted who died at the work, no count of those sent
            chosen = (self.catalog.by_code("other"), "person", 0, "牺牲")
        if chosen is not None and chosen[1] == "person" and q.unit == "count" and q.classifier == "个":
            chosen = self._post_qualifying_things(q, clause_hits, chosen)
        if chosen is not None and chosen[0].kind == "dispatch" and q.unit in ("person", "household") \
                and _LIFTED_AFTER_RE.match(text, q.end):
            # 工作队6月底到岗今年预计4万人脱贫: the count is the subject of the lifting right after it, whatever
            # team or cadre keyword comes before
            unit = "household" if q.unit == "household" else "person"
            chosen = (self.catalog.by_code("people_lifted_from_poverty"), unit, 0, "脱贫")
        if chosen is None and q.unit == "person" and q.prefix_start > c_start and text.find("、", c_start, q.prefix_start) >= 0 \
                and _CADRES_AFTER_RE.match(text, q.end) and not self.r.NON_CADRE_AFTER_RE.match(text, q.end):
            chosen = self._listed_cadres(q, clause_hits, c_start)
        if chosen is None and c_start > s_start and not clause_hits \
                and not (q.unit == "count" and _counts_other_noun(text, q)) \
                and not self.r.BASELINE_RE.search(text, c_start, q.prefix_start):
            # 购买意外伤害保险，每人保额不低于50万元: the keyword may close the previous clause (but not into a
            # clause that states what there is: 全部脱贫，现有特困户15户; nor onto a count whose own noun follows it:
            # 活动室，一间房放了4张床)
            p_start, _ = _clause_bounds(text, s_start, s_end, c_start - 1)
            tail = [h for h in hits if h.start >= p_start and h.end <= c_start - 1 and c_start - 1 - h.end <= 2
                    and not _FOUND_BETWEEN_RE.search(text, h.end, c_start)]  # (走访发现，N户…: what the visit found)
            chosen = self._metric(q, [KeywordHit(h.start, q.prefix_start, h.keyword, h.metrics) for h in tail]) \
                if tail else None
            if chosen is not None:
                metric, unit, _, keyword = chosen
                chosen = (metric, unit, BEFORE // 2, keyword)
        if chosen is None and c_start > s_start and not clause_hits and q.unit != "yuan" \
                and (_TALLY_CLAUSE_RE.fullmatch(text, c_start, q.prefix_start) or self._area_of_built(q, c_start, s_start, s_end)):
            # 培训农村党员，全年计85人次: a clause that only tallies counts what the clause before did, by its last keyword
            # that takes the figure's unit (新建茶园N个，总面积N亩: the area of what was built)
            p_start, _ = _clause_bounds(text, s_start, s_end, c_start - 1)
            tail = [h for h in hits if h.start >= p_start and h.end <= c_start - 1
                    and any(q.unit in m.units or (q.unit == "count" and "item" in m.units) for m in h.metrics)]
            chosen = self._metric(q, [KeywordHit(h.start, q.prefix_start, h.keyword, h.metrics) for h in tail[-1:]]) \
                if tail else None
            if chosen is None and q.unit == "mu":
                chosen = (self.catalog.by_code("planting_area"), "mu", 0, "面积")  # 建设种植基地N个 (a base's keyword)
            if chosen is not None:
                chosen = (chosen[0], chosen[1], BEFORE // 2, chosen[3])
        if chosen is None and q.unit == "yuan" and c_start > s_start and not clause_hits and _TOTAL_OPENS_RE.match(text, c_start):
            # 种某树N亩，每亩补N元，共计M万元: the total of a rate paid for the work, money put in (每亩收益
            # N元，共计…: of what the rate's own keyword names); 建设某棚N座、某舍N座，共计N万元: the cost of the
            # works the clause before lists, money put in
            p_start, _ = _clause_bounds(text, s_start, s_end, c_start - 1)
            if self._rate_clause(p_start, c_start):
                rated = [h for h in hits if p_start <= h.start and h.end <= c_start - 1
                         and any("yuan" in m.units for m in h.metrics)]
                chosen = self._metric(q, [KeywordHit(h.start, q.prefix_start, h.keyword, h.metrics) for h in rated[-1:]]) \
                    if rated else (self.catalog.by_code("matching_funds"), "yuan", 0, "共计")
            elif self._works_clause(p_start, c_start):
                chosen = (self.catalog.by_code("matching_funds"), "yuan", 0, "共计")
            if chosen is not None:
                chosen, borrowed = (chosen[0], chosen[1], BEFORE // 2, chosen[3]), True
        if chosen is None and q.unit == "yuan" and c_start > s_start and (
                self.r.RATE_RE.match(text, c_start) or _DISTRIBUTIVE_RE.match(text, c_start)):
            chosen = self._rate_clause_metric(q, hits, clause_hits, s_start, s_end, c_start)
            borrowed = chosen is not None
        if chosen is None and c_start > s_start and not clause_hits and _TO_HALF_RE.match(text, _past_year(text, c_start)):
            # 收入从不足3万元，增长到如今的15万元: the to-half of a from-to frame split by a comma takes the
            # keyword that opened the frame (the last one before 从/由 in the sentence); 人均收入原是4100元，2021年已
            # 提高到7300元: with no 从, the clause before states the figure the rise starts from, and names it
            opened = max(text.rfind("从", s_start, c_start), text.rfind("由", s_start, c_start))
            if opened < 0:
                opened = _clause_bounds(text, s_start, s_end, c_start - 1)[0]
                opened = next((o.prefix_start for o in self._quantities if opened <= o.prefix_start < c_start), -1)
            frame = [h for h in hits if s_start <= h.start and h.end <= opened and opened - h.end <= BEFORE]
            if opened > 0 and frame:
                chosen = self._metric(q, [KeywordHit(h.start, q.prefix_start, h.keyword, h.metrics) for h in frame[-1:]])
                if chosen is not None:
                    chosen = (chosen[0], chosen[1], BEFORE // 2, chosen[3])
        if chosen is None and previous is not None and previous.unit == q.unit and not clause_hits \
                and _COMPARE_RE.match(text[c_start: q.prefix_start]):
            chosen = (self.catalog.by_code(previous.metric), q.unit, BEFORE // 2, previous.keyword)
        if q.unit == "yuan" and (chosen is None or chosen[0].kind == "outcome") and previous is not None \
                and previous.kind == "funding" and previous.unit == "yuan" \
                and (self._uses_listed(q, previous) or self._sum_listed_after(q, previous)):
            # 到位资金N万元，主要用于：修桥N万元，改水N万元: the uses of the sum, money still, not works;
            # 争取了N万元某项目、M万元某工程: the next sum of a list after the verb that won the first
            chosen = (self.catalog.by_code(previous.metric), "yuan", BEFORE // 2, previous.keyword)
        if chosen is None and q.unit == "yuan":
            chosen, keyword_end = self._standard_money_metric(q, clause_hits)
        self._continued = None
        if chosen is None and q.unit == "yuan":
            chosen, keyword_end = self._borrowed_money_metric(q, hits, c_start, c_end, previous)
            borrowed = chosen is not None
        if chosen is None and q.unit == "yuan" and self.r.ALLOT_BEFORE_RE.search(text, c_start, q.prefix_start):
            # 每个村安排20万元, 拿出13万元整修会议室: a sum no keyword names, given by the verb right before it
            chosen = (self.catalog.by_code("matching_funds"), "yuan", BEFORE // 2, "")
        continued = self._continued
        if chosen is None and q.unit == "mu" and not self.r.AREA_DESCRIPTION_RE.search(text, c_start, q.prefix_start) \
                and not (q.prefix_start == s_start or _PER_HEAD_BEFORE_RE.search(text, max(c_start, q.prefix_start - 7), q.prefix_start)) \
                and not (_LAND_OF_AFTER_RE.match(text, q.end) and not self.r.BUILD_VERB_RE.search(text, c_start, q.prefix_start)
                         and not self.r.RESULT_WORD_RE.search(text, c_start, q.prefix_start)):
            # (是700多亩山场的公益林补贴: land described by what it is or earns, not land planted; 人均放牧场N亩: the land
            # each villager has, whatever the land is called)
            chosen = (self.catalog.by_code("planting_area"), "mu", BEFORE, "亩")  # 建了10亩翠冠梨: mu is planted land
            borrowed = True
        if chosen is None and q.unit in ("count", "household", "person") and _LIFTED_AFTER_RE.match(text, q.end):
            # 剩余的31户、62人全部脱贫: the counts are the subject of the lifting out of poverty that closes the list
            unit = "household" if q.unit == "household" else "person"
            chosen, borrowed = (self.catalog.by_code("people_lifted_from_poverty"), unit, BEFORE // 2, "脱贫"), True
        if chosen is None and q.unit == "count" and q.counter in _ACTIVITY_COUNTERS \
                and _ACTIVITY_VERB_RE.search(text, c_start, q.prefix_start):
            # 召开院坝会90余场次, 发放宣传单3000余份, 举办培训班6期: the team's meetings, leaflets and sessions
            chosen, borrowed = (self.catalog.by_code("other"), "item", BEFORE // 2, ""), True
        if chosen is None and q.unit == "count" and q.classifier == "件" and _DEEDS_AFTER_RE.match(text, q.end) \
                and _DEED_VERB_BEFORE_RE.search(text, max(c_start, q.prefix_start - 3), q.prefix_start):
            # 替乡亲们办成N件揪心的事, 做了N件好事: deeds done for the village, counted before what they were
            chosen, borrowed = (self.catalog.by_code("problems_solved"), "item", BEFORE // 2, ""), True
        if chosen is None and q.unit == "count" and q.counter in self.r.BUILT_CLASSIFIERS \
                and self.r.BUILD_VERB_RE.search(text, c_start, q.prefix_start):
            # 打抗旱井12眼, 建休闲广场两处: a thing counted with its own classifier in a clause that builds it
            chosen, borrowed = (self.catalog.by_code("facilities_built"), "item", BEFORE // 2, ""), True
        if chosen is None and q.unit == "count" and q.counter in self.r.INSTALLED_CLASSIFIERS \
                and self.r.PURCHASE_VERB_RE.search(text, c_start, q.prefix_start) \
                and not _ONE_PERSON_RE.search(text, c_start, q.prefix_start):
            # 统一购买收割机、播种机等农机具9台套: machines bought for the village (not 他购买了两台…: a villager's own)
            chosen, borrowed = (self.catalog.by_code("other"), "item", BEFORE // 2, ""), True
        if chosen is None and q.unit == "count" and q.counter in self.r.COUNTED_CLASSIFIERS \
                and self.r.GOODS_VERB_RE.search(text, c_start, q.prefix_start) \
                and not _ONE_PERSON_RE.search(text, c_start, q.prefix_start):
            # 为村里争取到化肥80袋, 送去大米20袋: goods the work won, gave or bought for the village, counted (other)
            chosen, borrowed = (self.catalog.by_code("other"), "item", BEFORE // 2, ""), True
        if chosen is None and q.unit == "count" and c_start > s_start and not clause_hits \
                and (q.counter in self.r.BUILT_CLASSIFIERS or q.counter in self.r.INSTALLED_CLASSIFIERS
                     or (q.classifier == "个" and self._count_unit(q) is None)) \
                and _NOUN_ONLY_RE.fullmatch(text, c_start, q.prefix_start):
            # 安装路灯464盏，太阳能热水器950台: a noun and its count with no verb continue the list of things the
            # clause before built or installed (新建院墙N延长米，院门N个: or a length it worked on; 个 then
            # counts the noun before it, when that is no village, team or people's noun)
            p_start, _ = _clause_bounds(text, s_start, s_end, c_start - 1)
            if self.r.BUILD_VERB_RE.search(text, p_start, c_start) and any(
                    p_start <= other.prefix_start < c_start and other.unit in ("count", "km") for other in self._quantities):
                chosen, borrowed = (self.catalog.by_code("facilities_built"), "item", BEFORE // 2, ""), True
        if chosen is None and q.unit == "count" and q.counter in self.r.BUILT_CLASSIFIERS and (
                self.r.CLEARING_VERB_RE.search(text, c_start, q.prefix_start)
                or (q.prefix_start == c_start and self.r.RENOVATED_AFTER_RE.match(text, q.end, c_end))):
            # 全村共拆除危旧房418栋: old buildings cleared; 12栋民宅进行了外立面改造: buildings renovated
            chosen, borrowed = (self.catalog.by_code("other"), "item", BEFORE // 2, ""), True
        if chosen is None and q.unit == "household" and self.r.SIGNED_AFTER_RE.match(text, q.end) \
                and not _SIGNED_WITH_RE.search(text, c_start, q.prefix_start):
            # 有9户农民签订了代养合同: the households that signed up to the work's project (与2户村民签订协议:
            # the other party of the team's own agreement)
            chosen, borrowed = (self.catalog.by_code("other"), "household", BEFORE // 2, ""), True
        if chosen is None and q.unit == "person" and (text.find("工", q.end, q.end + 20) >= 0
                                                      or text.find("就业", q.end, q.end + 22) >= 0) \
                and self.r.WORKERS_AFTER_RE.match(text, q.end) and not self.r.BASELINE_RE.search(text, c_start, q.prefix_start):
            # 为100多名本村和周边村民增加务工收入, 吸引29名困难群众在家门口稳定就业: the people the work gave work to
            chosen, borrowed = (self.catalog.by_code("jobs_created"), "person", BEFORE // 2, "务工"), True
        if chosen is None and q.unit == "count" and q.classifier == "个" and (
                self.r.JOB_POST_AFTER_RE.match(text, q.end) or self.r.JOB_POST_BEFORE_RE.search(text, c_start, q.prefix_start)):
            # 公益性岗位25个, 提供120个就业岗位: a post one person fills, counted in 个, is that many jobs
            chosen, borrowed = (self.catalog.by_code("jobs_created"), "person", BEFORE // 2, "岗位"), True
        if chosen is None and q.unit == "household" and q.prefix_start - c_start >= 2 \
                and self.r.WORKS_FOR_HOUSEHOLDS_RE.search(text, c_start, q.prefix_start):
            # 危房改造12户: homes rebuilt or repaired, counted by the households living in them
            chosen, borrowed = (self.catalog.by_code("other"), "household", BEFORE // 2, ""), True
        if chosen is None and q.unit == "household" and _LEFT_BEFORE_RE.search(text, max(c_start, q.prefix_start - 3), q.prefix_start) \
                and _POOR_BEFORE_RE.search(text, c_start, q.prefix_start):
            # 90户贫困户只剩18户: the poor households left after the work, the count it brought the village down to
            chosen, borrowed = (self.catalog.by_code("other"), "household", BEFORE // 2, "剩"), True
        if chosen is None and q.unit == "household" and self.r.SOLVE_VERB_RE.search(text, c_start, q.prefix_start):
            # 解决群众饮水困难800户, 解决了300户的…问题: the households whose difficulty the work solved
            chosen, borrowed = (self.catalog.by_code("other"), "household", BEFORE // 2, ""), True
        if chosen is None and q.unit == "yuan" and (text.find("交", c_start, q.prefix_start) >= 0 or text.find("缴", c_start, q.prefix_start) >= 0) \
                and (_PAID_TO_VILLAGE_BEFORE_RE.search(text, c_start, q.prefix_start)
                     or (_PAID_BEFORE_RE.search(text, max(c_start, q.prefix_start - 4), q.prefix_start)
                         and _TO_VILLAGE_AFTER_RE.match(text, q.end))):
            # 承包户每年上交3万元租金给村里, 向村集体上缴承包费2万元: money paid to the village, its collective income
            chosen, borrowed = (self.catalog.by_code("collective_income_increase"), "yuan", BEFORE // 2, "上交"), True
        if chosen is None and q.unit == "km" and _NOT_BUILT_AFTER_RE.search(text, q.end, c_end):
            return None  # 一段长85米的路没有铺设: a length still to be built, the work negated after it
        if chosen is None and q.unit == "km":
            chosen = self._counted_noun(q, c_start, c_end)  # 修通N公里的“连心路”: the road its noun names
            if chosen is None:
                chosen = self._length_of_works(q, hits, c_start, s_start)
                borrowed = chosen is not None
        if chosen is None and q.unit in ("count", "person", "household", "yuan"):
            chosen = self._counted_noun(q, c_start, c_end)
            if chosen is not None and _in_quotation(q.prefix_start, self._open_quotes, self._close_quotes, text) \
                    and not self.r.BUILD_VERB_RE.search(text, c_start, q.prefix_start) \
                    and not self.r.RESULT_WORD_RE.search(text, c_start, q.prefix_start):
                chosen = None  # “再来3只鸡，…”: in speech, a thing counted with no verb of building or result is talk
            borrowed = chosen is not None
        if chosen is None and q.unit == "count" and q.classifier == "个" and _CADRES_VILLAGE_RE.match(text, q.end):
            # 400个第一书记所在村: the villages the cadres are posted to, those covered
            chosen, borrowed = (self.catalog.by_code("villages_covered"), "village", BEFORE, ""), True
        if chosen is None and q.unit == "count" and _counts_villages(self.r, text, q) \
                and self.r.DISPATCH_WORD_RE.search(text, s_start, s_end) and not self.r.HAMLET_AFTER_RE.match(text, q.end):
            # 选派干部驻村…，900个村(居)得到帮扶: villages counted in a sentence about the dispatch are those covered
            chosen = (self.catalog.by_code("villages_covered"), "village", BEFORE, "")
            borrowed = True
        if chosen is None and q.unit == "count" and text.find("对象", q.end, c_end) >= 0 and self._count_unit(q) == "village" \
                and _OBJECTS_AFTER_RE.match(text, q.end):
            # 确定800个…薄弱村作为扶持对象: the villages the programme takes on, those covered
            chosen, borrowed = (self.catalog.by_code("villages_covered"), "village", BEFORE // 2, "对象"), True
        cadres = _CADRES_AFTER_RE.match(text, q.end) if chosen is None and q.unit == "person" and q.value >= 2 else None
        if cadres and ((text[c_end: c_end + 1] in "，," and _INTO_VILLAGE_NEXT_RE.match(text, c_end + 1))
                       or _INTO_VILLAGE_NEXT_RE.match(text, cadres.end())):
            # 每期确定2名青年干部，入村配合驻村工作队开展帮扶: cadres whose going into the villages opens the next
            # clause; 3万余名干部将进驻4000个村: or follows them in theirs
            chosen, borrowed = (self.catalog.by_code("cadres_dispatched"), "person", BEFORE // 2, "入村"), True
        if chosen is None and q.unit == "person" and _TEAMS_OF_BEFORE_RE.search(text, max(c_start, q.prefix_start - 4), q.prefix_start) \
                and _CADRES_AFTER_RE.match(text, q.end):
            # 首批N个工作组的M名干部: the cadres of the teams counted just before, those sent
            chosen, borrowed = (self.catalog.by_code("cadres_dispatched"), "person", BEFORE // 2, "工作组"), True
        if chosen is None and q.unit == "person" and _CADRES_THEN_TEAMS_RE.match(text, q.end):
            # N名干部M个工作队覆盖…: the cadres counted before the teams they make up, those sent
            chosen, borrowed = (self.catalog.by_code("cadres_dispatched"), "person", 0, "干部"), True
        if chosen is None and q.unit == "person" and text.startswith("平均年龄", q.end + 1) and text[q.end] in "，,、":
            # 238人，平均年龄38.5岁——…他们作为首批帮促工作队队员: a roster's size, the cadres its sentence names
            roster = next((m for h in hits if h.start >= q.end for m in h.metrics
                           if m.kind == "dispatch" and m.unit == "person" and m.code != "cadres_paired"), None)
            if roster is not None:
                chosen, borrowed = (roster, "person", BEFORE // 2, "平均年龄"), True
        if q.unit == "count" and q.value >= 2 and _VILLAGES_SECRETARIES_RE.match(text, q.end) \
                and self._count_unit(q) == "village":
            # 某镇8个村的“第一书记”: the first secretaries counted by their villages, one a village
            chosen, borrowed = (self.catalog.by_code("first_secretaries_dispatched"), "person", 0, "第一书记"), False
        if chosen is None and q.unit == "count" and q.classifier in ("个", None) \
                and self.r.INCOME_OVER_BEFORE_RE.search(text, max(c_start, q.prefix_start - 30), q.prefix_start):
            # 集体经济收入超过10万元的村达到236个: the villages counted are those whose income passed the bound
            chosen, borrowed = (self.catalog.by_code("villages_income_over_50k"), "village", 0, "收入"), False
        if q.unit == "count" and self._count_unit(q) == "village" and self.r.INCOME_OVER_AFTER_RE.match(text, q.end):
            # 3个村的集体收入全部超过50万元: the villages counted are those whose income passed the bound
            chosen, borrowed = (self.catalog.by_code("villages_income_over_50k"), "village", 0, "收入"), False
        helped = self.r.HELPING_BEFORE_RE.search(text, max(c_start, q.prefix_start - 4), q.prefix_start) \
            if chosen is None and q.unit == "count" and self._count_unit(q) == "village" else None
        if helped and self.r.COMPLETION_RE.search(text, q.end, c_end):
            # 扶持N个村实施连片产业项目, with no keyword of villages in the clause: villages the work brought to a result
            chosen = (self.catalog.by_code("other"), "village", 0, helped.group(0))
        if chosen is None and q.unit == "count" \
                and self.r.VILLAGE_NOUN_BEFORE_RE.search(text, max(c_start, q.prefix_start - 6), q.prefix_start) \
                and (improved := self.r.IMPROVE_VERB_RE.search(text, c_start, q.prefix_start)) is not None \
                and not self.r.POSTING_VERB_RE.search(text, improved.end(), q.prefix_start) \
                and self._count_unit(q) == "village":
            # 建成生态宜居村N个: villages brought up to a class, counted after it, no keyword of villages in the clause
            chosen = (self.catalog.by_code("other"), "village", 0, improved.group(0))
        if chosen is None and q.unit == "count" and q.classifier == "个" \
                and _PARTY_BODY_BEFORE_RE.search(text, max(c_start, q.prefix_start - 6), q.prefix_start) \
                and (improved := self.r.IMPROVE_VERB_RE.search(text, c_start, q.prefix_start)) is not None:
            # 整顿软弱涣散党组织N个: village party bodies brought up to standard, counted after them
            chosen = (self.catalog.by_code("other"), "item", 0, improved.group(0))
        if chosen is None and q.unit in ("yuan", "percent") and c_start > s_start \
                and _REACHED_OPENING_RE.fullmatch(text, c_start, q.prefix_start) \
                and _REACHING_VERB_RE.search(text, c_start, q.start):  # (突破, 超过 may be read into the figure)
            chosen = self._subject_of_clause_before(q, hits, c_start, s_start)
        if q.unit == "count" and (chosen is None or chosen[0].code == "villages_covered") \
                and (over := _VILLAGES_ALL_OVER_RE.match(text, q.end)) is not None:
            # 12个村集体收入都达到5万元以上: the villages counted all over an income level
            chosen = (self.catalog.by_code("villages_income_over_50k"), "village", 0, over.group(0)[-6:])
        all_out = False
        if chosen is None and q.unit in ("household", "person") \
                and (_POOR_NOUN_RE.search(text, c_start, q.prefix_start) or _POOR_NOUN_RE.match(text, q.end)) \
                and (out := _ALL_OUT_LATER_RE.search(text, c_end, s_end)) is not None \
                and not any(ch.isdigit() for ch in _YEAR_RE.sub("", text[c_end: out.start()])):
            # 全村有贫困户74户296人，…已全部脱贫: the poor a place had, all out of poverty by a later clause (no profile)
            chosen, all_out = (self.catalog.by_code("people_lifted_from_poverty"), q.unit, 0, out.group(0)), True
        if chosen is None and q.unit == "count" and q.classifier == "个" and _TOWNSHIPS_AFTER_RE.match(text, q.end) \
                and _COVERS_BEFORE_RE.search(text, c_start, q.prefix_start) \
                and self.r.PROGRAMME_WORD_RE.search(text, s_start, s_end):
            # 工作队覆盖全省N个乡镇, 扎根N个乡镇: the townships the programme's teams cover, a dispatch figure the
            # vocabulary has no code for (villages covered counts villages)
            chosen = (_dispatch_other(self.catalog), "item", 0, "覆盖")
        if chosen is None and q.unit == "person" and text.endswith("在岗", 0, q.prefix_start) \
                and self.r.PROGRAMME_WORD_RE.search(text, s_start, s_end):
            # 累计选派…，目前在岗N万名: the programme's cadres in post now, counted right after 在岗 (在岗工人N名: the
            # workers a noun names are jobs, read by their keyword)
            chosen = (self.catalog.by_code("cadres_dispatched"), "person", 0, "在岗")
        if chosen is None and q.unit in ("household", "person", "person_time") \
                and self.r.REACHED_VERB_RE.search(text, c_start, c_end):
            # 覆盖农户N户N人, 解决N户N人的饮水难题, 为N位老人提供…, 义诊N人次: the people or households a work reaches,
            # with no keyword of their own, are an outcome of it (other)
            chosen, borrowed = (self.catalog.by_code("other"), q.unit, BEFORE, ""), True
        if chosen is None:
            return None
        metric, unit, gap, keyword = chosen
        if q.classifier == "任" and not (metric.kind == "dispatch" and keyword and text.find(keyword, q.end, q.end + 6) >= 0
                                         and _POST_BEFORE_RE.fullmatch(text, q.end, text.find(keyword, q.end, q.end + 6))):
            return None  # N任 counts the holders of the post named right after it (五任第一书记), nothing else
        if metric.kind == "outcome" and unit == "yuan" and _FUND_NAMED_AFTER_RE.match(text, q.end):
            # 每村N万元的“产业增收资金”: a sum named as a fund, the result word (增收) in the fund's name
            metric = self.catalog.by_code("matching_funds")
        if metric.kind == "outcome" and unit == "person" and _DOERS_AFTER_RE.match(text, q.end):
            return None  # 三人一同走访农户: the people counted do the visiting (the cadres), they are not those reached
        if metric.code == "income_increase" and unit == "yuan" and self._one_villagers_income(q, c_start, s_start, s_end):
            return None  # 45岁的某某…年收入50余万元, “上个月卖鸭蛋收入N元”村民某某说: one villager's own income
        if metric.code in ("planting_area", "income_increase") and self._named_villagers_own(q, s_start):
            return None  # 村民某某的家庭农场…N亩, 某村的某某种植了N亩: one villager's own land or income
        if unit == "mu" and _DAMAGED_AFTER_RE.match(text, q.end):
            return None  # N亩稻田被淹, N亩茶园缺水: land a disaster struck, no area planted
        if metric.code == "jobs_created" and text.startswith(_STAFF_NOUNS, q.end) \
                and _HAVING_BEFORE_RE.search(text, max(c_start, q.prefix_start - 4), q.prefix_start):
            return None  # 拥有N名员工的养蜂场主, 公司现有职工N人: the staff a business has, no jobs the work created
        if metric.code == "villages_covered" and self.r.PRESS_TOUR_RE.search(text, s_start, s_end):
            return None  # 采访团…深入15个贫困村挖掘报道: the villages a press tour visits, not those the programme covers
        if metric.code == "villages_covered" and (_VILLAGES_OUT_RE.match(text, q.end)
                                                  or self.r.STATUS_ENDING_BEFORE_RE.search(text, max(c_start, q.prefix_start - 4), q.prefix_start) or (
                (self.r.HELPING_BEFORE_RE.search(text, max(c_start, q.prefix_start - 4), q.prefix_start)
                 or self._helped_conjunct(q, c_start))
                and self.r.COMPLETION_RE.search(text, q.end, c_end))):
            # 帮助N个贫困村摘帽, 帮助N个软弱涣散村党组织完成整顿, 消除N个空壳村: villages the work brought to a result,
            # an outcome
            # (助推19个甲类村和53个乙类村…提升: the second count of the pair too)
            metric = self.catalog.by_code("other")
        if metric.code == "villages_covered" and self.r.VILLAGE_WORKS_AFTER_RE.match(text, q.end) \
                and self._works_verb_last(c_start, q.prefix_start) \
                and not (_BARE_COVERAGE_AFTER_RE.match(text, q.end) and self.r.DISPATCH_WORD_RE.search(text, s_start, q.prefix_start)):
            # (选派…，实现对N个村全覆盖: 全覆盖 with no works named, after a dispatch: the villages the cadres cover)
            metric = self.catalog.by_code("other")  # 完成N个贫困村道路硬化: villages counted by the works done in them
        if metric.code == "villages_covered" and text.find("有", c_start, q.prefix_start) >= 0 \
                and "贫困村" in text[c_start: q.end + 4] and _POVERTY_PROFILE_RE.search(text, s_start, s_end) \
                and not self.r.DISPATCH_WORD_RE.search(text, s_start, s_end):
            # 某县有贫困村N个，建档立卡贫困户M户，贫困发生率P%: the poor villages a place has, in its poverty profile,
            # no sending in the sentence: not the villages the cadres cover
            return None
        if metric.code == "villages_covered" and _VILLAGES_RANKED_RE.match(text, q.end) \
                and not self.r.DISPATCH_WORD_RE.search(text, c_start, q.prefix_start):
            # 3个村为一类贫困村: what the villages are, not those the programme covers (but 工作队进驻的5个村均为…:
            # the villages the team went to, whatever they are)
            return None
        if metric.code == "villages_covered" and text.find("对", c_start, q.prefix_start) >= 0 and _SURVEY_RE.search(text, q.end, s_end):
            metric = _dispatch_other(self.catalog)  # 对全市192个行政村展开摸底调查: the villages surveyed, not those covered
        if metric.code == "villages_covered":
            bodies = _BODY_BEFORE_RE.search(text, max(c_start, q.prefix_start - 8), q.prefix_start) \
                or _BODY_AFTER_RE.match(text, q.end)
            verb = None
            for verb in self.r.IMPROVE_VERB_RE.finditer(text, c_start, q.prefix_start):
                pass
            if bodies or (verb is not None and not self.r.POSTING_VERB_RE.search(text, verb.end(), q.prefix_start)) \
                    or _IMPROVED_AFTER_RE.match(text, q.end):
                # 整顿提升软弱涣散村党组织12个, 创建示范村30个, 确定的20个村级党组织: villages or their party bodies
                # the work improved, an outcome (N个后进村党支部得到提升: the improving verb after them, passive);
                # a count of bodies or townships (示范乡镇5个) counts items
                metric = self.catalog.by_code("other")
                if bodies:
                    unit = "item"
        if unit == "household" and metric.kind == "outcome" and (
                _PAIRED_BEFORE_RE.search(text, c_start, q.prefix_start) and not self.r.RESULT_WORD_RE.search(text, c_start, q.prefix_start)
                or text.endswith("与", 0, q.prefix_start) and _PAIRING_AFTER_RE.search(text, q.end, c_end)):
            # (干部与N户脱贫户实行结对帮扶: the households the cadres pair with, named after 与, the pairing after them)
            metric = _dispatch_other(self.catalog)  # 干部结对包扶贫困村112个、贫困户7650户: the households paired with cadres
        if metric.kind == "outcome" and self.r.THEN_OPENING_RE.match(text, s_start) \
                and not self.r.RESULT_WORD_RE.search(text, c_start, q.prefix_start):
            return None  # 刚来的时候，某村有…50户贫困户: the place as the cadres found it, not what they achieved
        if metric.code == "facilities_built" and q.classifier == "笔":
            return None  # 争取村部建设等5笔专项资金: sums of money counted by the 笔, no things built
        if metric.code == "facilities_built" and unit == "yuan" and _GIVEN_BEFORE_RE.search(text, c_start, q.prefix_start):
            metric = self.catalog.by_code("donation")  # 向某村捐赠了村服务中心建设经费8万元: a gift, whatever it builds
            # (带着N件物品和N万元的慰问款: money brought to the village with the goods)
        elif metric.code == "facilities_built" and unit == "yuan" and self.r.PURCHASE_VERB_RE.search(text, c_start, q.prefix_start) \
                and not any(m.group(0) not in self.r.PURCHASE_VERBS for m in self.r.BUILD_VERB_RE.finditer(text, c_start, q.prefix_start)):
            metric = self.catalog.by_code("matching_funds")  # 为某村购买N万元的电脑: money spent on goods for it, nothing built
        if unit == "percent" and _SHARE_OF_THE_POOR_AFTER_RE.match(text, q.end):
            return None  # 全县N%的低收入农户, M%的薄弱村: the share of a population that is poor, a profile
        if unit == "km" and _OTHER_DIMENSION_AFTER_RE.match(text, q.end) \
                and not _LINEAR_WORK_RE.search(text, c_start, min(len(text), q.end + 16)):
            return None  # 新建长30米、宽6米的桥梁一座: the size of one thing built, no length of works (全长2.6公里、宽4米的
            # 路面: a road's, a canal's or a pipe's length with its width is the length of the works)
        if unit == "km" and text.startswith("长的", q.end) and not self.r.BUILD_VERB_RE.search(text, c_start, q.prefix_start) \
                and not self.r.BUILT_AFTER_LENGTH_RE.match(text, q.end, c_end):
            return None  # 沿路1500米长的排水沟原来臭不可闻: the length of a thing described, no work done on it
        if metric.code == "donation" and any(not _RECEIVER_BEFORE_RE.search(text, c_start, m.start())
                                             for m in self.r.PEOPLE_GIVING_RE.finditer(text, c_start, q.prefix_start)):
            return None  # 村民自愿捐款7460元, 村民某某将300元捐款送到…: what villagers give, not money for the programme
            # (为N名困难学生捐款: the people after 为 and their count or modifiers receive it)
        if metric.kind == "outcome" and unit == "item" \
                and self.r.INSPECTED_BEFORE_RE.search(text, max(c_start, q.prefix_start - 12), q.prefix_start):
            return None  # 考察龙头企业十余家, 参观合作社5个: places gone to see, not what the work brought or built
        if (metric.kind == "outcome" or unit in ("person", "household", "village")) \
                and self.r.SCARCE_BEFORE_RE.search(text, max(c_start, q.prefix_start - 6), q.start):
            # 人均纯收入只有3700元, 人均不足0.6亩, 只有600多人的小村庄: how little there was, not a result or a dispatch
            return None
        if metric.kind == "outcome" and _BEFORE_A_YEAR_RE.search(text, c_start, q.prefix_start) \
                and not self.r.RESULT_WORD_RE.search(text, c_start, q.prefix_start):
            return None  # 2016年之前在册贫困户N户: the place as it was before a year, no result of the work
        if metric.kind == "outcome" and (self.r.LEVEL_BEFORE_RE.search(text, max(c_start, q.prefix_start - 12), q.prefix_start)
                                         or self.r.STANDARD_AFTER_RE.match(text, q.end)):
            return None  # 贫困发生率19%: the place as it was; 2500元/年的脱贫标准: a threshold, not a result
        if metric.kind == "outcome" and not all_out and not self.r.RESULT_WORD_RE.search(text, c_start, q.prefix_start) \
                and not (c_start > s_start and any(not text.startswith("建档", m.start())  # 建档立卡 builds nothing
                                                   for m in self.r.BUILD_VERB_RE.finditer(text, c_start, q.prefix_start))) \
                and not (unit in ("mu", "item") and _GROWING_BEFORE_RE.search(text, c_start, q.prefix_start)) \
                and (profile := self._profile_in(s_start, s_end)) is not None \
                and not (profile.start() >= c_end and keyword and text.find(keyword, q.end, c_end) >= 0
                         and ends_with_verb(keyword)) \
                and not (profile.start() >= c_end and _FROM_TO_RE.search(text, c_start, q.prefix_start)) \
                and not self._then_and_now(s_start, c_start) \
                and not self._built_area_clause(profile.start(), s_start, s_end) \
                and not (c_start > s_start and _HELPED_BY_RE.search(text, max(s_start, c_start - 30), c_start)):
            # 全村共有脱贫户48户, 总户数300户…人均纯收入2100元: the place as it is, not what the work achieved (but
            # 开展对1187户村民的走访，对全村13平方公里…: the figure's own clause names the work after it (a verb), and the
            # place is described only in a later clause; nor 人均收入从X元增长至Y元，…常住人口回升: a rise from one
            # figure to another in its own clause is a change the work made, whatever later clauses describe; nor
            # 当地产业以水果为主，…，新修农机路N公里: a later clause of its own that builds something; nor 在驻村工作队
            # 帮扶下，人均收入达N元: a figure the clause before credits to the work's help; nor 2014年人均收入不到N元，
            # 到2021年末，人均收入增至M元: the sentence's then and now, the later year's figure what the years of work made)
            return None
        if unit == "mu" and self.r.BASELINE_RE.search(text, c_start, q.prefix_start) \
                and not self.r.RESULT_WORD_RE.search(text, c_start, q.prefix_start) \
                and not _RISE_RE.search(text, c_start, q.prefix_start):
            return None  # 村里拥有果园800亩: land the place has in its own clause, with no result or rise, is no planting
        if unit == "mu" and (held := _LAND_HELD_BEFORE_RE.search(text, max(c_start, q.prefix_start - 8), q.prefix_start)) \
                and (held.group("noun") or _LAND_NOUN_AFTER_RE.match(text, q.end)):
            return None  # 某村有N亩地: the land a village has, counted right after it, is no planting (but 村里有N亩
            # 水稻种植基地: a base, what the work made of the land)
        if unit == "mu" and q.value == 1 and _SUM_PER_ONE_AFTER_RE.match(text, q.end):
            return None  # 村民每流转1亩地可获得N元: one unit the sum after it is reckoned on, a rate, no area
        trained = metric.kind == "dispatch" and metric.code != "cadres_trained" and unit == "person" \
            and self.r.TRAINING_RE.search(text, q.end, c_end)
        if trained and not self.r.POSTING_VERB_RE.search(text, q.end, trained.start()):
            metric = self.catalog.by_code("cadres_trained")  # 对N名选派干部进行集中培训: the cadres trained, not sent
        if metric.kind == "dispatch" and unit == "person" and q.classifier == "人" and _TEAM_SIZE_RE.match(text, q.end) \
                and keyword != "组成":
            return None  # 组建5人工作队12支: the size of each team, not a count of members sent
        reporter = metric.kind == "dispatch" and text.find("记者", s_start, q.prefix_start) >= 0 \
            and _REPORTER_GOES_RE.search(text, s_start, q.prefix_start) is not None  # (read for dispatch figures only)
        if metric.kind == "dispatch" and unit == "village" and (
                self.r.STORY_NOT_VISIT_RE.search(text, q.end, c_end) or reporter):
            return None  # 记者分赴N个村采访, 记者…走访了6个村庄: the villages a story visits, not villages covered
        if metric.kind == "dispatch" and unit == "person" and q.value <= 10 \
                and (self.r.STORY_VERB_RE.search(text, s_start, q.prefix_start) or reporter):
            return None  # 记者采访两位第一书记, 记者走访了某村的两位: the people of the story, not a dispatch
        if unit == "household" and q.chinese and q.value <= 10 and _ON_THE_WAY_RE.search(text, c_start, q.prefix_start) \
                and _HOMES_AFTER_RE.match(text, q.end):
            return None  # 正在前往…两户贫困户家的路上: a few homes the story's cadre is going to, no figure
        if metric.kind == "dispatch" and unit == "person" and q.chinese and q.value <= 10 and q.classifier != "任" \
                and not self.r.POSTING_VERB_RE.search(text, s_start, s_end):
            return None  # 与另外两名驻村第一书记一起…: a few cadres named in words, no posting in the sentence: the story's people
            # (五任第一书记: holders of the post one after another, counted by their postings)
        if not by_level and q.unit != "yuan" and text[c_start: c_start + 2] == "其中" and not (
                metric.kind == "dispatch" and self.r.SENDING_LEVEL_RE.search(text, c_start, q.prefix_start)):
            prior = previous if previous is not None and previous.metric == metric.code and previous.unit == unit \
                else self._last_by_metric.get((metric.code, unit))
            if prior is not None and prior.char_start < c_start and (prior is previous or q.value < prior.value):
                return None  # 种植花椒320亩，其中脱贫户种植120亩; 。其中甲、乙村3个: a part of the figure given
        if unit == "yuan" and metric.kind == "funding" and _ORDER_AFTER_RE.match(text, q.end):
            metric = self.catalog.by_code("other")  # 争取到10万元的服装订单: the value of an order won, sales, not funds
        purpose = _PURPOSE_AFTER_RE.match(text, q.end) if metric.kind == "outcome" and unit == "yuan" else None
        # 租金1万元，3千元用于增加村集体收入: money that goes to the collective as its income stays income
        to_income = purpose is not None and metric.code == "collective_income_increase" \
            and _COLLECTIVE_INCOME_PURPOSE_RE.match(text, purpose.end()) is not None
        if not to_income and metric.kind == "outcome" and unit == "yuan" and (
                purpose or (text.find("支", c_start, q.prefix_start) >= 0 or text.find("从", c_start, q.prefix_start) >= 0)
                and _FROM_FUND_BEFORE_RE.search(text, max(c_start, q.prefix_start - 24), q.prefix_start)):
            # 帮扶35万元用于修建村委会, 从帮扶资金中列支20万元修建步道: money given for a purpose or spent out of a
            # fund is money put in, whatever it builds
            metric = self.catalog.by_code("matching_funds")
        if metric.code == "facilities_built" and unit == "yuan" and (
                text.startswith("项目", q.prefix_start - 2)
                or (text.startswith("的", q.end) and _WORKS_NAMED_AFTER_RE.match(text, q.end))):
            # 推动落地各类项目5000余万元, 总造价30万元的管网改造工程: the money of the projects or works the village
            # got, funds won for it, not the cost of one site a build verb after the amount names
            metric = self.catalog.by_code("funds_secured")
        if metric.code == "living_subsidy" and len(keyword) <= 2 and q.unit == "yuan" and (not any(
                self.r.HOLDER_OF[m.group(0)] == "person" for m in self.r.HOLDER_RE.finditer(text, s_start, s_end))
                or self._granted_by_organ(q, keyword, c_start)):
            # 交通部门补助45万元, 为危房改造户每户补助1.5万元: a bare subsidy word in a sentence that names no cadre
            # is aid to the village or its households, not a cadre's living allowance; 第一书记协调县交通局补助30万元:
            # an organ's grant, whoever won it
            metric = self.catalog.by_code("matching_funds")
            handed = text.find("发放", c_start, q.prefix_start)
            if handed >= 0 and text.find("每户", c_start, handed) >= 0:
                # 为56户贫困户每户发放困难补贴600元: money handed to each household, what they got (other), not
                # money put into the programme
                metric = self.catalog.by_code("other")
        if metric.code in _SECURED_FROM and q.unit == "yuan" and (
                self.r.SECURED_MONEY_RE.search(text[c_start: q.prefix_start])
                or (metric.code == "matching_funds" and self.r.SECURED_VERB_RE.search(text, c_start, q.prefix_start))):
            metric = self.catalog.by_code("funds_secured")  # 争取帮扶资金3460万元: won for the villages, not allocated
        elif metric.code == "people_trained" and text.find("接待", c_start, q.prefix_start) >= 0:
            metric = self.catalog.by_code("other")  # 接待参观学习人员500人次: visitors the village received, no trainees
        elif metric.code == "people_trained" and any(
                m.code == "cadres_trained" for h in hits if h.end <= q.prefix_start for m in h.metrics):
            metric = self.catalog.by_code("cadres_trained")  # 驻村干部培训3期，培训216人次: the trainees are the cadres
        if q.value <= 1 and q.unit not in ("yuan", "km", "mu", "percent") and gap > 0 and not _listed_in_words(q) \
                and not _household_with_members(text, q):
            return None  # a tally of one only right after its keyword: 引进项目1个 (but 1户3人脱贫: a household and its members)
        if metric.code == "people_lifted_from_poverty" and _CADRE_BEFORE_RE.search(text, c_start, q.prefix_start):
            return None  # 从帮扶一线提拔使用干部23名: cadres counted, never people lifted out of poverty
        if metric.code == "other" and unit == "item" and (hamlet := self.r.HAMLET_AFTER_RE.match(text, q.end)) \
                and hamlet.end() - q.end <= 6:
            return None  # 解决了9个村民小组的饮水问题: the parts of a village a work reached, counted, is no result of its own
        if unit == "household" and metric.kind == "outcome" \
                and _MAKEUP_OF_HOUSEHOLDS_RE.search(text, s_start, q.prefix_start) is not None \
                and not self.r.BENEFICIARY_VERB_RE.search(text, s_start, q.prefix_start):
            return None  # 某村N户人家，其中贫困户M户: the make-up of a place's households, no work done for them
        if metric.kind == "outcome" and (self._one_person_own(c_start, q.prefix_start, _ONE_FAMILY_RE)
                                         or self._family_quote_own(s_start, q.prefix_start)):
            return None  # 他家每年有9万元的收入, 家里养了200多只羊: one family's own, not what the work did
        if metric.kind in ("funding", "outcome") and _TO_ME_RE.search(text, c_start, q.prefix_start) \
                and not _PROGRAMME_GIVER_RE.search(text, c_start, q.prefix_start) \
                and (opened := text.rfind("“", max(0, s_start - 200), q.prefix_start)) >= 0 \
                and text.find("”", opened, q.prefix_start) < 0 and text.find("\n", opened, q.prefix_start) < 0:
            return None  # “…。乡里给我补助了N元”: a villager quoting what his household was granted (the quote may
            # open a sentence or two before), no programme money
        if metric.code == "other" and metric.kind == "outcome" and q.chinese and q.value <= 10 \
                and not self.r.BUILD_VERB_RE.search(text, c_start, q.prefix_start) \
                and not _PLANTING_VERB_RE.search(text, c_start, q.prefix_start):
            return None  # 家喂的两头牛, 租下两间民房: a small count in words that no metric names and no verb builds or
            # plants (种下两棵杏树 stays) is the story's detail
        region, region_source = self._region(q, c_start, s_start, article, running, article_place)
        if region is not None and region.level in ("province", "city", "county") and metric.kind != "dispatch" \
                and running is not None and running.level == "village" \
                and not any(p.start == region.start for p in self._places_in(s_start, q.prefix_start)) \
                and _THIS_VILLAGE_RE.search(text, q.end, s_end):
            # 市某支队…多方筹措N万元用于…，帮助该村: a scope word of a helping organ before the sum, the village
            # the story is about named by 该村 after it: the sum is that village's, not the organ's division's
            region, region_source = running, "running"
        if split_of is not None and split_of.region and (region is None or not any(
                p.start == region.start for p in self._places_in(c_start, q.prefix_start))):
            # N名第一书记里，省直单位派出M名、县直单位派出K名: a part by sending level goes where its total went; the
            # level names who sent it, not the ground
            region = Place(q.prefix_start, q.prefix_start, split_of.region, split_of.region_level)
        if region is None:
            # 修建道路3公里，惠及某村500余户: on a page that names no county, nothing before the figure, the place
            # its own sentence names after it, else the village the article is about
            later = [a for a in self._sentence_anchors or () if a.pos >= q.end and not a.bracketed
                     and a.kind in ("place", "cadre")]
            if later:
                region, region_source = later[0].place, "sentence"
            else:
                region = self._home_village(article)
        if metric.kind != "dispatch" and metric.code not in _CADRE_PROVISIONS \
                and region_source in ("article", "running") and region is not None \
                and region.level in ("province", "city"):
            home = self._home_village(article)
            if home is not None and home.start < q.prefix_start:
                # a village story whose sentence names no place: the work done is the village's, not the
                # province's or city's named in the article's opening (once the story has named its village: a
                # city's summary before the story starts stays the city's)
                region, region_source = home, "running"
        if metric.kind == "dispatch" and (region is None or region.level != "country") \
                and q.value >= _NATIONAL_SIZE.get(unit, float("inf")):
            # 21万支工作队，260万名驻村干部: more teams or cadres than any province has sent are the country's
            region, region_source = Place(q.prefix_start, q.prefix_start, "全国", "country"), "unresolved"
        if q.value >= _TOO_MANY_FOR_A_VILLAGE.get(metric.code, float("inf")) \
                and region is not None and region.level == "village":
            # N名第一书记一同直播, 首批N个工作组…, told in one cadre's village: a village has one first
            # secretary and one team at a time, so many of them are the county's (else the village's township's,
            # else the page's place)
            above = article_place or self._above_village(region, article_place)
            region = above if above is not region else self.doc_place
        if region is not None and region.name in self.donors:
            region = self.donors[region.name]  # 甲市对口帮扶乙市: the page's figures are the aided city's
        if unit == "yuan" and region is not None and region.level in ("province", "city") and region_source == "clause" \
                and self._from_another_province(region) and self._funder_before(q):
            # 某市拨付N万元, on a page about a village of another province: the money comes from the donor, it goes
            # to the story's village (else the page's own place)
            home = self._home_village(article)
            region, region_source = (home, "running") if home is not None else (article_place or region, "article")
        if unit == "yuan":
            # 争取资金20万元用于某村道路: money named for a place right after it is that place's, not the place of
            # the team that won it or of an earlier clause
            destination = self.r.MONEY_DESTINATION_RE.match(text, q.end)
            if destination is not None:
                after = self._chain_from(destination.end())  # 对口帮扶某县某村: the chain of places, down to the last
                if after is not None:
                    region, region_source = self._holder(Anchor(after.start, after, "place", after.end),
                                                         [], s_start, article_place), "clause"
                elif region is not None and region_source == "clause" and region.level in ("province", "city", "county") \
                        and self._funder_before(q) and not any(
                            self.r.SCOPE_LEVEL[m.group("free") or m.group("organ")] != "village"
                            for m in self._scope_words(destination.end(), self._clause(q.end)[1])):
                    home = self._home_village(article)
                    if home is not None:
                        # 某市投入50万元用于加强党建阵地建设, 县财政拨付30万元用于该村道路, in a story about one village:
                        # the city (county) gives the money, the story's village is where it goes
                        region, region_source = home, "running"
        if metric.kind == "outcome" and region is not None and region_source == "sentence" \
                and region.level in ("province", "city", "county") and self._gives_earlier_sum(q):
            home = self._home_village(article)
            if home is not None:
                # 某市拨付N万元用于…，建成N个活动室, in a story about one village: the division gives the money
                # of the sentence's first clause; the works its later clauses count are the village's
                region, region_source = home, "running"
        if metric.kind != "dispatch" and region is not None and region.level in ("province", "city", "county") \
                and (pair := _FOR_THE_VILLAGES_RE.search(text, s_start, q.prefix_start)) is not None:
            # 某委加大投入，为两村种植…、新建N座公厕: the villages the work is for, named before, not the helper's division
            named = [p for p in self._places_in(article.start, pair.start()) if p.level == "village"]
            villages = list(dict.fromkeys(p.name for p in named))
            wanted = villages[-2:] if pair.group("two") else villages[-1:]
            towns = {self.village_township.get(v) for v in wanted}
            if len(wanted) == 2 and len(towns) == 1 and None not in towns:
                region, region_source = Place(pair.start(), pair.end(), towns.pop(), "township"), "clause"
            elif wanted:
                region, region_source = next(p for p in reversed(named) if p.name == wanted[-1]), "clause"
        if metric.kind == "funding" and region is not None and region.level in ("province", "city", "county", "township") \
                and (used := _FUNDS_USED_IN_RE.match(text, q.end, s_end)) is not None \
                and (found := self._destination(used.end())) is not None \
                and LEVEL_RANK.get(found.level, 0) > LEVEL_RANK.get(region.level, 0):
            # 某镇筹措N万元，款项全部用于某县某村村部: the sum goes to the place it is used in
            region, region_source = found, "clause"
        if metric.kind == "dispatch":
            destination = self.r.DESTINATION_RE.match(text, q.end)
            if destination is None and keyword == "单位":
                # 137个区直机关、企事业单位对某盟…开展帮扶: the place the units aid, named right after 对
                destination = _UNITS_AIDING_RE.match(text, q.end)
            if destination is not None:
                found = self._destination(destination.end())
                if found is None and (named := _NAMED_AFTER_NOUN_RE.match(text, destination.end())) is not None:
                    found = self._destination(named.end())  # 到国家级贫困村——某市某县某村: the noun, then its name
                if found is None and text[destination.end(): destination.end() + 1] == "该":
                    # 前往该县…: the division of that level named last before, the one the cadres were sent to
                    level = _ANAPHOR_LEVEL.get(text[destination.end() + 1: destination.end() + 2])
                    found = next((p for p in reversed(self._places_in(article.start, q.prefix_start)) if p.level == level),
                                 None) if level else None
                if found is not None:
                    region, region_source = found, "clause"
            elif (posted := _POSTED_TO_MODIFIER_RE.match(text, q.end)) is not None \
                    and (found := self._destination(posted.end())) is not None and text.startswith("的", found.end):
                # 30名派驻某县的干部: the place the cadres counted are posted to, in the phrase that qualifies them
                region, region_source = found, "clause"
            elif region_source in ("running", "article") and (ground := _GROUND_AFTER_RE.match(text, q.end)) is not None:
                # 某高校陆续派驻N名干部，在某县…, 派驻干部N人次，为某县…: a sentence that names no place before its
                # count names the ground the cadres work on in the clause after it, not the place of the sentence before
                found = self._destination(ground.end())
                if found is not None:
                    region, region_source = found, "clause"
        if region is not None and region.level in ("county", "township", "village") \
                and region_source in ("running", "article") and _too_large_for_county(unit, q.value):
            # N万名党员干部与…结对帮扶 after a county's or a village's example, on a page that names the province:
            # more than a county has, carried over from no place of its own: the province's figure (a page that
            # names no province keeps the county, and the review signal too_large_for_county sends it to review)
            county = region if region.level == "county" else self.county
            provinces = {d.province for d in county.divisions if d.province} if county is not None else set()
            named = provinces & {p.name for p in self.places if p.level == "province"}
            if len(named) == 1:
                region = Place(region.start, region.start, named.pop(), "province")
        if unit == "village" and q.value >= 2 and region is not None and region.level == "village":
            towns = {self.village_township.get(p.name) for p in self._places_in(s_start, q.prefix_start)
                     if p.level == "village"} - {None}
            if len(towns) >= 2 and article_place is not None:
                region = article_place  # 甲镇某村、乙镇某村等10个村: villages of several townships, the county's
            else:
                region = self._above_village(region, article_place)  # a count of villages is not about one of them
        if unit == "village" and q.value >= _MORE_VILLAGES_THAN_A_TOWNSHIP and region is not None \
                and region.level == "township" and (self.township_county.get(region.name) or self.county) is not None:
            # 给N个贫困村都派了队长…, told from one township's village: more villages than a township has are its county's
            region = self.township_county.get(region.name) or self.county
        if self._years[0] != (s_start, s_end):
            self._years = ((s_start, s_end), list(_YEAR_RE.finditer(text, s_start, s_end)))
        years = self._years[1]
        before_years = [m for m in years if m.end() <= q.prefix_start]
        year = int((before_years[-1] if before_years else years[0]).group(1)) if years else None
        if before_years and _FROM_VALUE_RE.search(text, before_years[-1].end(), q.prefix_start) and any(
                before_years[-1].end() <= other.prefix_start < q.prefix_start for other in self._quantities):
            year = None  # 由2020年的3万元增加到21.5万元: the year dates the figure the rise started from
        confidence, reading, signals = self._confidence(q, gap, keyword, borrowed, region, region_source, role, article,
                                                        c_start, c_end, metric, unit, hits)
        ev_start, ev_end = max(s_start, q.prefix_start - 50), min(s_end, q.end + 50)
        basis = _basis(self.r, text, q, c_start, metric, s_end, keyword_end, self._quantities)
        if continued is not None and continued.basis and not (q.rate or _rate_in(self.r, text[c_start: q.end + 3])
                                                              or self.r.TOTAL_RE.search(text, c_start, q.prefix_start)):
            basis = continued.basis  # 共投入120万元，其中…群众投工投劳折资8万元: a part of a sum states no rate of its own
        if unit == "person_time" and q.counter == "次" and metric.code != "households_visited":
            unit = "item"  # 上党课20次, 19次到村调研: times a thing was done are items; person-times are written 人次
            # (入户走访N次 stays: each visit is one household's, a household-time)
        return Fact(
            kind=metric.kind, metric=metric.code, value=q.value, unit=unit,
            basis=basis, qualifier=q.qualifier,
            region=region.name if region else None, year=year,
            evidence=text[ev_start:ev_end].strip(), char_start=q.prefix_start, char_end=q.end,
            confidence=confidence,
            region_level=region.level if region else None, article=article.index, keyword=keyword, signals=signals,
            reading=reading,
        )

    def _destination(self, pos: int) -> Place | None:
        """The place a dispatch went to, written at `pos` (right after its verb), the last of a chain (某市某县); a
        list of places of one level there (赴甲地区、乙地区) stands for the one division above that holds them all, else
        for the first. A trip
        to learn (到某州参观学习) goes nowhere the cadres are posted."""
        listed: list[Place] = []
        chain: list[Place] = []  # the divisions of the first destination, from the highest written
        if (scope := self.r.SCOPE_RE.match(self.text, pos)) is not None and scope.group("free") \
                and any(p.start == scope.end() for p in self._places_in(scope.end(), scope.end() + 12)):
            pos = scope.end()  # 入驻我县某镇某村: the page's own division, then the places in it the cadres went to
        for p in self._places_in(pos, pos + 40):
            if p.start != pos or self._trip_place(p):
                break
            if listed and p.level != listed[0].level:
                if len(chain) > 1 and len(listed) == 1 and self.text[p.start - 1: p.start] in _LIST_JOINERS:
                    # 进驻甲县乙镇丙村和丁镇戊村: a second destination opening on a level the first chain wrote above
                    # its end stands with it for the lowest division of that chain above the level it opens on
                    above = [c for c in chain if LEVEL_RANK.get(c.level, 0) < LEVEL_RANK.get(p.level, 0)]
                    if above:
                        return above[-1]
                if len(listed) > 1 or LEVEL_RANK.get(p.level, 0) <= LEVEL_RANK.get(listed[0].level, 0) \
                        or p.start != listed[0].end:
                    break
                listed[0] = p  # 前往某市某县: a chain of divisions, the figure's place is the one it closes
                chain.append(p)
                pos = p.end + (self.text[p.end: p.end + 1] in _LIST_JOINERS)
                continue
            listed.append(p)
            chain = chain or [p]
            pos = p.end + (self.text[p.end: p.end + 1] in _LIST_JOINERS)
        if len(listed) < 2:
            return listed[0] if listed else None
        if listed[0].level == "township":
            # 至甲镇、乙乡、丙街道等N个乡镇: townships listed as where cadres went stand for the county the page writes
            # them in, else the page's own county
            counties = {self.township_county[p.name].name: self.township_county[p.name]
                        for p in listed if p.name in self.township_county}
            return next(iter(counties.values())) if len(counties) == 1 else self.county or listed[0]
        if listed[0].level == "village":
            # 分别到甲村和乙村: villages the page places in one township stand for that township
            towns = {self.village_township.get(p.name) for p in listed}
            town = towns.pop() if len(towns) == 1 else None
            return Place(listed[0].start, listed[-1].end, town, "township") if town else listed[0]
        parent = "province" if listed[0].level == "city" else "city" if listed[0].level == "county" else None
        names = {getattr(d, parent) for p in listed for d in p.divisions} if parent else set()
        name = names.pop() if len(names) == 1 else None
        if name is None or name not in load_divisions():  # 省直辖县级行政区划: a statistical label, no division
            return listed[0]
        return Place(listed[0].start, listed[-1].end, name, parent, load_divisions()[name])

    def _solved_described(self, q: Quantity, hit: KeywordHit) -> bool:
        """The count names the keyword after a description of it that ends in 的: problems right after a solving
        verb (解决了6个长期困扰群众的难题), or people whose description ends in a post (五位某集团省派的第一书记)."""
        if _DESCRIBED_NOUN_RE.fullmatch(self.text, q.end, hit.start) is None:
            return False
        if q.unit == "person":
            return any(m.kind == "dispatch" and m.unit == "person" for m in hit.metrics)
        return self.r.SOLVED_COUNT_BEFORE_RE.search(self.text, max(0, q.prefix_start - 3), q.prefix_start) is not None

    def _money_noun_after(self, q: Quantity, hits: list[KeywordHit]) -> bool:
        """30万的分红, 50万的可分配利润, 6万收入: a sum in 万 written without 元, whose noun right after it or after
        的 (a few characters of modifier at most) is a keyword of a sum of money."""
        if not self.text.startswith("的", q.end):
            return any(h.start == q.end and any(m.unit == "yuan" for m in h.metrics) for h in hits)
        return any(q.end < h.start <= q.end + 5 and not _CLAUSE_BREAK_RE.search(self.text, q.end, h.start)
                   and any(m.unit == "yuan" for m in h.metrics) for h in hits)

    def _money_noun_before(self, q: Quantity, hits: list[KeywordHit]) -> bool:
        """集体收入达到12万, 收入均6万以上: a sum in 万 written without 元, a few characters after a keyword of a sum of
        money in its clause (a verb of reaching or 均 between at most)."""
        return any(h.end <= q.prefix_start and _REACHING_GAP_RE.fullmatch(self.text, h.end, q.prefix_start)
                   and any(m.unit == "yuan" for m in h.metrics) for h in hits)

    def _granted_by_organ(self, q: Quantity, keyword: str, c_start: int) -> bool:
        """The subsidy word follows an organ's name (县移民办补助, 某局拨付) and the sum states no rate per head or
        per day: a grant of that organ, not an allowance."""
        text = self.text
        at = text.rfind(keyword, c_start, q.prefix_start)
        return at > 0 and _GRANTING_ORGAN_BEFORE_RE.search(text, max(c_start, at - 4), at) is not None \
            and not q.rate and not _PER_RATE_RE.search(text, c_start, q.end)

    def _listed_cadres(self, q: Quantity, clause_hits: list[KeywordHit], c_start: int) -> tuple[Metric, str, int, str] | None:
        """A head count of cadres later in a list a dispatch keyword opens (选派20名处级领导、20个部门的120名领导干部;
        有200个扶贫工作组、650名机关干部在农村…): cadres sent, too far from the keyword for its own reach."""
        text = self.text
        for hit in reversed(clause_hits):
            if hit.end <= q.prefix_start and text.find("、", hit.end, q.prefix_start) >= 0 \
                    and any(m.kind == "dispatch" and m.unit in ("person", "team") for m in hit.metrics):
                person = next((m for m in hit.metrics if m.kind == "dispatch" and m.unit == "person"
                               and m.code not in ("first_secretaries_dispatched", "team_members_dispatched")), None)
                return person or self.catalog.by_code("cadres_dispatched"), "person", BEFORE // 2, hit.keyword
        return None

    def _helped_conjunct(self, q: Quantity, c_start: int) -> bool:
        """The count is joined by 和/、/及 to a count of villages right after a helping verb (助推N个…村和M个…村)."""
        text = self.text
        if text[q.prefix_start - 1: q.prefix_start] not in ("和", "、", "及", "与"):
            return False
        first = next((o for o in reversed(self._quantities) if c_start <= o.prefix_start and o.end < q.prefix_start), None)
        return first is not None and first.unit == "count" and self._count_unit(first) == "village" \
            and self.r.HELPING_BEFORE_RE.search(text, max(c_start, first.prefix_start - 4), first.prefix_start) is not None \
            and not _CLAUSE_BREAK_RE.search(text, first.end, q.prefix_start - 1)

    def _composition_norm(self, q: Quantity, s_start: int, s_end: int) -> bool:
        """由1名第一书记、2名及以上队员组成: the make-up every team must have, a bound among its counts (a count the
        number reader qualifies at_least or at_most: 及以上, 不少于): a norm, no figure of people sent."""
        text = self.text
        by = text.rfind("由", max(s_start, q.prefix_start - 30), q.prefix_start)
        made = text.find("组成", q.end, min(s_end, q.end + 30))
        return by >= 0 and made >= 0 and any(by < o.prefix_start and o.end <= made and o.qualifier in ("at_least", "at_most")
                                             for o in self._quantities)

    def _one_team_of(self, q: Quantity, c_start: int) -> bool:
        """The count is the people a team is made of (由N名…组成的…工作队, …组成N人工作组, N支工作队共有M人), not a
        size per team."""
        text = self.text
        if text.find("组成", max(c_start, q.prefix_start - 4), q.end + 12) < 0:
            # 5支工作队共有15人, 工作队一行N人: the people the teams just named hold, all of them
            return _TEAMS_HOLD_BEFORE_RE.search(text, max(c_start, q.prefix_start - 7), q.prefix_start) is not None
        if "由" in text[max(c_start, q.prefix_start - 2): q.prefix_start]:
            return _MADE_OF_AFTER_RE.match(text, q.end) is not None
        if q.classifier in ("名", "人") and _FORMED_OF_AFTER_RE.match(text, q.end):
            return True  # N名干部组成的“某某工作队”: the people the team named after them is made of
        return q.classifier == "人" and _MAKES_UP_BEFORE_RE.search(text, max(c_start, q.prefix_start - 4), q.prefix_start) \
            is not None and _TEAM_SIZE_RE.match(text, q.end) is not None and _TEAM_COUNT_AFTER_RE.match(text, q.end) is None

    def _money_result(self, c_start: int, c_end: int) -> bool:
        """The clause says money was recovered or saved (追回, 节省) for the people, not by one person (他省下…)."""
        clause = self.text[c_start: c_end]
        if not any(ch in clause for ch in self.r.MONEY_RESULT_CHARS):
            return False
        found = self.r.MONEY_RESULT_RE.search(clause)
        return found is not None and _ONE_PERSON_RE.search(clause, 0, found.start()) is None

    def _counted_noun(self, q: Quantity, c_start: int, c_end: int) -> tuple[Metric, str, int, str] | None:
        """A count no keyword names, read by what it counts: the noun phrase after its classifier
        (30盏太阳能路灯, 20名“十四五”…“第一书记”), or, with none after, the one before the number (绿植1500株,
        破旧房屋12栋). The phrase's head (its last head word, seeds kind thing_head) gives the metric; a count of
        things is an item, a count of people only counts for a metric of people. A clause stating what there
        is (共有, 原有) counts no things done."""
        text = self.text
        # a length names what it measures after its width and 的 (N公里N米宽的村道, N公里的“连心路”)
        lead = _WIDTH_AFTER_RE.match(text, q.end, c_end) if q.unit == "km" else None
        after_at = lead.end() if lead else q.end
        after = _NOUN_AFTER_RE.match(text, after_at, c_end) if q.unit != "yuan" else None  # money names what it is before
        phrase = _QUOTES_RE.sub("", after.group(0)) if after else ""
        heads = list(self.r.THING_HEAD_RE.finditer(phrase))
        if after is not None and not heads and text.startswith("的", after.end()):
            # 260名驻村工作组的干部: the phrase runs on past 的 where the seed writes a head with it (工作组的干部)
            more = _NOUN_AFTER_RE.match(text, after.end() + 1, c_end)
            joined = phrase + "的" + (more.group(0) if more else "")
            heads = [m for m in self.r.THING_HEAD_RE.finditer(joined) if "的" in m.group(0)]
            phrase = joined if heads else phrase
        if not phrase:
            before = _NOUN_BEFORE_RE.search(text, max(c_start, q.prefix_start - 8), q.prefix_start)
            phrase = before.group(0) if before else ""
            linked = self.r.LINKING_END_RE.search(phrase)
            if linked and linked.start() > 0:
                phrase = phrase[: linked.start()]  # 年销售额达300万元: the noun before a linking word
            heads = [m for m in self.r.THING_HEAD_RE.finditer(phrase) if m.end() == len(phrase)]
        if q.unit in ("person", "household"):
            # 35户建档立卡户参加合作社: people or households are counted by the head that names people or households
            heads = [m for m in heads if self.catalog.by_code(self.r.THING_HEAD[m.group(0)]).unit == q.unit] or heads
        if not heads:
            return None
        if after is not None and q.unit == "count" and self._count_unit(q) in ("village", "team") \
                and any(ch in "村队" for ch in phrase[:heads[0].start()]):
            # 3个驻点村卖出农产品: the count is of the villages it names first, not of a noun further on; but in
            # 46个塘坝解决村民… the thing counted comes first and the village noun belongs to the clause after it
            return None
        head = heads[-1].group(0)
        if self.r.NEGATION_RE.search(phrase, max(0, heads[-1].start() - 2), heads[-1].start()):
            return None  # 四个组不通公路: what the things counted lack, nothing built
        metric = self.catalog.by_code(self.r.THING_HEAD[head])
        if q.unit == "yuan":
            # a sum named by its head (销售额, 成交金额, 流转金, 创收) is a result in money, never money put in
            # (other: an outcome in money the vocabulary has no code for, such as 产值)
            return (metric, "yuan", BEFORE // 2, head) if metric.kind == "outcome" and (
                metric.unit == "yuan" or metric.code == "other") else None
        if q.unit in ("person", "household"):
            # people counted only for a post (a dispatch); households only for households, and not in a
            # clause that states what there is (全村共有贫困户40户)
            renovated = q.unit == "household" and metric.code == "other" and q.unit in metric.units \
                and self.r.RENOVATION_RE.search(text, c_start, q.prefix_start) is not None
            if (metric.unit != q.unit and not renovated) or (q.unit == "person" and metric.kind == "funding"):
                # people count for a post (a dispatch) or for work (jobs), never for money; households count for
                # households, or for the homes a verb of renovating before them names (改造危房30户)
                return None
            if q.unit == "household" and (self.r.BASELINE_RE.search(text, c_start, q.prefix_start)
                                          or (_POPULATION_AFTER_RE.match(text, q.end)
                                              and not self.r.RESULT_WORD_RE.search(text, c_start, q.prefix_start))):
                # 全村共有贫困户40户, 贫困户20户51人: the place's households, not households reached (but after a
                # word of result, 带动贫困户56户213人增收, they are the households the work reached)
                return None
            return metric, q.unit, BEFORE // 2, head
        if q.unit == "km":
            # a length of a road no keyword names, read by the head of its noun (村道, 连心路): the road built
            # (a verb of building or opening it in the clause: 每天要走5公里的山路 is a way walked, no road built)
            return (metric, "km", BEFORE // 2, head) if metric.unit == "km" and after is not None \
                and self.r.BUILD_VERB_RE.search(text, c_start, c_end) \
                and not self.r.BASELINE_RE.search(text, c_start, q.prefix_start) else None
        if "item" not in metric.units or self.r.BASELINE_RE.search(text, c_start, q.prefix_start):
            return None
        return metric, "item", BEFORE // 2, head

    def _qualifier_before_rate(self, q: Quantity, c_start: int) -> Quantity:
        """不低于每人每天50元, 不少于每年3万元: a bound written before the rate words that stand right before the
        amount bounds the amount."""
        pos, text = q.prefix_start, self.text
        while True:
            rate = next((m for m in self.r.RATE_RE.finditer(text, max(c_start, pos - 5), pos) if m.end() == pos), None)
            if rate is None:
                break
            pos = rate.start()
        if pos == q.prefix_start:
            return q
        bound = prefix_qualifier(text, max(c_start, pos - 4), pos)
        if bound is None:
            return q
        return replace(q, qualifier=bound[0])  # (the figure still starts at its number: the rate words are read from there)

    def _rate_clause_metric(self, q: Quantity, hits: list[KeywordHit], clause_hits: list[KeywordHit], s_start: int,
                            s_end: int, c_start: int) -> tuple[Metric, str, int, str] | None:
        """生活补助按出差标准执行，每人每天100元: a clause that opens with a rate and names no money states the rate
        of the money paid at a rate (not a sum invested or won) that the clause before it names, when that clause
        holds no amount of its own (else the amount there took the keyword, and the continuation rules read this one)."""
        if any(m.kind == "funding" for h in clause_hits for m in h.metrics):
            return None
        p_start, p_end = _clause_bounds(self.text, s_start, s_end, c_start - 1)
        if any(p_start <= other.prefix_start < p_end for other in self._quantities):
            return None
        # only money paid at a rate (an allowance, work funds, a cover): a sum invested or won is no rate per head
        funding = [(h, m) for h in hits if p_start <= h.start and h.end <= p_end for m in h.metrics
                   if m.kind == "funding" and "yuan" in m.units and m.default_basis != "total"]
        if not funding:
            return None
        hit, metric = funding[-1]
        return metric, "yuan", BEFORE, hit.keyword

    def _standard_money_metric(self, q: Quantity, clause_hits: list[KeywordHit]
                               ) -> tuple[tuple[Metric, str, int, str] | None, int | None]:
        """An amount closed by a standard word (按每人每天80元的标准为队员发放生活补助): the funding keyword after
        the standard, in the same clause, names it, however far; the end of that keyword bounds where the
        basis is read (为每名第一书记…: the head comes after)."""
        standard = self.r.RATE_STANDARD_RE.match(self.text, q.end)
        if standard is None:
            return None, None
        for hit in clause_hits:
            if hit.start >= standard.end():
                metric = next((m for m in hit.metrics if m.kind == "funding" and "yuan" in m.units), None)
                if metric is not None:
                    return (metric, "yuan", BEFORE // 2, hit.keyword), hit.end
        # 按照村均100万元标准扶持800个薄弱村: a standard of aid the verb after applies is money allocated
        aid = _AID_AFTER_STANDARD_RE.match(self.text, standard.end())
        if aid is not None:
            return (self.catalog.by_code("matching_funds"), "yuan", BEFORE // 2, aid.group(1)), aid.end()
        return None, None

    def _continues(self, q: Quantity, previous: Fact, c_start: int) -> bool:
        """Does the amount's clause continue the money figure before it? It opens with a continuation word (其中,
        合计, 省级, 企业 …); or a total word stands before the amount (全年合计发放240万元: the sum of the rate
        just given); or, written right before it in the same sentence, the clause before it was itself a part
        (其中第一书记每人每年2万元，工作队员每人每年1万元: the list of parts goes on) or the amount opens with
        每村/每个/每人 (each one's share of that sum)."""
        text = self.text
        if self.r.CONTINUATION_RE.match(text, c_start) or self.r.TOTAL_RE.search(text, c_start, q.prefix_start):
            return True
        if q.prefix_start == c_start == self._sentence[0] and text[c_start - 1: c_start] in "；;" \
                and text[previous.char_start - 1: previous.char_start] in "：:；;":
            return True  # 争取资金：N万元，打井…；N万元，修路…: the items of a list of sums a colon opened
        if not self._sentence[0] <= previous.char_start:
            return False
        p_start, p_end = self._clause(previous.char_start)
        if p_end + 1 != c_start:
            return False
        if self._bare_sums_listed(q, previous, c_start, p_end):
            return True
        # 专项资金8000万元，每村20万元: each one's share of the sum just given
        return self.r.CONTINUATION_RE.match(text, p_start) is not None or _DISTRIBUTIVE_RE.match(text, c_start) is not None

    def _bare_sums_listed(self, q: Quantity, previous: Fact, c_start: int, p_end: int) -> bool:
        """分别是500元，450元，400元 / 处级180元/月，科级130元/月: sums listed clause by clause, each clause holding
        only its sum (and a short label before it, a rate's period after it), the clause before closing on its
        own sum the same way: the items of one list, of the first one's metric."""
        text, c_end = self.text, self._clause(q.prefix_start)[1]
        return (_BARE_SUM_LABEL_RE.fullmatch(text, c_start, q.prefix_start) is not None
                and _BARE_SUM_TAIL_RE.fullmatch(text, q.end, c_end) is not None
                and _BARE_SUM_TAIL_RE.fullmatch(text, previous.char_end, p_end) is not None)

    def _sum_listed_after(self, q: Quantity, previous: Fact) -> bool:
        """Is the amount the next item, after 、, of a list of sums the figure before opened (one clause, the
        previous sum's own noun between them and no other figure)?"""
        if previous.char_start < self._sentence[0] or not 0 < q.prefix_start - previous.char_end <= 16:
            return False
        return _LIST_ITEM_GAP_RE.fullmatch(self.text, previous.char_end, q.prefix_start) is not None

    def _uses_listed(self, q: Quantity, previous: Fact) -> bool:
        """Is the amount an item of the uses of the sum before it, listed after 用于 and a colon in its sentence?"""
        if previous.char_start < self._sentence[0] or previous.char_end > q.prefix_start:
            return False
        # the colon opens the list after the whole sum (the uses read before this one continue it)
        opened = _USES_OPENED_RE.search(self.text, self._sentence[0], q.prefix_start)
        return opened is not None and any(o.unit == "yuan" and o.end <= opened.start() for o in self._quantities)

    def _borrowed_money_metric(self, q: Quantity, hits: list[KeywordHit], c_start: int, c_end: int,
                               previous: Fact | None) -> tuple[tuple[Metric, str, int, str] | None, int | None]:
        """Money in a clause with no keyword of its own: 其中市级补助80万元，合计约4.6万元, 省级2万元、县级1万元标准…安排工作经费."""
        if any(h.start >= c_start and h.end <= c_end and any("yuan" in m.units for m in h.metrics) for h in hits):
            return None, None  # the clause has a money keyword too far from the amount: not this amount's
        if previous is not None and previous.unit == "yuan" and previous.kind == "funding" and previous.char_end <= c_start:
            if self._continues(q, previous, c_start):  # 其中市级补助80万元，合计约4.6万元
                self._continued = previous
                return (self.catalog.by_code(previous.metric), "yuan", BEFORE, previous.keyword), None
            # 每年另安排30万元，专门用于表彰奖励优秀驻村干部: the clause right after names what the money is for
            s_end = self._sentence[1]
            n_start, n_end = _clause_bounds(self.text, c_end + 1, s_end, c_end + 1) if c_end + 1 < s_end else (s_end, s_end)
            purpose = [h for h in hits if n_start <= h.start and h.end <= n_end
                       and any(m.kind == "funding" and "yuan" in m.units for m in h.metrics)]
            if not purpose or any(n_start <= other.prefix_start < n_end for other in self._quantities):
                if previous.basis not in (None, "total") and self.r.RATE_RE.search(self.text, c_start, q.prefix_start):
                    # 工作经费每村每年5万元，第一书记每人每年2万元: a list of rates by holder goes on
                    self._continued = previous
                    return (self.catalog.by_code(previous.metric), "yuan", BEFORE, previous.keyword), None
                return None, None
            metric = next(m for m in purpose[-1].metrics if m.kind == "funding" and "yuan" in m.units)
            return (metric, "yuan", BEFORE, purpose[-1].keyword), None
        # 省级2万元、县级1万元标准，为每名驻村干部安排工作经费: the keyword closes the sentence
        funding = [h for h in hits if h.start >= q.end and any(m.kind == "funding" and "yuan" in m.units for m in h.metrics)]
        if not funding:
            return None, None
        hit = min(funding, key=lambda h: min(abs(h.start - q.end), abs(q.prefix_start - h.end)))
        metric = next(m for m in hit.metrics if m.kind == "funding" and "yuan" in m.units)
        return (metric, "yuan", BEFORE, hit.keyword), (hit.end if hit.start >= q.end else None)

    def _sentence_signals(self) -> SentenceSignals:
        """Per sentence, once: what every figure of the sentence reads of it (its confidence signals)."""
        if self._signals is None or self._signals.bounds != self._sentence:
            s_start, s_end = self._sentence
            in_sentence = self.r.PROGRAMME_WORD_RE.search(self.text, s_start, s_end) is not None
            if self._para_programme[0] != self._para_bounds:
                self._para_programme = (self._para_bounds,
                                        self.r.PROGRAMME_WORD_RE.search(self.text, *self._para_bounds) is not None)
            places = self._places_in(s_start, s_end)
            self._signals = SentenceSignals(
                bounds=self._sentence,
                several_villages=len({p.name for p in places if p.level == "village"}) >= 2
                or _SEVERAL_VILLAGES_RE.search(self.text, s_start, s_end) is not None,
                programme=in_sentence,
                programme_in_paragraph=self._para_programme[1] or in_sentence,
                scope_levels=frozenset(self.r.SCOPE_LEVEL[m.group("free") or m.group("organ")]
                                       for m in self._scope_words(s_start, s_end)),
                place_names=len({p.name for p in places}),
            )
        return self._signals

    def _place_opens_organ(self, region: Place | None) -> bool:
        """某省妇联挂钩帮扶后…: a division named as the opening of an organ's name is the helper; a figure put on
        it is likely about the place helped."""
        return (region is not None and region.level in ("province", "city", "county") and region.end > region.start
                and self.r.ORGAN_OPENED_RE.match(self.text, region.end) is not None)

    def _one_villagers_income(self, q: Quantity, c_start: int, s_start: int, s_end: int) -> bool:
        """An income that is one villager's own, not the households' or the collective's the work raised: no earners
        counted or pooled in the clause before it (人均, 户均, 村民, 贫困户, 集体 …; 家庭 only when a sentence about
        one household writes it: 他家…家庭年收入), and one person told about — a
        sentence opening on that person's age (45岁的某某), a singular pronoun before the figure (我, 他, 她), or a
        quotation a villager is then said to have spoken (“…收入N元。”村民某某说)."""
        text = self.text
        earners = {m.group(0) for m in _EARNERS_RE.finditer(text, c_start, q.prefix_start)}
        if earners and not (earners == {"家庭"} and _ONE_HOUSEHOLD_RE.search(text, s_start, q.prefix_start)):
            return False  # (他家…，家庭年收入N元: the household of one told of, its own income)
        if _HELPED_ONE_RE.search(text, s_start, q.prefix_start):
            return False  # 推荐他到某园务工，每月收入N元: the one the cadre helped into work, a result of the work
        if _AGE_OPENING_RE.match(text, s_start) or _ONE_EARNER_RE.search(text, s_start, q.prefix_start):
            return True
        closed = text.find("”", q.end, s_end + 2)
        return closed >= 0 and _VILLAGER_SAID_RE.match(text, closed + 1) is not None

    def _named_villagers_own(self, q: Quantity, s_start: int) -> bool:
        """村民某某的家庭农场今年栽下N亩脐橙, 某村的某某种植了N亩茶树: one villager named before the figure
        in its sentence, by a villager's noun or his village and 的, and no verb of the work reaching him: the
        land or the income is his own, not what the work achieved. (_ONE_FAMILY_RE reads the same in the figure's own
        clause, after 种了/养了; this reads the sentence before it, a farm or a figure right after the name.)"""
        text = self.text
        for m in _NAMED_VILLAGER_RE.finditer(text, s_start, q.prefix_start + 2):  # (+2: the look after the name)
            if m.end() > q.prefix_start:
                break
            name = m.group("name") or m.group("own")
            if surname_length(name) and not _REACHES_VILLAGER_RE.search(text, max(s_start, m.start() - 6), q.prefix_start):
                return True
        return False

    def _cadres_spread(self, makeup: re.Match, q: Quantity, s_start: int, c_start: int) -> bool:
        """现有N名队员，…，分布在全镇M个行政村: the villages the cadres counted before in the sentence are spread over
        are villages the work covers, not where a place's poor live (分布在 after a count of cadres, in a clause of
        its own)."""
        return (makeup.group(0).startswith("分布") and self._count_unit(q) == "village" and c_start > s_start
                and any(s_start <= other.prefix_start < c_start and (other.unit == "person" or other.classifier in ("支", "个"))
                        and (_NOUN_CADRE_RE.match(self.text, other.end) or self.text.startswith("工作队", other.end))
                        for other in self._quantities))

    def _then_and_now(self, s_start: int, c_start: int) -> bool:
        """…2014年人均收入不到N元，到2021年末，…增至M元: the clause before the figure's dates it (截至/到 a year) to a
        later year than one the sentence wrote before: the place then, and now, after the work."""
        dated = _DATED_CLAUSE_BEFORE_RE.search(self.text, max(s_start, c_start - 12), c_start)
        if dated is None:
            return False
        earlier = [int(m.group(1)) for m in _YEAR_RE.finditer(self.text, s_start, dated.start())]
        return bool(earlier) and int(dated.group(1)) > min(earlier)

    def _household_named(self, start: int, end: int) -> bool:
        """帮助贫困户某某销售鸡鸭…收入2万元: a household helped, named in the sentence before the figure: the figure is
        that one household's, not what the team achieved for the place."""
        for m in self.r.BENEFICIARY_NAMED_RE.finditer(self.text, start, end):
            if surname_length(m.group("name")):
                return True
        return False

    def _confidence(self, q: Quantity, gap: int, keyword: str, borrowed: bool, region: Place | None, region_source: str,
                    role: str, article: Article, c_start: int, c_end: int, metric: Metric, unit: str,
                    hits: list[KeywordHit]) -> tuple[float, float, dict[str, float]]:
        """How far the figure can be trusted (0..1), the confidence of its reading alone (as deduplicate compares
        it) and the signals it was read from (confidence.SIGNALS).

        Evidence for it: its keyword right beside it and specific, the place named in its own clause or
        sentence, the programme named in its clause or sentence, one number in the clause. Doubts: a place
        carried over from earlier (or none at all), one village of several named, a scope word of another
        level, a figure stated as what there is (全村有…, 仅有) rather than what was done, a catch-all metric,
        keywords of another kind around it, a small count in Chinese numerals, a headline or a line with no
        sentence end, a range, a few hundred metres, a metric borrowed from another clause (never above 0.6).
        The review signals (confidence.REVIEW_SIGNALS) send to review what the reading alone cannot tell: a figure
        in a document's title, on a helping organ's division, on a place named long before, too large for its county,
        of one named household, a dispatch count with no word of the programme.
        The weights are fitted (seeds/confidence_weights.csv); the rules only name what they see.
        """
        text, (s_start, s_end) = self.text, self._sentence
        sentence = self._sentence_signals()
        several_villages, programme_sentence = sentence.several_villages, sentence.programme
        relevance = self._relevance.get(article.index)
        if relevance is None:
            relevance = self._relevance[article.index] = article.relevance
        level = region.level if region is not None else None
        kind, q_unit, value, chinese = metric.kind, q.unit, q.value, q.chinese
        is_village = level == "village"
        # (x and 1.0 or 0.0 where the rules read a yes or no: this runs for every figure, float() is a call)
        numbers = 0
        for other in self._quantities:
            if c_start <= other.prefix_start < c_end:
                numbers += 1
                if numbers > 1:
                    break
        state = (self.r.STATE_BEFORE_RE.search(text, max(c_start, q.prefix_start - 3), q.prefix_start)
                 or self.r.BASELINE_RE.search(text, c_start, q.prefix_start)) is not None
        other_kind = 0.0
        for h in hits:
            if c_start <= h.start and h.end <= c_end and h.keyword != keyword:
                for m in h.metrics:
                    if m.kind != kind and (unit in m.units or q_unit == "count"):
                        other_kind = 1.0
                        break
                if other_kind:
                    break
        # In the order of confidence.SIGNALS: the model sums a dict in that order without looking each signal up
        signals = {
            "proximity": 1.0 - min(gap, BEFORE) / (BEFORE + 1),
            "relevance": relevance,
            "qualifier_bound": 1.0 if q.qualifier in ("at_least", "at_most") else 0.0,
            "qualifier_approx": 1.0 if q.qualifier == "approx" else 0.0,
            "count_without_unit": 1.0 if q_unit == "count" and not self._count_unit(q) else 0.0,
            "generic_keyword": 1.0 if len(keyword) <= 2 else 0.0,
            "place_in_clause": 1.0 if region_source == "clause" else 0.0,
            "place_in_sentence": 1.0 if region_source == "sentence" else 0.0,
            "place_running": 1.0 if region_source == "running" else 0.0,
            "place_from_article": 1.0 if region_source == "article" else 0.0,
            "place_scope_word": 1.0 if region_source == "unresolved" else 0.0,
            "no_place": 1.0 if region is None else 0.0,
            "long_local_name_once": 1.0 if level in ("township", "village") and len(region.name) >= 5
                                    and self._count(region.name) == 1 else 0.0,
            "village_of_several": 1.0 if is_village and several_villages else 0.0,
            "village_carried_from_several": 1.0 if is_village and not several_villages
                                            and region_source == "running" and self._running_several else 0.0,
            "too_large_for_village": 1.0 if is_village and region_source != "clause" and (
                (kind == "dispatch" and unit == "person" and value > 10)
                or (unit in ("person", "household") and value > 1000) or (unit == "yuan" and value >= 10_000_000)) else 0.0,
            "scope_of_other_level": 1.0 if level is not None and sentence.scope_levels - {level, "country"} else 0.0,
            "places_in_sentence": min(1.0, sentence.place_names / 3),
            "programme_in_clause": 1.0 if programme_sentence
                                   and self.r.PROGRAMME_WORD_RE.search(text, c_start, c_end) is not None else 0.0,
            "programme_in_sentence": 1.0 if programme_sentence else 0.0,
            "no_programme_in_paragraph": 0.0 if sentence.programme_in_paragraph else 1.0,
            "several_numbers_in_clause": 1.0 if numbers > 1 else 0.0,
            "one_person_own": 1.0 if kind == "outcome" and self._one_person_own(c_start, q.prefix_start) else 0.0,
            "state_not_done": 1.0 if state and kind == "outcome" else 0.0,
            "state_not_done_money": 1.0 if state and kind != "outcome" else 0.0,
            "plan_not_done": 1.0 if self.r.PLAN_WORD_RE.search(text, s_start, q.prefix_start) is not None
                             and self.r.RESULT_WORD_RE.search(text, c_start, q.prefix_start) is None else 0.0,
            "part_of_earlier": 1.0 if q_unit != "yuan" and text.startswith("其中", c_start) else 0.0,
            "basis_not_stated": 1.0 if kind == "funding" and unit == "yuan" and not (
                q.rate or self.r.RATE_RE.search(text, c_start, q.prefix_start)
                or self.r.TOTAL_RE.search(text, c_start, q.prefix_start)) else 0.0,
            "metric_other": 1.0 if metric.code == "other" else 0.0,
            "other_kind_keywords": other_kind,
            "headline": 1.0 if role == "headline" else 0.0,
            "chinese_small": 1.0 if chinese and value <= 10 else 0.0,
            "chinese_large": 1.0 if chinese and value > 10 else 0.0,
            "short_km": 1.0 if q_unit == "km" and value < 1 else 0.0,
            "no_sentence_end": 1.0 if role != "headline" and text[s_end - 1: s_end] not in "。！？!?；;”\""
                               and s_end - s_start <= 80 else 0.0,
            "range": 1.0 if q.range_end else 0.0,
            "borrowed": 1.0 if borrowed else 0.0,
            "kind_funding": 1.0 if kind == "funding" else 0.0,
            "kind_outcome": 1.0 if kind == "outcome" else 0.0,
            "in_title_marks": 1.0 if _in_title_marks(text, q.prefix_start) else 0.0,
            "place_opens_organ": 1.0 if kind != "dispatch" and self._place_opens_organ(region) else 0.0,
            "place_far": _place_distance(region, region_source, q.prefix_start),
            "dispatch_without_programme": 1.0 if kind == "dispatch" and not programme_sentence else 0.0,
            "one_household_named": 1.0 if kind == "outcome" and self._household_named(s_start, q.prefix_start) else 0.0,
            "too_large_for_county": 1.0 if level == "county" and region_source != "clause" and _too_large_for_county(unit, value) else 0.0,
            "small_sum_to_people": 1.0 if kind == "funding" and unit == "yuan" and value < 1000
                                   and metric.code not in _CADRE_PROVISIONS else 0.0,
            # 着?27名: a mark left where the encoding lost a character, right before the digits: one may be lost too
            "after_residue": 1.0 if q.start > 0 and text[q.start - 1] in _RESIDUE_MARKS and q.text[:1].isdigit() else 0.0,
        }
        confidence, reading = self.confidence_model.scores(signals)
        if borrowed:
            # the metric is a guess from another clause: always a steward's call, so just inside the review queue
            confidence = min(confidence, REVIEW_BELOW - 0.01)
            reading = min(reading, 0.6)  # (the reading alone: the review signals left out)
        return confidence, reading, signals


_SENTENCE_END_RE = re.compile(r"[。！？!?\n]")


def _in_title_marks(text: str, pos: int, reach: int = 80) -> bool:
    """pos lies inside 《…》 opened shortly before it: a document's or a decision's title quotes figures."""
    opened = text.rfind("《", max(0, pos - reach), pos)
    return opened >= 0 and text.find("》", opened, pos) < 0 and text.find("\n", opened, pos) < 0




def _too_large_for_county(unit: str, value: float) -> bool:
    """More villages, teams or cadres sent (or households) than one county has or sends (a county has a few hundred
    villages and at most a few hundred thousand households): a province's or a city's total, put on the county only
    because the page is the county's."""
    return (unit == "village" and value > 1000) or (unit == "team" and value > 1000) or (unit == "person" and value > 10_000) \
        or (unit == "household" and value > 300_000)


def _place_distance(region: Place | None, source: str, pos: int, near: int = 150, far: int = 600) -> float:
    """How far back a carried place was last named (0 up to `near` characters, 1 from `far`): the further the
    story has moved on since, the likelier the figure is about somewhere else."""
    if region is None or source not in ("running", "article") or region.end <= region.start or region.start > pos:
        return 0.0
    return min(1.0, max(0.0, (pos - region.start - near) / (far - near)))


def _reading(fact: Fact) -> float:
    """What deduplicate compares: the confidence of the figure's reading, whatever the review signals say."""
    return fact.confidence if fact.reading is None else fact.reading


# what a policy provides each cadre or team (work funds, subsidies, cover, awards): equal amounts of two of them are
# two provisions, the same one restated (a headline, a summary) is one
_PROVISION_METRICS = _CADRE_PROVISIONS | {"communication_subsidy", "award_funds"}


def deduplicate(facts: list[Fact], text: str | None = None) -> list[Fact]:
    """One fact per (kind, unit, value, basis): a figure restated in a headline or a summary counts once.
    A small tally of things (两座水厂 and 两个基站) is told apart by its keyword too: equal small counts of
    different things are common, a restated one names the same thing. With the text, two equal figures of
    one sentence named by different words are two (投资12万元…；安排配套资金12万元…: a list of sums; 新铺管道2公里，
    安装护栏2公里); a count of households or people repeated in its sentence (与某村N户贫困户结对…，确保某村N户
    贫困户…) is one."""
    best: dict[tuple, Fact] = {}
    order: list[tuple] = []
    things: dict[tuple, tuple] = {}  # the thing a small count counts, around it: the key it was kept under
    for fact in facts:
        key = (fact.kind, fact.unit, round(fact.value, 4), fact.basis)
        if fact.metric in _PROVISION_METRICS:
            key += (fact.metric,)  # 工作经费1万元 … 奖励1万元: two provisions of equal amount, each of its own
        if fact.unit == "item" and fact.value <= 10:
            # the thing counted, read around the figure (桥梁2座): a count with no keyword of its own restates
            # the same thing counted under a keyword (改造桥梁2座 … 改建桥梁2座) in its article
            thing = None if text is None else (*key, fact.article, fact.region, text[max(0, fact.char_start - 2): fact.char_start],
                                               text[fact.char_end: fact.char_end + 1])
            earlier = things.get(thing)
            if earlier is not None and (not fact.keyword or not earlier[-1]):
                key = earlier
            else:
                key += (fact.keyword,)
                if thing is not None:
                    things.setdefault(thing, key)
        if key in best and text is not None:
            a, b = sorted((best[key].char_start, fact.char_start))
            between = text[a:b]
            # (种植N亩甲和N亩乙: two items joined by 和 or 及, of land, money or things; a head count joined so is
            # mostly the same people again)
            listed = ("、" in between or (fact.unit not in _HEAD_COUNT_UNITS and ("和" in between or "及" in between))) \
                and "，" not in between and "," not in between
            if ((best[key].keyword != fact.keyword and fact.unit not in _HEAD_COUNT_UNITS) or listed
                    or (fact.unit == "yuan" and _named_apart(text, best[key], fact))) \
                    and not _SENTENCE_END_RE.search(text, a, b):
                # named by another word in the same sentence: another sum; items of one list (种植600多亩甲、
                # 600亩乙): as many things as items
                key += (fact.char_start,)
        if key in best and _sibling_places(best[key], fact):
            key += (fact.region,)
        if key not in best:
            best[key] = fact
            order.append(key)
        elif _reading(fact) > _reading(best[key]):
            best[key] = fact
    kept = [best[k] for k in order]
    return sorted((f for f in kept if not _rounds_another(f, kept, text)), key=lambda f: f.char_start)


def _named_apart(text: str, kept: Fact, fact: Fact) -> bool:
    """带去N元办公经费，…带去N元生活费: two equal sums each named right after it by other words are two sums."""
    one, other = text[kept.char_end: kept.char_end + 2], text[fact.char_end: fact.char_end + 2]
    return one != other and _HAN_PAIR_RE.fullmatch(one) is not None and _HAN_PAIR_RE.fullmatch(other) is not None


def _sibling_places(kept: Fact, fact: Fact) -> bool:
    """甲大学选派7名干部到某县…。乙大学选派7名干部到另一县…: an equal figure each sentence places in its own clause on
    another division of the same level (a county, a township, a village) is another head count sent, not a restatement
    (money restated in a page's summary is often put on another county named near it: those stay one). Sums and
    outcomes are told apart so only between villages: 甲村工作队投入10万元…。乙村获得奖励10万元 are two."""
    levels = ("county", "township", "village") if fact.kind == "dispatch" else ("village",)
    return fact.kind == kept.kind and kept.region != fact.region and kept.region_level == fact.region_level \
        and fact.region_level in levels \
        and kept.signals.get("place_in_clause") == 1.0 and fact.signals.get("place_in_clause") == 1.0


def _rounds_another(fact: Fact, facts: list[Fact], text: str) -> bool:
    """近千人 in a headline, 983人 in the body: an approximate round figure (one significant digit) within a tenth
    of a stated figure of the same metric, unit, basis and place is that figure rounded, not another fact. A figure
    written as a floor (30余万元, 30多万元) rounds only a figure at or above it, one written as a ceiling (近千人)
    only one at or below it: 30余万元 and 28万元 are two sums."""
    value = fact.value
    if fact.qualifier != "approx" or value < 100:
        return False
    scale = 10 ** math.floor(math.log10(value))
    if value % scale:
        return False
    written = text[fact.char_start: fact.char_end]
    low, high = ("余" in written or "多" in written), written.startswith(("近", "将近", "接近"))
    return any(other is not fact and other.qualifier != "approx" and other.value != value
               and not (low and other.value < value) and not (high and other.value > value)
               and abs(other.value - value) <= value / 10 and other.metric == fact.metric and other.unit == fact.unit
               and other.basis == fact.basis and other.region == fact.region for other in facts)
