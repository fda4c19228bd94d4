"""Cadres named in three more ways: a caption's post, the name and where the cadre stands in the photo (第一书记
NAME（后排左五）), the bracket closing a name of any origin; a name with its form of address before where it
was sent (选派NAME老师到某村); and the first secretary written with the party branch in full (第一党支部书记)."""
from __future__ import annotations

from extract_asserts import people_by_name, roles_and_villages


def test_a_caption_s_bracketed_place_in_the_photo_closes_a_transliterated_name() -> None:
    text = ("宁都讯 石城县洛口镇杨依村第一书记洛绒曲扎（后排左五）深入牧户了解情况。县委组织部供图\n"
            "石城县洛口镇高田村第一书记阿嘎木呷（左）查看蔬菜大棚。县委组织部供图")
    found = roles_and_villages(text)
    assert found["洛绒曲扎"] == ("first_secretary", "杨依村")
    assert found["阿嘎木呷"] == ("first_secretary", "高田村")


def test_a_bracketed_figure_is_no_place_in_a_photo() -> None:
    assert not people_by_name("宁都讯 杨依村驻村工作队第一书记工作纪实（2）：夜访农户")


def test_a_teacher_sent_to_a_village_is_read_past_the_form_of_address() -> None:
    found = roles_and_villages("宁都讯 县委党校选派柏志明老师到杨依村担任第一书记，与村两委一起做好帮扶工作。")
    assert found["柏志明"] == ("first_secretary", "杨依村")


def test_the_first_secretary_written_with_the_party_branch_in_full() -> None:
    found = people_by_name("宁都讯 县农商银行派驻杨依村的第一党支部书记柏志明驻村已满三年。")
    assert found["柏志明"].role == "first_secretary"
