"""The readable summary `drafter analyze` prints: a table per form, then the files it could
not use and why."""

from __future__ import annotations

import unicodedata

from drafter.analyze import Analysis
from drafter.analyze.borrow import LEFT_OUT_LABELS
from drafter.vocabulary import FORM_LABELS, STYLE_LABELS


def _pad(text: str, width: int) -> str:
    """Pad to `width` terminal columns; Chinese characters take two."""
    used = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(0, width - used)


def summary(analysis: Analysis) -> str:
    schema = analysis.schema
    lines = [
        f"语料：{schema.corpus.articles} 篇可用，共 {schema.corpus.characters} 字；"
        f"未能使用 {len(analysis.rejected)} 篇。",
        "",
        _pad("文体", 16)
        + _pad("篇数", 6)
        + _pad("一级标题数（少/多/常见）", 26)
        + "标题样式；主题",
    ]
    for form, stats in schema.forms.items():
        span = stats.sections
        counts = f"{span.min}/{span.max}/{span.typical}" if span else "—"
        styles = "、".join(f"{STYLE_LABELS[k]} {v}" for k, v in stats.header_styles.items()) or "—"
        topics = "、".join(stats.topics) or "—"
        lines.append(
            _pad(FORM_LABELS[form], 16)
            + _pad(str(stats.articles), 6)
            + _pad(counts, 26)
            + f"{styles}；{topics}"
        )
    lines += [
        "",
        f"标题句式 {len(schema.headers.shapes)} 种，主题 {len(schema.headers.by_topic)} 类，"
        f"导语框架 {len(schema.leads)} 个，结尾框架 {len(schema.closings)} 个，"
        f"署名格式 {len(schema.bylines)} 种，常用语 {len(schema.phrases)} 条。",
    ]
    if analysis.left_out:
        reasons = "、".join(
            f"{LEFT_OUT_LABELS[k]} {n}"
            for k, n in sorted(analysis.left_out.items(), key=lambda i: -i[1])
        )
        lines.append(f"未收入标题建议的标题：{reasons}。")
    if analysis.rejected:
        lines.append("未能使用的文件：")
        lines += [f"  {r.source}：{r.reason}" for r in analysis.rejected]
    return "\n".join(lines)
