"""Precision: classes of text that hold numbers which are not figures of the programme, each on sentences
written for these tests (places, names and figures made up).

Ordinals and ranks, links to other articles at the foot of a web page, statistics of a region's economy,
head counts of the people the cadres work for, the start value of a fall, and the persons of a team.
"""
from __future__ import annotations

import pytest

from tests.unit.extract_asserts import facts_of as _facts
from flows.reports.numbers import find_quantities
from flows.reports.segment import segment


def _values(facts):
    return sorted((f.value, f.unit) for f in facts)


# --- ordinals and ranks ----------------------------------------------------------------------

@pytest.mark.parametrize("text", ["排名第2位", "被评为第3名", "第二批选派的5名", "位列前10名", "排名前3位"])
def test_an_ordinal_or_a_rank_is_no_count(text):
    quantities = find_quantities(text)
    assert all(q.value not in (2, 3, 10) for q in quantities), quantities


def test_a_rank_in_an_appraisal_is_no_dispatch_but_the_money_stays():
    text = ("本报讯 在全市驻村工作考核中，柳河村驻村工作队排名第2位，第一书记周平被评为第1名。"
            "驻村以来，工作队为柳河村争取资金60万元。\n")
    facts = _facts(text)
    assert _values(facts) == [(600000, "yuan")]


def test_the_batch_number_is_no_count_but_the_batch_size_is():
    text = "本报讯 槐树县第三批驻村工作队近日到岗，全县共选派驻村干部96名。\n"
    facts = _facts(text)
    assert _values(facts) == [(96, "person")]


# --- page navigation ---------------------------------------------------------------------------

def test_links_to_other_articles_after_the_story_are_not_read():
    text = ("驻村书记带出致富路\n"
            "驻村第一书记韩松到柳河村后，为村里争取资金45万元，硬化道路2.6公里。\n"
            "上一篇：全市完成高标准农田建设8万亩\n"
            "下一篇：我县驻村工作队助农销售农产品300万元\n")
    facts = _facts(text)
    assert _values(facts) == [(2.6, "km"), (450000, "yuan")]


def test_a_block_of_related_headlines_is_not_kept_even_when_it_names_the_programme():
    text = ("驻村第一书记韩松到柳河村后，为村里争取资金45万元。\n"
            "【相关新闻】\n"
            "全省驻村工作队新建冷库120座\n"
            "邻县第一书记带货销售额破千万元\n")
    articles = segment(text)
    assert [a.kept for a in articles] == [True, False]
    assert _values(_facts(text)) == [(450000, "yuan")]


def test_body_text_after_the_links_is_an_article_of_its_own():
    text = ("驻村第一书记韩松到柳河村后，为村里争取资金45万元。\n"
            "推荐阅读\n"
            "全市春耕生产有序推进\n"
            "驻村工作队在杏林村新修水渠3公里，安装路灯40盏，群众拍手称好。\n")
    articles = segment(text)
    assert [a.kept for a in articles] == [True, False, True]
    assert (40, "item") in _values(_facts(text))


# --- a region's economy -------------------------------------------------------------------------

def test_statistics_of_the_county_economy_are_not_programme_figures():
    text = ("本报讯 今年上半年，槐树县地区生产总值增长6.2%，固定资产投资完成12亿元，"
            "社会消费品零售总额达到30亿元。全县驻村工作队为帮扶村争取资金860万元。\n")
    facts = _facts(text)
    assert _values(facts) == [(8600000, "yuan")]


# --- the people the cadres work for --------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "驻村第一书记韩松为12名群众联系了工作。",
    "驻村工作队给25名留守儿童送去书包。",
    "第一书记韩松带领18名党员清理河道垃圾。",
    "第一书记韩松带领30人连夜抢修道路。",
])
def test_a_head_count_of_the_people_served_is_no_dispatch(sentence):
    facts = _facts("本报讯 " + sentence + "\n")
    assert not [f for f in facts if f.kind == "dispatch"], [(f.metric, f.value) for f in facts]


