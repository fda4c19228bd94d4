"""Region scope classes (issue 7, helper r): the place a figure is about follows the sentence's scope word,
not a place named elsewhere on the page. Every sentence is made up for the test: invented names, villages,
units and figures; none is taken from a real page.
"""
from __future__ import annotations

import pytest

from flows.reports.catalog import load_vocabulary
from flows.reports.extract import extract_text
from tests.unit.extract_asserts import one as _one


def test_a_division_in_an_award_title_is_not_the_page_s_place():
    text = ("本报讯 我市共选派3批420名机关干部驻村任职。去年，我市驻村干部共筹集资金6000多万元。"
            "今年，市下派办被评为南平市先进单位，5名驻村干部获评“南平市级优秀驻村干部”。\n")
    facts = extract_text(text).facts
    assert _one(facts, 420).region == "我市"
    assert _one(facts, 60_000_000).region == "我市"
    assert extract_text(text).document.region is None


def test_a_city_scope_word_is_kept_over_a_cadre_s_village_named_before_it():
    text = ("本报讯 张立新是市税务局的一名干部，2019年3月起驻青石镇柳湾村，为村里争取资金12万元。\n"
            "张立新只是我市众多驻村干部之一。五年来，我市共选派5批610名干部驻村任职。\n")
    facts = extract_text(text).facts
    assert _one(facts, 120_000).region == "柳湾村"
    assert _one(facts, 610).region == "我市"


def test_a_city_paper_s_own_city_is_the_one_above_a_county_level_city_named_later_as_an_example():
    text = ("本报讯（记者 周明）乡村建设开展以来，我市共选派1800名优秀干部担任工作队员，进驻760个行政村。"
            "目前，工作队员争取经费超1.2亿元。\n"
            "桂平市石龙镇平安村由一家合作社带动村民种植砂糖橘。\n")
    facts = extract_text(text).facts
    assert _one(facts, 1800).region == "贵港市"
    assert _one(facts, 120_000_000).region == "贵港市"


def test_a_county_level_city_named_before_its_city_scope_word_keeps_it():
    text = "桂平讯 桂平市乡村振兴工作会议召开。全市共选派驻村干部430名，覆盖218个村。\n"
    facts = extract_text(text).facts
    assert _one(facts, 430).region == "桂平市"


def test_a_township_scope_word_is_kept_over_the_village_named_before_it():
    text = "本报讯 驻村第一书记韩冬在松林村工作两年，带领村民种植核桃400亩。全镇共有驻村干部38名。\n"
    facts = extract_text(text).facts
    assert _one(facts, 400).region == "松林村"
    assert _one(facts, 38).region == "全镇"


@pytest.mark.parametrize("text", [
    "临泉讯 今年以来，临泉共选派驻村干部320名，覆盖118个村。\n",
    "临泉：驻村干部扎根一线\n本报讯 今年以来，全县共选派驻村干部320名，覆盖118个村。\n",
])
def test_a_county_written_short_in_a_dateline_or_a_headline_is_the_page_s_county(text):
    extraction = extract_text(text)
    assert extraction.document.region == "临泉县"
    assert _one(extraction.facts, 320).region == "临泉县"


def test_a_dateline_word_the_analyser_reads_as_an_adjective_names_no_county():
    extraction = extract_text("平安讯 今年以来，全县共选派驻村干部320名。\n")
    assert extraction.document.region is None


def test_a_figure_with_nothing_before_it_takes_the_village_its_sentence_names_after_it():
    facts = extract_text("本报讯 驻村工作队硬化道路2.6公里，惠及柏树村300余户群众。\n").facts
    assert _one(facts, 2.6, "km").region == "柏树村"


def test_a_prefecture_scope_word_is_the_prefecture_not_a_county_level_city_it_holds():
    facts = extract_text("本报讯 今年以来，全州共选派驻村工作队员2100名。利川市选派320名。\n").facts
    assert _one(facts, 2100).region == "恩施土家族苗族自治州"
    assert _one(facts, 320).region == "利川市"


def test_a_first_person_prefecture_word_on_a_page_that_names_no_place_is_kept_as_written():
    facts = extract_text("本报讯 今年以来，我州共选派驻村工作队员2100名。\n").facts
    assert _one(facts, 2100).region == "我州"


