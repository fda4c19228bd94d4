"""Residue a web page or a PDF leaves inside words, read as the page means it (issue 7, brief t):

- pinyin written with tone digits (`均(jun1)`) or with a blank left inside the parentheses (`貧(pín )`);
- markup: tags (`第一<span>书记</span>`, ruby `<rt>…</rt>` with its text, Word's `<o:p>`), character
  entities (`&ldquo;`, `&#19975;`, `&nbsp;` between a number and its unit), invisible format characters;
- Han look-alikes from a PDF's text layer: Kangxi radicals, compatibility ideographs, radical forms.

Each class is checked on the normalised text, on offsets back to the page as read, and end to end: the
residue-laden page yields what its clean form yields. Every sentence is made up for the test.
"""
from __future__ import annotations

import pytest

from flows.reports.extract import extract_text
from flows.reports.normalise import normalise
from flows.reports.script import is_pinyin

CLEAN = ("2022年4月，市农业局干部刘振华被选派到红岭镇上坪村担任驻村第一书记。\n"
         "一年来，他争取帮扶资金85万元，修建产业路2.4公里，安装路灯40盏。\n"
         "全县共选派驻村工作队36支、队员108名。\n")


def _found(text: str) -> tuple[list, list]:
    extraction = extract_text(text)
    facts = sorted((f.kind, f.metric, f.value, f.unit) for f in extraction.facts)
    people = sorted((p.name, p.role, p.village) for p in extraction.people)
    return facts, people


@pytest.fixture(scope="module")
def clean() -> tuple[list, list]:
    facts, people = _found(CLEAN)
    assert len(facts) >= 5 and [name for name, _, _ in people] == ["刘振华"]  # the clean page reads well
    return facts, people


# --- pinyin with tone digits, or with a blank inside the parentheses ----------------------------------------

