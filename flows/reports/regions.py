"""Place names in report text, at any depth: 山西省, 大同市, 云冈区, 西韩岭乡, 谢店村.

Provinces, cities and counties come from the national division seed (seeds/regions.csv: adcode,
name, level, parent_adcode, province_name, city_name, county_name), matched longest-first at every
administrative suffix (省 市 县 区 旗 州 盟). Townships and villages are not in the seed: they are
found by their suffix (乡 镇 村) and a left boundary (a function word, punctuation, a higher-level
place), with generic words (农村, 贫困村, 乡镇 ...) rejected. When the left boundary is unclear, the
shortest form that recurs as often in the document wins (据六家子村 → 六家子村).

Short forms: a province is often written without its suffix (云南, 新疆, 西藏), and a county or city
written in full once is then called by its stem (江华瑶族自治县 … 江华). Both are found when they stand
as a word (after punctuation, a function word or a verb, not before 日报/大学 …) and are given the
full seed name, so that they resolve to an adcode.
"""
from __future__ import annotations

import csv
from collections.abc import Iterator
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

REGIONS_SEED = Path(__file__).resolve().parents[2] / "seeds" / "regions.csv"

LEVEL_RANK = {"country": 0, "province": 1, "city": 2, "county": 3, "township": 4, "village": 5}
# County names that are also ordinary words in a newspaper (城区 = "the town centre").
AMBIGUOUS_ADMIN = {"城区", "郊区", "矿区", "新区", "新城区", "老城区", "古城区", "市中区", "古县", "中山区", "新县"}

_ADMIN_SUFFIX_RE = re.compile(r"[省市县区旗州盟]")
# 嘎查 (pastoral village) and 苏木 (pastoral township) in Inner Mongolia.
_ROAD_AFTER_RE = re.compile(r"(?:[（(][\u4e00-\u9fff]{1,2}[)）])?(?:道路|公路|路|组路|水泥路)")
# 硬化村组道路, 新修村道, 拓宽村内道路: village roads in general, the object of a verb of building (村 opens the road noun)
_VILLAGE_ROAD_AFTER_RE = re.compile(r"(?:组道路|组公路|组路|道|内道路|级道路|级公路)")
_BUILD_VERBS = ("硬化", "修建", "新建", "新修", "修通", "拓宽", "改造", "铺设", "修缮", "维修", "整修", "扩建", "打通")
# (every alternative opens with a literal, so re skips to their first characters at C speed: a class as the
# first alternative leaves the pattern to be tried at every character)
_LOCAL_SUFFIX_RE = re.compile(r"乡|镇|村|嘎查|苏木|街道(?!办)|社区")
# 街道 (a subdistrict) is a township-level division of a city district: 某街道某村; 社区 (a community, the
# urban or relocated village) is village-level, where teams are stationed as in villages
# a hamlet-named village a cadre or team is posted to (派驻某某庄开展…, 进驻某家屯): no 村 after its name
_POSTED_HAMLET_RE = re.compile(r"(?:派驻|进驻|派往|派到|入驻)(?P<name>[\u4e00-\u9fff]{2,3}[庄屯寨堡营坊铺])"
                               r"(?=开展|驻村|任|担任|帮扶|扶贫|工作|[，,。])")
# common words ending in 市 that a township's 镇 may follow (城市镇化 is no township 城市镇)
_WORDS_ENDING_SHI = frozenset(("城市", "都市", "超市", "股市", "夜市", "集市", "门市", "上市", "开市", "早市", "菜市"))
# verbs of carrying out a work before its name (进行新村建设, 推进新村建设)
_WORK_VERBS = ("进行", "开展", "推进", "加快", "推动", "搞好", "实施", "抓好")
LOCAL_LEVEL = {"村": "village", "嘎查": "village", "乡": "township", "镇": "township", "苏木": "township", "街道": "township", "社区": "village"}
# 第二师31团4连, 一师十团3连: a regiment's company of the production and construction corps (兵团), where a
# stationed team works as in a village (驻连工作队); the division before it (第三师) is no part of the name
_CORPS_COMPANY_RE = re.compile(r"(?<![\d一二三四五六七八九十百])(?P<name>[\d一二三四五六七八九十百]{1,4}团[\d一二三四五六七八九十]{1,3}连)"
                               r"(?![续片年日夜接])")
# A run of Han characters that ends where the search range ends (the leftmost match is the longest run).
_HAN_BEFORE_RE = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff]*\Z")  # X then X*, not X+: re skips to the first X (see _LOCAL_SUFFIX_RE)
BOUNDARY = set("的在到于和与及是为从向对把将被由据往至自给让使以并或也都就又还而且但如若叫任"
               "省市县区旗盟乡镇村、，,。；;：:“”‘’（）()《》「」—·-我你他她们这那每各全该本此其个名位户几多些"
               "了着过得说看要会能去咱俺讯赴兼")
# Boundary characters that also begin place names (向海, 和平, 将军, 其美: Tibetan and Mongolian names): kept when the longer
# name always recurs whole.
NAME_STARTING_BOUNDARY = set("向和将其")
# After 村 these make a word (村民, 村级, 村两委, 村集体 ...): such a mention counts only if the same
# name also appears where it cannot be read so (after a township, or followed by something else).
# 到某村后，…: 后 closing a time clause (then a comma, or 不久), not the back of the village (村后山)
_AFTER_ARRIVAL_RE = re.compile(r"[，,]|不久|没多久|第[一二三\d]")
NOUN_AFTER_VILLAGE = set("民级两集党干规务委容里医支内外情风貌落组企办社部史道口头庄屯寨后妇小卫广文活财官牌“\"")
# 某村村 before a word 村 cannot open (某村村在…): the doubled suffix is the name's own, not 村 of 村民
_DOUBLED_VILLAGE_END = "村村(?![" + re.escape("".join(sorted(NOUN_AFTER_VILLAGE))) + "])"
# Verbs and phrases that end just before a place name (来到X村, 依托X村, 驻守X村): cut there.
BOUNDARY_WORDS = re.compile(
    "(?:派驻|选派|下派|省派|市派|县派|区派|进驻|入驻|驻守|驻扎|赶赴|奔赴|利用|借助|依靠|共有|拥有|结合|围绕|针对|来到|前往|走进|深入|位于|地处|包括|包含|覆盖|完成|依托|确保|带动|执行|协助|配齐|培养|推动|做到|帮助|"
    "发展|建设|支持|组织|带领|引导|了解|走访|实现|推进|加强|年来|以来|目前|当地|所在|驻点|联系|帮扶|对口|结对|"
    "遍访|走遍|修通|打通|连通|助推|转战|实行|实施|提升|修缮|协调|惠及|扶持|改善|包联|包抓|申报|申请|争取|"
    "选派到|派驻到|任职|担任|挂任|兼任|出任|成为|打造|建成|获评|评为|授予|荣获|入选|强化|规范|其中|报讯|日讯|扎根|距离|距|"
    "硬化|修建|拓宽|整修|"  # 用于硬化某村某组道路: a verb of building, then the village whose roads it builds
    "既然|虽然|尽管|因为|如果|但是|而且|于是|"  # 既然某村的气候相似: a conjunction opening the clause, then the place
    "省份|城市|地点|驻地|"  # 重点省份某省, 扶贫地点某乡: the class of division or of site, then the one named
    "这一年|那一年|这年|当年|今年|去年|前年|同年|每年|当时|那时|此时|这时|届时|年底|年初|年末|月底|月初|"  # 这一年某村铺设了…: a time word, then the place
    "局(?=[\u4e00-\u9fff]{2})|委(?=[\u4e00-\u9fff]{2})|院(?=[\u4e00-\u9fff]{2}))")  # each opens with a literal (see _LOCAL_SUFFIX_RE)
