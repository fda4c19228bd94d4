"""A province or city opening the name of one of its departments (某省委办公厅, 某市农业农村局) names a unit that helps a
village, not the scope of the page; the department's paired village (作为某省委办公厅的联系村) is the story's ground.
The division's own party committee (某省委首批…工作队) still speaks for the division. Sentences are invented in the
style of county news pages."""
from flows.reports.extract import extract_text


def _regions(text: str) -> dict[float, str | None]:
    return {f.value: f.region for f in extract_text(text).facts}


def test_the_paired_village_of_a_provincial_department_keeps_its_figures() -> None:
    text = ("江西省宁都县洛口镇杨依村驻村工作队。作为江西省委办公厅的“双包”联系村，杨依村每年都迎来厅里的调研组；"
            "全厅160名干部与村里困难户结成帮扶对子，累计入户走访420多人次。")
    regions = _regions(text)
    assert regions[160.0] == "杨依村" and regions[420.0] == "杨依村"


def test_a_department_named_often_does_not_make_the_page_a_provincial_round_up() -> None:
    text = ("山里的变化\n——江西省委办公厅对口帮扶侧记\n"
            "江西省宁都县藏在大山深处，过去是有名的穷县。江西省委办公厅和驻村工作队来了以后，这里慢慢变了样。"
            "江西省委办公厅把帮扶当成分内事，年年派人下来。\n产业：一户一策\n"
            "2014年以来，全厅干部职工陆续捐款8万元，帮困难家庭的孩子上学。")
    assert _regions(text)[80000.0] == "宁都县"


def test_a_provincial_committee_batch_is_still_the_province() -> None:
    text = ("196人，平均年龄37岁——2022年，他们作为江西省委首批驻村帮扶工作队队员奔赴乡村。\n"
            "一年来，队员们协助当地抓党建、兴产业。江西省委组织部要求各工作队沉到一线。\n"
            "在宁都县杨依村，工作队争取资金40万元建设冷库。")
    assert _regions(text)[196.0] in ("江西省", "江西")
