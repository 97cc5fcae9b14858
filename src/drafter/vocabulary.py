"""The words every stage must agree on: forms, header styles, frame slots and the
markers that open a closing. parse, analyze, facts, the scaffold and render import them from
here, so adding a form or a slot is one edit."""

from __future__ import annotations

import re
from typing import Literal

from drafter.text.chars import HAN

Form = Literal["experience", "speech", "news", "commentary", "report"]
FORMS: tuple[str, ...] = ("experience", "speech", "news", "commentary", "report")
FORM_LABELS: dict[str, str] = {
    "experience": "经验材料/信息",
    "speech": "交流发言",
    "news": "新闻稿",
    "commentary": "评论/理论文章",
    "report": "调研报告",
}

HeaderStyle = Literal["numbered", "sentence", "line"]
STYLE_LABELS: dict[str, str] = {"numbered": "序号标题", "sentence": "句首标题", "line": "独行标题"}

# Slots a lead or closing frame may hold, each filled from the fact sheet's field of that name.
LEAD_SLOTS: tuple[str, ...] = ("region", "when", "policy", "aim", "event", "approach", "outcome")
CLOSING_SLOTS: tuple[str, ...] = ("summary", "pledge")

# What a section says besides the writer's facts (analyze learns them, render uses them):
# a thesis that opens it, the opener of its result sentence, the clause that ends it.
SECTION_ROLES: tuple[str, ...] = ("opening", "result", "ending")
# What the writer puts in a section's `opening` or `ending` to have none.
NO_SENTENCE: tuple[str, ...] = ("无", "不用", "不要")

# A time phrase that opens a clause: a lead's `{when}` (analyze), and the time a frame's own
# words say that her value may say already (render: `如今，` + `今年…`).
TIME_PHRASE = (
    r"近日|日前|近期|前不久|今年以来|近年来|去年以来|今年|去年|目前|当前|新时代以来|如今|现在|截至"
    rf"|[{HAN}]{{1,3}}时节|[春夏秋冬]季|\d{{4}}年(?:\d{{1,2}}月)?(?:\d{{1,2}}日)?|\d{{1,2}}月\d{{1,2}}日"
)

# A closing paragraph announces itself with one of these words.
CLOSING_MARKERS = re.compile(
    r"^(?:总之|总而言之|综上所述|综上|下一步|下步|今后|接下来|面向未来|展望未来|我们将)"
)

# A research report (调研报告) is built on these parts, in this order: topic → header.
REPORT_SKELETON: dict[str, str] = {
    "基本情况": "基本情况",
    "主要做法": "主要做法和成效",
    "存在问题": "存在的问题",
    "意见建议": "对策建议",
}
# The names a report's parts go by, as its headers start with them.
REPORT_PARTS = (
    "基本情况",
    "基本概况",
    "现状",
    "主要做法",
    "主要成效",
    "工作成效",
    "存在的问题",
    "存在问题",
    "主要问题",
    "原因分析",
    "主要原因",
    "对策建议",
    "意见建议",
    "几点建议",
)


# The customary topics of a section, each known by the words that carry it (analyze files
# headers under them; render prefers a borrowed header that says its section's topic).
TOPICS: dict[str, tuple[str, ...]] = {
    "组织": (
        "组织",
        "支部",
        "堡垒",
        "党建",
        "党员",
        "阵地",
        "党委",
        "主心骨",
        "标准化",
        "政治",
        "先锋",
        "机制",
    ),
    "人才": (
        "人才",
        "队伍",
        "干部",
        "带头人",
        "头雁",
        "青年",
        "培训",
        "后备",
        "选派",
        "书记",
        "班子",
        "人员",
        "能力",
        "素质",
        "乡贤",
    ),
    "产业": (
        "产业",
        "经济",
        "增收",
        "项目",
        "农业",
        "品牌",
        "合作社",
        "电商",
        "致富",
        "收入",
        "种植",
        "养殖",
        "市场",
        "发展",
        "资源",
        "集体经济",
    ),
    "治理": (
        "治理",
        "网格",
        "矛盾",
        "纠纷",
        "自治",
        "法治",
        "平安",
        "服务",
        "群众",
        "诉求",
        "调解",
        "秩序",
        "安全",
        "民生",
    ),
    "生态": ("生态", "环境", "人居", "绿色", "宜居", "整治", "污染"),
    "文化": ("文化", "文明", "乡风", "移风易俗", "文旅", "历史", "传统", "精神"),
    "作风": (
        "作风",
        "纪律",
        "形式主义",
        "官僚主义",
        "八项规定",
        "廉洁",
        "监督",
        "落实",
        "担当",
        "保障",
        "考核",
        "责任",
    ),
}
