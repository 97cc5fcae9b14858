"""`drafter new`: a fact sheet to fill, every key commented in Chinese with examples drawn
from the schema's corpus. The text is built here rather than dumped, so that comments sit
beside the keys they explain. Every value is written as a YAML double-quoted scalar and every
comment is kept to one line, so no text from the user or from a schema can add keys."""

from __future__ import annotations

import unicodedata
from typing import Any

from drafter.errors import UserError
from drafter.facts import Byline, Closing, FactSheet, Figure, FigurePart, Lead, Section
from drafter.files import is_windows_device
from drafter.schema import Schema
from drafter.vocabulary import FORM_LABELS, REPORT_SKELETON

JSON_SCHEMA_NAME = "facts.schema.json"
_DEFAULT_TOPICS = ["组织", "人才", "产业"]
_SUGGESTIONS = 5
REGION_MAX = 30
# Characters Windows does not allow in file names; the region names the fact sheet's file.
_NOT_IN_FILE_NAMES = frozenset('<>:"/\\|?*')
_REGION_RULE = (
    f"地区名应是 1 到 {REGION_MAX} 个字的地名，例：船营区；不能含换行、制表符等控制字符，"
    '不能含“..”，也不能含 < > : " / \\ | ? * 这些不能用在文件名里的字符。'
)


def shown(text: str) -> str:
    """`text` as a message can show it: invisible and control characters as escapes."""
    return "".join(c if c.isprintable() else ascii(c)[1:-1] for c in text)


def _region_problem(name: str) -> str | None:
    if not name:
        return "地区名是空的"
    if len(name) > REGION_MAX:
        return f"地区名太长（{len(name)} 个字）"
    if any(not c.isprintable() and unicodedata.category(c) != "Zs" for c in name):
        return "地区名里有换行、制表符或其他控制字符"
    bad = sorted({c for c in name if c in _NOT_IN_FILE_NAMES})
    if bad:
        return f"地区名里有不能用在文件名里的字符 {' '.join(bad)}"
    if ".." in name or name.endswith("."):
        return "地区名里有“..”或以“.”结尾"
    if is_windows_device(name):
        return f"“{name}”在 Windows 上是设备名，不能作文件名"
    if name.startswith("-"):
        return "地区名不能以“-”开头（命令行会把它当成选项）"
    return None


def check_region(region: str) -> str:
    """The region name, without surrounding spaces, or a UserError saying what it should be:
    it names the fact sheet's file, and it is written into the sheet."""
    name = region.strip()
    problem = _region_problem(name)
    if problem:
        raise UserError(f"{problem}：“{shown(name)}”。", hint=_REGION_RULE)
    return name


def check_topics(topics: list[str]) -> list[str]:
    """The topics given, stripped and without empty ones; a topic is a short word on one line."""
    chosen = [t.strip() for t in topics if t.strip()]
    for topic in chosen:
        if not topic.isprintable():
            raise UserError(
                f"主题里有换行、制表符或其他控制字符：“{shown(topic)}”。",
                hint="主题是两三个字的词，用逗号分隔，例：组织,人才,产业。",
            )
    return chosen


# Escapes for a YAML double-quoted scalar: YAML reads NEL, LS and PS as line breaks, so they
# are escaped with the control characters; a BOM inside a document is not allowed as is.
_YAML_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\x85": "\\N",
    "\u2028": "\\L",
    "\u2029": "\\P",
    "\ufeff": "\\uFEFF",
}


def _yaml_char(c: str) -> str:
    if c in _YAML_ESCAPES:
        return _YAML_ESCAPES[c]
    code = ord(c)
    # YAML's printable set: no C0 or C1 controls, DEL, surrogates, U+FFFE or U+FFFF.
    if code < 0x20 or 0x7F <= code < 0xA0 or 0xD800 <= code < 0xE000 or code in (0xFFFE, 0xFFFF):
        return f"\\x{code:02X}" if code <= 0xFF else f"\\u{code:04X}"
    return c


def yaml_string(value: str) -> str:
    """`value` as a YAML double-quoted scalar that reads back exactly, whatever it holds."""
    return '"' + "".join(map(_yaml_char, value)) + '"'


def _one_line(text: object) -> str:
    """Text for a comment: a line break in it would end the comment and start a key."""
    return "".join(c if c.isprintable() or c == "\t" else " " for c in str(text))


def _comment(indent: str, text: object) -> str:
    return f"{indent}# {_one_line(text)}"


