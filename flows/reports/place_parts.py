"""One place as written → its structured parts, resolved once against the division gazetteer.

    resolve_place("文水县开栅镇东街村", context) -> PlaceParts(province="山西省", city="吕梁市", county="文水县",
                                                    township="开栅镇", village="东街村", adcode="141121", level="village")

The gazetteer is seeds/regions.csv (provinces, cities, counties with adcodes; read through
flows.reports.regions.load_divisions, so the short forms the extractor knows resolve too). Townships and
villages are in no gazetteer: they keep their name as written, under the adcode of the deepest division
known above them. A name several divisions share (朝阳区) is chosen by the other places the text names,
then by the page (the provinces and cities it names, its own main place); when still ambiguous only what
the candidates have in common is kept. A bare township or village takes its ancestors from the page: the
chain the page writes it in (某县某镇某村), else the page's main place.

The extractor resolves every fact's and person's place here, the loader writes the parts to raw, and dbt
joins dim_region by them; a steward's corrected place is resolved here too, when the decision is recorded.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from flows.reports.regions import REGIONS_SEED, Division, Place, chains, load_divisions

LEVELS = ("province", "city", "county", "township", "village")
PART_COLUMNS = ("place_province", "place_city", "place_county", "place_township", "place_village",
                "place_adcode", "place_level")
# Words that name the whole country: a level, no division.
_COUNTRY = {"全国", "中国", "我国", "全国各地"}
_LOCAL_RE = re.compile(r"^(?P<township>.+?(?:乡|镇|苏木|街道))?(?P<village>.{2,}?(?:村|嘎查|社区|居委会))?$")
_SUFFIXES = set("省市县区旗州盟乡镇村")
_PROVINCE_SUFFIX_RE = re.compile(r"(?:省|市|(?:壮族|回族|维吾尔)?自治区|特别行政区)$")


@dataclass(frozen=True)
class PlaceParts:
    """A place as the gazetteer spells it: names per level (None where unknown or not applicable), the adcode
    of the deepest division the gazetteer knows, and the level of the deepest part (`unknown` when none)."""
    province: str | None = None
    city: str | None = None
    county: str | None = None
    township: str | None = None
    village: str | None = None
    adcode: str | None = None
    level: str = "unknown"

    def columns(self) -> dict[str, str | None]:
        """The raw tables' place_* columns."""
        return dict(zip(PART_COLUMNS, (self.province, self.city, self.county, self.township, self.village,
                                       self.adcode, self.level)))


UNKNOWN = PlaceParts()


@dataclass(frozen=True)
class PlaceContext:
    """What the page says around a place: the provinces and cities it names (to choose between namesakes),
    its main place, and the chains it writes townships and villages in (name → each chain as written,
    resolved only when a bare township or village asks: most pages never need them)."""
    names: frozenset[str] = frozenset()
    home: PlaceParts | None = None
    written_in: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _resolved: dict[str, PlaceParts] = field(default_factory=dict, compare=False, repr=False)

    def written_under(self, name: str) -> tuple[PlaceParts, ...]:
        """The parts of every chain the page writes `name` in (锦州市义县某乡某村 for 某村)."""
        out = []
        for chain in self.written_in.get(name, ()):
            if chain not in self._resolved:
                self._resolved[chain] = resolve_place(chain, PlaceContext(self.names, self.home))
            out.append(self._resolved[chain])
        return tuple(dict.fromkeys(out))


@dataclass(frozen=True)
class _Row:
    adcode: str
    name: str
    level: str
    parent: str | None


@lru_cache(maxsize=2)
def _gazetteer(seed: Path = REGIONS_SEED) -> dict[str, _Row]:
    with Path(seed).open(encoding="utf-8", newline="") as handle:
        return {row["adcode"]: _Row(row["adcode"], row["name"], row["level"], row["parent_adcode"] or None)
                for row in csv.DictReader(handle) if row["level"] in ("province", "city", "county")}


