"""Classes of dispatch and part-of-total text (sending levels, destinations, rooms, lengths), one test per class.
Every sentence is made up for the test: invented names, villages, units and figures; none is taken from a real page.
"""
from __future__ import annotations


from flows.reports.extract import extract_text
from tests.unit.extract_asserts import facts_of as _facts, one as _one


def test_a_dispatch_count_of_one_sending_level_is_a_figure_even_as_part_of_a_total():
    facts = _facts("青海讯 全省共有驻村工作队4200个，其中省直驻村工作队310个、驻村干部960名，已全部到岗。\n")
    part = _one(facts, 310)
    assert (part.metric, part.unit, part.region) == ("teams_dispatched", "team", "青海省")
    assert _one(facts, 4200).unit == "team"


def test_a_part_of_an_outcome_total_stays_no_figure():
    facts = _facts("本报讯 驻村工作队帮助青松村种植花椒520亩，其中脱贫户种植160亩。\n")
    assert [f.value for f in facts if f.unit == "mu"] == [520]


def test_where_a_dispatch_count_went_is_its_place():
    facts = _facts("四川讯 为加强驻村帮扶，全省共计3100多人派往甘孜州开展帮扶。\n")
    fact = _one(facts, 3100)
    assert (fact.metric, fact.region, fact.qualifier) == ("cadres_dispatched", "甘孜州", "approx")
    facts = _facts("甘肃讯 为加强驻村帮扶，省直单位选派85名干部到临夏州驻村。\n")
    assert _one(facts, 85).region == "临夏州"


def test_a_dispatch_count_with_no_destination_after_it_keeps_its_scope():
    facts = _facts("四川讯 为加强驻村帮扶，全省选派驻村干部3100多人，覆盖所有脱贫村。\n")
    assert _one(facts, 3100).region == "四川省"


def test_rooms_built_are_facilities():
    fact = _one(_facts("青松村讯 驻村工作队新建了12间村级办公用房。\n"), 12)
    assert (fact.metric, fact.unit) == ("facilities_built", "item")


def test_a_length_joined_to_its_road_by_a_particle_is_road_built():
    fact = _one(_facts("青松村讯 驻村工作队完成了6.4公里的通组水泥路硬化。\n"), 6.4)
    assert (fact.metric, fact.unit, fact.region) == ("road_km_built", "km", "青松村")


def test_pipes_and_power_lines_laid_are_lengths_of_other_works():
    facts = _facts("青松村讯 驻村工作队埋设供水管道600多米，新架电力线路3.5公里。\n")
    pipe, line = _one(facts, 0.6, "km"), _one(facts, 3.5, "km")
    assert (pipe.kind, pipe.metric, pipe.qualifier) == ("outcome", "other", "approx")
    assert (line.kind, line.metric) == ("outcome", "other")


def test_households_given_drinking_water_are_an_outcome():
    fact = _one(_facts("青松村讯 驻村工作队解决人畜饮水1260户。\n"), 1260)
    assert (fact.kind, fact.unit) == ("outcome", "household")


def test_households_and_people_whose_drinking_water_problem_was_eased_are_outcomes():
    facts = _facts("驻村工作队找到新水源，有效缓解了该安置点64户287人饮水问题。\n")
    assert sorted((f.kind, f.value, f.unit) for f in facts) == [("outcome", 64, "household"), ("outcome", 287, "person")]


def test_cadres_tied_to_poor_households_are_paired_cadres():
    fact = _one(_facts("甘肃讯 驻村帮扶工作扎实推进，全省26万名干部对口联系贫困户。\n"), 260_000)
    assert (fact.metric, fact.unit, fact.region) == ("cadres_paired", "person", "甘肃省")


def test_a_verb_before_a_pastoral_village_noun_makes_no_village_name():
    facts = _facts("乌审旗讯 驻村以来，市农牧局驻村工作队遍访嘎查210户牧户，协调修缮嘎查6公里破损道路。\n")
    assert {f.region for f in facts} == {"乌审旗"}
    assert _one(facts, 210).metric == "households_visited" and _one(facts, 6).metric == "road_km_built"


def test_a_kind_of_village_named_by_its_difficulty_is_no_village():
    facts = _facts("本报讯 全市向120个后进村、75个难点村选派驻村工作队195个。\n")
    assert _one(facts, 195).region == "全市"


def test_a_count_run_straight_onto_another_tells_the_size_of_what_it_counts():
    facts = _facts("本报讯 驻村工作队帮助青松村新建村级服务中心2座36间，拉通自来水8公里。\n")
    assert _one(facts, 2).metric == "facilities_built"
    assert not [f for f in facts if f.value == 36]
    assert _one(facts, 8, "km").metric == "other"


