"""Cadres named in a list as examples of all of them (在某省，像NAME、NAME、NAME一样的驻村第一书记…共有N名) stand for no
village of theirs: the count is the province's. Sentences are invented in the style of county news pages."""
from flows.reports.extract import extract_text


def test_a_list_of_cadres_named_as_examples() -> None:
    text = ("宁都县洛口镇杨依村第一书记柏志明、柏家村第一书记柏文涛、芮家村第一书记芮一鸣都是驻村干部。\n"
            "在江西，像柏志明、柏文涛、芮一鸣一样的驻村第一书记、驻村干部共有4.5万名，他们奋战在一线。")
    regions = {f.value: f.region for f in extract_text(text).facts}
    assert regions[45000.0] in ("江西省", "江西")
