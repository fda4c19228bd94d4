"""The rules' words are seed rows: a steward changes what the extractor reads by adding a row, and a bad row
fails loudly, naming its line. The sentences here are invented for the tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from flows.reports.catalog import VOCABULARY_SEED, load_vocabulary
from flows.reports.extract import extract_text
from flows.reports.facts import fact_rules
from flows.reports.people import CUES_SEED, load_cues


def _with_row(seed: Path, row: str, tmp_path: Path) -> Path:
    """A steward's copy of `seed` with one row added (a new path: the loaders cache by path)."""
    copy = tmp_path / seed.name
    copy.write_text(seed.read_text(encoding="utf-8") + row + "\n", encoding="utf-8")
    return copy


def _facts(text: str, vocabulary: Path = VOCABULARY_SEED) -> list[tuple[str, float]]:
    return [(f.metric, f.value) for f in extract_text(text, vocabulary=vocabulary).facts]


# --- a row changes what the rules read ------------------------------------------------------------

def test_a_remaining_before_row_drops_a_figure_of_what_is_still_missing(tmp_path):
    text = "本报讯 青松县今年选派驻村干部200名，目前还缺35名驻村干部。\n"
    assert _facts(text) == [("cadres_dispatched", 200), ("cadres_dispatched", 35)]
    seed = _with_row(VOCABULARY_SEED, "remaining_before,还缺,,,still missing", tmp_path)
    assert _facts(text, seed) == [("cadres_dispatched", 200)]


def test_a_secured_verb_row_makes_matching_money_funds_won(tmp_path):
    text = "本报讯 青松县驻村工作队为石桥村募得配套资金80万元。\n"
    assert _facts(text) == [("matching_funds", 800_000)]
    seed = _with_row(VOCABULARY_SEED, "secured_verb,募得,,,money raised", tmp_path)
    assert _facts(text, seed) == [("funds_secured", 800_000)]


def test_a_build_verb_row_counts_things_built_with_their_own_classifier(tmp_path):
    text = "本报讯 青松县驻村工作队帮助石桥村凿引水洞12眼。\n"
    assert _facts(text) == []
    seed = _with_row(VOCABULARY_SEED, "build_verb,凿,,,dug", tmp_path)
    assert _facts(text, seed) == [("facilities_built", 12)]


def test_a_scarce_before_row_keeps_a_starting_point_out_of_the_results(tmp_path):
    text = "本报讯 石桥村第一书记韩立东说，过去村集体经济收入仅剩3000元。\n"
    assert [metric for metric, _ in _facts(text)] == ["collective_income_increase"]
    seed = _with_row(VOCABULARY_SEED, "scarce_before,仅剩,,,only left", tmp_path)
    assert _facts(text, seed) == []


def test_a_byline_marker_row_names_the_narrating_cadre(tmp_path):
    text = "撰文：韩立东\n我来到石桥村担任第一书记已经两年，村里修了路。\n"
    assert extract_text(text).people == []
    seed = _with_row(CUES_SEED, "byline_marker,撰文,,written by", tmp_path)
    people = extract_text(text, cues=seed).people
    assert [(p.name, p.role, p.village) for p in people] == [("韩立东", "first_secretary", "石桥村")]


def test_the_shipped_seeds_build_the_rules_the_extractor_uses():
    rules = fact_rules()
    assert rules is fact_rules()  # built once per seed
    assert rules.BUILT_CLASSIFIERS < rules.THING_CLASSIFIERS  # installed equipment is a thing, not a thing built
    assert rules.MUNICIPALITIES == {"北京市", "上海市", "天津市", "重庆市"}  # from the gazetteer, not a list
    cues = load_cues()
    assert cues.common_noun_roles <= {role for role, _ in cues.roles}


# --- a bad row fails loudly, naming its line ------------------------------------------------------

@pytest.mark.parametrize("row, message", [
    ("build_verbs,凿,,,", r"line \d+: unknown vocabulary kind 'build_verbs'"),
    ("thing_classifier,架,planted,,", r"line \d+: thing_classifier '架': unknown value 'planted'"),
    ("secured_verb,募得,total,,", r"line \d+: secured_verb '募得': unknown value 'total'"),
    ("works_on,铺设,total,,", r"line \d+: works_on '铺设': takes no value"),
    ("result_word,,,,", r"line \d+: empty term of kind result_word"),
])
def test_a_bad_vocabulary_row_is_refused_with_its_line(tmp_path, row, message):
    seed = _with_row(VOCABULARY_SEED, row, tmp_path)
    lines = seed.read_text(encoding="utf-8").splitlines()
    with pytest.raises(ValueError, match=message) as error:
        load_vocabulary(seed)
    assert f"line {len(lines)}:" in str(error.value)


def test_a_kind_left_without_rows_fails_when_the_rules_are_built(tmp_path):
    seed = tmp_path / "report_vocabulary.csv"
    rows = VOCABULARY_SEED.read_text(encoding="utf-8").splitlines()
    seed.write_text("\n".join(r for r in rows if not r.startswith("baseline_word,")) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no baseline_word rows"):
        fact_rules(seed)


@pytest.mark.parametrize("row, message", [
    ("bylines,撰文,,", r"line \d+: cue '撰文': unknown kind 'bylines'"),
    ("surname,欧阳子,,", r"line \d+: surname '欧阳子': one or two Chinese characters"),
    ("relative_year,上月,team_leader,", r"line \d+: relative_year '上月' takes no role_code"),
    ("common_noun_role,帮扶干部,team_member,", "common_noun_role '帮扶干部' .* is no role row"),
])
def test_a_bad_cue_row_is_refused(tmp_path, row, message):
    seed = _with_row(CUES_SEED, row, tmp_path)
    with pytest.raises(ValueError, match=message):
        load_cues(seed)