# 某河滩下村, 某山下村, 某桥下村: a landform or a structure before 下 names a place below it (a village's name),
# where 下村 after a person or an adverb is the verb (干部下村, 经常下村)
_LANDFORM_BEFORE_XIA = frozenset("山岭峰坡崖岩石河溪江湖滩湾塘坝堤桥沟涧谷峪洼坪坳塬梁岗垭川洲潭泉井渠林园寨堡城楼庙")
GENERIC_PLACES = {
    "下乡", "返乡", "回乡", "家乡", "山乡", "城乡", "老乡", "同乡", "本乡", "全乡", "该乡", "各乡", "异乡", "故乡", "入乡", "乡乡",
    "进村", "来村", "驻村", "全村", "该村", "本村", "各村", "到村", "入村", "农村", "乡村", "山村", "邻村", "外村", "两村", "村村",
    "小山村",  # 山坳里的小山村: a small mountain village, the news' stock description, no name
    "每村", "全体村", "广大村", "包村", "联村", "强村", "富村", "兴村", "回村", "小村", "新村", "建村", "治村", "整村", "村村",
    "城镇", "乡镇", "集镇", "小镇", "全镇", "该镇", "各镇", "本镇", "市镇", "重镇", "坐镇", "村镇", "两镇",
}
GENERIC_ENDINGS = (
    "这个", "那个", "哪个", "每个", "各个", "整个",  # 这个村, 每个镇: the place pointed at, or every one; no name
    "人口大", "产业大",  # 是人口大村: a village described by its size, no name
    "贫困", "行政", "重点", "自然", "示范", "空壳", "脱贫", "帮扶", "派驻", "所驻", "驻点", "文明", "先进", "试点",
    "移民", "搬迁", "中心", "薄弱", "涣散", "后进", "难点", "穷", "卫生", "深度", "边远", "偏远", "建档立卡", "美丽", "宜居", "特色",
    "旅游", "小康", "集体", "民族", "少数民族", "原", "周边", "附近", "全省", "全市", "全县", "农业", "传统",
    "扶贫点", "帮扶点", "联系点", "整", "非", "单", "嘎查", "抵边", "边境", "沿边", "安置", "红色", "一般", "其他", "其它", "相对", "所在", "各", "种植", "养殖", "专业", "扶贫", "不少", "很多", "许多",
    "所有", "空心", "专业", "全部", "个", "环", "部分", "多数", "少数", "一些", "有些", "外地", "外省", "本地", "异地",
    "沿线", "沿途", "沿岸", "沿江", "沿河", "沿湖", "沿路", "沿街",  # 某路沿线村: villages along a route, no village's name
    "隔壁", "邻近", "相邻", "周围",  # 隔壁村, 相邻村: the village next door, no village's name
    "项目", "受援", "结对", "包联", "联系", "定点",  # 每个项目村, 受援村: villages of a kind in a programme, no name
    "困难", "落后", "软弱", "创优",  # 发展相对落后的困难村, 党建创优村: the kind of village a programme serves, no village's name
    "整洁", "精品", "样板", "标杆", "和美",  # 干净整洁村, 精品村, 样板村: the standard a village was brought to, no name
)
# Boundary characters that also end two-character place stems (某乡北镇村, 某镇三会村, 永和村, 达那村, 长都村,
# 格多村, 双全村, 某县曲下镇, 某镇五户村): such a stem is read only where its frame says it is a place (see _chained_stem).
_CHAINED_STEM_FINALS = frozenset("镇乡市区县会和那都多全下户")
# The suffix of the level right above, written just before a chained stem: a village after its township,
# a township after its county.
_LEVEL_ABOVE = {"村": "镇乡", "乡": "县区旗市", "镇": "县区旗市"}
# A stationed post written right after the place: 某某村第一书记, 某某村驻村工作队 (村党支部, 村委 begin common
# nouns of any village and are weighed in find())
_POST_AFTER = ("第一书记", "驻村", "工作队")
# A numeral and a classifier before 村 count villages (五条村, 两个村), and a numeral right before it is
# part of a slogan (一人包三村): neither is a name. Names with a numeral (五星村, 十八洞村) have no classifier.
_CATEGORY_RE = re.compile(r"[一二三四五六七八九十\dA-Da-d]类$")
_ORDINAL_INSIDE_RE = re.compile(r"第[一二三四五六七八九十\d]+[代批届轮任期]")
_COUNTED_RE = re.compile(r"[零〇一二两三四五六七八九十百千万\d]+[个条座名位支]")
_COUNTED_SLOGAN_RE = re.compile(r"[一二两三四五六七八九十][人户村][包帮联扶]")
# A short form followed by these names an organisation or a thing, not the place (云南日报, 山东大学).
_SHORT_AFTER_RE = re.compile(r"日报|晚报|都市报|报业|报社|卫视|电视|广播|网|路|街|大道|籍|话|菜|人民出版|"
                             r"[\u4e00-\u9fff]{0,8}?(?:大学|学院|集团|公司|银行)"
                             r"|药业|实业|控股|股份|电力|电网|烟草|能源|证券|交建|交投|农商|信用社"  # a firm named for its place
                             r"|农特产|土特产|特产|农产品|产品|美食|小吃|好物|名优|品牌|柑|橙|茶(?!陵)")  # goods named for where they come from
_SUFFIX_CHARS = set("省市县区旗州盟乡镇村")
# 富民强村, 产业兴村: a two-character word, then one of these verbs and 村, is a slogan (强村 = make villages
# strong), not a village's name (a four-character village name is written after its township, not alone).
_SLOGAN_VILLAGE_VERBS = set("强富兴")
_SLOGAN_PAIRS = ("富民", "惠民", "利民", "强民", "安民")  # the pair written before 强村/兴村/富村 (富民强村)
_SLOGAN_SECOND_PAIRS = _SLOGAN_PAIRS + ("富户", "兴业", "增收")  # the pair written after it (强村富民)
_NUMERALS = set("一二两三四五六七八九十百千万")
# 村(社区), 村（居）: the village level paired with the urban one, villages and communities in general
_LEVEL_PAIR_RE = re.compile(r"[（(](?:社区|居委会|居)[)）]")
_DASHES = "—－-"  # a dash opening a subtitle (——记…)
# After 乡 these begin a common word (乡村, 乡亲, 乡土 ...) rather than end a township's name.
_XIANG_WORD_NEXT = set("村镇亲土里音愁情贤下建")  # 乡建: rural construction (艺术乡建)
# Adverbs among the boundary characters: two characters between one of them and 村 are a verb and its object
# (还指导村, 也服务村), which the analyser may read as a noun (指导).
_ADVERBS = set("还也都就又")
# Chars before a money amount's spending purpose: 投资100万元完善村… is not the village 完善村.
_MEASURE_AFTER_DIGIT = set("年月日号元万亿千百个名户人支项座次期")


@dataclass(frozen=True)
class Division:
    adcode: str
    name: str
    level: str
    province: str | None
    city: str | None
    former: bool = False      # a district's former name (龙海市 for 龙海区), which no division has today


@dataclass(frozen=True)
class Place:
    start: int
    end: int
    name: str
    level: str                # province / city / county / township / village
    divisions: tuple[Division, ...] = ()   # seed rows of that name (several 朝阳区 exist)

    @property
    def rank(self) -> int:
        return LEVEL_RANK[self.level]