def test_cadres_counted_after_the_post_still_count():
    text = "本报讯 今年全县选派驻村第一书记共计88名，驻村工作队员总数为260名，选派15名党员干部驻村。\n"
    facts = _facts(text)
    assert (88, "person") in _values(facts) and (260, "person") in _values(facts)
    assert (15, "person") in _values(facts)


# --- the persons of a team, the start value of a fall --------------------------------------------

def test_a_team_of_four_persons_is_four_members_not_four_teams():
    text = "本报讯 县农业局派出一支4个人的工作队进驻杏林村，驻村半年争取资金70万元。\n"
    fact = next(f for f in _facts(text) if f.value == 4)
    assert fact.unit == "person" and fact.metric == "team_members_dispatched"


def test_the_start_value_of_a_fall_is_no_figure():
    text = "本报讯 在驻村工作队帮助下，杏林村贫困发生率从18.6%降至0.4%。\n"
    assert _values(_facts(text)) == [(0.4, "percent")]


# --- villages counted after their list -----------------------------------------------------------

def test_the_count_closing_a_list_with_deng_is_the_villages_covered():
    text = ("本报讯 两年来，驻村工作队所在的清溪镇上坪村、下坪村、石门村等3个村级集体经济相对薄弱村，"
            "分别办起了村办企业。\n")
    fact = next(f for f in _facts(text) if f.value == 3)
    assert (fact.metric, fact.unit, fact.region) == ("villages_covered", "village", "清溪镇")


def test_a_count_of_stationed_villages_is_not_read_as_the_thing_sold_after_it():
    text = "两年来4个驻点村卖出山货300余万元\n2024-03-02 来源：某某日报\n本报讯 驻村工作队帮助村里办起了合作社。\n"
    assert not [f for f in _facts(text) if f.value == 4 and f.unit == "item"]


def test_things_counted_before_a_village_noun_in_the_next_clause_still_count():
    # the village noun belongs to the clause after the thing counted: the count is of the things built
    text = "柳河村位于某某县。驻村工作队争取政策支持，新修28个蓄水池解决村民灌溉用水。\n"
    assert [(f.metric, f.value) for f in _facts(text) if f.value == 28] == [("facilities_built", 28)]


# --- a news site's dateline opens another article --------------------------------------------------

@pytest.mark.parametrize("dateline", ["某某网6月3日电", "某某台南川6月3日消息（记者 周云）", "某某网南川站6月3日讯（通讯员 周云）"])
def test_an_unrelated_article_under_a_site_dateline_is_not_read(dateline):
    text = ("驻村书记带出致富路\n"
            "驻村第一书记韩松到柳河村后，为村里争取资金45万元，硬化道路2.6公里。\n"
            "全市汛期准备就绪\n"
            f"{dateline}今年以来，全市共加固堤防15公里，清理河道90公里，转移群众2000人。\n")
    assert _values(_facts(text)) == [(2.6, "km"), (450000, "yuan")]


def test_a_call_on_a_date_is_no_dateline():
    from flows.reports.segment import classify
    assert classify("他在6月3日电话里告诉驻村工作队，村里的水渠已经修好了，全长2公里，群众很满意。") == "body"


def test_a_navigation_line_is_never_joined_to_the_caption_before_it():
    from flows.reports.normalise import normalise
    text = ("驻村第一书记韩松到柳河村后，为村里争取资金45万元。\n"
            "图为驻村工作队员在柳河村查看蔬菜大棚长势（摄影 周云）\n"
            "点击排行\n"
            "1 全省新增造林800万亩\n")
    assert "\n点击排行" in normalise(text).text
    assert _values(_facts(text)) == [(450000, "yuan")]


# --- lengths of time, hamlets --------------------------------------------------------------------

@pytest.mark.parametrize("text", ["进驻柳河村3个多月", "用了10个工作日", "连续奋战5个日夜", "驻村两个年头"])
def test_a_length_of_time_counted_in_ge_is_no_count(text):
    assert find_quantities(text) == []


def test_a_length_of_time_is_not_read_as_villages_covered():
    text = "本报讯 驻村工作队进驻杏林村4个多月，争取项目资金25万元。\n"
    assert _values(_facts(text)) == [(250000, "yuan")]


