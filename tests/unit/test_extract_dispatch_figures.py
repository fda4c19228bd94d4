"""Dispatch figures written in other words, each class on sentences written for these tests (places, names
and figures made up): batches of teams (连续选派N批驻村工作队), the sending units counted (N家扶持单位), and
cadres commended (N人被评为优秀…, N位优秀…获得省级表彰, an outcome) and promoted (提拔使用…N名, a dispatch
figure), which are not a count of cadres sent.
"""
from __future__ import annotations

from flows.reports.extract import extract_text


def _facts(text: str):
    return [(f.kind, f.metric, f.value, f.unit, f.region) for f in extract_text(text).facts]


def test_batches_of_teams_count_teams():
    facts = _facts("本报讯 2010年以来，省水利厅连续选派8批驻村工作队、25名队员，帮扶白沙村脱贫。")
    assert ("dispatch", "teams_dispatched", 8.0, "team", "白沙村") in facts
    # the earlier batches, referred back to, are no figure
    facts = _facts("本报讯 在前两批驻村工作队努力的基础上，白沙村工作队又争取资金20万元。")
    assert all(f[1] != "teams_dispatched" for f in facts)


def test_sending_units_counted_are_a_dispatch_figure_of_their_own():
    facts = _facts("本报讯 大同市今年启动驻村帮扶工作，统筹安排市区两级300家扶持单位，确定400个薄弱村作为扶持对象。")
    assert ("dispatch", "other", 300.0, "item", "大同市") in facts
    # a head count of the units just listed is none
    facts = _facts("本报讯 五年来，文水县交通局联合县农商行、县电力公司两家派驻单位，为白沙村争取帮扶资金30万元。")
    assert all(f[2] != 2.0 for f in facts)


def test_cadres_commended_are_not_cadres_sent():
    # the recognition the work earned: an outcome with no code of its own (other)
    facts = _facts("本报讯 文水县驻村工作成效明显，在他们之中，已经有45位优秀农村工作指导员获得省级表彰。")
    assert facts == [("outcome", "other", 45.0, "person", "文水县")]  # the awarding level is no region
    facts = _facts("本报讯 过去一年，文水县有20人被省里评为“全省优秀驻村第一书记”，12人被评为“全省优秀驻村工作队员”。")
    assert facts == [("outcome", "other", 20.0, "person", "文水县"), ("outcome", "other", 12.0, "person", "文水县")]


def test_cadres_promoted_after_their_stay_are_a_dispatch_figure_not_cadres_sent():
    facts = _facts("本报讯 文水县注重在一线选拔干部，两年间提拔重用第一书记21名。")
    assert facts == [("dispatch", "other", 21.0, "person", "文水县")]


def test_cadres_later_in_a_list_a_dispatch_opens_are_cadres_sent():
    facts = _facts("2019年，文水县共选派20名副处级领导、20个重点部门的120名领导干部，包联20个重点贫困村。")
    assert ("dispatch", "cadres_dispatched", 120.0, "person", "文水县") in facts
    facts = _facts("2019年，文水县有200个扶贫工作组、650名机关干部在农村开展扶贫工作。")
    assert ("dispatch", "cadres_dispatched", 650.0, "person", "文水县") in facts


def test_cadres_counted_in_wan_without_a_classifier():
    facts = _facts("2019年，山西省选派2000名第一书记、3000个驻村工作队和15.6万落实结对帮扶的干部。")
    assert ("dispatch", "cadres_paired", 156000.0, "person", "山西省") in facts


def test_villages_of_a_named_class_counted_after_a_dispatch_are_covered():
    facts = _facts("去年，全市启动了新一轮结对帮扶困难村工作，选派机关干部到全市1000个发展相对落后的困难村开展驻村帮扶。")
    assert facts == [("dispatch", "villages_covered", 1000.0, "village", "全市")]  # 困难村 is no village's name
    facts = _facts("“十三五”期间，某油田先后选派驻村干部25名，在大同、朔州、忻州的15个村开展脱贫攻坚、乡村振兴工作。")
    assert ("dispatch", "villages_covered", 15.0, "village", None) in facts


def test_a_range_of_villages_each_covers_is_two_facts_but_a_norm_is_none():
    found = extract_text("本报讯 本次大同市级下派第一书记、农村指导员相比以往有了更高要求，他们将分别帮扶2至3个村。").facts
    assert [(f.metric, f.value, f.qualifier) for f in found] == [
        ("villages_covered", 2.0, "at_least"), ("villages_covered", 3.0, "at_most")]
    assert _facts("本报讯 文水县各村选派工作队，每个工作队不少于3人，帮扶1-4个行政村。") == []


def test_a_city_written_short_right_after_its_province_is_the_city():
    facts = _facts("山西大同5年来累计下派驻村干部近千人。大同市今年又选派200名干部。")
    assert ("dispatch", "cadres_dispatched", 1000.0, "person", "大同市") in facts


def test_a_slogan_of_two_verb_object_pairs_names_no_village():
    from flows.reports.regions import PlaceFinder
    names = [p.name for p in PlaceFinder("建设富民强村帮促项目，兴业富村，白沙村富民村各一处。").find()]
    assert "富民强村" not in names and "兴业富村" not in names
    assert "白沙村" in names and "富民村" in names
    facts = _facts("2023年，大同市、县共选派88名驻村“第一书记”，推进富民强村帮促项目。")
    assert [f[4] for f in facts] == ["大同市"]


def test_villages_an_average_is_taken_over_are_not_covered():
    facts = _facts("本报讯 大同市驻村帮扶成效明显，全市562个行政村村均集体经营性收入212.3万元。")
    assert all(f[1] != "villages_covered" for f in facts)


