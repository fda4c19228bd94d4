"""Cadres counted, then the places whose cadres they are, then the post (N名某省某市某县第五批驻村第一书记): the figure is
the county's, though the sentence and the article speak of the province. Sentences are invented in the style of
county news pages."""
from flows.reports.extract import extract_text


def _regions(text: str) -> dict[float, str | None]:
    return {f.value: f.region for f in extract_text(text).facts}


def test_the_last_place_of_the_chain_after_the_count() -> None:
    text = ("近年来，江西持续发力乡村振兴，派驻第一书记进村帮扶是该省的重要举措。自2021年10月以来，"
            "151名江西赣州宁都县第五批驻村第一书记扎根乡村，入户走访2.8万人次。")
    assert _regions(text)[151.0] == "宁都县"

