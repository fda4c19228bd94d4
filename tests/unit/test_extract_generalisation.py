"""Rules added after the second held-out check (fixtures h..o): each one a class of failure, not a page."""
import pytest

from flows.reports.extract import extract_text
from flows.reports.regions import load_divisions
from tests.unit.extract_asserts import people_by_name as _people


def _facts(text):
    return {(f.metric, f.value, f.unit, f.basis, f.region) for f in extract_text(text).facts}


def test_autonomous_county_short_form_is_not_read_as_a_shorter_county():
    assert "澜沧县" in load_divisions() and "莫力达瓦旗" in load_divisions()


def test_national_and_city_references():
    facts = _facts("本报讯 记者获悉，目前全国在岗驻村第一书记20.6万名。\n")
    assert any(f[1] == 206000 and f[4] == "全国" for f in facts)


def test_secured_verb_and_threshold_and_rate_in_clause():
    text = ("本报讯 某县驻村工作队争取帮扶资金3460万元，对驻村干部每人每月发放交通补助不低于500元；"
            "脱贫村集体经济收入超过10万元的村占比达到62.5%。\n")
    facts = _facts(text)
    assert any(m == "funds_secured" and v == 34600000 for m, v, *_ in facts)
    assert any(m == "transport_subsidy" and b == "per_person" for m, v, u, b, r in facts)
    assert not any(v == 100000 for m, v, *_ in facts)


def test_team_member_list_after_role():
    text = "本报讯 驻村工作队队长高鹏正和队员张敏、刘晓宇在地头察看长势。高鹏说，要干实事。\n"
    names = {p.name for p in extract_text(text).people}
    assert {"高鹏", "张敏", "刘晓宇"} <= names


# Rules added after the third held-out check (fixtures p..s: full narrow-column pages).

def _norm(raw):
    from flows.reports.normalise import normalise
    return normalise(raw).text


def test_narrow_column_lines_join_despite_a_wide_headline_nearby():
    raw = ("——记某某县某某镇某某村第一书记某某某\n\n□记者 某某 文/图\n\n清晨六点，村里的雾还没散，他已\n\n"
           "经蹲在村里的果园里查看果树的长\n\n势。驻村以来，他跑遍了全村的农\n\n户，帮助群众解决问题 420余\n\n件。\n")
    text = _norm(raw)
    assert "他已经蹲在" in text and "果树的长势" in text and "420余件" in text
    assert "文/图\n" in text  # a byline does not run into the body


def test_money_won_for_a_purpose_is_funds_secured():
    facts = _facts("本报讯 某县驻村第一书记为村里争取道路硬化资金80万元，新修村内道路3.2公里。\n")
    assert any(m == "funds_secured" and v == 800000 for m, v, *_ in facts)
    assert not any(m == "facilities_built" for m, *_ in facts)


def test_comparison_continues_the_previous_metric_and_a_part_is_not_a_figure():
    facts = _facts("本报讯 驻村工作队进驻后，去年村集体经济收入达到18万元，比驻村前增加了15万元。"
                   "驻村工作队引导村民种植油松19.3亩，其中贫困户种植17亩。\n")
    assert any(m == "collective_income_increase" and v == 150000 for m, v, *_ in facts)
    assert not any(v == 17 for m, v, *_ in facts)


def test_cadre_sent_to_a_village_and_village_before_a_comma():
    text = ("本报讯 某县驻村工作队全部到岗。派驻到城关镇平安村的黄海燕是县医院医生。"
            "在火箭镇东兴村，第一书记赵丽娜组织妇女编织草编。驻灯塔村第一书记孙宏伟带领村民发展加工。\n")
    people = {p.name: p for p in extract_text(text).people}
    assert people["黄海燕"].village == "平安村" and people["赵丽娜"].village == "东兴村"
    assert people["孙宏伟"].village == "灯塔村"


# Rules added after the fourth held-out check (fixtures t..w: messier OCR pages with flattened tables).

def test_flattened_cadre_table_gives_people_with_unit_and_village():
    text = ("本报讯 某县新一轮驻村干部全部到岗。名单如下：序号 姓名 派出单位 驻村 职务 1 钱明远\n"
            "县水利局 石桥镇清溪村 第一书记 2 苗 秀 市统计局 石桥镇杏花村 第一书记\n")
    people = {p.name: p for p in extract_text(_norm(text)).people}
    assert people["钱明远"].village == "清溪村" and people["钱明远"].dispatch_unit == "县水利局"
    assert people["苗秀"].village == "杏花村" and people["苗秀"].role == "first_secretary"


