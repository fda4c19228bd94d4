"""A count whose noun phrase is named by what it is of (30个贫困村扶贫工作队: teams named by their villages) is
read by the head noun at its end, not by the first noun. Invented sentences, one class each."""
from flows.reports.extract import extract_text


def _facts(text):
    return {(f.kind, f.metric, f.value, f.unit) for f in extract_text(text).facts}


def test_teams_named_by_their_villages_are_teams():
    found = _facts("某县派出8个乡镇临时党委、30个贫困村扶贫工作队,45名驻村队长。")
    assert ("dispatch", "teams_dispatched", 30.0, "team") in found
    assert not any(f[1] == "villages_covered" for f in found)


def test_villages_a_verb_sends_teams_to_are_still_villages():
    found = _facts("某县为30个贫困村派驻工作队。")
    assert ("dispatch", "villages_covered", 30.0, "village") in found


def test_a_count_right_before_lifting_out_of_poverty_is_people_lifted_whatever_keyword_came_before():
    found = _facts("东岭村驻村工作队到岗后预计今年3200人脱贫\n")
    assert ("outcome", "people_lifted_from_poverty", 3200.0, "person") in found
    assert not any(f[0] == "dispatch" and f[2] == 3200.0 for f in found)


def test_cadres_counted_in_a_sentence_about_the_fight_on_poverty_are_not_people_lifted():
    found = _facts("东岭村工作队所在县在脱贫攻坚一线提拔干部50人。")
    assert not any(f[1] == "people_lifted_from_poverty" for f in found)


def test_cadres_paired_with_households_written_after_with_are_cadres():
    found = _facts("武城县600名干部与贫困户结对帮扶。")
    assert ("dispatch", "cadres_paired", 600.0, "person") in found


def test_cadres_made_kin_of_households_are_cadres_paired():
    found = _facts("在精准扶贫过程中,某省组建了帮扶队伍:60万名干部与贫困户结“亲戚”。")
    assert ("dispatch", "cadres_paired", 600000.0, "person") in found


def test_the_people_a_count_names_right_after_it_are_still_no_cadres():
    found = _facts("武城县11名留守儿童结对帮扶。")
    assert not any(f[0] == "dispatch" for f in found)


def test_one_household_and_its_members_lifted_out_of_poverty_are_two_figures():
    found = _facts("驻西岭村工作队今年帮扶到位,1户4人脱贫退出。")
    assert ("outcome", "people_lifted_from_poverty", 1.0, "household") in found
    assert ("outcome", "people_lifted_from_poverty", 4.0, "person") in found
    assert not any(f[2] == 1.0 for f in _facts("驻西岭村工作队今年新建了1户的厕所。"))
