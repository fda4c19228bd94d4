"""时任某局书记的NAME成为了某村的首任工作队队长: the post after the later verb of becoming is the one the cadre took; the
earlier 任 names his old job and must not swallow the name into its own reach. Sentences are invented in the style
of county news pages."""
from flows.reports.extract import extract_text


def test_a_two_character_name_between_the_old_job_and_the_post_became() -> None:
    text = "宁都县驻村工作队。时任县水利局办公室主任的柏鸿成为了县水利局在洛口镇杨依村的第一任工作队队长，一干就是三年。"
    assert {p.name: (p.role, p.village) for p in extract_text(text).people} == {"柏鸿": ("team_leader", "杨依村")}
