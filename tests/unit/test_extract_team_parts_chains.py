"""People named by their parts in a team, in a chain (以NAME为队长、NAME为副队长的驻村工作队): who heads it, who serves in it,
and where it is stationed. Sentences are invented in the style of county news pages."""
from flows.reports.extract import extract_text


def _people(text: str) -> dict[str, tuple[str, str | None]]:
    return {p.name: (p.role, p.village) for p in extract_text(text).people}


def test_leader_and_deputy_named_before_the_team_they_form() -> None:
    text = "宁都县财政局成立以局长柏志明为队长、柏文涛为副队长的驻村工作队，进驻杨依村开展帮扶，修建道路3公里。"
    assert _people(text) == {"柏志明": ("team_leader", "杨依村"), "柏文涛": ("team_member", "杨依村")}


def test_parts_given_after_the_team_is_stationed() -> None:
    text = "宁都县财政局抽人组成工作队入驻杨依村，以柏志明为队长，柏文涛、柏章福为队员，修建道路3公里。"
    assert _people(text) == {"柏志明": ("team_leader", "杨依村"), "柏文涛": ("team_member", "杨依村"),
                             "柏章福": ("team_member", "杨依村")}


def test_a_leading_group_of_county_officials_is_no_stationed_team() -> None:
    text = "宁都县成立以县委书记柏志明为组长、县长柏文涛为副组长的脱贫攻坚领导小组，驻村工作队修建道路3公里。"
    assert _people(text) == {}


def test_one_name_and_its_part_alone_is_read_as_the_team_head() -> None:
    text = "宁都县财政局成立以柏志明为队长的驻村工作队，进驻杨依村开展帮扶，修建道路3公里。"
    assert _people(text) == {"柏志明": ("team_leader", "杨依村")}
