"""A figure of one family's own (他家, 家里) in a village story is no result of the work; the work done for
families stays read. Invented sentences, one class each."""
from flows.reports.extract import extract_text


def _facts(text):
    return {(f.kind, f.metric, f.value, f.unit) for f in extract_text(text).facts}


def test_a_familys_own_income_is_no_result():
    found = _facts("驻东岭村工作队帮扶以来,村民老李靠种苹果,他家每年有6万元的收入。")
    assert not any(f[2] == 60000.0 for f in found)


def test_a_familys_own_herd_is_no_result():
    found = _facts("东岭村驻村工作队引导村民发展养殖,村民老李家里养了300多只山羊。")
    assert not any(f[2] == 300.0 for f in found)


def test_work_done_for_the_families_is_still_read():
    found = _facts("东岭村驻村工作队为贫困户家里新建沼气池12座。")
    assert ("outcome", "facilities_built", 12.0, "item") in found


def test_a_named_villagers_own_crop_is_no_result():
    found = _facts("东岭村驻村工作队引进了新品种。村民钟大为种了20多亩猕猴桃,年产量1万公斤。")
    assert not any(f[2] == 20.0 for f in found)


def test_a_crop_the_team_leads_the_villagers_to_grow_is_still_read():
    found = _facts("东岭村驻村工作队带领村民种了200多亩猕猴桃。")
    assert ("outcome", "planting_area", 200.0, "mu") in found


def test_what_was_built_decades_ago_is_no_result():
    found = _facts("东岭村驻村工作队来了以后,老人还记得八十年代建的三间土房。")
    assert not any(f[2] == 3.0 for f in found)
    assert ("outcome", "facilities_built", 3.0, "item") in _facts("东岭村驻村工作队今年建了三间新房。")
