"""A post a plural pronoun says they all hold (“…第一书记”，是她们共同的身份; 她们都是第一书记) is that of the names the
last list before it gives (还有NAME、NAME、NAME), and of the one the list's sentence joins to them (和NAME一同…).
Sentences are invented in the style of county news pages."""
from flows.reports.extract import extract_text


def _people(text: str) -> dict[str, str]:
    return {p.name: p.role for p in extract_text(text).people}


def test_the_shared_identity_of_the_names_listed_before() -> None:
    text = ("清早7点，宁都县洛口镇。\n柏志明推开乡里宿舍的门，骑上电动车赶往杨依村。柏志明惦记着刚栽下的果苗。\n"
            "和柏志明一同出门的，还有柏文涛、柏章福、芮晓岚。四个人各去一个村。他们都从市直机关选派而来，"
            "“市委驻宁都县工作队第一书记”，是她们共同的身份。")
    assert _people(text) == {name: "first_secretary" for name in ("柏志明", "柏文涛", "柏章福", "芮晓岚")}


def test_they_all_hold_the_post_with_no_names_listed_names_nobody() -> None:
    assert _people("宁都县驻村工作队。村民们都很喜欢他们。他们都是驻村第一书记。") == {}