@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("人均(jun1)收入", "人均收入"),
        ("帮扶(bang1 fu2)资金到位", "帮扶资金到位"),
        ("驻村工作队(dui4)队员", "驻村工作队队员"),
        ("脱贫(pín )攻坚", "脱贫攻坚"),
        ("人均(jun1 )收入", "人均收入"),
        ("驻村( cūn )干部", "驻村干部"),
        ("青山镇 (zhèn)石桥村", "青山镇石桥村"),         # a blank before the parentheses
        ("问题? (an)", "问题?(an)"),                   # after a lost character, still only a marked tone
        ("这个 (app)好用", "这个(app)好用"),           # not pinyin: kept (the blank goes as ever)
        ("打印纸(a4)一箱", "打印纸(a4)一箱"),        # one letter and a digit: a size, not a syllable
        ("系统升级到(v2)版", "系统升级到(v2)版"),
        ("型号(x5)的农机", "型号(x5)的农机"),
        ("收入12(yuan1)", "收入12(yuan1)"),           # not right after a Han character
    ],
)
def test_pinyin_with_tone_digits_or_a_blank_inside_is_residue(raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


def test_tone_digits_count_as_written_tones() -> None:
    assert is_pinyin("jun1") and is_pinyin("bang1fu2") and is_pinyin("bang1 fu2") and is_pinyin("lü4")
    assert not is_pinyin("a4") and not is_pinyin("mp3") and not is_pinyin("jun1x") and not is_pinyin("Jun1")
    assert is_pinyin("cun1", after_han=False)  # after a lost character: a tone digit is as good as a mark


def test_a_page_with_tone_digit_residue_reads_as_its_clean_form(clean) -> None:
    raw = (CLEAN.replace("干部", "干(gan4)部").replace("选派", "选(xuan3)派(pai4 )").replace("资金", "资(zi1)金(jin1)")
           .replace("修建", "修(xiu1)建(jian4)").replace("队员", "队(dui4)员(yuan2)"))
    assert _found(raw) == clean


# --- markup: tags, ruby, entities, invisible characters --------------------------------------------------

@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("担任驻村第一<span>书记</span>。", "担任驻村第一书记。"),
        ("<p>修建产业路2.4公<b>里</b></p>", "修建产业路2.4公里"),
        ("村<rt>cūn</rt>民<rt>mín</rt>大会", "村民大会"),               # a ruby annotation goes with its text
        ("驻村干部<o:p></o:p>三名", "驻村干部三名"),                     # Word's office markup
        ("驻村<span class=\"red\" style=\"x: 1\">干部</span>", "驻村干部"),  # the blanks inside a tag go with it
        ("争取资金85&nbsp;万元", "争取资金85万元"),
        ("争取资金85&nbsp万元", "争取资金85万元"),                       # the ";" left off
        ("担任&ldquo;第一书记&rdquo;", "担任“第一书记”"),
        ("资金85&#19975;元", "资金85万元"),
        ("资金85&#x4e07;元", "资金85万元"),
        ("争取资金85&amp;nbsp;万元", "争取资金85万元"),                  # escaped twice by the page
        ("担任&amp;ldquo;第一书记&amp;rdquo;", "担任“第一书记”"),
        ("县委&amp;县政府", "县委&县政府"),
        ("Li&nbsp;Ming", "Li Ming"),                                      # a blank between Latin words stays one
        ("收入<5000元的农户", "收入<5000元的农户"),                       # a less-than sign is no tag
        ("A&B合作社", "A&B合作社"),                                       # an ampersand is no entity
        ("&foo;村", "&foo;村"),                                           # nor a name html does not know
        ("选\u00ad派驻村干部1\u206008名", "选派驻村干部108名"),          # soft hyphen, word joiner
        ("公\u200d里\ufeff", "公里"),
        ("驻(✒)村干(🎺)部12(🔢)名", "驻村干部12名"),                    # emoji a spam mirror scatters
        ("驻村😘干部1😘2名，扶贫(pín )(🐌)工作", "驻村干部12名，扶贫工作"),
        ("县(社区)★优秀驻村干部", "县(社区)优秀驻村干部"),
    ],
)
def test_markup_residue_is_dropped_or_read(raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


def test_offsets_skip_markup_and_an_entity_maps_to_its_ampersand() -> None:
    raw = "担任&ldquo;第一<span>书记</span>&rdquo;，争取资金85&nbsp;万元。"
    norm = normalise(raw)
    assert norm.text == "担任“第一书记”，争取资金85万元。"
    start = norm.text.index("第一书记")
    # an end offset maps to where the next character kept starts: past the closing tag
    assert norm.original[norm.to_original(start):norm.to_original(start + 4)] == "第一<span>书记</span>"
    quote = norm.text.index("“")
    assert norm.original[norm.to_original(quote):].startswith("&ldquo;")
    start = norm.text.index("85万元")
    assert norm.original[norm.to_original(start):norm.to_original(start + 4)] == "85&nbsp;万元"


def test_an_entity_on_a_traditional_page_is_read_in_simplified_characters() -> None:
    norm = normalise("縣裡選派駐村幹部一百名，爭取幫扶資金85&#33836;元。")
    assert norm.simplified
    assert "争取帮扶资金85万元" in norm.text


def test_a_page_with_markup_residue_reads_as_its_clean_form(clean) -> None:
    raw = (CLEAN.replace("第一书记", "&ldquo;第一<span>书记</span>&rdquo;").replace("85万元", "85&nbsp;万元")
           .replace("2.4公里", "2.4公<b>里</b>").replace("108名", "1\u206008&nbsp;名").replace("选派", "选\u00ad派")
           .replace("。\n", "。<br/>\n"))
    facts, people = _found(raw)
    assert facts == clean[0]
    assert [name for name, _, _ in people] == ["刘振华"]


def test_a_traditional_page_with_ruby_annotations_reads_as_its_clean_form(clean) -> None:
    raw = ("2022年4月，市農業局幹部劉<rt>liú</rt>振<rt>zhèn</rt>華被選<rt>xuǎn</rt>派到紅嶺鎮上坪村擔任駐村第一書記。\n"
           "一年來，他爭取幫<rt>bāng</rt>扶資金85萬元，修建產業路2.4公里，安裝路燈40盞。\n"
           "全縣共選派駐村工<rt>gōng</rt>作隊36支、隊員108名。\n")
    assert _found(raw) == clean


# --- Han look-alikes from a PDF's text layer ---------------------------------------------------------------

@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("驻村⼯作队⻓⼀名", "驻村工作队长一名"),        # Kangxi radicals ⼯ ⼀, the radical form ⻓
        ("县⼈⺠政府", "县人民政府"),
        ("⼊驻⻢家村", "入驻马家村"),
        ("\uf9b5如", "例如"),                                # a CJK compatibility ideograph
        ("選派幹部12名﹐覆蓋6個村﹔", "选派干部12名,覆盖6个村;"),  # Big5's small comma and semicolon
        ("青山鎮﹙zhèn﹚石橋村駐村幹部", "青山镇石桥村驻村干部"),  # small parentheses around pinyin residue
    ],
)
def test_han_look_alikes_read_as_the_characters(raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


def test_a_page_printed_with_kangxi_radicals_reads_as_its_clean_form(clean) -> None:
    look_alike = str.maketrans("一人工长门马入", "⼀⼈⼯⻓⻔⻢⼊")
    raw = CLEAN.translate(look_alike)
    assert raw != CLEAN
    assert _found(raw) == clean


# --- Hong Kong variant forms --------------------------------------------------------------------------------

def test_hong_kong_variant_forms_read_as_simplified() -> None:
    norm = normalise("駐村工作隊協助村裏新建衞生室一間、衞生廁所三十座，衹用了兩個月。")
    assert norm.simplified
    assert norm.text == "驻村工作队协助村里新建卫生室一间、卫生厕所三十座，只用了两个月。"
