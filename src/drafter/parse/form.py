"""The form of an article as a scored decision over the five forms, with its evidence.

Each kind of evidence is what any article of the genre carries, not one article's wording:
a dateline or reporters (news), a speech title or a salutation (speech), the parts of a
research report (基本情况, 存在的问题, 对策建议), a commentary's title or its argument without
a place at its head, and the headers of an experience piece. How much each kind counts for
each form is learned from the development corpus (`form_weights`, written by
`python -m tests.fit_form`), not set by hand: hand-set weights fitted the pages they were
set on and no others. A title that names a form counts for it by one weight shared by all such
titles (`NAMED`), learned from all of them together: each kind alone is too rare to learn from.
Beside the kinds, the words a piece opens with count (`WORDS`): which of the few hundred words
that pages of every batch use are there (记者, 我们, 调研, 必须, 同志们 …), each with its learned
weight for each form. The highest score wins; ties go to the earlier form in `_ORDER`.
"""

from __future__ import annotations

import heapq
import operator
import re
from collections.abc import Iterable
from dataclasses import dataclass

from drafter.article import Article
from drafter.parse.form_weights import BIAS, NAMED, WEIGHTS, WORD_FORMS, WORDS
from drafter.parse.furniture import is_caption
from drafter.parse.paper import is_paper_note
from drafter.parse.salutation import addresses_an_office
from drafter.places import contains_region
from drafter.text.chars import HAN
from drafter.vocabulary import Form

# (`在…培训班上的辅导报告`: what is said at a meeting is a speech, whatever it is called)
_SPEECH_TITLE = re.compile(
    r"发言|讲话|讲稿|致辞|欢迎[辞词]|表态|演讲|党课|政府工作报告|主持词"
    r"|在[^，。]{2,50}?(?:会议?|班|式|典礼|论坛)上的"
)
# A work summary, a 述职报告, a model's deeds or a 驻村日记: a written account of work done.
# (`…的主要做法`, `经验做法`; a 情况汇报 is written to the leadership, not said; a diary the
# title names, not one a caption mentions: `…正在梳理手头上的工作日记`)
_EXPERIENCE_TITLE = re.compile(
    r"述职报告|工作总结|事迹(?!报告)|典型经验|做法|情况汇报|(?<!的)(?<!的工作)日记"
)
# A headline that reports an event: `神木市召开驻村工作调度会`, an official's visit
# (`…在基层调研时强调`, `市委书记到某村调研`).
_NEWS_TITLE = re.compile(r"召开|举行|举办|调研时|(?:到|赴|深入)[^，。：\s]{1,20}调研")
# (a case study's subtitle: `——以S村积分制治理为例`)
_REPORT_TITLE = re.compile(r"调研|调查|报告|研究|现状|对策|思考与建议|的思考|为例")
_COMMENTARY_TITLE = re.compile(r"评论|时评|短评|述评|评论员|编后|浅谈|浅析|刍议|随笔|感悟|启示|论")
_REPORT_PART = re.compile(r"基本情况|基本概况|现状|存在的?问题|主要问题|原因|对策|建议|思路和目标")
# The date opens the lead, or follows its aim (`为深入贯彻……，近日，神木市召开…`).
_NEWS_LEAD = re.compile(
    # (`今天，我们在这里召开…` is a speaker opening the meeting)
    r"^(?:为[^。！？]{2,60}?，)?(?:\d{1,2}月\d{1,2}日|\d{1,2}日|近日|日前|连日来|昨天|今天(?!，?我)|本月)"
)
_NEWS_VOICE = re.compile(
    # (each branch opens on its own character: the engine skips ahead to them)
    r"据了解|据介绍|记者(?:了解|看到|获悉|从|走进)|强调[，：]|指出[，：]|表示[，：]|介绍[，：]|走进"
    # a quotation and who said it (`……，”胡新平说`), not the speaker's own (`”我对大家说`)
    r"|”[，,]?(?!我|经过|通过)[^“”。，！？]{2,15}?(?:(?<![劝听据以是再])说|介绍|表示|告诉记者)"
)
# A researcher's account of how the facts were gathered.
_RESEARCH = re.compile(r"调研|调查|问卷|访谈|课题组")
# How a study got its facts: data, samples, fieldwork (a study of one place is a report).
_EMPIRICAL = re.compile(r"实证|样本|田野|实地|统计数据|调研数据|数据来源")
# A paper's apparatus: citations (`[1]`), literature, "this paper", scholars; the kinds of them
# found count, not how often (every citation mark is one kind). (each branch opens on its own
# character, so the engine skips ahead to them)
_SCHOLARLY = re.compile(r"参考文献|学者|本文|笔者|文献|\[\d{1,2}[\]］]|［\d{1,2}[\]］]")
_NATION = re.compile(r"我们党|党和国家|我国")
# (each branch opens on its character, what stands before it checked after: the engine skips
# ahead to those characters, several times faster over a page)
_OUGHT = re.compile(r"必须|应当|应该|需要|要(?<![重主只纲摘提首]要)(?![求素点闻件害领务紧])")
_FIRST_PERSON = re.compile(r"我们|我镇|我县|我区|我市|我村|我乡|我局")
# A speaker turning to the hall: `同志们，`, `刚才，`, `我代表区委`, `希望大家`.
_ADDRESS = re.compile(
    r"同志们[，！]|刚才[，]|我谨?代表|希望大家|请大家|下面[，]?我[讲谈说]"
    # a speaker who greets the hall or introduces himself (`我叫…`, `在这里发言`)
    r"|表示(?:热烈|衷心|诚挚)的?(?:祝贺|欢迎|感谢)|我叫|在这里发言"
)
_PAPER = re.compile(r"上接第.版|下转第.版|\d{1,4}版[:：]|版面|编者按")
# The page's metadata names a newspaper, a news site or a station as the source: a news item.
_NEWSPAPER_SOURCE = re.compile(
    r"来源\s*[:：]\s*[^|｜\s]{0,15}?(?:日报|晚报|时报|报社|报|网|新闻|融媒|电视台|广播|客户端)"
)
# Reporters named in the page's metadata line (`来源：…日报 记者 张三 李四`).
_REPORTERS_IN_METADATA = re.compile(rf"(?:^|\s)(?:本报|本台|本网)?记者\s*[{HAN}]{{2,3}}(?:\s|$)")
# Who reported it, in brackets on a line of its own: `（武山 赵妍 王迎 报道）`.
_REPORTED_BY = re.compile(r"[（(][^（）()]{2,30}(?:报道|供稿)[)）]")
_ARGUMENT = re.compile(r"只有|才能|必须|应当|关键在|根本在|意味着|本质上|归根结底|由此可见|因此")
_FIRST_PERSON_SINGULAR = re.compile(r"我(?![们县市区镇乡村局委])")
# (a figure is read from its first digit, what stands before it checked after: the engine skips
# ahead to digits, and a long run of digits is not tried at each one)
_FIGURE = re.compile(
    r"\d(?<![\d.]\d)\d*(?:\.\d+)?\s*(?:%|万元|亿元|元|名|个|人次|人|家|户|亩|项|次|场|支|条|所|公里)"
)
_DATE = re.compile(r"\d{1,2}月\d{1,2}日")
_NAMED_WORK = re.compile(r"《[^《》]*》")
_ABSTRACT = re.compile(r"[【\[〔]?(?:内容)?(?:摘\s*要|提\s*要)[】\]〕]?\s*[:：]?")
_MEASURE_OPENING = re.compile(r"^[一二三四五六七八九十]是")
_AUTHOR_FIELD = re.compile(r"^[【\[〔]?作者")
_TELLING_WORDS = 5  # the words named among the reasons
# Tie order: the more specific evidence first.
_ORDER: tuple[Form, ...] = ("news", "speech", "report", "commentary", "experience")