@pytest.mark.parametrize("text", [
    "本报讯 甲溪村修建了文化广场，驻村工作队还争取资金20万元用于乙岭村建设冷库。\n",
    "本报讯 驻甲溪村工作队争取资金20万元，全部用于乙岭村的产业发展。\n",
])
def test_money_named_for_a_village_right_after_it_is_that_village_s(text):
    assert _one(extract_text(text).facts, 200_000).region == "乙岭村"


def test_money_for_the_village_in_general_stays_with_the_team_s_village():
    facts = extract_text("本报讯 驻甲溪村工作队争取资金20万元，用于村里的产业发展。\n").facts
    assert _one(facts, 200_000).region == "甲溪村"


def test_every_vocabulary_row_has_the_seed_s_five_columns():
    import csv

    from flows.reports.catalog import VOCABULARY_SEED

    with VOCABULARY_SEED.open(encoding="utf-8", newline="") as handle:
        widths = {len(row) for row in csv.reader(handle)}
    assert widths == {5}  # a comma in an unquoted note adds a column dbt's seed load rejects


def test_an_organ_of_a_level_that_names_no_place_is_written_as_the_level_s_scope_word():
    # 市直 (the city's own departments) is who sent the cadres; on a page naming no city, the region is the whole city
    text = ("本报讯 2016年，全市有120个工作组在农村开展帮扶工作。其中，市直40个帮扶单位、"
            "58名工作队员进驻30个市级贫困村开展帮扶。到位帮扶资金215.6万元。\n")
    facts = extract_text(text).facts
    assert {f.region for f in facts if f.value in (58, 30, 2_156_000)} == {"全市"}

def test_an_organ_of_a_level_on_a_page_that_never_names_its_city_is_written_as_the_whole_city():
    text = ("本报讯 2016年，全市有120个扶贫工作组驻村。其中，市直48个帮扶单位、96名工作队员进驻40个贫困村。"
            "到位帮扶资金212.5万元，新建村级活动场所12处。\n")
    facts = extract_text(text).facts
    assert _one(facts, 96).region == "全市"
    assert _one(facts, 2_125_000).region == "全市"
    assert _one(facts, 12, "item").region == "全市"


def test_an_organ_that_names_a_unit_partnering_the_work_is_not_the_figure_s_place():
    text = ("本报讯 青松乡白石村是省直机关帮扶的贫困村，由省政府研究室派出干部赵启明任第一书记。"
            "到村后，第一书记多次与省直有关部门沟通协调，9月底村内道路硬化完工，共硬化街道2600米。\n")
    facts = extract_text(text).facts
    assert _one(facts, 2.6, "km").region in ("白石村", "青松乡")


def test_a_city_that_funds_the_story_s_village_is_not_the_place_of_the_money():
    text = ("本报讯 市工会选派干部进驻宜丰县石桥镇杏花村。杏花村地处山区，过去是重点贫困村。"
            "2019年，干部们在杏花村建起茶叶基地。2020年，宜春市投入30万元用于村党群服务中心建设，"
            "新建村史馆一座。\n")
    facts = extract_text(text).facts
    assert _one(facts, 300_000).region == "杏花村"


def test_a_scope_word_in_an_award_title_is_not_the_place_of_the_figures():
    text = ("本报讯 春节前，宁夏中卫市海原、中宁等县区走访慰问驻村干部。记者从中卫市委组织部获悉，过去一年，"
            "中卫市有21人被自治区评为“全区优秀驻村第一书记”，新一批驻村干部共508人扎根基层。\n"
            "由某单位派驻海原县李旺镇杏花村的第一书记周文彬带领村民种植枸杞200亩。\n")
    facts = extract_text(text).facts
    assert _one(facts, 508).region == "中卫市"


def test_a_cadre_named_as_an_example_of_all_cadres_is_not_the_figure_s_village():
    text = ("本报讯 宜丰县石桥镇杏花村第一书记周文彬带领村民种植茶叶200亩。\n"
            "宜春市委组织部负责人介绍，像周文彬这样的驻村干部，去年共为群众办实事1260件。\n")
    facts = extract_text(text).facts
    assert _one(facts, 1260).region != "杏花村"


