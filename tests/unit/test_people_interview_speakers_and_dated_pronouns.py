"""Two classes of people text: an interview's speaker (记者：…？NAME：…我是某村第一书记…) is the cadre who states the
post in the first person, not the page's author; and a pronoun after a date that says from when (2021年起，他在某村担任
第一书记) points back to the cadre the profile names. Sentences are invented in the style of county news pages."""
from flows.reports.extract import extract_text


def _people(text: str) -> dict[str, tuple[str, str | None]]:
    return {p.name: (p.role, p.village) for p in extract_text("宁都县驻村工作队。" + text).people}


def test_the_speaker_of_an_interview_who_states_the_post() -> None:
    text = "记者：初到杨依村时，你最担心什么？柏志明：怕村民不认我。我是杨依村第一书记，得先把每家的情况摸清。"
    assert _people(text) == {"柏志明": ("first_secretary", "杨依村")}


def test_the_interviewer_speaking_last_takes_the_statement_from_nobody() -> None:
    text = "柏志明：先把路修通。记者：我是第一次来杨依村，这里变化真大，村里第一书记是谁？"
    assert "柏志明" not in _people(text)


def test_a_pronoun_after_a_date_from_when() -> None:
    text = "柏志明：扎根山村的“泥腿子书记”。柏志明今年42岁，是县财政局干部。2021年起，他在杨依村担任第一书记。"
    assert _people(text) == {"柏志明": ("first_secretary", "杨依村")}