@lru_cache(maxsize=4)
def load_divisions(seed: Path = REGIONS_SEED) -> dict[str, tuple[Division, ...]]:
    """Name → seed rows (province, city, county levels)."""
    names: dict[str, list[Division]] = {}
    with Path(seed).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            level = row["level"]
            if level not in ("province", "city", "county"):
                continue
            names.setdefault(row["name"], []).append(Division(
                adcode=row["adcode"], name=row["name"], level=level,
                province=row["province_name"] or None, city=row["city_name"] or None))
    # Reports shorten autonomous counties, banners and prefectures: 澜沧拉祜族自治县 → 澜沧县 (else "沧县" inside it
    # is taken), 某土家族苗族自治州 → 某州.
    for name, rows in list(names.items()):
        short = _AUTONOMOUS_RE.match(name)
        if short and rows[0].level in ("county", "city"):
            alias = short.group(1) + short.group(2)
            if alias not in names:
                names[alias] = [Division(r.adcode, alias, r.level, r.province, r.city) for r in rows]
    # Banners are written by their first character and their wing or position (科尔沁右翼前旗 → 科右前旗,
    # 阿拉善左旗 → 阿左旗); other counties by the short form the vocabulary lists (达茂旗). Only a short form that
    # one division alone has, and that no division's full name is, is read.
    shorts: dict[str, list[tuple[Division, ...]]] = {}
    for name, rows in names.items():
        banner = _BANNER_RE.match(name)
        if banner and rows[0].level == "county":
            shorts.setdefault(banner.group(1) + banner.group(2).replace("翼", "") + "旗", []).append(rows)
    for short, full in _written_short_forms().items():
        if full in names:
            shorts.setdefault(short, []).append(names[full])
    for alias, found in shorts.items():
        if len(found) == 1 and alias not in names:
            names[alias] = [Division(r.adcode, alias, r.level, r.province, r.city) for r in found[0]]
    # A district that was a county or a county-level city before (龙海市 → 龙海区, 江宁县 → 江宁区), and a county-level
    # city that was a county (潜山县 → 潜山市): older pages
    # write the former name, which no current division has (else 宁县 inside 江宁县 is taken). Only a stem of two
    # characters or more that names no town quarter (新城, 城关) gets the former suffixes, and only where no
    # division has that name.
    for name, rows in list(names.items()):
        stem = name[:-1]
        if name.endswith("区") and len(stem) >= 2 and all(r.level == "county" for r in rows) \
                and not any(part in stem for part in _QUARTER_STEM_PARTS):
            for alias in (stem + "县", stem + "市"):
                if alias not in names:
                    names[alias] = [Division(r.adcode, alias, r.level, r.province, r.city, former=True) for r in rows]
        # a county-level city that was a county before (潜山县 → 潜山市, 撤县设市): older pages write the county
        if name.endswith("市") and len(stem) >= 2 and all(r.level == "county" for r in rows) and stem + "县" not in names:
            names[stem + "县"] = [Division(r.adcode, stem + "县", r.level, r.province, r.city, former=True) for r in rows]
    # A prefecture-level city that was a prefecture (地区) before (昌都地区 → 昌都市, 铜仁地区 → 铜仁市): pages
    # written before the change name the former prefecture, which no current division has.
    for name, rows in list(names.items()):
        alias = name[:-1] + "地区"
        if name.endswith("市") and len(name) >= 3 and all(r.level == "city" for r in rows) and alias not in names:
            names[alias] = [Division(r.adcode, alias, r.level, r.province, r.city, former=True) for r in rows]
    return {name: tuple(rows) for name, rows in names.items()}


# A banner whose name runs three characters or more before its wing (左翼, 右翼) or position (左, 右, 前, 中, 后)
_BANNER_RE = re.compile(r"^([\u4e00-\u9fff])[\u4e00-\u9fff]{2,}?((?:[左右]翼)?[左右前中后])旗$")


def _written_short_forms() -> dict[str, str]:
    """Short forms of counties and banners no rule derives (达茂旗 → 达尔罕茂明安联合旗): the vocabulary's
    division_short_form rows, short form → full name."""
    from flows.reports.catalog import load_vocabulary

    return {short: full for short, full in load_vocabulary().mapping("division_short_form").items() if full}


# 驻带村, 驻点村, 驻联村: the kind of stay before 村 (stationed and leading, at a post, in touch), no village's name
# (驻东村第一书记: 东村 is the village the cadre is stationed in)
_STAY_KIND = frozenset("带点联包帮扶")
# Parts of district names that name a part of a town, never a former county (新城区, 城关区, 开发区, 高新区).
_QUARTER_STEM_PARTS = ("城", "新", "开发", "经济", "工业", "矿", "郊", "港", "园")


_ETHNIC = ("满 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 拉祜 水 东乡 纳西 景颇 "
           "柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 鄂温克 德昂 保安 裕固 京 独龙 "
           "鄂伦春 赫哲 门巴 珞巴 基诺 各").split()
_AUTONOMOUS_RE = re.compile(r"^([\u4e00-\u9fff]{2,}?)(?:(?:" + "|".join(sorted(_ETHNIC, key=len, reverse=True))
                            + r")族)+自治(县|旗|州)$")


_PROVINCE_SUFFIX_RE = re.compile(r"(?:省|市|(?:壮族|回族|维吾尔)?自治区|特别行政区)$")
_STEMS: dict[int, dict[str, tuple[str, tuple[Division, ...]]]] = {}


def _province_stems(key: int, divisions: dict[str, tuple[Division, ...]]) -> dict[str, tuple[str, tuple[Division, ...]]]:
    if key not in _STEMS:
        stems = {}
        for name, rows in divisions.items():
            if any(r.level == "province" for r in rows):
                stem = _PROVINCE_SUFFIX_RE.sub("", name)
                if len(stem) >= 2 and stem != name and stem not in divisions:
                    stems[stem] = (name, tuple(r for r in rows if r.level == "province"))
        for short, full in _written_short_forms().items():  # 荆楚 → 湖北省: a province's literary name
            rows = divisions.get(full, ())
            if any(r.level == "province" for r in rows) and short not in stems:
                stems[short] = (full, tuple(r for r in rows if r.level == "province"))
        _STEMS[key] = stems
    return _STEMS[key]


_STEM_RES: dict[tuple[int, str], re.Pattern] = {}


def _stem_re(key: int, kind: str, stems: dict[str, tuple[str, tuple[Division, ...]]]) -> re.Pattern:
    """One pattern for a set of short forms (longest first), built once per divisions table and kind."""
    if (key, kind) not in _STEM_RES:
        _STEM_RES[key, kind] = re.compile("|".join(map(re.escape, sorted(stems, key=len, reverse=True))) or r"(?!x)x")
    return _STEM_RES[key, kind]


def _stems_of(name: str) -> list[str]:
    """江华瑶族自治县 → [江华]; 琼中黎族苗族自治县 → [琼中]; 某彝族自治州 → its stem; 察雅县 → [察雅]."""
    out = []
    short = _AUTONOMOUS_RE.match(name)
    if short:
        out.append(short.group(1))
    elif name[-1] in "县区旗市" and len(name) >= 3:
        out.append(name[:-1])
    elif name.endswith("地区") and len(name) >= 4:
        out.append(name[:-2])  # 阿里地区 → 阿里
    return out


# A line that opens with a place's short form as its dateline (临泉讯, 某某日报讯) or as a headline's lead
# (临泉：…): the county or city the page is from, though it never writes the full name.
_MASTHEAD_RE = re.compile(r"(?:^|\n)[ \t\u3000]*(?P<stem>[\u4e00-\u9fff]{2,4}?)(?:(?:日报|晚报)?讯|[：:])")
# the same after a line break only: it opens with a literal, which re skips to at C speed (^ is tried at every
# character); _mastheads reads the page's first line with _MASTHEAD_RE itself
_MASTHEAD_LINE_RE = re.compile(_MASTHEAD_RE.pattern.replace(r"(?:^|\n)", r"\n", 1))
# 欢迎光临某某新闻网, 来源：某某新闻网: a county's or city's own news site, named on the page by the short form
_SITE_NAME_RE = re.compile(r"(?P<stem>[\u4e00-\u9fff]{2,4}?)新闻网")


def _mastheads(text: str) -> Iterator[re.Match[str]]:
    """What _MASTHEAD_RE.finditer(text) finds: ^ holds only at the start of the text, so one match there, then
    the matches after line breaks from its end."""
    first = _MASTHEAD_RE.match(text)
    if first is not None:
        yield first
    yield from _MASTHEAD_LINE_RE.finditer(text, first.end() if first is not None else 0)
_UNIQUE_STEMS: dict[int, dict[str, tuple[str, tuple[Division, ...]]]] = {}