def test_an_organ_that_funds_the_story_s_village_is_not_the_place_of_the_money():
    story = ("本报讯 市工会选派干部进驻宜丰县石桥镇杏花村。杏花村地处山区，过去是重点贫困村。"
             "2019年，干部们在杏花村建起茶叶基地。")
    facts = extract_text(story + "2020年，县财政投入30万元用于该村道路硬化。\n").facts
    assert _one(facts, 300_000).region == "杏花村"
    facts = extract_text(story + "2020年，县财政投入300万元用于全县道路硬化。\n").facts
    assert _one(facts, 3_000_000).region == "宜丰县"


def test_an_organ_of_a_district_or_banner_speaks_for_the_whole_of_it():
    assert _one(extract_text("本报讯 今年，区直36个单位选派54名干部驻村。\n").facts, 54).region == "全区"
    assert _one(extract_text("本报讯 今年，旗直36个单位选派54名干部驻村。\n").facts, 54).region == "全旗"


def test_rural_work_instructors_are_cadres_sent():
    text = ("本报讯 昨天，全市第一书记和农村工作指导员工作会议召开。过去两年，全市第九批共1260名农指员扎根农村，"
            "帮助落实项目830个。\n")
    facts = extract_text(text).facts
    found = _one(facts, 1260)
    assert (found.kind, found.metric) == ("dispatch", "cadres_dispatched")


def test_a_province_that_opens_a_registered_firm_s_name_is_not_the_place_of_its_figures():
    text = ("本报讯 宜丰县石桥镇杏花村驻村工作队帮助杏花村发展产业。"
            "工作队牵头兴办了由村集体控股的江西青禾绿源农业科技有限责任公司，去年安置就业12人。\n")
    assert _one(extract_text(text).facts, 12).region == "杏花村"


def test_the_village_cadres_take_root_in_right_after_the_count_is_the_dispatch_s_place():
    text = ("本报讯 宜丰县石桥镇杏花村迎来新的驻村力量。按照全市驻村工作安排，宜春市委组织部、宜春市司法局、"
            "宜春市委党校，3家单位派出3名工作骨干，扎根杏花村一线。\n")
    assert _one(extract_text(text).facts, 3, "person").region == "杏花村"


def test_the_village_named_after_a_relative_clause_of_building_is_where_the_money_went():
    text = ("本报讯 宜丰县石桥镇杏花村驻村工作队带领群众发展产业。"
            "2019年江西省水利厅投资150万元建设的杏花村灌溉站投入使用，当年为村集体增收6万元。\n")
    assert _one(extract_text(text).facts, 1_500_000).region == "杏花村"


def test_the_organ_that_reports_the_figures_speaks_for_its_level_and_its_villages():
    text = ("本报讯 春节前，江西宜春市委组织部走访慰问驻村干部。由某法院派驻宜丰县石桥镇杏花村的第一书记周文彬"
            "带领村民种植茶叶200亩。据市委组织部相关负责人介绍，去年以来，像周文彬这样的驻村干部领衔各村党组织，"
            "共整顿提升软弱涣散村党组织12个，创建示范村390个。\n")
    facts = extract_text(text).facts
    assert _one(facts, 12).region == "宜春市"
    assert _one(facts, 390).region == "宜春市"


def test_the_organs_that_give_an_award_are_not_the_place_of_the_next_figure():
    text = ("本报讯 宜春市农村指导员工作实施以来，共下派农指员6800名，连续8次受省委、省政府表彰。"
            "在他们之中，已经有86位优秀农村工作指导员获得表彰。\n")
    assert _one(extract_text(text).facts, 86).region == "宜春市"


def test_a_province_s_department_that_gives_money_is_the_funder_not_the_place():
    story = "本报讯 宜丰县石桥镇杏花村驻村工作队带领群众发展产业。杏花村地处山区。"
    facts = extract_text(story + "2019年，江西省水利厅投资150万元建设灌溉站一座。\n").facts
    assert _one(facts, 1_500_000).region == "杏花村"
    facts = extract_text("本报讯 2019年，江西省财政厅投入2亿元支持全省驻村帮扶工作。\n").facts
    assert _one(facts, 200_000_000).region == "江西省"


def test_a_dispatch_count_goes_to_the_place_after_a_verb_of_going():
    text = ("本报讯 临泽县石桥镇柳河村驻村工作队修路3公里。"
            "自2015年以来，某大学已连续五轮选派30位优秀干部赴临泽县3个镇18个村担任第一书记。\n")
    assert _one(extract_text(text).facts, 30).region == "临泽县"