# A commentary argues in general; the other forms tell of places, paragraph after paragraph.
# (the first paragraphs, their openings: a place is named early, and tagging is dear)
_PLACED_PARAGRAPHS, _PLACED_REACH = 4, 40
_ABSTRACT_REACH = 300


def _placed_share(paragraphs: list[str]) -> float:
    opened = [p[:_PLACED_REACH] for p in paragraphs if p][:_PLACED_PARAGRAPHS]
    return sum(map(contains_region, opened)) / len(opened) if opened else 0.0


# Words are looked for in the opening of the piece, as long as the saved pages learned from
# (600 characters at the median): a whole article holds more of them than any page learned
# from, and would score higher for every form whose words it uses.
_WORD_REACH = 600
# What a word found counts, against 1 for a kind of evidence: a page holds a few hundred of the
# words and a dozen or so kinds; at full value the words' sum swamps the kinds while the fit is
# still learning them (the value chosen by `python -m tests.fit_form --cv`).
WORD_VALUE = 0.3


def _paragraphs(article: Article) -> list[str]:
    return [
        article.lead or "",
        *article.paragraphs,
        *(
            p
            for section in article.all_sections()
            for p in [*section.paragraphs, *(m.text for m in section.measures)]
        ),
        article.closing or "",
    ]


