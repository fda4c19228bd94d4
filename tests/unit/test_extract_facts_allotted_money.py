"""Money no funding keyword names, allotted by the verb right before it (每村安排20万元), and amounts listed in
tiers before the aid that applies them (按每村30万元、50万元两档给予支持). Invented sentences, one class each."""
from flows.reports.extract import extract_text


def _facts(text):
    return {(f.kind, f.metric, f.value, f.unit, f.region) for f in extract_text(text).facts}


def test_a_sum_right_after_a_verb_that_gives_money_is_money_allotted():
    found = _facts("东岭村驻村工作队2018年拿出15万元,修缮村委办公楼。")
    assert ("funding", "matching_funds", 150000.0, "yuan", "东岭村") in found


def test_a_sum_given_to_the_village_by_a_verb_of_support_is_money_allotted():
    found = _facts("驻东岭村第一书记王明说,派出单位明年还将支持村里30多万元。")
    assert ("funding", "matching_funds", 300000.0, "yuan", "东岭村") in found


def test_a_keyword_after_the_sum_still_names_it_over_the_verb_before():
    found = _facts("驻东岭村工作队安排3万元交通费。")
    assert {f[1] for f in found if f[2] == 30000.0} == {"transport_subsidy"}


def test_amounts_listed_in_tiers_before_the_aid_are_each_money_allotted():
    found = _facts("驻东岭村工作队,市财政按每村20万元、35万元两档给予支持。")
    assert ("funding", "matching_funds", 200000.0, "yuan", "东岭村") in found
    assert ("funding", "matching_funds", 350000.0, "yuan", "东岭村") in found