def default_topics(schema: Schema, form: str) -> list[str]:
    """The form's typical number of sections, on its most frequent topics; a report's parts."""
    if form == "report":
        return list(REPORT_SKELETON)
    stats = schema.forms.get(form)
    count = stats.sections.typical if stats and stats.sections else len(_DEFAULT_TOPICS)
    ranked = list(stats.topics) if stats else []
    ranked += [t for t in (*_DEFAULT_TOPICS, *schema.headers.by_topic) if t not in ranked]
    return ranked[: max(1, count)]


def blank_sections(schema: Schema, form: str, topics: list[str]) -> list[Section]:
    """The sections a new sheet starts with: one per topic, to fill; a report's parts come
    with their headers; each with the opening and ending sentences render would choose, so
    the writer sees them and may change them or write 无."""
    said: set[str] = set()
    sections = []
    for topic in topics:
        opening, ending = (
            schema.next_section_frame(role, form, topic, said) if form != "news" else None
            for role in ("opening", "ending")
        )
        section = Section.model_construct(
            topic=topic,
            header=REPORT_SKELETON.get(topic, "") if form == "report" else "",
            points=[],
            measures=[],
            figures=[],
            opening=opening.text if opening else "",
            outcome="",
            ending=ending.text if ending else "",
        )
        sections.append(section)
    return sections


def scaffold(
    region: str,
    form: str,
    schema: Schema,
    topics: list[str],
    next_steps: tuple[str, str] | None = None,
) -> str:
    """The fact sheet to fill for `region`. `next_steps` are the commands that check and render
    it, as the user starts drafter; by default `drafter validate/render 地区名.yaml`."""
    sections = blank_sections(schema, form, topics)
    blank = FactSheet.model_construct(
        form=form,
        region=region,
        sections=sections,
        **{key: field.get_default(call_default_factory=True) for key, field in _REST.items()},
    )
    return sheet_yaml(blank, schema, next_steps)


# Every field of the fact sheet besides the ones sheet_yaml lays out by hand; a field added to
# the model is still written (with its description as the comment), so nothing is lost.
_REST = {
    key: field
    for key, field in FactSheet.model_fields.items()
    if key not in ("form", "region", "sections")
}


def sheet_yaml(sheet: FactSheet, schema: Schema, next_steps: tuple[str, str] | None = None) -> str:
    """`sheet` as the YAML `new` writes: the modeline, every key commented in Chinese with the
    schema's suggestions, and the sheet's own values, which read back exactly. A blank sheet
    gives the scaffold; a filled one (from the web form) a sheet `render` accepts."""
    region, form = sheet.region, sheet.form
    check, render = next_steps or (
        f"drafter {verb} {region}.yaml" for verb in ("validate", "render")
    )
    lines = [
        f"# yaml-language-server: $schema=./{JSON_SCHEMA_NAME}",
        _comment(
            "",
            f"{region}事实表：drafter 用它起草{FORM_LABELS[form]}。文中的数字、名称只来自这里，"
            "drafter 不会编造。",
        ),
        _comment("", f"填好后检查：{check}；生成文稿：{render}"),
        "# 写法：冒号后写内容；列表每项一行，以“- ”开头；整段文字含冒号时请加引号。",
        "",
        _comment("", _about(FactSheet, "form")),
        f"form: {yaml_string(form)}",
        _comment("", f"{_about(FactSheet, 'region')}（必填）"),
        f"region: {yaml_string(region)}",
        *_fields(sheet, ("parent_region", "organization", "date", "title", "theme")),
    ]
    if form == "news" or sheet.dateline:
        datelines = [d.text for stats in schema.forms.values() for d in stats.datelines]
        example = f"，例：{datelines[0]}" if datelines else "，例：本报讯"
        lines += [_comment("", f"电头{example}"), f"dateline: {yaml_string(sheet.dateline)}"]
    if form == "speech" or sheet.occasion or sheet.salutation:
        lines += _fields(sheet, ("occasion", "salutation"))
    lines += _filled(sheet, ("header_style",))
    lines += ["", *_lead(schema, form, sheet.lead), ""]
    if sheet.sections:
        lines.append("sections:")
    else:
        lines.append("sections: []")
    for number, section in enumerate(sheet.sections, start=1):
        lines += _section(schema, form, section, number)
    lines += ["", *_closing(schema, form, sheet.closing), "", *_byline(schema, form, sheet.byline)]
    written = {
        "parent_region", "organization", "date", "title", "theme", "dateline", "occasion",
        "salutation", "header_style", "lead", "closing", "byline",
    }  # fmt: skip
    rest = _filled(sheet, tuple(key for key in _REST if key not in written))
    return "\n".join([*lines, *(["", *rest] if rest else []), ""])


def _about(model: Any, key: str) -> str:
    """The Chinese description of a field, as the JSON Schema gives it to editors too."""
    return model.model_fields[key].description or key


