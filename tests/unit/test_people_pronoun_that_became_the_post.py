"""A profile names the cadre, then a later clause of the sentence says the pronoun became the post (…，他成了某村的驻村
第一书记): the post is the named cadre's; after a time word (此前他是…) too. Sentences are invented in the style of
county news pages."""
from flows.reports.extract import extract_text


def _people(text: str) -> dict[str, tuple[str, str | None]]:
    return {p.name: (p.role, p.village) for p in extract_text(text).people}


def test_the_pronoun_became_the_post_in_a_later_clause() -> None:
    text = ("傍晚，柏志明从地里回来。2019年以前，柏志明在宁都县供电公司做了二十年技术员，还当上了副经理，"
            "2019年5月起，他成了宁都县洛口镇杨依村第一书记。")
    assert _people(text) == {"柏志明": ("first_secretary", "杨依村")}


def test_the_pronoun_that_found_the_post_holder_takes_no_post() -> None:
    text = "柏志明是宁都县电信公司的职工。那天，他找到了杨依村驻村第一书记柏文涛。"
    assert _people(text) == {"柏文涛": ("first_secretary", "杨依村")}


def test_the_post_held_before_told_after_a_time_word() -> None:
    text = ("宁都县财政局干部柏志明获评先进个人。柏志明没想到自己能拿这个奖。此前他是宁都县洛口镇杨依村驻村第一书记，"
            "帮村里办起了合作社。")
    assert _people(text) == {"柏志明": ("first_secretary", "杨依村")}
