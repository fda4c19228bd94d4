"""Rules added after the second held-out check (fixtures h..o): each one a class of failure, not a page."""
from flows.reports.extract import extract_text
from flows.reports.regions import load_divisions


def _facts(text):
    return {(f.metric, f.value, f.unit, f.basis, f.region) for f in extract_text(text).facts}


def test_autonomous_county_short_form_is_not_read_as_a_shorter_county():
    assert "澜沧县" in load_divisions() and "莫力达瓦旗" in load_divisions()


def test_national_and_city_references():
    facts = _facts("本报讯 记者获悉，目前全国在岗驻村第一书记20.6万名。\n")
    assert any(f[1] == 206000 and f[4] == "全国" for f in facts)


def test_secured_verb_and_threshold_and_rate_in_clause():
    text = ("本报讯 某县驻村工作队争取帮扶资金3460万元，对驻村干部每人每月发放交通补助不低于500元；"
            "脱贫村集体经济收入超过10万元的村占比达到62.5%。\n")
    facts = _facts(text)
    assert any(m == "funds_secured" and v == 34600000 for m, v, *_ in facts)
    assert any(m == "transport_subsidy" and b == "per_person" for m, v, u, b, r in facts)
    assert not any(v == 100000 for m, v, *_ in facts)


def test_team_member_list_after_role():
    text = "本报讯 驻村工作队队长高鹏正和队员张敏、刘晓宇在地头察看长势。高鹏说，要干实事。\n"
    names = {p.name for p in extract_text(text).people}
    assert {"高鹏", "张敏", "刘晓宇"} <= names
