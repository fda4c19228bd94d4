"""Report → facts and people: the extractor's entry points.

    extract_report(path) -> Extraction      read (.txt UTF-8/GB18030, .docx, .pdf), then extract_text
    extract_text(text)   -> Extraction      normalise → segment → places → people → facts

`Extraction.to_json()` prints {"document": {...}, "facts": [...], "people": [...]}: the facts and
people exactly in the gold/README.md shape plus `char_start`, `char_end` (offsets in the normalised
text, `Extraction.text`) and `confidence`. Raises `UnreadableReport` for a file it cannot read.
"""
from __future__ import annotations

import re
from pathlib import Path

from flows.ingest.limits import ReadLimits
from flows.rosters.id_numbers import mask_personal_numbers, may_hold_personal_numbers
from flows.reports.catalog import VOCABULARY_SEED, Catalog, load_catalog
from flows.reports.facts import (SENDING_UNITS_AFTER_RE, FactExtractor, FactRules, awarding_place, deduplicate, fact_rules,
                                 firm_opening, listed_province)
from flows.reports.models import Document, Extraction, Fact, Person
from flows.reports.normalise import normalise
from flows.reports.people import CUES_SEED, PeopleExtractor
from flows.reports.place_parts import PlaceContext, PlaceParts, page_context, person_place, resolve_place
from flows.reports.regions import Place, PlaceFinder, resolve_adcode
from flows.reports.segment import segment
from flows.reports.text import UnreadableReport, read_report

__all__ = ["Extraction", "Fact", "Person", "Document", "UnreadableReport", "extract_report", "extract_text"]

_DATE_RE = re.compile(r"((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日")


def _main_place(places: list[Place]) -> Place | None:
    """The county (else city, else province) the kept articles name most often; ties → first named."""
    for level in ("county", "city", "province"):
        counts: dict[str, tuple[int, Place]] = {}
        for place in places:
            if place.level == level:
                n, first = counts.get(place.name, (0, place))
                counts[place.name] = (n + 1, first)
        if counts:
            return max(counts.values(), key=lambda item: (item[0], -item[1].start))[1]
    return None


def _listed_prefecture(places: list[Place], main: Place | None, division) -> Place | None:
    """A page that names three or more counties of one prefecture, the main county no more often than another
    of them (a city paper's list of villages: 甲市某镇某村、乙县某镇某村…): the prefecture, whose 我市/市级/市财政
    the page speaks with, not one county of its list."""
    if main is None or main.level != "county" or division is None or not division.city:
        return None
    counts: dict[str, int] = {}
    for p in places:
        if p.level == "county" and any(d.city == division.city for d in p.divisions):
            counts[p.name] = counts.get(p.name, 0) + 1
    if len(counts) < 3 or max(n for name, n in counts.items() if name != main.name) < counts.get(main.name, 0):
        return None
    return Place(main.start, main.start, division.city, "city", ())


_DEPARTMENT_AFTER_RE = re.compile(r"(?:委|政府|人民政府)[\u4e00-\u9fff]{0,4}?(?:办公厅|办公室|厅|局|部|办)")  # 省委办公厅, 市政府办


def _fact_place(text: str, spans: list[tuple[int, int]], places: list[Place], main: Place | None,
                division=None, rules: FactRules | None = None) -> Place | None:
    """The place a figure with no place of its own is about: the main county, unless the kept articles
    speak of a city or province (by name, by 全省/我市, by 省财政 …) at least twice and more often than of
    the county (全县/我县 count for it): a provincial round-up that names a county for its example. A
    round-up that says only 我省 and never names its province gets the province of that county."""
    if main is None or main.level != "county":
        return main
    rules = rules or fact_rules()
    # a division opening the name of one of its departments (某省委办公厅, 某市农业农村局) names a unit that sends or
    # helps, not the scope of the page; its party committee or government alone (某省委首批…) still speaks for it
    helpers = [p for p in places if p.level in ("province", "city") and (
        (rules.ORGAN_NAME_RE.match(text, p.end)
         and not (text.startswith(("委", "政府", "人民政府"), p.end) and not _DEPARTMENT_AFTER_RE.match(text, p.end)))
        or rules.ORGAN_AFTER_RE.match(text, p.end) or SENDING_UNITS_AFTER_RE.match(text, p.end))]
    inside = [(p.start, p.end) for p in helpers]
    places = [p for p in places if p not in helpers]
    scopes = [rules.SCOPE_LEVEL[m.group(0)] for start, end in spans for m in rules.ANY_SCOPE_RE.finditer(text, start, end)
              if not any(a <= m.start() < b for a, b in inside)]
    county = sum(1 for p in places if p.name == main.name) + scopes.count("county")
    for level in ("province", "city"):
        if level == "city" and main.name.endswith("市"):
            continue  # a county-level city's 全市 is its own
        top = _main_place([p for p in places if p.level == level])
        if top is None:
            name = division and (division.province if level == "province" else division.city)
            if not name:
                continue
            top = Place(main.start, main.start, name, level)
        n = sum(1 for p in places if p.name == top.name) + scopes.count(level)
        if n >= 2 and n > county:
            return top
    return main


def _fact_parts(region: str | None, level: str | None, context: PlaceContext) -> PlaceParts:
    """A fact's place; one with none of its own is about the page's main place (as dbt always read it)."""
    if level == "country":
        return PlaceParts(level="country")
    if region is None:
        return context.home or resolve_place(None)
    parts = resolve_place(region, context)
    if parts.level == "unknown" and level in ("province", "city") and context.home is not None:
        # 我省, 全市 kept as written on a page that never names the division: the page's own province (city)
        above = context.home.province if level == "province" else context.home.city
        if above:
            return resolve_place(above, context)
    return parts