def _value(value: Any, indent: str) -> list[str]:
    """A field's value after `key:`: the first line's tail, then any further lines."""
    if isinstance(value, str):
        return [f" {yaml_string(value)}"]
    if value is None:
        return [" null"]
    if isinstance(value, bool | int):
        return [f" {str(value).lower()}"]
    if isinstance(value, list):
        if not value:
            return [" []"]
        return ["", *(f"{indent}  - {yaml_string(str(item))}" for item in value)]
    return [f" {yaml_string(str(value))}"]


def _field(obj: Any, key: str, indent: str) -> list[str]:
    first, *more = _value(getattr(obj, key), indent)
    return [_comment(indent, _about(type(obj), key)), f"{indent}{key}:{first}", *more]


def _fields(obj: Any, keys: tuple[str, ...], indent: str = "") -> list[str]:
    return [line for key in keys for line in _field(obj, key, indent)]


def _filled(obj: Any, keys: tuple[str, ...], indent: str = "") -> list[str]:
    """The fields among `keys` that hold something other than their default: a scaffold leaves
    them out, a filled sheet must keep them."""
    fields = type(obj).model_fields
    return _fields(
        obj,
        tuple(
            key
            for key in keys
            if getattr(obj, key) != fields[key].get_default(call_default_factory=True)
        ),
        indent,
    )


def _frames_comment(frames: list, indent: str) -> list[str]:
    out = []
    for frame in frames[:_SUGGESTIONS]:
        out.append(_comment(indent, f"  {frame.text}"))
        if frame.example:
            example = frame.example if len(frame.example) <= 60 else frame.example[:60] + "……"
            out.append(_comment(indent, f"    （范文：{example}）"))
    return out


def lead_frames(schema: Schema, form: str) -> list[str]:
    """The lead frames `new` suggests for `form`, in its order."""
    return [f.text for f in _lead_frames(schema, form)[:_SUGGESTIONS]]


def closing_frames(schema: Schema, form: str) -> list[str]:
    """The closing frames `new` suggests for `form`, in its order."""
    return [f.text for f in _closing_frames(schema, form)[:_SUGGESTIONS]]


def header_suggestions(schema: Schema, topic: str) -> list[str]:
    """The corpus's headers for `topic`, in the order `new` offers them."""
    return [c.text for c in schema.headers.by_topic.get(topic, [])][:_SUGGESTIONS]


def _lead_frames(schema: Schema, form: str) -> list:
    return [f for f in schema.leads if f.form == form] or schema.leads


def _closing_frames(schema: Schema, form: str) -> list:
    return [f for f in schema.closings if f.form == form] or schema.closings


def _lead(schema: Schema, form: str, lead: Lead) -> list[str]:
    frames = _lead_frames(schema, form)
    lines = ["# 导语：开头一段。", "lead:"]
    if frames:
        lines += [
            "  # 导语框架：留空则用事实最齐的一个；也可把其中一个复制到引号里。",
            *_frames_comment(frames, "  "),
        ]
    fields = tuple(key for key in Lead.model_fields if key != "frame")
    return [*lines, f"  frame: {yaml_string(lead.frame)}", *_fields(lead, fields, "  ")]


def _number(number: FigurePart) -> list[str]:
    """A figure's or a part's fields; the value unquoted, exactly as typed, so it reads back
    as the same number literal (`12.50` stays `12.50`)."""
    return [
        f"item: {yaml_string(number.item)}",
        f"value: {number.value_text()}",
        f"unit: {yaml_string(number.unit)}",
    ]


def _figure(figure: Figure) -> str:
    """One figure on one line, its parts in it."""
    fields = _number(figure)
    if figure.after is not None:
        fields.append(f"after: {figure.after}")
    if figure.parts:
        shares = ("{" + ", ".join(_number(part)) + "}" for part in figure.parts)
        fields.append(f"parts: [{', '.join(shares)}]")
    return "      - {" + ", ".join(fields) + "}"


def _items(key: str, items: list[str]) -> list[str]:
    # An empty list is written as one blank item: the place to type, dropped when read back.
    return [f"    {key}:", *(f"      - {yaml_string(item)}" for item in items or [""])]


