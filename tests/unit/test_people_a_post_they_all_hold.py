"""A post a plural pronoun says they all hold (“…驻村第一书记”，是他们共同的身份; 他们都是驻村第一书记) is that of the names
the last list before it gives (还有NAME、NAME、NAME), and of the one the list's sentence joins to them (和NAME一同…).
Sentences are invented in the style of county news pages."""
from flows.reports.extract import extract_text


def _people(text: str) -> dict[str, str]:
    return {p.name: p.role for p in extract_text(text).people}


def test_the_shared_identity_of_the_names_listed_before() -> None:
    text = ("6月20日清晨8点，宁都县洛口镇。\n36岁的柏志明从镇政府宿舍出来，便急切地往杨依村赶。每天，柏志明都会来看看羊群。\n"
            "和柏志明一同出发的，还有柏文涛、柏章福、芮晓岚。每天，四人从镇政府去往不同的村庄。他们来自市相关单位和部门，"
            "“市委驻宁都县帮促工作队驻村第一书记”，是他们共同的身份。")
    assert _people(text) == {name: "first_secretary" for name in ("柏志明", "柏文涛", "柏章福", "芮晓岚")}


def test_they_all_hold_the_post_with_no_names_listed_names_nobody() -> None:
    assert _people("宁都县驻村工作队。村民们都很喜欢他们。他们都是驻村第一书记。") == {}
