"""The place resolver: a place as written + its page → province, city, county, township, village, adcode, level.

Sentences and village names are invented for the tests; the divisions are the seed's (seeds/regions.csv).
"""
from __future__ import annotations

from flows.reports.extract import extract_text
from flows.reports.place_parts import PlaceContext, PlaceParts, page_context, person_place, resolve_place
from flows.reports.regions import PlaceFinder


def _page(text: str, home: str) -> PlaceContext:
    return page_context(PlaceFinder(text).find(), home)


def test_a_province_written_short_resolves_to_the_province_alone() -> None:
    parts = resolve_place("山西")
    assert parts == PlaceParts(province="山西省", adcode="140000", level="province")


def test_a_city_carries_its_province() -> None:
    parts = resolve_place("吕梁市")
    assert (parts.province, parts.city, parts.county, parts.adcode, parts.level) == (
        "山西省", "吕梁市", None, "141100", "city")


def test_a_county_short_after_its_province_takes_the_gazetteers_spelling() -> None:
    parts = resolve_place("山西文水")
    assert (parts.province, parts.city, parts.county, parts.adcode, parts.level) == (
        "山西省", "吕梁市", "文水县", "141121", "county")


def test_township_and_village_written_together_keep_their_names_under_the_county_adcode() -> None:
    parts = resolve_place("文水县杏花岭镇北关村")
    assert parts == PlaceParts("山西省", "吕梁市", "文水县", "杏花岭镇", "北关村", "141121", "village")


def test_a_village_no_gazetteer_holds_takes_the_pages_county() -> None:
    context = _page("文水县选派干部进驻各村。", "文水县")
    parts = resolve_place("石榴沟村", context)
    assert parts == PlaceParts("山西省", "吕梁市", "文水县", None, "石榴沟村", "141121", "village")


def test_a_village_the_page_writes_under_its_township_gets_the_township() -> None:
    context = _page("文水县杏花岭镇石榴沟村驻村第一书记到岗。", "文水县")
    assert resolve_place("石榴沟村", context).township == "杏花岭镇"


def test_a_village_name_under_two_townships_keeps_only_what_they_share() -> None:
    context = _page("文水县杏花岭镇北关村和梨园乡北关村各有一支工作队。", "文水县")
    parts = resolve_place("北关村", context)
    assert parts == PlaceParts("山西省", "吕梁市", "文水县", None, "北关村", "141121", "village")


def test_a_county_name_several_provinces_share_is_chosen_by_the_page_or_left_unresolved() -> None:
    alone = resolve_place("朝阳区")
    assert (alone.county, alone.adcode, alone.province) == ("朝阳区", None, None)
    in_beijing = resolve_place("朝阳区", PlaceContext(names=frozenset({"北京市"})))
    assert (in_beijing.province, in_beijing.adcode) == ("北京市", "110105")


def test_a_person_written_with_the_village_carrying_its_township_is_read_once() -> None:
    parts = person_place("文水县", "杏花岭镇", "杏花岭镇北关村")
    assert (parts.county, parts.township, parts.village, parts.adcode) == ("文水县", "杏花岭镇", "北关村", "141121")


def test_a_person_placed_nowhere_is_where_the_page_is() -> None:
    context = _page("文水县选派干部进驻各村。", "文水县")
    assert person_place(None, None, None, context) == context.home
    assert person_place(None, None, None).level == "unknown"


def test_unknown_and_country_places() -> None:
    assert resolve_place("").level == "unknown"
    assert resolve_place("某片区").level == "unknown"
    assert resolve_place("全国") == PlaceParts(level="country")


def test_the_extractor_gives_every_fact_and_person_its_parts_and_keeps_the_json_shape() -> None:
    text = ("文水县杏花岭镇石榴沟村驻村第一书记张建国介绍，2024年石榴沟村集体经济收入达到12万元。"
            "全县共选派驻村第一书记86名。")
    extraction = extract_text(text)
    assert extraction.document.place.adcode == "141121"
    villages = [fact.place for fact in extraction.facts if fact.region == "石榴沟村"]
    assert villages and all(p.township == "杏花岭镇" and p.adcode == "141121" for p in villages)
    assert all(fact.place.adcode == "141121" for fact in extraction.facts)
    assert any(person.place.village == "石榴沟村" for person in extraction.people)
    assert all("place" not in fact.to_dict() for fact in extraction.facts)
