"""What `check` reports: findings, each located, with its rule, severity and what to do."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field

SEVERITY_LABELS = {"error": "错误", "warning": "提醒", "info": "说明"}


@dataclass(frozen=True)
class Finding:
    rule: str  # the rule's name, as `--skip` takes it
    severity: str  # error | warning | info
    where: str  # `稿子.docx:第12段:第34字`, `稿子.md:12:34`, or the file alone
    message: str  # what is wrong
    advice: str  # what to do
    text: str = ""  # the characters concerned, as found
    paragraph: int | None = None  # the paragraph (DOCX) or line (Markdown), 1-based
    offset: int | None = None  # 0-based character offset in that paragraph's text
    length: int = 0  # how many characters the finding covers
    fix: str | None = None  # the mechanical correction, when there is one (`--fix`)


@dataclass
class CheckReport:
    draft: str
    findings: list[Finding] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # rules not run, and why

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity == "error")

    def text(self) -> str:
        lines = []
        for finding in self.findings:
            label = SEVERITY_LABELS[finding.severity]
            quoted = f"“{finding.text}”" if finding.text else ""
            lines.append(
                f"{finding.where}：{label}［{finding.rule}］{quoted}{finding.message}"
                f"\n  怎么办：{finding.advice}"
            )
        lines += [f"{self.draft}：说明：{reason}" for reason in self.skipped]
        counts = Counter(f.severity for f in self.findings)
        summary = "、".join(
            f"{SEVERITY_LABELS[k]} {counts[k]}" for k in SEVERITY_LABELS if counts[k]
        )
        lines.append(f"{self.draft}：" + (f"发现 {summary}。" if summary else "没有发现问题。"))
        return "\n".join(lines)

    def json(self) -> str:
        data = {
            "draft": self.draft,
            "errors": self.errors,
            "findings": [asdict(f) for f in self.findings],
            "skipped": self.skipped,
        }
        return json.dumps(data, ensure_ascii=False, indent=2)
