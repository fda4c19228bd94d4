"""Counts of villages read by what stands around them: 全覆盖 right after villages counted, with no works named
between and a dispatch before it in the sentence (选派…干部…，实现对N个村全覆盖), is the villages the cadres cover,
while works named between (N个村宽带全覆盖) keep the count an outcome; the hamlets that villages counted are made of
(N个结对村共有M个自然村，) are no villages covered. Every sentence is made up for the test (real division names,
invented villages and people); none is taken from a page.
"""
from __future__ import annotations

from tests.unit.extract_asserts import facts_of, one


def test_full_coverage_of_villages_after_a_dispatch_is_the_villages_covered():
    facts = facts_of("哈尔滨讯 这一轮，黑龙江从省市县三级选派2.6万名干部下沉一线，实现8900个行政村全覆盖。"
                     "驻村第一书记潘宏远谈了体会。\n")
    assert one(facts, 8900).metric == "villages_covered"


def test_full_coverage_of_works_named_between_stays_an_outcome():
    facts = facts_of("通化讯 驻村工作队协调资金，今年实现全县86个贫困村宽带全覆盖。\n")
    assert one(facts, 86).metric == "other"


def test_the_hamlets_villages_counted_are_made_of_are_no_villages_covered():
    facts = facts_of("德州讯 医院选派第一书记驻村帮扶。2个结对村共有7个自然村，人口5400人。\n")
    assert [f.value for f in facts if f.unit == "village"] == [2]


def test_figures_quoted_before_any_place_belong_to_the_village_owning_the_quote():
    facts = facts_of("“整治河堤2600多米，新种茶园340多亩，文化广场下个月动工。”这是县水利局驻龙泉镇石门村工作队"
                     "一年来交出的答卷。\n")
    assert one(facts, 2.6, "km").region == "石门村"
    assert one(facts, 340, "mu").region == "石门村"


def test_a_quote_followed_by_other_words_is_owned_by_no_place_after_it():
    facts = facts_of("“整治河堤2600多米，新种茶园340多亩。”县里的简报这样写道。石门村驻村工作队入户160户。\n")
    assert one(facts, 2.6, "km").region != "石门村"


def test_cadres_sent_to_that_county_are_the_county_named_before():
    facts = facts_of("佛山讯 6月中旬，佛山市南海区组织部带领16名驻村干部到阳山县8个村交接帮扶任务。\n"
                     "据了解，由16名年轻干部组成的驻村工作组，奔赴该县江英镇白鹭村、青松村等8个村，驻村两年。\n")
    assert one(facts, 16).region == "阳山县"


def test_villages_taken_out_of_poverty_after_a_verb_of_exit_are_an_outcome():
    facts = facts_of("昆明讯 全省选派驻村第一书记8200名。去年，全省实现86万人脱贫、摘帽740个贫困村和9个贫困县。\n")
    fact = one(facts, 740)
    assert (fact.kind, fact.metric) == ("outcome", "other")


def test_villages_and_counties_joined_before_the_verb_of_exit_are_an_outcome():
    facts = facts_of("昆明讯 全省选派驻村第一书记8200名。当年脱贫86万人、740个贫困村和9个贫困县摘帽。\n")
    fact = one(facts, 740)
    assert (fact.kind, fact.metric) == ("outcome", "other")


def test_villages_and_counties_covered_by_the_cadres_stay_villages_covered():
    facts = facts_of("昆明讯 全省选派驻村第一书记8200名，覆盖740个贫困村和9个贫困县。\n")
    assert one(facts, 740).metric == "villages_covered"