def _section(schema: Schema, form: str, section: Section, number: int) -> list[str]:
    topic = section.topic
    headers = header_suggestions(schema, topic)
    figures = [f for f in schema.figures if f.topic == topic][:2]
    lines = [_comment("  ", f"第 {number} 部分：{topic}"), f"  - topic: {yaml_string(topic)}"]
    if headers:
        lines.append("    # 小标题：留空则从下列范文标题中选用（同一篇不重复），也可自拟：")
        lines += [_comment("    ", f"  {h}") for h in headers]
    else:
        lines.append("    # 小标题：范文中没有这一主题的标题，请自拟；留空则只写正文")
    lines.append(f"    header: {yaml_string(section.header)}")
    if number > 1 and section.level == 1:
        lines.append("    # 要作为上一部分下的二级标题（编为“（一）”），在这里加一行 level: 2")
    lines += [
        "    # 做法和成效：每条一句或一段，原样写入文章（请写本地区的真实情况）；"
        "几条连成一段，要另起一段时单独写一条“另起一段”",
        *_items("points", section.points),
    ]
    if form == "speech" or section.measures:
        lines += [
            "    # 具体举措：按顺序写，生成时排成“一是……二是……”",
            *_items("measures", section.measures),
        ]
    lines.append(
        "    # 数字：只写真实数字，value 用阿拉伯数字、照原样写进文稿；生成时写成“事项+数字+单位”，"
        "接在第 after 条做法之后（不填 after 则写在本部分末尾）；“其中”的部分写在 parts 里，"
        "例：parts: [{item: 进入村两委, value: 63, unit: 名}]"
    )
    for figure in figures:
        example = f"例：- {{item: {figure.item}, value: {figure.value}, unit: {figure.unit}}}"
        lines.append(_comment("    ", example))
    if section.figures:
        lines += ["    figures:", *map(_figure, section.figures)]
    else:
        lines.append("    figures: []")
    if form != "news":
        lines += [
            _frame_choice("开头的论述句", section.opening),
            f"    opening: {yaml_string(section.opening)}",
        ]
    lines += [
        "    # 本部分的成效（一句话，可含数字），生成时写在本部分末尾，"
        "例：全县村集体经济收入全部超过10万元",
        f"    outcome: {yaml_string(section.outcome)}",
    ]
    if form != "news":
        lines += [
            _frame_choice("收尾的一句（接在成效 outcome 之后，没有成效则不写）", section.ending),
            f"    ending: {yaml_string(section.ending)}",
        ]
    known = ("topic", "header", "points", "measures", "figures", "outcome")
    if form != "news":  # a news item has no thesis: its sheet shows them only when filled
        known += ("opening", "ending")
    return lines + _filled(
        section, tuple(k for k in Section.model_fields if k not in known), "    "
    )


def _frame_choice(what: str, chosen: str) -> str:
    """The comment above a section frame: what `new` chose, or that the corpus had none."""
    if chosen:
        return f"    # {what}：从范文中按本部分主题选好的，可改写；写“无”则不要"
    return f"    # {what}：范文中没有合适的，可自写；留空则不加"


def _closing(schema: Schema, form: str, closing: Closing) -> list[str]:
    frames = _closing_frames(schema, form)
    lines = ["# 结尾：可不写；summary 和 pledge 都空时不生成结尾。", "closing:"]
    if frames:
        lines += ["  # 结尾框架：留空则用事实最齐的一个。", *_frames_comment(frames, "  ")]
    fields = tuple(key for key in Closing.model_fields if key != "frame")
    return [*lines, f"  frame: {yaml_string(closing.frame)}", *_fields(closing, fields, "  ")]


def _byline(schema: Schema, form: str, byline: Byline) -> list[str]:
    forms = "、".join(c.text for c in schema.bylines[:_SUGGESTIONS])
    lines = [_comment("", "署名" + (f"（范文中的格式：{forms}）" if forms else "")), "byline:"]
    names = _list_value(byline, "reporters") + _list_value(byline, "correspondents")
    if form == "news":
        lines += [
            "  # 媒体名称，例：临报融媒",
            f"  outlet: {yaml_string(byline.outlet)}",
            "  # 记者、通讯员：每人一项",
            *names,
        ]
        shown_keys = ("outlet", "reporters", "correspondents", "editor")
    else:
        lines += [
            "  # 名字印在哪里：author（执笔人）印在标题下；文末落款印 unit（作者单位），"
            "没填 unit 时印开头的 organization（发文单位）。",
            "  # 同一个名称只填一处即可，填了两处也只印一次；"
            "两处填得不同，drafter 会提醒哪一项没印。",
            "  # 作者",
            f"  author: {yaml_string(byline.author)}",
        ]
        lines += ["  # 作者单位", f"  unit: {yaml_string(byline.unit)}"]
        shown_keys = ("author", "unit", "editor")
    lines += ["  # 责任编辑", f"  editor: {yaml_string(byline.editor)}"]
    others = tuple(key for key in Byline.model_fields if key not in shown_keys)
    return lines + _filled(byline, others, "  ")


def _list_value(obj: Any, key: str) -> list[str]:
    first, *more = _value(getattr(obj, key), "  ")
    return [f"  {key}:{first}", *more]
