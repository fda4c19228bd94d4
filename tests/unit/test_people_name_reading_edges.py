"""Where a name stops and whether a run of characters is one: a given name ending in 会, written whole again with
a mark after it (队员柏全会，…柏全会退休前…); a doubled character opening a word (天刚蒙蒙亮) is no surname and given
name; Tibetan names of two seed parts (格桑占堆). Sentences are invented in the style of county news pages."""
from flows.reports.extract import extract_text


def _people(text: str) -> dict[str, tuple[str, str | None]]:
    return {p.name: (p.role, p.village) for p in extract_text(text).people}


def test_a_given_name_ending_in_hui_written_whole_again() -> None:
    text = ("市里派到宁都县洛口镇杨依村的乡村振兴工作队队员柏全会，上个月因病住院。"
            "柏全会退休前在市农科所工作。")
    assert _people(text) == {"柏全会": ("team_member", "杨依村")}


def test_a_doubled_character_opening_a_word_is_no_name() -> None:
    assert _people("宁都县驻村工作队。天刚蒙蒙亮，作为刚到的队员，就赶着去了村里。") == {}


def test_a_tibetan_name_of_two_seed_parts_after_the_post() -> None:
    text = "宁都县洛口镇杨依村驻村工作队。说起杨依村的第一书记格桑占堆，村里老人都竖大拇指。"
    assert _people(text) == {"格桑占堆": ("first_secretary", "杨依村")}