def test_members_listed_after_role_and_tongzhi_after_role():
    text = ("本报讯 某县驻村第一书记带着工作队员韩晓光、董思远走村入户。"
            "在城南镇，驻村工作队长冯立新同志是县交通局干部。\n")
    people = {p.name: p.role for p in extract_text(text).people}
    assert people.get("韩晓光") == "team_member" and people.get("董思远") == "team_member"
    assert people.get("冯立新") == "team_leader"


def test_head_and_year_apart_is_per_person_year_and_year_total_is_total():
    facts = _facts("本报讯 某县派出单位每年为每名第一书记安排工作经费不少于2万元。"
                   "全县驻村工作队全年共为村里争取项目资金8600万元。\n")
    assert any(m == "work_funds" and b == "per_person_year" for m, v, u, b, r in facts)
    assert any(m == "funds_secured" and b == "total" for m, v, u, b, r in facts)


def test_sibling_parts_after_qizhong_are_all_kept():
    facts = _facts("本报讯 某县共有驻村队员1120名，其中省派第一书记46名、市派第一书记83名。\n")
    assert any(v == 46 for m, v, *_ in facts) and any(v == 83 for m, v, *_ in facts)


def test_time_phrase_is_not_part_of_a_village_name():
    facts = _facts("本报讯 驻清溪村第一书记介绍，三年来清溪村发展茶叶种植1200亩。\n")
    assert any(v == 1200 and r == "清溪村" for m, v, u, b, r in facts)


def test_post_before_comma_with_zuowei_names_the_cadre_after():
    people = _people("本报讯 作为化作乡枪杆岩村驻村第一书记，胡志刚把院坝会开到田间。"
                     "作为向阳乡河口村驻村第一书记，市生态环境局干部潘振宇带领群众种辣椒。\n")
    assert people["胡志刚"].village == "枪杆岩村" and people["胡志刚"].role == "first_secretary"
    assert people["潘振宇"].village == "河口村" and people["潘振宇"].dispatch_unit == "市生态环境局"


def test_name_sent_to_village_to_serve_as_first_secretary_with_start_month():
    people = _people("本报讯 2022年6月，潘振宇被选派到向阳乡河口村任第一书记。"
                     "去年7月，市委组织部选派大学教师王雅琴到义岗镇石家川村担任第一书记。\n")
    assert people["潘振宇"].village == "河口村" and people["潘振宇"].start == "2022-06"
    assert people["王雅琴"].village == "石家川村"


def test_line_break_after_post_and_members_joined_by_he():
    people = _people("本报讯 某县常河镇常河村驻村第一书记\n李明轩，2023年9月由县交通运输局选派驻村。"
                     "在襄南镇何川村，工作队三名成员——队长魏建军、队员苟丽娟和张文博正在分拣种薯。\n")
    assert people["李明轩"].dispatch_unit == "县交通运输局" and people["李明轩"].start == "2023-09"
    assert people["张文博"].role == "team_member" and people["张文博"].village == "何川村"


def test_unit_before_village_and_city_is_not_a_listed_name():
    people = _people("本报讯 鸿兴镇四家子村第一书记曲晓峰、白城市税务局驻新华村第一书记邱丽和开通镇驻村工作队队员何晓宇研究项目。"
                     "市农业农村局驻陶营村第一书记蒋文斌正在采茶。\n")
    assert "白城" not in people and people["邱丽"].village == "新华村"
    assert people["何晓宇"].village is None and people["何晓宇"].township == "开通镇"
    assert people["蒋文斌"].dispatch_unit == "市农业农村局"


def test_team_leader_and_first_secretary_is_a_first_secretary():
    people = _people("本报讯 在张家湾镇营脚村，驻村工作队队长、第一书记龙海燕带着队员熊开明走访农户。\n")
    assert people["龙海燕"].role == "first_secretary" and people["熊开明"].role == "team_member"