def test_roads_named_after_their_length_and_a_width_in_metres_is_no_length():
    facts = _facts("青松村讯 驻村第一书记修建了600米的组道断头路、3000米产业道，村道由原来的3.5米加宽至5米。\n")
    assert sorted(f.value for f in facts if f.unit == "km") == [0.6, 3.0]
    assert {f.metric for f in facts if f.unit == "km"} == {"road_km_built"}


def test_a_pastoral_village_noun_after_a_verb_written_once_is_no_village():
    facts = _facts("乌审旗讯 驻村以来，驻村工作队千方百计增强嘎查集体经济，协调新修道路5公里。\n")
    assert _one(facts, 5).region == "乌审旗"
    facts = _facts("乌审旗讯 驻村工作队帮助巴音嘎查新修道路4公里，巴音嘎查牧民收入翻番。\n")
    assert _one(facts, 4).region == "巴音嘎查"


def test_a_keyword_closing_the_previous_clause_is_not_borrowed_into_a_clause_that_states_what_there_is():
    facts = _facts("青松村讯 驻村以来，建档立卡贫困户全部脱贫，现有特困供养户12户12人。\n")
    assert not [f for f in facts if f.value == 12]


def test_greenhouses_put_up_are_facilities_but_installed_equipment_is_not():
    facts = _facts("青松村讯 驻村工作队新增100千伏安发电机2台，搭建120个香菇大棚。\n")
    assert _one(facts, 120).metric == "facilities_built"
    assert not [f for f in facts if f.value == 2]


def test_transformers_added_to_the_grid_are_facilities():
    facts = _facts("青松村讯 驻村工作队新增100千伏安变压器2台，搭建120个香菇大棚。\n")
    assert (_one(facts, 2).metric, _one(facts, 2).unit) == ("facilities_built", "item")


def test_a_poverty_rate_that_was_once_high_is_no_result():
    facts = _facts("青松村讯 该村贫困发生率一度高达38.4%，驻村工作队来了以后修路4公里。\n")
    assert [f.value for f in facts] == [4]


def test_a_verb_of_moving_on_before_a_township_is_not_part_of_its_name():
    facts = _facts("竹溪讯 驻村工作队又转战蒋家堰镇莲花村，帮助莲花村修路3公里。\n")
    assert _one(facts, 3).region == "莲花村"
    assert {f.region for f in _facts("竹溪讯 驻村工作队又转战蒋家堰镇，帮助蒋家堰镇修路5公里。\n")} == {"蒋家堰镇"}


def test_a_poor_village_in_a_slogan_is_no_village():
    facts = _facts("旌德县讯 石门村驻村扶贫工作队：誓叫穷村换新颜。石门村修路2公里。\n")
    assert _one(facts, 2).region == "石门村"


def test_money_given_for_a_purpose_is_money_put_in_whatever_it_builds():
    fact = _one(_facts("青松村讯 驻村工作队先后帮扶28万元用于修建村委会、文化广场。\n"), 280_000)
    assert (fact.kind, fact.metric, fact.region) == ("funding", "matching_funds", "青松村")


def test_a_place_opening_the_name_of_an_extension_centre_is_the_donor_not_the_figure_place():
    fact = _one(_facts("哈密讯 头道沟村驻村工作组积极与帮扶单位——伊吾农业技术推广中心取得联系，建立了150亩的科技示范田。\n"), 150)
    assert (fact.metric, fact.region) == ("planting_area", "头道沟村")


def test_a_title_a_village_won_and_verbs_before_a_suffix_are_no_places():
    from flows.reports.regions import PlaceFinder
    text = "本报讯 青松村被评为市级卫生村，开始住村以来，实行镇帮镇、村帮村，青松村修路。"
    assert [p.name for p in PlaceFinder(text).find()] == ["青松村", "青松村"]


def test_an_article_read_in_order_speaks_of_the_city_it_named_not_a_county_named_further_on():
    text = ("本报讯\n近年来，甘肃省白银市实施“千村提升”工程，每村安排1名驻村第一书记。\n"
            "截至2023年底，累计为帮扶村增加集体收入3600余万元。\n"
            "市农业局干部马俊峰来到会宁县丁沟镇石门村担任驻村第一书记，这是他第二次来到会宁县驻村。\n")
    assert _one(_facts(text), 36_000_000).region == "白银市"