def _unique_stems(key: int, divisions: dict[str, tuple[Division, ...]]) -> dict[str, tuple[str, tuple[Division, ...]]]:
    """Short forms of counties and cities (临泉县 → 临泉) that one division alone has and no full name is."""
    if key not in _UNIQUE_STEMS:
        found: dict[str, list[tuple[str, tuple[Division, ...]]]] = {}
        for name, rows in divisions.items():
            if any(r.level in ("city", "county") for r in rows) and len(rows) == 1:
                for stem in _stems_of(name):
                    if len(stem) >= 2 and stem not in divisions:
                        found.setdefault(stem, []).append((name, rows))
        _UNIQUE_STEMS[key] = {stem: entries[0] for stem, entries in found.items()
                              if len({rows[0].adcode for _, rows in entries}) == 1}
    return _UNIQUE_STEMS[key]


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


_TAILS: dict[int, frozenset[str]] = {}


def _name_tails(key: int, divisions: dict[str, tuple[Division, ...]]) -> frozenset[str]:
    """Every ending of two characters or more of a division name (山阳县 → 阳县, 山阳县): read back from an
    administrative suffix, only as far as some name still ends so."""
    if key not in _TAILS:
        _TAILS[key] = frozenset(name[-k:] for name in divisions for k in range(2, len(name) + 1))
    return _TAILS[key]


@lru_cache(maxsize=1)
def village_work_cues() -> tuple[tuple[str, ...], tuple[str, ...], re.Pattern]:
    """The verbs of works that, right before 村, make it the opening of the village's own thing worked on (美化村容,
    改扩建村粮油加工厂); those that also end common village names (新建村) and do so only before a thing of the village;
    and those things as a pattern for the text after 村: seeds/report_vocabulary.csv, read once."""
    from flows.reports.catalog import load_vocabulary

    vocab = load_vocabulary()
    things = sorted(vocab.words("village_thing"), key=len, reverse=True)
    needing = set(vocab.with_value("village_work_verb", "thing"))
    verbs = sorted(vocab.words("village_work_verb"), key=len, reverse=True)
    return (tuple(v for v in verbs if v not in needing), tuple(v for v in verbs if v in needing),
            re.compile("|".join(map(re.escape, things)) or r"(?!x)x"))


@lru_cache(maxsize=1)
def place_cues() -> tuple[re.Pattern, tuple[str, ...]]:
    """The neighbour cues (紧邻, 东邻: the place after them is next door) as a pattern, and the verbs of street
    works (硬化, 清扫) that make the 街道 after them streets: seeds/report_vocabulary.csv, read once."""
    from flows.reports.catalog import load_vocabulary

    vocab = load_vocabulary()
    neighbours = sorted(vocab.words("neighbour_cue"), key=len, reverse=True)
    return (re.compile("|".join(map(re.escape, neighbours)) or r"(?!x)x"),
            tuple(sorted(vocab.words("street_work_verb"), key=len, reverse=True)))


_PAPER_AFTER_RE = re.compile(r"日报|晚报|报社|报业")


def paper_place(text: str, level: str = "province",
                divisions: dict[str, tuple[Division, ...]] | None = None) -> Place | None:
    """The province (or city) whose own newspaper prints the page (某省日报记者, 某市报业集团): what its
    全省/我市 speaks for when the page names no place below it to read them from. None when the page names
    the papers of two provinces (cities), or none."""
    if "报" not in text:
        return None
    divisions = divisions if divisions is not None else load_divisions()
    if level == "province":
        stems = _province_stems(id(divisions), divisions)
        pattern = _stem_re(id(divisions), "province", stems)
    else:
        stems = {stem: entry for stem, entry in _unique_stems(id(divisions), divisions).items()
                 if entry[1][0].level == level}
        pattern = _stem_re(id(divisions), level, stems)
    found: dict[str, Place] = {}
    for m in pattern.finditer(text):
        stem, end = m.group(0), m.end()
        full, rows = stems[stem]
        if text.startswith(full, m.start()):
            end = m.start() + len(full)
        if _PAPER_AFTER_RE.match(text, end):
            found.setdefault(full, Place(m.start(), end, full, level, rows))
    return next(iter(found.values())) if len(found) == 1 else None



# 镇政府, 乡党委: a township's organs, which a verb before them may name in general (配合镇党委)
_TOWNSHIP_ORGANS = ("政府", "党委", "人民政府", "人大")
_GOING_BEFORE = "驻到去赴来进至往在回返"  # 驻解放镇政府: a verb of going before a township keeps its name


def _verb_before_suffix(segment: str) -> bool:
    """Does the analyser read the words before a village suffix as a verb, a preposition, a locative, an
    adverb, a pronoun or a time word (增强|嘎查, 除退出区外|嘎查, 每年|嘎查) rather than as a name?"""
    from flows.reports.names import tagger  # the analyser loads its dictionary on first use

    tags = tagger().tag(segment)
    return bool(tags) and tags[-1][1][:1] in ("v", "p", "f", "s", "d", "r", "t")


def _direction_village(segment: str, suffix: str) -> bool:
    """某某西|村: a stem ending in a direction the analyser reads as a locative, which with the suffix it reads as
    a place (西村/ns): the direction is the name's, not the locative of a verb phrase."""
    return segment[-1] in "东西南北前后上下中" and _tagged_place(segment[-1] + suffix)


def _tagged_place(word: str) -> bool:
    """Does the analyser know `word` as a place name (ns)?"""
    from flows.reports.names import tagger

    tags = tagger().tag(word)
    return len(tags) == 1 and tags[0][1] == "ns"


def _words(chars: str) -> int:
    """How many words the analyser reads in `chars`."""
    from flows.reports.names import tagger

    return len(tagger().tag(chars))


def _one_word(chars: str) -> bool:
    """Does the analyser read `chars` as one word (土壤, 村民)?"""
    from flows.reports.names import tagger

    return len(chars) >= 2 and len(tagger().tag(chars)) == 1


def ends_with_verb(words: str) -> bool:
    """Does the analyser read the last word of `words` as a verb (采购, 关注起)?"""
    from flows.reports.names import tagger

    tags = tagger().tag(words)
    return bool(tags) and tags[-1][1][:1] == "v"


@lru_cache(maxsize=4096)
def _leading_verb(segment: str) -> bool:
    """Does the analyser read the first two characters of `segment` (four or more characters before a place suffix)
    as a verb, the rest as a word of its own (开展|大坪, 走访|石门)? A place's name seldom opens with a verb of two
    characters followed by two more; a run read back from a suffix often does."""
    from flows.reports.names import tagger

    tags = tagger().tag(segment)
    return len(tags) >= 2 and len(tags[0][0]) == 2 and tags[0][1] in ("v", "vn")


def _slogan_pair(word: str) -> bool:
    """Does the analyser read the two characters before 强村/兴村 as one common noun or verb (富民, 产业, 党建),
    not a place or a name part (永, 新 in 上新兴村)?"""
    from flows.reports.names import tagger

    tags = tagger().tag(word)
    return len(tags) == 1 and tags[0][1][:1] in ("n", "v", "j") and tags[0][1] not in ("ns", "nr", "nz", "nt")


def _common_word(word: str) -> bool:
    """Does the analyser read a short form as an adjective, a verb, an adverb or a pronoun (平安, 安定)? Then a
    line opening with it is no dateline."""
    from flows.reports.names import tagger

    tags = tagger().tag(word)
    return len(tags) != 1 or tags[0][1][:1] in ("a", "v", "d", "r", "p", "m", "q", "c", "u")


@lru_cache(maxsize=4096)
def _place_word(word: str) -> bool:
    """Does the analyser's dictionary hold `word` whole as a place name (tag ns)?"""
    from flows.reports.names import tagger

    tags = tagger().tag(word)
    return len(tags) == 1 and tags[0][1] == "ns"