def test_member_without_village_takes_it_from_the_preceding_sentence_or_the_next():
    people = _people("本报讯 娜姑镇白雾村第一书记段国华是省林草局派出的干部。两年来，他带着工作队员王丽萍、杨成波走访农户。"
                     "七月的王狮乡，驻村工作队队长高鹏正和队员张敏察看长势。2022年5月，两人由县水利局选派到杨家坪村驻村。“村里老人多。”高鹏说。\n")
    assert people["王丽萍"].village == "白雾村"
    assert people["高鹏"].village == "杨家坪村" and people["高鹏"].start == "2022-05"
    assert people["高鹏"].dispatch_unit == "县水利局"


# Rules added after the fifth held-out check (fixtures zb..ze: 安徽, 新疆, 福建, 湖北 pages).

def test_counts_by_level_continue_the_last_dispatch_figure():
    text = ("本报讯 某某县共选派驻村第一书记312名，覆盖312个行政村。其中省派18名、市派45名、县派249名。"
            "全县派出驻村工作队366个，其中，自治区派驻工作队42个，地区派驻87个，县派驻237个。\n")
    facts = _facts(text)
    for value in (18, 45, 249):
        assert any(v == value and u == "person" and m == "first_secretaries_dispatched" for m, v, u, *_ in facts)
    for value in (87, 237):
        assert any(v == value and u == "team" for m, v, u, *_ in facts)
        assert not any(v == value and u == "village" for m, v, u, *_ in facts)


def test_rate_standard_is_not_a_threshold_and_a_per_acre_yield_is_not_a_fact():
    text = ("本报讯 某某县财政按照每村每年不低于5万元的标准安排驻村工作经费。"
            "“一亩虾稻，每亩可增收800元。”第一书记陈晓东说。\n")
    facts = _facts(text)
    assert any(m == "work_funds" and v == 50000 and b == "per_year" for m, v, u, b, r in facts)
    assert not any(v == 800 for m, v, *_ in facts)


def test_county_level_city_speaks_for_its_own_city_words_and_a_cumulative_sum_is_a_total():
    text = ("本报讯 近年来，利川市坚持驻村帮扶，全市共派驻工作队348支、驻村干部1056人，"
            "全年累计投入驻村经费1200余万元。\n")
    facts = _facts(text)
    assert any(v == 1056 and r == "利川市" for m, v, u, b, r in facts)
    assert any(v == 12000000 and b == "total" and r == "利川市" for m, v, u, b, r in facts)


def test_province_of_a_dispatch_unit_is_not_the_region_of_a_figure():
    text = ("本报讯 谋道镇箭竹溪村发展莼菜产业。湖北省交通运输厅派驻的第一书记和队员们一起发展莼菜产业，"
            "种植面积从300亩扩大到1100亩。\n")
    facts = _facts(text)
    assert any(v == 1100 and r == "箭竹溪村" for m, v, u, b, r in facts)


def test_dotted_name_by_unit_name_and_line_table():
    text = ("本报讯 在喀尔赛镇阿亚格喀尔赛村，工作队队员艾尔肯·吐尔逊负责技能培训。"
            "团堡镇朝阳村驻村工作队队长、第一书记由市发改局干部牟俊担任。\n"
            "附：部分驻村第一书记名单\n姓名 派出单位 驻村\n郑宏伟 县财政局 甘棠乡 前洋村\n"
            "吴安平 县农业农村局 棠口镇 漈头村\n")
    people = {p.name: p for p in extract_text(_norm(text)).people}
    assert "艾尔肯·吐尔逊" in people
    assert people["牟俊"].role == "first_secretary" and people["牟俊"].dispatch_unit == "市发改局"
    assert people["郑宏伟"].village == "前洋村" and people["郑宏伟"].dispatch_unit == "县财政局"
    assert people["吴安平"].village == "漈头村" and people["吴安平"].dispatch_unit == "县农业农村局"


def test_dispatch_unit_before_a_county_and_township_chain():
    text = "本报讯（记者 林芳）近日，福建省科技厅派驻屏南县屏城乡古厦村第一书记叶思远说，村里变了。\n"
    people = {p.name: p for p in extract_text(text).people}
    assert people["叶思远"].dispatch_unit == "福建省科技厅"


def test_boundary_character_that_begins_a_recurring_township_name_is_kept():
    text = ("本报讯 作为向海蒙古族乡向海村驻村第一书记，潘振宇帮助农户种植辣椒300亩。"
            "2022年6月，潘振宇被选派到向海蒙古族乡向海村任第一书记。\n")
    people = {p.name: p for p in extract_text(text).people}
    assert people["潘振宇"].township == "向海蒙古族乡"