def test_the_hamlets_of_one_village_are_not_villages_covered():
    text = "本报讯 驻村工作队在杏林村的5个自然村安装太阳能路灯90盏。\n"
    assert _values(_facts(text)) == [(90, "item")]


def test_a_breadcrumb_line_does_not_swallow_the_title_after_it():
    text = ("当前位置：首页 > 新闻中心 > 基层动态\n"
            "驻村第一书记韩松的帮扶账本\n"
            "2023-06-03 来源：某某县融媒体中心\n"
            "韩松到柳河村任职以来，为村里争取资金45万元，硬化道路2.6公里。\n")
    articles = segment(text)
    assert [a.kept for a in articles] == [False, True]
    assert articles[1].title == "驻村第一书记韩松的帮扶账本"
    assert _values(_facts(text)) == [(2.6, "km"), (450000, "yuan")]


def test_the_story_after_a_breadcrumb_and_a_plain_headline_is_kept():
    text = ("您的位置：首页 > 基层动态\n"
            "柳河村的新变化\n"
            "驻村第一书记韩松到柳河村任职以来，为村里争取资金45万元。\n")
    assert [a.kept for a in segment(text)] == [False, True]
    assert _values(_facts(text)) == [(450000, "yuan")]


def test_the_parts_of_the_sending_unit_are_not_built():
    text = "本报讯 驻村第一书记韩松所在的县林业局下设6个股室，今年为柳河村争取资金20万元。\n"
    assert _values(_facts(text)) == [(200000, "yuan")]


def test_experts_invited_by_the_team_are_not_team_members():
    text = "本报讯 驻村工作队邀请6名果树专家到杏林村指导修枝。\n"
    assert not [f for f in _facts(text) if f.kind == "dispatch"]


# --- villages or their party bodies brought to a state ------------------------------------------

def test_villages_a_verb_improves_are_an_outcome_not_villages_covered():
    text = ("本报讯 去年以来，槐树县驻村干部领衔各村党组织，共整顿提升软弱涣散村党组织15个，"
            "创建示范乡镇22个、示范村210个。\n")
    facts = _facts(text)
    assert not [f for f in facts if f.metric == "villages_covered"]
    assert sorted((f.value, f.unit) for f in facts if f.kind == "outcome") == [
        (15, "item"), (22, "item"), (210, "village")]


def test_villages_the_cadres_are_posted_to_stay_villages_covered():
    facts = _facts("本报讯 槐树县选派驻村干部进驻12个软弱涣散村开展整顿。\n")
    assert [(f.metric, f.value) for f in facts] == [("villages_covered", 12)]


def test_a_scope_word_in_a_quoted_award_title_is_not_the_figure_s_place():
    text = ("本报讯 过去一年，榆林市有30人被评为“全省优秀驻村第一书记”，新一批驻村干部共650人扎根基层。\n")
    facts = _facts(text)
    assert [f.region for f in facts if f.value == 650] == ["榆林市"]


# --- a place's height, a place's looks ---------------------------------------------------------

def test_an_altitude_is_never_a_length_built():
    text = "本报讯 槐树县石岭镇柳河村海拔1200多米，驻村工作队修建水池3座，新修道路2.5公里。\n"
    assert _values(_facts(text)) == [(2.5, "km"), (3, "item")]


def test_a_village_s_looks_name_no_village():
    text = ("本报讯 2020年底，柳河村村容村貌焕然一新，人均纯收入超万元，集体经济突破40万元。"
            "驻村工作队功不可没。\n")
    assert {f.region for f in _facts(text)} == {"柳河村"}


# --- one villager's own herd or income -----------------------------------------------------------

def test_one_villager_s_own_herd_goes_to_review_but_a_cadre_s_works_do_not():
    story = ("本报讯 柳河村贫困户张强于2019年脱贫，年轻的他肯学习，除了种花椒，他还养了12多头牛，生活越过越好。"
             "驻村工作队帮他争取贷款。\n")
    herd = [f for f in _facts(story) if f.value == 12]
    assert all(f.confidence < 0.6 and f.signals["one_person_own"] == 1.0 for f in herd)
    works = _facts("本报讯 驻柳河村第一书记张明到任后，他带领村民新修道路3公里，他还新建水池5座。\n")
    assert [f.signals["one_person_own"] for f in works] == [0.0, 0.0]