class PlaceFinder:
    """Finds places in one document (counts recurring names across the whole document)."""

    def __init__(self, text: str, divisions: dict[str, tuple[Division, ...]] | None = None):
        self.text = text
        self.divisions = divisions if divisions is not None else load_divisions()
        self.name_tails = _name_tails(id(self.divisions), self.divisions)
        self._counts: dict[str, int] = {}
        self._stem_map: dict[str, tuple[str, tuple[Division, ...]]] | None = None
        self._doc_admin: list[Place] | None = None
        self._hamlet_names: set[str] | None = None  # villages named without 村 that the page posts cadres to

    def _count(self, s: str) -> int:
        if s not in self._counts:
            self._counts[s] = self.text.count(s)
        return self._counts[s]

    def _admin(self, start: int, end: int) -> list[Place]:
        """Province, city and county names in text[start:end] (read once for the whole page)."""
        if self._doc_admin is None:
            self._doc_admin = self._scan_admin(0, len(self.text))
        return [p for p in self._doc_admin if start <= p.start and p.end <= end]

    def _scan_admin(self, start: int, end: int) -> list[Place]:
        text, found, last, tails = self.text, [], start, self.name_tails
        provinces = _province_stems(id(self.divisions), self.divisions)
        for match in _ADMIN_SUFFIX_RE.finditer(text, start, end):
            i = match.start()
            # the lengths of the division names that may end at i (and start at `last` or after), tried longest first
            longest = 1
            while longest < i - last + 1 and text[i - longest: i + 1] in tails:
                longest += 1
            for length in range(longest, 1, -1):
                name = text[i - length + 1: i + 1]
                rows = self.divisions.get(name)
                if name.endswith("市") and text.startswith("场", i + 1):
                    break  # 某某市场: a market, not the city
                if rows and rows[0].former and _common_word(name[:-1]) and not _place_word(name):
                    continue  # 振兴县域: a word the analyser reads as a verb or an adjective is no former county
                    # (unless it knows the whole former name as a place: 即墨市)
                if length == 2 and name[0] in "东西南北中" and i >= 2 and _is_cjk(text[i - 2]) \
                        and text[i - 2] not in BOUNDARY and i - 1 != last and not any(
                            text[i - 1 - k: i - 1] in provinces for k in (2, 3)):
                    continue  # 苏南县市, 某东区: a direction inside a longer name (a part of a province, a district the
                    # gazetteer does not hold), not the county or district named by the direction alone (南县, 东区);
                    # right after a place or a province's short name (湖南南县) it is that county
                if rows and name not in AMBIGUOUS_ADMIN and not (length == 2 and name[0] in BOUNDARY):
                    level = min((r.level for r in rows), key=lambda lv: LEVEL_RANK[lv])
                    found.append(Place(i - length + 1, i + 1, name, level, rows))
                    last = i + 1
                    break
        return found

    def _chained_stem(self, i: int, floor: int, ch: str) -> bool:
        """A two-character stem ending in a boundary character (永和村, 某县曲下镇) is a place in a place's frame:
        right after the place one level up, between 驻 and a post, or standing alone before a post of the village."""
        text = self.text
        if ch not in _LEVEL_ABOVE or i - 2 < floor or text[i - 1] not in _CHAINED_STEM_FINALS \
                or text[i - 2] in BOUNDARY or not ("\u4e00" <= text[i - 2] <= "\u9fff"):
            return False
        before = text[i - 3: i - 2]
        if i - 2 == floor and before and before in _LEVEL_ABOVE[ch]:
            return True
        if ch != "村" or not text.startswith(_POST_AFTER, i + 1):
            return False
        return before == "驻" or before in BOUNDARY or not ("\u4e00" <= before <= "\u9fff")

    def _township_then_word(self, place: Place, floor: int) -> bool:
        """某县龙沟乡土壤肥沃: a township's name, its 乡, then a word of two characters that begins where 乡土 (乡村,
        乡里) would go on: the township, then the word, when the name is written right after its county or stands
        alone elsewhere on the page (龙沟乡党委)."""
        text = self.text
        if not _one_word(text[place.end: place.end + 2]):
            return False
        if place.start == floor and floor >= 1 and text[floor - 1] in "县区旗市":
            return True
        return any(text[m.end(): m.end() + 1] not in _XIANG_WORD_NEXT
                   for m in re.finditer(re.escape(place.name), text))

    def _local(self, i: int, floor: int, ch: str | None = None) -> Place | None:
        text = self.text
        ch = ch or text[i]
        nxt = text[i + len(ch)] if i + len(ch) < len(text) else ""
        if ch == "嘎查" and nxt == "村":
            return None  # 嘎查村: "villages" in general
        if ch == "乡" and nxt == "风" and text[i + 2: i + 3] != "景":
            return None  # 弘扬乡风: 乡 heads a common word
        if ch == "镇" and nxt == "村":
            return None
        if ch == "村" and nxt == "镇":
            return None  # 某村镇: a township whose name ends in 村 (or the common word 村镇), no village
        if ch == "镇" and self._village_word_township(i, floor):
            return Place(i - 2, i + 1, text[i - 2: i + 1], "township")
        place = self._local_name(i, floor, ch)
        if place is not None and ch == "乡" and nxt == "村" and _verb_before_suffix(place.name[:-1]):
            return None  # 为某县培训乡村医生: a verb, then the common word 乡村 (even right after a county)
        if place is not None and ch == "乡" and nxt and nxt in _XIANG_WORD_NEXT \
                and not self._township_then_word(place, floor):
            return None  # 乡村, 乡亲, 乡土: 乡 heads a common word
        if place is not None and ch in ("镇", "乡") and text.startswith(_TOWNSHIP_ORGANS, i + 1) \
                and self._verb_before_organ(place, floor):
            return None  # 并配合镇党委, 将增加镇政府收入: the township's organs in general, after a verb
        return place

    def _verb_before_organ(self, place: Place, floor: int) -> bool:
        """Is a township of two characters, before its government or party committee, a verb that follows
        another verb, an adverb or a conjunction (三是配合乡政府, 并配合镇党委)? Then 镇/乡 and the organ are the
        township's organs in general. A township right after its county, or after a verb of going (驻解放镇, 到联合乡
        政府), keeps its name: many townships are named by a verb."""
        from flows.reports.names import tagger

        text = self.text
        if len(place.name) != 3 or (place.start == floor and floor >= 1 and text[floor - 1] in "县区旗市"):
            return False
        stem = tagger().tag(place.name[:-1])
        if len(stem) != 1 or stem[0][1] != "v":
            return False
        before = tagger().tag(text[max(floor, place.start - 2): place.start])
        return bool(before) and before[-1][1][:1] in ("v", "d", "c") and before[-1][0][-1] not in _GOING_BEFORE

    def _village_word_township(self, i: int, floor: int) -> bool:
        """某区柏村镇, 驻柏村镇: a township named by one character and 村 (王村镇, 高村镇), or by one and 市 (柏市镇,
        an old market town, where 某市 is no division), right after its county, a boundary or the cadres' 驻; 村 and
        市 are elsewhere boundaries no name runs across."""
        text = self.text
        if i - 2 < floor or text[i - 1] not in "村市" or not ("\u4e00" <= text[i - 2] <= "\u9fff") or text[i - 2] in BOUNDARY:
            return False
        if text[i - 1] == "市" and (text[i - 2: i] in load_divisions() or text[i - 2: i] in _WORDS_ENDING_SHI):
            return False  # 某市镇村: a city's own towns and villages, not a township named 某市镇 (柏市镇, 芮市镇)
        before = text[i - 3] if i - 3 >= floor else ""
        return not before or not ("\u4e00" <= before <= "\u9fff") or before in BOUNDARY or before in "区县市旗驻"

    def _name_ending_qi(self, i: int, floor: int, ch: str) -> bool:
        """依干其村, 阿克其乡: a transliterated name ending in 其 (elsewhere the pronoun, 其村 = its village), two name
        characters before it, written whole at least twice on the page."""
        return (self.text[i - 1: i] == "其" and i - 3 >= floor
                and all("\u4e00" <= c <= "\u9fff" and c not in BOUNDARY for c in self.text[i - 3: i - 1])
                and self._count(self.text[i - 3: i] + ch) >= 2)

    def _local_name(self, i: int, floor: int, ch: str) -> Place | None:
        """The place whose suffix `ch` stands at i, read back from it (None when no name stands before it)."""
        text = self.text
        if ch == "乡" and text[i - 1: i] == "之":
            return None  # 脐橙之乡, 茶叶之乡: a place's epithet (the home of something), no township
        if ch == "村" and text[i - 1: i] == "新" and text.startswith("建设", i + 1) and text[i - 3: i - 1] in _WORK_VERBS:
            return None  # 推进新村建设: building new villages, a work after its verb, no village named 某某新村
        if ch == "村" and text[i - 1: i] in ("队", "组") and text[i + 1: i + 2] == "民":
            return None  # 某乡二队村民, 三组村民: the villagers of a production team or group, no village named 二队村
        if ch == "村" and text[i - 2: i - 1] == "驻" and text[i - 1] in _STAY_KIND:
            return None  # 为驻带村跑项目, 驻点村: the village a team is stationed in, named by the stay, no village 驻带村
        if ch == "村" and text[i - 2: i] == "一轮":
            return None  # 上一轮村第一书记期满, 这一轮村“两委”: a round of the work, no village named 上一轮村
        if ch == "村" and text[i - 2: i] == "第一" and text.startswith("书记", i + 1):
            return None  # 第一村书记: the first secretary written with 村 inside the post, no village named 第一村
        if ch == "村":
            verbs, verbs_of_names, things = village_work_cues()
            if text.endswith(verbs, max(floor, i - 3), i) \
                    or (text.endswith(verbs_of_names, max(floor, i - 3), i) and things.match(text, i + 1)):
                return None  # 美化村容, 改扩建村部: the village's things a verb works on, no village named 美化村
        if self._chained_stem(i, floor, ch):
            return Place(i - 2, i + len(ch), text[i - 2: i + len(ch)], LOCAL_LEVEL[ch])
        ends_qi = text[i - 1: i] == "其" and self._name_ending_qi(i, floor, ch)
        if i - 2 < floor or (text[i - 1] in BOUNDARY and not ends_qi) or not ("\u4e00" <= text[i - 1] <= "\u9fff") \
                or not ("\u4e00" <= text[i - 2] <= "\u9fff"):
            return None  # 驻村, 、村: no name of two characters or more before the suffix
        run = _HAN_BEFORE_RE.search(text, max(floor, i - 7), i)  # the Han characters before i, seven at most
        j = run.start() if run else i
        segment = text[j:i]
        if len(segment) < 2 or (segment[-1] in BOUNDARY and not ends_qi):
            return None
        cut = False
        words = list(BOUNDARY_WORDS.finditer(segment))
        if words:
            segment, cut = segment[words[-1].end():], True
        neighbour_re, street_verbs = place_cues()
        cues = list(neighbour_re.finditer(segment))
        if cues and len(segment) - cues[-1].end() >= 1:
            segment, cut = segment[cues[-1].end():], True  # 紧邻某镇: the cue is no part of the name
        if len(segment) >= 4 and _leading_verb(segment):
            segment, cut = segment[2:], True  # 开展某某村…, 修通某某村的路: a verb of two characters opening the run
        if ch == "街道" and segment.endswith(street_verbs):
            return None  # 硬化街道, 清扫街道: the streets worked on, not a subdistrict
        if ch == "村" and len(segment) >= 2 and segment[-2] in BOUNDARY and text[i + 1: i + 2] == "村" \
                and self._doubled_village(segment[-1]):
            return Place(i - 1, i + 2, segment[-1] + "村村", "village")  # 上寨是某村村最远的自然村: one stem, 村 twice
        for k in range(len(segment) - 2, -1, -1):  # cut after the last boundary char that leaves a name
            if segment[k] in BOUNDARY and len(segment) - k - 1 >= 2:
                if (segment[k] in NAME_STARTING_BOUNDARY and (k == 0 or segment[k - 1] in BOUNDARY)
                        and self._count(segment[k:] + ch) >= 2
                        and self._count(segment[k:] + ch) == self._count(segment[k + 1:] + ch)):
                    segment, cut = segment[k:], True  # 作为向海蒙古族乡: 向 begins the name wherever it is written
                else:
                    segment, cut = segment[k + 1:], True
                break
        if len(segment) > 2 and segment[-2] in "了的着过和与及":
            return None  # 干部甲和唐村, 制定了帮村计划: one character after a particle or a conjunction is no name
        if len(segment) >= 3 and segment[0] == "驻":
            segment, cut = segment[1:], True  # 驻灯塔村第一书记: the cadre is stationed in 灯塔村
        k = segment.rfind("驻", 0, len(segment) - 2)
        if k > 0:
            segment, cut = segment[k + 1:], True  # 某大学驻某村工作队: the unit, then the village
        if j > 0 and j == i - len(segment) and (text[j - 1].isdigit() or text[j - 1] == "."):
            lead = 0
            while lead < len(segment) and segment[lead] in _MEASURE_AFTER_DIGIT:
                lead += 1
            if "元" in segment[:lead] or lead == 0:
                return None  # 投资100万元完善村级设施: what the money is for, not a place
            segment, cut = segment[lead:], True
        if len(segment) < 2:
            return None  # 做到定村, 和镇: a verb or a conjunction before a bare suffix
        if ch == "村" and text[i - len(segment) - 2: i - len(segment)] in ("的“", "的\"") and text[i + 1: i + 2] in ("”", "\""):
            return None  # 是某地通往某地的“口子村”: an epithet in quotation marks after 的, what the village is called
        # unclear left edge: the longest form that recurs as often as a short one (also after a cut that left a long
        # form written once: 为打开某某淖尔嘎查的销路, the verb after the boundary is no part of the name)
        if len(segment) > 4 and (not cut or self._count(segment + ch) == 1):
            base = self._count(segment[-3:] + ch)
            for length in range(len(segment), 3, -1):
                if self._count(segment[-length:] + ch) >= base:
                    segment = segment[-length:]
                    break
            else:
                segment = segment[-3:]
        if len(segment) >= 3 and segment[0] in "和与及或" and text[i - len(segment) - 1: i - len(segment)] in _SUFFIX_CHARS:
            segment = segment[1:]  # 甲村和乙村 (written so every time): the conjunction after a place opens no name
        if len(segment) > 3 and self._count(segment + ch) == 1 and self._count(segment[-2:] + ch) >= 2 \
                and ends_with_verb(segment[:-2]):
            segment = segment[-2:]  # 采购某镇小香薯, written once, the town named alone elsewhere: the verb is no part
        if len(segment) == 3 and segment[0] == "记" and (i == 3 or text[i - 4] in _DASHES or text[i - 4] == "\n") \
                and self._count(segment + ch) == 1 and self._count(segment[1:] + ch) >= 2:
            # ——记某镇某村…, or 记某村… opening its line: a profile's subtitle, 记 (an account of) before the place
            segment = segment[1:]
        name = segment + ch
        if name in GENERIC_PLACES or segment.endswith(GENERIC_ENDINGS) or (ch == "乡" and segment[-1] == "老"):
            return None  # 贫困村, 环村路, 维族老乡
        if ch in ("村", "乡", "镇") and text[i - len(segment) - 2: i - len(segment)] in ("都是", "均是", "都为", "均为", "皆为"):
            return None  # 两个村都是种茶村: what several places all are, a class, no one place's name
        if ch == "村" and len(segment) > 2 and segment.endswith("小山"):
            return None  # 偏僻小山村, 贫穷的小山村: the stock small mountain village after its description
        if ch == "村" and segment[-1] in _SLOGAN_VILLAGE_VERBS and segment[-3:-1] in _SLOGAN_PAIRS:
            return None  # 富民强村的带头人, 惠民兴村项目: a slogan of two verb-object pairs, no village's name
        if ch == "村" and segment[-1] in _SLOGAN_VILLAGE_VERBS and text.startswith(_SLOGAN_SECOND_PAIRS, i + 1):
            return None  # 投身强村富民一线: the slogan's pair written first, the other pair after 村
        if len(segment) >= 2 and segment[-2] == ch[0]:
            return None  # 村容村貌, 村前村后, 乡里乡亲: the suffix written twice in a four-character phrase, no name
        if segment[-1] + ch in GENERIC_PLACES and (segment[:-1].endswith(GENERIC_ENDINGS) or (
                segment[:-1] in ("大", "小") and segment[-1] in "城乡集村")):
            return None  # 附近城镇, 周边乡镇, 偏远山村, 大城镇: a generic modifier before a generic place noun
        if len(segment) >= 3 and segment[0] in _NUMERALS and segment[-1] in _NUMERALS \
                and any(c not in _NUMERALS for c in segment[1:-1]):
            return None  # 十里八乡, 三山五村: numbers around a word, a set phrase (八一村, 五一村 are names)
        if ch == "村" and segment[-1] in "通组" and _ROAD_AFTER_RE.match(text, i + 1):
            return None  # 新修通村(组)道路, 组村公路: a road that links villages, not a village
        if ch == "村" and segment.endswith(_BUILD_VERBS) and _VILLAGE_ROAD_AFTER_RE.match(text, i + 1):
            return None  # 为某村硬化村组道路: the verb of building before the village roads in general, no village
        if ch == "村" and _CATEGORY_RE.search(segment):
            return None  # 是一类村, 三类村: a category villages are graded in, no village's name
        if _ORDINAL_INSIDE_RE.search(segment):
            return None  # 某某第一代村室: an ordinal of generations or batches inside the words, no village's name
        if _COUNTED_RE.search(segment) or _COUNTED_SLOGAN_RE.search(segment):
            return None  # 五条村, 两个村: a count of villages; 一人包三村: a slogan
        if len(segment) >= 2 and segment[-1] in "一二两三四五六七八九十" and segment[-2] in _SUFFIX_CHARS:
            return None  # 某村一村一策: a numeral right after a place suffix begins a slogan, not a name
        if segment[-1] + ch in GENERIC_PLACES and segment[:-1].endswith(GENERIC_ENDINGS):
            return None  # 附近城镇, 周边乡镇: towns in general around a place, no name
        if ch == "村" and len(segment) == 3 and segment[-1] in _SLOGAN_VILLAGE_VERBS \
                and text[i - 4: i - 3] not in _SUFFIX_CHARS and _slogan_pair(segment[:2]):
            return None  # 富民强村, 产业兴村, 党建强村: a slogan of two verb-object pairs, no village's name
        if segment[-1] + ch in GENERIC_PLACES and (len(segment) == 1 or segment[-2] in BOUNDARY or segment[-2] in "回年根心离"):
            return None  # 回到家乡, 李某和同乡, 三年山村, 离集镇几公里: a common noun after a boundary, not a name
        if len(segment) == 2 and segment[-1] + ch in GENERIC_PLACES and text[i - 3: i - 2] in ("的", "个") \
                and self._count(name) == 1:
            return None  # 是典型的高山村, 一个小山村: one character before a common noun, after 的 or 个, is a kind
        if ch == "村" and text[i - len(segment) - 1: i - len(segment)] in "“\"" and text[i + 1: i + 2] in "”\"" \
                and j == i - len(segment) and self._count(name) == 1 and any(c in _NUMERALS for c in segment):
            return None  # 从“三无村”到示范村: a label in quotation marks, counted, no village's name
        if ch in ("村", "镇", "乡") and "级" in segment[-4:-1]:
            return None  # 市级卫生村, 省级文明村: a title a village won, not its name
        if segment[-1] in "全该本各每驻住进入到回下返农两包联走串因帮扶" and not (
                ch == "乡" and segment[-1] == "下" and len(segment) == 2 and text[i - 3: i - 2] in ("在", "于", "赴")
                and text[i + 1: i + 2] in ("，", ",", "、", "党", "政")) \
                and not (len(segment) == 2 and _tagged_place(segment)) \
                and not (segment[-1] == "下" and len(segment) >= 3 and segment[-2] in _LANDFORM_BEFORE_XIA):
            return None  # 干部下乡 is a verb; 在路下乡， is the township 路下乡; a name of two characters the analyser tags ns is a village
        if ch == "村" and _LEVEL_PAIR_RE.match(text, i + 1) and self._count(name) == 1 \
                and not (i - len(segment) == floor > 0 and text[floor - 1] in _SUFFIX_CHARS) and _words(segment) >= 2:
            return None  # 工作队指导村(社区)开展…: 村(社区) is villages and communities in general, the words before a clause
        if ch in ("村", "嘎查", "街道", "社区") and len(segment) == 2 and self._count(name) == 1 \
                and text[i - 3: i - 2] in _ADVERBS and not _tagged_place(segment):
            return None  # 干部还指导村(社区)…: the word after an adverb is the predicate, whatever the analyser reads
        chained = i - len(segment) == floor > 0 and text[floor - 1] in "镇乡"
        if ch in ("村", "嘎查", "街道", "社区") and self._count(name) == 1 and not self._after_zai(i, segment, ch) \
                and not chained and _verb_before_suffix(segment) and not _direction_village(segment, ch):
            # 增强嘎查, 让嘎查农牧民, 工作队服务|村民, 当年|嘎查的牧民: the suffix as a common noun (or the head of
            # 村民) after a verb, a pronoun or a time word, written once, names no village (asked last: the
            # analyser is the dearest check); right after its township (某镇后何村) the chain vouches for the name
            return None
        return Place(i - len(segment), i + len(ch), name, LOCAL_LEVEL[ch])

    def find(self, start: int = 0, end: int | None = None) -> list[Place]:
        """Places in text[start:end], in order of appearance, not overlapping."""
        end = len(self.text) if end is None else end
        admin = self._admin(start, end)
        ends = {p.end for p in admin}
        local: list[tuple[Place, bool]] = []
        floor = start
        admin_iter = iter(admin)
        next_admin = next(admin_iter, None)
        for match in _LOCAL_SUFFIX_RE.finditer(self.text, start, end):
            i = match.start()
            while next_admin is not None and next_admin.start <= i:
                floor = max(floor, next_admin.end)
                next_admin = next(admin_iter, None)
            if i < floor:
                continue
            place = self._local(i, floor, match.group(0))
            if place:
                nxt = self.text[place.end: place.end + 1]
                # 村民, 村级 after a village; 镇区 (a town's built-up area) after a township: read only if the
                # name stands alone elsewhere on the page
                doubtful = ((place.level == "village" and nxt in NOUN_AFTER_VILLAGE
                             and not (nxt == "后" and _AFTER_ARRIVAL_RE.match(self.text, place.end + 1))
                             and not self.text.startswith("小分队", place.end))  # 驻某村小分队: the team, no 村小(学)
                            or (place.level == "township" and nxt == "区")) and place.start not in ends \
                    and not self._after_community(place, ends)
                local.append((place, doubtful))
                ends.add(place.end)
                floor = place.end
        confirmed = {p.name for p, doubtful in local if not doubtful}
        places = admin + [p for p, doubtful in local if not doubtful or p.name in confirmed]
        places.sort(key=lambda p: p.start)
        short = self._short_forms(start, end, places)
        if short:
            places = sorted(places + short, key=lambda p: p.start)
        companies = [Place(m.start("name"), m.end("name"), m.group("name"), "village")
                     for m in _CORPS_COMPANY_RE.finditer(self.text, start, end)
                     if not any(p.start < m.end("name") and m.start("name") < p.end for p in places)] \
            if self.text.find("团", start, end) >= 0 else []
        if companies:  # 第三师某团某连: a company of the production and construction corps, a village's peer
            places = sorted(places + companies, key=lambda p: p.start)
        hamlets = self._posted_hamlets(start, end, places)
        if hamlets:
            places = sorted(places + hamlets, key=lambda p: p.start)
        return places

    def _posted_hamlets(self, start: int, end: int, places: list[Place]) -> list[Place]:
        """被派驻某某庄开展帮扶: a village written without 村, its name ending in a hamlet's word (庄, 屯, 寨, 堡, 营, 坊, 铺),
        where the page posts a cadre or a team to it: a village, here and wherever else the page writes it."""
        if self._hamlet_names is None:
            self._hamlet_names = {m.group("name") for m in _POSTED_HAMLET_RE.finditer(self.text)}
        found: list[Place] = []
        for name in self._hamlet_names:
            for m in re.finditer(re.escape(name), self.text[start:end]):
                a, b = start + m.start(), start + m.end()
                if self.text[b: b + 1] != "村" and not any(p.start < b and a < p.end for p in places):
                    found.append(Place(a, b, name, "village"))
        return found

    def _doubled_village(self, stem: str) -> bool:
        """Is the village's name one character and 村 twice (某村村, a natural village's name made the village's)? So
        when the page writes it so before a word that 村 cannot open (某村村在…), not only before 村民 or 村委."""
        return re.search(re.escape(stem) + _DOUBLED_VILLAGE_END, self.text) is not None

    def _after_zai(self, i: int, segment: str, ch: str) -> bool:
        """某局在胜利村引进…: 在, a name of two characters, the village suffix, then no noun that 村 would head
        (村民, 村里): a place after a preposition of place, whatever the analyser reads the name as."""
        start = i - len(segment)
        nxt = self.text[i + len(ch): i + len(ch) + 1]
        return (len(segment) == 2 and self.text[start - 1: start] == "在" and bool(nxt)
                and _is_cjk(nxt) and nxt not in NOUN_AFTER_VILLAGE)

    def _after_community(self, place: Place, ends: set[int]) -> bool:
        """某镇甲乙社区甲乙村内: a village written after its community (two to four characters and 社区), the
        community right after a place, is chained like a village written right after its township."""
        k = place.start - 2
        return self.text[k: place.start] == "社区" and any(k - n in ends for n in range(2, 5))

    def _stems(self) -> dict[str, tuple[str, tuple[Division, ...]]]:
        """Short forms of the counties and cities the page writes in full → (full name, seed rows); and the
        short form a dateline or a headline writes (某某讯, 某某日报讯, 某某：…) when one division has it."""
        if self._stem_map is None:
            stems: dict[str, tuple[str, tuple[Division, ...]]] = {}
            for place in self._admin(0, len(self.text)):
                if place.level in ("city", "county") and len(place.name) >= 3:
                    for stem in _stems_of(place.name):
                        if len(stem) >= 2 and stem not in self.divisions:
                            stems.setdefault(stem, (place.name, place.divisions))
            for city in self._parent_cities():
                for stem in _stems_of(city):
                    if len(stem) >= 2 and stem not in self.divisions and not _common_word(stem):
                        stems.setdefault(stem, (city, self.divisions[city]))
            if "讯" in self.text or "：" in self.text or ":" in self.text or "新闻网" in self.text:
                unique = _unique_stems(id(self.divisions), self.divisions)
                # (_SITE_NAME_RE opens with a class of Han characters, tried at every one: only where its 新闻网 is)
                sites = _SITE_NAME_RE.finditer(self.text) if "新闻网" in self.text else ()
                for match in [*_mastheads(self.text), *sites]:
                    stem = match.group("stem")
                    if stem in unique and stem not in stems and not _common_word(stem):
                        stems[stem] = unique[stem]
            self._stem_map = stems
        return self._stem_map

    def _parent_cities(self) -> list[str]:
        """The cities that hold the counties the page names in full, one division each (某县, 某县 → 某市): the
        page calls such a city by its short form (信阳坚持…) without ever writing it in full."""
        cities = []
        for place in self._admin(0, len(self.text)):
            if place.level == "county" and len(place.divisions) == 1:
                city = place.divisions[0].city
                if city and len(self.divisions.get(city, ())) == 1 and city not in cities:
                    cities.append(city)
        return cities

    def _short_forms(self, start: int, end: int, places: list[Place]) -> list[Place]:
        text, found = self.text, []
        provinces = _province_stems(id(self.divisions), self.divisions)
        matches = [(m.start(), m.end(), provinces[m.group(0)]) for m in _stem_re(id(self.divisions), "province", provinces)
                   .finditer(text, start, end)]
        for stem, entry in self._stems().items():
            i = text.find(stem, start, end)
            while i >= 0:
                matches.append((i, i + len(stem), entry))
                i = text.find(stem, i + len(stem), end)
        if not matches:
            return found
        taken = [(p.start, p.end) for p in places]
        above = {p.end for p in places if p.level in ("province", "city")}  # 黑龙江大庆: a city right after its province
        for a, b, (full, rows) in sorted(matches):
            if any(s < b and a < e for s, e in taken):
                continue
            nxt = text[b: b + 1]
            if nxt in _SUFFIX_CHARS or _SHORT_AFTER_RE.match(text, b):
                continue  # 河南村 is a village, 云南日报 a newspaper
            prev = text[a - 1: a]
            if prev and _is_cjk(prev) and prev not in BOUNDARY and not BOUNDARY_WORDS.search(text, max(0, a - 3), a) \
                    and a not in above and not text.startswith("驻", a):
                continue  # 洞庭湖南岸: 湖南 inside a word (中直驻某单位 opens with its verb, a word of its own)
            level = min((r.level for r in rows), key=lambda lv: LEVEL_RANK[lv])
            found.append(Place(a, b, full, level, rows))
            taken.append((a, b))
            if level in ("province", "city"):
                above.add(b)
        return found