def test_cadres_who_first_make_up_a_team_go_where_the_team_is_sent():
    text = "四川讯 去年，我省选派3200余名干部组成综合帮扶工作队，分赴甘孜州8个县开展帮扶。\n"
    assert _one(extract_text(text).facts, 3200).region == "甘孜州"


def test_cadres_sent_to_two_prefectures_of_one_province_are_the_province_s():
    text = ("柯坪讯 某公司驻村工作队在柯坪县开展工作。"
            "多年来，某公司先后派出6批120名干部职工赴和田地区、喀什地区驻村。\n")
    assert _one(extract_text(text).facts, 120).region == "新疆维吾尔自治区"


@pytest.mark.parametrize(("sentence", "value", "region"), [
    ("旗里为每个驻村工作队安排工作经费5万元。", 50_000, "扎赉特旗"),
    ("今年，盟里共选派驻村干部320名。", 320, "兴安盟"),
    ("全苏木今年新建牛棚12座。", 12, "巴彦苏木"),
])
def test_the_scope_words_of_a_banner_a_league_and_a_sumu_speak_for_them(sentence, value, region):
    text = f"本报讯 扎赉特旗巴彦苏木乌兰嘎查驻村工作队修路3公里。{sentence}\n"
    assert _one(extract_text(text).facts, value).region == region


@pytest.mark.parametrize(("word", "region"), [("我镇", "石桥镇"), ("我村", "柳河村")])
def test_a_first_person_town_or_village_speaks_for_itself_over_a_county_named_before(word, region):
    text = f"本报讯 临泽县石桥镇柳河村驻村工作队修路3公里。在临泽县的支持下，今年{word}新建冷库5座。\n"
    assert _one(extract_text(text).facts, 5).region == region


@pytest.mark.parametrize(("short", "full"), [
    ("科右前旗", "科尔沁右翼前旗"), ("察右后旗", "察哈尔右翼后旗"), ("阿左旗", "阿拉善左旗"), ("乌中旗", "乌拉特中旗"),
    ("达茂旗", "达尔罕茂明安联合旗"),
])
def test_a_banner_written_in_its_usual_short_form_is_that_banner(short, full):
    extraction = extract_text(f"本报讯 {short}驻村工作队今年修路3公里。\n")
    fact = _one(extraction.facts, 3)
    assert (fact.region, fact.region_level, fact.place.county) == (short, "county", full)


def test_a_banner_of_a_short_stem_keeps_its_name_and_listed_short_forms_name_a_division():
    from flows.reports.regions import load_divisions

    divisions = load_divisions()
    assert "巴左旗" not in divisions  # 巴林左旗: a two-character stem before its position keeps its name whole
    assert all(full in divisions for full in load_vocabulary().mapping("division_short_form").values())


@pytest.mark.parametrize("unit", ["省财政厅", "甘肃省财政厅"])
def test_the_villages_a_unit_is_paired_with_lie_where_the_work_is_not_in_the_unit_s_division(unit):
    text = (f"本报讯 甘肃省财政厅驻村帮扶工作队在临泽县开展工作。去年底，临泽县脱贫摘帽，{unit}8个帮扶村全部脱贫。\n")
    assert _one(extract_text(text).facts, 8).region == "临泽县"


def test_a_prefecture_opening_the_name_of_an_organ_that_helps_does_not_move_a_township_s_story():
    text = ("本报讯 理塘县驻村工作队今年修路3公里。\n"
            "理塘县石桥乡党委副书记王明在获得某大学和甘孜州科技局项目支持后，结合当地条件试种药材。\n"
            "药材一亩年均收入可达3000元。去年，试种的30亩药材就有15户贫困户参与。\n")
    assert _one(extract_text(text).facts, 30).region == "石桥乡"


@pytest.mark.parametrize("verb", ["前往", "到"])
def test_cadres_counted_on_a_trip_to_learn_are_not_posted_where_they_learn(verb):
    text = f"本报讯 临泽县共选派驻村干部120名。今年，县里组织20名第一书记{verb}甘孜州参观学习。\n"
    assert all(f.region != "甘孜州" for f in extract_text(text).facts)


def test_a_verb_between_an_adverb_and_the_village_suffix_names_no_village():
    from flows.reports.regions import PlaceFinder
    text = "本报讯 工作队员还指导村(社区)干部理账，也帮助村民记账。青松村的账目清楚了。\n"
    names = {p.name for p in PlaceFinder(text).find()}
    assert "青松村" in names
    assert "指导村" not in names


