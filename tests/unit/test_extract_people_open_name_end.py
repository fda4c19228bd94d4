"""A name the analyser reads as two characters and leaves the third open (a surname and one character, then a
lone character it tags as something else): when the page writes the three characters whole every time, they
are the name (people.PeopleExtractor._open_end_closed), also for a cadre named first and given his post later
(这位驻村干部…). Every sentence is made up for the test: invented names and places.
"""
from __future__ import annotations

from tests.unit.extract_asserts import roles_and_villages


def test_a_name_written_whole_every_time_keeps_its_open_last_character():
    text = ("宁都讯 柏章福：村里的带头人\n记者来到洛口镇杨依村时，柏章福高兴地说，新修的村道通了。\n"
            "▲柏章福(右一)介绍规划\n这位驻村干部，同时兼任杨依村第一书记。")
    assert set(roles_and_villages(text)) == {"柏章福"}
