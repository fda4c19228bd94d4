"""Normalisation, segmentation, places, people and the fact rules, on snippets written for these tests."""
from __future__ import annotations

import csv

from flows.reports.catalog import CATALOG_SEED, UNITS, load_catalog
from flows.reports.extract import extract_text
from flows.reports.normalise import normalise
from flows.reports.regions import PlaceFinder
from flows.reports.segment import segment


# --- normalisation -----------------------------------------------------------------------------

def test_joins_ocr_breaks_and_drops_stray_spaces():
    raw = ("该县本次新一轮向农村选派驻村干部 3\n\n44 名，选派第一书记 5 9名（其中外\n\n"
           "派第一书记 1 2名），工作队长（队员）285\n名。目前队伍已全部进村到岗。\n")
    norm = normalise(raw)
    assert norm.text == "该县本次新一轮向农村选派驻村干部344名，选派第一书记59名（其中外派第一书记12名），工作队长（队员）285名。目前队伍已全部进村到岗。"


def test_offsets_map_back_to_the_read_text():
    raw = "驻村干部 3\n\n44 名，\n第一书记 59 名。"
    norm = normalise(raw)
    start = norm.text.index("344")
    assert raw[norm.to_original(start)] == "3"
    five = norm.text.index("59")
    assert raw[norm.to_original(five): norm.to_original(five) + 2] == "59"


def test_fullwidth_digits_and_letters():
    assert normalise("驻村工作队１２６支，ＡＢＣ ｄｅｆ，１．８亿元").text == "驻村工作队126支，ABC def，1.8亿元"


def test_headlines_stay_on_their_own_line():
    raw = ("文水县坚持一盘棋思路，按照县级统筹的原则，及时摸清选派需求。\n\n"
           "十一个工作队仍由原单位选派\n\n"
           "根据上级选派要求，将十一个行政村确定为重点村，保留原帮扶单位继续驻村。\n")
    lines = normalise(raw).text.split("\n")
    assert lines[1] == "十一个工作队仍由原单位选派"


def test_space_between_latin_words_kept():
    assert normalise("信息直通车 ZHI TONG CHE").text == "信息直通车ZHI TONG CHE"


# --- segmentation ------------------------------------------------------------------------------

PAGE = """某县驻村工作队全部到岗
本报讯（记者 张某某）近日，某县新选派的驻村第一书记和工作队员全部进村到岗，驻村工作全面展开。
市区开展环境卫生整治
本报讯（记者 李某某）连日来，市城管局组织人员清理小广告三千余处，出动车辆八十台次。
"""


def test_unrelated_articles_dropped():
    articles = segment(normalise(PAGE).text)
    assert len(articles) == 2
    assert [a.kept for a in articles] == [True, False]
    assert articles[0].title == "某县驻村工作队全部到岗"


def test_trailing_headline_closes_previous_article():
    page = ("岔口村第一书记带领村民修路，驻村工作队协调资金十万元，村里面貌一新，群众纷纷点赞。\n"
            "为平凡的坚守点赞\n——记某村第一书记\n□ 作者甲\n"
            "西营镇综述\n——某镇经济发展综述\n□ 作者乙\n"
            "全镇辖7个行政村，总人口29287人，经济以种植业为主，去年产值增长一成。\n")
    articles = segment(normalise(page).text)
    assert len(articles) == 2
    assert articles[0].kept and not articles[1].kept



def test_a_photo_credit_and_its_caption_inside_an_article_do_not_open_another():
    page = ("某县石桥村驻村第一书记韩立伟走访农户，了解村情民意。\n"
            "到村第一天，他就带领驻村工作队员走遍了全村。\n"
            "(资料图)\n"
            "韩立伟向种植大户学习采摘技术\n"
            "两年来，他共争取资金300万元，帮助村里修路建桥。\n")
    articles = segment(normalise(page).text)
    assert len(articles) == 1 and articles[0].kept

# --- places ------------------------------------------------------------------------------------

def test_places_at_any_depth():
    text = "大同市云冈区西韩岭乡谢店村第一书记说，在高山镇红旗营村和和平村，乡村振兴与驻村工作一并推进。"
    found = [(p.name, p.level) for p in PlaceFinder(text).find()]
    assert found == [("大同市", "city"), ("云冈区", "county"), ("西韩岭乡", "township"), ("谢店村", "village"),
                     ("高山镇", "township"), ("红旗营村", "village"), ("和平村", "village")]


