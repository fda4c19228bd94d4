"""Where a name stops and whether a run of characters is one: a given name ending in 会, written whole again with
a mark after it (队员柏全会，…柏全会生前…); a doubled character opening a word (天刚蒙蒙亮) is no surname and given
name; Tibetan names of two seed parts (扎西占堆). Sentences are invented in the style of county news pages."""
from flows.reports.extract import extract_text


def _people(text: str) -> dict[str, tuple[str, str | None]]:
    return {p.name: (p.role, p.village) for p in extract_text(text).people}


def test_a_given_name_ending_in_hui_written_whole_again() -> None:
    text = ("市派驻宁都县洛口镇杨依村乡村振兴工作队队员柏全会，在驻村帮扶期间突发急症去世。"
            "柏全会生前系市二医院工会副主席。")
    assert _people(text) == {"柏全会": ("team_member", "杨依村")}


def test_a_doubled_character_opening_a_word_is_no_name() -> None:
    assert _people("宁都县驻村工作队。早晨9点天刚蒙蒙亮，作为新工作队成员，便准时从县城出发。") == {}


def test_a_tibetan_name_of_two_seed_parts_after_the_post() -> None:
    text = "昌都市卡若区达布村驻村工作队。这就是卡若区达布村的第一书记扎西占堆给人留下的第一印象。"
    assert _people(text) == {"扎西占堆": ("first_secretary", "达布村")}