def test_land_described_by_what_it_earns_is_no_planting_area():
    text = ("本报讯 驻村第一书记说，在光伏电站修建之前，村集体经济的唯一来源，是500多亩山场的各级公益林补贴。"
            "驻村工作队带领村民种植茶叶300多亩。\n")
    assert [f.value for f in _facts(text) if f.unit == "mu"] == [300]


def test_a_small_count_restated_in_a_summary_counts_once():
    text = ("本报讯 四年来，驻柳河村工作队改造关键桥梁2座，村里道路彻底畅通。\n"
            "驻村以来，工作队落实项目资金近800万元，改建桥梁2座，安装路灯150盏。\n")
    facts = _facts(text)
    assert [f.value for f in facts if f.unit == "item" and f.value == 2] == [2]


def test_a_visit_named_after_its_count_stays_a_figure_when_a_later_clause_describes_the_village():
    facts = _facts("驻村工作队放下行李就开展对980户村民的大走访，对全村12平方公里山林的勘查。\n")
    assert [(f.metric, f.value) for f in facts] == [("households_visited", 980)]


def test_buildings_the_village_has_stay_background_when_a_later_clause_describes_it():
    facts = _facts("该村有五幢居民楼、一幢办公楼，全村共207户。驻村工作队开展帮扶。\n")
    assert not [f for f in facts if f.metric == "facilities_built"]


def test_building_to_a_high_standard_is_no_threshold():
    facts = _facts("今年初，驻村工作队又投资150万余元在石桥村高标准修建一座生态公园。\n")
    assert [(f.value, f.region) for f in facts] == [(1500000, "石桥村")]


def test_firms_gone_to_see_are_no_projects_brought_but_firms_brought_in_are():
    facts = _facts("驻村以后，工作队考察农业龙头企业十余家，最终引进企业3家。\n")
    assert [(f.metric, f.value) for f in facts] == [("enterprise_projects", 3)]


def test_what_the_places_counted_must_have_and_one_per_village_are_no_figures():
    facts = _facts("全省向非贫困村选派帮扶力量，对有20户以上贫困户的非贫困村全覆盖选派第一书记。"
                   "各地采取1村选派1名第一书记的办法，共选派第一书记6150名。\n")
    assert [(f.metric, f.value) for f in facts] == [("first_secretaries_dispatched", 6150)]


def test_one_cadre_sent_to_a_named_village_is_still_a_figure():
    facts = _facts("该局选派1名干部到石桥村任第一书记，驻村工作队开展帮扶。\n")
    assert [f.value for f in facts] == [1]


def test_places_below_a_bound_of_what_they_have_are_a_criterion_not_a_figure():
    assert _facts("20户以下贫困户的非贫困村则全覆盖选派帮扶责任人，驻村工作队开展帮扶。\n") == []


def test_what_the_place_pointed_back_to_has_is_background():
    facts = _facts("驻村工作队来到石桥村，这里共有46户养殖户，从业人员近200人，但产业发展分散。\n")
    assert facts == []


def test_a_sentence_opening_on_the_cadres_arrival_describes_the_place_as_they_found_it():
    facts = _facts("刚来的时候，石桥村有1900人，50户贫困户，无集体经济。两年来，驻村工作队帮助120户贫困户脱贫。\n")
    assert [(f.kind, f.value) for f in facts] == [("outcome", 120)]


def test_the_length_of_a_thing_described_is_no_work_but_a_length_built_is():
    facts = _facts("主村沿路1500米长的排水沟原来臭不可闻。驻村工作队修建了800米长的排水沟。\n")
    assert [f.value for f in facts] == [0.8]


def test_one_each_a_unit_must_take_is_a_norm_not_a_count():
    facts = _facts("省直定点扶贫单位要在原定县包乡中确定1个贫困村，选派驻村工作队进行定点帮扶。\n")
    assert facts == []
