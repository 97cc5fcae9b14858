"""The form of an article as a scored decision over the five forms, with its evidence.

Each kind of evidence is what any article of the genre carries, not one article's wording:
a dateline or reporters (news), a speech title or a salutation (speech), the parts of a
research report (基本情况, 存在的问题, 对策建议), a commentary's title or its argument without
a place at its head, and the headers of an experience piece. The highest score wins; ties go to
the earlier form in `FORMS` order of likelihood below.
"""

from __future__ import annotations

import re
from collections import defaultdict

from drafter.article import Article
from drafter.vocabulary import Form

_SPEECH_TITLE = re.compile(r"发言|讲话|致辞|汇报|表态|演讲|党课|述职")
_REPORT_TITLE = re.compile(r"调研|调查|报告|研究|现状|对策|思考与建议|的思考")
_COMMENTARY_TITLE = re.compile(r"评论|时评|短评|述评|评论员|编后|浅谈|浅析|刍议|随笔|感悟|启示|论")
_REPORT_PART = re.compile(r"基本情况|基本概况|现状|存在的?问题|主要问题|原因|对策|建议|思路和目标")
_NEWS_LEAD = re.compile(r"^(?:\d{1,2}月\d{1,2}日|\d{1,2}日|近日|日前|连日来|昨天|今天|本月)")
_NEWS_VOICE = re.compile(r"据了解|据介绍|记者(?:了解|看到|获悉|从)|(?:强调|指出|表示|介绍)[，：]")
_FIRST_PERSON = re.compile(r"我们|我镇|我县|我区|我市|我村|我乡|我局")
# A place at the head of the lead (`某县…`, `我市…`, `姜堰区大伦镇…`); 乡 and 村 alone are too
# common in the genre's words (乡村) to count.
_PLACE_HEAD = re.compile(
    r"^.{0,10}?[\u4e00-\u9fff](?<!城|地|社|景|园|辖|片|市)(?:省|市|县|区|镇|旗|街道)"
)
_MEASURE_OPENING = re.compile(r"^[一二三四五六七八九十]是")
# Tie order: the more specific evidence first.
_ORDER: tuple[Form, ...] = ("news", "speech", "report", "commentary", "experience")


def _measure_paragraphs(paragraphs: list[str]) -> int:
    return sum(1 for p in paragraphs if _MEASURE_OPENING.match(p))


def classify(article: Article) -> tuple[Form, list[str]]:
    """The article's form and the evidence for it, in Chinese."""
    scores: dict[str, float] = defaultdict(float)
    evidence: dict[str, list[str]] = defaultdict(list)

    def add(form: str, weight: float, reason: str) -> None:
        scores[form] += weight
        evidence[form].append(reason)

    title = article.title or ""
    sections = article.all_sections()
    body = " ".join(
        [article.lead or "", *article.paragraphs, *(p for s in sections for p in s.paragraphs)]
    )
    if article.dateline:
        add("news", 4, f"电头“{article.dateline}”")
    if article.byline.reporters or article.byline.correspondents:
        add("news", 3, "记者、通讯员署名")
    if article.lead and _NEWS_LEAD.match(article.lead):
        add("news", 1.5, "导语以日期开头")
    voices = len(_NEWS_VOICE.findall(body))
    if voices:
        add("news", min(voices, 3) * 0.75, "转述讲话或“据了解”")
    if _SPEECH_TITLE.search(title):
        add("speech", 4, "标题是发言、讲话")
    if article.salutation:
        add("speech", 4, f"称呼“{article.salutation}”")
    first_person = len(_FIRST_PERSON.findall(body))
    if first_person >= 3:
        add("speech", 0.5, "第一人称“我们”")
    if any(s.style == "numbered" for s in sections) and any(s.measures for s in sections):
        add("speech", 1.5, "序号标题下分“一是、二是”")
    if _REPORT_TITLE.search(title):
        add("report", 4, "标题是调研报告")
    parts = sum(1 for s in sections if _REPORT_PART.search(s.header))
    if parts:
        add("report", min(parts, 3) * 1.5, "有“基本情况、存在问题、对策建议”等部分")
    if _COMMENTARY_TITLE.search(title):
        add("commentary", 3, "标题是评论")
    if article.lead and not _PLACE_HEAD.match(article.lead):
        add("commentary", 1, "导语不以地名开头")
    if sections:
        add("experience", 2, "有小标题")
    if article.lead and _PLACE_HEAD.match(article.lead):
        add("experience", 1, "导语以地名开头")
    if any(s.measures for s in sections) or _measure_paragraphs(article.paragraphs) >= 2:
        add("experience", 1, "有“一是、二是”")
    if not scores:
        return "commentary", ["没有其他文体的证据"]
    best = max(_ORDER, key=lambda form: (scores[form], -_ORDER.index(form)))
    return best, evidence[best]
