"""A count no keyword names is read by the noun it counts (seeds kind thing_head), and a village name
that runs into a compound noun (某某村牌) is no village. Invented sentences, one class each."""
from flows.reports.catalog import load_vocabulary
from flows.reports.extract import extract_text


def _facts(text):
    return {(f.kind, f.metric, f.value, f.unit, f.region) for f in extract_text(text).facts}


def test_every_counted_head_names_a_metric_of_the_catalog():
    from flows.reports.catalog import load_catalog
    codes = {m.code for m in load_catalog().metrics}
    heads = load_vocabulary().mapping("thing_head")
    assert heads and set(heads.values()) <= codes


def test_a_count_of_things_after_its_classifier_is_read_by_the_head_of_the_noun():
    facts = _facts("本报讯 驻石桥村工作队协调爱心企业，为石桥村捐来的30盏太阳能路灯已全部亮起。\n")
    assert ("outcome", "facilities_built", 30, "item", "石桥村") in facts


def test_a_count_of_things_written_after_its_noun_is_read_by_the_noun_before_the_number():
    facts = _facts("本报讯 驻村工作队进驻青山村以来，栽种道旁绿植1500株，拆除破旧房屋12栋。\n")
    assert ("outcome", "other", 1500, "item", "青山村") in facts
    assert ("outcome", "other", 12, "item", "青山村") in facts


def test_animals_counted_with_their_own_classifier_are_outcome_items():
    facts = _facts("本报讯 驻村工作队在红岭村发展林下养殖，采购的800只土鸡苗已分发到户。\n")
    assert ("outcome", "other", 800, "item", "红岭村") in facts


def test_chicks_handed_out_counted_after_their_noun_are_outcome_items():
    facts = _facts("本报讯 驻村工作队在红岭村发展庭院养殖，发给农户鸭雏2.4万只，户均增收300元。\n")
    assert ("outcome", "other", 24000, "item", "红岭村") in facts


def test_a_count_of_people_whose_phrase_ends_in_a_post_is_a_dispatch():
    facts = _facts("本报讯 某某县在已有20名乡村振兴重点帮扶村驻村“第一书记”之外，又增派了一批干部。\n")
    assert any(k == "dispatch" and m == "first_secretaries_dispatched" and v == 20 for k, m, v, *_ in facts)


def test_a_head_noun_does_not_count_what_a_place_already_has():
    facts = _facts("本报讯 驻村工作队进驻石桥村，该村原有机井3眼，工作队新打机井5眼。\n")
    assert not any(v == 3 for _, _, v, *_ in facts)
    assert any(v == 5 and u == "item" for _, _, v, u, _ in facts)


def test_a_noun_not_counted_by_any_head_stays_unread():
    facts = _facts("本报讯 驻村工作队进驻石桥村，组织群众学习，发放宣传画册300张。\n")
    assert not any(v == 300 for _, _, v, *_ in facts)


def test_a_village_name_running_into_a_compound_noun_is_not_a_village():
    facts = _facts("本报讯 驻村工作队在龙泉村修建文化墙，新建村牌和宣传牌4座，栽种绿植2000余株。\n")
    regions = {r for *_, r in facts}
    assert "新建村" not in regions
    assert ("outcome", "facilities_built", 4, "item", "龙泉村") in facts


def test_one_cadre_named_as_the_object_of_the_posting_verb_is_read():
    people = extract_text("本报讯 2019年，市供电公司选派李建国到青山县石桥村担任第一书记。李建国到村后走访农户。\n").people
    assert [(p.name, p.role, p.village) for p in people] == [("李建国", "first_secretary", "石桥村")]


def test_a_name_the_analyser_splits_before_the_posting_is_read_whole_when_the_page_repeats_it():
    text = ("本报讯 石桥村是某公司的帮扶点。2017年，公司选派董金材驻村帮扶石桥村。董金材到村后，"
            "董金材和队员们挨家走访。\n")
    assert "董金材" in {p.name for p in extract_text(text).people}


def test_the_posting_verb_with_no_name_after_it_names_nobody():
    assert extract_text("本报讯 2019年，市里选派干部到石桥村驻村帮扶，选派优秀党员到村任职。\n").people == []


def test_households_counted_by_what_they_are_are_the_households_the_work_reached():
    facts = _facts("本报讯 驻村工作队在石桥村成立合作社，今年有35户建档立卡户参加合作社，28户贫困户用产业补助入股。\n")
    assert ("outcome", "households_helped", 35, "household", "石桥村") in facts
    assert ("outcome", "households_helped", 28, "household", "石桥村") in facts


def test_the_households_a_place_has_are_no_result():
    facts = _facts("本报讯 驻村工作队进驻石桥村。全村共210户650人，其中贫困户18户31人。\n")
    assert not any(u == "household" for _, _, _, u, _ in facts)