def extract_text(raw: str, catalog: Catalog | None = None, vocabulary: Path = VOCABULARY_SEED,
                 cues: Path = CUES_SEED) -> Extraction:
    """`vocabulary` and `cues`: the seeds the fact and people rules read (a steward's copy, in tests)."""
    catalog = catalog or load_catalog()
    rules = fact_rules(vocabulary)
    norm = normalise(raw)
    text = norm.text
    articles = segment(text)
    kept = [a for a in articles if a.kept]
    finder = PlaceFinder(text)
    spans = [(a.start, a.end) for a in kept]
    # a division named only as the level that gives an award (评为某市先进单位), or a province opening a firm's
    # or a university's name (某省某某开发有限公司, 某省理工大学), is no place of the page
    named = [p for start, end in spans for p in finder.find(start, end) if not awarding_place(rules, text, p)]
    # (村民来自甲省、乙省等地: provinces listed as where people come from are none of them the page's either)
    places = [p for p in named if not firm_opening(rules, text, p)]  # (the people rules read units from `named`)
    page_places = [p for p in places if not listed_province(text, p)]  # what may be the page's place
    main = _main_place(page_places)
    if main is None:
        # The kept articles say only 我县/全县: the county is the one the page names elsewhere (masthead,
        # address line, other articles), if any.
        main = _main_place([p for p in finder.find(0, len(text)) if p.level in ("county", "city", "province")
                            and not awarding_place(rules, text, p) and not firm_opening(rules, text, p)
                            and not listed_province(text, p)])
    context = [p.name for p in places if p.level in ("province", "city")]
    if main is not None:
        division = resolve_adcode(main.name, context)
        if division:
            context += [division.city or "", division.province or ""]
    main_division = resolve_adcode(main.name, context) if main else None
    main_adcode = main_division.adcode if main_division else None

    people = PeopleExtractor(text, named, cues).extract(spans, main.name if main else None, main_adcode)
    for person in people:
        if person.county and person.county_adcode is None:
            division = resolve_adcode(person.county, context)
            person.county_adcode = division.adcode if division else None
    cadre_villages = {p.name: p.village for p in people if p.village}

    # 我市/全市/市财政 speak for the city: the one the kept articles name, else the city of the main county.
    cities = [p for p in places if p.level == "city"]
    if main is not None and main.level == "county" and main.name.endswith("市"):
        # a county-level city's page: its prefecture named only as the opening of an organ's name (某市某局的专家)
        # is who helps, not the city its 全市/该市 speak for
        cities = [p for p in cities if not rules.ORGAN_NAME_RE.match(text, p.end)]
    city = _main_place(cities)
    fact_main = main
    listed = _listed_prefecture(places, main, main_division) if city is None else None
    if listed is not None:
        city = fact_main = listed  # 甲市某镇某村、乙县某镇某村…: a county of the list is not the page's place
    elif city is None and main is not None and main.level == "county" and main.name.endswith("市"):
        city = main  # 利川市 is a county-level city: its 全市/市财政 are its own, not the prefecture's
    elif city is None and main_division is not None and main_division.city and main is not None and main.level == "county":
        city = Place(main.start, main.start, main_division.city, "city")
    extractor = FactExtractor(text, catalog, places, cadre_villages, _fact_place(text, spans, page_places, fact_main, main_division, rules),
                              city, main, rules)
    facts: list[Fact] = []
    for article in kept:
        facts.extend(extractor.extract(article))
    facts = deduplicate(facts, text)
    # Every place resolved once, against the page: the loader writes the parts, dbt uses them as they are.
    place_context = page_context(places, main.name if main else None)
    resolved: dict[tuple[str | None, str | None], PlaceParts] = {}
    for fact in facts:
        key = (fact.region, fact.region_level)
        if key not in resolved:
            resolved[key] = _fact_parts(fact.region, fact.region_level, place_context)
        fact.place = resolved[key]
    people_resolved: dict[tuple[str | None, str | None, str | None], PlaceParts] = {}
    for person in people:
        written = (person.county, person.township, person.village)
        if written not in people_resolved:
            people_resolved[written] = person_place(*written, place_context)
        person.place = people_resolved[written]

    # Reports may print a contact phone or an ID number: no clear value leaves the extractor. Evidence
    # and title are slices of the page: a page with no such number needs no look at each of them.
    maskable = may_hold_personal_numbers(text)
    for item in (*facts, *people) if maskable else ():
        item.evidence = mask_personal_numbers(item.evidence)
    title = next((a.title for a in kept if a.title), None) or next((a.title for a in articles if a.title), None)
    title = (mask_personal_numbers(title) if maskable else title) if title else None
    date = _DATE_RE.search(text)
    report_date = f"{date.group(1)}-{int(date.group(2)):02d}-{int(date.group(3)):02d}" if date else None
    document = Document(title=title, report_date=report_date, region=main.name if main else None,
                        region_adcode=main_adcode, articles=len(articles), articles_kept=len(kept),
                        place=place_context.home or resolve_place(None))
    return Extraction(document=document, facts=facts, people=people, text=text)


def extract_report(path: str | Path, catalog: Catalog | None = None, limits: ReadLimits | None = None) -> Extraction:
    """Read one report file and extract it. Raises UnreadableReport when the file cannot be read."""
    return extract_text(read_report(path, limits), catalog)