def form_text(article: Article) -> str:
    """Where the words are looked for: the title and the opening of the body."""
    # (joined only as far as the reach: the whole body is joined once, for the kinds)
    pieces, joined = [], -1
    for piece in (article.title or "", *_paragraphs(article)):
        pieces.append(piece)
        joined += len(piece) + 1
        if joined >= _WORD_REACH:
            break
    return " ".join(pieces)[:_WORD_REACH]


@dataclass(frozen=True)
class Vocabulary:
    """Words to look for (two characters or more), split once for the lookup: the words of two
    characters, and the longer ones."""

    pairs: frozenset[str]
    longer: tuple[str, ...]

    @classmethod
    def of(cls, words: Iterable[str]) -> Vocabulary:
        listed = tuple(words)
        pairs = frozenset(w for w in listed if len(w) == 2)
        return cls(pairs, tuple(w for w in listed if len(w) > 2))

    def found_in(self, text: str) -> frozenset[str]:
        """The words that occur in `text`."""
        # (the text's pairs of characters, then the two-character words are one set intersection
        # and a longer word is searched for only when its first pair is there: a search of the
        # text for each of hundreds of words costs several times more; the pairs joined
        # character to character, a third faster than slicing)
        pieces = set(map(operator.add, text, text[1:]))
        found = pieces & self.pairs
        return frozenset(found).union(w for w in self.longer if w[:2] in pieces and w in text)


_LEARNED = Vocabulary.of(WORDS)


def _measure_paragraphs(paragraphs: list[str]) -> int:
    return sum(1 for p in paragraphs if _MEASURE_OPENING.match(p))


@dataclass(frozen=True)
class Evidence:
    feature: str  # the name the learned weights know it by
    reason: str  # what the reader is told, in Chinese
    value: float = 1.0  # how much of it (a count, capped)
    names: Form | None = None  # the form it names outright (a title: `…交流发言`)


