"""A profile names the cadre, then a later clause of the sentence says the pronoun became the post (…，他成了某村的驻村
第一书记): the post is the named cadre's. Sentences are invented in the style of county news pages."""
from flows.reports.extract import extract_text


def _people(text: str) -> dict[str, tuple[str, str | None]]:
    return {p.name: (p.role, p.village) for p in extract_text(text).people}


def test_the_pronoun_became_the_post_in_a_later_clause() -> None:
    text = ("走出村委会，柏志明抬头看天。2019年之前，柏志明搞了半辈子无线网络，做到宁都县电信公司副总经理，"
            "2019年5月之后，他成了宁都县洛口镇杨依村的驻村第一书记。")
    assert _people(text) == {"柏志明": ("first_secretary", "杨依村")}


def test_the_pronoun_that_found_the_post_holder_takes_no_post() -> None:
    text = "柏志明是宁都县电信公司的职工。那天，他找到了杨依村驻村第一书记柏文涛。"
    assert _people(text) == {"柏文涛": ("first_secretary", "杨依村")}


def test_the_post_held_before_told_after_a_time_word() -> None:
    text = ("宁都县财政局干部柏志明获评先进个人。这是柏志明未曾想过的殊荣。此前他是宁都县洛口镇杨依村驻村第一书记，"
            "带着村民走出一条新路。")
    assert _people(text) == {"柏志明": ("first_secretary", "杨依村")}