@lru_cache(maxsize=2)
def _short_names(seed: Path = REGIONS_SEED) -> dict[str, tuple[Division, ...]]:
    """Short forms of every division (山西 → 山西省, 文水 → 文水县) that are not a full name themselves."""
    divisions = load_divisions(seed)
    shorts: dict[str, list[Division]] = {}
    for name, rows in divisions.items():
        stem = _PROVINCE_SUFFIX_RE.sub("", name) if rows[0].level == "province" else (
            name[:-1] if name[-1] in "县区旗市盟州" else name[:-2] if name.endswith("地区") else name)
        if len(stem) >= 2 and stem != name and stem not in divisions:
            shorts.setdefault(stem, []).extend(rows)
    return {stem: tuple({r.adcode: r for r in rows}.values()) for stem, rows in shorts.items()}


def _ancestry(adcode: str) -> dict[str, _Row]:
    """Level → gazetteer row, from the division up to its province."""
    return dict(_ancestors(adcode))


@lru_cache(maxsize=4096)
def _ancestors(adcode: str) -> tuple[tuple[str, _Row], ...]:
    rows, gazetteer, code = [], _gazetteer(), adcode
    while code and code in gazetteer:
        row = gazetteer[code]
        rows.append((row.level, row))
        code = row.parent
    return tuple(rows)


@lru_cache(maxsize=8192)
def _parts_of(adcode: str, township: str | None = None, village: str | None = None) -> PlaceParts:
    rows = _ancestry(adcode)
    names = {level: row.name for level, row in rows.items()}
    deepest = next(level for level in reversed(LEVELS[:3]) if level in rows)
    level = "village" if village else "township" if township else deepest
    return PlaceParts(names.get("province"), names.get("city"), names.get("county"), township, village,
                      adcode, level)


def _common(adcodes: list[str]) -> str | None:
    """The deepest division every adcode lies in (None when they share not even a province)."""
    chains_up = [list(_ancestry(code).values()) for code in adcodes]
    shared = set.intersection(*({row.adcode for row in chain} for chain in chains_up)) if chains_up else set()
    for row in chains_up[0] if chains_up else ():
        if row.adcode in shared:
            return row.adcode
    return None


def _within(adcode: str, ancestor: str) -> bool:
    return any(row.adcode == ancestor for _, row in _ancestors(adcode))


@lru_cache(maxsize=8192)
def _split(text: str) -> tuple[tuple[tuple[str, tuple[Division, ...]], ...], str]:
    """Leading divisions (full or short names, longest first), and what follows them."""
    divisions, shorts = load_divisions(), _short_names()
    pieces, i = [], 0
    while i < len(text):
        for length in range(min(len(text) - i, 16), 1, -1):
            name = text[i:i + length]
            rows = divisions.get(name)
            if rows is None:
                rows = shorts.get(name)
                if rows is not None and text[i + length: i + length + 1] in _SUFFIXES:
                    rows = None  # 通化村 is a village, not 通化市
            if rows:
                pieces.append((name, rows))
                i += length
                break
        else:
            break
    return tuple(pieces), text[i:]


def _choose(rows: tuple[Division, ...], above: list[str], context: PlaceContext) -> list[str]:
    """Adcodes of the namesakes that fit: under the divisions the text names above them, then the page."""
    codes = list(dict.fromkeys(row.adcode for row in rows))
    if above:
        codes = [code for code in codes if all(_within(code, up) for up in above)] or codes
    if len(codes) > 1 and context.names:
        named = [code for code in codes if any(row.name in context.names for row in _ancestry(code).values())]
        codes = named or codes
    if len(codes) > 1 and context.home and context.home.adcode:
        home = context.home.adcode
        near = [code for code in codes if _within(code, home) or _within(home, code)]
        if not near:
            near = [code for code in codes if _common([code, home])]
        codes = near or codes
    return codes


def resolve_place(text: str | None, context: PlaceContext | None = None) -> PlaceParts:
    """The parts of one place as written (a province, 某市某县, a township and village written together ...)."""
    text = (text or "").strip()
    if not text:
        return UNKNOWN
    if text in _COUNTRY:
        return PlaceParts(level="country")
    pieces, rest = _split(text)
    if pieces and all(len({r.adcode for r in rows}) == 1 for _, rows in pieces):
        return _resolve_alone(text)  # every division named is unique: the page cannot change the answer
    return _resolve(text, pieces, rest, context or PlaceContext())