def test_a_sum_named_by_its_head_right_before_it_is_a_result_in_money():
    facts = _facts("本报讯 石桥村驻村工作队办起助农直播，两个月交易额12万元，村民拿到土地流转金8万余元，"
                   "合作社为村民创收5万余元。\n")
    assert ("outcome", "ecommerce_sales", 120000, "yuan", "石桥村") in facts
    assert ("outcome", "income_increase", 80000, "yuan", "石桥村") in facts
    assert ("outcome", "income_increase", 50000, "yuan", "石桥村") in facts


def test_a_sum_with_no_head_before_it_stays_unread():
    facts = _facts("本报讯 驻村工作队进驻石桥村，村里以前欠外债20万元。\n")
    assert not any(v == 200000 for _, _, v, *_ in facts)


def test_a_few_cadres_in_the_story_are_no_dispatch_figure():
    facts = _facts("本报讯 石桥村第一书记王立新与另外两名驻村第一书记一起走进直播间，推介当地农产品。\n")
    assert not any(k == "dispatch" for k, *_ in facts)


def test_a_few_cadres_posted_in_words_are_a_dispatch_figure():
    facts = _facts("本报讯 去年3月，县水利局派出两名驻村干部进驻石桥村，帮助修建水渠。\n")
    assert any(k == "dispatch" and v == 2 for k, _, v, *_ in facts)


def test_a_name_introduced_then_posted_later_in_the_passive_is_a_cadre():
    text = "本报讯 村民口中的这位书记，名叫王海涛，原市交通局办公室副主任，2018年初被选派到石桥村任第一书记。\n"
    assert [(p.name, p.role, p.village) for p in extract_text(text).people] == [("王海涛", "first_secretary", "石桥村")]


def test_a_name_opening_a_clause_of_what_the_cadre_was_is_a_cadre():
    text = "本报讯 记者见到了王海涛。\n王海涛，原市交通局办公室副主任，2018年底被选派到石桥村任第一书记。\n"
    assert "王海涛" in {p.name for p in extract_text(text).people}


def test_a_person_introduced_with_no_posting_is_no_cadre():
    assert extract_text("本报讯 这位老人名叫张三，村里的路是第一书记带大家修的，后来被评为先进。\n").people == []


def test_a_village_suffix_after_a_verb_or_a_time_word_written_once_is_no_village():
    from flows.reports.regions import PlaceFinder
    text = "本报讯 驻青松村工作队服务村民有实招，当年嘎查的牧民都来帮忙。青松村村民说好。\n"
    names = {p.name for p in PlaceFinder(text).find()}
    assert "青松村" in names
    assert not any(n.endswith(("服务村", "当年嘎查")) for n in names)


def test_a_count_referring_back_and_a_figure_of_what_there_is_are_no_results():
    facts = _facts("本报讯 石桥村驻村工作队察看了村道修建和冷库建设的进展，听取了这两个项目的进度汇报；"
                   "工作队在村里800亩现有茶园里套种中药材。\n")
    assert not any(v == 2 and u == "item" for _, _, v, u, _ in facts)
    assert not any(v == 800 for _, _, v, *_ in facts)


def test_a_cadre_reaching_the_township_then_taking_a_quoted_post_in_a_village():
    text = "本报讯 青山村是石桥镇的贫困村。9月4日，柯立新到达石桥镇，任青山村“第一书记”。\n"
    assert [(p.name, p.role, p.village) for p in extract_text(text).people] == [("柯立新", "first_secretary", "青山村")]


def test_the_one_a_team_is_led_by_is_its_leader():
    people = extract_text("本报讯 近日，市档案局驻石桥村工作队在王立平的带领下走访农户。\n").people
    assert [(p.name, p.role, p.village) for p in people] == [("王立平", "team_leader", "石桥村")]
    assert extract_text("本报讯 驻石桥村工作队在村民的带领下察看了水渠。\n").people == []


def test_names_said_to_be_cadres_a_unit_posted_to_a_village():
    text = ("本报讯 石桥村变了样。\n李文和张强是市供电公司2020年3月派驻青松县石桥村的扶贫干部。驻村两年，"
            "李文说，村里变了。\n")
    people = extract_text(text).people
    assert {(p.name, p.village) for p in people} == {("李文", "石桥村"), ("张强", "石桥村")}


def test_people_counted_as_workers_are_jobs():
    facts = _facts("本报讯 石桥村驻村工作队建起加工车间，从业人员26人，村里的40名富余劳力常年在车间务工。\n")
    assert ("outcome", "jobs_created", 26, "person", "石桥村") in facts


