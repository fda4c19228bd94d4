"""Gifts in kind and relief money are donations; counts of visits by leading officials are leader visits.
Invented sentences, one class each."""
from flows.reports.extract import extract_text


def _facts(text):
    return {(f.kind, f.metric, f.value, f.unit) for f in extract_text(text).facts}


def test_goods_valued_by_what_they_come_to_are_a_donation():
    facts = _facts("本报讯 驻南岗村工作队联系爱心企业，化肥、农膜等物资折合4.2万元已全部发到农户手中。\n")
    assert ("funding", "donation", 42000, "yuan") in facts
    facts = _facts("本报讯 驻村工作队为南岗村募集化肥、农膜等物资折合4.2万元。\n")
    assert ("funding", "donation", 42000, "yuan") in facts


def test_relief_cash_and_goods_together_are_a_donation():
    facts = _facts("本报讯 春节前，驻北坡村第一书记走访慰问困难群众，送去慰问金及物品近1.5万元。\n")
    assert ("funding", "donation", 15000, "yuan") in facts


def test_a_sum_sent_as_goods_named_after_it_is_a_donation():
    facts = _facts("本报讯 驻东湾村工作队给12户独居老人送去4000多元的米面和棉衣。\n")
    assert ("funding", "donation", 4000, "yuan") in facts


def test_visits_to_villages_counted_in_person_times_are_leader_visits():
    facts = _facts("本报讯 驻村帮扶工作中，市直单位主要领导带头下村64人次，分管领导下村150人次，其他干部到村420人次。\n")
    assert ("outcome", "leader_visits", 64, "person_time") in facts
    assert ("outcome", "leader_visits", 150, "person_time") in facts
    assert ("outcome", "leader_visits", 420, "person_time") in facts


def test_every_household_of_the_village_walked_to_is_households_visited():
    facts = _facts("本报讯 驻红岩村第一书记到任三个月，就把全村218户人家走了个遍。\n")
    assert ("outcome", "households_visited", 218, "household") in facts


def test_the_hamlets_households_and_people_a_village_has_are_no_outcome():
    facts = _facts("本报讯 驻村工作队所在的红岩村辖6个村民小组，共390户1420人，其中脱贫户72户251人。\n")
    assert not [f for f in facts if f[0] == "outcome"]
    facts = _facts("本报讯 驻村工作队所在的红岩村面积4.5平方公里，有脱贫户72户251人。\n")
    assert not [f for f in facts if f[0] == "outcome"]


def test_what_a_village_has_in_its_own_clause_is_no_outcome_but_a_rise_from_it_is():
    facts = _facts("本报讯 驻村第一书记初到红岩村，这里拥有茶叶种植面积3000余亩，却没有一家加工厂。\n")
    assert not [f for f in facts if f[0] == "outcome"]
    facts = _facts("本报讯 驻村两年，红岩村集体收入由原来的3万元增加到18万元。\n")
    assert ("outcome", "collective_income_increase", 180000, "yuan") in facts


def test_a_plan_or_a_target_is_kept_with_less_confidence_than_what_was_done():
    def conf(text, metric):
        return next(f.confidence for f in extract_text(text).facts if f.metric == metric)
    planned = conf("本报讯 驻青石村工作队计划年内新建蔬菜大棚20座。\n", "facilities_built")
    done = conf("本报讯 驻青石村工作队年内新建蔬菜大棚20座。\n", "facilities_built")
    assert planned < done
    done_to_plan = conf("本报讯 按照帮扶计划，驻青石村工作队已新建蔬菜大棚20座。\n", "facilities_built")
    assert done_to_plan == done or done_to_plan > planned


def test_posts_counted_in_ge_are_jobs_but_people_at_their_posts_are_not():
    facts = _facts("本报讯 驻青石村工作队协调开发护林、保洁等公益性岗位18个。\n")
    assert ("outcome", "jobs_created", 18, "person") in facts
    facts = _facts("本报讯 驻青石村工作队引进服装加工车间，提供60个就业岗位。\n")
    assert ("outcome", "jobs_created", 60, "person") in facts
    facts = _facts("本报讯 驻村以来，全县有300多名驻村干部坚守在工作岗位上。\n")
    assert not [f for f in facts if f[1] == "jobs_created"]


def test_money_allocated_to_a_village_for_a_work_is_matching_funds():
    facts = _facts("本报讯 驻村工作队协调县水利局，为该村拨2.6万元修塘。\n")
    assert ("funding", "matching_funds", 26000, "yuan") in facts


def test_roads_counted_not_measured_are_facilities_built():
    facts = _facts("本报讯 驻青石村工作队协调资金，修筑通组道路9条。\n")
    assert ("outcome", "facilities_built", 9, "item") in facts


def test_homes_rebuilt_counted_by_households_are_an_outcome():
    facts = _facts("本报讯 驻青石村工作队今年协调实施危房改造14户。\n")
    assert ("outcome", "other", 14, "household") in facts


def test_villages_whose_income_passed_a_bound_are_counted_as_such():
    facts = _facts("本报讯 驻村工作队帮扶两年，全乡6个村的村集体收入均超过30万元。\n")
    assert ("outcome", "villages_income_over_50k", 6, "village") in facts


def test_households_whose_difficulty_was_solved_are_an_outcome():
    facts = _facts("本报讯 驻村工作队进驻两年，解决群众用电困难460多户。\n")
    assert ("outcome", "other", 460, "household") in facts
