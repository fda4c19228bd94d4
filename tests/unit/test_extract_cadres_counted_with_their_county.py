"""Cadres counted, then the places whose cadres they are, then the post (N名某省某市某县第三批驻村第一书记): the figure is
the county's, though the sentence and the article speak of the province. Sentences are invented in the style of
county news pages."""
from flows.reports.extract import extract_text


def _regions(text: str) -> dict[float, str | None]:
    return {f.value: f.region for f in extract_text(text).facts}


def test_the_last_place_of_the_chain_after_the_count() -> None:
    text = ("这几年，江西把选派干部下乡当作一件大事来抓。从2021年秋天起，"
            "164名江西赣州宁都县第三批驻村第一书记陆续到岗，入户走访3.1万人次。")
    assert _regions(text)[164.0] == "宁都县"

