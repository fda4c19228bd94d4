"""The head of a hamlet or of a villagers' group (自然村队长, 村民小组长) holds a post of the village, not of the
stationed team, even in a sentence that names the team. Sentences are invented in the style of county news pages."""
from flows.reports.extract import extract_text


def _people(text: str) -> dict[str, str]:
    return {p.name: p.role for p in extract_text(text).people}


def test_a_hamlet_head_after_a_quote_naming_the_team() -> None:
    text = "宁都县杨依村。“门前这条水沟是驻村工作队帮着修好的，下雨再也不淹了……”自然村队长柏志明站在沟边说个不停。"
    assert _people(text) == {}


def test_a_group_head_in_a_sentence_with_the_team() -> None:
    text = "宁都县派出的驻村工作队到杨依村以后，村民小组长柏章福带头修路3公里。"
    assert _people(text) == {}


def test_the_stationed_team_leader_is_still_read() -> None:
    text = "宁都县派出的驻村工作队到了杨依村，工作队队长柏志明、队员柏文涛修路3公里。"
    assert _people(text) == {"柏志明": "team_leader", "柏文涛": "team_member"}