# Rules added after the sixth held-out check (fixtures zf..zi: 河南, 浙江, 青海, 宁夏 pages).

def test_count_of_a_noun_between_is_not_of_the_keyword_after_and_big_budget_is_a_total():
    facts = _facts("本报讯 据了解，某县今年共有158个帮扶单位派驻294名干部驻村帮扶，县财政安排驻村工作经费470万元。\n")
    assert not any(v == 158 and m != "other" for m, v, *_ in facts)  # the units counted: a figure of their own, not of the keyword after
    assert any(m == "work_funds" and v == 4700000 and b == "total" for m, v, u, b, r in facts)


def test_sales_of_farm_produce_and_sheds_counted_in_dong():
    facts = _facts("本报讯 驻村第一书记帮助村民销售茶叶、笋干等农产品320万元，新建标准化牛舍40栋。\n")
    assert any(m == "consumption_purchases" and v == 3200000 for m, v, *_ in facts)
    assert any(m == "facilities_built" and v == 40 for m, v, *_ in facts)


def test_single_programme_headline_after_an_unrelated_article_opens_a_new_article():
    text = ("本报讯 某县秋粮收购有序开展，检查收购点42个，查处短斤少两问题3起。\n\n驻村干部助农秋收\n\n"
            "近日，偏城乡全乡21个驻村工作队63名队员帮助群众秋收。\n")
    facts = _facts(text)
    assert not any(v == 3 for m, v, *_ in facts) and any(v == 21 for m, v, *_ in facts)


def test_township_ending_in_xia_xiang_after_a_locative():
    text = "本报讯 在路下乡，驻村工作队员林涛帮助村里开通直播间。\n"
    people = {p.name: p for p in extract_text(text).people}
    assert people["林涛"].township == "路下乡"


# Rules added after the fifth held-out check (fixtures zj..zm).

def test_award_list_and_head_count_of_listed_names_are_not_dispatch_counts():
    text = ("本报讯 丰宁县驻村工作队共有队员120名。县里评选出赵明亮等8名优秀第一书记予以表彰。"
            "西沟村第一书记孙志强、队员马丽、郑海两人由省林业局选派，争取资金60万元。\n")
    facts = _facts(text)
    assert any(v == 120 for m, v, *_ in facts)
    assert not any(u == "person" and v in (8, 2) for m, v, u, *_ in facts)
    names = {p.name for p in extract_text(text).people}
    assert {"孙志强", "马丽", "郑海"} <= names


def test_households_helped_and_work_groups_are_counted():
    facts = _facts("本报讯 丰宁县42个驻村工作组今年帮助560余户群众解决困难。\n")
    assert any(u == "team" and v == 42 for m, v, u, *_ in facts)
    assert any(u == "household" and v == 560 for m, v, u, *_ in facts)


def test_post_opening_a_sentence_takes_the_village_of_the_sentence_before_and_start_since():
    text = ("本报讯 丰宁县驻村工作队共有队员120名。\n"
            "南台村是县财政局帮扶村。第一书记吴振宇到村后走访农户200余户。2021年9月驻村以来，他推动修路。\n")
    people = {p.name: p for p in extract_text(text).people}
    assert people["吴振宇"].village == "南台村"
    assert people["吴振宇"].start == "2021-09"


@pytest.mark.parametrize("term", ["帮扶干部", "包联", "扶贫队", "农指员", "结对帮扶"])
def test_an_article_that_names_the_programme_in_other_words_is_read(term):
    # made up: a county story that never writes 驻村 or 第一书记, only another name for the cadres sent
    text = f"某某县组织{term}深入一线。今年以来，全县共选派干部320名，走访农户5600户，协调资金850万元。"
    extraction = extract_text(text)
    assert extraction.document.articles_kept == 1
    assert {(f.value, f.unit) for f in extraction.facts} >= {(320, "person"), (5600, "household"), (8_500_000, "yuan")}


def test_an_article_with_no_word_of_the_programme_is_not_read():
    text = "某某县召开防汛工作会议。今年以来，全县共检查堤防320处，转移群众5600户，下拨资金850万元。"
    extraction = extract_text(text)
    assert extraction.document.articles_kept == 0 and extraction.facts == []
