"""In a village's story, a province or city opening the name of a people's organisation, a charity or a foundation
(某省妇联, 某市慈善总会, 某省某某基金会, 某区总工会) names who gives or is asked: the figure stays on the village. An
organisation opening its clause (某市总工会主席NAME说…) tells of its own work, in its own division, unless the
clause pairs it with the village as its helper (某省妇联挂钩帮扶后). Every sentence
is made up for the test: invented places and names.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one

OPENING = "宁都讯 宁都县洛口镇杨依村驻村工作队扎实开展帮扶。"


def test_funds_asked_of_a_provincial_organisation_stay_on_the_village():
    fact = one(facts_of(OPENING + "芮远航多次上门找到江西省妇联，先后争取专项资金400多万，修通了公路。"), 4000000)
    assert fact.region == "杨依村"


def test_a_charitys_gift_stays_on_the_village():
    text = OPENING + "2019年7月，杨依村遭了洪灾，芮远航向赣州市慈善总会求得善款3万元，买来米面油分给受灾户。"
    assert one(facts_of(text), 30000).region == "杨依村"


def test_a_foundations_order_stays_on_the_village():
    text = OPENING + "工作队经多次联系，成功拿到公益组织江西省绿源生态基金会5.5万元订单支持。"
    assert one(facts_of(text), 55000).region == "杨依村"


def test_an_organisation_opening_its_clause_speaks_of_its_own_division():
    text = (OPENING + "杨依村能有今天，靠的是帮扶单位。\n赣州市总工会副主席柏章福说：“两级工会确保包扶的9个村全部脱贫，"
            "工会至今已投入160万元。”")
    assert one(facts_of(text), 1600000).region == "赣州市"


def test_an_organisation_opening_its_clause_as_the_pairing_helper_leaves_the_figures_on_the_village():
    # 某省妇联挂钩帮扶后: the organisation pairs with the village; what follows is the village's
    text = OPENING + "江西省妇联挂钩帮扶以后，以种养为主业，2013年全村人均收入达7420元。"
    assert one(facts_of(text), 7420).region == "杨依村"


def test_a_province_opening_the_name_of_a_scheme_the_work_draws_on_is_no_ground():
    # 依托某省“…”计划: the scheme's owner; the county's story keeps its figures, in this sentence and the next
    text = ("宁都讯 宁都县驻村工作队扎实开展帮扶。依托江西省“三区”科技人才计划，开展农技培训20余场次。"
            "此外，工作队设立了7个技术示范项目，争取财政资金300万元。")
    facts = facts_of(text)
    assert (one(facts, 20).region, one(facts, 3000000).region) == ("宁都县", "宁都县")


def test_a_scheme_named_as_the_subject_of_its_own_money_stays_on_its_province():
    text = "宁都讯 宁都县驻村工作队扎实开展帮扶。江西省“三区”科技人才计划今年投入资金300万元。"
    assert one(facts_of(text), 3000000).region == "江西省"


def test_a_place_named_as_one_member_of_the_set_counted_is_not_the_place_of_the_count():
    text = ("宁都讯 宁都县驻村帮扶工作扎实推进。2020年，石城县顺利通过评估，包括洛口镇杨依村在内的118个贫困村"
            "全部退出。")
    assert one(facts_of(text), 118).region == "石城县"


def test_a_citys_government_that_posts_the_cadre_names_his_unit_not_the_place_of_the_figures():
    text = OPENING + "他由赣州市政府下派，此前带领3个贫困村实现脱贫。"
    assert one(facts_of(text), 3).region != "赣州市"


def test_a_citys_government_in_its_own_story_speaks_for_the_city():
    text = "赣州讯 全市驻村工作会召开。今年，赣州市政府选派驻村第一书记300名。"
    assert one(facts_of(text), 300).region == "赣州市"
