"""Which of the customary topics a section is about, from its header and its body.

The topics are the five revitalizations as county reports name them (组织, 人才, 产业, and
治理 standing for 生态/文化's neighbour), with 生态, 文化 and 作风 where a corpus has them.
Each is known by the words that carry it; the header counts three times its body.
"""

from __future__ import annotations

TOPICS: dict[str, tuple[str, ...]] = {
    "组织": (
        "组织",
        "支部",
        "党组织",
        "堡垒",
        "党建",
        "党员",
        "阵地",
        "党委",
        "主心骨",
        "标准化",
        "政治",
        "先锋",
        "引领",
        "机制",
        "示范",
        "目标",
        "思路",
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
        "归雁",
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


def topic_of(header: str, body: str) -> str:
    """The topic whose words weigh most in the header and body (the first listed on a tie)."""
    best, best_score = "组织", 0
    for topic, words in TOPICS.items():
        score = sum(_HEADER_WEIGHT * header.count(w) + body.count(w) for w in words)
        if score > best_score:
            best, best_score = topic, score
    return best
