"""Places written as older or variant pages write them: a district's former county or city name, a prefecture's former name (某地区), a variant
character OpenCC leaves, a market that is no city, and 全省 on a province's own paper. Sentences written here."""
from __future__ import annotations

import pytest

from flows.reports.extract import extract_text
from flows.reports.regions import PlaceFinder


def _regions(text: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.region) for f in extract_text(text).facts]


def _places(text: str) -> list[str]:
    return [p.name for p in PlaceFinder(text).find(0, len(text))]


def test_a_former_county_level_city_now_a_district_is_found_and_carries_the_district_adcode():
    places = PlaceFinder("龙海市委组织部选派驻村干部").find(0, 10)
    assert [p.name for p in places] == ["龙海市"]
    assert places[0].divisions[0].adcode == "350604"  # 龙海区 today


def test_a_former_prefecture_now_a_city_is_found_and_carries_the_city_adcode():
    places = PlaceFinder("铜仁地区组织部选派驻村干部").find(0, 12)
    assert [p.name for p in places] == ["铜仁地区"]
    assert places[0].divisions[0].adcode.startswith("5206")  # 铜仁市 today


def test_a_figure_of_the_whole_former_prefecture_is_on_it_not_on_the_dateline_city():
    text = ("拉萨讯 记者从日喀则地区组织部获悉,日喀则地区扎实开展驻村工作。"
            "驻村干部进驻全地区1673个行政村,组织培训916次。")
    assert (1673, "日喀则地区") in _regions(text)


def test_a_former_county_name_is_not_read_as_the_shorter_county_inside_it():
    assert _places("江宁县委组织部选派第一书记") == ["江宁县"]


def test_a_former_name_whose_stem_is_a_common_verb_is_no_place():
    assert "振兴市" not in _places("推进乡村振兴市级示范村建设")


def test_a_former_name_the_analyser_knows_whole_as_a_place_is_found_though_its_stem_reads_as_a_word():
    assert _places("奉化市选派驻村第一书记进驻后进村") == ["奉化市"]


def test_a_market_is_not_the_city_whose_name_it_starts_with():
    assert _places("驻村工作队帮助村民把蔬菜卖到朝阳市场") == []


def test_gai_shi_points_back_to_a_county_level_city_named_before():
    text = "本报讯 笔者从龙海市扶贫办获悉，该市今年为驻村工作队所在的贫困村投入帮扶资金480万元。"
    assert (4800000, "龙海市") in _regions(text)


def test_a_province_written_with_a_variant_character_is_still_the_province():
    text = "陜西：駐村工作隊幫扶成效顯著\n據統計，全省今年共選派駐村幹部1200人。"
    assert _regions(text) == [(1200, "陕西省")]


def test_quan_sheng_on_a_provincial_papers_page_that_names_no_place_is_that_province():
    text = "3月5日讯(湖南日报记者 某某)记者从省委组织部获悉，全省今年共选派驻村第一书记3500名。"
    assert _regions(text) == [(3500, "湖南省")]


def test_quan_sheng_stays_as_written_when_the_page_names_two_provinces_papers():
    text = "据湖南日报、湖北日报报道，全省今年共选派驻村第一书记3500名。"
    assert _regions(text) == [(3500, "全省")]


def test_a_four_character_phrase_with_the_village_suffix_twice_is_no_village():
    text = ("本报讯 驻村第一书记刘向东在青石镇桃园村工作三年。如今，桃园村村容村貌焕然一新，"
            "集体经济突破30万元。\n")
    facts = extract_text(text).facts
    found = [f for f in facts if f.value == 300_000]
    assert found and found[0].region == "桃园村", [(f.value, f.region) for f in facts]


@pytest.mark.parametrize("phrase", ["附近城镇", "周边乡镇"])
def test_a_generic_modifier_before_a_generic_place_noun_is_no_township(phrase):

    text = f"本报讯 青石镇桃园村的年轻人经过培训，到{phrase}务工，去年村里外出务工120余人。\n"
    assert phrase not in [p.name for p in PlaceFinder(text).find()]


def test_a_kind_of_village_after_de_is_no_village_name():

    text = "本报讯 桃园村是典型的高山村，也是有名的贫困村。\n"
    assert [p.name for p in PlaceFinder(text).find()] == ["桃园村"]


@pytest.mark.parametrize("phrase", ["大力弘扬乡风", "走访大部分村", "到外地城镇务工", "到大城镇务工", "带动了十里八乡"])
def test_a_common_phrase_with_a_place_suffix_is_no_place(phrase):
    text = f"本报讯 青石镇桃园村驻村工作队{phrase}。\n"
    assert [p.name for p in PlaceFinder(text).find()] == ["青石镇", "桃园村"]


def test_a_village_named_by_numerals_keeps_its_name():
    text = "本报讯 驻村第一书记来到八一村，走访农户80户。\n"
    assert "八一村" in [p.name for p in PlaceFinder(text).find()]


@pytest.mark.parametrize("slogan", ["富民强村", "产业兴村", "党建强村"])
def test_a_slogan_of_two_verb_object_pairs_ending_in_village_is_no_village(slogan):
    text = f"{slogan}的带路人\n本报讯 去年，驻青松镇白石村第一书记赵启明带领群众硬化道路3公里。\n"
    assert slogan not in _places(text)
    assert _regions(text) == [(3.0, "白石村")]


