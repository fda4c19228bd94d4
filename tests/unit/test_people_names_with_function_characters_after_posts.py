"""A given name opening with a character the analyser reads as a function word (会, 在) is a name when it stands
right after its post and a list or clause mark closes it (某村驻村第一书记柏会明、…). Sentences are invented in the
style of county news pages."""
from flows.reports.extract import extract_text


def _people(text: str) -> dict[str, tuple[str, str | None]]:
    return {p.name: (p.role, p.village) for p in extract_text(text).people}


def test_a_listed_post_holder_whose_given_name_opens_with_hui() -> None:
    text = ("名单如下：宁都县财政局选派宁都县洛口镇杨依村驻村第一书记柏会刚、宁都县水利局选派宁都县洛口镇柏家村"
            "第一书记柏文涛。")
    assert _people(text) == {"柏会刚": ("first_secretary", "杨依村"), "柏文涛": ("first_secretary", "柏家村")}


def test_the_name_closed_by_a_comma() -> None:
    assert _people("杨依村驻村第一书记柏会刚，带领村民修路3公里。") == {"柏会刚": ("first_secretary", "杨依村")}


def test_a_function_word_after_the_post_opens_no_name() -> None:
    assert _people("杨依村的第一书记王在村里一住就是三年，修路3公里。") == {}
    assert _people("杨依村第一书记李会说，今年修路3公里。") == {}