def test_a_village_shown_in_a_photo_is_not_the_village_a_province_s_story_is_about():
    text = ("本报讯 云南省今年选派3000名干部驻村。\n"
            "工作队带领群众种植蘑菇。图为青松村村民在青松村大棚采摘蘑菇。 记者王某 摄\n"
            "同时，工作队员还指导村(社区)组织干事创业。五年来，驻村工作队共帮助基层兴办专业合作社1200个。\n")
    assert _one(extract_text(text).facts, 1200).region == "云南省"


def test_the_universities_a_ministry_runs_report_the_country_s_totals_not_a_county_s():
    text = ("本报讯 某大学在平利县设立驻村帮扶工作站，平利县的茶叶走进了校园食堂。\n"
            "2020年，30所直属高校共投入帮扶资金2.5亿元，选派挂职干部86人、驻村第一书记40人。\n")
    facts = extract_text(text).facts
    assert _one(facts, 250_000_000).region == "全国"
    assert _one(facts, 86).region == "全国"


def test_a_city_called_by_its_short_form_on_a_page_that_names_its_counties_is_the_city():
    text = ("本报讯 脱贫攻坚中，信阳坚持党建引领，共选派900名第一书记驻村扶贫。\n"
            "在光山县某油茶园内，工作队帮助贫困户采摘油茶果。\n")
    assert _one(extract_text(text).facts, 900).region == "信阳市"


@pytest.mark.parametrize("text, township", [
    ("本报讯 石门县青岭乡土壤肥沃，适合种茶。\n", "青岭乡"),          # right after its county
    ("本报讯 结合青岭乡土壤条件种茶。青岭乡党委很支持。\n", "青岭乡"),  # written alone elsewhere
])
def test_a_township_followed_by_a_word_that_begins_like_xiangtu_is_the_township(text, township):
    from flows.reports.regions import PlaceFinder
    assert township in {p.name for p in PlaceFinder(text).find()}


@pytest.mark.parametrize("text", ["本报讯 石门县美丽乡村建设提速。\n", "本报讯 发展乡村民宿，弘扬乡土文化。\n",
                                  "本报讯 结合青岭乡土壤条件种茶。\n"])
def test_xiang_heading_a_common_word_names_no_township(text):
    from flows.reports.regions import PlaceFinder
    assert not [p for p in PlaceFinder(text).find() if p.level == "township"]


@pytest.mark.parametrize("text", ["本报讯 工作队指导村(社区)开展议事。\n", "本报讯 驻村干部指导村（社区）理账。\n",
                                  "本报讯 工作队员规划村(居)产业。\n"])
def test_a_clause_before_the_village_and_community_pair_names_no_village(text):
    from flows.reports.regions import PlaceFinder
    assert not [p for p in PlaceFinder(text).find() if p.level == "village"]


def test_a_village_written_with_the_community_it_became_is_still_read():
    from flows.reports.regions import PlaceFinder
    text = "本报讯 工作队到石桥镇红旗岭村(社区)调研。\n"
    assert "红旗岭村" in {p.name for p in PlaceFinder(text).find()}


def test_cadres_drawn_from_units_are_cadres_dispatched():
    text = "本报讯 县里从县直单位抽调64名干部，组建32支驻村工作队。\n"
    fact = _one(extract_text(text).facts, 64)
    assert (fact.kind, fact.metric, fact.unit) == ("dispatch", "cadres_dispatched", "person")


def test_a_citys_summary_before_a_village_story_starts_stays_the_citys():
    page = ("这是南平市第三批选派驻村干部留下的印记。\n"
            "三年来，驻村干部共争取到各类帮扶及项目资金8.6亿元。\n"
            "这是石桥镇石桥村第一书记韩立伟刚到村里时面临的局面。石桥村村民说，韩立伟带来了新思路。\n")
    facts = extract_text(page).facts
    assert [(f.value, f.region) for f in facts] == [(860000000, "南平市")]


def test_a_division_that_aids_a_project_is_not_the_place_of_its_money():
    facts = extract_text("两年来，石桥村驻村工作队积极争取扶贫资金73万元、上海对口援建项目石斛种苗基地建设85万元。\n").facts
    assert {f.region for f in facts} == {"石桥村"}
