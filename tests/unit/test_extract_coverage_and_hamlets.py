"""Counts of villages read by what stands around them: 全覆盖 right after villages counted, with no works named
between and a dispatch before it in the sentence (选派…干部…，实现对N个村全覆盖), is the villages the cadres cover,
while works named between (N个村宽带全覆盖) keep the count an outcome; the hamlets that villages counted are made of
(N个帮包村有M个自然村，) are no villages covered. Every sentence is made up for the test (real division names,
invented villages and people); none is taken from a page.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one


def test_full_coverage_of_villages_after_a_dispatch_is_the_villages_covered():
    facts = facts_of("沈阳讯 今年以来，辽宁选派1.3万名干部到乡镇和村工作，实现对全省1.05万个村全覆盖。"
                     "驻村第一书记王立新介绍了经验。\n")
    assert one(facts, 10500).metric == "villages_covered"


def test_full_coverage_of_works_named_between_stays_an_outcome():
    facts = facts_of("通化讯 驻村工作队协调资金，今年实现全县86个贫困村宽带全覆盖。\n")
    assert one(facts, 86).metric == "other"


def test_the_hamlets_villages_counted_are_made_of_are_no_villages_covered():
    facts = facts_of("临沂讯 学校选派第一书记驻村帮扶。3个帮包村有9个自然村，共有2100户、7600人。\n")
    assert [f.value for f in facts if f.unit == "village"] == [3]


def test_figures_quoted_before_any_place_belong_to_the_village_owning_the_quote():
    facts = facts_of("“修缮水渠3000多米，平整土地200多亩，新修的通组公路也快完工了。”这是县水利局驻龙泉镇石门村工作队"
                     "今年的成绩单。驻村以来，工作队走访农户120户。\n")
    assert one(facts, 3, "km").region == "石门村"
    assert one(facts, 200, "mu").region == "石门村"


def test_a_quote_followed_by_other_words_is_owned_by_no_place_after_it():
    facts = facts_of("“修缮水渠3000多米，平整土地200多亩。”县里的报告写道。石门村工作队走访农户120户。\n")
    assert one(facts, 3, "km").region != "石门村"


def test_cadres_sent_to_that_county_are_the_county_named_before():
    facts = facts_of("广州讯 7月底，广州市越秀区政协主席带队送14名驻村干部到徐闻县11个贫困村开展扶贫工作。\n"
                     "据悉，14名优秀干部组成的扶贫工作组，前往该县石门村、白鹭村等11个贫困村开展为期3年的帮扶工作。\n")
    assert one(facts, 14).region == "徐闻县"
