"""Zhejiang's common-prosperity instructor (共富指导员), successor of the village work instructor, is a stationed cadre
named after the post: a role row of the seed. Sentences are invented in the style of county news pages."""
from flows.reports.extract import extract_text


def test_an_instructor_named_after_the_post() -> None:
    text = "宁都县洛口镇杨依村推行驻村工作制度。村民柏章福常说，杨依村共富指导员柏志明办事实在。"
    people = {p.name: (p.role, p.village) for p in extract_text(text).people}
    assert people == {"柏志明": ("team_member", "杨依村")}