_LIST_STOPS = set("，,。；;：:！？!?（）()“”\n")
_PLACE_END_RE = re.compile(r"(?:村|社区|嘎查|镇|乡|苏木|居)$")


def list_start(text: str, place: Place, floor: int = 0) -> int | None:
    """Where a list of places that `place` closes begins: 甲、乙、丙村 (the suffix written once, on the
    last), 甲村、乙社区和丙村. None when the place stands alone. Items are split by 、, and by 和/与/及
    after a place suffix; the first item may carry what leads into the list (选派到某镇甲村、乙村)."""
    start, items = place.start, 0
    while start > floor and text[start - 1] in "、和与及":
        sep, k = text[start - 1], start - 1
        j = k
        while j > floor and k - j < 20 and text[j - 1] not in _LIST_STOPS and text[j - 1] != "、" and not (
                text[j - 1] in "和与及" and _PLACE_END_RE.search(text, max(floor, j - 4), j - 1)):
            j -= 1
        item = text[j:k]
        if len(item) < 2 or (sep != "、" and not _PLACE_END_RE.search(item)):
            break
        items += 1
        start = j
        if len(item) > 6 and not _PLACE_END_RE.search(item) and text[j - 1: j] != "、":
            break  # the lead-in: 为某镇甲、乙村
    return start if items else None


def chains(places: list[Place]) -> list[list[Place]]:
    """Runs of adjacent places (锦州市义县大定堡满族乡南石桥子村 → one chain of four), each from large to small."""
    runs: list[list[Place]] = []
    for place in places:
        if runs and runs[-1][-1].end == place.start and runs[-1][-1].rank < place.rank:
            runs[-1].append(place)
        else:
            runs.append([place])
    return runs


def resolve_adcode(name: str, context: list[str] | None = None) -> Division | None:
    """The seed row for a province/city/county name; ambiguous names resolved by other places in `context`."""
    rows = load_divisions().get(name)
    if not rows:
        return None
    if len(rows) == 1:
        return rows[0]
    context = context or []
    matches = [r for r in rows if r.city in context or r.province in context]
    return matches[0] if len(matches) == 1 else None
