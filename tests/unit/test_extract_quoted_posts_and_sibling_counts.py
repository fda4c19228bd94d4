"""Classes of text read in the sixth session of issue 7, a test or two each: a post in quotation marks that holds
驻村 inside them, a name before a chain of titles that ends in 也是 and the post, a cadre sent by a generic agent
(受组织委派) who has no unit from it; counts sent by several senders to sibling counties, destinations after a comma,
a list of townships, breakdowns by sending level. Guards check what must stay as it was. Every sentence is made up for
the test (real division names, invented villages and people); none is taken from a page.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one, people_by_name, roles_and_villages


def test_a_post_quoted_with_its_stationed_word_inside_the_marks_names_the_cadre_after_it():
    # read as the post right before the name (confidence 0.9), not only from the village named earlier (0.7)
    people = people_by_name("漳州讯 平和县崎岭乡白鹭村，“驻村第一书记”韩志远趁着周末回到村里和茶农商量修剪茶树。\n")
    assert (people["韩志远"].role, people["韩志远"].village) == ("first_secretary", "白鹭村")
    assert people["韩志远"].confidence >= 0.9


def test_a_quoted_post_taken_up_after_the_arrival_is_a_posting():
    people = people_by_name("漳州讯 前年8月，韩志远从财务岗位来到崎岭乡白鹭村当“驻村第一书记”。他先把每一户都走了一遍。\n")
    assert (people["韩志远"].role, people["韩志远"].village) == ("first_secretary", "白鹭村")


def test_a_name_before_a_chain_of_titles_then_also_the_post_is_the_posts():
    people = roles_and_villages("本报讯 韩志远是平和县政协常委、科教文卫体委员会办公室副主任、也是青松村的第一书记。\n")
    assert people == {"韩志远": ("first_secretary", "青松村")}


def test_a_cadre_sent_by_the_organisation_in_general_has_no_dispatch_unit_from_it():
    people = people_by_name("漳州讯 韩志远是平和县崎岭乡白鹭村的第一书记。自从韩志远受组织委派来到白鹭村，"
                            "他带领村民种下了三百亩茶叶。\n")
    assert people["韩志远"].village == "白鹭村"
    assert people["韩志远"].dispatch_unit is None


def test_guard_a_unit_that_sends_the_cadre_stays_his_dispatch_unit():
    people = people_by_name("漳州讯 韩志远是平和县崎岭乡白鹭村的第一书记。韩志远受县林业局委派来到白鹭村，"
                            "他带领村民种下了三百亩茶叶。\n")
    assert people["韩志远"].dispatch_unit == "县林业局"


def test_equal_head_counts_sent_by_two_senders_to_two_counties_are_two_figures():
    facts = facts_of("楚雄讯 各高校接续开展驻村帮扶。甲理工大学先后选派6名干部到双柏县挂职，"
                     "乙师范大学先后选派6名干部到牟定县挂职。\n")
    assert sorted(f.region for f in facts if f.kind == "dispatch" and f.value == 6) == ["双柏县", "牟定县"]


def test_guard_a_head_count_restated_for_the_same_county_stays_one():
    facts = facts_of("楚雄讯 各高校接续开展驻村帮扶。甲理工大学先后选派6名干部到双柏县挂职。"
                     "这6名干部到双柏县后，走遍了全县的贫困村。\n")
    assert len([f for f in facts if f.kind == "dispatch" and f.value == 6]) == 1


def test_cadres_counted_then_the_county_they_work_in_after_a_comma_are_that_countys():
    facts = facts_of("楚雄讯 各高校接续开展驻村帮扶。甲理工大学先后选派6名干部到双柏县挂职。"
                     "乙师范大学陆续派驻9名干部，在牟定县各村蹲点帮扶。"
                     "丙医学院陆续派驻挂职干部14人次，为姚安县的卫生院带教医生。\n")
    assert one(facts, 9).region == "牟定县"
    assert one(facts, 14).region == "姚安县"


def test_cadres_sent_to_a_list_of_townships_are_the_pages_countys():
    fact = one(facts_of("漳州讯 去年以来，平和县在驻村帮扶上出新招。今年该县选派了16名机关干部至坂仔镇、小溪镇、"
                        "九峰镇等8个乡镇的重点村担任第一书记。\n"), 16)
    assert (fact.kind, fact.region) == ("dispatch", "平和县")


def test_more_villages_than_a_township_holds_told_from_a_village_are_the_countys():
    facts = facts_of("漳州讯 记者来到平和县坂仔镇白鹭村。白鹭村驻村工作队干劲十足。“前年给70个贫困村派了扶贫"
                     "工作队队长，今年又向126个非贫困村增派了扶贫队长。”组织部的同志说。\n")
    assert one(facts, 70).region == "平和县"
    assert one(facts, 126).region == "平和县"


def test_guard_a_few_villages_told_from_a_village_stay_its_townships():
    facts = facts_of("漳州讯 记者来到平和县坂仔镇白鹭村。白鹭村驻村工作队干劲十足。“前年给12个贫困村派了扶贫"
                     "工作队队长，今年又向16个非贫困村增派了扶贫队长。”组织部的同志说。\n")
    assert one(facts, 12).region == "坂仔镇"


def test_a_part_sent_by_a_levels_organs_goes_where_its_total_went():
    facts = facts_of("海口讯 定安县为新上任的第一书记办了培训班。这批28名第一书记里，省直机关单位派出7名，"
                     "县直机关单位派出21名。\n")
    assert [(f.metric, f.region) for f in facts if f.value in (7, 21)] == \
        [("first_secretaries_dispatched", "定安县"), ("first_secretaries_dispatched", "定安县")]


def test_works_a_village_still_needs_are_a_plan_below_the_trusted_band():
    facts = facts_of("漳州讯 平和县坂仔镇白鹭村驻村工作队扎实开展帮扶。经过实地丈量，需要修复灌溉渠1200米，"
                     "清淤山塘4口。\n")
    assert one(facts, 1.2).confidence < 0.8 and one(facts, 4).confidence < 0.8


def test_teams_named_as_squads_are_teams_sent_quoted_or_not():
    facts = facts_of("宜昌讯 县里驻村工作扎实推进。全县组建了143个驻村“尖刀班”，奔赴各个贫困村。\n")
    assert [(f.metric, f.unit) for f in facts if f.value == 143] == [("teams_dispatched", "team")]


def test_cadres_counted_in_person_times_who_took_turns_in_the_villages_were_sent():
    fact = one(facts_of("喀什讯 驻村工作扎实推进。六年来，26万人次的干部在全地区接力驻村。\n"), 260000)
    assert (fact.metric, fact.unit) == ("cadres_dispatched", "person_time")



def test_a_verb_before_the_common_word_for_rural_is_no_township_even_after_a_county():
    fact = one(facts_of("漳州讯 平和县坂仔镇白鹭村驻村工作队扎实开展帮扶，还请来专家为平和县培训乡村教师45名。\n"), 45)
    assert fact.region == "平和县"


def test_households_counted_with_ge_before_their_kind_are_households():
    facts = facts_of("漳州讯 平和县坂仔镇白鹭村驻村工作队扎实开展帮扶。第一书记和5个特困户结了帮扶对子，"
                     "又帮助27个脱贫户发展生产。\n")
    assert sorted((f.value, f.unit) for f in facts if f.kind == "outcome") == [(5, "household"), (27, "household")]


def test_guard_a_count_before_a_word_of_registration_is_no_household():
    facts = facts_of("漳州讯 平和县坂仔镇白鹭村驻村工作队扎实开展帮扶，帮助6个户口迁入的家庭办好了手续。\n")
    assert not [f for f in facts if f.unit == "household"]


def test_the_make_up_of_a_villages_households_is_no_work_done():
    facts = facts_of("漳州讯 平和县坂仔镇白鹭村驻村工作队扎实开展帮扶。白鹭村地处山区，共有112户，其中贫困户39户。"
                     "青松村散居着23户畲族人家，其中17户是贫困户。\n")
    assert not [f for f in facts if f.unit == "household"]


def test_guard_households_helped_out_of_a_total_are_still_read():
    fact = one(facts_of("漳州讯 平和县坂仔镇白鹭村驻村工作队扎实开展帮扶，帮助全村112户中的39户贫困户种上了茶叶。\n"), 39)
    assert (fact.kind, fact.unit) == ("outcome", "household")


def test_the_campaigns_name_holding_the_lifting_word_lifts_no_one():
    facts = facts_of("北京讯 驻村第一书记表彰大会召开。受表彰的人里，27人曾奋战在脱贫攻坚中。\n")
    assert not [f for f in facts if f.metric == "people_lifted_from_poverty"]


def test_a_sum_given_with_its_noun_then_aimed_at_a_township_is_that_townships():
    fact = one(facts_of("漳州讯 平和县坂仔镇白鹭村驻村工作队扎实开展帮扶。县审计局牵线一家企业捐出4万元专项资金，"
                        "定向用于小溪镇的留守儿童。\n"), 40000)
    assert fact.region == "小溪镇"


def test_a_couples_own_income_told_in_a_quotation_is_no_outcome():
    facts = facts_of("漳州讯 平和县坂仔镇白鹭村驻村工作队扎实开展帮扶。“如今我们两口子合伙养蜂，一年下来有5万多元收入。”"
                     "村民笑着说。\n")
    assert not [f for f in facts if f.unit == "yuan"]


def test_aided_villages_in_the_plural_on_a_page_naming_no_county_stand_as_the_whole_county():
    facts = facts_of("我县驻村工作队扎实开展帮扶。工作队帮助三个帮扶村发展花生产业860亩。帮扶村新修公路7.5公里。\n")
    assert {f.region for f in facts if f.kind == "outcome"} == {"全县"}


def test_people_a_donation_is_given_to_are_not_its_givers():
    fact = one(facts_of("漳州讯 平和县坂仔镇白鹭村驻村工作队扎实开展帮扶，三年来为群众捐钱捐物共折合人民币21万元。\n"), 210000)
    assert fact.metric == "donation"


def test_guard_people_who_give_a_donation_themselves_make_no_programme_figure():
    facts = facts_of("漳州讯 平和县坂仔镇白鹭村驻村工作队扎实开展帮扶。修路时，村里群众纷纷捐款4万元。\n")
    assert not [f for f in facts if f.value == 40000]


def test_cadres_sent_to_a_village_noun_then_a_dash_and_its_name_are_that_villages():
    fact = one(facts_of("南宁讯 驻村帮扶工作扎实推进。2013年以来，自治区民宗委先后派驻3名干部到国家级贫困村——"
                        "南宁市马山县白山镇青松村担任第一书记。\n"), 3)
    assert (fact.kind, fact.region) == ("dispatch", "青松村")


def test_a_photographers_credit_alone_on_a_line_does_not_end_the_article():
    facts = facts_of("【走基层】茶山上的女书记\n漳州讯 平和县坂仔镇白鹭村来了一位第一书记林小燕，在村里一干就是三年。\n"
                     "陈家明摄\n三年来，白鹭村整村脱了贫，村集体收入涨到了18.6万元。\n")
    assert one(facts, 186000).region == "白鹭村"


def test_a_small_mountain_village_and_a_populous_village_are_descriptions_not_names():
    facts = facts_of("漳州讯 平和县坂仔镇白鹭村驻村工作队扎实开展帮扶。几年前，这个小山村路不通、水不畅，"
                     "工作队帮助村里建成了11个蔬菜大棚。青松村是人口大村，工作队帮助村里修建水渠3公里。\n")
    assert {f.region for f in facts} <= {"白鹭村", "青松村", "坂仔镇", "平和县"}
    assert one(facts, 11).region == "白鹭村"


def test_a_sum_in_wan_without_yuan_right_after_an_income_word_is_money():
    facts = facts_of("漳州讯 平和县坂仔镇白鹭村驻村工作队扎实开展帮扶。去年，白鹭村集体收入达到14万，青松村集体收入均在9万以上。\n")
    assert one(facts, 140000).unit == "yuan"


def test_guard_people_counted_in_wan_after_an_income_word_stay_people():
    facts = facts_of("漳州讯 全县驻村工作队扎实开展帮扶，增加收入的群众达到3万人。\n")
    assert not [f for f in facts if f.unit == "yuan"]


def test_a_name_said_to_be_one_of_those_the_sentence_before_sends_holds_their_post():
    people = people_by_name("漳州讯 去年，县里从机关选派15名干部到重点村担任第一书记。孔德明便是其中之一。"
                            "孔德明原是县档案馆的一名科员。\n")
    assert people["孔德明"].role == "first_secretary"


def test_guard_one_of_the_speakers_at_a_meeting_is_no_cadre_sent():
    people = people_by_name("漳州讯 第一书记座谈会上，十位代表先后发言。孔德明便是其中之一。\n")
    assert "孔德明" not in people


def test_a_leader_named_after_the_post_in_the_frame_of_leading_the_members_leads_the_team():
    people = people_by_name("在队长孔德明的带领下，工作队员逐户上门，摸清了全村底数。\n工作队进村不久，就碰上了停水。\n")
    assert people["孔德明"].role == "team_leader"


def test_a_titled_cadre_posted_to_here_is_posted_to_the_village_just_named():
    people = people_by_name("漳州讯 全市驻村工作扎实推进。平和县坂仔镇白鹭村，山高路远。2018年，漳州市水利局规划处处长"
                            "孔德明被派驻到这里时，村集体年收入只有3000元。\n")
    assert (people["孔德明"].village, people["孔德明"].dispatch_unit) == ("白鹭村", "漳州市水利局规划处")


def test_people_lifted_out_of_poverty_as_one_result_of_a_list_are_read():
    facts = facts_of("南宁讯 白鹭村驻村第一书记扎实开展帮扶。这一年成绩单亮眼：实现63户271人脱贫、完成屯内3公里道路硬化。\n")
    assert sorted((f.value, f.unit) for f in facts if f.metric == "people_lifted_from_poverty") == \
        [(63, "household"), (271, "person")]