def evidence(article: Article) -> list[Evidence]:
    """Every kind of form evidence the article carries (the words apart: `Vocabulary`)."""
    found: list[Evidence] = []

    def note(feature: str, reason: str, value: float = 1.0, names: Form | None = None) -> None:
        found.append(Evidence(feature, reason, value, names))

    title = article.title or ""
    # (what a title names in 《》 is a document's name, not its own form: `《…研究报告》发布会召开`)
    says = _NAMED_WORK.sub("", title)
    sections = article.all_sections()
    paragraphs = _paragraphs(article)
    body = " ".join(paragraphs)
    if article.dateline:
        note("dateline", f"电头“{article.dateline}”")
    if (
        article.byline.reporters
        or article.byline.correspondents
        or any(
            _REPORTERS_IN_METADATA.search(line) or _REPORTED_BY.fullmatch(line)
            for line in article.furniture
        )
    ):
        note("reporters", "记者、通讯员署名")
    if article.lead and _NEWS_LEAD.match(article.lead):
        note("dated_lead", "导语以日期开头")
    # (a feature story opens on what someone said: `“以前村里的大事只有村干部知道……”`)
    if (article.lead or "").startswith("“"):
        note("quoted_lead", "导语以引语开头")
    if _DATE.search(body):
        note("dates", "正文写到某月某日")
    if "记者" in body:  # a reporter went, saw, asked
        note("reporter_in_text", "正文提到记者")
    if voices := len(_NEWS_VOICE.findall(body)):
        note("reported_speech", "转述讲话或“据了解”", min(voices, 3))
    if _SPEECH_TITLE.search(says):
        note("speech_title", "标题是发言、讲话、讲稿、致辞或主持词", names="speech")
    if article.salutation and not addresses_an_office(article.salutation):
        note("salutation", f"称呼“{article.salutation}”")
    if (turns := len(set(_ADDRESS.findall(body)))) >= 2:
        note("address", "对台下说话（同志们、刚才、我代表）", min(turns, 4))
    if len(_FIRST_PERSON.findall(body)) >= 3:
        note("we", "第一人称“我们”")
    if any(s.style == "numbered" for s in sections) and any(s.measures for s in sections):
        note("numbered_measures", "序号标题下分“一是、二是”")
    if _EXPERIENCE_TITLE.search(says):
        note(
            "experience_title",
            "标题是工作总结、述职报告、事迹材料、做法、情况汇报或日记",
            names="experience",
        )
    if _NEWS_TITLE.search(says):
        note("event_title", "标题报道会议、活动", names="news")
    # (述职报告 and 辅导报告 are not research, nor is a visit)
    if (
        _REPORT_TITLE.search(says)
        and not _EXPERIENCE_TITLE.search(says)
        and not _SPEECH_TITLE.search(says)
        and not _NEWS_TITLE.search(says)
    ):
        note("report_title", "标题是调研报告", names="report")
    if ought := len(_OUGHT.findall(body)):  # how often, per 200 characters: pages stop short
        note("ought", "讲应当怎样做", min(ought * 200 / len(body), 2.0))
    if scholarly := len({"[]" if m[0][0] in "[［" else m[0] for m in _SCHOLARLY.finditer(body)}):
        note("scholarly", "学术论文用语（文献、学者、本文）", min(scholarly, 4))
    if _NATION.search(body):
        note("nation", "以全党全国为视角")
    # (a journal page's abstract says how the facts were gathered, often only there)
    if _RESEARCH.search(body) or _RESEARCH.search(article.epigraph or ""):
        note("research", "写到调研、问卷、访谈")
    if any(_EMPIRICAL.search(text) for text in [body, article.epigraph or "", *article.furniture]):
        note("empirical", "写到实证、样本、实地调查或统计数据")
    if parts := sum(1 for s in sections if _REPORT_PART.search(s.header)):
        note("report_parts", "有“基本情况、存在问题、对策建议”等部分", min(parts, 3))
    if _COMMENTARY_TITLE.search(says):
        note("commentary_title", "标题是评论", names="commentary")
    if title and contains_region(title):
        note("placed_title", "标题写到具体地方")
    elif title:
        note("unplaced_title", "标题不写具体地方")
    if contains_region((article.lead or "")[:120]):
        note("placed_lead", "导语写到具体地方")
    # (a paper's case: its abstract says where it was studied, `本文以浙江省安吉县为例…`)
    if contains_region((article.epigraph or "")[:_ABSTRACT_REACH]):
        note("placed_abstract", "摘要写到具体地方")
    if placed := _placed_share(paragraphs):
        note("placed_text", "正文各段写到具体地方", placed)
    if len(_ARGUMENT.findall(body)) >= 4:
        note("argument", "议论性词语多")
    if len(_FIGURE.findall(body)) >= 3:
        note("figures", "有具体数字")
    if len(_FIRST_PERSON_SINGULAR.findall(body)) >= 3:
        note("i", "第一人称“我”")
    if any(is_caption(line) for line in article.furniture):
        note("captions", "有图片说明")
    if (article.epigraph and "编者按" in article.epigraph) or any(
        _PAPER.search(line) for line in [title, *article.furniture]
    ):
        note("newspaper_layout", "报刊编排（编者按、版面）")
    if any(_NEWSPAPER_SOURCE.search(line) for line in article.furniture):
        note("newspaper_source", "来源是报纸或新闻网站")
    # (or an abstract labelled as papers label it: `内容提要 …`, `摘要：…`, the label set aside;
    # an author's field is any site's, a newspaper's most of all)
    if any(
        (is_paper_note(line) and not _AUTHOR_FIELD.match(line)) or _ABSTRACT.fullmatch(line)
        for line in article.furniture
    ) or (
        _ABSTRACT.match(article.epigraph or "")
    ):
        note("journal", "有关键词、摘要等期刊格式")
    if sum(1 for s in sections if s.style == "sentence") >= 2:
        note("sentence_headers", "段首有句式小标题")
    if sections:
        note("headers", "有小标题")
    elif not _measure_paragraphs(article.paragraphs):
        note("no_headers", "没有小标题和“一是、二是”")
    if any(s.measures for s in sections) or _measure_paragraphs(article.paragraphs) >= 2:
        note("measures", "有“一是、二是”")
    return found


def classify(article: Article) -> tuple[Form, list[str]]:
    """The article's form and the evidence for it, in Chinese: what counts for that form (of
    the words, those that count most for it)."""
    found = evidence(article)
    words = _LEARNED.found_in(form_text(article))

    def counts(e: Evidence, form: Form) -> float:
        return WEIGHTS.get(e.feature, {}).get(form, 0.0) + (NAMED if e.names == form else 0.0)

    # (the words' sums at once, a column per form: hundreds of words are found on a page)
    columns = zip(*(WORDS[w] for w in words), strict=True)
    by_words = [WORD_VALUE * sum(c) for c in columns] if words else [0.0] * len(WORD_FORMS)

    def score(form: Form) -> float:
        return (
            BIAS[form]
            + sum(counts(e, form) * e.value for e in found)
            + by_words[WORD_FORMS.index(form)]
        )

    best = max(_ORDER, key=lambda form: (score(form), -_ORDER.index(form)))
    reasons = [e.reason for e in found if counts(e, best) > 0]
    column = WORD_FORMS.index(best)
    telling = heapq.nlargest(
        _TELLING_WORDS,
        (w for w in words if WORDS[w][column] > 0),
        key=lambda w: (WORDS[w][column], w),
    )
    if telling:
        reasons.append("用词" + "、".join(f"“{w}”" for w in telling))
    return best, reasons or ["没有其他文体的证据"]
