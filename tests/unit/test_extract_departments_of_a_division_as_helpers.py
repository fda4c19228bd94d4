"""A province or city opening the name of one of its departments (某省委办公厅, 某市农业农村局) names a unit that helps a
village, not the scope of the page; the department's paired village (作为某省委办公厅的联系村) is the story's ground.
The division's own party committee (某省委首批…工作队) still speaks for the division. Sentences are invented in the
style of county news pages."""
from flows.reports.extract import extract_text


def _regions(text: str) -> dict[float, str | None]:
    return {f.value: f.region for f in extract_text(text).facts}


def test_the_paired_village_of_a_provincial_department_keeps_its_figures() -> None:
    text = ("江西省宁都县洛口镇杨依村驻村工作队。作为江西省委办公厅的“双包”联系村，办公厅每年来村调研指导达十余人次；"
            "全厅190名干部与村贫困户结对帮扶，累计入户走访500多人次。")
    regions = _regions(text)
    assert regions[190.0] == "杨依村" and regions[500.0] == "杨依村"


def test_a_department_named_often_does_not_make_the_page_a_provincial_round_up() -> None:
    text = ("真扶贫 扶真贫\n——江西省委办公厅帮扶工作纪实\n"
            "江西省宁都县地处山区，曾是远近闻名的贫困县。得益于江西省委办公厅和驻村工作队的真情帮扶，这里变了。"
            "江西省委办公厅高度重视，每年派人调研。\n精准扶贫：落实责任不漏一户\n"
            "2014年以来，全厅干部职工累计捐款10万元资助困难家庭学生。")
    assert _regions(text)[100000.0] == "宁都县"


def test_a_provincial_committee_batch_is_still_the_province() -> None:
    text = ("238人，平均年龄38.5岁——2022年，他们作为江西省委首批乡村振兴帮促工作队队员，肩负着全新的使命。\n"
            "一年多以来，工作队员们配合派驻地党委政府做好基层党建等工作。江西省委组织部要求各工作队深入一线。\n"
            "在宁都县杨依村，工作队争取资金40万元建设冷库。")
    assert _regions(text)[238.0] in ("江西省", "江西")
