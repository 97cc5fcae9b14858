"""`drafter check`: proofread a draft after the writer has edited it — against the house rules,
her fact sheet and the corpus (查重) — offline.

`check_draft` reads the draft, runs every rule that applies and is not skipped, and returns a
CheckReport whose findings are each located in her file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from drafter.check.findings import CheckReport, Finding

__all__ = ["CheckOptions", "CheckReport", "Finding", "check_draft", "rule_table"]

# `check` exits with this when findings at error level remain: not 1 (a defect of drafter) and
# not 2 (bad input).
FINDINGS_EXIT_CODE = 3


@dataclass
class CheckOptions:
    facts: Path | None = None
    corpus: Path | None = None
    schema: Path | None = None
    variant: str = "zh-Hans"
    skip: list[str] = field(default_factory=list)


def rule_table() -> str:
    """The rules, one a line, for `check --rules`."""
    from drafter.check.findings import SEVERITY_LABELS
    from drafter.check.rules import all_rules

    needs = {
        "facts": "（需 --facts）",
        "corpus": "（需 --corpus）",
        "docx": "（仅 DOCX）",
        "pages": "（仅 DOCX，需安装 LibreOffice）",
    }
    return "\n".join(
        f"{rule.name:<6}{SEVERITY_LABELS[rule.severity]}  {rule.about}{needs.get(rule.needs, '')}"
        for rule in all_rules()
    )


def check_draft(path: str | Path, options: CheckOptions | None = None) -> CheckReport:
    from drafter.check import pages
    from drafter.check.draft import read_draft
    from drafter.check.rules import Context, all_rules
    from drafter.errors import UserError
    from drafter.text.script import VARIANTS

    options = options or CheckOptions()
    rules = all_rules()
    unknown = [name for name in options.skip if name not in {r.name for r in rules}]
    if unknown:
        raise UserError(
            f"没有名为“{'、'.join(unknown)}”的规则。",
            hint="drafter check --rules 列出全部规则名。",
        )
    if options.variant not in VARIANTS:
        raise UserError(f"不认识的字形“{options.variant}”。", hint=f"可选：{'、'.join(VARIANTS)}。")
    draft = read_draft(path)
    context = Context(draft, options.variant)
    report = CheckReport(str(draft.path))
    if options.facts is not None:
        from drafter.facts.load import load_fact_sheet

        context.sheet = load_fact_sheet(options.facts).sheet
    context.common = _common_phrases(options.schema)
    if options.corpus is not None:
        from drafter.check.originality import load_index

        context.index = load_index(options.corpus)
    available = {"facts": context.sheet is not None, "corpus": context.index is not None}
    available["docx"] = draft.format == "docx"
    available["pages"] = available["docx"] and pages.available()
    reasons = {
        "facts": "没有给出 --facts 事实表",
        "corpus": "没有给出 --corpus 语料目录",
        "docx": "这是 Markdown 稿",
        "pages": "这是 Markdown 稿" if draft.format != "docx" else "没有安装 LibreOffice",
    }
    for rule in rules:
        if rule.name in options.skip:
            continue
        if rule.needs and not available[rule.needs]:
            report.skipped.append(f"{reasons[rule.needs]}，未检查“{rule.name}”")
            continue
        try:
            report.findings += list(rule.run(rule, context))
        except UserError:
            raise
        except (ValueError, TypeError, AttributeError, IndexError, LookupError) as error:
            if draft.format != "docx":
                raise
            # Well-formed XML that is not the WordprocessingML python-docx expects (a margin of
            # "abc", a style with no name): her file, not our fault.
            raise UserError(
                f"稿子的结构 drafter 读不懂（{type(error).__name__}），未能完成“{rule.name}”检查。",
                file=draft.path,
                hint="在 Word 或 WPS 中打开它，另存为 .docx 后再试。",
            ) from None
    # In reading order; findings about the whole file (format, totals) last.
    report.findings.sort(key=lambda f: (f.paragraph is None, f.paragraph or 0, f.offset or 0))
    return report


def _common_phrases(schema_path: Path | None) -> frozenset[str]:
    """The schema's stock wording: recurring phrases and the literal parts of its frames."""
    import re

    from drafter.schema import load_schema

    schema = load_schema(schema_path)
    common = {p.text for p in schema.phrases}
    for frame in [*schema.leads, *schema.closings]:
        common.update(
            part for part in re.split(r"\{\w+\}|[，。；：]", frame.text) if len(part) >= 2
        )
    return frozenset(common)
