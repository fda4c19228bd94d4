"""The metric vocabulary, read from seeds/metric_catalog.csv (dbt seeds the same file as dim_metric).

One row per metric: `metric_code, kind, unit, other_units, default_basis, name_zh, name_en, keywords`.
`keywords` are `|`-separated Chinese phrases the extractor looks for near a number; `unit` is the
base unit the metric is usually stated in and `other_units` further units it may be stated in
(a loan count in 笔 as well as an amount in 元). `default_basis` is the money basis when the text
states no rate. A steward extends the vocabulary by editing the seed; no code change is needed.

The words the fact rules read (units, rates, qualifiers, scope words, totals, slogans, programme
terms) are in seeds/report_vocabulary.csv, one row per term: `kind, term, value, factor, note`;
`load_vocabulary()` reads it once. A new page style should need rows there, not code.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from flows.reports.scan import alternation_by_first

CATALOG_SEED = Path(__file__).resolve().parents[2] / "seeds" / "metric_catalog.csv"
VOCABULARY_SEED = Path(__file__).resolve().parents[2] / "seeds" / "report_vocabulary.csv"

KINDS = ("dispatch", "funding", "outcome")
# The gold vocabulary's units, plus day (days in the village, monthly reports) and year (ages).
UNITS = ("person", "team", "village", "household", "person_time", "item", "yuan", "km", "mu", "percent", "day", "year")
QUALIFIERS = ("exact", "at_least", "approx", "at_most")
BASES = ("per_person_year", "per_person_day", "per_person_week", "per_person", "per_year", "total")


@dataclass(frozen=True)
class Metric:
    code: str
    kind: str
    unit: str
    other_units: tuple[str, ...]
    default_basis: str | None
    name_zh: str
    name_en: str
    keywords: tuple[str, ...]

    @cached_property  # read for every keyword near every figure: built once per metric
    def units(self) -> tuple[str, ...]:
        return (self.unit, *self.other_units)


@dataclass(frozen=True, eq=False)  # identity hash: the extractor's caches key on the catalog once per page
class Catalog:
    metrics: tuple[Metric, ...]

    @cached_property
    def _by_code(self) -> dict[str, Metric]:
        return {metric.code: metric for metric in self.metrics}

    def by_code(self, code: str) -> Metric:
        return self._by_code[code]

    def keyword_index(self) -> dict[str, tuple[Metric, ...]]:
        """Keyword → the metrics that list it (one phrase may serve several, told apart by unit)."""
        index: dict[str, list[Metric]] = {}
        for metric in self.metrics:
            for keyword in metric.keywords:
                index.setdefault(keyword, []).append(metric)
        return {keyword: tuple(metrics) for keyword, metrics in index.items()}


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (cell or "").split("|") if part.strip())


@lru_cache(maxsize=4)
def load_catalog(path: Path = CATALOG_SEED) -> Catalog:
    metrics = []
    with Path(path).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            kind, unit = row["kind"].strip(), row["unit"].strip()
            if kind not in KINDS:
                raise ValueError(f"{path}: metric {row['metric_code']}: unknown kind {kind!r}")
            other = _split(row.get("other_units"))
            for u in (unit, *other):
                if u not in UNITS:
                    raise ValueError(f"{path}: metric {row['metric_code']}: unknown unit {u!r}")
            basis = (row.get("default_basis") or "").strip() or None
            if basis and basis not in BASES:
                raise ValueError(f"{path}: metric {row['metric_code']}: unknown basis {basis!r}")
            metrics.append(Metric(
                code=row["metric_code"].strip(), kind=kind, unit=unit, other_units=other,
                default_basis=basis, name_zh=row["name_zh"].strip(), name_en=row["name_en"].strip(),
                keywords=_split(row.get("keywords")),
            ))
    return Catalog(tuple(metrics))


VOCABULARY_KINDS = (
    "unit", "multiplier", "approx_infix", "qualifier_prefix", "qualifier_suffix", "range_separator",
    "rate_suffix", "rate_word", "total_word", "scope", "scope_organ", "slogan_verb", "slogan_tail", "negation",
    "money_verb", "money_continuation", "per_thing", "area_description", "honour", "programme_term", "support_term",
    "profile_word", "story_verb", "village_noun", "holder",
    # a state firm's short name written right after its province or city (某省移动, 某市烟草)
    "firm_brand",
    # a worker paid a wage right before the amount (大工200元/天): a wage, no programme money
    "wage_earner",
    # a variant form of a character that the traditional → simplified dictionaries leave (陜 → 陕), one for one
    "char_variant",
    # a county's or banner's short form no rule derives (达茂旗) and its full name in the gazetteer
    "division_short_form",
    # the head of a counted noun (路灯 → 灯, 鸡苗 → 苗, 驻村第一书记) and the metric code it counts for
    "thing_head",
    # the classes of text the fact rules tell apart (facts.FactRules builds its patterns from them)
    "works_on", "thing_classifier", "build_verb", "scarce_before", "remaining_before", "state_before", "baseline_word",
    "secured_verb", "result_word", "change_word", "dispatch_word", "press_tour", "level_before", "linking_word", "poverty_standard", "organ_suffix",
    "organ_dispatch", "dispatch_adverb", "firm_suffix", "organ_unit", "apposition_after", "level_dispatch", "programme_cue",
    "sending_level", "destination_verb", "departure_word", "makeup_word", "question_particle", "posting_verb", "anaphor_before",
    "trip_verb", "inspect_verb", "then_opener",
    # a word that holds a keyword without meaning it (脱贫攻坚, the campaign's name, holds 脱贫): the keyword is dropped
    "keyword_blocker",
    # a division named in an award's title (评为某市先进单位, 某市级优秀驻村干部) is the level that gives it
    "honour_title",
    # 20万元用于某村道路: a verb right after a sum of money that names the place it is for
    "money_destination",
    # 按每人每天80元的标准发放生活补助: a standard word right after an amount; the money it sets is named after it
    "standard_word",
    # precision: ordinals and ranks (第2名), a region's economic statistics (地区生产总值), page navigation (上一篇)
    "ordinal_prefix", "economy_statistic", "navigation_cue", "non_cadre_noun",
    "beneficiary_verb", "reached_verb", "duration_noun", "hamlet_noun",
    # 整顿提升软弱涣散村党组织12个, 创建示范村30个: villages (or their party branches) a verb brings to a state
    "improve_verb",
    # 海拔1000多米: a height or an altitude before a length is the place's, never a length built
    "height_word",
    # outcome classes: a length restated (全长), a value word (价值), the words that may link a team keyword
    # to its count (共, 总数)
    "length_word", "value_word", "count_link",
    # a plan or a target (计划, 力争, 今年将) before a figure: kept, with less confidence
    "plan_word",
    # a post one person fills (岗位): posts counted in 个 are that many jobs
    "job_post",
    # 5个村的集体收入全部超过20万元: a count of villages whose income passed a bound is villages over a threshold
    "income_word",
    # 解决群众饮水困难800户: households counted in a clause that solves a difficulty are households the work reached
    "solve_verb", "money_result_verb", "purchase_verb", "contract_verb", "clearing_verb", "renovation_verb",
    # 争取到化肥80袋, 送去大米20袋: a verb that wins, gives or buys goods counted with a classifier of things
    "goods_verb",
    # 每村安排20万元, 拿出13万元整修…: a verb that gives money, right before a sum no keyword names, allots it
    "allot_verb",
    # places: a verb of street works before 街道 (硬化街道: streets, no subdistrict); a neighbour cue before a
    # place (紧邻某镇: the place next door, not the one talked about); a training predicate after a count of
    # cadres (N名选派干部进行集中培训: cadres trained, not sent)
    "street_work_verb", "neighbour_cue", "training_predicate",
    # 美化村容, 改扩建村文化广场: a verb of works right before 村 and a thing of the village after it (村容, 村道,
    # 村部): the village's things worked on, no village named 美化村
    "village_work_verb", "village_thing",
    # 作为某市“菜篮子”基地, 被列为某省“…”示范村: a division named in a quoted title a village holds
    "designation_verb",
    # 帮助N个软弱涣散村完成整顿: villages counted after a verb of helping and before one of completing are
    # villages the work brought to a result, not villages covered
    "helping_verb", "completion_verb",
    # 某县有N个村，: a place, a verb of having, its villages counted closing the clause: what the place is made of
    "makeup_verb", "makeup_part",
    # 全国唯一, 全省第一: a scope word ranking a place among the whole, not the ground of the figures after it
    "ranking_word",
    # 这个湖南汉子, 四川籍干部: a division named as where a person comes from, right before a noun of a person
    # or of origin, is no place the figures are about
    "origin_noun",
    # 全面消除N个空壳村: villages counted right after a verb that ends their status are villages the work brought
    # out of it, an outcome, not villages covered
    "status_ending_verb",
    # 完成N个贫困村道路硬化: villages counted before a phrase ending in a word of works, in a list opened by a verb of
    # completing or building, are counted by the works done in them, an outcome, not villages covered
    "village_work",
    # 沿省道东行18公里: a length right after a verb of travelling is a distance on the way, no length built;
    # 2950亩土地: an area named as a kind of land is what the place has, unless a verb of working it comes first
    "travel_verb", "land_noun", "land_work_verb",
    # 组织投入人工8万人次: people counted right after a word of labour are the labour put in, an outcome
    "labour_word",
    # 四处奔走, 一站式服务: a word that opens with a numeral and a classifier yet counts nothing
    "numeral_word",
    # 帮助贫困户销售290只鸡: goods counted right after a verb of selling are what was sold, no thing built or won
    "selling_verb",
    # 好比三台发动机: a count right after a word of likeness is a figure of speech, no figure
    "likeness_word",
    # confidence only: the short name of a people's organisation (妇联, 科协) after a division, and the nouns of one
    # household or villager helped (贫困户, 村民) written before a person's name
    "organisation_short_name", "beneficiary_noun",
)
# Kinds whose rows carry a value, and the values each allows (None: the value may be left empty).
VALUED_KINDS: dict[str, tuple[str | None, ...]] = {
    "thing_classifier": ("built", "installed", "counted"),
    "secured_verb": (None, "before_funds"),
    "navigation_cue": (None, "line"),
    "story_verb": (None, "visit"),
    "village_work_verb": (None, "thing"),
}
# Kinds that are plain word lists: a value there is a mistake (a row meant for another kind).
PLAIN_KINDS = frozenset(VOCABULARY_KINDS[VOCABULARY_KINDS.index("works_on"):]) - set(VALUED_KINDS)
SCOPE_LEVELS = ("country", "province", "district", "city", "county", "township", "village")


@dataclass(frozen=True)
class Term:
    term: str
    value: str | None
    factor: float | None


@dataclass(frozen=True)
class Vocabulary:
    terms: tuple[tuple[str, tuple[Term, ...]], ...]

    def of(self, kind: str) -> tuple[Term, ...]:
        for name, terms in self.terms:
            if name == kind:
                return terms
        raise KeyError(kind)

    def words(self, kind: str) -> tuple[str, ...]:
        return tuple(t.term for t in self.of(kind))

    def mapping(self, kind: str) -> dict[str, str | None]:
        return {t.term: t.value for t in self.of(kind)}

    def with_value(self, kind: str, value: str | None) -> tuple[str, ...]:
        return tuple(t.term for t in self.of(kind) if t.value == value)

    def alternation(self, kind: str, words: tuple[str, ...] | None = None) -> str:
        """A regular-expression alternation of the kind's terms (or of `words`, some of them), longest first.
        A kind with no rows would match everywhere: that fails, naming the kind."""
        words = self.words(kind) if words is None else words
        if not words:
            raise ValueError(f"the vocabulary has no {kind} rows: add at least one to seeds/report_vocabulary.csv")
        return alternation_by_first(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=4)
def load_vocabulary(path: Path = VOCABULARY_SEED) -> Vocabulary:
    by_kind: dict[str, list[Term]] = {kind: [] for kind in VOCABULARY_KINDS}
    with Path(path).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        for row in reader:
            where = f"{path}, line {reader.line_num}"
            kind, term = row["kind"].strip(), row["term"].strip()
            if kind not in by_kind:
                raise ValueError(f"{where}: unknown vocabulary kind {kind!r} for {term!r} (a spelling mistake, or a new "
                                 f"class of text: then name it in VOCABULARY_KINDS, flows/reports/catalog.py)")
            if not term:
                raise ValueError(f"{where}: empty term of kind {kind}")
            value = (row.get("value") or "").strip() or None
            if kind == "scope" or kind == "scope_organ":
                if value not in SCOPE_LEVELS:
                    raise ValueError(f"{where}: scope word {term!r}: unknown level {value!r}")
            if kind in ("rate_suffix", "rate_word", "total_word") and value not in BASES:
                raise ValueError(f"{where}: {kind} {term!r}: unknown basis {value!r}")
            if kind == "holder" and value not in ("person", "team"):
                raise ValueError(f"{where}: holder {term!r}: unknown holder {value!r} (person or team)")
            if kind in ("qualifier_prefix", "qualifier_suffix", "approx_infix") and value not in QUALIFIERS:
                raise ValueError(f"{where}: {kind} {term!r}: unknown qualifier {value!r}")
            if kind in VALUED_KINDS and value not in VALUED_KINDS[kind]:
                allowed = " or ".join(repr(v) if v else "empty" for v in VALUED_KINDS[kind])
                raise ValueError(f"{where}: {kind} {term!r}: unknown value {value!r} ({allowed})")
            if kind in PLAIN_KINDS and value is not None:
                raise ValueError(f"{where}: {kind} {term!r}: takes no value, found {value!r} (a row meant for another kind?)")
            factor = (row.get("factor") or "").strip()
            by_kind[kind].append(Term(term, value, float(factor) if factor else None))
    return Vocabulary(tuple((kind, tuple(terms)) for kind, terms in by_kind.items()))


@lru_cache(maxsize=8)
def navigation_line(path: Path = VOCABULARY_SEED, only: str | None = None) -> re.Pattern:
    """A line that opens with a navigation cue (上一篇：…, 【相关新闻】, >> 推荐阅读): the page's links to other
    articles. Brackets, arrows or bullets may come first. `only="line"`: the cues that stand for their line alone."""
    vocab = load_vocabulary(path)
    words = vocab.with_value("navigation_cue", only) if only else vocab.words("navigation_cue")
    return re.compile(r"^[\s【\[〖（(>»＞·•■□◆◇▶►|]*(?:" + vocab.alternation("navigation_cue", words) + ")")