def test_generic_words_are_not_places():
    text = "驻村干部走遍全村，帮助贫困村和行政村的村民，推动乡镇和农村发展，做到定村精准。"
    assert PlaceFinder(text).find() == []


# --- facts and people --------------------------------------------------------------------------

REPORT = """某市驻村工作纪实
本报讯（记者 王某某）渭源县全县共选派驻村干部651名，其中第一书记两名、工作队员3 0名，组建驻村工作队１２支。县财政为每名驻村干部安排工作经费不低于5000元/人/年，生活补助每天100元，交通补助每周160元。
2022年3月，路园村第一书记陈某某由县交通局派驻到村。到村以来，他协调资金150万元，带领村民种植党参1200亩，年收入5万元以上的村由3个增加到9个。村民张某某说，好日子还在后头。每个工作队不少于3人，每村1-2个工作队。
"""


def test_facts_from_a_report():
    extraction = extract_text(REPORT)
    facts = {(f.metric, f.value, f.unit, f.basis, f.qualifier) for f in extraction.facts}
    assert ("cadres_dispatched", 651, "person", None, "exact") in facts
    assert ("first_secretaries_dispatched", 2, "person", None, "exact") in facts
    assert ("team_members_dispatched", 30, "person", None, "exact") in facts
    assert ("teams_dispatched", 12, "team", None, "exact") in facts
    assert ("work_funds", 5000, "yuan", "per_person_year", "at_least") in facts
    assert ("living_subsidy", 100, "yuan", "per_person_day", "exact") in facts
    assert ("transport_subsidy", 160, "yuan", "per_person_week", "exact") in facts
    assert ("funds_secured", 1_500_000, "yuan", "total", "exact") in facts
    assert ("planting_area", 1200, "mu", None, "exact") in facts
    assert ("villages_income_over_50k", 9, "village", None, "exact") in facts
    values = [f.value for f in extraction.facts]
    assert 3 not in values and 50000 not in values and 2 in values  # start value, threshold and norm skipped
    by_metric = {f.metric: f for f in extraction.facts}
    assert by_metric["cadres_dispatched"].region == "渭源县"
    assert by_metric["planting_area"].region == "路园村"
    assert extraction.text[by_metric["cadres_dispatched"].char_start:by_metric["cadres_dispatched"].char_end] == "651名"


def test_people_from_a_report():
    extraction = extract_text(REPORT)
    assert [(p.name, p.role, p.village, p.dispatch_unit, p.start) for p in extraction.people] == [
        ("陈某某", "first_secretary", "路园村", "县交通局", "2022-03")]


def test_reporters_and_villagers_are_not_people():
    names = {p.name for p in extract_text(REPORT).people}
    assert not names & {"王某某", "张某某"}


def test_document_summary():
    doc = extract_text(REPORT).document
    assert doc.region == "渭源县" and doc.region_adcode == "621123"
    assert (doc.articles, doc.articles_kept) == (1, 1)


# --- the vocabulary seed -----------------------------------------------------------------------

def test_catalog_covers_the_gold_vocabulary():
    codes = {m.code for m in load_catalog().metrics}
    vocabulary = {
        "cadres_dispatched", "first_secretaries_dispatched", "team_members_dispatched", "teams_dispatched",
        "villages_covered", "cadres_paired", "cadres_trained", "work_funds", "living_subsidy",
        "transport_subsidy", "accident_insurance", "matching_funds", "funds_secured", "investment_attracted",
        "donation", "loans_arranged", "households_visited", "problems_solved", "leader_visits",
        "projects_secured", "road_km_built", "canal_km_repaired", "facilities_built", "disputes_mediated",
        "ecommerce_sales", "consumption_purchases", "cooperatives_founded", "enterprise_projects",
        "villages_income_over_50k", "collective_income_increase", "income_increase", "net_profit",
        "jobs_created", "planting_area", "people_lifted_from_poverty", "people_trained", "other"}
    assert vocabulary <= codes  # the seed may hold more (monthly-report metrics)


def test_catalog_seed_is_tidy():
    with CATALOG_SEED.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len({r["metric_code"] for r in rows}) == len(rows)
    for row in rows:
        assert row["unit"] in UNITS and row["name_zh"] and row["name_en"]