def test_a_city_that_aids_another_on_the_page_is_the_sender_and_its_figures_are_the_aided_city_s():
    text = ("本报讯 记者从佛山市驻清远市扶贫工作组获悉，佛山市对口帮扶清远市86个贫困村全部脱贫。"
            "佛山扶贫工作组引进农业龙头企业27家，落实帮扶资金3.2亿元。\n")
    facts = _facts(text)
    assert {f.region for f in facts} == {"清远市"}
    assert _one(facts, 320_000_000).kind == "funding"


def test_what_a_place_is_made_of_is_no_figure():
    facts = _facts("本报讯 驻村工作有序推进。临泽县位于张掖市中部，辖7个乡镇71个行政村。驻村工作队修路3公里。\n")
    assert [f.value for f in facts] == [3]


def test_a_numeral_inside_a_village_name_is_no_figure():
    facts = _facts("本报讯 驻村工作队帮扶五亩田村、三合村修路3公里。\n")
    assert [f.value for f in facts] == [3]


def test_a_district_that_takes_on_villages_of_another_county_is_their_sender():
    text = "蓝田讯 雁塔区向村里派驻第一书记。雁塔区承担着蓝田县九间房镇5个村的包村扶贫任务，雁塔区为帮扶村修缮道路12.5公里。\n"
    assert _one(_facts(text), 12.5).region == "蓝田县"


def test_guard_rails_empty_houses_pulled_down_and_toilets_rebuilt_are_other_outcomes():
    facts = _facts("青松村讯 驻村工作队安装道路护栏2公里，拆除空心房35座，完成户厕改造56户。\n")
    assert [(f.metric, f.unit) for f in facts] == [("other", "km"), ("other", "item"), ("other", "household")]


def test_a_three_character_name_the_analyser_runs_into_the_next_word_is_read_whole():
    for verb in ("在下村开展民情访问", "说，村里变化很大"):
        people = {p.name: p for p in extract_text(f"本报讯 台沙村第一书记杨精泽{verb}。\n").people}
        assert list(people) == ["杨精泽"] and people["杨精泽"].village == "台沙村"


def test_cadres_setting_out_before_the_destination_verb_still_go_to_its_place():
    # the province named before (and its organ's scope word) is not where the four went
    fact = _one(_facts("某集团是四川省属国有企业。按照省委组织部的要求，某集团4名驻村干部正式启程前往平武县。\n"), 4)
    assert fact.region == "平武县"


def test_a_chain_of_divisions_after_the_destination_verb_gives_the_place_it_closes():
    fact = _one(_facts("今年全省选派300名干部派往凉山州昭觉县开展驻村帮扶。\n"), 300)
    assert fact.region == "昭觉县"


def test_people_a_dispatch_verb_counts_then_posts_are_cadres_sent_whatever_their_noun():
    fact = _one(_facts("某银行从全行选派36名优秀党员派驻到贫困乡镇开展帮扶，组建驻村工作队。\n"), 36)
    assert fact.metric == "cadres_dispatched"


def test_people_a_dispatch_verb_sends_on_a_placement_are_no_cadres():
    # students sent to a school for teaching practice: 到 is a trip, no posting to a village
    facts = _facts("驻村工作队联系学院，共选派35名学生到某镇中心学校开展实习支教。\n")
    assert not [f for f in facts if f.kind == "dispatch"]


def test_people_a_dispatch_verb_counts_then_sends_into_villages_are_cadres_sent():
    fact = _one(_facts("近日，某市将选派6名企业家到村(社区)任“第一书记”，进一步加强基层党建。\n"), 6)
    assert fact.kind == "dispatch"


def test_teams_sent_coming_to_a_county_are_the_countys_and_where_cadres_come_from_is_not():
    opening = "宁都讯 江西省驻村帮扶工作推进会召开。"
    came = _one(_facts(opening + "省里先后派出18批工作队来石城县巩固成果。"), 18)
    assert (came.metric, came.region) == ("teams_dispatched", "石城县")
    assert _one(_facts(opening + "省委选派的3名干部来自赣州市直单位。"), 3).region == "江西省"


def test_cadres_posted_as_first_secretaries_to_aid_a_county_are_that_countys():
    text = ("宁都讯 杨依村驻村工作队扎根基层。自2012年以来，某学院先后派出6名党员干部任第一书记"
            "持续帮扶石城县，累计投入资金600万元。")
    fact = _one(_facts(text), 6)
    assert (fact.kind, fact.region) == ("dispatch", "石城县")


def test_cadres_counted_then_at_once_where_they_work_are_that_places():
    text = "宁都讯 杨依村驻村工作队扎根基层。某银行先后派出干部26人次在江西省赣州市开展帮扶。"
    assert _one(_facts(text), 26).region == "赣州市"
