"""Money that is no programme figure: a wage right after the worker paid it (大工N元/天, seed kind wage_earner), and
sums in a sentence opening on the last century (上世纪末…), what the village had before the work. Sentences
written here."""
from __future__ import annotations

import pytest

from tests.unit.extract_asserts import facts_of, one

OPENING = "宁都讯 洛口镇杨依村驻村工作队扎根基层。"


@pytest.mark.parametrize("sentence", [
    "以工代赈项目由群众自建，大工220元/天、小工140元/天，劳务报酬计入项目资金。",
    "上世纪末，村里向信用社借款60多万元修了座小型水电站，后来陆续偿还了20万元贷款。",
])
def test_no_programme_money(sentence):
    assert [(f.value, f.metric) for f in facts_of(OPENING + sentence) if f.unit == "yuan"] == []


@pytest.mark.parametrize("sentence, value, metric", [
    ("工作队发放务工补贴每人每天50元。", 50, "matching_funds"),  # a subsidy paid by the programme, no wage
    ("工作队争取贷款60万元，修了座小型水电站。", 600000, "loans_arranged"),
])
def test_the_programmes_own_money_stays(sentence, value, metric):
    assert one(facts_of(OPENING + sentence), value).metric == metric
