"""The schema derived from the seeds, from invented corpora, and from corpora with bad members."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from drafter.analyze import analyze_corpus
from drafter.analyze.frames import closing_frame, lead_frame
from drafter.errors import UserError
from drafter.places import contains_region, leading_region
from drafter.schema import Schema, default_schema_path, load_schema
from tests.conftest import CORPUS, fold, gold
from tests.test_cli import drafter


@pytest.fixture(scope="module")
def schema() -> Schema:
    return analyze_corpus(CORPUS, jobs=1).schema


def test_every_seed_header_is_filed_under_a_topic(schema: Schema) -> None:
    filed = {c.text: topic for topic, items in schema.headers.by_topic.items() for c in items}
    for path in sorted(CORPUS.glob("*.txt")):
        for section in gold(path.stem)["sections"]:
            header = section["header"]
            if section["style"] == "numbered":
                header = header.split("、", 1)[1]
            assert any(fold(text) == fold(header).rstrip("。.") for text in filed), header


@pytest.mark.parametrize(
    ("header", "topic"),
    [
        ("筑先锋堡垒，建强乡村振兴“主心骨”", "组织"),
        ("抓队伍建设，锻造乡村振兴“生力军”", "人才"),
        ("做强产业支撑，激发乡村振兴“新动能”", "产业"),
        ("深化社会治理，构建乡村振兴“新秩序”", "治理"),
        ("强化作风建设，树立乡村振兴“新形象”", "作风"),
        ("建强班子队伍，筑牢乡村振兴“桥头堡”", "人才"),
        ("织牢基层“防护网”，释放治理大效能", "治理"),
    ],
)
def test_topics_are_sensible(schema: Schema, header: str, topic: str) -> None:
    assert header in [c.text for c in schema.headers.by_topic[topic]]


def test_lead_frames_put_region_in_place_of_the_place_name(schema: Schema) -> None:
    by_source = {source: frame for frame in schema.leads for source in frame.sources}
    for name in ("000", "001", "002", "003"):
        frame = next(f for s, f in by_source.items() if s.startswith(name))
        assert "{region}" in frame.text, frame.text
        for place in ("船营区", "大观区", "修文镇", "保婴村"):
            assert place not in frame.text
    news = next(f for s, f in by_source.items() if s.startswith("004"))
    assert news.form == "news" and news.text.startswith("{policy}提出")


def test_closing_frame_and_byline_forms(schema: Schema) -> None:
    assert [f.text for f in schema.closings] == ["总之，{summary}。我们将继续{pledge}。"]
    forms = {c.text for c in schema.bylines}
    assert {
        "（作者单位：{unit}）",
        "{outlet}记者 {reporters} 通讯员 {correspondents}",
        "责任编辑/{editor}",
    } <= forms


def test_forms_markers_datelines_lexicon_and_phrases(schema: Schema) -> None:
    assert set(schema.forms) == {"experience", "speech", "news"}
    assert schema.forms["experience"].articles == 3
    assert schema.forms["speech"].measure_markers == ["一是", "二是", "三是", "四是", "五是"]
    assert [d.text for d in schema.forms["news"].datelines] == ["琅琊新闻网讯"]
    assert schema.forms["speech"].sections.typical == 5
    metaphors = {c.text for c in schema.headers.lexicon.metaphors}
    assert {"主心骨", "桥头堡", "集结号", "动力源"} <= metaphors
    verbs = {c.text for c in schema.headers.lexicon.verbs}
    assert {"注重", "聚焦", "激发", "建强"} <= verbs
    phrases = {p.text: p for p in schema.phrases}
    assert phrases["乡村振兴"].articles == 5
    assert "推动乡村" not in phrases  # a piece of 推动 + 乡村振兴
    assert schema.headers.shapes[0].count >= 2


def test_yaml_round_trip_and_determinism(schema: Schema) -> None:
    text = schema.to_yaml()
    assert Schema.from_yaml(text).to_yaml() == text
    assert analyze_corpus(CORPUS, jobs=1).schema.to_yaml() == text


def test_shipped_schema_is_built_from_the_embedded_corpus(schema: Schema) -> None:
    shipped = default_schema_path().read_text(encoding="utf-8")
    assert shipped == schema.to_yaml(), (
        "src/drafter/data/schema.yaml is stale: rebuild it with "
        "drafter analyze examples/corpus -o src/drafter/data/schema.yaml --force"
    )
    assert load_schema().corpus.articles == 5


def test_parallel_jobs_give_the_same_schema(tmp_path: Path) -> None:
    for copy in range(9):  # 45 files: enough to take the parallel path
        for path in CORPUS.glob("*.txt"):
            shutil.copy(path, tmp_path / f"{copy}_{path.name}")
    one = analyze_corpus(tmp_path, jobs=1).schema.to_yaml()
    two = analyze_corpus(tmp_path, jobs=2).schema.to_yaml()
    assert one == two


def test_bad_members_are_named_and_skipped(tmp_path: Path) -> None:
    for path in CORPUS.glob("*.txt"):
        shutil.copy(path, tmp_path / path.name)
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00")
    (tmp_path / "english.txt").write_text("An English text about nothing at all.", encoding="utf-8")
    (tmp_path / "page.txt").write_text(
        "<html><body><p>某县召开党建工作会议。</p><p>会议强调，要抓实基层党建。</p></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "links.txt").write_text(
        "首页 > 新闻中心 > 正文\n微信公众号\n官方微博\n乡村振兴\n党建动态\n联系我们\n",
        encoding="utf-8",
    )
    # a stored page that stops inside its lead's first sentence is an article all the same
    (tmp_path / "cut.txt").write_text(
        "土地产权视角下农村集体经济组织存在问题的历史分析\n"
        "取消农业户口、促进农村土地流转、试点集体资产抵押贷款等一系列改革是破除身份管制的制度",
        encoding="utf-8",
    )
    sub = tmp_path / "gbk"
    sub.mkdir()
    text = (CORPUS / "002_41f6191bd45bc140.txt").read_text(encoding="utf-8")
    (sub / "gbk.txt").write_bytes(text.encode("gbk"))
    analysis = analyze_corpus(tmp_path, jobs=1)
    rejected = sorted(r.source for r in analysis.rejected)
    assert rejected == ["binary.txt", "empty.txt", "english.txt", "links.txt"]
    assert analysis.schema.corpus.articles == 8
    assert "gbk/gbk.txt" in analysis.schema.forms["speech"].sources


def test_no_usable_article_is_a_user_error(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    with pytest.raises(UserError, match="没有可用的文章"):
        analyze_corpus(tmp_path)
    done = drafter("analyze", tmp_path)
    assert done.returncode == 2 and "empty.txt" in done.stderr
    assert drafter("analyze", tmp_path / "missing").returncode == 2


def test_cli_writes_schema_and_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "schema.yaml"
    done = drafter("analyze", CORPUS, "-o", target)
    assert done.returncode == 0 and "经验材料" in done.stderr
    assert load_schema(target).corpus.articles == 5
    again = drafter("analyze", CORPUS, "-o", target)
    assert again.returncode == 2 and "--force" in again.stderr


# --- frames on invented sentences ------------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "frame"),
    [
        (
            "近日，某某县召开乡村振兴工作推进会，总结经验，部署任务。",
            "{when}，{region}{event}，{approach}，{outcome}。",
        ),
        (
            "今年以来，青山镇认真贯彻落实上级决策部署，推动各项工作取得实效。",
            "{when}，{region}认真贯彻落实{policy}，{outcome}。",
        ),
        ("2023年，全县新增合作社12家，带动农户增收。", "{when}，{approach}，{outcome}。"),
        ("“2022年，我们村申请了养殖项目，目前已初具规模。”村支书说。", ""),  # his words
        ("火车跑得快，全靠车头带。", ""),  # clauses alone: nothing of the genre to reuse
        ("基础设施的完善为产业发展注入强劲动力。", ""),
        ("共同富裕，是一项圆梦工程，是社会主义的本质要求。", ""),  # 要求 the noun, not said
        ("党的二十大报告指出，要全面推进乡村振兴。", "{policy}指出，{outcome}。"),
    ],
)
def test_lead_frames(lead: str, frame: str) -> None:
    assert lead_frame(lead) == frame


def test_leading_region_reads_chained_place_names() -> None:
    assert leading_region("晋中市榆次区修文镇深入落实部署") == (
        "晋中市榆次区修文镇",
        "深入落实部署",
    )
    assert leading_region("示范区建设稳步推进") is None
    assert leading_region("全县上下齐心协力") is None


@pytest.mark.parametrize(
    ("text", "placed"),
    [
        ("龙江乡", True),  # a place at the text's end (its suffix alone is a common word)
        ("乡", False),
        ("鄂托克旗苏米图苏木巴音布拉格嘎查：谱写三部曲", True),  # Inner Mongolia's 苏木, 嘎查
        ("全面推进乡村振兴战略", False),
        ("城市", False),
    ],
)
def test_contains_region_at_the_text_s_ends_and_in_inner_mongolia(text: str, placed: bool) -> None:
    assert contains_region(text) is placed


def test_closing_frames() -> None:
    assert closing_frame("下一步，我们将继续深化改革。") == "下一步，{summary}。"
    closing = "总之，成绩来之不易。我们将继续努力。"
    assert closing_frame(closing) == "总之，{summary}。我们将继续{pledge}。"


def test_parallel_jobs_give_the_same_schema_on_real_pages() -> None:
    # Real pages repeat their measure markers (`一是…一是…`): each worker must count them as
    # the single process does.
    real = Path(__file__).parent / "corpus" / "real"  # both halves: measured, never read
    one = analyze_corpus(real, jobs=1).schema.to_yaml()
    assert analyze_corpus(real, jobs=2).schema.to_yaml() == one


@pytest.mark.parametrize(
    ("header", "reason"),
    [
        ("第二十一届全国论坛概况", "figure"),  # one event's ordinal
        ("建强3支队伍，夯实基层基础", "figure"),
        ("选派第一书记，配强带头队伍", None),  # an office, not an ordinal
        ("XX镇党建引领促发展", "anonymised"),
        ("到____点集中所有提名票在村民代表大会上计票", "anonymised"),  # a blank to fill
        ("筑牢战斗堡垒，激活发展动能", None),
        ("扶持项目建设情况", "part"),  # what a report's part covers, not what was done
        ("农村党员发展存在的主要问题", "part"),
        ("存在问题及对策", "part"),
        ("问题的提出", "part"),
        ("经济发展状况", "part"),
        ("调研背景", "part"),
        ("背景起因", "part"),
        ("几点对策建议", "part"),
        ("背景与意义", "part"),  # a paper's parts, side by side
        ("实施路径与案例", "part"),
        ("流动党员的特点", "part"),  # what a report's part describes
        ("新时代村干部群体的新特征", "part"),
        ("主要做法", "part"),  # the part any piece has, whatever its topic
        ("调研方法", "part"),
        ("开场白（引言）", "part"),
        ("下一步工作打算", "part"),
        ("充分认识实施乡村振兴战略的重大意义", None),  # a speech's claim about one thing
        ("总结推广先进经验", None),
        ("党建引领与产业振兴深度融合", None),
        ("聚焦群众急难愁盼，着力解决突出问题", None),  # a claim: what was done about them
        ("完善议事规则，推动问题就地解决", None),
        ("下面我谈谈为什么到村任职", "fragment"),  # a speaker's turn: a body's opening
        ("带着感情做群众工作，我有三点体会", "first_person"),
        ("进行大会选举", "procedure"),  # a host script's step
        ("推选通过监票人，指定计票人", "procedure"),
        ("（计票结束后）", "procedure"),
        ("计票结果：（按计票单宣读）", "procedure"),
        ("现在宣布计票结果：（按计票单宣读）", "fragment"),  # a host's call: a body's opening
        ("听取和通过上届妇代会工作报告", "procedure"),  # an agenda's items
        ("讨论通过选举办法", "procedure"),
        ("宣布妇代会委员候选人名单", "procedure"),
        ("实践队参观永和文化广场", "scene"),  # a photo's caption: who does what it shows
        ("实践队员走访调研", "scene"),
        ("驻村工作队与村干部交流乡村治理经验", "scene"),
        ("讲解员为实践队介绍主题展的内容", "scene"),
        ("村民忙着采摘茶叶", "scene"),
        ("村民上台领取分红", "scene"),  # on the stage, at the table, taking the oath
        ("村民签名领取分红", "scene"),
        ("全体党员同志重温入党誓词", "scene"),
        ("优秀党务工作者上台领奖", "scene"),  # who, qualified by what they are
        ("精准走访解难题", None),
        ("现场观摩看典型", None),  # a measure: a visit to learn from, not a picture of it
        ("走访群众解难题", None),  # a measure, opening on what is done
        ("深入走访 倾听民声", None),
        ("、农村基层组织干部培训机制缺乏", "fragment"),  # a list's item, cut off
        ("党政“一把手”亲自抓，“五级书记", "fragment"),  # cut inside a quotation
        ("然而随着牛羊数量增多，草场开始逐年退化", "fragment"),  # a story's connective
    ],
)
def test_what_a_header_carries_of_its_own_article_keeps_it_from_other_drafts(
    header: str, reason: str | None
) -> None:
    from drafter.analyze.borrow import reason_to_leave_out

    assert reason_to_leave_out(header, alone=False) == reason
