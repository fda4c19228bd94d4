"""Classes of text read in the twenty-seventh session of issue 7, a test or two each: an organ of the centre
(中组部) speaking for the country on a page that names no place; a bullet and a name alone on a line as a byline;
one household's own income; a name opening the sentence after a posting with no holder; a place counted by
mouths or said to hold so much, the land a village holds and the water it has, as a profile; a count after a verb
of finding; 县内外 and 全国各地 as no scope; a page's label (原标题) as no name; two provisions of equal amount; a
pronoun posted in a capacity, its person on a dated line before; a small count of abstract nouns; a road widened
by added lanes; the people a work reaches after a profile word; households given a distribution or a service;
a news site's name run into the text; a bare member post after "with"; a name's last character read with the
adverb after it; 在 before the verb of holding a post; a price of one plant; a feature's section heading with a
——line; income a work generates (创收); 兼 before a village; a team leader who also holds a village's first-secretary
post after a comma. Guards check what must stay as it was. Every sentence is made up for the test (real division
names, invented villages and people); none is taken from a page.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one, roles_and_villages


def test_a_central_organ_speaks_for_the_whole_country():
    facts = facts_of("本报讯 11月3日，中组部在成都举办第一书记专题培训班，参训学员512名。\n"
                     "国务院扶贫办通报，各地已先后派出第一书记19.5万名。\n")
    assert one(facts, 512).region == "全国"
    assert one(facts, 195_000).region == "全国"


def test_guard_a_page_that_names_its_place_keeps_it_after_a_central_organ():
    facts = facts_of("北京讯 中组部派出的干部在宁都县洛口镇柏家村蹲点，工作队争取资金80万元修路。\n")
    assert one(facts, 800_000).region != "全国"
    facts = facts_of("赣州讯 宁都县驻村工作队扎实开展帮扶。据中组部部署，共选派第一书记126名。\n")
    assert one(facts, 126).region != "全国"


def test_guard_a_central_organ_speaks_in_its_own_sentence_only():
    facts = facts_of("本报讯 近日，中组部、国务院扶贫办发文，就派驻干部管理提出要求。全县共选派第一书记126名，实现全覆盖。\n")
    assert one(facts, 126).region == "全县"


def test_a_bullet_and_a_name_alone_on_a_line_is_the_byline_of_a_first_person_account():
    text = ("◎芮晓岚\n2021年4月，我被单位选派到宁都县洛口镇柏家村担任第一书记。"
            "进村以后，我先把全村的农户走访了一遍。\n")
    assert roles_and_villages(text) == {"芮晓岚": ("first_secretary", "柏家村")}


def test_guard_a_bullet_before_a_heading_names_no_narrator():
    text = ("◎走访记\n2021年4月，我被单位选派到宁都县洛口镇柏家村担任第一书记。\n")
    assert roles_and_villages(text) == {}


LEAD = "赣州讯 宁都县洛口镇柏家村的帮扶队伍扎实开展工作。"


def test_one_households_income_told_of_with_the_word_for_household_is_no_result():
    facts = facts_of(LEAD + "柏章福他家种了8亩脐橙，通过产业帮扶，每年分红3000元，现在家庭年收入有5万多元。\n")
    assert not [f for f in facts if f.value == 50_000 and f.kind == "outcome"]


def test_guard_the_households_of_a_village_keep_their_income():
    facts = facts_of(LEAD + "通过产业帮扶，柏家村贫困家庭年收入人均增加3000元。\n")
    assert one(facts, 3000).kind == "outcome"


def test_a_name_opening_the_sentence_after_a_posting_without_its_holder_holds_the_post():
    text = "宁都讯 县医院选派业务骨干担任柏家村驻村第一书记。芮远航同志自进村以来，把各家各户都跑了一遍。\n"
    assert roles_and_villages(text) == {"芮远航": ("first_secretary", "柏家村")}


def test_guard_a_posting_that_names_its_holder_gives_the_next_name_no_post():
    text = "宁都讯 县医院选派芮晓岚担任柏家村驻村第一书记。芮远航自驻村以来，把各家各户都跑了一遍。\n"
    assert "芮远航" not in roles_and_villages(text)


def test_a_place_counted_by_mouths_or_said_to_hold_so_much_is_described_not_helped():
    facts = facts_of(LEAD + "柏家村有412口人，贫困户31户，贫困人口97人。\n")
    assert not [f for f in facts if f.value in (31, 97)]
    facts = facts_of(LEAD + "柏家村虽坐拥1900余人、3400余亩良田，集体每年也有30余万元进账，但底子仍薄。\n")
    assert not [f for f in facts if f.value in (3400, 300_000)]


def test_guard_the_income_of_the_poor_per_head_is_no_count_by_mouths():
    facts = facts_of(LEAD + "2020年，柏家村脱贫户的人口人均收入12,480元。\n")
    assert one(facts, 12_480).kind == "outcome"


def test_a_count_after_a_verb_of_finding_is_what_was_found_not_the_visits():
    facts = facts_of("宁都讯 柏家村帮扶队伍走访发现，村东片区40多户村民家中缺水。\n")
    assert not [f for f in facts if f.value == 40]
    facts = facts_of("宁都讯 柏家村帮扶队伍挨家走访了解到，有23户村民缺少劳动力。\n")
    assert not [f for f in facts if f.value == 23]


def test_guard_visits_tallied_in_the_next_clause_stay_visits():
    facts = facts_of("宁都讯 柏家村帮扶队伍挨家走访，共计86户。\n")
    assert one(facts, 86).metric == "households_visited"


def test_within_and_beyond_the_county_is_no_scope():
    facts = facts_of("本报讯 柏家村的帮扶队伍扎实开展工作。景区开放两年来迎来县内外游客3.6万余人次，村里旅游收入达30余万元。\n")
    assert one(facts, 36_000).region == "柏家村"
    assert one(facts, 300_000).region == "柏家村"


def test_guard_within_the_county_stays_the_county():
    facts = facts_of("本报讯 柏家村的帮扶队伍扎实开展工作。县内共选派第一书记126名，覆盖全部脱贫村。\n")
    assert one(facts, 126).region == "县内"


def test_a_pages_label_before_the_original_headline_is_no_name():
    text = ("本报讯 2021年05月01日来源:赣南日报\n原标题:宁都县给柏家村派来第一书记\n"
            "宁都县洛口镇柏家村的帮扶队伍扎实开展工作。\n")
    assert "原标题" not in roles_and_villages(text)


def test_guard_a_name_before_a_colon_and_a_post_stays_a_name():
    text = "本报讯 宁都县洛口镇驻村干部名单公布。\n芮远航:宁都县洛口镇柏家村第一书记\n"
    assert roles_and_villages(text).get("芮远航", ("",))[0] == "first_secretary"


def test_equal_amounts_of_two_provisions_are_two_facts():
    facts = facts_of("宁都讯 宁都县出台驻村干部保障办法。县财政每年为每名第一书记安排1.5万元工作经费。"
                     "对考核优秀的驻村干部，按每人每年不少于1.5万元的标准发放奖励。\n")
    assert sorted(f.metric for f in facts if f.value == 15_000) == ["award_funds", "work_funds"]


def test_guard_a_provision_restated_by_the_headline_is_one_fact():
    facts = facts_of("宁都：第一书记每年有1.5万元工作经费\n宁都讯 宁都县出台驻村干部保障办法。"
                     "县财政每年为每名第一书记安排1.5万元工作经费。\n")
    assert len([f for f in facts if f.value == 15_000]) == 1


def test_a_pronoun_posted_in_the_capacity_of_a_cadre_after_a_dated_line_naming_the_person():
    text = ("宁都讯 柏家村的帮扶队伍扎实开展工作。\n2021年4月2日，芮远航在笔记本上记下第一页。\n"
            "这一天，他作为县水利局的一名驻村干部，来到宁都县洛口镇柏家村。芮远航说，村里变化很大。\n")
    assert roles_and_villages(text) == {"芮远航": ("team_member", "柏家村")}


def test_guard_a_pronoun_far_from_any_name_stays_no_one():
    text = ("宁都讯 柏家村的帮扶队伍扎实开展工作。\n2021年4月2日，村里召开了群众大会。\n"
            "这一天，他作为县水利局的一名驻村干部，来到宁都县洛口镇柏家村。\n")
    assert roles_and_villages(text) == {}


def test_a_small_count_of_abstract_nouns_is_no_thing_built():
    facts = facts_of(LEAD + "驻村以来，工作队抓实党员教育和村级阵地建设两项内容，落实三项措施。\n")
    assert not [f for f in facts if f.value in (2, 3)]


def test_guard_a_small_count_of_things_built_stays():
    facts = facts_of(LEAD + "驻村以来，工作队新建两座蓄水池，修建三座便民桥。\n")
    assert {f.value for f in facts if f.metric == "facilities_built"} >= {2, 3}


def test_a_road_widened_by_added_lanes_is_a_length_of_road_worked():
    facts = facts_of(LEAD + "通往各组的道路拼宽2.7公里，新建蓄水池两座。\n")
    assert one(facts, 2.7).metric == "road_km_built"


def test_guard_a_roads_width_stays_no_length():
    facts = facts_of(LEAD + "新修通组公路全长2公里，路面宽4.5米。\n")
    assert not [f for f in facts if f.unit == "km" and f.value == 0.0045]
    assert one(facts, 2).metric == "road_km_built"


def test_the_people_a_work_reaches_named_by_a_profile_word_are_a_result():
    facts = facts_of(LEAD + "工作队协调有关部门，给村东新区装上了路灯，惠及常住人口600余人。\n")
    assert one(facts, 600).kind == "outcome"


def test_guard_a_villages_resident_population_stays_a_profile():
    facts = facts_of(LEAD + "柏家村常住人口600余人，外出务工120人。\n")
    assert not [f for f in facts if f.value in (600, 120)]


def test_households_given_a_distribution_are_households_helped():
    facts = facts_of(LEAD + "开春时，工作队联系到300余吨农家肥，给612户农户免费发放。\n")
    assert one(facts, 612).metric == "households_helped"
    facts = facts_of(LEAD + "工作队累计慰问困难群众260多人，发放慰问金4.5万元。\n")
    assert one(facts, 260).kind == "outcome"


def test_guard_money_handed_out_stays_money():
    facts = facts_of(LEAD + "工作队累计慰问困难群众260多人，发放慰问金4.5万元。\n")
    assert one(facts, 45_000).kind == "funding"


def test_a_news_sites_name_run_into_the_text_is_no_place_of_the_figure():
    text = ("平利讯 合心村驻村第一书记芮远航扎实开展帮扶。安康新闻网\n"
            "两位书记牵头办起合作社，带动60余户脱贫户增加了收入。安康新闻网\n")
    assert one(facts_of(text), 60).region == "合心村"


def test_guard_a_city_named_before_its_own_figure_keeps_it():
    facts = facts_of("平利讯 合心村驻村第一书记芮远航扎实开展帮扶。安康市今年共选派第一书记326名。\n")
    assert one(facts, 326).region == "安康市"


def test_a_bare_member_post_after_with_in_a_team_story_is_the_teams_member():
    text = ("宁都讯 芮远航是县水利局驻柏家村工作队队长，也是柏家村第一书记。"
            "他与队员柏文涛住在柏家村村委会的宿舍里。芮远航与柏文涛每天早起走访。\n")
    assert roles_and_villages(text).get("柏文涛") == ("team_member", "柏家村")


def test_guard_a_bare_member_post_of_another_team_stays_no_cadre():
    text = ("宁都讯 柏家村的帮扶队伍扎实开展工作。村里的护林队员柏文涛每天巡山。\n")
    assert "柏文涛" not in roles_and_villages(text)


def test_a_names_last_character_read_with_the_adverb_after_it_as_anothers_name_stays_the_names():
    text = "宁都讯 洛口镇柏家村驻村第一书记芮远雍正在晒场上教村民分拣脐橙。\n"
    assert roles_and_villages(text) == {"芮远雍": ("first_secretary", "柏家村")}


def test_guard_a_two_character_name_before_the_progressive_stays_two_characters():
    text = "宁都讯 洛口镇柏家村驻村第一书记柏章正在晒场上教村民分拣脐橙。\n"
    assert roles_and_villages(text) == {"柏章": ("first_secretary", "柏家村")}


def test_a_name_then_zai_and_the_verb_of_holding_the_post_holds_it():
    text = "宁都讯 柏家村的帮扶队伍扎实开展工作。芮晓岚在担任柏家村第一书记那三年里，给村里修好了水塘。\n"
    assert roles_and_villages(text) == {"芮晓岚": ("first_secretary", "柏家村")}


def test_guard_zai_before_a_verb_of_holding_another_post_gives_no_programme_post():
    text = "宁都讯 柏家村的帮扶队伍扎实开展工作。芮晓岚在担任镇长期间，多次到柏家村调研。\n"
    assert "芮晓岚" not in roles_and_villages(text)


def test_a_price_per_plant_is_no_sum():
    facts = facts_of(LEAD + "今年黄精苗每株卖0.6元，脱贫户领苗有补助，每株仅需0.2元。\n")
    assert not [f for f in facts if f.unit == "yuan"]


def test_guard_a_subsidy_per_mu_stays_money():
    facts = facts_of(LEAD + "工作队为种植户争取补贴，每亩补助300元，共发放补贴4.5万元。\n")
    assert one(facts, 45_000).unit == "yuan"


def test_the_land_a_village_holds_is_described_not_planted():
    facts = facts_of(LEAD + "全村耕地6200亩，人均4.1亩，退耕还林900亩，林地1500亩。\n")
    assert not [f for f in facts if f.unit == "mu"]


def test_guard_land_planted_by_the_work_stays_planted():
    facts = facts_of(LEAD + "工作队引导农户新种油茶900亩，带动脱贫户增收。\n")
    assert one(facts, 900).metric == "planting_area"


def test_from_all_over_the_country_is_no_scope():
    facts = facts_of(LEAD + "直播以后，全国各地的六家电商主动联系，已签下两单，供货价值7.2万多元。\n")
    assert one(facts, 72_000).region == "柏家村"


def test_guard_the_whole_country_stays_the_country():
    facts = facts_of("本报讯 截至去年底，全国已有25.5万名第一书记派到村里，在岗驻村干部90余万名。\n")
    assert one(facts, 255_000).region == "全国"


def test_water_a_place_has_is_no_land_planted():
    facts = facts_of(LEAD + "芮远航说，这里有山有水，离县城近，70多亩水面，搞垂钓足够了。\n")
    assert not [f for f in facts if f.unit == "mu"]


def test_guard_water_put_to_use_stays_an_area_worked():
    facts = facts_of(LEAD + "工作队利用70多亩水面发展稻虾养殖，带动农户增收。\n")
    assert one(facts, 70).unit == "mu"


def test_a_section_title_and_its_dash_summary_go_on_with_the_feature():
    text = ("柏家村来了个实干书记\n宁都讯 芮远航是宁都县洛口镇柏家村驻村第一书记，进村后他白天下地、晚上串门，"
            "用一个多月逐户走访了312户村民，把每家的难处都记在了本子上。\n"
            "跑项目 找资金\n——为修通组道路，他跑遍县直各部门，先后争取资金160万元。\n"
            "芮远航在摸清村情的基础上，又联系后盾单位捐来一批课桌椅。\n")
    assert one(facts_of(text), 1_600_000).region == "柏家村"


def test_guard_a_dash_line_opening_a_block_still_opens_its_own_article():
    text = ("柏家村来了个实干书记\n宁都讯 芮远航是宁都县洛口镇柏家村驻村第一书记，进村后逐户走访了312户村民。\n"
            "——记县城管局环卫工人\n城区环卫工人每天清扫街道，今年共清运垃圾160万吨。\n")
    assert not [f for f in facts_of(text) if f.value == 1_600_000]


def test_income_a_work_generates_is_an_income_increase():
    facts = facts_of(LEAD + "光伏电站建成后，村里和农户每年一共创收7万余元。\n")
    assert one(facts, 70_000).metric == "income_increase"


def test_guard_a_sum_invested_stays_funding():
    facts = facts_of(LEAD + "工作队争取资金7万元建设光伏电站，为村集体开辟了财源。\n")
    assert one(facts, 70_000).kind == "funding"


def test_households_a_service_is_arranged_for_are_households_helped():
    facts = facts_of(LEAD + "工作队为近40户村民办理了小额无息贷款。\n")
    assert one(facts, 40).metric == "households_helped"


def test_guard_households_on_a_roll_stay_no_households_helped():
    facts = facts_of(LEAD + "柏家村常住人口900余人，外出务工的有120户。\n")
    assert not [f for f in facts if f.metric == "households_helped"]


def test_a_second_post_after_jian_names_the_village_without_jian():
    from flows.reports.regions import PlaceFinder

    text = "芮远航任县水利局驻宁都工作队队长兼柏家村第一书记。"
    assert [p.name for p in PlaceFinder(text).find(0, len(text)) if p.level == "village"] == ["柏家村"]


def test_guard_a_village_named_after_its_county_keeps_its_name():
    from flows.reports.regions import PlaceFinder

    text = "芮远航是宁都县洛口镇柏家村第一书记。"
    assert [p.name for p in PlaceFinder(text).find(0, len(text)) if p.level == "village"] == ["柏家村"]


def test_a_team_leader_who_also_holds_a_villages_first_secretary_post_after_a_comma_is_a_first_secretary():
    text = "宁都讯 芮远航担任县水利局驻村工作队队长，兼柏家村第一书记。\n"
    assert roles_and_villages(text) == {"芮远航": ("first_secretary", "柏家村")}


def test_guard_a_team_leader_alone_stays_a_team_leader():
    text = "宁都讯 芮远航担任县水利局驻柏家村工作队队长，带领队员走村入户。\n"
    assert roles_and_villages(text).get("芮远航", ("",))[0] == "team_leader"