@lru_cache(maxsize=8192)
def _resolve_alone(text: str) -> PlaceParts:
    pieces, rest = _split(text)
    return _resolve(text, pieces, rest, PlaceContext())


def _resolve(text: str, pieces: tuple[tuple[str, tuple[Division, ...]], ...], rest: str,
             context: PlaceContext) -> PlaceParts:
    match = _LOCAL_RE.match(rest) if rest else None
    township = match.group("township") if match else None
    village = match.group("village") if match else None
    if rest and not (township or village):
        # no township or village suffix (县城, 某片区): dropped after a division, else nothing we know is named
        if pieces:
            rest = ""
        else:
            return UNKNOWN
    above: list[str] = []
    chosen: str | None = None
    for name, rows in pieces:
        codes = _choose(rows, above, context)
        if len(codes) == 1:
            chosen = codes[0]
            above.append(chosen)
        else:
            shared = _common(codes)
            if shared and (chosen is None or _within(shared, chosen)):
                chosen = shared
            if not (township or village) and name == pieces[-1][0]:
                # ambiguous as written (朝阳区, no context): keep what the namesakes share, and the level named
                parts = _parts_of(chosen) if chosen else UNKNOWN
                level = min((r.level for r in rows), key=LEVELS.index)
                spelled = {_gazetteer()[code].name for code in codes if code in _gazetteer()}
                named = {**parts.columns(), f"place_{level}": spelled.pop() if len(spelled) == 1 else None}
                return PlaceParts(named["place_province"], named["place_city"], named["place_county"], None, None,
                                  chosen, level)
    if chosen is not None:
        return _parts_of(chosen, township, village)
    if pieces:
        return UNKNOWN
    # a bare township or village: where the page writes it, else the page's main place
    under = context.written_under(township or village or "")
    if village and township is None and under:
        townships = {p.township for p in under}
        township = townships.pop() if len(townships) == 1 else None
    if under:
        adcodes = [p.adcode for p in under if p.adcode]
        shared = _common(adcodes) if adcodes and len(adcodes) == len(under) else None
        if shared:
            return _parts_of(shared, township, village)
    home = context.home
    if home and village and township is None and home.township and (home.village in (None, village)):
        township = home.township  # a one-village monthly table or a township's page: its own township
    if home and home.adcode:
        return _parts_of(home.adcode, township, village)
    return PlaceParts(township=township, village=village, level="village" if village else "township")


def page_context(places: list[Place], home_text: str | None) -> PlaceContext:
    """The context of one page: the provinces and cities it names, its main place resolved, and each
    township and village it writes after a higher place (锦州市义县某乡某村 → the village's parts)."""
    names = frozenset(p.name for p in places if p.level in ("province", "city"))
    base = PlaceContext(names=names)
    home = resolve_place(home_text, base) if home_text else None
    written: dict[str, dict[str, None]] = {}
    for chain in chains(places):
        if len(chain) < 2 or chain[-1].level not in ("township", "village"):
            continue
        joined = "".join(p.name for p in chain)
        for place in chain:
            if place.level in ("township", "village"):
                written.setdefault(place.name, {})[joined] = None
    return PlaceContext(names=names, home=home, written_in={k: tuple(v) for k, v in written.items()})


def person_place(county: str | None, township: str | None, village: str | None,
                 context: PlaceContext | None = None) -> PlaceParts:
    """A person's county, township and village (each as written, any may be missing) as one place; a person
    the page places nowhere is where the page is (as a fact without a place)."""
    if not (county or township or village):
        return context.home if context and context.home else UNKNOWN
    written: list[str] = []
    for part in (village, township, county):  # a village written with its township (某镇某村) carries it already
        if part and not any(later.startswith(part) for later in written):
            written.insert(0, part)
    return resolve_place("".join(written), context)



def parts_from_columns(values: tuple) -> PlaceParts | None:
    """PlaceParts from the place_* columns as stored (None when the row was never resolved)."""
    province, city, county, township, village, adcode, level = values
    return None if level is None else PlaceParts(province, city, county, township, village, adcode, level)
