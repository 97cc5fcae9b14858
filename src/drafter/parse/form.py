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
from drafter.parse.front import is_caption
from drafter.places import contains_region
from drafter.text.chars import HAN
from drafter.vocabulary import Form

_SPEECH_TITLE = re.compile(r"发言|讲话|致辞|(?<!调查)(?<!调研)汇报|表态|演讲|党课")
# A work summary, a 述职报告 or a model's deeds: a written account of work done.
_EXPERIENCE_TITLE = re.compile(r"述职报告|工作总结|先进事迹(?!报告)|典型经验|经验做法")
# A headline that reports an event: `神木市召开驻村工作调度会`.
_NEWS_TITLE = re.compile(r"召开|举行|举办")
_REPORT_TITLE = re.compile(r"调研|调查|报告|研究|现状|对策|思考与建议|的思考")
_COMMENTARY_TITLE = re.compile(r"评论|时评|短评|述评|评论员|编后|浅谈|浅析|刍议|随笔|感悟|启示|论")
_REPORT_PART = re.compile(r"基本情况|基本概况|现状|存在的?问题|主要问题|原因|对策|建议|思路和目标")
# The date opens the lead, or follows its aim (`为深入贯彻……，近日，神木市召开…`).
_NEWS_LEAD = re.compile(
    r"^(?:为[^。！？]{2,60}?，)?(?:\d{1,2}月\d{1,2}日|\d{1,2}日|近日|日前|连日来|昨天|今天|本月)"
)
_NEWS_VOICE = re.compile(
    r"据了解|据介绍|记者(?:了解|看到|获悉|从|走进)|(?:强调|指出|表示|介绍)[，：]|走进|日前|近日"
    # a quotation and who said it (`……，”胡新平说`), not the speaker's own (`”我对大家说`)
    r"|”[，,]?(?!我|经过|通过)[^“”。，！？]{2,15}?(?:(?<![劝听据以是再])说|介绍|表示|告诉记者)"
)
_FIRST_PERSON = re.compile(r"我们|我镇|我县|我区|我市|我村|我乡|我局")
# A speaker turning to the hall: `同志们，`, `刚才，`, `我代表区委`, `希望大家`.
_ADDRESS = re.compile(r"同志们[，！]|刚才[，]|我代表|希望大家|请大家|下面[，]?我[讲谈说]")
_PAPER = re.compile(r"上接第.版|下转第.版|\d{1,4}版[:：]|版面|编者按")
# The page's metadata names a newspaper as the source: a reprinted news item.
_NEWSPAPER_SOURCE = re.compile(r"来源\s*[:：]\s*[^|｜\s]{0,12}(?:日报|晚报|时报|报社)")
# Reporters named in the page's metadata line (`来源：…日报 记者 张三 李四`).
_REPORTERS_IN_METADATA = re.compile(rf"(?:^|\s)(?:本报|本台|本网)?记者\s*[{HAN}]{{2,3}}(?:\s|$)")
_ARGUMENT = re.compile(r"只有|才能|必须|应当|关键在|根本在|意味着|本质上|归根结底|由此可见|因此")
_FIRST_PERSON_SINGULAR = re.compile(r"我(?![们县市区镇乡村局委])")
_FIGURE = re.compile(
    r"\d+(?:\.\d+)?\s*(?:%|万元|亿元|元|名|个|人次|人|家|户|亩|项|次|场|支|条|所|公里)"
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
    if (
        article.byline.reporters
        or article.byline.correspondents
        or any(_REPORTERS_IN_METADATA.search(line) for line in article.furniture)
    ):
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
    if len(set(_ADDRESS.findall(body))) >= 2:
        add("speech", 2.5, "对台下说话（同志们、刚才、我代表）")
    first_person = len(_FIRST_PERSON.findall(body))
    if first_person >= 3:
        add("speech", 0.5, "第一人称“我们”")
    if any(s.style == "numbered" for s in sections) and any(s.measures for s in sections):
        add("speech", 1.5, "序号标题下分“一是、二是”")
    if _EXPERIENCE_TITLE.search(title):
        add("experience", 4, "标题是工作总结、述职报告或先进事迹")
    if _NEWS_TITLE.search(title):
        add("news", 2, "标题报道会议、活动")
    if _REPORT_TITLE.search(title):
        add("report", 4, "标题是调研报告")
    parts = sum(1 for s in sections if _REPORT_PART.search(s.header))
    if parts:
        add("report", min(parts, 3) * 1.5, "有“基本情况、存在问题、对策建议”等部分")
    if _COMMENTARY_TITLE.search(title):
        add("commentary", 3, "标题是评论")
    if title and contains_region(title):
        add("experience", 1.5, "标题写到具体地方")
    elif title:
        add("commentary", 1, "标题不写具体地方")
    if contains_region((article.lead or "")[:120]):
        add("experience", 0.5, "导语写到具体地方")
    if len(_ARGUMENT.findall(body)) >= 4:
        add("commentary", 1, "议论性词语多")
    if len(_FIGURE.findall(body)) >= 3:
        add("experience", 1, "有具体数字")
    if len(_FIRST_PERSON_SINGULAR.findall(body)) >= 3:
        add("speech", 1.5, "第一人称“我”")
    captions = sum(1 for line in article.furniture if is_caption(line))
    if captions:
        add("news", 1.5, "有图片说明")
    if (article.epigraph and "编者按" in article.epigraph) or any(
        _PAPER.search(line) for line in [title, *article.furniture]
    ):
        add("news", 1.5, "报刊编排（编者按、版面）")
    if any(_NEWSPAPER_SOURCE.search(line) for line in article.furniture):
        add("news", 1, "来源是报纸")
    if sections:
        add("experience", 1, "有小标题")
    elif not _measure_paragraphs(article.paragraphs):
        add("commentary", 1, "没有小标题和“一是、二是”")
    if any(s.measures for s in sections) or _measure_paragraphs(article.paragraphs) >= 2:
        add("experience", 1, "有“一是、二是”")
    if not scores:
        return "commentary", ["没有其他文体的证据"]
    best = max(_ORDER, key=lambda form: (scores[form], -_ORDER.index(form)))
    return best, evidence[best]
