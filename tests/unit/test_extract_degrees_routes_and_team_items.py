"""Classes of text read in the fifth session of issue 7, a test or two each: cadres named with an academic rank, a
post taken over or begun after the arrival, members counted then named, a workplace or a colleague before a stay,
names whose characters the analyser reads as words; lengths on the way to a village, items of a list of teams, the uses
of a sum after 用于：, counts by sending level, activities and deeds counted, places that are not a figure's (a firm's
province, a ranking city, a place gone to for help). Guards check what must stay as it was. Every sentence is made up
for the test (real division names, invented villages and people); none is taken from a page.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one, people_by_name, roles_and_villages


def test_an_academic_rank_after_the_name_stands_between_it_and_the_posting():
    people = roles_and_villages("咸阳讯 2020年春，西北农林科技大学韩志远教授来到白鹭村担任驻村第一书记。\n")
    assert people == {"韩志远": ("first_secretary", "白鹭村")}
    people = people_by_name("咸阳讯 2020年春，省林科院贺云峰博士到青松村驻村，任第一书记。\n")
    assert (people["贺云峰"].role, people["贺云峰"].village) == ("first_secretary", "青松村")


def test_a_post_taken_over_right_after_the_arrival_is_a_posting():
    people = people_by_name("天水讯 去年9月，省交通厅孔德明到白鹭村接任驻村第一书记。\n")
    assert (people["孔德明"].role, people["孔德明"].village, people["孔德明"].dispatch_unit) == \
        ("first_secretary", "白鹭村", "省交通厅")


def test_the_unit_of_a_profile_subtitle_leaves_out_the_word_that_opens_it():
    people = people_by_name("把根扎在泥土里——记国家林草局驻清水县白鹭村第一书记韩志远\n"
                            "三年来，韩志远带着村民种下了花椒。\n")
    assert (people["韩志远"].village, people["韩志远"].dispatch_unit) == ("白鹭村", "国家林草局")


def test_a_length_on_the_way_to_the_village_is_no_road_built():
    facts = facts_of("清水讯 出了县城往北，沿着国道走了9公里后再往东拐，便是驻村工作队所在的白鹭村。"
                     "两年来，工作队帮助白鹭村硬化通组道路4公里。\n")
    assert [(f.metric, f.value) for f in facts if f.unit == "km"] == [("road_km_built", 4.0)]


def test_a_length_built_then_more_works_after_it_is_still_read():
    facts = facts_of("清水讯 驻村工作队帮助白鹭村铺设通组公路7公里后，又修建了村内便道2公里。\n")
    assert sorted(f.value for f in facts if f.unit == "km") == [2.0, 7.0]


def test_cadres_sent_each_to_one_of_two_villages_of_a_township_are_that_townships():
    fact = one(facts_of("张家口讯 2017年起，白沙乡白鹭村、青松村由原河北省住建厅包联，厅里抽调4名驻村工作人员，"
                        "分别到白鹭村和青松村蹲点。\n"), 4)
    assert (fact.kind, fact.region) == ("dispatch", "白沙乡")


def test_an_item_of_a_list_of_teams_whose_team_names_no_place_is_not_the_item_befores():
    facts = facts_of("抚州讯 疫情期间各队想办法打开销路。县审计局驻白沙乡白鹭村小分队帮农户销售土鸡，"
                     "总价达1.6万元；县林业局驻村小分队帮农户贺某某销售香菇，收入0.9万元；"
                     "县水利局驻青松村工作队联系超市收购茶油，价值2.4万元。\n")
    assert one(facts, 16000).region == "白鹭村"
    assert one(facts, 9000).region != "白鹭村"
    assert one(facts, 24000).region == "青松村"


def test_sales_written_as_a_sales_sum_are_sales():
    fact = one(facts_of("定西讯 第一书记韩志远带着白鹭村做起了网上生意。“‘白鹭红’的销售金额已经有6万元了！”\n"), 60000)
    assert (fact.kind, fact.metric) == ("outcome", "ecommerce_sales")


def test_a_sum_taken_out_of_a_fund_is_spent_once():
    fact = one(facts_of("石家庄讯 为了让白鹭村的果园用上滴灌，驻村工作队在工作经费中拿出4500元买了管材。\n"), 4500)
    assert fact.basis == "total"


def test_a_sum_each_cadre_takes_out_every_month_stays_a_rate():
    fact = one(facts_of("石家庄讯 白鹭村驻村工作队的队员每人每月拿出300元资助村里的大学生。\n"), 300)
    assert fact.basis != "total"


def test_works_named_as_the_next_step_are_a_plan():
    facts = facts_of("定西讯 白鹭村驻村工作队扶持合作社建起了养殖场。“下一步，工作队打算再建成12座冷棚。”\n")
    assert one(facts, 12).signals["plan_not_done"] == 1.0


def test_a_given_name_ending_in_a_character_of_the_verb_of_leading_after_it_is_whole():
    people = roles_and_villages("邢台讯 白鹭村驻村第一书记孔国领带领党员修通了机耕路。\n")
    assert people == {"孔国领": ("first_secretary", "白鹭村")}


def test_a_name_right_before_the_verb_of_leading_keeps_two_characters():
    people = roles_and_villages("邢台讯 白鹭村驻村第一书记孔国带领党员修通了机耕路。\n")
    assert people == {"孔国": ("first_secretary", "白鹭村")}


def test_a_loan_a_cadre_stood_guarantor_for_told_in_speech_is_a_loan_arranged():
    fact = one(facts_of("邢台讯 “前年猪价跌了，多亏驻村第一书记孔德明给我担保贷了6万元。”白鹭村养殖户说。\n"), 60000)
    assert (fact.kind, fact.metric) == ("funding", "loans_arranged")


def test_an_arrival_then_the_post_as_the_work_begun_there_is_a_posting():
    people = people_by_name("黔东南讯 贺云峰在水利部机关工作多年。2017年5月，贺云峰来到青松村，踏上了第一书记之路。\n")
    assert (people["贺云峰"].role, people["贺云峰"].village, people["贺云峰"].start) == \
        ("first_secretary", "青松村", "2017-05")


def test_a_name_right_after_the_team_and_before_a_verb_of_saying_is_a_member():
    people = roles_and_villages("阿克苏讯 白鹭村村委会的二楼是县农业局驻村工作队的住处。工作队孔德明介绍，"
                                "村里今年种了500亩核桃。\n")
    assert people.get("孔德明", (None,))[0] == "team_member"
    people = roles_and_villages("阿克苏讯 县农业局驻白鹭村工作队在村委会办公。工作队韩静说，这棵核桃树比村子还老。\n")
    assert people.get("韩静", (None,))[0] == "team_member"


def test_an_adverb_after_the_team_is_no_name():
    assert people_by_name("阿克苏讯 白鹭村来了驻村工作队。工作队马上说干就干，挨家挨户走访。\n") == {}


def test_a_birth_year_between_the_name_and_the_post_in_apposition_is_a_profile_note():
    people = people_by_name("吉安讯 贺云峰，1996年生，驻遂川县堆子前镇青松村第一书记。\n")
    assert (people["贺云峰"].role, people["贺云峰"].village) == ("first_secretary", "青松村")


def test_members_counted_then_named_each_with_the_unit_they_come_from_are_members():
    people = people_by_name("黑河讯 白鹭村驻村工作队还有两名队员，一个懂农机，一个懂政策。孔德明来自北安市农机推广站，坏了的拖拉机都归他修；"
                            "贺云峰来自北安市民政局，村民办低保都找她。\n")
    assert {name: (p.role, p.village, p.dispatch_unit) for name, p in people.items()} == {
        "孔德明": ("team_member", "白鹭村", "北安市农机推广站"),
        "贺云峰": ("team_member", "白鹭村", "北安市民政局")}


def test_names_after_a_count_of_members_without_a_unit_they_come_from_are_not_read():
    people = people_by_name("黑河讯 白鹭村驻村工作队有两位队员。孔德明说，村里的变化大家都看得见。\n")
    assert "孔德明" not in people


def test_a_workplace_then_a_stay_told_of_a_pronoun_in_the_next_clause_is_a_posting():
    people = people_by_name("保定讯 孔德明在雄县水利局工作，前年5月他和队长贺云峰一起到白鹭村驻村，天天泡在田间地头。"
                            "去年汛期，孔德明带着村民加固了河堤。\n")
    assert (people["孔德明"].village, people["孔德明"].dispatch_unit) == ("白鹭村", "雄县水利局")
    assert (people["贺云峰"].role, people["贺云峰"].village) == ("team_leader", "白鹭村")  # the colleague beside him


def test_a_verb_of_receiving_an_honour_after_counted_members_is_no_name():
    people = people_by_name("永州讯 白鹭村驻村工作队扎实工作。年终考评中，县里有58名驻村队员荣获表扬，6名队员荣立功勋。\n")
    assert not set(people) & {"荣获", "荣立"}


def test_common_surnames_the_built_in_list_had_left_out_open_names():
    people = roles_and_villages("黔东南讯 曾任剑河县白鹭村第一书记的傅开云同志、曾任剑河县青松村第一书记的赖晓峰同志"
                                "9月10日一同回村看望乡亲。\n")
    assert people == {"傅开云": ("first_secretary", "白鹭村"), "赖晓峰": ("first_secretary", "青松村")}


def test_people_grouped_for_the_work_are_no_count():
    facts = facts_of("吉安讯 县林业局驻白鹭村工作队进村后，队员们2人一组，对全村农户逐户走访，一个月走访了112户。\n")
    assert [f.value for f in facts if f.unit in ("person", "household")] == [112]


def test_a_length_widened_written_after_the_road_is_road_built():
    fact = one(facts_of("吉安讯 县交通局驻白鹭村工作队进驻以来，村里道路拓宽3公里，新修水渠600米。\n"), 3, "km")
    assert fact.metric == "road_km_built"


def test_loudspeakers_installed_are_facilities_built():
    fact = one(facts_of("吉安讯 县交通局驻白鹭村工作队进驻以来，在村里安装了24个大喇叭，村民在家就能听到政策。\n"), 24)
    assert fact.metric == "facilities_built"


def test_a_few_things_counted_in_words_opening_a_clause_are_a_scene():
    facts = facts_of("喀什讯 县农业局驻白鹭村工作队住在村委会。院子里，两棵老杏树开满了花。\n")
    assert not [f for f in facts if f.value == 2]


def test_a_few_things_planted_by_the_team_are_still_counted():
    facts = facts_of("喀什讯 县农业局驻白鹭村工作队在村委会院子里种下两棵杏树。\n")
    assert one(facts, 2).kind == "outcome"


def test_the_uses_a_sum_is_listed_for_after_a_colon_are_money_not_works():
    facts = facts_of("永州讯 省交通厅驻白鹭村工作队进驻以来，到位资金700万元，主要用于：桥梁建设210万元，"
                     "改厕90万元，文化广场建设60万元。\n")
    assert {f.value: f.kind for f in facts} == {7_000_000: "funding", 2_100_000: "funding", 900_000: "funding",
                                                600_000: "funding"}


def test_a_sum_for_works_named_right_after_it_without_a_list_of_uses_stays_as_read():
    fact = one(facts_of("永州讯 省交通厅驻白鹭村工作队进驻以来，投资210万元建设通组道路。\n"), 2_100_000)
    assert fact.kind == "funding"


def test_names_listed_before_their_count_are_read_whole_when_the_analyser_reads_words_in_them():
    people = roles_and_villages("漯河讯 经党委研究，韩立新同志任白鹭村第一书记，孔中立、贺刚领两位同志任驻村队员。\n")
    assert people["孔中立"][0] == people["贺刚领"][0] == "team_member"


def test_items_before_a_count_that_are_no_names_are_not_read():
    people = people_by_name("漯河讯 全村、全乡两位同志任驻村队员。\n")
    assert people == {}


def test_a_province_opening_a_firms_name_is_no_place_of_the_page():
    facts = facts_of("本报讯 开发区的帮扶工作队进村一年多，家底摸清了，路子也找准了。到今年6月，21支区直部门帮扶工作队"
                     "走访农户3100余人次，到位帮扶资金160余万元。\n该区财政局驻石桥村帮扶工作队争取80万元翻修了卫生室；"
                     "还请来甘肃省路桥建设有限公司与困难户结对。\n")
    assert {f.region for f in facts} & {"甘肃省", "甘肃"} == set()


def test_a_province_opening_an_organs_name_still_gives_the_page_its_place():
    fact = one(facts_of("本报讯 甘肃省农业农村厅今年选派驻村干部360名。\n"), 360)
    assert fact.region in ("甘肃省", "甘肃")


def test_a_quotation_nested_in_speech_does_not_hide_the_village_named_before_it():
    fact = one(facts_of("遵义讯 市直各驻村工作队队长轮流上台讲经验。“在湄潭县兴隆镇白鹭村，我们推行‘党支部+合作社’"
                        "的办法种茶，让260余名群众实现了就业。”\n"), 260)
    assert fact.region == "白鹭村"


def test_a_length_after_a_direction_on_the_way_is_no_road_built():
    facts = facts_of("周至讯 从县城沿省道一路向西40公里，就到了区交通局驻白鹭村工作队的驻地。工作队帮助村里硬化道路6公里。\n")
    assert [f.value for f in facts if f.unit == "km"] == [6.0]


def test_people_counted_at_an_event_they_attend_are_no_dispatch():
    facts = facts_of("商城讯 白沙镇驻村工作队开展主题党日。镇里的干部和驻村第一书记30余人参加了活动。\n")
    assert not [f for f in facts if f.kind == "dispatch"]


def test_people_sent_to_a_training_are_still_read():
    fact = one(facts_of("商城讯 全县今年选派的驻村第一书记120人参加了集中培训。\n"), 120)
    assert fact.kind == "dispatch"


def test_award_subsidies_won_for_a_village_are_funds_secured():
    facts = facts_of("宁河讯 县交通局驻白鹭村工作队进驻以来，白鹭村两次拿到奖补，分别是奖补95万元和120万元。\n")
    assert {(f.kind, f.value) for f in facts} == {("funding", 950_000), ("funding", 1_200_000)}


def test_cadres_of_every_kind_trained_are_cadres_trained():
    fact = one(facts_of("长沙讯 为提高驻村帮扶本领，全省分级开班，一年下来干部培训28.6万人。\n"), 286_000)
    assert (fact.kind, fact.metric) == ("dispatch", "cadres_trained")


def test_cadres_counted_then_paired_with_households_are_cadres_paired():
    facts = facts_of("长沙讯 我省动员40多万名党员干部与120.5万户脱贫户建立结对帮扶关系。\n")
    assert (one(facts, 400_000).kind, one(facts, 400_000).metric) == ("dispatch", "cadres_paired")
    assert one(facts, 1_205_000).unit == "household"


def test_a_figure_too_large_for_the_county_carried_over_is_the_provinces():
    facts = facts_of("长沙讯 湖南省驻村帮扶工作扎实推进。平江县驻村工作队为白鹭村修通了产业路。"
                     "另外，50多万名党员干部与160.2万户脱贫户建立结对帮扶关系。\n")
    assert one(facts, 500_000).region in ("湖南省", "湖南", "全省")
    assert one(facts, 1_602_000).region in ("湖南省", "湖南", "全省")


def test_a_short_name_closing_a_cut_excerpt_is_not_read():
    assert people_by_name("环县讯 白鹭村两户人家为宅基地起了争执。接到电话后，驻村队员韩永") == {}


def test_a_short_name_followed_by_the_rest_of_its_sentence_is_read():
    assert "韩永" in people_by_name("环县讯 接到电话后，驻村队员韩永上门调解了纠纷。\n")


def test_a_cadre_qualified_by_the_length_of_the_stay_is_a_stationed_cadre():
    people = people_by_name("环县讯 嘉峪关市驻村帮扶队来到车道镇。2019年5月，驻村不久的孔德明走访调研后，把一份调研报告"
                            "送到了市体育局。\n")
    assert "孔德明" in people


def test_a_length_of_the_stay_qualifying_no_name_reads_no_one():
    assert people_by_name("环县讯 驻村一年多的时间里，工作队走遍了全村。\n") == {}


def test_people_helped_counted_after_the_team_are_no_members_sent():
    for sentence in ("工作队替两个村的9名孤儿办下了救助金。", "工作队扶贫助学12人。"):
        facts = facts_of("环县讯 县交通局驻白鹭村工作队进驻以来，办了不少实事。" + sentence + "\n")
        assert not [f for f in facts if f.kind == "dispatch"], sentence


def test_members_counted_after_a_verb_of_sending_are_still_members_sent():
    fact = one(facts_of("环县讯 县里今年向白鹭村选派工作队员5人。\n"), 5)
    assert fact.kind == "dispatch"


def test_what_a_place_lacks_counted_is_no_figure():
    facts = facts_of("梅仙讯 县交通局驻白鹭村工作队进驻以前，村里5个村民小组中有3个还没有通自来水。\n")
    assert not [f for f in facts if f.value == 3]


def test_members_joined_to_the_first_secretary_by_a_conjunction_are_members():
    people = roles_and_villages("清水讯 白鹭村第一书记韩立新和队员孔德明、贺云峰一起走访贫困户。\n")
    assert people == {"韩立新": ("first_secretary", "白鹭村"), "孔德明": ("team_member", "白鹭村"),
                      "贺云峰": ("team_member", "白鹭村")}


def test_a_city_a_place_is_ranked_in_is_not_where_the_next_figures_are():
    facts = facts_of("周至讯 区里对口帮扶周至县白沙镇6个村。论远近，白沙算不上西安最远的镇，论路况，却数它最差。"
                     "几年下来，区里为六个村修好村级道路41.5公里。\n")
    assert "西安市" not in {f.region for f in facts}


def test_a_named_villagers_own_planting_told_with_a_time_word_goes_to_review():
    fact = one(facts_of("钦州讯 县农业局驻白鹭村工作队常年请专家下乡。农户韩有田去年栽了6亩多砂糖橘，"
                        "今春叶子发黄。\n"), 6)
    assert fact.signals["one_household_named"] == 1.0 and fact.confidence < 0.6


def test_deeds_done_counted_before_what_they_were_are_problems_solved():
    fact = one(facts_of("庆阳讯 县交通局驻白鹭村工作队进驻以来，第一书记韩立新为村里办了11件暖心的事。\n"), 11)
    assert (fact.kind, fact.metric) == ("outcome", "problems_solved")


def test_a_time_word_before_a_village_is_no_part_of_its_name():
    fact = one(facts_of("金寨讯 县交通局驻白鹭村工作队进驻以来办了不少实事，当年白鹭村就硬化通组路6420米。\n"), 6.42, "km")
    assert fact.region == "白鹭村"


def test_counts_by_the_sending_level_written_with_ji_continue_the_total():
    facts = facts_of("南宁讯 今年全区轮换驻村第一书记1350名，其中自治区级150名、市级420名、县级780名。\n")
    assert {f.value: f.metric for f in facts if f.unit == "person"} == {
        1350: "first_secretaries_dispatched", 420: "first_secretaries_dispatched", 780: "first_secretaries_dispatched",
        150: "first_secretaries_dispatched"}


def test_a_gift_handed_to_each_of_the_people_counted_is_per_head():
    fact = one(facts_of("大邑讯 腊月里，县交通局驻白鹭村工作队走进28名独居老人家中，各送去500元慰问金。\n"), 500)
    assert fact.basis == "per_person"


def test_cadres_of_a_pairing_campaign_named_by_its_short_name_are_cadres_paired():
    fact = one(facts_of("兰州讯 全省驻村帮扶工作队员2.1万名，参加“双联”行动的双联干部35.6万名。\n"), 356_000)
    assert fact.metric == "cadres_paired"


def test_meetings_leaflets_and_sessions_the_team_held_are_counted():
    facts = facts_of("房县讯 县交通局驻白鹭村工作队进驻以来，召开屋场会70余场次，发放政策明白卡2600余份。\n")
    assert {(f.value, f.unit) for f in facts} >= {(70, "item"), (2600, "item")}
    assert all(f.confidence < 0.6 for f in facts if f.value in (70, 2600))  # no keyword of their own: review


def test_what_a_place_has_counted_in_portions_is_no_activity():
    facts = facts_of("房县讯 县交通局驻白鹭村工作队进驻以来，村里的承包地分成了3000余份。\n")
    assert not [f for f in facts if f.value == 3000]


def test_a_place_gone_to_to_seek_help_is_not_where_the_money_is_for():
    fact = one(facts_of("梅州讯 为了修路，白鹭村驻村第一书记孔德明跑了好几趟，又专程到福建找在外创业的老乡，最后筹到"
                        "14万元修路资金。\n"), 140_000)
    assert fact.region == "白鹭村"


def test_an_arrival_from_somewhere_then_becoming_the_post_is_a_posting():
    people = roles_and_villages("清水讯 两年前，韩立新从省城来到白鹭村，成为一名驻村第一书记。\n")
    assert people == {"韩立新": ("first_secretary", "白鹭村")}


def test_becoming_the_villagers_friend_is_no_post():
    assert people_by_name("清水讯 韩立新来到白鹭村，成为村民的贴心人。\n") == {}


def test_a_cadre_telling_of_his_own_posting_is_the_cadre():
    people = roles_and_villages("清水讯 孔德明告诉记者，自己2020年被派到白鹭村任第一书记。\n")
    assert people == {"孔德明": ("first_secretary", "白鹭村")}


def test_a_yield_per_acre_written_with_jun_is_no_income_figure():
    facts = facts_of("清水讯 县交通局驻白鹭村工作队进驻以来，引导群众种植黄芪450亩，亩均增收1800元。\n")
    assert [f.value for f in facts] == [450]


def test_visits_counted_in_times_household_times_and_leaders_times():
    fact = one(facts_of("清水讯 县交通局驻白鹭村工作队进驻以来，队员们入户走访980余次。\n"), 980)
    assert (fact.metric, fact.unit) == ("households_visited", "person_time")
    # a leader's visits counted by 次 are times (items), as the gold counts events by 次
    fact = one(facts_of("清水讯 县交通局驻白鹭村工作队进驻以来，局领导先后6次到村督导。\n"), 6)
    assert (fact.metric, fact.unit) == ("leader_visits", "item")


def test_a_cadre_introduced_by_where_he_comes_from_in_apposition_is_the_cadre():
    people = people_by_name("清水讯 白鹭村有个好书记。孔德明，这位来自省城的第一书记，已经在村里干了三年。\n")
    assert people["孔德明"].role == "first_secretary"


def test_a_title_counted_with_yiming_before_also_being_the_post_is_no_bar():
    people = roles_and_villages("清水讯 孔德明是省水利厅的一名科长，也是白鹭村的第一书记。\n")
    assert people == {"孔德明": ("first_secretary", "白鹭村")}


def test_a_village_named_as_one_example_of_several_counted_does_not_carry_the_story():
    facts = facts_of("临沂讯 省直单位选派的第一书记工作队驻在白沙镇白鹭村、青松村、红石村等6个村。\n"
                     "工作队联系的6个村里，好几个村的卫生室破旧，其中青松村连卫生室都没有。\n"
                     "工作队先后组织义诊，发放健康手册1300余份。\n")
    assert one(facts, 1300).region != "青松村"


def test_a_village_that_is_the_subject_while_other_villages_are_counted_still_carries_the_story():
    facts = facts_of("临沂讯 省直单位第一书记工作队驻在白鹭村。白鹭村由原白鹭村、柳湾村两个行政村合并而成。\n"
                     "工作队组织义诊，发放健康手册1300余份。\n")
    assert one(facts, 1300).region == "白鹭村"


def test_people_counted_before_they_attend_a_meeting_are_no_dispatch_either():
    facts = facts_of("商城讯 白沙镇驻村工作队召开产业发展座谈会，镇村干部和驻村第一书记20余人出席座谈会。\n")
    assert not [f for f in facts if f.kind == "dispatch"]
