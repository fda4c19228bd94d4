"""Classes of text read in the twenty-eighth session of issue 7, a test or two each: a later year's figure after a
profile (then and now); a verb of works before 村; a loan product in quotation marks; villages the cadres counted are
spread over; land improved; the companions of a first secretary; the division money is won from; a sum put to
helping a place on; one named villager's own land; the poor among a place's households (two forms); the size of one
thing; the share of a population that is poor; things a village runs; the people of
households; a count dated before a year; villages all out of poverty. Guards check what must stay as
it was. Every sentence is made up for the test (real division names, invented villages and people); none is taken
from a page.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one, roles_and_villages

LEAD = "宁都讯 洛口镇柏家村的驻村队员常年扎在村里。"


def test_a_later_years_figure_after_a_village_profile_is_the_result_of_the_years_between():
    facts = facts_of(LEAD + "全村有低保户41户，2014年人均可支配收入不到2600元，而截至2021年末，柏家村人均可支配收入达1.36万元。\n")
    assert one(facts, 13_600).kind == "outcome"
    facts = facts_of(LEAD + "全村386户1240人，2016年人均收入2900元，到2021年，人均收入增至1.2万元，村容大变样。\n")
    assert one(facts, 12_000).kind == "outcome"


def test_guard_a_profile_dated_once_stays_a_profile():
    facts = facts_of(LEAD + "全村有低保户41户，截至2014年末，人均可支配收入不到2600元。\n")
    assert not [f for f in facts if f.value == 3000]
    facts = facts_of(LEAD + "全村386户1240人，2021年人均收入9000元，截至2016年底，人均收入6000元。\n")
    assert not [f for f in facts if f.value == 6000]


def test_a_verb_of_works_before_the_word_for_village_names_no_village():
    facts = facts_of("宁都讯 洛口镇驻村队员们着力美化村湾小巷。"
                     "队员们争取资金52万元，为柏家村改扩建村粮油加工厂。\n")
    assert one(facts, 520_000).region == "柏家村"


def test_guard_a_village_named_like_a_verb_of_works_keeps_its_name():
    facts = facts_of("赣州讯 宁都县洛口镇新建村驻村工作队争取资金52万元，用于发展脐橙产业。\n")
    assert one(facts, 520_000).region == "新建村"
    facts = facts_of("赣州讯 宁都县洛口镇柏家村驻村工作队新建村道3.5公里，方便群众出行。\n")
    assert one(facts, 3.5).region == "柏家村"


def test_a_loan_product_named_in_quotation_marks_is_a_loan():
    facts = facts_of(LEAD + "工作队积极对接银行，为群众发放“兴农快贷”120万元。\n")
    assert one(facts, 1_200_000).metric == "loans_arranged"
    facts = facts_of(LEAD + "队员们牵线银行，向农户放出“兴业e贷”210万元。\n")
    assert one(facts, 2_100_000).metric == "loans_arranged"


def test_guard_a_sum_after_a_quoted_name_of_another_kind_is_no_loan():
    facts = facts_of(LEAD + "工作队争取“美丽乡村”建设资金120万元。\n")
    assert one(facts, 1_200_000).metric != "loans_arranged"


def test_the_villages_the_cadres_counted_before_are_spread_over_are_villages_covered():
    facts = facts_of("赣州讯 宁都县洛口镇驻村工作队现有36名队员，最大的59岁，分布在全镇7个行政村。\n")
    assert one(facts, 7).metric == "villages_covered"


def test_guard_the_villages_a_places_poor_live_in_are_no_villages_covered():
    facts = facts_of("赣州讯 宁都县共有贫困人口3.2万人，分布在全县126个行政村。县里选派第一书记126名。\n")
    assert [f.metric for f in facts if f.value == 126] == ["first_secretaries_dispatched"]


def test_land_improved_by_a_verb_of_works_is_a_planting_area():
    facts = facts_of(LEAD + "第一书记芮远航带领果蔬合作社改造旱地580亩，户均增收2000元。\n")
    assert one(facts, 580).metric == "planting_area"
    facts = facts_of(LEAD + "工作队争取项目，平整土地320亩。\n")
    assert one(facts, 320).metric == "planting_area"


def test_guard_houses_improved_are_no_planting_area():
    facts = facts_of(LEAD + "工作队协调资金，改造危房32户。\n")
    assert not [f for f in facts if f.metric == "planting_area"]


def test_the_cadres_who_came_with_the_first_secretary_are_his_team_members():
    text = ("2019年4月，市水务局副局长芮远航及县农业农村局干部柏文涛、芮晓岚来到宁都县洛口镇柏家村，"
            "芮远航出任柏家村第一书记兼工作队长。\n")
    assert roles_and_villages(text) == {"芮远航": ("first_secretary", "柏家村"), "柏文涛": ("team_member", "柏家村"),
                                        "芮晓岚": ("team_member", "柏家村")}


def test_guard_a_companion_no_unit_sent_is_no_team_member():
    text = "芮远航与柏文涛到宁都县洛口镇柏家村看望贫困户，芮远航是柏家村第一书记。\n"
    assert roles_and_villages(text) == {"芮远航": ("first_secretary", "柏家村")}


def test_the_division_money_is_won_from_is_not_the_place_it_goes_to():
    facts = facts_of(LEAD + "队员们再从赣州市争取到扶持资金35万元，投在该村合作社上。\n")
    assert one(facts, 350_000).region == "柏家村"


def test_guard_money_won_for_a_division_named_after_the_verb_stays_there():
    facts = facts_of("赣州讯 赣州市驻村办多方奔走，从省里争取到扶持资金35万元，投向赣州市产业园。\n")
    assert one(facts, 350_000).region == "赣州市"


def test_money_a_team_puts_to_helping_a_village_named_after_it_is_that_villages():
    facts = facts_of("赣州讯 赣州市委宣传部驻村工作队整合110多万元资金，助力宁都县洛口镇柏家村脱贫。\n")
    assert one(facts, 1_100_000).region == "柏家村"


def test_guard_a_sum_with_no_place_after_its_verb_of_helping_keeps_its_place():
    facts = facts_of("赣州讯 宁都县洛口镇柏家村驻村工作队整合80万元资金，助力产业发展。\n")
    assert one(facts, 800_000).region == "柏家村"


def test_one_named_villagers_own_land_is_no_result_of_the_work():
    facts = facts_of("宁都讯 洛口镇柏家村村民柏章福的家庭农场今年栽下50亩脐橙。\n")
    assert not [f for f in facts if f.value == 50]
    facts = facts_of(LEAD + "柏家村的柏章福种植了100余亩脐橙，每年可产果子5万斤。\n")
    assert not [f for f in facts if f.value == 100]
    facts = facts_of(LEAD + "村民柏章福50亩脐橙园的果子一度滞销，队员们帮着联系了超市。\n")
    assert not [f for f in facts if f.value == 50]


def test_guard_land_the_work_helped_a_named_villager_to_plant_stays_a_result():
    facts = facts_of(LEAD + "工作队带动村民柏章福种植脐橙80亩。\n")
    assert one(facts, 80).metric == "planting_area"
    facts = facts_of(LEAD + "工作队引导村民种植脐橙300亩。\n")
    assert one(facts, 300).metric == "planting_area"


def test_the_poor_among_a_villages_households_and_people_counted_are_its_makeup():
    facts = facts_of(LEAD + "柏家村共312户905人，其中贫困户67户，贫困人口181人。\n")
    assert not [f for f in facts if f.value in (312, 905, 67, 181)]


def test_guard_households_the_work_reached_after_a_total_stay_a_result():
    facts = facts_of(LEAD + "柏家村共312户905人，其中工作队帮助67户发展产业。\n")
    assert one(facts, 67).kind == "outcome"


def test_a_length_with_another_dimension_after_it_is_the_size_of_one_thing():
    facts = facts_of(LEAD + "队员们铺了4米宽的砂石路2.6公里，又新建长30米、宽6米的便桥一座。\n")
    assert [f.value for f in facts if f.unit == "km"] == [2.6]


def test_guard_a_road_written_with_its_width_before_keeps_its_length():
    facts = facts_of(LEAD + "工作队新修4.5米宽的通组公路3200米。\n")
    assert one(facts, 3.2).metric == "road_km_built"


def test_the_share_of_a_population_that_is_poor_is_no_result():
    facts = facts_of("宁都讯 县里把驻村帮扶的重点放在占全县人口7%的低收入农户和4%的薄弱村上。\n")
    assert not [f for f in facts if f.unit == "percent"]


def test_guard_a_rise_in_percent_stays_a_result():
    facts = facts_of(LEAD + "帮扶后，全村贫困户增收率达到85%。\n")
    assert one(facts, 85).unit == "percent"


def test_a_count_of_things_a_village_runs_is_no_count_of_villages():
    facts = facts_of(LEAD + "队员们牵头办起了4个村办企业。\n")
    assert (one(facts, 4).metric, one(facts, 4).unit) == ("enterprise_projects", "item")


def test_guard_villages_counted_by_their_collective_economy_stay_villages():
    facts = facts_of("宁都讯 县里的驻村队员帮助38个村集体经济收入超过10万元。\n")
    assert one(facts, 38).unit == "village"


def test_the_people_of_households_counted_are_people():
    facts = facts_of(LEAD + "村里的光伏电站安置了3个困难户子女就近务工。\n")
    assert (one(facts, 3).metric, one(facts, 3).unit) == ("jobs_created", "person")


def test_guard_households_counted_stay_households():
    facts = facts_of(LEAD + "队员们扶持36个脱贫户养起了黄牛。\n")
    assert one(facts, 36).unit == "household"


def test_each_of_a_list_of_those_among_a_places_households_is_its_makeup():
    facts = facts_of("宁都讯 洛口镇的驻村队员常年扎在村里。柏家村是个老区村，全村412户村民中有67户脱贫户、9户低保边缘户。\n")
    assert not [f for f in facts if f.value in (412, 67, 9)]


def test_guard_households_lifted_after_a_list_stay_a_result():
    facts = facts_of(LEAD + "两年来，柏家村23户贫困户全部脱贫。\n")
    assert one(facts, 23).metric == "people_lifted_from_poverty"


def test_a_count_dated_before_a_year_is_the_place_as_it_was():
    facts = facts_of(LEAD + "队员们入户摸底后得知，柏家村贫困发生率高，2016年之前在册贫困户187户、655人。\n")
    assert not [f for f in facts if f.value in (187, 655)]


def test_guard_a_result_dated_before_a_year_stays_a_result():
    facts = facts_of(LEAD + "2020年以前，柏家村已有42户贫困户全部脱贫。\n")
    assert one(facts, 42).kind == "outcome"


def test_all_of_the_villages_counted_out_of_poverty_are_an_outcome():
    facts = facts_of("赣州讯 宁都县驻村帮扶7年间，实现了86个贫困村100%出列。\n")
    assert (one(facts, 86).kind, one(facts, 86).metric) == ("outcome", "other")


def test_guard_villages_covered_before_a_share_of_another_kind_stay_covered():
    facts = facts_of("赣州讯 宁都县向86个贫困村派驻工作队，实现100%全覆盖。\n")
    assert one(facts, 86).metric == "villages_covered"


def test_the_cadres_in_post_counted_are_cadres_dispatched():
    facts = facts_of("北京讯 截至去年底，各地共派出驻村干部300余万人次，眼下仍在岗76.5万名。\n")
    assert one(facts, 765_000).metric == "cadres_dispatched"


def test_guard_workers_in_post_of_a_workshop_are_no_cadres():
    facts = facts_of(LEAD + "村里的扶贫车间在岗员工80人。\n")
    assert one(facts, 80).metric == "jobs_created"


def test_the_townships_the_programmes_teams_cover_are_a_dispatch_figure():
    facts = facts_of("广州讯 全省的驻镇帮扶工作队已覆盖1085个乡镇。\n")
    assert (one(facts, 1085).kind, one(facts, 1085).unit) == ("dispatch", "item")


def test_guard_the_townships_a_province_has_are_no_figure():
    facts = facts_of("广州讯 全省有1085个乡镇，驻村工作队覆盖所有贫困村。\n")
    assert not [f for f in facts if f.value == 1085]


def test_a_small_count_in_words_that_no_metric_names_is_no_fact():
    facts = facts_of(LEAD + "入驻柏家村之后，队员们在村部旁租下两间民房住了下来。\n")
    assert not [f for f in facts if f.value == 2]


def test_guard_a_small_count_in_words_with_a_metric_stays():
    facts = facts_of(LEAD + "队员们帮村里新建了两座蓄水池。\n")
    assert one(facts, 2).metric == "facilities_built"


def test_a_profile_that_sends_the_cadre_far_to_the_villages_party_branch_post():
    text = ("2019年3月，赣南医学院讲师、34岁的芮远航远赴900公里外的宁都县洛口镇柏家村担任党支部第一书记。\n")
    assert roles_and_villages(text) == {"芮远航": ("first_secretary", "柏家村")}
    text = "2016年3月，32岁的柏文涛远赴宁都县洛口镇柏家村担任党总支第一书记。\n"
    assert roles_and_villages(text) == {"柏文涛": ("first_secretary", "柏家村")}


def test_guard_a_profile_that_reaches_no_village_names_no_cadre():
    text = "2015年8月，赣州学院教师、30岁的芮远航远赴北京参加培训，担任课题组组长。\n"
    assert roles_and_villages(text) == {}


def test_a_change_from_one_figure_to_another_is_no_range():
    facts = facts_of(LEAD + "队员们牵头办起网店，村里的集体收入从0到48万元，不少年轻人回了村。\n")
    assert [(f.value, f.qualifier) for f in facts if f.unit == "yuan"] == [(480_000, "exact")]


def test_guard_a_range_stays_a_range():
    facts = facts_of(LEAD + "县里按每人每天70-120元的标准为队员发放生活补助。\n")
    assert sorted((f.value, f.qualifier) for f in facts if f.unit == "yuan") == [(70, "at_least"), (120, "at_most")]



def test_one_of_a_count_of_cadres_states_the_count():
    facts = facts_of("南昌讯 他是江西1.8万名驻村“第一书记”当中的一位，在柏家村一干就是两年。\n")
    assert one(facts, 18_000).metric == "first_secretaries_dispatched"


def test_guard_a_part_counted_from_a_whole_is_no_figure_of_the_whole():
    facts = facts_of(LEAD + "全组40户低保户中的9人进厂做工。\n")
    assert not [f for f in facts if f.value == 40]


def test_a_tibetan_name_of_two_seeded_parts_after_a_post_is_read():
    text = "墨脱讯 墨脱县背崩乡柏家村驻村工作队副队长其美伦珠：茶叶种植让村民的腰包鼓了起来。\n"
    assert roles_and_villages(text) == {"其美伦珠": ("team_member", "柏家村")}


def test_a_name_opening_the_sentence_after_one_that_becomes_the_post_holds_it():
    text = "在外闯荡多年后回到家乡，成为了柏家村第一书记。芮远航把村里的事当成自家的事来办。\n"
    assert roles_and_villages(text) == {"芮远航": ("first_secretary", "柏家村")}


def test_guard_a_post_with_its_holder_gives_the_next_name_nothing():
    text = "柏文涛成为了柏家村第一书记。芮远航是洛口镇的镇长，常来村里看看。\n"
    assert roles_and_villages(text) == {"柏文涛": ("first_secretary", "柏家村")}
