"""Which of the customary topics a section is about, from its header and its body.

The topics are the five revitalizations as county reports name them (组织, 人才, 产业, and
治理 standing for 生态/文化's neighbour), with 生态, 文化 and 作风 where a corpus has them.
Each is known by the words that carry it; the header counts three times its body. Words the
whole genre uses everywhere (党建引领, 示范) are no evidence of a topic and are left out.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

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
_HEADER_WEIGHT = 3


@cache
def _words() -> tuple[re.Pattern[str], dict[str, list[str]]]:
    """One pattern for every topic word (longest first), and the topics each word counts for."""
    owners: dict[str, list[str]] = {}
    for topic, words in TOPICS.items():
        for word in words:
            owners.setdefault(word, []).append(topic)
    pattern = re.compile("|".join(sorted(map(re.escape, owners), key=len, reverse=True)))
    return pattern, owners


def topic_of(header: str, body: str) -> str:
    """The topic whose words weigh most in the header and body (the first listed on a tie)."""
    pattern, owners = _words()
    weights: Counter[str] = Counter()
    for text, weight in ((header, _HEADER_WEIGHT), (body, 1)):
        for word, times in Counter(pattern.findall(text)).items():
            for topic in owners[word]:
                weights[topic] += weight * times
    if not weights:
        return next(iter(TOPICS))
    best = max(weights.values())
    return next(topic for topic in TOPICS if weights[topic] == best)