def test_a_village_whose_name_ends_in_a_verb_and_village_is_kept_after_its_township():
    assert "新兴村" in _places("本报讯 干部赵启明驻青松镇新兴村任第一书记。\n")


def test_a_city_s_short_form_right_after_its_province_s_is_the_city():
    text = ("江西宜春5年来累计下派驻村干部2000余人\n"
            "本报讯 宜春市袁州区石桥镇杏花村第一书记赵启明带领群众种植茶叶300亩。\n")
    assert _places(text)[:2] == ["江西省", "宜春市"]
    assert (2000.0, "宜春市") in _regions(text)


@pytest.mark.parametrize("kind", ["项目村", "受援村", "结对村"])
def test_a_village_of_a_kind_in_the_programme_is_no_village_s_name(kind):
    text = f"本报讯 宜丰县选派120名干部驻村帮扶，按照每个{kind}投入30万元的标准实施产业项目。\n"
    assert kind not in _places(text)
    assert (300_000.0, "宜丰县") in _regions(text)


@pytest.mark.parametrize("verb", ["申报", "申请", "争取"])
def test_a_verb_of_applying_before_a_village_is_no_part_of_its_name(verb):
    text = (f"本报讯 干部赵启明驻青松镇白石村任第一书记。他召开村民大会，统一村民意见，并成功{verb}白石村"
            "自来水管网改造项目。白石村变了。\n")
    assert f"成功{verb}白石村" not in _places(text)


@pytest.mark.parametrize(("text", "place"), [
    ("县农业局驻永和村第一书记", "永和村"),          # between 驻 and a post
    ("平安镇人和村", "人和村"),                      # right after its township
    ("清水县曲下镇", "曲下镇"),                      # a township right after its county
    ("省财政厅驻达那村工作队", "达那村"),
    ("，祥和村第一书记", "祥和村"),                  # alone before a stationed post
])
def test_a_two_character_stem_ending_in_a_function_character_is_a_place_in_a_places_frame(text, place):
    assert place in _places(text)


@pytest.mark.parametrize("text", ["他和村第一书记一起", "李四和村第一书记王五", "干部下村走访", "全县下乡干部", "张三和村民聊天"])
def test_a_function_character_before_the_suffix_outside_a_places_frame_makes_no_place(text):
    assert _places(text) == []


def test_a_verb_after_a_boundary_is_no_part_of_a_name_the_page_writes_alone_elsewhere():
    places = _places("工作队为打通乌兰哈达嘎查牛羊肉的销路四处联系。乌兰哈达嘎查的牧民说好。乌兰哈达嘎查有120户。")
    assert places == ["乌兰哈达嘎查"] * 3
    # a long name written once, after the boundary, stays whole
    assert _places("工作队为白石头沟门村修了路。") == ["白石头沟门村"]


def test_an_ordinal_of_generations_inside_the_words_is_no_village():
    assert _places("东岭第一代村室是三间土房。") == []


def test_a_slogan_pair_written_before_the_village_suffix_with_the_other_after_is_no_village():
    assert _places("工作队到岗后，马上投身强村富民一线。") == []
    assert _places("工作队到岗后，马上去了高强村。") == ["高强村"]


def test_a_short_form_opening_a_firms_name_is_no_place():
    text = "铜仁市某县的驻村工作队，协调铜仁药业和铜仁电力捐资修路。铜仁今年又派出一批干部。"
    assert _places(text).count("铜仁市") == 2  # the city in full, and its short form standing alone


def test_a_village_suffix_opening_a_noun_of_hamlets_is_no_villages_name():
    assert _places("驻村工作队与乡贤共同谋划村屯建设，修缮村寨道路。") == []


def test_a_category_villages_are_graded_in_is_no_village():
    assert _places("柏树村是一类村，三类村由乡里统筹。") == ["柏树村"]


def test_a_village_after_a_conjunction_after_another_village_is_read_without_it():
    text = "走遍了柳江村和金山坪村11个村民组。柳江村和金山坪村都是贫困村。柳江村和金山坪村民的来源。"
    assert set(_places(text)) == {"柳江村", "金山坪村"}


def test_a_verb_of_making_use_before_cun_de_is_no_village():
    assert _places("我们充分利用村的地理区位优势，大力发展乡村旅游。") == []


def test_all_the_villagers_name_no_village():
    assert _places("驻村工作队把工作对象转向石桥村全体村民，动员广大村民参与环境整治。") == ["石桥村"]


def test_a_province_opening_a_state_firms_short_name_is_the_sender_not_the_villages_place():
    text = ("宁都讯 在石城县洛口镇杨依村，200亩脐橙基地连片成形。江西移动派驻的工作队采取“合作社+农户”办法，"
            "建起冷库和烘干房，2023年村集体经济收入超过100万元。")
    assert (1000000, "杨依村") in _regions(text)


def test_the_whole_armys_aid_is_a_figure_of_the_country_not_of_the_dateline_city():
    text = ("石家庄讯 截至去年底，全军帮扶的3600个贫困村全部退出。"
            "部队派出的驻村工作队功不可没。")
    assert (3600, "全国") in _regions(text)
