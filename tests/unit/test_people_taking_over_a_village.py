"""A cadre who takes over a village's aid from the one before (同事NAME接过某村的扶贫重担, 接过了某村乡村振兴的接力棒)
is that village's cadre, in the page's role. Sentences are invented in the style of county news pages."""
from flows.reports.extract import extract_text


def _people(text: str) -> dict[str, tuple[str, str | None]]:
    return {p.name: (p.role, p.village) for p in extract_text(text).people}


def test_a_colleague_takes_over_the_village() -> None:
    text = "宁都县杨依村驻村工作队。春节过后，同事柏志明接过杨依村的扶贫重担，他说会把路修完。"
    assert _people(text) == {"柏志明": ("team_member", "杨依村")}


def test_the_relay_baton_of_a_village_on_a_page_of_first_secretaries() -> None:
    text = "宁都县洛口镇的第一书记柏文涛任期已满。柏志明接过了杨依村乡村振兴的接力棒。"
    assert _people(text)["柏志明"] == ("first_secretary", "杨依村")


def test_taking_over_a_task_of_no_village_names_no_cadre() -> None:
    assert "柏志明" not in _people("宁都县驻村工作队。柏志明接过了宣传工作的重担。")
