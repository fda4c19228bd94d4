"""Classes of text read in the twenty-sixth session of issue 7, a test or two each: an area or a volume in 万
after a verb of money; the first secretary written with 村 inside the post; cadres counted with the post they
took after a long noun phrase; villages counted that left poverty, with 已经 or with the households and people of
the same lifting between; a party of cadres named after its head and stationed in a village; 还有 adding
a count of people posted (还有N人被选派…); visits listed noun-first before the verb they share;
two equal areas joined by 和 in one sentence;
村里 in a sentence that opens on another village than the story's; money used for
a village after 用于对; a site's picture labels (某标题-图片3) repeating the title's places; one villager's
own income; the staff a business has; a company of the production and construction corps as a village; a
first-person account counting the days of the narrator's stay, the narrator addressed by surname and 书记; one sum given each to a cadre's post and to a
team; how often a thing is done; a length of road not yet built; a verb of going or a
conjunction read as a surname before a division's stem or an organ's word; a round of the work (新一轮) before 村;
我县 or 我们 as no narrator; a county-level city written by its former county name; the
village of a stay named by its kind (驻带村); money given to a village named after a verb of aiding; 旗内 and 县内 as
scope words; land a disaster struck; loans named by their product (产业贷, 助农贷); money a donor of another
province gives, on a page about one village; Guards check what must stay as it was. Every sentence is made up for the test (real
division names, invented villages and people); none is taken from a page.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one, roles_and_villages

LEAD = "赣州讯 宁都县洛口镇柏家村驻村工作队扎实开展帮扶。"


def test_an_area_in_wan_after_a_verb_of_money_is_no_money():
    facts = facts_of(LEAD + "柏家村新建成47栋食用菌大棚2.6万平方米。\n")
    assert not [f for f in facts if f.unit == "yuan"]
    assert one(facts, 47).metric == "facilities_built"


def test_guard_a_sum_in_wan_after_a_verb_of_money_stays_money():
    facts = facts_of(LEAD + "工作队协调投资42万，新建食用菌大棚一座。\n")
    assert one(facts, 420_000).unit == "yuan"


def test_the_first_secretary_written_with_the_village_inside_the_post():
    facts = facts_of("赣州讯 宁都县126名第一村书记走进直播间，为村里的脐橙代言。\n")
    fact = one(facts, 126)
    assert (fact.metric, fact.region) == ("first_secretaries_dispatched", "宁都县")
    assert roles_and_villages("赣州讯 宁都县洛口镇柏家村第一村书记芮晓岚带着村民走进直播间。\n") \
        == {"芮晓岚": ("first_secretary", "柏家村")}
    from flows.reports.regions import PlaceFinder

    text = "全县126名第一村书记"
    assert PlaceFinder(text).find(0, len(text)) == []  # 第一村 is no village


def test_cadres_counted_then_the_post_they_took_far_after_are_the_ones_sent():
    facts = facts_of("赣州讯 近三年，宁都县陆续选拔174名懂农业、肯吃苦的年轻机关干部担任驻村第一书记。\n")
    assert one(facts, 174).kind == "dispatch"
    facts = facts_of("赣州讯 宁都县共有83名优秀青年干部分别担任第一书记，扎根一线。\n")
    assert one(facts, 83).kind == "dispatch"


def test_guard_cadres_commended_stay_no_count_of_those_sent():
    facts = facts_of("赣州讯 宁都县号召全县干部向27名优秀驻村第一书记学习。\n")
    assert one(facts, 27).kind != "dispatch"


def test_villages_counted_that_left_poverty_are_an_outcome_not_the_villages_covered():
    facts = facts_of("赣州讯 到2019年底，宁都县驻村工作队帮扶的57个村都已经脱贫。\n")
    assert (one(facts, 57).kind, one(facts, 57).unit) == ("outcome", "village")
    facts = facts_of("赣州讯 宁都县驻村帮扶成效明显，63个村、9140户35200人如期脱贫。\n")
    assert (one(facts, 63).kind, one(facts, 63).unit) == ("outcome", "village")
    assert one(facts, 9140).metric == "people_lifted_from_poverty"


def test_guard_villages_a_team_is_sent_to_stay_the_villages_covered():
    facts = facts_of("赣州讯 宁都县向57个村派驻驻村工作队，其中贫困村36个。\n")
    assert one(facts, 57).metric == "villages_covered"


def test_a_party_named_after_its_head_stationed_in_a_village_is_a_team():
    text = ("赣州讯 宁都县柏家村是市级帮扶村，2022年3月，受县农商银行委派，柏文涛一行两人，进驻该村驻点帮扶，"
            "走访农户。\n")
    assert (one(facts_of(text), 2).metric, one(facts_of(text), 2).region) == ("team_members_dispatched", "柏家村")
    assert roles_and_villages(text) == {"柏文涛": ("team_leader", "柏家村")}


def test_guard_an_official_party_visiting_a_village_is_no_team():
    text = "赣州讯 3月5日，县长柏文涛一行6人来到宁都县柏家村，调研驻村帮扶工作。\n"
    assert not [f for f in facts_of(text) if f.value == 6]
    assert roles_and_villages(text) == {}


def test_a_count_added_with_haiyou_and_posted_after_is_cadres_sent():
    facts = facts_of("赣州讯 全省已派出驻村干部6.4万人，同时还有1900人被选派到薄弱村任第一书记。\n")
    assert one(facts, 1900).kind == "dispatch"


def test_guard_what_remains_after_haiyou_stays_no_figure():
    facts = facts_of("赣州讯 宁都县驻村工作队全力攻坚，目前全县还有2100人尚未脱贫。\n")
    assert not [f for f in facts if f.value == 2100]


def test_visits_listed_noun_first_before_the_verb_they_share_each_count():
    facts = facts_of("赣州讯 宁都县各帮扶单位县领导74人次、科室负责人615人次到村督导驻村帮扶工作。\n")
    assert one(facts, 74).metric == one(facts, 615).metric == "leader_visits"


def test_guard_a_count_listed_with_another_noun_after_is_no_visit():
    facts = facts_of("赣州讯 宁都县驻村工作队培训村民430人次、发放资料2600份，到村督导12次。\n")
    assert one(facts, 430).metric != "leader_visits"


def test_two_equal_areas_joined_by_he_are_two_figures():
    facts = facts_of(LEAD + "工作队带领村民复垦撂荒地，种下45亩油菜和45亩玉米。\n")
    assert [f.value for f in facts if f.unit == "mu"] == [45, 45]


def test_guard_a_household_count_repeated_with_he_stays_one():
    facts = facts_of(LEAD + "工作队与柏家村38户脱贫户结对，确保38户脱贫户和监测户稳定增收。\n")
    assert [f.value for f in facts if f.unit == "household"] == [38]


def test_cunli_in_a_sentence_opening_on_another_village_is_that_village():
    text = ("赣州讯 宁都县驻村工作队常驻杨依村帮扶。\n洛口镇柏家村是市定贫困村，去年村里26户脱贫户种下的41.5亩"
            "高山蔬菜喜获丰收。\n")
    assert one(facts_of(text), 41.5).region == "柏家村"


def test_guard_cunli_after_another_village_named_in_passing_stays_the_storys():
    text = ("赣州讯 宁都县驻村工作队常驻杨依村帮扶。\n去年，柏家村的干部也来取经，村里26户脱贫户种下了41.5亩"
            "高山蔬菜。\n")
    assert one(facts_of(text), 41.5).region == "杨依村"


def test_money_used_for_a_village_after_yongyu_dui_is_that_villages():
    facts = facts_of("赣州讯 驻村工作队进驻柏家村以来，宁都县民政局另行安排资金4.5万元，用于对柏家村孤寡老人的生活救助。\n")
    assert one(facts, 45_000).region == "柏家村"


def test_guard_money_used_for_a_purpose_naming_no_place_keeps_its_place():
    facts = facts_of("赣州讯 在驻村工作队协调下，宁都县民政局今年安排资金4.5万元，用于对全县孤寡老人的生活救助。\n")
    assert one(facts, 45_000).region == "宁都县"


PICTURE_LABELLED = ("江西宁都 “甘泉入户”迎新春\n\n江西宁都 “甘泉入户”迎新春-图片1\n\n"
                    "  赣州讯 作为洛口镇柏家村的第一书记，芮一鸣进村走访后，把村民吃水难记在心上。\n\n"
                    "江西宁都 “甘泉入户”迎新春-图片2\n\n"
                    "他四处奔走，争取帮扶资金23万元，新打深井两口，铺设管网。\n\n"
                    "江西宁都 “甘泉入户”迎新春-图片3\n\n")


def test_a_sites_picture_labels_repeating_the_title_are_no_part_of_the_story():
    assert one(facts_of(PICTURE_LABELLED), 230_000).region == "柏家村"


def test_a_picture_label_closes_its_line():
    from flows.reports.normalise import normalise

    assert "迎新春-图片2\n他四处奔走" in normalise(PICTURE_LABELLED).text


def test_guard_a_number_broken_from_its_unit_is_still_joined():
    from flows.reports.normalise import normalise

    assert normalise("驻村工作队为村里修建水池3\n座，解决吃水难。\n").text.startswith("驻村工作队为村里修建水池3座")


def test_one_villagers_own_income_is_no_income_the_work_raised():
    for told in ("52岁的柏章福回乡办起养蜂场，如今年收入40余万元。",
                 "柏文涛会做竹编，卖给游客让他一年多了收入2600多元。",
                 "“入了合作社，上个月光卖鸭蛋就收入4300多元！”村民柏章福说。",
                 "“养了兔子，上个月收入3900多元。”柏家村群众阿依古丽·买买提高兴地说。"):
        assert not [f for f in facts_of(LEAD + told + "\n") if f.unit == "yuan"], told


def test_guard_incomes_of_households_or_of_one_helped_into_work_stay():
    assert one(facts_of(LEAD + "他带领村民种植黄精，户均增收3700元。\n"), 3700).metric == "income_increase"
    assert one(facts_of(LEAD + "“我们村今年黄精收入突破了46万元！”第一书记芮远航说。\n"), 460_000).unit == "yuan"
    assert one(facts_of(LEAD + "芮远航推荐他到村里的黄精基地务工，每月收入近2800元。\n"), 2800).unit == "yuan"


def test_the_staff_a_business_has_are_no_jobs_created():
    facts = facts_of(LEAD + "柏章福从外出务工者变成了拥有26名员工的养蜂场场主。\n")
    assert not [f for f in facts if f.value == 26]


def test_guard_villagers_a_base_takes_on_stay_jobs_created():
    facts = facts_of(LEAD + "工作队引进黄精基地，吸纳26名村民就近务工。\n")
    assert one(facts, 26).metric == "jobs_created"


def test_a_company_of_the_corps_is_where_its_stationed_team_works():
    text = "兵团讯 兵团某局驻第一师12团7连工作队帮连队组建养殖合作社，社员人均增收3.2万元。\n"
    assert one(facts_of(text), 32_000).region == "12团7连"
    from flows.reports.regions import PlaceFinder

    assert [p.level for p in PlaceFinder(text).find(0, len(text))] == ["village"]


def test_guard_a_regiment_counted_then_a_verb_is_no_company():
    from flows.reports.regions import PlaceFinder

    text = "兵团讯 全师3团连续三年获评先进。"
    assert PlaceFinder(text).find(0, len(text)) == []


ESSAY = ("我在村里卖脐橙\n作者：芮晓岚  来源：赣南日报\n"
         "  “芮书记，今天还收不收脐橙？”\n"
         "  算起来，我在柏家村驻村工作的日子已有318天。村里新来第一书记的那天，村民们挤满了会议室。\n"
         "  我所在的宁都县洛口镇柏家村共有1126人，常年在村的不到400人。\n")


def test_a_narrator_counting_the_days_of_her_stay_is_the_bylines_cadre():
    assert roles_and_villages(ESSAY) == {"芮晓岚": ("first_secretary", "柏家村")}


def test_a_narrator_never_addressed_by_the_post_is_a_team_member():
    essay = ESSAY.replace("“芮书记，今天还收不收脐橙？”", "“今天还收不收脐橙？”")
    assert roles_and_villages(essay) == {"芮晓岚": ("team_member", "柏家村")}


def test_one_sum_given_each_to_the_post_and_to_the_team_is_two_figures():
    facts = facts_of("赣州讯 宁都县财政每年给驻村第一书记、驻村工作队各安排8000元工作经费。\n")
    assert sorted(f.basis for f in facts if f.value == 8000) == ["per_person_year", "per_year"]


def test_guard_a_sum_for_the_team_alone_is_one_figure():
    facts = facts_of("赣州讯 宁都县财政每年给每支驻村工作队安排8000元工作经费。\n")
    assert [f.basis for f in facts if f.value == 8000] == ["per_year"]


def test_how_often_a_thing_is_done_is_no_count_of_it():
    facts = facts_of(LEAD + "工作队员每周至少4次入户，每月两次上门为留守老人理发。\n")
    assert not [f for f in facts if f.value in (4, 2)]


def test_guard_times_counted_over_a_year_stay_a_count():
    assert one(facts_of(LEAD + "工作队全年入户走访47次。\n"), 47).metric == "households_visited"


def test_a_length_of_road_not_yet_built_is_no_road_built():
    facts = facts_of(LEAD + "村东头一条长95米的小路没有铺设，雨天满是泥水。\n")
    assert not [f for f in facts if f.unit == "km"]


def test_guard_a_length_of_road_built_stays():
    facts = facts_of(LEAD + "工作队争取资金，把村口一段长1200米的土路硬化成水泥路。\n")
    assert one(facts, 1.2, "km").metric == "road_km_built"


def test_a_verb_of_going_or_a_conjunction_before_a_place_or_an_organ_is_no_name():
    text = ("赣州讯 宁都县农业农村局的干部说：“我们来赣州当‘第一书记’，是来扎根的。”局领导为机关干部和局驻村帮扶队员"
            "上党课。洛口镇柏家村第一书记芮远航参加。\n")
    assert roles_and_villages(text) == {"芮远航": ("first_secretary", "柏家村")}


def test_a_round_of_the_work_before_cun_is_no_village():
    from flows.reports.regions import PlaceFinder

    text = "做好上一轮村第一书记的交接"
    assert PlaceFinder(text).find(0, len(text)) == []


def test_our_county_speaking_of_its_first_secretaries_makes_no_narrator_of_the_author():
    text = ("宁都县召开驻村第一书记培训会\n7月3日，我县召开驻村第一书记座谈会，交流帮扶经验。\n"
            "相关单位要支持第一书记的工作。\n（作者：柏章福）\n")
    assert roles_and_villages(text) == {}


def test_guard_a_narrator_telling_of_his_own_post_is_still_the_author():
    text = ("我的驻村日记\n作者：柏章福\n2021年，我被选派到宁都县洛口镇柏家村担任第一书记。\n")
    assert roles_and_villages(text) == {"柏章福": ("first_secretary", "柏家村")}


def test_a_county_level_city_written_as_the_county_it_was_is_that_division():
    from flows.reports.regions import PlaceFinder, resolve_adcode

    assert resolve_adcode("瑞金县").adcode == resolve_adcode("瑞金市").adcode  # 撤县设市: the page predates it
    facts = facts_of("赣州讯 记者到瑞金县叶坪乡采访。去年，瑞金县给86个贫困村都派去了驻村工作队队长。\n")
    assert one(facts, 86).region == "瑞金县"
    text = "瑞金县叶坪乡"
    assert [p.level for p in PlaceFinder(text).find(0, len(text))] == ["county", "township"]


def test_guard_a_county_with_its_own_name_today_keeps_it():
    from flows.reports.regions import resolve_adcode

    assert resolve_adcode("宁都县").former is False


def test_the_village_of_a_stay_named_by_its_kind_is_no_village():
    from flows.reports.regions import PlaceFinder

    text = "工作队为驻带村跑项目，驻点村面貌一新"
    assert PlaceFinder(text).find(0, len(text)) == []
    facts = facts_of("赣州讯 宁都县洛口镇柏家村驻村工作队为驻带村跑来项目资金80万元以上。\n")
    assert one(facts, 800_000).region == "柏家村"


def test_guard_a_village_a_cadre_is_stationed_in_keeps_its_name():
    from flows.reports.regions import PlaceFinder

    text = "驻灯塔村第一书记"
    assert [p.name for p in PlaceFinder(text).find(0, len(text))] == ["灯塔村"]


def test_money_given_to_a_village_named_after_a_verb_of_aiding_is_that_villages():
    facts = facts_of("赣州讯 宁都县驻村帮扶工作中，厦门市某区安排600万元对口帮扶宁都县柏家村。\n")
    assert one(facts, 6_000_000).region == "柏家村"


def test_within_the_banner_speaks_for_the_pages_banner():
    facts = facts_of("赤峰讯 北京市顺义区挂职干部在巴林左旗驻村帮扶。\n他们借助顺义区的资源，组织旗内23家企业参加展销活动。\n")
    assert one(facts, 23).region == "巴林左旗"


def test_land_a_disaster_struck_is_no_area_planted():
    facts = facts_of(LEAD + "2016年夏，柏家村遭遇洪灾，1300多亩稻田被淹；次年春旱，800亩茶园严重缺水。\n")
    assert not [f for f in facts if f.unit == "mu"]


def test_guard_land_planted_after_a_disaster_stays():
    facts = facts_of(LEAD + "灾后，工作队引导村民补种晚稻1300多亩。\n")
    assert one(facts, 1300).metric == "planting_area"


def test_loans_named_by_their_product_are_loans_arranged():
    facts = facts_of(LEAD + "工作队协调银行为农户放出助农贷、产业贷260余万元。\n")
    assert one(facts, 2_600_000).metric == "loans_arranged"


def test_money_a_donor_of_another_province_gives_goes_to_the_storys_village():
    text = ("昆明讯 对口帮扶以来，临沧市双江县柏家村驻村工作队扎实开展帮扶，柏家村变化很大。\n"
            "“厦门市投入资金270万元，村里的路都硬化了。”一位村干部说。\n")
    assert one(facts_of(text), 2_700_000).region == "柏家村"


def test_guard_money_the_pages_own_city_gives_stays_the_citys():
    text = ("赣州讯 宁都县柏家村驻村工作队扎实开展帮扶，柏家村变化很大。\n"
            "赣州市投入资金270万元，村里的路都硬化了。\n")
    assert one(facts_of(text), 2_700_000).region == "赣州市"
