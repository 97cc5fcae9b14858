"""`drafter new`: a fact sheet to fill, every key commented in Chinese with examples drawn
from the schema's corpus. The text is built here rather than dumped, so that comments sit
beside the keys they explain; values are written as JSON strings, which YAML reads as is."""

from __future__ import annotations

import json
from typing import Any

from drafter.facts import Closing, FactSheet, Lead
from drafter.schema import Schema
from drafter.vocabulary import FORM_LABELS, REPORT_SKELETON

JSON_SCHEMA_NAME = "facts.schema.json"
_DEFAULT_TOPICS = ["组织", "人才", "产业"]
_SUGGESTIONS = 5


def _q(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def default_topics(schema: Schema, form: str) -> list[str]:
    """The form's typical number of sections, on its most frequent topics; a report's parts."""
    if form == "report":
        return list(REPORT_SKELETON)
    stats = schema.forms.get(form)
    count = stats.sections.typical if stats and stats.sections else len(_DEFAULT_TOPICS)
    ranked = list(stats.topics) if stats else []
    ranked += [t for t in (*_DEFAULT_TOPICS, *schema.headers.by_topic) if t not in ranked]
    return ranked[: max(1, count)]


def scaffold(region: str, form: str, schema: Schema, topics: list[str]) -> str:
    lines = [
        f"# yaml-language-server: $schema=./{JSON_SCHEMA_NAME}",
        f"# {region}事实表：drafter 用它起草{FORM_LABELS[form]}。文中的数字、名称只来自这里，"
        "drafter 不会编造。",
        f"# 填好后检查：drafter validate {region}.yaml；生成文稿：drafter render {region}.yaml",
        "# 写法：冒号后写内容；列表每项一行，以“- ”开头；整段文字含冒号时请加引号。",
        "",
        f"# {_about(FactSheet, 'form')}",
        f"form: {form}",
        f"# {_about(FactSheet, 'region')}（必填）",
        f"region: {_q(region)}",
        *_blank_fields(FactSheet, ("parent_region", "organization", "date", "title", "theme")),
    ]
    if form == "news":
        datelines = [d.text for stats in schema.forms.values() for d in stats.datelines]
        example = f"，例：{datelines[0]}" if datelines else "，例：本报讯"
        lines += [f"# 电头{example}", 'dateline: ""']
    lines += ["", *_lead(schema, form), "", "sections:"]
    for number, topic in enumerate(topics, start=1):
        lines += _section(schema, form, topic, number)
    lines += ["", *_closing(schema, form), "", *_byline(schema, form), ""]
    return "\n".join(lines)


def _about(model: Any, key: str) -> str:
    """The Chinese description of a field, as the JSON Schema gives it to editors too."""
    return model.model_fields[key].description or key


def _blank_fields(model: Any, keys: tuple[str, ...], indent: str = "") -> list[str]:
    return [
        line for key in keys for line in (f"{indent}# {_about(model, key)}", f'{indent}{key}: ""')
    ]


def _frames_comment(frames: list, indent: str) -> list[str]:
    out = []
    for frame in frames[:_SUGGESTIONS]:
        out.append(f"{indent}#   {frame.text}")
        if frame.example:
            example = frame.example if len(frame.example) <= 60 else frame.example[:60] + "……"
            out.append(f"{indent}#     （范文：{example}）")
    return out


def _lead(schema: Schema, form: str) -> list[str]:
    frames = [f for f in schema.leads if f.form == form] or schema.leads
    lines = ["# 导语：开头一段。", "lead:"]
    if frames:
        lines += [
            "  # 导语框架：留空则用事实最齐的一个；也可把其中一个复制到引号里。",
            *_frames_comment(frames, "  "),
        ]
    fields = ("when", "policy", "aim", "event", "approach", "outcome")
    return [*lines, '  frame: ""', *_blank_fields(Lead, fields, "  ")]


def _section(schema: Schema, form: str, topic: str, number: int) -> list[str]:
    headers = [c.text for c in schema.headers.by_topic.get(topic, [])][:_SUGGESTIONS]
    figures = [f for f in schema.figures if f.topic == topic][:2]
    lines = [f"  # 第 {number} 部分：{topic}", f"  - topic: {_q(topic)}"]
    if headers:
        lines.append("    # 小标题：留空则从下列范文标题中选用（同一篇不重复），也可自拟：")
        lines += [f"    #   {h}" for h in headers]
    else:
        lines.append("    # 小标题：范文中没有这一主题的标题，请自拟；留空则只写正文")
    lines += [
        f"    header: {_q(REPORT_SKELETON.get(topic, '') if form == 'report' else '')}",
        "    # 做法和成效：每条一句或一段，原样写入文章（请写本地区的真实情况）",
        "    points:",
        '      - ""',
    ]
    if form == "speech":
        lines += [
            "    # 具体举措：按顺序写，生成时排成“一是……二是……”",
            "    measures:",
            '      - ""',
        ]
    lines.append("    # 数字：只写真实数字，value 用阿拉伯数字；生成时写成“事项+数字+单位”")
    for figure in figures:
        lines.append(
            f"    # 例：- {{item: {figure.item}, value: {figure.value}, unit: {figure.unit}}}"
        )
    lines.append("    figures: []")
    return lines


def _closing(schema: Schema, form: str) -> list[str]:
    frames = [f for f in schema.closings if f.form == form] or schema.closings
    lines = ["# 结尾：可不写；summary 和 pledge 都空时不生成结尾。", "closing:"]
    if frames:
        lines += ["  # 结尾框架：留空则用事实最齐的一个。", *_frames_comment(frames, "  ")]
    return [*lines, '  frame: ""', *_blank_fields(Closing, ("summary", "pledge"), "  ")]


def _byline(schema: Schema, form: str) -> list[str]:
    forms = "、".join(c.text for c in schema.bylines[:_SUGGESTIONS])
    lines = ["# 署名" + (f"（范文中的格式：{forms}）" if forms else ""), "byline:"]
    if form == "news":
        lines += [
            "  # 媒体名称，例：临报融媒",
            '  outlet: ""',
            "  # 记者、通讯员：每人一项",
            "  reporters: []",
            "  correspondents: []",
        ]
    else:
        lines += ["  # 作者", '  author: ""', "  # 作者单位", '  unit: ""']
    lines += ["  # 责任编辑", '  editor: ""']
    return lines
