"""Cadres named in a list as examples of all of them (在某省，像NAME、NAME、NAME那样的第一书记…共有N名) stand for no
village of theirs: the count is the province's. Sentences are invented in the style of county news pages."""
from flows.reports.extract import extract_text


def test_a_list_of_cadres_named_as_examples() -> None:
    text = ("宁都县洛口镇杨依村第一书记柏志明、柏家村第一书记柏文涛、芮家村第一书记芮一鸣都是驻村干部。\n"
            "在江西，像柏志明、柏文涛、芮一鸣那样的第一书记和驻村干部共有3.2万名，分布在各个乡村。")
    regions = {f.value: f.region for f in extract_text(text).facts}
    assert regions[32000.0] in ("江西省", "江西")
