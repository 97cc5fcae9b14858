"""Section frames: what a section says besides the writer's facts, learned from the corpus
with nothing of its own article, and used in drafts without touching her words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from drafter.analyze import analyze_corpus
from drafter.analyze.frames import section_frames
from drafter.facts.load import read_fact_sheet
from drafter.facts.scaffold import scaffold
from drafter.places import contains_region
from drafter.render import RenderOptions, render_facts
from drafter.schema import Schema, SectionFrame, load_schema
from tests.conftest import ROOT

DEV = ROOT / "tests" / "corpus" / "real" / "dev"
SHIPPED = load_schema()
_QUOTE = re.compile(r"“([^“”]*)”")


@pytest.fixture(scope="module")
def dev_schema() -> Schema:
    return analyze_corpus(DEV, jobs=1).schema


def roles(paragraphs: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for role, frame, _ in section_frames(paragraphs):
        found.setdefault(role, []).append(frame)
    return found


def test_a_thesis_that_opens_a_paragraph_is_an_opening() -> None:
    said = roles(["产业振兴是乡村振兴的关键所在。该县建起合作社3家。"])
    assert said["opening"] == ["产业振兴是乡村振兴的关键所在。"]
    # 年 in a word is no date: only 二〇二三年, 三月 and the like are
    assert roles(["青年人才是乡村振兴的生力军。"])["opening"] == ["青年人才是乡村振兴的生力军。"]
    assert "opening" not in roles(["二〇二三年是乡村振兴的关键之年。"])


def test_a_frame_drops_the_spaces_a_page_set_beside_its_marks() -> None:
    said = roles(["作为乡村振兴的目标之一， “治理有效” 是基层工作的重点。该县建起合作社3家。"])
    assert said["opening"] == ["作为乡村振兴的目标之一，“治理有效”是基层工作的重点。"]


@pytest.mark.parametrize(
    "sentence",
    [
        "凤鸣县是全省产业振兴的示范县。",  # a place
        "产业振兴是我县今年工作的重点。",  # first person, a year
        "全县是乡村振兴的主战场。",  # one article's region
        "该镇是产业发展的重点镇。",  # needs its antecedent
        "同时，产业振兴是关键。",  # needs what came before
        "全村12个组是乡村振兴的基础。",  # a figure
        "**镇是乡村振兴的关键。",  # an anonymised place
        "张书记说，产业是关键。",  # a speaker
        "农业是乡村振兴的基础：一是种植，二是养殖。",  # measures, not a thesis
        "建立合作社，发展集体经济。",  # an action, not a thesis
    ],
)
def test_an_opening_carries_nothing_of_its_own_article(sentence: str) -> None:
    assert "opening" not in roles([sentence])


def test_a_result_sentence_keeps_its_opener_and_leaves_the_outcome_to_the_writer() -> None:
    said = roles(["建起合作社。如今，全村集体经济收入实现翻番。同时，产业不断壮大提升。"])
    assert said["result"] == ["如今，{outcome}。"]  # 同时 opens a next point, not a result


def test_an_ending_names_the_genre_aim_and_nothing_of_its_article() -> None:
    said = roles(["建起合作社，为乡村全面振兴奠定了坚实基础。"])
    assert said["ending"] == ["为乡村全面振兴奠定了坚实基础"]
    for own in ("建起合作社，为项目论证提供书面依据。", "建起合作社，为凤鸣县乡村振兴提供保障。"):
        assert "ending" not in roles([own])


def particulars(frame: SectionFrame, common: set[str]) -> list[str]:
    text = frame.text
    found = []
    if re.search(r"[0-9０-９]", text):
        found.append("figure")
    if contains_region(_QUOTE.sub("，", text)) or re.search(r"[全本该][村镇乡县区市]", text):
        found.append("place")
    if re.search(r"[*＊Xx×]|某|《", text):
        found.append("anonymised or titled")
    if any(quote not in common for quote in _QUOTE.findall(text)):
        found.append("one article's quotation")
    return found


@pytest.mark.parametrize("which", ["shipped", "dev"])
def test_section_frames_hold_no_particulars_and_name_their_sources(
    which: str, dev_schema: Schema
) -> None:
    schema = SHIPPED if which == "shipped" else dev_schema
    common = {q.text for q in schema.headers.lexicon.slogans}  # the genre's own quotations
    assert schema.section_frames, "the corpus has section frames to learn"
    for frame in schema.section_frames:
        assert frame.sources and frame.example, frame
        assert frame.role in ("opening", "result", "ending")
        assert particulars(frame, common) == [], frame


def test_a_frame_that_names_a_revitalization_is_filed_under_it(dev_schema: Schema) -> None:
    # (a 组织 section that closed `为推动人才振兴注入强劲动力` once lent that ending to 组织 drafts)
    revitalization = re.compile("(?:人才|产业|文化|生态|组织)振兴")
    named = [f for f in dev_schema.section_frames if revitalization.search(f.text)]
    assert named, "the dev corpus has frames that name a revitalization"
    for frame in named:
        assert f"{frame.topic}振兴" in frame.text, frame


BOSS = ROOT / "tests" / "sheets" / "凤鸣县.yaml"


def boss(extra: str = "") -> str:
    return BOSS.read_text(encoding="utf-8") + extra


def draft(text: str, schema: Schema = SHIPPED):
    sheet = read_fact_sheet(text).sheet
    return render_facts(sheet, schema, RenderOptions(format="md")).draft


def test_a_section_opens_with_a_thesis_of_its_topic_and_her_outcome_ends_it() -> None:
    text = BOSS.read_text(encoding="utf-8").replace(
        "      - 发展集体经济，推行“党支部+合作社+农户”模式。",
        "      - 发展集体经济，推行“党支部+合作社+农户”模式。\n    outcome: 村集体经济实现全面增收",
    )
    # her own thesis over the first section: with the corpus's over the second, most of the
    # three sections open on one (a lone thesis over one section of three is left out)
    text = text.replace("  - topic: 组织\n", "  - topic: 组织\n    opening: 组织振兴是根本。\n")
    made = draft(text)
    industry = made.sections[1]
    opening = SHIPPED.next_section_frame("opening", "experience", "产业", set())
    assert opening is not None
    assert industry.paragraphs[0].startswith(opening.text + "发展集体经济")
    assert "村集体经济实现全面增收" in industry.paragraphs[-1]
    assert industry.paragraphs[-1].endswith("。")
    assert any(opening.sources[0] in note for note in made.notes)
    alone = draft(text.replace("    opening: 组织振兴是根本。\n", "")).sections[1]
    assert alone.paragraphs[0].startswith("发展集体经济")


def test_her_words_stay_exactly_as_typed_around_the_frames() -> None:
    sheet = read_fact_sheet(boss()).sheet
    made = draft(boss())
    text = "".join(p for s in made.sections for p in s.paragraphs)
    for section in sheet.sections:
        for point in section.points:
            assert point in text


def test_no_frame_is_said_twice_in_a_draft() -> None:
    schema = Schema.from_yaml(SHIPPED.to_yaml())
    schema.section_frames = [
        SectionFrame("opening", "产业", f"产业振兴是乡村振兴的{word}。", "speech", 3 - n, ["a.txt"])
        for n, word in enumerate(["关键", "重点", "基础"])
    ] + [
        SectionFrame("result", "组织", f"{w}，{{outcome}}。", "speech", 1, ["b.txt"])
        for w in ("如今", "目前")
    ]
    sections = "".join(
        f"  - topic: 产业\n    points: [第{n}条做法。]\n    outcome: 第{n}项成效\n"
        for n in range(4)
    )
    made = draft(f"form: speech\nregion: 某县\ntheme: 乡村振兴\nsections:\n{sections}", schema)
    said = [s.paragraphs for s in made.sections]
    assert [p[0].split("。")[0] for p in said[:3]] == [
        "产业振兴是乡村振兴的关键",
        "产业振兴是乡村振兴的重点",
        "产业振兴是乡村振兴的基础",
    ]  # the best supported first, then none rather than one said again
    assert said[3][0].startswith("第3条做法")
    # each result frame once; after them, her outcome ends the sentence of her last point
    assert [p[-1].split("。")[-2] for p in said] == [
        "如今，第0项成效",
        "目前，第1项成效",
        "第2条做法，第2项成效",
        "第3条做法，第3项成效",
    ]


def test_her_own_opening_and_ending_are_used_and_wu_means_none() -> None:
    own = (
        boss()
        .replace(
            "  - topic: 组织\n",
            "  - topic: 组织\n    opening: 组织振兴是乡村振兴的根本。\n"
            "    outcome: 村级班子全面过硬\n    ending: 为{region}乡村振兴夯实组织基础\n",
        )
        .replace("  - topic: 产业\n", "  - topic: 产业\n    opening: 无\n")
    )
    made = draft(own)
    first, second = made.sections[0].paragraphs, made.sections[1].paragraphs
    assert first[0].startswith("组织振兴是乡村振兴的根本。建强村级班子")
    assert first[-1].endswith("村级班子全面过硬，为凤鸣县乡村振兴夯实组织基础。")
    assert second[0].startswith("发展集体经济")


def test_a_news_item_argues_no_thesis_and_validate_says_so(tmp_path: Path) -> None:
    text = (
        "form: news\nregion: 某县\ntheme: 乡村振兴\ndateline: 本报讯\n"
        "sections:\n  - topic: 产业\n    points: [建起合作社3家。]\n"
        "    opening: 产业振兴是乡村振兴的关键所在。\n"
    )
    made = draft(text)
    assert made.sections[0].paragraphs == ["本报讯 建起合作社3家。"]  # no lead: the dateline
    loaded = read_fact_sheet(text)
    assert any("论述句" in problem.message for problem in loaded.unprinted())


def test_an_outcome_alone_is_a_section() -> None:
    text = "form: experience\nregion: 某县\ntheme: 乡村振兴\nsections:\n"
    text += "  - outcome: 群众满意度明显提升\n"
    loaded = read_fact_sheet(text)
    assert loaded.sheet.missing() == []
    assert "群众满意度明显提升" in draft(text).sections[0].paragraphs[-1]


def test_a_pledge_no_frame_has_a_slot_for_is_still_printed(dev_schema: Schema) -> None:
    only_summary = Schema.from_yaml(SHIPPED.to_yaml())
    only_summary.closings = [c for c in only_summary.closings if "{pledge}" not in c.text]
    made = draft(boss(), only_summary)
    assert "持续深化抓党建促乡村振兴，为全面推进乡村振兴提供坚强组织保证。" in made.closing


def test_new_writes_the_chosen_frames_and_render_names_their_source(tmp_path: Path) -> None:
    text = scaffold("凤鸣县", "experience", SHIPPED, ["组织", "产业", "人才"])
    opening = SHIPPED.next_section_frame("opening", "experience", "产业", set())
    assert opening is not None
    assert f'opening: "{opening.text}"' in text
    filled = text.replace('points:\n      - ""', "points:\n      - 做了实事。", 3)
    made = draft(filled.replace('theme: ""', "theme: 乡村振兴"))
    assert any(opening.sources[0] in note and "论述句" in note for note in made.notes)


def test_a_lead_fact_the_frame_has_no_slot_for_joins_the_lead_where_it_belongs() -> None:
    text = boss().replace(
        "  when: 今年以来\n",
        '  when: 今年以来\n  frame: "{region}{approach}。"\n  aim: 促进农民增收\n',
    )
    # the purpose after the time and before what was done; the outcome after it
    assert draft(text).lead == (
        "今年以来，为促进农民增收，宝鸡市凤鸣县坚持以党建引领乡村振兴，"
        "聚焦班子、产业、人才三个方面持续发力，推动全县乡村振兴取得明显成效。"
    )


def test_a_pledge_without_its_frame_has_a_subject_and_the_join_says_a_word_once() -> None:
    only_summary = Schema.from_yaml(SHIPPED.to_yaml())
    only_summary.closings = [c for c in only_summary.closings if "{pledge}" not in c.text]
    assert draft(boss(), only_summary).closing.endswith(
        "下一步，凤鸣县将持续深化抓党建促乡村振兴，为全面推进乡村振兴提供坚强组织保证。"
    )
    text = boss().replace(
        "  when: 今年以来\n",
        '  when: 今年以来\n  frame: "{policy}要求，{approach}。"\n  policy: 县委工作要求\n',
    )
    lead = draft(text).lead
    assert "县委工作要求，" in lead and "要求要求" not in lead


def test_her_outcome_keeps_its_own_mark_and_an_unused_lead_frame_is_not_named() -> None:
    text = (
        "form: speech\nregion: 某县\ntheme: 乡村振兴\nsections:\n"
        "  - topic: 人才\n    points: [建起人才库。]\n    outcome: 人才队伍不断壮大！\n"
        "    ending: 无\n"
    )
    made = draft(text)
    assert made.sections[0].paragraphs[-1].endswith("人才队伍不断壮大！")
    assert "！。" not in "".join(made.sections[0].paragraphs)
    assert made.lead == "" and not any(note.startswith("导语框架") for note in made.notes)


def test_what_a_form_never_prints_is_said_and_a_news_dateline_never_goes_missing() -> None:
    text = (
        "form: news\nregion: 某县\nparent_region: 某市\norganization: 中共某县县委组织部\n"
        "date: 2026-11-20\ntitle: 某县召开乡村振兴推进会\ntheme: 乡村振兴推进会\n"
        "dateline: 本报讯\nsections:\n  - points: [会议部署了下一阶段工作。]\n"
    )
    warned = {problem.path for problem in read_fact_sheet(text).unprinted()}
    assert warned == {"organization", "date", "theme", "parent_region"}
    assert draft(text).sections[0].paragraphs == ["本报讯 会议部署了下一阶段工作。"]


def test_a_closing_frame_none_of_whose_words_were_used_is_not_named() -> None:
    only_summary = Schema.from_yaml(SHIPPED.to_yaml())
    only_summary.closings = [c for c in only_summary.closings if "{pledge}" not in c.text]
    assert not any(note.startswith("结尾框架") for note in draft(boss(), only_summary).notes)


def test_a_borrowed_header_does_not_bring_words_of_its_own_article() -> None:
    from drafter.schema import Counted

    schema = Schema.from_yaml(SHIPPED.to_yaml())
    schema.headers.by_topic = {
        "组织": [
            Counted("筑牢组织根基，激活非公党建“新动能”", 3, ["a.txt"]),  # 非公: article a's
            Counted("发挥党建新效能，让组织“聚”起来", 1, ["b.txt"]),
            Counted("强化党建引领，激活组织新动能", 1, ["c.txt"]),
        ]
    }
    text = "form: experience\nregion: 某县\ntheme: 乡村振兴\nsections:\n"
    text += "  - topic: 组织\n    points: [建强村级班子。]\n"
    assert draft(text, schema).sections[0].header != "筑牢组织根基，激活非公党建“新动能”"


def test_headers_come_as_the_set_that_fits_her_sections_best() -> None:
    """The commonest shape (two clauses) has no header for her culture section, so the set of
    one-clause headers, which has one, is kept; and a header naming another topic (产业) is
    not put over her culture section while one that fits exists."""
    from drafter.schema import Counted

    schema = Schema.from_yaml(SHIPPED.to_yaml())
    schema.headers.by_topic = {
        "组织": [
            Counted("建强支部班子，夯实组织基础", 3, ["a.txt"]),
            Counted("建强支部班子", 1, ["b.txt"]),
        ],
        "产业": [
            Counted("创新模式，把支部建在产业链上", 2, ["c.txt"]),
            Counted("做强特色产业，拓宽增收渠道", 2, ["d.txt"]),
        ],
        "文化": [Counted("文化传承与创新", 1, ["e.txt"])],
    }
    text = "form: experience\nregion: 某县\ntheme: 乡村振兴\nsections:\n"
    text += "  - topic: 组织\n    points: [建强村级班子。]\n"
    text += "  - topic: 文化\n    points: [创新宣讲方式，组建宣讲队伍。]\n"
    headers = [s.header for s in draft(text, schema).sections]
    assert headers == ["建强支部班子", "文化传承与创新"]


def test_borrowed_headers_are_chosen_parallel_over_one_that_fits_alone_a_little_better() -> None:
    from drafter.schema import Counted

    schema = Schema.from_yaml(SHIPPED.to_yaml())
    schema.headers.by_topic = {
        "组织": [
            Counted("加强党的建设，提升组织力", 3, ["a.txt"]),  # her words, another shape
            Counted("发挥党建新效能，让组织“聚”起来", 1, ["b.txt"]),
        ],
        "产业": [Counted("深耕发展新模式，让产业“强”起来", 1, ["b.txt"])],
        "人才": [Counted("搭建开放新平台，让人才“动”起来", 1, ["b.txt"])],
    }
    text = "form: experience\nregion: 某县\ntheme: 乡村振兴\nsections:\n"
    text += "  - topic: 组织\n    points: [加强党的建设。]\n"
    text += "  - topic: 产业\n    points: [发展特色产业。]\n"
    text += "  - topic: 人才\n    points: [引进人才。]\n"
    headers = [s.header for s in draft(text, schema).sections]
    assert headers == [
        "发挥党建新效能，让组织“聚”起来",
        "深耕发展新模式，让产业“强”起来",
        "搭建开放新平台，让人才“动”起来",
    ]


def test_headers_of_one_article_count_as_parallel() -> None:
    from drafter.render.headers import _Option, _unlike_options
    from drafter.schema import Counted

    organisation = Counted("强化党建引领，让支部“强”起来", 1, ["a.txt"])
    industry = Counted("发展特色产业，拓宽增收渠道", 1, ["a.txt"])
    elsewhere = Counted("发展特色产业，拓宽增收渠道", 1, ["b.txt"])
    same = _unlike_options(
        _Option(organisation.text, 0, organisation), _Option(industry.text, 0, industry)
    )
    other = _unlike_options(
        _Option(organisation.text, 0, organisation), _Option(elsewhere.text, 0, elsewhere)
    )
    assert same == 0 < other  # one article wrote them as a set, whatever their style


def test_a_dateline_that_names_the_city_is_not_followed_by_it_again() -> None:
    text = (
        "form: news\nregion: 新化县\nparent_region: 娄底市\ntheme: 乡村振兴\n"
        "dateline: 红网时刻娄底10月18日讯\nlead:\n  when: 10月16日\n  event: 举行决赛\n"
        "sections:\n  - points: [比赛精彩。]\n"
    )
    assert "娄底市新化县" not in draft(text).lead
    assert "娄底市新化县" in draft(text.replace("红网时刻娄底10月18日讯", "本报讯")).lead


def test_a_reports_part_left_without_a_header_is_headed_by_its_name() -> None:
    text = "form: report\nregion: 某县\ntheme: 农村党建\nsections:\n"
    text += "  - topic: 基本情况\n    points: [全县共有村党组织120个。]\n"
    text += "  - topic: 存在问题\n    points: [部分村党组织书记年龄偏大。]\n"
    text += "  - topic: 意见建议\n    points: [加大后备力量培养。]\n"
    made = draft(text)
    assert [s.header for s in made.sections] == ["基本情况", "存在的问题", "对策建议"]
    assert sum("按调研报告的部分名" in note for note in made.notes) == 3


def test_a_closing_comes_from_the_forms_own_frames_when_the_corpus_has_any() -> None:
    from drafter.schema import Frame

    schema = Schema.from_yaml(SHIPPED.to_yaml())
    schema.closings = [
        Frame("接下来，{summary}，{pledge}。", "news", 9, ["n.txt"]),  # fills both slots
        Frame("总之，{summary}。", "commentary", 1, ["c.txt"]),
    ]
    text = "form: commentary\nregion: 某县\ntheme: 乡村振兴\nsections:\n"
    text += "  - points: [建起合作社。]\nclosing:\n  summary: 党建引领是根本\n"
    text += "  pledge: 持续深化改革\n"
    closing = draft(text, schema).closing
    assert closing.startswith("总之，党建引领是根本。"), closing
    schema.closings = schema.closings[:1]  # none of its own: another form's is better than none
    assert draft(text, schema).closing.startswith("接下来，"), closing
    # one of its own that her facts mostly leave empty: another form's that they fill
    schema.closings = [
        Frame("{pledge}，{summary}。", "commentary", 5, ["d.txt"]),
        Frame("接下来，{summary}。", "news", 1, ["n.txt"]),
    ]
    no_pledge = text.replace("  pledge: 持续深化改革\n", "")
    assert draft(no_pledge, schema).closing == "接下来，党建引领是根本。"


def test_a_speech_is_titled_by_its_occasion_and_opens_on_its_salutation() -> None:
    text = (
        "form: speech\nregion: 某镇\ntheme: 高标准建设示范带\n"
        "occasion: 全市乡村振兴推进会\nsalutation: 各位领导、同志们\n"
        "lead:\n  when: 今年以来\n  approach: 高标准建设示范带\n"
        "sections:\n  - points: [建起合作社。]\n"
    )
    made = draft(text)
    assert made.title == "某镇高标准建设示范带——在全市乡村振兴推进会上的交流发言"
    assert made.salutation == "各位领导、同志们："
    markdown = render_facts(read_fact_sheet(text).sheet, SHIPPED, RenderOptions(format="md"))
    body = markdown.markdown.split("\n\n")
    assert body[1] == "各位领导、同志们：" and body[2].startswith("今年以来")
    assert draft(text.replace("occasion: 全市乡村振兴推进会\n", "")).title.startswith("交流发言：")
    other = read_fact_sheet(text.replace("form: speech", "form: experience"))
    warned = {problem.path for problem in other.unprinted()}
    assert {"occasion", "salutation"} <= warned
    assert not draft(text.replace("form: speech", "form: experience")).salutation


def test_a_draft_that_would_sign_with_its_date_alone_is_warned() -> None:
    body = "region: 某县\ntheme: 乡村振兴\nsections:\n  - points: [建起合作社。]\n"

    def warned(head: str) -> list[str]:
        return [p.message for p in read_fact_sheet(head + body).unprinted()]

    assert any("落款只有日期" in m for m in warned("form: experience\n"))
    assert not warned("form: experience\norganization: 中共某县县委组织部\n")
    assert not warned("form: speech\nbyline: {unit: 某县某镇党委}\n")
    assert not any("落款" in m for m in warned("form: news\n"))


def test_a_news_item_without_a_dateline_names_its_reporters_once() -> None:
    text = (
        "form: news\nregion: 某县\ntheme: 乡村振兴\nlead:\n  when: 近日\n"
        "  event: 召开乡村振兴推进会\nsections:\n  - points: [会议部署了工作。]\n"
        "byline:\n  reporters: [张三]\n"
    )
    made = draft(text)
    assert made.lead == "近日，某县召开乡村振兴推进会。"
    assert made.credits == ["记者 张三"]
    assert made.title == "某县召开乡村振兴推进会"  # the headline says what happened


def test_an_ending_without_an_outcome_is_warned_and_new_says_when_it_chose_nothing() -> None:
    text = boss().replace(
        "  - topic: 人才\n", "  - topic: 人才\n    ending: 为乡村振兴提供人才支撑\n"
    )
    warned = [p.message for p in read_fact_sheet(text).unprinted()]
    assert any("没有填成效时不写" in m for m in warned)
    assert "为乡村振兴提供人才支撑" not in "".join(draft(text).sections[2].paragraphs)
    sheet = scaffold("凤鸣县", "experience", SHIPPED, ["产业", "人才"])
    assert "# 开头的论述句：从范文中按本部分主题选好的" in sheet  # 产业 has one
    assert "# 开头的论述句：范文中没有合适的，可自写；留空则不加" in sheet  # 人才 has none
