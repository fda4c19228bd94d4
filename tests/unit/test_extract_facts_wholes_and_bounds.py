"""The whole a part is counted from (90户贫困户中的30人), an amount that is a bound over counted villages
(150个村收入全部超4万元) and a round headline figure restating a stated one (近千人 over 967人) are no figures of
their own. Invented sentences, one class each."""
from flows.reports.extract import extract_text


def _facts(text):
    return {(f.kind, f.metric, f.value, f.unit) for f in extract_text(text).facts}


def test_the_whole_a_part_is_counted_from_is_no_figure():
    found = _facts("东岭村驻村工作队联系企业,目前全村90户贫困户中的30人在某牧业公司务工。")
    assert not any(f[2] == 90.0 for f in found)
    assert ("outcome", "jobs_created", 30.0, "person") in found


def test_a_bound_the_counted_villages_passed_is_no_income_figure():
    found = _facts("驻东岭村工作队介绍,截至去年底,全旗150个嘎查村的年集体收入全部超5万元,其中120个嘎查村超8万元。")
    assert not any(f[3] == "yuan" for f in found)
    assert any(f[2] == 150.0 and f[3] == "village" for f in found)


def test_people_working_at_a_firm_with_a_long_name_are_jobs():
    found = _facts("东岭村驻村工作队联系企业,目前村里有30人在东升牧业有限公司务工。")
    assert ("outcome", "jobs_created", 30.0, "person") in found


def test_a_party_travelling_somewhere_to_look_at_the_work_is_no_figure_of_it():
    found = _facts("东岭村驻村工作队联系企业,某市考察团一行7人到某县考察调研精准脱贫工作。")
    assert not any(f[2] == 7.0 for f in found)


def test_a_round_approximate_headline_figure_restating_a_stated_one_counts_once():
    facts = extract_text("青山市五年来累计选派驻村干部近千人\n"
                     "五年来，青山市累计选派驻村干部967人，覆盖全市贫困村。\n").facts
    assert [f.value for f in facts if f.unit == "person"] == [967]


def test_an_approximate_figure_near_a_stated_one_of_another_metric_is_another_fact():
    facts = extract_text("五年来，青山市累计选派驻村干部近千人，培训驻村干部967人。\n").facts
    assert sorted(f.value for f in facts if f.unit == "person") == [967, 1000]
