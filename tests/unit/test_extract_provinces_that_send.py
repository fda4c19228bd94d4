"""A province named as the opening of units that send cadres (某省某大学派驻…, 某省7个派出单位) is the senders' division:
it neither makes a county's page a provincial round-up nor becomes the place of the money those units put in.
Sentences are invented in the style of county news pages."""
from flows.reports.extract import extract_text

TEXT = ("省派干部扎根宁都\n"
        "△江西农学院派驻洛口镇第一书记柏志明在田间指导\n"
        "派驻第一书记是打通帮扶最后一公里的办法。2018年3月，24名省派第一书记来到宁都县，分头帮扶19个贫困村。\n"
        "一年多来，江西省8个派出单位共为这些村投入基础设施资金986.4万元，第一书记协调项目资金2740万元。\n"
        "19个村修成硬化道路43.6公里，打了机井120多眼。\n")


def test_the_money_of_the_sending_units_is_the_county_s() -> None:
    regions = {f.value: f.region for f in extract_text(TEXT).facts}
    assert regions[9864000.0] == "宁都县" and regions[43.6] == "宁都县"


def test_the_money_the_secretaries_put_in_is_the_county_s() -> None:
    regions = {f.value: f.region for f in extract_text(TEXT).facts}
    assert regions[27400000.0] == "宁都县"
