"""Two classes of number text: a classifier written twice after 一 (一朵朵, 一箱箱) means one after another and counts
nothing; digits after a noun of count ending in 数 (受益群众人数436人, 户数) are a count, unlike 数百 (a vague number).
Sentences are invented in the style of county news pages."""
from flows.reports.extract import extract_text
from flows.reports.numbers import find_quantities

OPENING = "宁都县洛口镇杨依村驻村工作队。"


def _values(text: str) -> list[float]:
    return [q.value for q in find_quantities(text)]


def test_a_doubled_classifier_after_one_is_no_count() -> None:
    assert _values("仓库里堆着一箱箱蜂蜜、一袋袋木耳，集体经济收入涨到20万元。") == [200000.0]


def test_a_listed_count_of_one_is_still_read() -> None:
    assert 1.0 in _values("新建篮球场1个、公厕一座、文化广场1处。")


def test_digits_after_a_noun_of_count_are_a_count() -> None:
    facts = extract_text(OPENING + "这个项目受益群众人数436人。").facts
    assert [(f.kind, f.value, f.unit, f.region) for f in facts] == [("outcome", 436.0, "person", "杨依村")]


def test_a_vague_number_in_words_after_shu_is_still_no_figure() -> None:
    assert _values("数百名群众前来参观。") == []
