"""A two-character transliterated name (no Han surname) that the analyser reads as a person's, right after a post
and closed by a verb of saying or a mark (驻村工作队队长NAME说。), is the cadre's name; an adverb after the post is
not. Sentences are invented in the style of county news pages."""
from flows.reports.extract import extract_text


def _people(text: str) -> dict[str, tuple[str, str | None]]:
    return {p.name: (p.role, p.village) for p in extract_text(text).people}


def test_a_short_name_closed_by_the_verb_of_saying() -> None:
    text = "宁都县洛口镇杨依村。“以前一家人守着几十只羊过日子，现在合作社统一放养。”杨依村帮扶工作队队长尼珠说。"
    assert _people(text) == {"尼珠": ("team_leader", "杨依村")}


def test_an_adverb_after_the_post_is_no_name() -> None:
    assert _people("宁都县杨依村驻村工作队队长大声说，路修好了。") == {}