def test_villages_designated_as_the_programmes_objects_are_covered():
    facts = _facts("本报讯 大同市全面开展驻村帮扶工作。精准识别确定300个基础不牢、困难较多的集体经济薄弱村作为扶持对象。")
    assert facts == [("dispatch", "villages_covered", 300.0, "village", "大同市")]


def test_a_rosters_size_with_its_average_age_counts_the_cadres_its_sentence_names():
    facts = _facts("120人，平均年龄36岁——2022年，他们作为山西省委首批驻村工作队队员来到大同。")
    assert facts == [("dispatch", "team_members_dispatched", 120.0, "person", "山西省")]


def test_households_paired_with_cadres_are_a_dispatch_figure():
    facts = _facts("本报讯 文水县选派第一书记驻村帮扶。该县抽选80个部门单位1200名干部结对包扶贫困村80个、贫困户3600户。")
    assert ("dispatch", "other", 3600.0, "household", "文水县") in facts
    assert ("dispatch", "cadres_paired", 1200.0, "person", "文水县") in facts


def test_a_province_that_begins_a_firms_legal_name_is_no_region():
    text = ("本报讯 白沙村驻村工作队牵头兴办了由村集体控股的山西晋源泰生物科技有限责任公司，"
            "截止到2024年年末安置就业6人，净利润5万余元。")
    facts = _facts(text)
    assert facts and all(f[4] != "山西省" for f in facts)


def test_cadres_sent_who_take_root_in_a_village_are_that_villages():
    facts = _facts("本报讯 为落实驻村工作安排，大同市委组织部、大同市司法局、大同市委党校，3家单位派出3名工作骨干，扎根白沙村。")
    assert ("dispatch", "cadres_dispatched", 3.0, "person", "白沙村") in facts


def test_organs_and_units_a_programme_counts_are_a_dispatch_figure_of_the_place_they_aid():
    facts = _facts("本报讯 文水县是山西的县。2006年，自治区组织60个区直机关、企事业单位对乌兰察布市的贫困嘎查村开展定点帮扶工作。")
    assert facts == [("dispatch", "other", 60.0, "item", "乌兰察布市")]
    assert _facts("本报讯 文水县组织40个部门单位干部开展结对帮扶。") == []  # the cadres of the units, not the units


def test_the_post_named_right_after_a_count_is_what_it_counts():
    found = extract_text("2023年，大同市、县共选派88名驻村“第一书记”和40名乡村振兴指导员。").facts
    assert [(f.metric, f.value) for f in found] == [("first_secretaries_dispatched", 88.0), ("cadres_dispatched", 40.0)]
    found = extract_text("大同市选派1名第一书记和4名工作队员。").facts
    assert [(f.metric, f.value) for f in found] == [("first_secretaries_dispatched", 1.0), ("team_members_dispatched", 4.0)]


def test_villages_surveyed_are_not_villages_covered():
    facts = _facts("本报讯 大同市选派第一书记驻村帮扶。去年起，市委农工办对全市192个行政村展开摸底调查。")
    assert facts == [("dispatch", "other", 192.0, "village", "大同市")]


def test_a_few_homes_the_storys_cadre_is_going_to_are_no_figure():
    assert _facts("本报讯 白沙村第一书记李明正在驱车前往结对帮扶的两户贫困户家的路上。") == []
    assert _facts("本报讯 白沙村第一书记李明结对帮扶贫困户两户。") == [("dispatch", "other", 2.0, "household", "白沙村")]


def test_a_team_noun_written_before_its_count_counts_teams():
    facts = _facts("这两年，南坪省各县向薄弱村派驻乡村振兴工作队1.2万个，抽调干部3.5万人。")
    assert ("dispatch", "teams_dispatched", 12000, "team") in [f[:4] for f in facts]
    assert not any(f[3] == "village" for f in facts)


def test_a_team_noun_before_a_count_of_something_else_is_not_the_counted():
    facts = _facts("某县派驻工作队3个村开展帮扶，覆盖全县。")
    assert not any(f[3] == "team" for f in facts)


def test_speakers_counted_at_a_meeting_are_not_cadres_sent():
    facts = _facts("在全县驻村工作推进会上，4名驻村第一书记代表上台作表态发言。全县共选派驻村第一书记86名。")
    assert [f[2] for f in facts if f[0] == "dispatch"] == [86]


def test_contestants_counted_on_a_stage_are_not_cadres_sent():
    facts = _facts("经各乡镇推荐，7名选派驻村第一书记登台比拼实绩。全县共选派驻村第一书记86名。")
    assert [f[2] for f in facts if f[0] == "dispatch"] == [86]


def test_cadres_counted_as_promoted_are_not_cadres_sent():
    facts = _facts("记者走访了两个县，访谈了16位被提拔重用的驻村第一书记。")
    assert not any(f[1] == "first_secretaries_dispatched" for f in facts)


def test_the_people_a_named_team_is_formed_of_are_its_members():
    facts = _facts("去年，南坪州826名机关干部组成的“连心工作队”分赴各村开展帮扶。")
    assert ("dispatch", "team_members_dispatched", 826) in [f[:3] for f in facts]


def test_villages_counted_after_the_townships_count_are_villages_covered():
    facts = _facts("南坪县抽调120名干部，与38名驻村工作队员一同进驻3个乡镇41个行政村。")
    assert ("dispatch", "villages_covered", 41, "village") in [f[:4] for f in facts]


def test_first_secretaries_counted_by_their_villages_are_first_secretaries():
    facts = extract_text("柳河镇8个村的“第一书记”自去年8月到岗以来，为村民办实事。\n").facts
    assert [(f.metric, f.value, f.unit) for f in facts] == [("first_secretaries_dispatched", 8, "person")]