def test_what_a_township_is_made_of_and_how_few_villages_are_no_dispatch():
    facts = _facts("本报讯 石桥镇地处山区，这里6个行政村和1个居委会，非贫困村仅2个。市里选派驻村工作队进驻石桥镇。\n")
    assert not any(u == "village" for _, _, _, u, _ in facts)


def test_a_subdistrict_is_a_township_and_its_village_is_read_after_it():
    from flows.reports.regions import PlaceFinder
    names = [(p.name, p.level) for p in PlaceFinder("本报讯 市里驻清河街道青松村工作队进村。志愿者打扫街道。").find()]
    assert ("清河街道", "township") in names and ("青松村", "village") in names
    assert not any(n.endswith("打扫街道") for n, _ in names)


def test_a_place_gone_to_for_study_is_not_where_the_figures_are():
    facts = _facts("本报讯 县交通局驻青松村工作队组织村干部到浙江安吉实地考察茶叶加工，投资8万元建设茶叶烘干房。\n")
    assert {r for *_, r in facts} == {"青松村"}


def test_equal_sums_of_one_sentence_named_by_different_words_are_two_facts():
    text = ("本报讯 石桥村驻村工作队到位资金30万元：安排配套资金12万元架设电路2公里；投资12万元修建排水沟800米；"
            "共落实项目资金9万元，其中县级4万元，9万元项目资金全部用于修路。\n")
    values = sorted(f.value for f in extract_text(text).facts if f.unit == "yuan")
    assert values.count(120000) == 2
    assert values.count(90000) == 1  # restated with its own words: one fact


def test_money_put_in_together_won_and_an_output_value():
    facts = _facts("本报讯 青松村驻村工作队与镇里共同出资50万元建冷库，又争引30万元建设灌溉设施；"
                   "全村培育种养大户等经营主体6个，年产值80多万元。\n")
    assert ("funding", "matching_funds", 500000, "yuan", "青松村") in facts
    assert ("funding", "funds_secured", 300000, "yuan", "青松村") in facts
    assert ("outcome", "enterprise_projects", 6, "item", "青松村") in facts
    assert ("outcome", "other", 800000, "yuan", "青松村") in facts


def test_a_start_value_before_a_verb_of_rising_is_no_figure():
    facts = _facts("本报讯 青松村驻村工作队进驻后，村集体经济收入由2019年的3万元跃升到25万元。\n")
    assert not any(v == 30000 for _, _, v, *_ in facts)
    assert any(v == 250000 for _, _, v, *_ in facts)


def test_a_profile_card_names_its_cadre_and_village():
    text = ("驻村小档案\n姓名:王晓明\n单位:某省林业厅\n驻村地点:石桥镇青松村\n"
            "今年3月，我带着被褥住进了青松村村部。\n")
    people = extract_text(text).people
    assert [(p.name, p.role, p.village, p.dispatch_unit) for p in people] == [
        ("王晓明", "team_member", "青松村", "某省林业厅")]


def test_trial_sites_brought_to_a_village_are_projects():
    facts = _facts("本报讯 青松村驻村第一书记争取到30个玉米新品种示范点在青松村落地。\n")
    assert ("outcome", "projects_secured", 30, "item", "青松村") in facts


def test_passing_places_and_venues_built_are_facilities():
    facts = _facts("本报讯 驻石桥村工作队争取资金，用于修建组道的6个错车道和3个群众活动场所。\n")
    assert ("outcome", "facilities_built", 6, "item", "石桥村") in facts
    assert ("outcome", "facilities_built", 3, "item", "石桥村") in facts


def test_goods_counted_right_after_a_verb_of_selling_are_no_result():
    facts = _facts("本报讯 驻石桥村工作队帮助脱贫户销售80只土鸡、60斤蜂蜜，总价达1.2万元。\n")
    assert not any(f[2] == 80 for f in facts)
    assert ("outcome", "facilities_built", 3, "item", "石桥村") in _facts("本报讯 驻石桥村工作队建设销售网点3个。\n")


def test_land_a_sentence_opens_with_or_shares_per_head_is_what_there_is():
    facts = _facts("本报讯 驻石桥村工作队来了以后。3000亩茶园，人均2亩茶，是石桥村的家底。\n")
    assert not any(f[3] == "mu" for f in facts)
    assert ("outcome", "planting_area", 10, "mu", "石桥村") in _facts("本报讯 驻石桥村工作队建了10亩梨园。\n")


def test_a_count_with_its_own_noun_takes_no_keyword_closing_the_clause_before():
    facts = _facts("本报讯 驻石桥村工作队住在村里的党群活动室，一间小屋放了4张床。\n")
    assert not any(f[2] == 4 for f in facts)


def test_the_parts_a_whole_is_divided_into_are_no_result():
    facts = _facts("本报讯 驻石桥村工作队按就近原则，将全村划分成12个卫生责任区。\n")
    assert not any(f[2] == 12 for f in facts)
