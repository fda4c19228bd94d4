"""A province named as the opening of units that send cadres (某省某大学派驻…, 某省7个派出单位) is the senders' division:
it neither makes a county's page a provincial round-up nor becomes the place of the money those units put in.
Sentences are invented in the style of county news pages."""
from flows.reports.extract import extract_text

TEXT = ("省派第一书记筑梦宁都\n"
        "△江西科技大学派驻洛口镇第一书记柏志明为群众义诊\n"
        "驻村第一书记是精准扶贫的支点。2017年2月，20名省派第一书记踏上了帮扶宁都县17个贫困村的征程。\n"
        "一年多来，江西省7个派出单位直接投入基础设施帮扶资金1165.9万元，第一书记投入项目资金3126万元。\n"
        "17个村已高标准硬化道路57.8公里，新打机井150多眼。\n")


def test_the_money_of_the_sending_units_is_the_county_s() -> None:
    regions = {f.value: f.region for f in extract_text(TEXT).facts}
    assert regions[11659000.0] == "宁都县" and regions[57.8] == "宁都县"


def test_the_money_the_secretaries_put_in_is_the_county_s() -> None:
    regions = {f.value: f.region for f in extract_text(TEXT).facts}
    assert regions[31260000.0] == "宁都县"
