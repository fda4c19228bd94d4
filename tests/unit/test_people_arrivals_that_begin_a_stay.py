"""A cadre named by unit and title who arrives in a village and begins his stay there (来到某村，开始了驻村生活; 来到某村驻村)
is stationed there, though the sentence names no post; an arrival to visit someone is no posting. Sentences are
invented in the style of county news pages."""
from flows.reports.extract import extract_text


def _people(text: str) -> dict[str, tuple[str, str | None]]:
    return {p.name: (p.role, p.village) for p in extract_text("宁都县洛口镇。" + text).people}


def test_an_arrival_that_begins_the_stay() -> None:
    assert _people("2022年，宁都县财政局干部柏志明来到杨依村，开始了驻村生活。") == {"柏志明": ("team_member", "杨依村")}


def test_an_arrival_to_stay_in_the_village() -> None:
    assert _people("2022年，宁都县财政局干部柏志明来到杨依村驻村。") == {"柏志明": ("team_member", "杨依村")}


def test_the_post_named_later_in_the_sentence_is_his() -> None:
    text = "2022年，宁都县财政局干部柏志明来到杨依村，开始了驻村工作，担任第一书记。"
    assert _people(text) == {"柏志明": ("first_secretary", "杨依村")}


def test_an_official_who_visits_is_not_posted() -> None:
    assert _people("宁都县财政局副局长柏志明来到杨依村，看望第一书记柏文涛。") == {"柏文涛": ("first_secretary", "杨依村")}
