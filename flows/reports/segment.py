"""Split a normalised newspaper page into articles and decide which are about the programme.

A page holds several articles, often out of reading order after OCR (a headline printed after its
body). Paragraphs are classed as body, headline (short, no sentence end), byline (□ 作者, 记者 X 摄,
(作者)), or dateline body (本报讯 ...). A new article starts at a dateline, or at a block of two or
more headline/byline paragraphs; a single short headline between body paragraphs is a sub-heading.
In a header block, the parts that end with a byline and are followed by more headers close the
*previous* article (its headline printed after it); the last part opens the next one.

A line that opens with a navigation cue (上一篇, 相关新闻, 推荐阅读 …: the page's links to other articles)
opens a navigation block with the headline-like lines after it: other articles' headlines, never kept,
whatever they name.

An article is about the programme when it names it: the programme terms of seeds/report_vocabulary.csv
(驻村, 第一书记, 工作队 ...). Poverty-alleviation words alone (the support terms: 脱贫, 扶贫) do not
make an article about stationed cadres.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from flows.reports.catalog import load_vocabulary, navigation_line
from flows.reports.names import surname_length
from flows.reports.normalise import PICTURE_LABEL_END_RE

PROGRAMME_TERMS = load_vocabulary().words("programme_term")
SUPPORT_TERMS = load_vocabulary().words("support_term")
_PROGRAMME_RE = re.compile(load_vocabulary().alternation("programme_term"))
_SUPPORT_RE = re.compile(load_vocabulary().alternation("support_term"))
_TERMINAL = set("。！？!?；;…")
_DATELINE_RE = re.compile(r"^(?:本报讯|本报记者|本报通讯员|新华社|据.{0,8}报道|本报.{0,8}电|[（(]?记者"
                          # a news site's or agency's dateline: 某某网5月6日电, 某台某地2月8日消息, 某网某站7月8日讯, 某某网讯
                          r"|[\u4e00-\u9fff]{1,16}?(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:电(?![话视脑力网费影商站器动梯源厂台线缆])|讯(?![问息])|消息)"
                          r"|[\u4e00-\u9fff]{1,8}?[网社台报站]讯(?![问息]))")
# 在工作队帮扶下，某村去年脱贫31户。图为某村。 记者 X 摄: a caption that reports in sentences of its own before the
# photo's description and credit is body text, not a credit line
_REPORTING_CAPTION_RE = re.compile(r"^[^。！？]{12,}[。！？][^摄]{0,80}?图为")
_BYLINE_RE = re.compile(r"^(?:[□■◇◆]|本报记者|记者|通讯员|作者)|摄$|^[（(][\u4e00-\u9fff\s、]{2,16}[)）]$|文并摄|报道$")
_INNER_STOP_RE = re.compile(r"[。；;][^”\"」]")  # a sentence ended inside the line: body text, not a headline
_MARKER_RE = re.compile(r"^[（(](?:上接|下转|紧接|转)")
# (资料图), 图片来源：…: a photo's credit on its own line, inside an article; it neither closes nor opens one
# (a photographer's name and 摄 alone on a line, no 记者 or 通讯员 before it: the credit of a photo inside the article)
# (文章图片, 图片3.png, 微信图片_20230807.png: where a page's photo stood, the article going on after it)
_PHOTO_CREDIT_RE = re.compile(r"^[（(]?(?:资料图片?|图片|配图|供图|网络图片|文章图片|新闻图片|组图|图片来源[^)）]{0,20}"
                              r"|[\u4e00-\u9fff]{2,4}\s?摄|[\w\u4e00-\u9fff-]{1,40}\.(?:png|jpe?g|gif|webp))[)）]?$", re.IGNORECASE)
# 某村牌坊。某网记者NAME摄: a photo's caption, a sentence end, then its credit, on a line of its own between body
# paragraphs: a credit inside the article, which neither closes nor opens one (a byline has no caption before it)
_CAPTION_CREDIT_RE = re.compile(r"^[^。！？\n]{2,40}[。！？]\s*[\u4e00-\u9fff]{0,10}(?:记者|通讯员)\s?[\u4e00-\u9fff、\s]{2,12}摄$")
_NAVIGATION_RE = navigation_line()  # 上一篇：…, 【相关新闻】, >> 推荐阅读: the page's links to other articles
# 上一篇：…, 当前位置：…: a navigation line on its own; the other cues head a block of linked headlines
_NAVIGATION_LINE_RE = navigation_line(only="line")


@dataclass
class Paragraph:
    start: int
    end: int
    text: str
    role: str  # body / dateline / headline / byline / marker


@dataclass
class Article:
    index: int
    paragraphs: list[Paragraph] = field(default_factory=list)
    programme_hits: int = 0
    support_hits: int = 0
    navigation: bool = False  # the page's links to other articles (上一篇, 相关新闻 …)
    subhead: bool = False  # opened only by a block of headline lines (a kicker and a title), nothing else

    @property
    def start(self) -> int:
        return self.paragraphs[0].start

    @property
    def end(self) -> int:
        return self.paragraphs[-1].end

    @property
    def title(self) -> str | None:
        heads = [p.text for p in self.paragraphs if p.role == "headline"]
        return heads[0] if heads else None

    @property
    def kept(self) -> bool:
        return self.programme_hits >= 1 and not self.navigation

    @property
    def relevance(self) -> float:
        """0..1: how squarely the article is about the programme (mentions per 500 characters, capped)."""
        length = max(1, sum(p.end - p.start for p in self.paragraphs if p.role in ("body", "dateline")))
        return min(1.0, 0.5 * self.programme_hits / max(1.0, length / 500) + 0.1 * min(self.support_hits, 5))


def _carries_credit(text: str) -> bool:
    """A paragraph of three sentences or more that ends with a photographer's credit (…。新华社记者 X 摄) is body
    text the page ran a credit into, not a caption."""
    return sum(1 for ch in text if ch in "。！？") >= 3


def _picture_label(text: str) -> bool:
    """某标题-图片3 on a line of its own: a site's label of a picture, its title and number, repeating the title's
    places between body paragraphs (no headline of a new part)."""
    return len(text) <= 64 and text[-1:].isdigit() and not _INNER_STOP_RE.search(text) \
        and PICTURE_LABEL_END_RE.search(text) is not None


def classify(text: str) -> str:
    if _NAVIGATION_RE.match(text):
        return "navigation"  # 上一篇：…, 相关新闻: links to other articles
    if _PHOTO_CREDIT_RE.match(text) or _CAPTION_CREDIT_RE.match(text) or _picture_label(text):
        return "credit"
    if _MARKER_RE.match(text) and len(text) <= 24:
        return "marker"  # (上接A1版) on its own line; a body paragraph that starts with it stays body
    if _DATELINE_RE.match(text) and len(text) > 24:
        return "dateline"
    # (the length first: a body paragraph is not scanned for the marks of a byline)
    if (len(text) <= 24 or text.endswith("摄") and not _REPORTING_CAPTION_RE.search(text) and not _carries_credit(text)) \
            and _BYLINE_RE.search(text):
        return "byline"
    if len(text) <= 4 and all("\u4e00" <= ch <= "\u9fff" for ch in text) and (len(text) < 4 or surname_length(text)):
        return "byline"  # a name on its own line (four characters without a surname: a section's subhead)
    if text.startswith("——") and len(text) <= 40:
        return "headline"
    if len(text) <= 40 and text[-1] not in _TERMINAL and not (text[-1] in "”\"" and text[-2:-1] in _TERMINAL) \
            and not _INNER_STOP_RE.search(text):
        return "headline"
    return "body"


def paragraphs(text: str) -> list[Paragraph]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append(Paragraph(pos, pos + len(line), line, classify(line)))
        pos += len(line) + 1
    return out


def _split_header(block: list[Paragraph]) -> list[list[Paragraph]]:
    chunks: list[list[Paragraph]] = [[]]
    for para in block:
        chunks[-1].append(para)
        if para.role == "byline":
            chunks.append([])
    return [c for c in chunks if c]


def segment(text: str) -> list[Article]:
    """Articles of a normalised page, in page order, with programme relevance counted."""
    articles: list[Article] = []
    pending: list[Paragraph] = []

    def new_article(paras: list[Paragraph]) -> None:
        articles.append(Article(len(articles), list(paras)))

    navigation = False  # inside a block of links to other articles
    for para in paragraphs(text):
        if para.role == "navigation":
            if pending:  # headers before the block close the article before it
                if articles:
                    articles[-1].paragraphs.extend(pending)
                else:
                    new_article(pending)
                pending = []
            if not navigation:
                new_article([para])
                articles[-1].navigation = True
            else:
                articles[-1].paragraphs.append(para)
            navigation = not _NAVIGATION_LINE_RE.match(para.text)  # a block opens: its headlines follow
            continue
        if navigation:
            if para.role in ("headline", "byline", "marker"):
                articles[-1].paragraphs.append(para)  # the linked headlines, one a line
                continue
            navigation = False
            new_article([para])  # body text after the links: an article of its own
            continue
        if para.role == "credit" and articles and not articles[-1].navigation:
            articles[-1].paragraphs.append(para)  # a photo's credit: the article goes on after the photo
            continue
        if para.role in ("headline", "byline", "marker", "credit"):
            pending.append(para)
            continue
        if pending:
            chunks = _split_header(pending)
            *closing, opening = chunks
            for chunk in closing:
                if articles:
                    articles[-1].paragraphs.extend(chunk)
                else:
                    new_article(chunk)
            if not articles or articles[-1].navigation or closing or para.role == "dateline" or (
                    _PROGRAMME_RE.search(opening[0].text) and not _PROGRAMME_RE.search(
                        text[articles[-1].start: articles[-1].end])) or any(
                    p.role in ("byline", "marker") for p in opening) or opening[0].text.startswith("——"):
                # (a title, then a ——line summing the section up: a feature's section heading, a subhead below)
                new_article(opening + [para])
            elif len(opening) >= 2:
                new_article(opening + [para])
                articles[-1].subhead = True
            else:
                articles[-1].paragraphs.extend(opening + [para])
            pending = []
        elif para.role == "dateline" and articles and any(p.role in ("body", "dateline") for p in articles[-1].paragraphs):
            new_article([para])
        elif articles and not articles[-1].navigation:
            articles[-1].paragraphs.append(para)
        else:
            new_article([para])  # (text after a navigation line is an article of its own)
    if pending:
        if articles:
            articles[-1].paragraphs.extend(pending)
        else:
            new_article(pending)
    for article in articles:
        body = text[article.start: article.end]
        article.programme_hits = len(_PROGRAMME_RE.findall(body))  # counted in C, not one Match object each
        article.support_hits = len(_SUPPORT_RE.findall(body))
    return _join_subheaded(articles)


def _join_subheaded(articles: list[Article]) -> list[Article]:
    """A section of a programme article under its own kicker and title, with no byline or dateline and no
    programme word of its own, is the article going on, not a new one."""
    out: list[Article] = []
    for article in articles:
        before = out[-1] if out else None
        if article.subhead and not article.programme_hits and before and before.kept:
            before.paragraphs.extend(article.paragraphs)
            before.support_hits += article.support_hits
            continue
        article.index = len(out)
        out.append(article)
    return out
