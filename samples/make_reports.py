#!/usr/bin/env python3
"""Write the sample reports in samples/inbox/reports/ (written for this project; names and villages invented).

Each report imitates an OCR'd newspaper page: lines broken by the column layout (with the blank lines
OCR leaves between them), stray spaces inside numbers, full-width digits, Chinese numerals, 万/亿,
rates, named cadres, reporters and villagers, and an unrelated article on the same page.

    光山县驻村帮扶.txt   GB18030 with CRLF line ends, 17-column layout, blank line after every line
    渭源县第一书记.docx  Word document (generated here with zipfile), one paragraph per paragraph
    云冈区驻村工作.txt   UTF-8, 15-column layout

Deterministic: re-running rewrites the same bytes. Gold annotations (scorer format) are in samples/reports_gold/.
"""
from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent / "inbox" / "reports"

# Each page: list of (kind, text). kind "h" = headline or byline (one line), "p" = body paragraph (wrapped).
GUANGSHAN = [
    ("h", "光山县新一轮驻村帮扶力量全部到岗"),
    ("p", "本报讯（记者 周明远 通讯员 何小燕）近日，光山县新一轮选派的驻村干部全部进村到岗。据了解，该县此次共选派驻村第一书记 1 2 6名、驻村工作队员 3 7 8名，组建驻村工作队１２６支，实现对全县脱贫村和重点村的全覆盖。"),
    ("p", "为让驻村干部安心工作，县财政按照每人每年不低于 2 万元的标准安排驻村工作经费，驻村期间每天发放生活补助 1 0 0 元，交通补助每周 160 元，并为全部驻村干部购买意外伤害保险，每人保额不低于 50 万元。"),
    ("h", "走访农户四百六十余户"),
    ("h", "第一书记把村民当亲人"),
    ("p", "“村里的路修好了，产业也有了。”说起驻村以来的变化，光山县槐店乡晏岗村第一书记陈立新感慨地说。2021年6月，陈立新由县农业农村局派驻晏岗村。两年多来，他走访农户４６０余户，协调资金 1 5 0 万元修建通组道路 3.2 公里，带领村民种植油茶 1200 亩，村集体年收入达到 2 6 万元。"),
    ("p", "晏岗村驻村工作队队长刘海波介绍，工作队还争取到项目资金 8 0 万元，建成光伏电站一座，每年为村集体增收近 9 万元。村民晏大山说：“驻村干部天天在村里，有事找他们就行。”"),
    ("h", "光山县部署秋冬季森林防火工作"),
    ("p", "本报讯（记者 周明远）10月 18日，光山县召开秋冬季森林防火工作会议。会议要求，全县 2 3 个乡镇、 3 6 0 余名护林员要严格落实巡山制度，县财政今年投入森林防火资金 5 0 0 万元，新建瞭望塔 6 座。"),
]
WEIYUAN = [
    ("h", "渭源县：第一书记带富一方百姓"),
    ("h", "本报记者 孙晓东"),
    ("p", "渭源县地处甘肃省定西市，全县共有驻村工作队２１７支、驻村干部６５１名，其中第一书记２１７名。近三年来，全县驻村工作队累计争取各类帮扶资金１．８亿元，引进企业投资２４５０万元，发展致富项目一千三百余个，带动２０.５４万户群众增收。"),
    ("p", "在峡城乡路园村，第一书记王建军正和村民一起查看党参长势。2022年3月，王建军从省交通运输厅选派到路园村任第一书记。他协调交通部门硬化村组道路 1 2 公里，为村里争取到产业扶持资金 3 6 0 万元，建成中药材加工车间两座。"),
    ("p", "在王建军和路园村驻村工作队员张丽的带动下，路园村党参种植面积由８００亩扩大到２６００亩，村集体经济收入突破 1 5 万元。村民何永福说：“王书记来了以后，我们的日子越过越好。”"),
    ("h", "渭源县举办马铃薯产销对接会"),
    ("p", "本报讯 9月 26日，渭源县马铃薯产销对接会在县城举办，120 家企业参展，现场签约金额 3.6亿元。副县长马光荣出席并致辞。"),
]
YUNGANG = [
    ("h", "云冈区选派驻村干部"),
    ("h", "助力乡村振兴"),
    ("p", "本报讯（通讯员 赵志刚）今年以来，大同市云冈区坚持“选好人、派好人、管好人”，向全区 4 5 个行政村选派驻村第一书记 4 5 名、工作队员 9 0 名，实现驻村帮扶全覆盖。区财政为每个驻村工作队安排工作经费 3 万元/年，驻村干部生活补助按每人每天 8 0 元标准发放。截至目前，驻村干部累计走访群众 1.2 万人次，解决实际问题 3 6 0 余个。"),
    ("p", "在高山镇红旗营村，记者见到了驻村第一书记刘晓峰。刘晓峰是区交通局派驻的干部，2022 年 7 月到村任职。他带领村民发展黄花种植 3 0 0 余亩，引进企业投资 5 0 0 万元建设冷库，村集体经济收入突破 1 0 万元，爱心企业还捐赠物资折款 2 万元。“我们村两名大学生也回来创业了。”村民王二娃笑着说。刘晓峰告诉记者，下一步要把黄花产业做大做强。"),
    ("h", "云冈区开展夏季城市环境整治"),
    ("p", "本报讯（记者 李文静）连日来，云冈区开展夏季城市环境整治行动，累计出动人员 1 2 0 0 人次，清理垃圾 3 0 0 0 余吨，拆除违规广告牌 8 6 块。"),
]


def _width(ch: str) -> float:
    return 0.5 if ch.isascii() else 1.0


def wrap(text: str, columns: int) -> list[str]:
    lines, line, width = [], "", 0.0
    for ch in text:
        if width + _width(ch) > columns:
            lines.append(line)
            line, width = "", 0.0
        line += ch
        width += _width(ch)
    if line:
        lines.append(line)
    return lines


def ocr_page(page: list[tuple[str, str]], columns: int, blank_between: bool) -> str:
    out: list[str] = []
    for kind, text in page:
        out.extend([text] if kind == "h" else wrap(text, columns))
    sep = "\n\n" if blank_between else "\n"
    return sep.join(out) + "\n"


def docx_bytes(paragraphs: list[str]) -> bytes:
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(p)}</w:t></w:r></w:p>' for p in paragraphs)
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                f"<w:body>{body}</w:body></w:document>")
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            "</Types>"),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>'),
        "word/document.xml": document,
    }
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, content.encode("utf-8"))
    return buffer.getvalue()


def write_all(out: Path = HERE) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    guangshan = out / "光山县驻村帮扶.txt"
    guangshan.write_bytes(ocr_page(GUANGSHAN, 17, True).replace("\n", "\r\n").encode("gb18030"))
    weiyuan = out / "渭源县第一书记.docx"
    weiyuan.write_bytes(docx_bytes([text for _, text in WEIYUAN]))
    yungang = out / "云冈区驻村工作.txt"
    yungang.write_bytes(ocr_page(YUNGANG, 15, False).encode("utf-8"))
    return [guangshan, weiyuan, yungang]


PAGES = {"光山县驻村帮扶": GUANGSHAN, "渭源县第一书记": WEIYUAN, "云冈区驻村工作": YUNGANG}

if __name__ == "__main__":
    for path in write_all():
        print(path)
