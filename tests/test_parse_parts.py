"""Structures on small invented articles, and inputs that must not break the parser."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from drafter.errors import InputError
from drafter.parse import parse_file, parse_text
from drafter.parse.form import evidence
from drafter.parse.furniture import is_furniture
from tests.evaluate import wrapped_at

EXPERIENCE = """李明华
近年来，某县坚持以党建引领乡村振兴，聚焦组织、人才、产业三个方面持续发力，取得明显成效。
夯实组织根基，激活发展引擎。该县全面推行村党组织书记专业化管理，整顿软弱涣散村党组织12个，基层战斗堡垒更加坚强。
培育人才队伍，筑牢振兴支撑。该县实施“归雁计划”，回引在外人才86名，为乡村振兴注入新鲜血液。
壮大特色产业，拓宽增收渠道。该县发展食用菌、中药材等特色产业，村集体经济收入全部超过10万元。（作者单位：中共某县县委组织部）
责任编辑：赵刚
"""


def headers(article) -> list[tuple[int, str, str]]:
    return [(s.level, s.style, s.printed_header) for s in article.all_sections()]


def test_experience_with_sentence_headers_and_bylines() -> None:
    article = parse_text(EXPERIENCE)
    assert article.form == "experience"
    assert article.title is None
    assert article.lead.startswith("近年来")
    assert headers(article) == [
        (1, "sentence", "夯实组织根基，激活发展引擎。"),
        (1, "sentence", "培育人才队伍，筑牢振兴支撑。"),
        (1, "sentence", "壮大特色产业，拓宽增收渠道。"),
    ]
    assert article.sections[2].paragraphs == [
        "该县发展食用菌、中药材等特色产业，村集体经济收入全部超过10万元。"
    ]
    byline = article.byline
    assert (byline.author, byline.unit, byline.editor) == ("李明华", "中共某县县委组织部", "赵刚")


def test_speech_with_glued_numbered_headers_measures_and_closing() -> None:
    text = (
        "在全市组织工作会议上的交流发言\n"
        "今年以来，我县坚持大抓基层鲜明导向，推动各项工作落地见效。一、强化政治引领，把牢发展方向。"
        "我们始终把政治建设摆在首位。一是抓理论学习，开展专题培训20场。二是抓制度落实，健全议事规则。\n"
        "二、建强干部队伍，激发干事活力。一是选优配强村级班子。二是加强年轻干部培养。三是完善激励机制。\n"
        "下一步，我们将继续聚焦短板弱项，推动基层党建全面进步全面过硬。\n"
    )
    article = parse_text(text)
    assert article.form == "speech"
    assert article.title == "在全市组织工作会议上的交流发言"
    assert article.lead == "今年以来，我县坚持大抓基层鲜明导向，推动各项工作落地见效。"
    assert headers(article) == [
        (1, "numbered", "一、强化政治引领，把牢发展方向。"),
        (1, "numbered", "二、建强干部队伍，激发干事活力。"),
    ]
    first, second = article.sections
    assert first.paragraphs == ["我们始终把政治建设摆在首位。"]
    assert [m.marker for m in first.measures] == ["一是", "二是"]
    assert first.measures[0].text == "抓理论学习，开展专题培训20场。"
    assert [m.marker for m in second.measures] == ["一是", "二是", "三是"]
    assert article.closing.startswith("下一步")


def test_line_headers_with_sentence_headers_beneath_and_an_epigraph() -> None:
    text = (
        "基层强则国家强，基层安则天下安。\n"
        "今年以来，某镇围绕强基固本，扎实推进基层治理创新，群众满意度持续提升。\n"
        "建强红色阵地，筑牢治理“桥头堡”\n"
        "完善阵地功能，提升服务水平。某镇新建党群服务中心3处，实现村级全覆盖。\n"
        "丰富活动载体，增强组织活力。某镇常态化开展主题党日活动，党员参与率明显提高。\n"
        "深化网格管理，织密服务“连心网”\n"
        "细化网格划分，压实包保责任。全镇划分网格56个，配备专兼职网格员112名。\n"
        "畅通诉求渠道，化解矛盾纠纷。网格员每日走访，及时回应群众关切。\n"
    )
    article = parse_text(text)
    assert article.epigraph == "基层强则国家强，基层安则天下安。"
    assert [(s.level, s.style) for s in article.all_sections()] == [
        (1, "line"),
        (2, "sentence"),
        (2, "sentence"),
        (1, "line"),
        (2, "sentence"),
        (2, "sentence"),
    ]
    assert article.sections[1].header == "深化网格管理，织密服务“连心网”"
    assert len(article.sections[1].subsections) == 2


def test_news_with_credit_in_the_dateline() -> None:
    text = (
        "本报讯（记者 刘洋 通讯员 陈静）近日，某区召开抓党建促乡村振兴推进会，部署重点任务。\n"
        "会议指出，要坚持问题导向，聚焦产业发展、人才引育、基层治理等重点工作持续用力。\n"
        "会上，5个乡镇党委书记作了交流发言。\n"
    )
    article = parse_text(text)
    assert article.form == "news"
    assert article.dateline == "本报讯"
    assert article.lead.startswith("近日")
    assert (article.byline.reporters, article.byline.correspondents) == (["刘洋"], ["陈静"])
    assert article.sections == [] and len(article.paragraphs) == 2


def test_second_level_numbers_alone_are_first_level() -> None:
    text = (
        "某区抓党建促乡村振兴工作情况\n今年以来，某区聚焦主责主业，推动党建与发展深度融合。\n"
        "（一）聚焦组织建设。全面推进支部标准化建设。\n（二）聚焦产业发展。培育特色产业集群。\n"
    )
    article = parse_text(text)
    assert [(s.level, s.number) for s in article.all_sections()] == [(1, "一"), (1, "二")]


def test_numbered_levels_nest() -> None:
    text = (
        "某区工作汇报\n今年以来，某区扎实推进各项工作。\n一、主要做法\n（一）强化组织引领。推进支部建设。\n"
        "（二）强化人才支撑。引进人才20名。\n二、下步打算\n持续巩固提升工作成效。\n"
    )
    article = parse_text(text)
    assert headers(article) == [
        (1, "numbered", "一、主要做法"),
        (2, "numbered", "（一）强化组织引领。"),
        (2, "numbered", "（二）强化人才支撑。"),
        (1, "numbered", "二、下步打算"),
    ]
    assert article.sections[1].paragraphs == ["持续巩固提升工作成效。"]


def test_statements_opening_paragraphs_are_not_headers() -> None:
    text = (
        "乡村振兴，关键在人，关键在干。\n"
        "产业振兴是乡村振兴的关键所在。某县立足资源禀赋，发展特色种植。\n"
        "今年以来，全县新增合作社20家。合作社带动农户增收明显。\n"
        "我们坚持问题导向。针对短板弱项，逐项制定整改措施。\n"
        "为此，全县上下齐心协力。各项工作取得新进展。\n"
    )
    article = parse_text(text)
    assert article.sections == []


def test_a_single_header_like_sentence_is_not_a_section() -> None:
    text = (
        "近年来，某县深入推进抓党建促乡村振兴，取得积极成效。\n"
        "强化组织引领，凝聚发展合力。某县坚持党建引领，推动各项工作落地见效。\n"
        "全县上下形成了比学赶超的良好氛围，各项事业取得长足进步。\n"
    )
    assert parse_text(text).sections == []


# --- inputs that must not break it -----------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   \n\n", "Hello, world.\nNo Chinese here.", "12345"])
def test_no_chinese_is_a_clear_error(text: str) -> None:
    with pytest.raises(InputError, match="没有可读的中文正文"):
        parse_text(text, "x.txt")


def test_one_line() -> None:
    article = parse_text("某县召开党建工作会议。")
    assert article.lead == "某县召开党建工作会议。"
    assert article.sections == []


def test_cut_off_article() -> None:
    article = parse_text(
        EXPERIENCE.splitlines()[1]
        + "\n"
        + "夯实组织根基，激活发展引擎。该县全面推行村党组织书记专业"
    )
    assert article.lead.startswith("近年来")


def test_html_page_with_navigation_clutter() -> None:
    body = "".join(f"<p>{line}</p>" for line in EXPERIENCE.splitlines())
    page = (
        "<html><body><div>当前位置：首页 &gt; 工作动态</div><div>【字体：大 中 小】</div>"
        f"{body}<div>版权所有：某县委组织部 技术支持：某公司</div></body></html>"
    )
    article = parse_text(page)
    assert len(article.sections) == 3
    assert article.byline.editor == "赵刚"


def test_a_megabyte_of_text() -> None:
    paragraph = "该县全面推行村党组织书记专业化管理，整顿软弱涣散村党组织，基层战斗堡垒更加坚强。"
    text = "\n".join([paragraph] * (1_000_000 // len(paragraph.encode())))
    article = parse_text(text)
    assert article.lead == paragraph
    assert len(article.paragraphs) > 5_000


def test_subtitle_reporter_line_under_the_title_and_author_note() -> None:
    text = (
        "党建红引领振兴路\n——某县抓党建促乡村振兴工作纪实\n本报记者 张三 通讯员 李四\n"
        "近年来，某县坚持以党建引领乡村振兴，取得明显成效。\n"
        "全县新建党群服务中心12个，培育致富带头人300余名。（作者系某县县委组织部干部）\n"
    )
    article = parse_text(text)
    assert article.title == "党建红引领振兴路——某县抓党建促乡村振兴工作纪实"
    assert (article.byline.outlet, article.byline.reporters) == ("本报", ["张三"])
    assert article.byline.correspondents == ["李四"]
    assert article.byline.unit == "某县县委组织部干部"
    assert article.form == "news" and article.lead.startswith("近年来")


def test_trailing_author_note_names_the_author() -> None:
    text = "近年来，某县坚持党建引领，成效明显。\n全县新建服务中心12个。\n（作者：王小明）\n"
    article = parse_text(text)
    assert (article.byline.author, article.byline.unit) == ("王小明", None)
    assert article.byline.lines == ["（作者：王小明）"]


# Shapes met on real pages of the third corpus batch (invented wording).
SPEECH_WITH_OUTLINE = """目录/提纲：……
一、统一思想，充分认识做好换届工作的重要意义
二、突出重点，扎实做好换届各项工作
……
在全县村级组织换届工作会议上的讲话
县委副书记
今年月日
同志们：
今年是村级组织换届年，全县有百余个村要进行换届。下面，我讲两点意见。
一、统一思想，充分认识做好换届工作的重要意义
村级组织是党在农村全部工作和战斗力的基础，选好配强村级班子意义重大。
"""


def test_an_outline_under_its_label_is_page_furniture_even_when_the_page_stops_early() -> None:
    article = parse_text(SPEECH_WITH_OUTLINE)
    assert article.form == "speech"
    assert article.title == "在全县村级组织换届工作会议上的讲话"
    assert headers(article) == [(1, "numbered", "一、统一思想，充分认识做好换届工作的重要意义")]
    for line in ("目录/提纲：……", "二、突出重点，扎实做好换届各项工作", "县委副书记", "今年月日"):
        assert line in article.furniture


def test_reporters_under_the_title_and_an_original_title_label() -> None:
    article = parse_text(
        "以党建引领乡村片区化发展\n人民日报记者 孟小夫\n原标题：以党建引领乡村片区化发展\n"
        "站在某县某镇的田间小径放眼望去，新房鳞次栉比，村民休闲健身，温馨和谐。\n"
        "“镇党委以后村为中心，联合周边8个村组建片区党建联盟。”镇党委书记介绍，村里变了样。\n"
    )
    assert article.title == "以党建引领乡村片区化发展"
    assert article.byline.reporters == ["孟小夫"] and article.byline.outlet == "人民日报"
    assert article.form == "news"


def test_an_outlets_reporters_over_a_line_of_their_names() -> None:
    lead = "从“为广大劳苦大众谋幸福”到“人民对美好生活的向往”，百余年的使命伴随历史变迁而不断丰富。"
    credit = "农民日报·中国农网记者\n何兰生 江娜 施维"
    article = parse_text(f"编者按：\n今年是某工程实施二十周年。\n{credit}\n{lead}\n")
    assert article.byline.outlet == "农民日报·中国农网"
    assert article.byline.reporters == ["何兰生", "江娜", "施维"]
    assert article.lead == lead


def test_a_reposts_original_headline_in_brackets_is_not_the_title() -> None:
    title = "助力乡村振兴——首届莫干山会议在湖举行 马晓晖致辞"
    article = parse_text(
        f"{title}\n发布时间：2018-09-13 10:10:12 来源：湖州日报\n"
        "（原标题：助力乡村振兴——首届莫干山会议在湖举行郑建邦讲话李惠东主持葛慧君马晓晖致辞）\n"
        "9月11日至12日，由民革中央和浙江省政协联合举办的首届莫干山会议在湖州德清举行。\n"
    )
    assert article.title == title
    assert article.lead.startswith("9月11日至12日")


def test_a_sites_summary_of_the_text_is_not_the_lead() -> None:
    lead = "大家好！今天有幸能再次就城中村改造工作和大家交流，我感到十分高兴，这是对我们的肯定。"
    article = parse_text(
        f"在市党代会上的表态发言\n2018-02-05\n文章简介：{lead}自上次动员会后\n{lead}\n"
        "下面就我们的一些做法向大家汇报一下。在城中村改造中，最核心的是如何动员群众参与。\n"
    )
    assert article.lead == lead
    assert article.furniture[-1].startswith("文章简介：")


def test_a_template_sites_blurb_is_not_the_lead() -> None:
    article = parse_text(
        "农村基层党建调研报告\n"
        "乡村是人们居住的场所，风景宜人。下面是本站为大家整理的农村基层党建调研报告，供大家参考。\n"
        "农村基层党建调研报告\n"
        "为全面了解我镇农村基层党建现状，镇党委于6月下旬召开座谈会，开展了专题调研。\n"
        "一、基本情况\n全镇共有村党组织12个，党员600余名。\n"
    )
    assert article.lead.startswith("为全面了解")
    assert article.form == "report"
    assert headers(article) == [(1, "numbered", "一、基本情况")]


def test_numbered_subheaders_under_a_title_line_are_not_page_chunks() -> None:
    article = parse_text(
        "某县巩固脱贫攻坚成果调研报告\n一、调研情况简介\n某县巩固脱贫攻坚成果调研报告\n1、调研背景\n"
        "今年以来，某县持续巩固拓展脱贫攻坚成果，同乡村振兴有效衔接，取得了明显成效。\n"
        "2、调研目的及意义\n通过调研，摸清底数，找准问题，提出对策建议，为决策提供参考。\n"
        "3、调研的创新点\n本次调研采用问卷与走访相结合的方法，覆盖全县所有乡镇。\n"
    )
    assert [h for _, _, h in headers(article)] == [
        "一、调研情况简介",
        "1、调研背景",
        "2、调研目的及意义",
        "3、调研的创新点",
    ]
    assert article.furniture == ["某县巩固脱贫攻坚成果调研报告"]  # printed twice


def test_lines_of_one_length_above_long_paragraphs_are_not_a_hard_wrap() -> None:
    title = "某县巩固拓展脱贫攻坚成果调研报告"
    body = "今年以来，某县持续巩固拓展脱贫攻坚成果，同乡村振兴有效衔接，取得了明显成效。" * 4
    article = parse_text(
        f"位置：首页 > 工作总结 > 调研报告\n{title}\n一、调研情况简介\n{title}\n"
        f"1、调研背景\n{body}\n2、调研目的及意义\n{body}\n3、调研的创新点\n{body}\n"
    )
    assert article.title == title
    assert [h for _, _, h in headers(article)][:2] == ["一、调研情况简介", "1、调研背景"]


def test_report_parts_that_lost_their_breaks_are_headers() -> None:
    article = parse_text(
        "某县美好乡村建设调研报告\n"
        "根据年度工作安排，县政协调研组就我县美好乡村建设情况开展了专题调研。现将调研情况汇报如下："
        "一、基本情况全县今年完成6个美好乡村重点中心村建设，村容村貌明显改善。"
        "二、存在问题及对策部分村庄规划滞后，建设资金不足。"
        "三、对策建议加大资金投入，完善村庄规划，建立长效管护机制。\n"
    )
    found = [h for _, _, h in headers(article)]
    assert found[0] == "一、基本情况" and found[-1] == "三、对策建议"
    # `存在问题及…` goes on: the part's name is not where that header ends
    assert found[1].startswith("二、存在问题及对策")
    assert article.lead.endswith("汇报如下：")


def test_a_papers_opening_and_closing_parts_that_lost_their_breaks_are_headers() -> None:
    from drafter.parse.segment import split_glued

    assert split_glued("一、引言习近平总书记指出，共同富裕是社会主义的本质要求。") == [
        "一、引言",
        "习近平总书记指出，共同富裕是社会主义的本质要求。",
    ]
    assert split_glued("五、结语乡村振兴是一项长期而艰巨的任务。") == [
        "五、结语",
        "乡村振兴是一项长期而艰巨的任务。",
    ]
    # (a part named more fully goes on: `引言与文献综述`)
    whole = "一、引言与文献综述：本文的研究问题是什么，我们怎样展开研究。"
    assert split_glued(whole) == [whole]


def test_a_title_run_into_a_header_run_into_its_sub_header_is_three_lines() -> None:
    from drafter.parse.segment import split_glued

    assert split_glued(
        "农村社区建设情况调研报告二、主要做法及取得的成效（一）创新管理体制和运行模式，"
        "基层组织建设得到加强。在试点过程中，各试点村的工作方案都经过了反复论证。"
    ) == [
        "农村社区建设情况调研报告",
        "二、主要做法及取得的成效",
        "（一）创新管理体制和运行模式，基层组织建设得到加强。在试点过程中，各试点村的工作方案都经过了"
        "反复论证。",
    ]


def test_a_header_run_into_its_first_measure_ends_before_it() -> None:
    from drafter.parse.segment import split_glued

    assert split_glued(
        "一、当前农村精神文明建设存在的突出问题一是农村精神文明建设投入不足。二是群众参与度不高。"
    ) == [
        "一、当前农村精神文明建设存在的突出问题",
        "一是农村精神文明建设投入不足。二是群众参与度不高。",
    ]


def test_a_header_ends_at_the_space_before_its_measures() -> None:
    article = parse_text(
        "乡镇乡村振兴经验交流：坚持党建领航 强化一体推进\n"
        "今年以来，某乡镇紧紧围绕党建引领乡村振兴战略持续发力，着力绘就乡村振兴和美画卷。 "
        "一、突出规划先行策略，聚集人才抱团发展 一是锚定发展蓝图。聘请研究院进行整体规划。"
        "二是建强人才队伍。回引在外人才20名。 "
        "二、突出产业融合发展，壮大集体经济实力 一是发展特色产业。建成基地3个。\n"
    )
    assert [h for _, _, h in headers(article)] == [
        "一、突出规划先行策略，聚集人才抱团发展",
        "二、突出产业融合发展，壮大集体经济实力",
    ]


def test_a_lone_dateline_spam_and_writer_credits_are_not_the_title() -> None:
    article = parse_text(
        "国产精品久久久久久，午夜看片网站，无码一区二区\n"
        "本网5月21日综合讯\n"
        "张芬/文\n"
        "昨日，全市村党组织书记“乡村振兴大学堂”第四期在某县开班，来自各村的120名书记参加培训。\n"
        "据了解，本期培训采取专题授课、现场教学相结合的方式进行。\n"
    )
    assert article.dateline == "本网5月21日综合讯"
    assert article.title is None
    assert article.form == "news"
    assert "国产精品久久久久久，午夜看片网站，无码一区二区" in article.furniture
    assert (article.byline.author, article.byline.lines) == ("张芬", ["张芬/文"])
    # a longer list of them, with a stray mark or a sentence's stop in it, over a paper
    spam = "999精品在线视频，手机成人午夜在线视频，久久不卡国产精品无码，成人av手机在线观看。"
    paper = parse_text(
        f"{spam}\n（某某旗委党校，内蒙古某某旗 014400）\n"
        "近年来，各地都在结合自身实际，因地制宜探索“治理有效”的方法和路径，取得了明显成效。\n"
    )
    assert spam in paper.furniture and paper.lead.startswith("近年来，各地都在")
    columnist = parse_text(
        "驻村第一书记的一天\n【文/某某网专栏作者 张芬】\n"
        "精准扶贫政策的实行背后，是全国二十万驻村第一书记数年来的日日夜夜。\n"
    )
    assert columnist.title == "驻村第一书记的一天"
    assert "【文/某某网专栏作者 张芬】" in columnist.furniture
    plain = parse_text("激情燃烧的岁月\n某县坚持党建引领，激情干事创业，推动乡村振兴取得实效。\n")
    assert plain.title == "激情燃烧的岁月"  # one such word is no spam


@pytest.mark.parametrize(
    "above",
    [
        "某某研究 2021年2期",  # a journal's issue
        "返回列表 发布新帖",  # a forum's widgets
        "回复",
        "- 文档页数：3",  # a document site's file notes and notices
        "论文部分内容阅读",
        "声明：本文档版权归属内容提供方，如有侵权请联系客服下架",
        # a 范文 site's blurb over what it collected
        "【参考阅览】此篇精品资料“某某发言范例”由网友整理分享，帮您减少加班熬夜，希望对您有所帮助！",
    ],
)
def test_the_furniture_of_journals_forums_and_document_sites_is_not_the_title(
    above: str,
) -> None:
    article = parse_text(
        f"{above}\n新时代农村基层党建长效机制的构建路径\n邱 春 林\n"
        "党的十九大报告明确提出新时代党的建设总要求，强调全面推进党的各项建设，农村基层党建由此迎来新的要求。\n"
    )
    assert article.title == "新时代农村基层党建长效机制的构建路径"
    assert above in article.furniture
    assert article.byline.author == "邱春林"  # a name spaced out to the width of longer ones
    assert article.lead.startswith("党的十九大报告")


@pytest.mark.parametrize(
    "field", ["文章字数：2080", "浏览次数：1024", "阅读量：360", "信息发布者：guznli"]
)
def test_a_pages_count_or_poster_under_the_title_is_no_title(field: str) -> None:
    lead = "在中国辽阔的版图上，边疆是国家主权与领土完整的重要屏障，是多元文化交融的地带。"
    article = parse_text(f"发布日期：\n边疆基层治理现代化的实践路径\n{field}\n{lead}\n")
    assert (article.title, article.lead) == ("边疆基层治理现代化的实践路径", lead)


def test_the_pages_headline_is_the_title_when_the_article_repeats_it_shortened() -> None:
    body = "这次乡镇党委书记培训班是市委决定举办的，目的是提高乡镇党委书记抓党建促发展的能力。\n"
    article = parse_text(
        "市委书记在乡镇党委书记培训班上的讲话\n2022-10-25 18:08 | 阅读：360\n"
        f"党委书记培训班讲话\n{body}"
    )
    assert article.title == "市委书记在乡镇党委书记培训班上的讲话"
    for above in ("文档介绍：党委书记培训班讲话", "党委书记培训讲话党委书记培训班讲话"):
        labelled = parse_text(f"{above}\n党委书记培训班讲话\n{body}")
        assert labelled.title == "党委书记培训班讲话", above  # a label, two titles run together
    # nor is a document site's year filed before the document's own title
    for filed in ("2021年党委书记培训班讲话", "免费2024党委书记培训班讲话（24年12月）"):
        assert parse_text(f"{filed}\n党委书记培训班讲话\n{body}").title == "党委书记培训班讲话"


def test_a_headline_that_praises_is_no_widget_and_a_site_s_version_note_no_title() -> None:
    lead = "巍巍六盘，雄关漫道。在六盘山下的某县，一提起某村党支部书记，人们都会竖起大拇指点赞。\n"
    article = parse_text(f"某网>>党建\n点赞我们的好支书——记某村党支部书记张三\n点赞 12\n{lead}")
    assert article.title == "点赞我们的好支书——记某村党支部书记张三"
    assert "点赞 12" in article.furniture
    offered = parse_text(f"乡党委书记关于民族工作研讨发言材料（精品）\n{lead}")
    assert offered.title == "乡党委书记关于民族工作研讨发言材料"


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # the counted collection over its first piece's own title
        ("述职报告范文（精选8篇）\n村党支部书记述职报告 1\n", "述职报告范文（精选8篇）"),
        ("换届工作讲话汇编-12篇\n在全镇换届工作会上的讲话\n", "换届工作讲话汇编-12篇"),
        # printed first without its count, the collection's title is that line
        ("驻村工作调查报告\n驻村工作调查报告14篇\n驻村工作调查报告1\n", "驻村工作调查报告"),
        # the blurb stands between the page's title and the piece's
        (
            "2024驻村第一书记述职报告\n岁末年终，下面是小编搜集整理的驻村第一书记述职报告，欢迎阅读。\n"
            "驻村第一书记述职报告一\n",
            "2024驻村第一书记述职报告",
        ),
        # the title printed again under the blurb still names the title above it
        (
            "当前位置：范文网 > 调查报告\n人居环境调查报告\n栏目： 调查报告 / 人气：1.4W\n"
            "下面是小编帮大家整理的人居环境调查报告，欢迎大家分享。\n人居环境调查报告\n",
            "人居环境调查报告",
        ),
        # the window's name of the page, in brackets
        ("[驻村第一书记心得体会三]\n", "驻村第一书记心得体会三"),
        # counted first, then printed again without the count (twice): the counted line
        (
            "调研报告(十五篇)\n发布时间：2024-05-21\n乡镇发展现状调研报告\n"
            "篇一 乡镇发展现状调研报告4900字\n乡镇发展现状调研报告\n",
            "调研报告（十五篇）",
        ),
    ],
)
def test_a_collection_page_is_titled_by_its_own_title_not_its_first_piece(
    page: str, title: str
) -> None:
    lead = "今年以来，我按照县委的部署要求，坚持以抓党建促乡村振兴为主线，认真履职，取得成效。\n"
    article = parse_text(page + lead)
    assert (article.title, article.lead) == (title, lead.strip())


def test_the_title_is_the_line_that_names_what_the_text_is_about() -> None:
    lead = (
        "7月3日至5日，省委组织部在某县就抓党建促脱贫攻坚进行调研，强调要充分发挥党的政治优势和组织"
        "优势，以党建引领脱贫攻坚，带领群众致富奔小康。\n"
    )
    article = parse_text(f"脱贫攻坚 党建先行\n2017-07-09 本文已影响31人\n火蓝筑梦\n{lead}")
    assert article.title == "脱贫攻坚 党建先行"
    assert "火蓝筑梦" in article.furniture
    # two lines that both name it: the nearest is the title, as before
    both = parse_text(f"党建引领脱贫攻坚\n抓党建促脱贫攻坚\n{lead}")
    assert both.title == "抓党建促脱贫攻坚"


def test_a_page_of_one_numbered_piece_keeps_its_number_a_collection_s_label_goes() -> None:
    lead = "各位党员，我党支部委员会任期届满，需要进行换届选举。今天我们在这里召开党员大会。\n"
    page = parse_text(f"首页正文\n换届选举会议主持词 篇8\n2024-07-18 来源：某网\n{lead}")
    assert page.title == "换届选举会议主持词 篇8"
    blurb = "请欣赏驻村书记述职报告（精选6篇），由某网整理，希望能够帮助到大家。"
    collection = parse_text(f"{blurb}\n驻村书记述职报告 篇1\n{lead}")
    assert collection.title is None
    assert "驻村书记述职报告 篇1" in collection.furniture


def test_a_chair_s_requests_to_the_hall_are_steps_not_headers() -> None:
    article = parse_text(
        "村党支部换届选举大会主持词\n各位党员：\n"
        "今天我们在这里召开党员大会，选举产生新一届党支部委员会委员。\n"
        "请全体起立，奏（唱）国歌。请坐下。\n"
        "同意上述议程的请举手，……请放下。不同意的请举手。\n"
        "下面进行第二项议程，请工作人员分发选票，请大家认真填写。\n"
    )
    assert article.sections == []


def test_a_host_script_s_running_order_is_its_text_not_its_sections() -> None:
    steps = (
        "一、听取和审议村支部委员会工作报告。",
        "二、讨论通过选举办法。",
        "三、讨论通过新一届村党支部委员会委员候选人名单。",
    )
    text = "\n".join(
        f"{step}\n现在进行这项议程，请各位党员认真听取，有意见可以会后提出。" for step in steps
    )
    script = parse_text(f"村党支部换届主持词\n各位党员：\n{text}\n")
    assert script.sections == [] and set(steps) <= set(script.paragraphs)
    # (the same steps under another title are its headers)
    assert len(parse_text(f"村党支部换届工作安排\n{text}\n").sections) == 3


def test_a_blurb_over_the_text_is_not_the_lead() -> None:
    lead = "某村位于县城西5公里，村委会干部5人，驻村工作队5人，全村有党员9名，其中正式党员6名。"
    article = parse_text(
        f"村委会工作报告\n引言：某网凭借丰富的文秘实践，为您精心挑选了九篇村委会工作报告范例。\n{lead}\n"
    )
    assert article.lead == lead
    offered = (
        "前言：某期刊网精心挑选了村委会工作报告范文供你参考和学习，希望我们的参考范文能激发你的"
        "文章创作灵感，欢迎阅读。"
    )
    article = parse_text(f"村委会工作报告范例6篇\n{offered}\n{lead}\n")
    assert article.lead == lead and offered in article.furniture


def test_one_piece_is_not_a_count_of_pieces() -> None:
    lead = "今年以来，我按照县委的部署要求，坚持以抓党建促乡村振兴为主线，认真履职，取得成效。\n"
    for first in ("我的第一篇", "驻村日记第二篇"):
        article = parse_text(f"{first}\n驻村第一书记的一天\n{lead}")
        assert article.title == "驻村第一书记的一天", first


def test_a_reading_guide_label_over_a_summary_is_no_title() -> None:
    summary = "自县委将某镇作为全县示范型乡镇后，镇党委牢牢把握镇情，扎实推进“功能镇。"
    lead = "自县委将某镇作为全县示范型乡镇后，镇党委牢牢把握镇情，扎实推进各项工作。"
    title = "某镇乡村振兴工作汇报材料"
    article = parse_text(f"{title}\n2022-10-24 10:13:17\n文章导读\n{summary}\n{lead}\n")
    assert (article.title, article.epigraph, article.lead) == (title, summary, lead)
    assert "文章导读" in article.furniture


def test_a_structured_or_bracketed_abstract_stands_before_the_text() -> None:
    text = "近年来，我国农村社会结构深刻变化，基层党组织建设面临许多新情况新问题，亟待研究。\n"
    structured = parse_text(
        "庞某 杨某\n"
        "目的：本文将党建理论与某市基层党建工作实际结合，运用访谈法了解贫困地区党建状况。\n"
        f"1.研究意义\n{text}2.访谈对象\n我们在某市30个行政村进行了为期31天的访谈调研。\n"
    )
    assert structured.epigraph.startswith("目的：本文")
    assert structured.lead == text.strip()  # under the first header: the abstract shows the start
    bracketed = parse_text(
        "王某\n〔摘要〕基层社会治理是国家治理的基石，网格化是基层治理现代化的重要抓手。\n"
        "〔关键词〕基层社会治理；网格化；治理共同体\n" + text
    )
    assert bracketed.epigraph.startswith("基层社会治理") and bracketed.lead == text.strip()


def test_a_lead_that_opens_on_a_speech_s_teaching_is_not_split_after_the_speech() -> None:
    lead = (
        "为了深入学习贯彻习近平总书记在中央农村工作会议上的重要讲话精神，引导学生党员深刻认识"
        "实施乡村振兴战略的重要性和必要性，从而树立服务乡村的意识，某学院党支部开展主题党日活动。"
    )
    article = parse_text(lead * 3 + "\n在共同学习环节，某同志围绕中央一号文件进行解读。\n")
    assert article.title is None and article.lead.startswith("为了深入学习")


def test_a_speech_s_title_stands_above_its_speaker_s_office_even_anonymised() -> None:
    article = parse_text(
        "首届特色农产品博览会开幕式欢迎辞\n**市人民政府市长 陈某某\n"
        "各位来宾、女士们、先生们、朋友们：\n大家上午好！\n"
        "今天，在硕果累累的收获季节，首届特色农产品博览会隆重开幕了！\n"
    )
    assert article.title == "首届特色农产品博览会开幕式欢迎辞"
    assert article.form == "speech" and article.lead.startswith("今天，")


def test_a_forum_s_copy_link_widget_and_a_listing_s_tags_are_not_the_title() -> None:
    forum = parse_text(
        "我县精心打造移民“聚和社区” 3200余名移民从中受益\n[复制链接]\n"
        "我县在推进库区移民扶贫开发中，按照为移民营造幸福家园的思路，建设移民集中安置社区。\n"
    )
    assert forum.title == "我县精心打造移民“聚和社区” 3200余名移民从中受益"
    tagged = parse_text(
        "某县某镇：党建引领下的蓬勃发展（党建引领 乡镇）\n"
        "近年来，某镇坚持党建引领，聚焦产业发展，推动乡村振兴取得新成效。\n"
    )
    assert tagged.title == "某县某镇：党建引领下的蓬勃发展"
    assert "某县某镇：党建引领下的蓬勃发展（党建引领 乡镇）" in tagged.furniture
    column = parse_text(
        "只要舍得干日子会更好（认真学习宣传贯彻党的十九大精神）\n"
        "近年来，某村坚持党建引领，聚焦产业发展，推动乡村振兴取得新成效。\n"
    )
    assert column.title == "只要舍得干日子会更好（认真学习宣传贯彻党的十九大精神）"  # one phrase


def test_a_summary_above_the_introduction_is_the_abstract() -> None:
    article = parse_text(
        "陈某某\n乡村旅游是实施乡村振兴战略的重要抓手，本文以某村为例，提出村党组织带头人培育的路径。\n"
        "引言\n实施乡村振兴战略，是党的十九大作出的重大决策部署，是新时代“三农”工作的总抓手。\n"
        "一、某村概况\n某村位于某县北部，共有农户320户，近年来乡村旅游发展迅速。\n"
    )
    assert article.epigraph.startswith("乡村旅游是")
    assert article.lead.startswith("实施乡村振兴战略")


def test_a_sentence_closed_inside_a_quotation_is_no_header() -> None:
    body = "下姜村党总支书记作为基层一线的党员代表，在大会现场聆听了报告，深受鼓舞，倍感振奋。"
    article = parse_text(
        "党的二十大代表在基层\n"
        "10月16日，党的二十大开幕，基层党员群众收看开幕会直播，反响热烈。\n"
        f"下姜村老书记说：“党的二十大召开，我们下姜人心情特别激动！”\n{body}\n"
        f"建设共同富裕的示范村\n{body}\n"
    )
    assert "下姜村老书记说：“党的二十大召开，我们下姜人心情特别激动！”" not in [
        s.header for s in article.all_sections()
    ]


def test_a_sentence_header_is_a_whole_sentence_not_one_cut_inside_a_quotation() -> None:
    from drafter.parse.headers import split_sentence_header

    # (a real page's measure: cut after its quoted word, it would end inside the work's name)
    assert split_sentence_header(
        "制定《铁林村党员“微积分”管理实施方案》，紧盯党员干部纪律作风情况，设置党员积分及"
        "考核评分细则。"
    ) is None
    body = "该村组织党员开展结对帮扶，建立帮扶台账，逐户落实帮扶措施，群众满意度明显提升。"
    article = parse_text(
        "某村党建引领乡村振兴纪实\n近年来，某村坚持党建引领，走出了一条强村富民的新路子。\n"
        f"建强组织堡垒，激活发展动能。{body}\n"
        "老支书常对年轻党员说：“村里要发展，关键靠支部，要\n"
        f"强班子、带队伍”，党员干部记在心头。{body}\n"
        f"壮大集体经济，拓宽增收渠道。{body}\n"
    )
    # the paragraph that closes the old secretary's words is not one of the set
    assert [s.header for s in article.all_sections()] == [
        "建强组织堡垒，激活发展动能。",
        "壮大集体经济，拓宽增收渠道。",
    ]


def test_a_line_of_verse_quoted_whole_is_no_sentence_header() -> None:
    body = "如今的黄瓜山村大力发展“现代农业+乡村旅游”，在梨产业的带动下，村民的日子越过越红火。"
    run_in = parse_text(
        "黄瓜山村的春天\n近年来，黄瓜山村坚持党建引领，走出了一条产业兴村的新路子。\n"
        f"“忽如一夜春风来，千树万树梨花开”。{body}\n与其待时，不如乘势。{body}\n"
    )
    assert not run_in.sections
    # on lines of their own, a feature's subheads may quote someone
    quoted = parse_text(
        "当100名村干部在一起上课\n这是本届培训班的第一堂课，来自各地的村干部坐满了教室。\n"
        f"“村干部遇到的困难有时候比县委书记还多”\n{body}\n“光靠勤劳致富不了，需要政策支持”\n{body}\n"
    )
    assert [s.header for s in quoted.sections] == [
        "“村干部遇到的困难有时候比县委书记还多”",
        "“光靠勤劳致富不了，需要政策支持”",
    ]


def test_bullets_reading_time_and_a_template_s_empty_fields_are_not_the_text() -> None:
    article = parse_text(
        "某市实施“筑固工程”推动红色美丽村庄建设\n"
        "admin 分享 时间： 加入收藏 共计4084个字，预计阅读时长13分钟。\n"
        "调研时间：调研地点：调查对象：\n"
        "• 近年来，某市依托红色资源，实施“筑固工程”，推动红色美丽村庄试点建设取得明显成效。\n"
        "• 坚持抓根本，筑牢战斗堡垒\n• 走进某村，红色美丽村庄入口两旁的风雨亭如书卷般展开。\n"
        "• 坚持抓产业，夯实发展基础\n• 某村依托红色旅游，发展民宿12家，带动村民就业80余人。\n"
        "• 普通用户特权：8.8积分\n"
    )
    assert article.lead.startswith("近年来，某市")
    assert [s.header for s in article.sections] == [
        "坚持抓根本，筑牢战斗堡垒",
        "坚持抓产业，夯实发展基础",
    ]
    assert "调研时间：调研地点：调查对象：" in article.furniture
    assert article.sections[1].paragraphs == [
        "某村依托红色旅游，发展民宿12家，带动村民就业80余人。"
    ]


def test_what_journal_databases_and_document_sites_print_around_the_text() -> None:
    text = "易地扶贫搬迁是针对生活在“一方水土养不起一方人”地区贫困人口实施的一项专项扶贫工程。"
    marked = parse_text(f"<正>{text}\n搬迁后的社区治理面临新的问题，需要深入研究。\n")
    assert marked.lead == text and "<正>" in marked.furniture
    noted = parse_text(
        "易地扶贫搬迁后续社区治理：成效、困境与路径\n"
        "[摘要]“十三五”时期，我国易地扶贫搬迁建设任务已经全面完成，后续扶持成为新课题。\n"
        "[关键词] 乡村振兴；易地扶贫搬迁；后续扶持\n"
        "[作者] 董某某 副教授 某某师范大学国际商学院 沈阳 110034\n"
        "王某某 研究员 某某工程咨询有限公司 北京 100048\n"
        f"{text}\n搬迁后的社区治理面临新的问题，需要深入研究。\n"
    )
    assert noted.lead == text
    assert "王某某 研究员 某某工程咨询有限公司 北京 100048" in noted.furniture
    listed = parse_text(
        "乡村治理环境调研分析报告.docx\n"
        "8页乡村治理环境调研分析报告乡村治理环境涵盖基础设施、生态保护、公共服务、乡风文明等方面，"
        "是衡量乡村振兴成效的重要标尺。本报告在实地调研的基础上，分析现状、查找问题、提出对策建议，"
        "为进一步改善乡村治理环境提供参考。报告分基本情况、存在问题和对策建议三个部分，数据来自乡统计站"
        "和入户问卷，问卷共发放300份，回收有效问卷286份，有效率95.3%，能够反映全乡的基本情况，"
        "可供乡党委政府和有关部门决策参考。\n"
        "一、基本情况\n全乡共有行政村7个，农户3200户。\n"
    )
    assert listed.title == "乡村治理环境调研分析报告"
    assert listed.lead.startswith("乡村治理环境涵盖") and "8页" in listed.furniture


def test_a_page_whose_site_lines_stand_above_a_first_header_shows_its_start() -> None:
    body = (
        "一、调研选题的考虑和调研简要情况\n"
        "近两年来，中央、省、市、县高度重视村集体经济发展工作，陆续出台一系列意见方案。\n"
        "为此，本人选定了村集体经济发展这个调研课题，实地考察了全乡7个行政村。\n"
        "二、各村发展村集体经济的做法\n各村因地制宜，发展特色产业，集体经济收入稳步增长。\n"
    )
    notice = "序言：写作是一种独特的艺术，我们为您准备了不同风格的5篇调研报告。\n"
    topped = parse_text(notice + body)
    assert topped.lead.startswith("近两年来")
    untopped = parse_text(body)  # without them it may begin anywhere
    assert untopped.lead is None and untopped.sections[0].header == "调研选题的考虑和调研简要情况"


def test_a_caption_that_says_who_is_in_the_picture_is_no_header() -> None:
    article = parse_text(
        "华文媒体走进搬迁社区\n"
        "9月21日，华文媒体采访团一行来到某县易地扶贫搬迁社区，实地了解社区建设和后续扶持工作。\n"
        "媒体人深入了解社区建设\n社区后倚青山前临绿水，建有少儿活动中心、老年活动室和就业车间。\n"
        "记者和在活动中心的小朋友交流\n目前社区拥有少儿活动中心、光彩生活空间等服务场所。\n"
    )
    assert not article.sections
    assert {"媒体人深入了解社区建设", "记者和在活动中心的小朋友交流"} <= set(article.furniture)


def test_a_line_between_paragraphs_saying_who_does_what_is_a_caption() -> None:
    text = "8月7日，学院实践队来到众兴村，调研党建引领乡村振兴的做法和成效，走访了多户村民。"
    after = "通过走访，实践队了解到村党支部带领群众发展产业、壮大集体经济的做法。"
    article = parse_text(
        f"习近平在湖南考察农村基层减负情况\n{text}\n实践队员走访调研\n{after}\n"
        f"村民上台领取分红\n{text}\n驻村工作队走访绿野农场，查看西瓜秧苗长势\n{after}\n"
    )
    assert article.title == "习近平在湖南考察农村基层减负情况"  # a headline, over the text
    assert not article.sections
    # (the scene may go on after a comma, with no sentence)
    scenes = {"实践队员走访调研", "村民上台领取分红", "驻村工作队走访绿野农场，查看西瓜秧苗长势"}
    assert scenes <= set(article.furniture)


def test_lines_wholly_in_round_brackets_are_captions_or_stage_directions_not_headers() -> None:
    text = "8月7日，宣讲队来到鸠戛乡，用苗族语言为群众宣讲党的政策，台下坐满了前来听讲的群众。"
    after = "宣讲结束后，群众纷纷表示听得懂、记得住，要把好政策讲给家里人听。"
    article = parse_text(
        f"理论宣讲进苗寨\n{text}\n（杨秀霞用苗族语言宣讲）\n{after}\n（苗族妇女认真聆听）\n{text}\n"
    )
    assert not article.sections
    assert "（苗族妇女认真聆听）" in article.paragraphs


@pytest.mark.parametrize(
    "caption",
    [
        "（图为众兴村所获荣誉奖章）",
        "图为众兴村所获荣誉奖章",
        "众兴村高标准农田项目现场",
        "村民们领取分红供图某区委宣传部",  # who gave the picture, after the word
        "图一：队员到达众兴村",  # a numbered picture's
        "图2 队员在田间劳作",
        "图 队员参观产业园",
        "图表一：订婚消费情况",
        "实践队员与村干部合影",  # a group photograph
        "茶园俯瞰图，村容村貌",  # a view from above
        "（众兴村鸟瞰）",
    ],
)
def test_a_caption_that_says_what_the_picture_shows_is_no_header(caption: str) -> None:
    text = "8月7日，学院学生党支部一行来到众兴村，调研党建引领乡村振兴的做法和成效。"
    after = "通过采访，调研团了解到支部的工作。"
    then = "党员们表示，将把所学所思转化为实际行动。"
    article = parse_text(f"学生党支部赴众兴村调研\n{text}\n{after}\n{caption}\n{then}\n")
    assert not article.sections and caption in article.furniture


def test_a_header_may_say_it_looks_from_above() -> None:
    from drafter.parse.furniture import is_caption

    assert not is_caption("航拍镜头下的乡村新画卷") and not is_caption("俯瞰全局谋发展")


def test_a_sites_copyright_notice_under_the_text_is_furniture() -> None:
    notice = "版权声明：凡注明“来源：某某网”的所有作品，版权均属于某某网，未经授权不得转载。"
    lead = "8月7日，学院学生党支部一行来到众兴村，调研党建引领乡村振兴的做法和成效。"
    then = "党员们表示，将把所学所思转化为行动。"
    article = parse_text(f"学生党支部赴众兴村调研\n{lead}\n{then}\n{notice}\n")
    assert not article.sections
    assert not any("版权" in p for p in [*article.paragraphs, article.closing or ""])


@pytest.mark.parametrize("marker", ["（资料图片）", "（图片）", "资料照片", "（摄影：张三）"])
def test_a_picture_s_marker_over_the_text_is_not_its_title(marker: str) -> None:
    lead = "为切实加强农村党员精细化管理，今年以来，某乡积极探索实施党员积分制管理，成效明显。"
    article = parse_text(f"{marker}\n{lead}\n分类积分，让党员“对号入座”。乡党委制定了具体标准。\n")
    assert article.title is None and marker in article.furniture
    assert article.lead == lead


def test_a_short_header_line_is_not_cut_after_its_quoted_word() -> None:
    body = "庆祝建党百年，共话农村未来。6月5日至6日，第二十一届全国“村长”论坛在浙江举行。"
    article = parse_text(
        "学先进 谋发展——参加全国“村长”论坛的报告\n"
        "某村组织成立16人考察团，赴浙江参加论坛并沿途参观学习，现将有关情况报告如下。\n"
        f"第二十一届全国“村长”论坛概况及主旨演讲概要\n{body}\n"
    )
    headers = [s.header for s in article.all_sections()]
    assert "第二十一届全国“村长”" not in headers and "庆祝建党百年，共话农村未来。" not in headers


def test_a_header_run_into_its_first_arabic_sub_header_is_split() -> None:
    article = parse_text(
        "某村党支部书记述职报告\n"
        "一年来，在镇党委的正确领导下，我认真履行职责，带领村两委班子扎实开展各项工作。\n"
        "一、工作开展情况及取得成效1、加强学习，增强本领。我坚持每周学习两次，"
        "认真学习党的理论和农村政策，不断提高自身素质。\n"
        "2、理清思路，谋划发展。结合本村实际，制定了三年发展规划，明确了发展方向。\n"
    )
    assert [s.printed_header for s in article.all_sections()][:2] == [
        "一、工作开展情况及取得成效",
        "1、加强学习，增强本领。",
    ]


def test_a_header_of_two_phrases_run_into_its_first_sub_header_is_split() -> None:
    article = parse_text(
        "某县农村人居环境整治情况调查报告\n"
        "为了解全县农村人居环境整治的成效，调研组走访了12个乡镇。现将调查情况报告如下。\n"
        "一、人居环境整治成效显著，农村居民满意度高（一）调查的农村居民基本情况。本次共发放问卷"
        "600份，收回有效问卷571份。\n"
        "（二）农村居民对整治工作的评价。八成以上的受访者对村庄环境的变化表示满意。\n"
    )
    assert [s.printed_header for s in article.all_sections()][:2] == [
        "一、人居环境整治成效显著，农村居民满意度高",
        "（一）调查的农村居民基本情况。",
    ]
    # (a sentence that names a first point inside it is no header run into a sub-header)
    sentence = parse_text(
        "某县农村人居环境整治情况调查报告\n"
        "为了解全县农村人居环境整治的成效，调研组走访了12个乡镇。现将调查情况报告如下。\n"
        "一、整治工作有序推进。全县完成改厕3000户，其中（一）类村完成率达到九成。\n"
    )
    assert [s.printed_header for s in sentence.all_sections()][:1] == ["一、整治工作有序推进。"]


def test_deeds_and_practices_in_a_title_name_an_experience_piece_a_deeds_meeting_not() -> None:
    body = "他用47年的人生谱写了一个农村党支部书记满腔热血、一心为民的动人篇章。\n"
    assert "experience_title" in _features("党支部书记事迹材料\n" + body)
    assert "experience_title" in _features("某县抓党建促乡村振兴的主要做法\n" + body)
    assert "experience_title" not in _features("全县召开先进事迹报告会\n" + body)


def test_a_report_named_in_a_title_does_not_make_it_one() -> None:
    body = "5月6日，乡村振兴战略实施进展评估研讨会在北京召开，发布了年度综合调查研究报告。\n"
    named = "《乡村振兴综合调查研究报告2021》发布会在京召开\n"
    assert "report_title" not in _features(named + body)
    assert "report_title" in _features("乡村振兴综合调查研究报告\n" + body)


@pytest.mark.parametrize(
    "notice",
    [
        "预览阅读已结束，若您需要全文或代笔，可以留言。",
        "导语：如何才能写好一篇村支书三年工作报告，这就需要搜集整理更多的资料和文献，欢迎阅读。",
    ],
)
def test_a_document_site_s_notices_are_not_the_text(notice: str) -> None:
    lead = "虎年新年刚过，偏桥村突然热闹了起来，一场再造偏桥村的行动正在进行。"
    article = parse_text(f"村支书三年工作报告范文\n{notice}\n篇1\n{lead}\n村里的变化有目共睹。\n")
    assert article.lead == lead


def test_an_editor_s_note_under_its_own_label_is_not_the_lead() -> None:
    note = "为进一步深入学习宣传贯彻党的创新理论，本报特开设专栏，邀请专家学者撰文阐释。"
    lead = "习近平总书记指出，脱贫摘帽不是终点，而是新生活、新奋斗的起点。"
    title = "新发展阶段如何实现有效衔接"
    article = parse_text(f"{title}\n编者按：\n{note}\n{lead}\n两大战略要有效衔接。\n")
    assert article.epigraph == note and article.lead == lead


def test_the_authors_a_journal_mirror_names_in_its_metadata_are_not_the_title() -> None:
    article = parse_text(
        "新乡贤回流助推乡村振兴的约束条件与路径选择\n2021-09-14 02:51方小姣周毕芬\n"
        "某某农业探索 2021年3期\n方小姣 周毕芬\n"
        "乡村振兴，人才是关键。新乡贤回流是破解乡村人才困境的重要途径，近年来受到广泛关注。\n"
    )
    assert article.title == "新乡贤回流助推乡村振兴的约束条件与路径选择"
    assert "方小姣 周毕芬" in article.furniture


def test_a_post_s_large_number_over_its_header_line_is_part_of_the_header() -> None:
    body = "区里整合网格员、党员志愿者等力量，构建起一张覆盖全域的基层治理网。"
    article = parse_text(
        "乡村基层治理创新工程\n"
        "近年来，某区以党建引领基层治理创新，探索出一条乡村善治新路子，群众满意度明显提升。\n"
        f"01\n优化组织架构\n{body}\n02\n实现全面对接\n{body}\n"
    )
    assert [s.header for s in article.sections] == ["01优化组织架构", "02实现全面对接"]


def test_a_greeting_after_the_address_and_a_piece_label_are_not_the_text() -> None:
    speech = parse_text(
        "在全乡农民专业合作社发展大会上的讲话\n尊敬的各位领导，来宾，上午好！\n"
        "近年来，我乡把促进农民专业合作社发展作为推进乡村振兴的重要抓手，取得了明显成效。\n"
    )
    assert speech.lead.startswith("近年来") and "上午好！" in speech.furniture
    collection = parse_text(
        "整顿软弱涣散村党组织调研报告三篇\n（篇一）\n"
        "2、“仅部分预览”的文档，不可在线预览部分如存在完整性等问题，可反馈申请退款\n"
        "按照县委部署，我们对全县软弱涣散村党组织整顿情况进行了专题调研，现将有关情况报告如下。\n"
    )
    assert collection.title == "整顿软弱涣散村党组织调研报告三篇"
    assert collection.lead.startswith("按照县委部署")
    preview = parse_text(
        "小村“讲坛”述风流\n时间：2022-07-25 08:10:13 阅读：\n"
        "说明：文章内容仅供预览，部分内容可能不全。下载后的文档，内容与下面显示的完全一致。"
        "下载之前请确认下面内容是否您想要的，是否完整无缺。\n"
        "龙泉山逶迤如带，大竹海一望无边。这里的党员干部小讲坛，办得有声有色，远近闻名。\n"
    )
    assert preview.lead.startswith("龙泉山逶迤如带")


def test_a_headline_under_its_columns_name_is_the_title() -> None:
    article = parse_text(
        "设为首页|加入收藏\n党建引领 | 某区：“红色头雁”领航乡村振兴\n"
        "查看: 58|回复: 0\n"
        "近年来，某区坚持把选优配强村党组织书记作为抓党建促乡村振兴的关键，成效明显。\n"
    )
    assert article.title == "党建引领 | 某区：“红色头雁”领航乡村振兴"
    assert "查看： 58|回复： 0" in article.furniture and article.lead.startswith("近年来")


def test_a_sentence_that_names_a_copyright_or_replies_to_people_is_kept() -> None:
    article = parse_text(
        "某县文化产业助力乡村振兴\n"
        "某县建立非遗作品登记制度，明确版权归属，保护传承人合法权益，带动群众增收。\n"
        "及时回复群众诉求\n"
    )
    assert article.lead.startswith("某县建立非遗作品登记制度，明确版权归属")
    assert "及时回复群众诉求" not in article.furniture


def test_a_title_ending_in_an_office_and_a_sentence_with_spam_words_are_kept() -> None:
    article = parse_text(
        "争当新时代好支部书记\n"
        "午夜时分，村党支部书记仍在田间地头忙碌，激情满怀地带领群众抢收抢种，保障粮食颗粒归仓。\n"
        "某村党支部坚持把党建引领作为乡村振兴的关键，推动集体经济不断发展壮大。\n"
    )
    assert article.title == "争当新时代好支部书记"
    assert article.lead.startswith("午夜时分")


CUT_SHORT = """某县：积分制管理激发乡村治理新活力
近年来，某县探索推行积分制管理，引导村民参与乡村治理，乡风文明水平明显提升。
{line}
该县在各村设立积分超市，村民参加志愿服务、环境整治可获得积分，凭积分兑换生活用品。今年以来，全县共发放积分12万分，兑换商品3万余件。
柳沟村根据村庄治理重点和移风"""


@pytest.mark.parametrize(
    "line",
    [
        "人才赋能：引育并举聚贤才激发乡村内生力",  # a label and its phrase
        "量化积分让党员管理从“模糊”到“精准”",  # a turn between quoted states; 积分 is the genre's
        "抓住“牛鼻子”，发力“强筋骨”",  # two parallel phrases
    ],
)
def test_a_page_that_keeps_one_section_still_has_its_header(line: str) -> None:
    article = parse_text(CUT_SHORT.format(line=line))
    assert headers(article) == [(1, "line", line)]
    assert article.sections[0].paragraphs[0].startswith("该县在各村设立积分超市")


@pytest.mark.parametrize(
    "line",
    [
        "村民在积分超市兑换商品",  # a caption: one phrase, nothing of a header's shape
        "下载本文需要5积分",  # a document site's notice
    ],
)
def test_a_lone_line_without_a_headers_shape_heads_nothing(line: str) -> None:
    article = parse_text(CUT_SHORT.format(line=line))
    assert article.sections == []


def test_the_last_line_of_a_page_cut_short_is_not_a_header() -> None:
    first = CUT_SHORT.format(line="人才赋能：引育并举聚贤才").rsplit("\n", 1)[0]
    second = "强化组织保障，夯实治理根基\n各村成立积分评议小组，每月公示积分。"
    text = f"{first}\n{second}\n柳沟村根据村庄治理重点和移风"
    article = parse_text(text)
    assert [s.header for s in article.sections] == [
        "人才赋能：引育并举聚贤才",
        "强化组织保障，夯实治理根基",
    ]
    assert article.sections[1].paragraphs[-1] == "柳沟村根据村庄治理重点和移风"


def test_short_lines_in_a_row_are_a_list_not_headers() -> None:
    body = "各村成立积分评议小组，每月评议一次，评议结果在村务公开栏公示，接受群众监督。"
    page = "\n".join(
        [
            "某县以积分制推动乡村治理",
            "今年以来，某县在全县推行积分制管理，激发群众参与乡村治理的积极性。",
            "强化组织保障，夯实治理根基",
            body,
            "积分可以兑换的物品",  # a list the page prints between paragraphs
            "洗衣粉一袋",
            "食用油一桶",
            "大米十斤",
            body,
            "完善激励机制，激发参与热情",
            body,
        ]
    )
    article = parse_text(page)
    assert [s.header for s in article.sections] == [
        "强化组织保障，夯实治理根基",
        "完善激励机制，激发参与热情",
    ]
    assert article.sections[0].paragraphs[1:5] == [
        "积分可以兑换的物品",
        "洗衣粉一袋",
        "食用油一桶",
        "大米十斤",
    ]


def test_news_evidence_in_the_metadata_line_the_title_and_attributed_quotations() -> None:
    page = (
        "“摘帽”，只是站上新起点——某地行动调查\n"
        "2019年06月10日 10:40:55 来源：某某在线-某某日报 记者 何一鸣 李二攀\n"
        "某县鲁家村大力发展家庭农场经济，推动村集体经济持续增收。\n"
        "“以前村里没有像样的产业，现在家家有活干。”村民王大伯告诉记者，今年收入翻了一番。\n"
    )
    article = parse_text(page)
    assert article.form == "news"
    assert "记者、通讯员署名" in article.form_evidence
    assert "转述讲话或“据了解”" in article.form_evidence


def test_a_reporters_credit_in_brackets_on_its_own_line_is_news_evidence() -> None:
    text = "“大家看向这里，微笑！”随着相机快门按下，某镇最后一个村党支部换届选举落下帷幕。"
    article = parse_text(f"某镇村党支部换届选举圆满完成\n（某县 赵某 王某 报道）\n{text}\n")
    assert "记者、通讯员署名" in article.form_evidence


def test_a_speakers_own_words_are_not_reported_speech() -> None:
    speech = (
        "乡村振兴鼓人心 跟着党走幸福长\n"
        "“日子一定会好起来的！”我信心满满地对大家说。"
        "“咱们一起干！”我对乡亲们说。“再难也要修路。”经过多次劝说，大家都同意了。\n"
    )
    assert "转述讲话或“据了解”" not in parse_text(speech).form_evidence


def test_a_second_greeting_and_the_announced_title_are_the_front_of_a_speech() -> None:
    speech = (
        "大学生村官演讲稿——青春在广袤的田野里绽放\n"
        "尊敬的各位领导，村官朋友们：\n"
        "大家好，今天我演讲的题目是：\n"
        "青春在广袤的田野里绽放\n"
        "三年前，我有幸成为一名村官，投身到新农村建设的滚滚洪流中。我走村入户，听民声、解民忧。\n"
    )
    article = parse_text(speech)
    assert article.salutation == "尊敬的各位领导，村官朋友们："
    assert article.lead.startswith("三年前")
    assert article.furniture == ["大家好，今天我演讲的题目是：", "青春在广袤的田野里绽放"]


def test_sentence_headers_that_hand_over_with_a_colon() -> None:
    speech = (
        "尊敬的各位领导：\n"
        "今天，我们相聚一堂，共话乡村振兴。\n"
        "砥砺奋进新时代，乡村振兴正当时：实施乡村振兴战略，是党的十九大作出的重大决策部署。\n"
        "集思广益谋新篇，携手共进促发展：今年是决胜全面建成小康社会的关键之年。\n"
        "主要做法有：一是建强班子，二是发展产业。\n"
    )
    article = parse_text(speech)
    assert [s.header for s in article.sections] == [
        "砥砺奋进新时代，乡村振兴正当时：",
        "集思广益谋新篇，携手共进促发展：",
    ]
    assert article.sections[0].paragraphs[0].startswith("实施乡村振兴战略")


def test_a_lead_that_hands_over_with_a_colon_is_the_lead() -> None:
    text = (
        "某镇农村选举调研报告\n"
        "通过调研，摸准实情，对全镇各村进行了认真分析，具体情况总结如下：\n"
        "一、村级班子现状\n"
        "目前，全镇46个村两委班子健全，能较好地开展工作。\n"
        "二、存在的问题\n"
        "少数村班子战斗力不强。\n"
    )
    article = parse_text(text)
    assert article.lead is not None and article.lead.startswith("通过调研")
    assert [s.header for s in article.sections] == ["村级班子现状", "存在的问题"]


def test_the_first_sentence_under_a_second_level_header_sums_it_up_and_is_no_header() -> None:
    text = (
        "党建引领乡村振兴的几点思考\n"
        "乡村振兴，关键在党。本文谈谈基层党组织的作用。\n"
        "一、党建的作用\n"
        "1. 提高党员素质，发挥先锋作用\n"
        "党课教育坚定理想信念，为乡村振兴提供精神动力。具体体现在以下几个方面。\n"
        "2. 指导农村工作，推动产业发展\n"
        "党课教育紧密结合农村实际，为乡村振兴提供科学指导。具体体现在以下几个方面。\n"
        "3. 激发内生动力，培育新型农民\n"
        "党课教育注重培养新型农民，激发乡村发展内生动力。具体体现在以下几个方面。\n"
    )
    article = parse_text(text)
    (part,) = article.sections
    assert [s.header for s in part.subsections] == [
        "提高党员素质，发挥先锋作用",
        "指导农村工作，推动产业发展",
        "激发内生动力，培育新型农民",
    ]
    assert all(s.paragraphs[0].startswith("党课教育") for s in part.subsections)


def test_an_academic_abstract_and_the_journals_notes_stand_before_the_text() -> None:
    text = (
        "对某镇党建促进产业发展的调研及思考\n——以某省某县某镇为例\n"
        "张三，李四，王五\n某某学报 2023年3期\n（某某大学马克思主义学院，某市 430070）\n"
        "摘 要：以两家合作社为例，运用案例研究方法，探讨了党组织领办合作社的运行机理。研究表明：\n"
        "第二，党组织领办合作社具有重塑组织基础的一般机制，对克服集体行动困境成效显著。\n"
        "关键词\n乡村振兴；党建引领；合作社\n中图分类号：D267.2 文献标识码：A\n"
        "基金项目：某某重点项目（2020ZL2019）。\n开放科学（资源服务）标识码（OSID）：\n"
        "自2007年合作社法实施以来，农民合作社数量快速增长，成为带动农户的重要力量。\n"
        "一、问题的提出\n党组织领办合作社在各地兴起，值得研究其中的组织逻辑和治理效果。\n"
    )
    article = parse_text(text)
    assert "开放科学（资源服务）标识码（OSID）：" in article.furniture
    assert article.title == "对某镇党建促进产业发展的调研及思考——以某省某县某镇为例"
    assert article.epigraph.startswith("以两家合作社为例") and "第二，" in article.epigraph
    assert article.lead.startswith("自2007年")
    assert article.byline.author == "张三、李四、王五"
    for note in ("关键词", "乡村振兴；党建引领；合作社", "摘 要：", "某某学报 2023年3期"):
        assert note in article.furniture
    assert article.form == "report"


def test_keywords_printed_without_their_label_end_the_abstract() -> None:
    article = parse_text(
        "治理现代化视角下基层党组织的功能定位\n"
        "在基层治理体系中，基层党组织起着基础性作用。本文从功能定位和作用发挥两方面作了探讨。\n"
        "治理现代化；基层党组织；功能定位；作用发挥\n"
        "党的十八届三中全会提出推进国家治理体系和治理能力现代化的改革任务，基层治理随之提上日程。\n"
    )
    assert article.epigraph.startswith("在基层治理体系中")
    assert "治理现代化；基层党组织；功能定位；作用发挥" in article.furniture
    assert article.lead.startswith("党的十八届三中全会")
    # Semicolons between sentences are no keyword list.
    listed = parse_text(
        "某镇抓党建促乡村振兴\n"
        "某镇坚持党建引领，推动乡村振兴。\n"
        "组织振兴有力量；产业振兴有活力；人才振兴有后劲，群众得到实惠。\n"
    )
    assert listed.epigraph is None and listed.lead.startswith("某镇坚持党建引领")


def test_a_summary_label_without_the_journals_notes_still_opens_the_lead() -> None:
    article = parse_text(
        "某县党建引领乡村振兴\n摘要：近日，某县召开抓党建促乡村振兴推进会，部署下一步工作。\n"
        "会议指出，要把党建引领贯穿乡村振兴全过程，建强基层战斗堡垒。\n"
    )
    assert article.epigraph is None and article.lead.startswith("近日，某县召开")


def test_a_speech_without_a_title_turns_to_the_hall() -> None:
    article = parse_text(
        "今天，我们在这里召开全区驻村工作会议，主要任务是总结过去、部署未来。刚才，有关同志通报了"
        "明察暗访情况，希望大家引以为戒。首先，我代表区委，向上一轮驻村干部表示衷心的感谢！\n"
        "同志们，今年是巩固拓展脱贫攻坚成果同乡村振兴有效衔接的关键之年，任务艰巨。\n"
    )
    assert article.form == "speech"


def test_paragraphs_opening_alike_are_a_header_series() -> None:
    text = (
        "某镇乡村振兴工作总结\n2023年，某镇深入贯彻落实县委部署，推动乡村振兴工作实现新突破。\n"
        "这一年，我们苦干实干，让振兴底盘更稳。一是守牢粮食安全底线。二是守好防返贫底线。\n"
        "这一年，我们创先创优，让振兴底色更足。一是建强村级班子。二是壮大集体经济。\n"
        "这一年，我们提质提效，让振兴底力更强。一是整治人居环境。二是推进移风易俗。\n"
    )
    article = parse_text(text)
    assert [s.header for s in article.sections] == [
        "这一年，我们苦干实干，让振兴底盘更稳。",
        "这一年，我们创先创优，让振兴底色更足。",
        "这一年，我们提质提效，让振兴底力更强。",
    ]
    assert article.form == "experience"
    # Two alike are no series, and three that differ in their clauses are none either.
    two = text.replace("这一年，我们提质提效，让振兴底力更强。", "同时，人居环境持续改善。")
    assert not parse_text(two).sections
    uneven = text.replace("这一年，我们提质提效，让振兴底力更强。", "这一年，我们提质提效。")
    assert not parse_text(uneven).sections


def test_paragraphs_opening_on_a_phrase_built_alike_are_a_series_whatever_follows_it() -> None:
    headers = [
        "“乡贤+产业”模式，聚焦产业兴旺、共同富裕。",
        "“乡贤+慈善”模式，助力公益慈善，办实事解民忧。",
        "“乡贤+文化”模式，挖掘乡贤文化，涵育文明乡风。",
    ]
    body = "文富市镇在各村乡贤带动下兴建产业道路，带动群众增收致富，成效明显。"
    intro = "近年来，文富市镇探索“乡贤+”模式，引导乡贤回归家乡、反哺桑梓，助力乡村振兴。\n"
    article = parse_text("某镇“乡贤+”工作经验\n" + intro + "".join(f"{h}{body}\n" for h in headers))
    assert [s.header for s in article.sections] == headers


def test_paragraphs_whose_sentences_go_on_alike_after_a_phrase_of_one_length_are_a_series() -> None:
    headers = [
        "政治上跟党走，就是要有党性观念和奉献精神。",
        "思想上不落后，就是要敢为人先和勇于争先。",
        "发展上显身手，就是要让村民富起来和乐起来。",
    ]
    body = "作为村党支部书记，他带领村“两委”一班人，把村里的事当成自家的事来办。"
    intro = "担任村党支部书记以来，我始终把群众的冷暖放在心上，带领村民走上致富路。\n"
    title = "村党支部书记述职报告\n"
    article = parse_text(title + intro + "".join(f"{h}{body}\n" for h in headers))
    assert [s.header for s in article.sections] == headers
    # (after first phrases of different lengths, the same words are a turn of the text's)
    told = ["今年，就是要干实事。", "村里的产业发展，就是要靠能人带动。", "全村党员，就是要干。"]
    plain = parse_text(title + intro + "".join(f"{t}{body}\n" for t in told))
    assert not plain.sections


def test_paragraphs_opening_on_sentences_built_alike_clause_for_clause_are_a_series() -> None:
    headers = [
        "因地制宜，科学设岗定责，变“无职”为“有责”。",
        "教育引导，激发内在动力，变“被动”为“主动”。",
        "强化督查，健全长效机制，变“短期”为“长久”。",
    ]
    text = "".join(
        f"{header}镇把农村无职党员设岗定责作为今年党建工作的重头戏来抓，以点带面推进。\n"
        for header in headers
    )
    intro = "农村无职党员设岗定责活动开展以来，镇紧紧围绕发展、民生、和谐三大主题推进工作。\n"
    article = parse_text("某镇无职党员设岗定责工作总结\n" + intro + text)
    assert [s.header for s in article.sections] == headers
    # three sentences of three clauses each, built differently, are the text's
    told = [
        "今年以来，全镇共培训党员，覆盖率达到百分之百。",
        "通过设岗定责，党员作用明显，群众满意。",
        "下一步，我们将继续努力，推动工作再上新台阶，确保取得实效。",
    ]
    plain = "".join(f"{t}镇把设岗定责作为重头戏来抓，以点带面推进。\n" for t in told)
    assert not parse_text("某镇工作总结\n" + intro + plain).sections


def test_a_document_sites_notices_and_collection_labels_are_furniture() -> None:
    text = (
        "您好，欢迎访问某某文档\n温馨提示：\n"
        "1. 部分包含数学公式的文件，查看预览时可能显示异常，文件下载后无此问题，请放心下载。\n"
        "请欣赏驻村书记述职报告（精选6篇），由某某网整理，希望能够帮助到大家。\n"
        "驻村书记述职报告 篇1\n"
        "后寨子村位于某镇北部，交通便利，但村集体经济一直较弱，党员平均年龄偏大。\n"
    )
    article = parse_text(text)
    assert article.lead.startswith("后寨子村位于")
    assert "驻村书记述职报告 篇1" in article.furniture and not article.sections


def test_an_original_title_label_is_not_the_lead() -> None:
    article = parse_text(
        "144位村书记为啥成为座上宾？\n原标题：144位村书记为啥成为座上宾？\n"
        "日前，某省委农村工作会议召开，144位优秀村党组织书记代表列席会议。\n"
    )
    assert article.lead.startswith("日前，某省委")


@pytest.mark.parametrize(
    ("title", "form"),
    [
        ("2023年乡村振兴工作述职报告", "experience"),
        ("村党支部书记的先进事迹", "experience"),
        ("市园林局驻村摸底调查汇报", "report"),
        ("村党支部书记在培训班结业式上的汇报发言", "speech"),
        ("共商驻村发展良策——某市召开驻村工作调度会", "news"),
        ("在全市村党组织书记示范培训班上的辅导报告", "speech"),  # said at a meeting
        ("某县政府工作报告", "speech"),
        ("农村积分制治理的实践逻辑——以某村为例", "report"),  # a case study
        ("某镇强村富民行动工作情况汇报", "experience"),  # written to the leadership
        ("大田移栽现场会上的主持词", "speech"),
        ("首届特色农产品博览会开幕式欢迎辞", "speech"),
        ("乡村振兴宣讲稿：把会议精神落实到乡村振兴火热实践中", "speech"),  # a text to be read out
        ("驻村工作日记三则", "experience"),
    ],
)
def test_the_title_says_the_form(title: str, form: str) -> None:
    # (a body that names no place: a place named in the lead and the text counts for news)
    body = "为推动乡村振兴，党支部坚持抓班子、带队伍，集体经济不断壮大，群众收入稳步增长。\n"
    assert parse_text(f"{title}\n{body}").form == form


def test_a_diary_a_title_mentions_does_not_name_the_piece() -> None:
    body = "为推动乡村振兴，党支部坚持抓班子、带队伍，集体经济不断壮大，群众收入稳步增长。\n"
    caption = parse_text(f"两位乡贤正在梳理手头上的工作日记\n{body}")
    assert caption.title and "experience_title" not in {e.feature for e in evidence(caption)}


def test_a_page_that_stops_in_the_journals_notes_has_no_lead() -> None:
    article = parse_text(
        "村级党组织领办合作社的实践逻辑\n某某学报 2018年第4期\n"
        "收稿日期：2018-07-02 DOI：10.13968/j.cnki.2018.04.07\n"
    )
    assert not article.lead and "收稿日期：2018-07-02 DOI：10.13968/j.cnki.2018.04.07" in (
        article.furniture
    )


def test_a_contents_block_above_the_title_goes_whole_when_the_page_stops_early() -> None:
    contents = (
        "一、背景动因\n（一）作为革命老区县\n（二）作为果品强县\n二、主要做法\n1.县级统领\n2.乡镇主导\n"
    )
    article = parse_text(
        contents + "村党组织领办合作社调研报告\n"
        "2020年以来，某县以村党组织领办合作社为着力点，蹚出了一条村强民富的乡村振兴之路。\n"
        "一、背景动因\n（一）作为革命老区县，当好乡村振兴排头兵使命在肩、责无旁贷。省委赋予某县目标定位。\n"
    )
    assert article.title == "村党组织领办合作社调研报告"
    assert all(line in article.furniture for line in contents.split())
    assert [s.header for s in article.sections] == ["背景动因"]
    assert article.lead.startswith("2020年以来")


def test_a_header_sentence_on_a_line_of_its_own_between_paragraphs() -> None:
    body = "针对每个村存在的突出问题，某县精准选派帮扶力量，落细落实整顿措施，取得明显成效。"
    article = parse_text(
        "各位领导、同志们：\n"
        "2024年以来，某县坚持把软弱涣散村党组织整顿作为建强战斗堡垒的重要抓手。\n"
        f"精准排查认定，把脉问诊寻病灶。\n{body}\n精准选派力量，多方联动聚合力。\n{body}\n"
        f"群众满意度明显提升。\n{body}\n"  # one clause alone on its line: a sentence of the text
    )
    assert [s.header for s in article.sections] == [
        "精准排查认定，把脉问诊寻病灶。",
        "精准选派力量，多方联动聚合力。",
    ]
    assert "群众满意度明显提升。" in article.sections[1].paragraphs


LONE_SUBHEAD = """胡陈乡：村支书的一颗公心
沿着蜿蜒的公路前行，层层山峦下，便是山清水秀的胡陈乡。这里的村干部把百姓的事当成自己的事，村民说起他们都竖大拇指。
{line}
车家村是位于胡陈乡西南面的一个偏远山村，全村一百多户人家，村里一幢幢新式的小洋楼，反映出村民的富裕程度。
老车一上任，就盯上了修路的事。“修路是个大工程，村里太穷，只能到县里求助。”他来到了县里，希望为车家村立项。
"""


@pytest.mark.parametrize(
    "line", ["公心聚起了民心", "每个党员都是一面旗帜", "面貌正在发生深刻变化", "新年展望"]
)
def test_a_news_features_lone_subhead_may_say_what_happened(line: str) -> None:
    # (of four characters at the least: `工作做法`, `理论基础`)
    article = parse_text(LONE_SUBHEAD.format(line=line))
    assert headers(article) == [(1, "line", line)]


@pytest.mark.parametrize(
    "line",
    [
        "我们把民心聚起来",  # a speaker's words
        "表1 村民收入分布情况",  # a table's caption
        "老车在为村民修路奔忙",  # a picture's caption: who is where, doing something
        "村民们在村口等候",
        "新闻推荐",  # the box of other stories
    ],
)
def test_a_lone_line_that_says_who_tells_counts_or_stands_where_heads_nothing(line: str) -> None:
    assert parse_text(LONE_SUBHEAD.format(line=line)).sections == []


def test_the_reporters_line_over_the_box_of_other_stories_heads_nothing() -> None:
    lead = "近日，市直机关工委召开党建工作推进会，总结上半年工作，安排部署下半年重点任务。"
    said = "会议要求，要进一步拓宽党建工作思路，创新工作方法，推动机关党建与业务深度融合。"
    other = "暑假期间，学校交流群里发出通知，召开家长会，家长们纷纷放下手头的工作赶到学校。"
    credit = "□兰州日报全媒体记者刘超"
    page = f"市直机关召开党建工作推进会\n{lead}\n{said}\n{credit}\n新闻推荐\n{other}\n{other}\n"
    assert parse_text(page).sections == []


def test_a_lone_subhead_may_follow_a_paragraph_of_one_sentence() -> None:
    said = "“看！姜书记出来了！”一个村民开心地喊道，现场氛围顿时沸腾了起来。"  # 33 characters
    page = LONE_SUBHEAD.format(line="建设成为共同富裕的示范村").replace(
        "建设成为", f"{said}\n建设成为"
    )
    assert headers(parse_text(page)) == [(1, "line", "建设成为共同富裕的示范村")]
    # (after a line of a few words the line is one of a list, or a caption under it)
    short = page.replace(said, "村民们开心地喊道：“看！”")
    assert parse_text(short).sections == []


def test_a_lead_in_that_ends_on_who_said_it_runs_on_into_what_was_said() -> None:
    lead = "近日，县委组织部长王青峰一行深入流曲镇大岗村进行调研，实地查看了村级组织活动场所。"
    said, words = "县委组织部长王青峰在基层调研时强调", "提高村级党建工作水平 加快新农村建设步伐"
    article = parse_text(f"{said}\n{words}\n{lead}\n")
    assert (article.title, article.lead) == (f"{said} {words}", lead)
    assert article.form == "news"  # an official's visit, not a research report


def test_a_label_line_joins_its_header_and_a_header_may_stand_over_its_subheader() -> None:
    body = "城西综合市场完成翻新，闲置厂房成了共富工坊，说起村里这几年的变化，村民们赞不绝口。"
    article = parse_text(
        "三门城西村接力兴村“不掉棒”——\n35本记录本里的乡村振兴密码\n"
        "本报记者 蒋欣如 杨群 共享联盟·三门 林立\n"
        "为什么66年来这个村子发展一直跑在前？答案就藏在35本记录本里。\n"
        f"兴村一问：\n走什么样的发展之路\n城西经验：\n强村富民，两条腿走路\n{body}\n"
        f"兴村二问：\n怎样带出一支好队伍\n{body}\n"
    )
    assert article.title == "三门城西村接力兴村“不掉棒”——35本记录本里的乡村振兴密码"
    assert [s.printed_header for s in article.all_sections()] == [
        "兴村一问：走什么样的发展之路",
        "城西经验：强村富民，两条腿走路",
        "兴村二问：怎样带出一支好队伍",
    ]
    assert "reporters" in {e.feature for e in evidence(article)}
    assert "本报记者 蒋欣如 杨群 共享联盟·三门 林立" in article.furniture


def test_a_numbered_header_takes_no_label_from_a_sentence_a_site_cut_short() -> None:
    body = "广大党员干部要增强责任感和紧迫感，把人居环境整治提升抓在手上、落到实处，久久为功。"
    article = parse_text(
        "在某乡春季绿化誓师大会上的讲话\n同志们：\n"
        "今天，我们在这里集会，召开全乡春季绿化暨提升人居环境行动誓师大会。\n"
        "刚刚，书记发出了倡议，3名代表\n……（某网省略334字，正式会员可完整阅读）……\n意见：\n"
        f"一、提高思想认识，突出重点扛责任\n{body}\n二、加强组织领导，确保取得实效\n{body}\n"
    )
    assert [s.printed_header for s in article.all_sections()] == [
        "一、提高思想认识，突出重点扛责任",
        "二、加强组织领导，确保取得实效",
    ]


def test_stop_closed_points_in_a_row_each_over_its_text_are_headers_one_alone_is_not() -> None:
    text = "一年来，村支部书记认真贯彻执行党的路线方针政策，清正廉洁，公道正派，得到群众拥护。"
    more = "村里通过盘活闲置资产、发展特色种植，集体经济收入从无到有，逐年增长，群众得到实惠。"
    head = f"某村村级组织建设工作总结\n{text}\n一、把握契机，开创村级组织建设新局面\n{more}\n"
    article = parse_text(
        f"{head}1、加强班子建设，解决“有人管事”的问题。\n{text}\n"
        f"2、发展壮大集体经济，解决“有钱办事”的问题。\n{more}\n"
    )
    assert [s.printed_header for s in article.all_sections()][1:] == [
        "1、加强班子建设，解决“有人管事”的问题。",
        "2、发展壮大集体经济，解决“有钱办事”的问题。",
    ]
    alone = parse_text(f"{head}1、加强班子建设，解决“有人管事”的问题。\n{text}\n")
    assert len(alone.all_sections()) == 1
    # points one under another, with no text of their own, are a list
    listed = parse_text(f"{head}1、加强班子建设。\n2、发展集体经济。\n3、改善人居环境。\n{text}\n")
    assert len(listed.all_sections()) == 1
    # one beside a header of the next number is a header too
    beside = parse_text(
        f"{head}1、建国初期的“议行合一制”。\n{text}\n2、人民公社时期的“政社合一”\n{more}\n"
    )
    assert [s.printed_header for s in beside.all_sections()][1:] == [
        "1、建国初期的“议行合一制”。",
        "2、人民公社时期的“政社合一”",
    ]


def test_a_paper_s_writer_over_its_abstract_and_an_agency_s_spaced_dateline() -> None:
    text = "近年来，伴随着乡村振兴战略的持续推进，农村发展迎来新的机遇，也面临不少新的挑战。"
    paper = parse_text(f"汪珺\n摘要：{text * 2}\n关键词：乡村振兴；共同富裕\n{text}\n")
    assert (paper.title, paper.byline.author) == (None, "汪珺")
    assert paper.lead == text
    wired = parse_text(f"余家坳的夜校\n中新网 长沙3月25日电 （张庆）{text}\n")
    assert (wired.dateline, wired.lead) == ("中新网 长沙3月25日电", text)
    assert wired.byline.reporters == ["张庆"]


def test_a_forum_s_labelled_title_ends_as_it_likes_and_loses_its_widget() -> None:
    text = "村里留守的妇女和老人们如何能实现在家门口稳定就业增收？一起来看看某村的共富工坊。"
    article = parse_text(
        "某某论坛\n标题： 某村这个“共富工坊”模式，全省推广！ [打印本页]\n"
        "作者： 某某    时间： 2025-10-27 09:40\n标题： 某村这个“共富工坊”模式，全省推广！\n"
        f"近日省委组织部正式公布第三批省级党建联建典型案例名单其中我区1个案例入选\n{text}\n"
    )
    assert article.title == "某村这个“共富工坊”模式，全省推广！"


def test_an_untitled_diary_entry_is_headed_by_its_date_a_titled_one_is_not() -> None:
    text = "和村主任一家吃过早饭已到九点了，今天我们的工作计划是上午下田收割玉米，下午走访农户。"
    more = "到了田里，我学着村主任的样子掰玉米棒子，一学就会，手法越来越娴熟，速度也快了起来。"
    entry = parse_text(f"精准扶贫工作日志\n10月23日星期三 天晴\n{text}\n{more}\n")
    assert (entry.title, entry.lead) == ("精准扶贫工作日志", text)
    assert [s.header for s in entry.sections] == ["10月23日星期三 天晴"]
    # run into its line, on a page without a title: the date heads the entry, the text follows
    one_line = parse_text(f"12月1日 星期四 阴 {text}{more}\n")
    assert one_line.title is None and [s.header for s in one_line.sections] == ["12月1日 星期四 阴"]
    assert one_line.lead == text + more
    # entries with titles of their own: the date is the entry's first line of text
    titled = parse_text(
        f"驻村感言日记\n（一）四群五实带实惠 鱼水情深百姓笑开颜\n201*年4 月16日 晴 星期二\n{text}\n"
        f"（二）实行人民当家作主的权利\n201*年5月13日 星期一 晴\n{more}\n"
    )
    assert [s.style for s in titled.all_sections()] == ["numbered", "numbered"]
    assert titled.lead == "201*年4 月16日 晴 星期二"
    # a dated e-paper's metadata over its widgets heads nothing
    widgets = "标题导航\n2024年01月03日 星期三\n3 上一篇 放大 缩小 默认\n上接第1版"
    paper = parse_text(f"{widgets}\n{text}\n")
    assert paper.sections == [] and "2024年01月03日 星期三" in paper.furniture


def test_a_photo_s_caption_and_lost_characters_over_the_text_are_not_the_lead() -> None:
    text = "2012年6月11日，农振锋来到双江村担任第一书记，这一干就是三年，村里发生了很大变化。"
    captioned = parse_text(f"第一书记农振锋\n农振锋所在的某县某镇双江村。农振锋摄\n{text}\n")
    assert captioned.lead == text
    assert "农振锋所在的某县某镇双江村。农振锋摄" in captioned.furniture
    lost = parse_text(f"????{text}\n")
    assert lost.lead == text and "????" in lost.furniture
    # (one is lost as well as four: no title or paragraph opens on a question mark)
    one = parse_text(f"？邓村乡：党建联盟联出茶产业“新动能”\n?{text}\n")
    assert (one.title, one.lead) == ("邓村乡：党建联盟联出茶产业“新动能”", text)
    # (or several, spaced apart: `? ? ?10月23日，…`)
    spaced = parse_text(f"? ? ?{text}\n")
    assert spaced.lead == text and "? ? ?" in spaced.furniture


def test_a_page_that_spaces_its_opening_quotation_marks_lost_no_breaks_to_them() -> None:
    lead = (
        "2024 年，某省在全省范围内开展“ 百社联百村· 携手共富” 行动，引导支持社会组织采用“ 一社一村”"
        "“ 一社多村”“ 多社一村” 等多种方式与乡村灵活结对，从健全保障制度、加强信息互通等方面着手，"
        "坚持多元化路径探索，发挥社会组织牵线搭桥作用。一年来，全省社会组织聚焦热带高效农业、"
        "乡村旅游和休闲农业等产业，开展产业项目合作，培育特色产业，做好“ 土特产” 文章，"
        "带动村集体和农户增收，为乡村振兴注入了新的活力。"
    )
    article = parse_text(f"某省开展“ 百社联百村” 行动\n{lead}\n")
    assert article.lead == lead


def test_recurring_pairs_of_short_lines_are_a_label_and_its_header() -> None:
    text = "近年来，某村始终坚持绿水青山就是金山银山的理念，推行党建加基层治理等模式，推进振兴。"
    more = "创新红色党建加绿色康养模式，聚焦康养旅游发展，带动群众增收致富，村集体经济不断壮大。"
    article = parse_text(
        f"某村：党建引领乡村振兴\n{text}\n党建+基层治理\n擦亮基层党组织“红色名片”\n{more}\n"
        f"党建+康养旅游\n促“生态颜值”变“经济产值”\n{text}\n"
    )
    headers = [s.printed_header for s in article.all_sections()]
    assert {"擦亮基层党组织“红色名片”", "促“生态颜值”变“经济产值”"} <= set(headers)
    # two phrases of one header, a phrase to a line, recurring: one header each, joined
    halves = parse_text(
        f"某乡：党建引领基层治理\n{text}\n头雁领航筑堡垒\n网格延伸触末梢\n{more}\n"
        f"小处着手解民忧\n常态化服务润心田\n{text}\n"
    )
    assert [s.printed_header for s in halves.all_sections()] == [
        "头雁领航筑堡垒 网格延伸触末梢",
        "小处着手解民忧 常态化服务润心田",
    ]
    # one pair alone, neither line a header's shape, is a list or a table's cells
    once = parse_text(f"某村：党建引领乡村振兴\n{text}\n党员人数\n三十二名\n{more}\n")
    assert once.all_sections() == []


def test_two_offices_that_wrote_a_piece_together_are_its_unit_not_its_title() -> None:
    lead = "习近平总书记指出，要发挥好村规民约、村民民主协商在乡村治理中的积极作用。"
    article = parse_text(f"某某自治区党委农办、农业农村厅\n{lead}\n")
    assert (article.title, article.byline.unit) == (None, "某某自治区党委农办、农业农村厅")
    assert article.lead == lead
    text = "2019年10月11日，县人大常委会组织部分组成人员对全县乡村振兴工作推进情况进行了调研。"
    run_in = parse_text(f"关于全县乡村振兴工作推进情况的调研报告\n县人大常委会农工委{text}\n")
    assert run_in.lead == text and "县人大常委会农工委" in run_in.furniture
    # the office as the subject, the date after it with no pause, is the text
    said = "县委组织部2019年10月11日召开全县村党组织书记培训会，120名书记参加培训。"
    assert parse_text(f"某县召开村党组织书记培训会\n{said}\n").lead == said


def test_a_part_s_label_run_into_the_lead_is_not_the_lead() -> None:
    text = "新城原称旧城，1984年改为新城乡并沿用至今，位于县城东部，全乡辖12个行政村。"
    article = parse_text(f"新城乡党建引领乡村治理\n背景与起因：{text}\n做法与经过：{text}\n")
    assert article.lead == text
    assert "背景与起因：" in article.furniture + article.paragraphs
    # a sentence that names a problem before a colon is no label
    told = parse_text(f"新城乡党建引领乡村治理\n当前突出的问题：{text}\n")
    assert told.lead.startswith("当前突出的问题：")


def test_a_record_s_fields_under_a_header_are_text_not_headers() -> None:
    body = "本次调研以乡村振兴为主题，走访农户、合作社和村委会，了解集体经济发展的实际情况。"
    article = parse_text(
        "某村乡村振兴调研报告\n一、调研安排\n调研地点：某县某村\n调查对象：某村村支书\n"
        f"{body}\n二、调研内容\n{body}\n"
    )
    assert [s.printed_header for s in article.all_sections()] == ["一、调研安排", "二、调研内容"]
    labelled = parse_text(
        f"某村调研报告\n一、调研安排\n组织振兴：建强村级战斗堡垒\n{body}\n"
        f"二、调研内容\n{body}\n"
    )
    assert "组织振兴：建强村级战斗堡垒" in [s.printed_header for s in labelled.all_sections()]


def test_an_author_line_labelled_with_the_word_for_name_is_not_the_title() -> None:
    article = parse_text(
        "选优“头雁”谋振兴\n作者姓名：郭一武  谢二杰\n"
        "村党组织书记是村级发展的领头雁，处于乡村振兴的主战场，选优配强十分关键。\n"
    )
    assert article.title == "选优“头雁”谋振兴"
    assert article.byline.author == "郭一武、谢二杰"


def test_a_headline_that_asks_is_the_title_when_a_subtitle_completes_it() -> None:
    article = parse_text(
        "基层治理中的“说服”何以有效？\n——基于两个案例的比较分析\n"
        "长期以来，为了更好地完成国家任务，基层干部往往被赋予较大的自主权，运用多种资源完成治理任务。\n"
    )
    assert article.title == "基层治理中的“说服”何以有效？——基于两个案例的比较分析"
    assert article.lead.startswith("长期以来")
    one_line = parse_text(  # (the subtitle on the headline's line, the authors under it)
        "大学生村官能改善中国乡村治理吗？——来自CRHPS2017的微观证据\n崔宝玉，肖瑶\n"
        "（安徽大学 中国三农问题研究中心，安徽 合肥 230009）\n"
        "大学生村官政策实施已近15年，其政策实施效果需要被检视和讨论。本文利用调查数据考察其影响。\n"
        "大学生村官；乡村治理；新型代理人；影响；作用机制\n"
        "为适应后农业税时代农村社区建设与治理的客观要求，中组部开始选聘高校毕业生到村任职。\n"
    )
    assert one_line.title == "大学生村官能改善中国乡村治理吗？——来自CRHPS2017的微观证据"
    assert one_line.lead.startswith("为适应后农业税时代")
    asked = parse_text(  # without a subtitle, a question opens the text
        "乡村振兴靠什么？靠的是一支永不走的工作队。\n某村党支部坚持党建引领，带领群众发展产业。\n"
    )
    assert asked.title is None and asked.lead.startswith("乡村振兴靠什么")


def test_a_document_that_opens_on_a_header_has_the_paragraph_under_it_as_its_lead() -> None:
    body = (
        "一、基本情况\n"
        "（一）村集体经济现状\n"
        "全镇共有12个行政村，2022年村集体经济收入均达到10万元以上，其中3个村超过50万元。\n"
        "集体经济收入主要来源于土地流转、物业租赁和入股分红，来源单一的问题依然存在。\n"
        "二、存在的问题\n"
        "一些村干部发展意识不强，缺乏懂经营、会管理的人才，项目选择上跟风现象明显。\n"
    )
    article = parse_text("乡镇村级集体经济发展情况调研报告\n" + body)
    assert article.lead.startswith("全镇共有12个行政村")
    sections = article.all_sections()
    assert [s.printed_header for s in sections][:2] == ["一、基本情况", "（一）村集体经济现状"]
    assert sections[1].paragraphs == [
        "集体经济收入主要来源于土地流转、物业租赁和入股分红，来源单一的问题依然存在。"
    ]
    # A page that shows the text from the middle has no lead: without the title, or saying so.
    assert parse_text(body).lead is None
    left_out = parse_text("乡镇村级集体经济发展情况调研报告\n……（开头部分已省略221字）\n" + body)
    assert left_out.lead is None


def test_an_anonymised_salutation_and_a_greeting_line_stand_before_the_lead() -> None:
    article = parse_text(
        "尊敬的镇党委x书记、x镇长、组织科x科长、各位同志：\n大家好！\n"
        "我没有什么准备，随便说说，想到哪儿说到哪儿，请大家谅解。我叫xx，现任xx村党组织书记。\n"
    )
    assert article.salutation == "尊敬的镇党委x书记、x镇长、组织科x科长、各位同志："
    assert article.lead.startswith("我没有什么准备")
    assert "大家好！" in article.furniture
    students = parse_text(
        "亲爱的同学们：\n大家好！\n我今天发言的主题是：让青年扎根乡村，拼出美丽乡村新图景。\n"
    )
    assert students.salutation == "亲爱的同学们：" and students.lead.startswith("我今天发言")


def _features(text: str) -> set[str]:
    return {e.feature for e in evidence(parse_text(text))}


def test_what_a_body_says_is_evidence_of_its_form_without_a_title() -> None:
    welcome = (
        "金秋十月，群贤毕至。值此论坛开幕之际，我谨代表市委、市政府，对论坛的举办表示热烈的祝贺！"
        "向出席论坛的各位领导和嘉宾表示诚挚的欢迎！\n"
    )
    assert "address" in _features(welcome)
    research = (
        "课题组采取问卷调查与实地走访相结合的方式，对全县12个乡镇进行了调研。"
        "调研发现，村级集体经济收入来源单一，增收后劲不足。\n"
    )
    assert "research" in _features(research)
    argument = (
        "乡村振兴，关键在党。我们党历来重视农村基层组织建设。新时代抓党建促乡村振兴，必须把党的"
        "领导贯穿始终，要把村党组织建设成为坚强战斗堡垒，需要在选人用人上下功夫，应当久久为功。\n"
    )
    assert {"nation", "ought"} <= _features(argument)
    account = (
        "近年来，某镇党委坚持以党建引领产业发展，建成蔬菜大棚120个，带动群众增收300万元。"
        "全镇12个村集体经济收入全部超过10万元，党组织的凝聚力不断增强。\n"
    )
    plain = {"address", "research", "nation", "ought", "sentence_headers"}
    assert not plain & _features(account)
    assert "research" not in _features(account + "镇党委召开党员座谈会，听取意见建议。\n")
    headed = account + (
        "夯实组织根基，激活发展引擎。镇党委选优配强村级班子，村党组织书记全部实现一肩挑。\n"
        "培育人才队伍，筑牢振兴支撑。镇里建立本土人才库，回引在外能人56名。\n"
    )
    assert "sentence_headers" in _features(headed)
    journal = (
        "基层党组织领办合作社的运行机理\n"
        "摘要：农村基层党组织领办合作社是发展新型农村集体经济的重要路径，本文基于两个案例展开分析。\n"
        "关键词：基层党组织；合作社；集体经济\n"
        "自2007年合作社法施行以来，农民专业合作社数量快速增长，但空壳社问题也日益突出。\n"
    )
    assert "journal" in _features(journal)
    # a site's empty author field is any page's metadata, not a journal's note
    news = "某镇召开党建工作会\n作者：\n来源：某日报\n" + account
    assert "journal" not in _features(news)
    # how the facts were gathered, said only in a journal page's abstract
    fieldwork = journal.replace("本文基于两个案例展开分析", "本文基于对某市12个村的问卷调查")
    assert "research" in _features(fieldwork) - _features(journal)
    reported = account.replace("近年来，", "3月5日，记者走进某镇，看到")
    assert {"dates", "reporter_in_text"} <= _features(reported) - _features(account)
    cited = account + "已有学者从产权角度研究了集体经济[1]，本文则从组织角度展开分析。\n"
    scholarly = [e.value for e in evidence(parse_text(cited)) if e.feature == "scholarly"]
    assert scholarly == [3.0] and "scholarly" not in _features(account)
    # (every citation is of one kind: a page of many notes is no more a paper for them)
    cited_often = cited.replace("[1]", "[1][2][3][4]")
    assert [e.value for e in evidence(parse_text(cited_often)) if e.feature == "scholarly"] == [3.0]


def test_where_a_paper_studied_and_a_story_opening_on_a_quotation_are_evidence_of_form() -> None:
    # a paper whose abstract names the place it studied is a report on that place's practice
    journal = (
        "基层党组织领办合作社的运行机理\n"
        "摘要：农村基层党组织领办合作社是发展新型农村集体经济的重要路径，本文基于两个案例展开分析。\n"
        "关键词：基层党组织；合作社；集体经济\n"
        "自2007年合作社法施行以来，农民专业合作社数量快速增长，但空壳社问题也日益突出。\n"
    )
    case = journal.replace("本文基于两个案例", "本文以浙江省安吉县为例")
    assert "placed_abstract" in _features(case)
    assert "placed_abstract" not in _features(journal)
    # (a place named only in the text after the abstract is the lead's, not the abstract's)
    assert "placed_abstract" not in _features(journal.replace("自2007年", "安吉县自2007年"))
    story = (
        "村里的“积分超市”开张了\n"
        "“以前村里的大事只有村干部知道，现在大家都能说上话。”村民李大爷笑着说。\n"
        "今年以来，某镇推行积分制管理，群众参与村级事务的热情明显提高。\n"
    )
    assert "quoted_lead" in _features(story)
    told = "\n".join(line for line in story.split("\n") if not line.startswith("“"))
    assert "quoted_lead" not in _features(told)


@pytest.mark.parametrize(
    "credit",
    [
        "谢宗藩，肖 媚",  # one of the authors spaced out to the width of the other
        "彭万勇，王刚毅，谷继建， 范 晓",
        "吴林丽    某某科技师范大学",  # an author and her institution
        "听新闻",  # a page's widget
    ],
)
def test_the_authors_above_a_journal_article_are_not_its_title(credit: str) -> None:
    article = parse_text(
        f"农民市民化进程中的基层党建路径\n{credit}\n"
        "城市化进程加快导致农民市民化趋势日益明显，大量农村人口流入城市，基层党建面临新课题。\n"
    )
    assert article.title == "农民市民化进程中的基层党建路径"
    assert article.lead.startswith("城市化进程加快")


def test_a_table_border_alone_on_its_line_is_furniture() -> None:
    article = parse_text(
        "乡村振兴调研报告\n|\n全县共有村级党组织120个，党员5000名，其中35岁以下党员800名。\n"
    )
    assert article.title == "乡村振兴调研报告"
    assert "|" in article.furniture and article.lead.startswith("全县共有")


def test_a_forums_jammer_scraps_at_a_lines_ends_are_furniture_and_the_text_is_whole() -> None:
    lead = "乡镇党委书记作为基层的“一线总指挥”，担负着兴一方经济、富一方百姓的重要职责。"
    header = "一、找准关键点，以党的建设为根本，履行党建第一责任。"
    body = "治国安邦，重在基层；管党治党，重在基础。党组织书记必须切实肩负起第一责任人的职责。"
    page = (
        "乡镇党委书记如何履职尽责\n4 U- y/ ~* k* s\n"
        f"& N9 [- V' s8 t6 S6 Y3 \\{lead} # N/ O& w\" k9 B& w: ]# h- Y( X\n"
        f"8 a4 V2 G& m- U$ V; A# \\8 _/ Q5 h{header}\n{body}\n"
    )
    article = parse_text(page)
    assert article.lead == lead
    assert [s.printed_header for s in article.sections] == [header]
    assert "8 a4 V2 G& m- U$ V; A# \\8 _/ Q5 h" in article.furniture
    assert '# N/ O& w" k9 B& w: ]# h- Y( X' in article.furniture
    # letters and figures in the text itself stay in it
    plain = parse_text(f"乡镇党委书记如何履职尽责\nA B C D 四个村结对共建，{lead}\n")
    assert plain.lead.startswith("A B C D 四个村")


def test_an_opening_part_label_is_a_header_and_the_paragraph_under_it_the_lead() -> None:
    article = parse_text(
        "引言\n"
        "乡村振兴战略是为解决农村发展不平衡不充分问题而提出的重大战略，村党组织书记是关键。\n"
        "福山村的实践\n"
        "福山村位于某市北郊，是一个有着悠久历史的村庄，近年来集体经济不断壮大。\n"
        "书记的角色\n"
        "在乡村振兴过程中，村党组织书记扮演着多重角色。\n"
        "1. 领导者\n"
        "他统筹协调村务工作，确保各项政策落到实处。他每周召开一次村务会，听取村民意见。\n"
        "2. 推动者\n"
        "他积极争取上级支持，推动基础设施建设和产业发展。村里新修道路3公里，建成冷库一座。\n"
    )
    assert article.title is None
    assert article.lead.startswith("乡村振兴战略")
    assert [(s.level, s.printed_header) for s in article.all_sections()] == [
        (1, "引言"),
        (1, "福山村的实践"),
        (1, "书记的角色"),
        (2, "1.领导者"),
        (2, "2.推动者"),
    ]


def test_arabic_numbers_are_the_level_below_and_print_as_the_page_printed_them() -> None:
    article = parse_text(
        "某镇驻村工作情况汇报\n"
        "今年以来，我镇按照县委部署，扎实开展驻村帮扶工作，取得了阶段性成效。\n"
        "一、工作开展情况\n"
        "1、了解村情民意\n"
        "工作队走访农户320户，收集意见建议46条，逐条建立台账。\n"
        "2、抓好党建工作\n"
        "帮助村党支部规范“三会一课”，发展党员2名。\n"
        "二、存在的问题\n"
        "部分村集体经济基础薄弱，增收渠道单一。\n"
    )
    sections = article.all_sections()
    assert [(s.level, s.printed_header) for s in sections] == [
        (1, "一、工作开展情况"),
        (2, "1、了解村情民意"),
        (2, "2、抓好党建工作"),
        (1, "二、存在的问题"),
    ]
    assert (sections[1].number, sections[1].mark) == ("1", "1、")
    assert article.title == "某镇驻村工作情况汇报"  # a 汇报, not a newspaper's name
    # run into its text, a number heads a short phrase closed by a stop; a list item runs on
    # into a long sentence, and a number before a broken sentence is no header either
    run_in = parse_text(
        "某镇驻村工作情况汇报\n"
        "今年以来，我镇按照县委部署，扎实开展驻村帮扶工作，取得了阶段性成效。\n"
        "1.摸清村情民意。工作队走访农户320户，收集意见建议46条，逐条建立台账。\n"
        "2.和作用决定了加强农村基层党组织建设的重要性，近年来各地对此高度重视。\n"
        "3.帮助村党支部规范“三会一课”制度，发展年轻党员2名，培养入党积极分子5名。\n"
    )
    assert [(s.printed_header, s.paragraphs) for s in run_in.all_sections()] == [
        (
            "1.摸清村情民意。",
            [
                "工作队走访农户320户，收集意见建议46条，逐条建立台账。",
                "2.和作用决定了加强农村基层党组织建设的重要性，近年来各地对此高度重视。",
                "3.帮助村党支部规范“三会一课”制度，发展年轻党员2名，培养入党积极分子5名。",
            ],
        )
    ]
    parallel = parse_text(  # or two short parallel phrases
        "市委书记在推进会上的讲话\n同志们：\n今天我们在这里召开推进会，总结前段工作，部署下步任务。\n"
        "一、客观估价前一阶段工作进展情况\n"
        "1、领导重视，行动迅速。动员会后，各镇街都非常重视，迅速成立了领导小组。\n"
        "2、结合实际，措施有效。各镇街都能抓住教育党员干部、转化后进村两个重点。\n"
    )
    assert [s.printed_header for s in parallel.all_sections()][1:] == [
        "1、领导重视，行动迅速。",
        "2、结合实际，措施有效。",
    ]
    # a longer phrase, where the number beside it is a header too
    first = (
        "某区集体经济发展调研报告\n近年来，某区把发展新型农村集体经济作为乡村振兴的重要抓手。\n"
        "一、典型案例经验分析\n"
        "1.特色农业规模化、集群化发展。聚焦三大产业，建成标准化种植基地，统一品种、统一销售。\n"
    )
    series = parse_text(first + "2.三产融合创新发展。依托生态资源，开发采摘项目，开展直播带货。\n")
    assert [s.printed_header for s in series.all_sections()][1:] == [
        "1.特色农业规模化、集群化发展。",
        "2.三产融合创新发展。",
    ]
    assert [s.printed_header for s in parse_text(first).all_sections()] == ["一、典型案例经验分析"]


def test_a_journal_listing_that_stops_after_the_abstract_has_no_lead() -> None:
    labelled_alone = parse_text(
        "平度开发区以党建引领乡村振兴的调研\n内容提要：\n"
        "乡村振兴，既要塑形，也要铸魂。本文从组织、产业、人才三个方面总结了开发区的做法。\n"
        "The report summarizes the practice of the development zone.\n"
        "作者\n周崎\n出处\n某市委党校学报\n"
    )
    assert labelled_alone.epigraph.startswith("乡村振兴，既要塑形")
    assert labelled_alone.lead is None
    assert {"作者", "周崎", "出处"} <= set(labelled_alone.furniture)
    # its writers each on a line of his own under the label
    writers = parse_text(
        "摘要\n农民夜校是农村党员干部和农民群众接受教育培训的主要阵地，是最接地气的群众大讲堂。\n"
        "作者\n江成程\n罗若飞\n邹林岚\nJiang Chengcheng;Luo Ruofei;Zou Linlan\n"
    )
    assert writers.lead is None and {"江成程", "罗若飞", "邹林岚"} <= set(writers.furniture)
    # (a word under them is no writer's name)
    text = "农民夜校是农村党员干部和农民群众接受教育培训的主要阵地，是最接地气的群众大讲堂。"
    worded = parse_text(f"摘要\n{text}\n作者\n江成程\n罗若飞\n农民夜校\n{text}\n")
    assert "农民夜校" not in worded.furniture
    glued = parse_text(
        "选优“头雁”谋振兴\n摘要：作为村级发展的领头雁，村党组织书记处于乡村振兴的主战场。\n"
        "设为首页 | 免责声明 | 加入收藏\n"
    )
    assert glued.epigraph.startswith("摘要：作为村级发展") and glued.lead is None
    # a sentence that opens on the word is no label
    asked = parse_text(
        "某镇党委会议纪要\n提要求、压责任，镇党委对驻村工作提出五条要求，逐村抓好落实。\n"
    )
    assert asked.epigraph is None and asked.lead.startswith("提要求")
    # a link to the full text, or a unit's label run into its name, under the abstract
    abstract = "摘要\n党的领导是实施乡村振兴的关键。本文分析了党建视域下乡村振兴的矛盾。\n"
    for line in ("全文", "下载全文", "单位中国社会科学院大学", "单位：某某省委党校"):
        article = parse_text(f"{abstract}-\n{line}\n")
        assert article.epigraph.startswith("党的领导是实施乡村振兴的关键")
        assert article.lead is None and line in article.furniture


BODY = "9月19日，县人大常委会主任会议听取全县村级集体经济发展情况汇报，提出了意见建议。\n"


@pytest.mark.parametrize(
    ("front", "title"),
    [
        # a headline may say 关注; the widget says 关注我们
        ("点击关注\n县人大关注村级集体经济发展\n", "县人大关注村级集体经济发展"),
        ("本刊评论员\n", None),  # who wrote it
        # a headline may cheer (点赞); the widget stands alone or counts
        ("为接地气的“村官”点赞\n点赞 12\n", "为接地气的“村官”点赞"),
        # a print copy wraps a title's last character onto a line of its own
        ("在全县易地搬迁后续工作推进会议上的讲\n话\n", "在全县易地搬迁后续工作推进会议上的讲话"),
        # a download site numbers the pieces it holds after their titles
        ("XX县县长在全县推进会上的讲话1\n", "XX县县长在全县推进会上的讲话"),
        ("扫黑除恶座谈会发言稿1\n", "扫黑除恶座谈会发言稿"),
        ("标题导航\n版面导航\n", None),  # an e-paper's widgets
        ("在先进事迹报告团上的发言\n—马步乡寨下村村主任周流兴\n", "在先进事迹报告团上的发言"),
        ("返回列表\n144位村书记为啥成为座上宾？\n", "144位村书记为啥成为座上宾？"),
        (  # a repost names its headline again; a question counts only without a statement
            "村书记为啥成为座上宾？\n原标题：村书记为啥成为座上宾？\n",
            "村书记为啥成为座上宾？",
        ),
        ("乡村振兴看头雁\n怎样当好头雁？\n", "乡村振兴看头雁"),
        (  # a document cover prints the title a few words to a line
            "2023\n农村基层\n党组织\n建设\n调研报告\n农村基层党组织建设调研报告\n",
            "农村基层党组织建设调研报告",
        ),
    ],
)
def test_the_title_among_the_lines_a_page_prints_above_the_text(
    front: str, title: str | None
) -> None:
    article = parse_text(front + BODY)
    assert article.title == title
    assert article.lead == BODY.strip()


def test_a_quoted_word_that_is_a_sentences_subject_does_not_end_a_header() -> None:
    from drafter.parse.headers import split_sentence_header

    assert split_sentence_header(
        "农村基层党组织“头雁效应”不是一种单纯的范式，而是多种功能的集合体，涉及领导宣传、"
        "组织执行和发展推动等多个方面。"
    ) is None
    found = split_sentence_header(
        "党建+制度压实乡村振兴“责任链”姜堰区坚持把制度建设摆在突出位置，健全责任清单、"
        "考核办法和督查机制，层层压实各级党组织书记抓乡村振兴的责任。"
    )
    assert found is not None and found[0] == "党建+制度压实乡村振兴“责任链”"


def test_a_print_layout_wraps_at_a_width_not_at_a_count_of_characters() -> None:
    paragraphs = [
        "合作社共吸引了 197 户村民入股 25.8 万元，其中村民持股 48.9%，村集体持股 51.1%。合作社的"
        "收益按股份比例分红，集体分红再按 2413 的比例分配，重建了村级组织对农民的再组织。",
        "在村党总支领导下，全村经济产业形成统分结合的格局，全村核桃种植面积 6712 亩，村集体"
        "统一购买种苗，然后规划好地块让农户认领，合作社在种植过程中提供统一的技术指导。",
        "随着党支部领办合作社的深入推进，村集体通过整合农户闲散的土地资源，实现统购统销，"
        "全村核桃实现标准化生产，农户在市场中获得了议价权，户均增收 3000 元以上。",
    ]
    lines = [line for p in paragraphs for line in wrapped_at(40, p)]
    assert len({len(line) for line in lines[:-1]}) > 2  # as many characters, they are not
    article = parse_text("某村党支部领办合作社调研\n" + "\n".join(lines) + "\n")
    found = [article.lead, *article.paragraphs]
    # every line joins the next unless a sentence ends there (a break that falls at a sentence's
    # end may be a paragraph's), never mid-sentence
    assert "".join(found).replace(" ", "") == "".join(paragraphs).replace(" ", "")
    assert all(p.endswith("。") for p in found) and len(found) <= len(lines) // 2
    assert not article.sections


def test_a_narrow_columns_wrap_is_joined_back_and_its_headers_kept_apart() -> None:
    # (a newspaper's or a phone's column: thirteen Han characters a line)
    paragraphs = [
        "近年来，某县坚持以党建引领乡村振兴，把党组织建在产业链上，推动村集体经济持续壮大。",
        "县委组织部牵头建立村党组织书记“擂台比武”机制，每季度晾晒一次成绩，激励比学赶超。",
        "全县一百二十个村全部消除集体经济薄弱村，群众的获得感、幸福感持续增强。",
    ]
    # (a header's rest may fill a line too: it stops short of the width, unended)
    headers_at = {
        1: "一、强化组织引领",
        2: "二、统一思想，充分认识乡村建设行动的内涵及其对村级党组织的新要求",
    }
    lines = []
    for index, paragraph in enumerate(paragraphs):
        lines += wrapped_at(26, headers_at[index]) if index in headers_at else []
        lines += wrapped_at(26, paragraph)
    article = parse_text("某县抓党建促乡村振兴工作综述\n" + "\n".join(lines) + "\n")
    assert article.lead == paragraphs[0]
    assert [s.printed_header for s in article.sections] == list(headers_at.values())
    assert [p for s in article.sections for p in s.paragraphs] == paragraphs[1:]


def test_a_wire_storys_title_line_and_quoted_words_are_not_headers() -> None:
    article = parse_text(
        "追逐“共富梦”的村支书：大家富，才是富\n"
        "中新网张家界1月18日电 题：追逐“共富梦”的村支书：大家富，才是富\n"
        "张明忠是张家界的名人。他是土生土长的仙人溪村人，早年外出经商，积累了不少财富。\n"
        "从张家界响当当的“大老板”到仙人溪村赤诚为民的“领头羊”，张明忠靠的是一颗为乡亲谋福利的心。\n"
        "“任村支书这事我从来没想过，总担心干不好。”张明忠说，他之前常年在外，对村里情况不熟。\n"
        "如何增强党员干部凝聚力，让大家勠力同心，成为张明忠面临的第一道“拦路虎”。\n"
    )
    assert article.dateline == "中新网张家界1月18日电"
    assert article.lead.startswith("张明忠是张家界的名人")
    assert "题：追逐“共富梦”的村支书：大家富，才是富" in article.furniture
    assert article.all_sections() == []


def test_a_continued_page_of_a_paper_has_no_lead_unless_it_prints_the_title_again() -> None:
    story = (
        "2021年至2022年，周村列入全区全域土地综合整治试点，村里的面貌发生了很大变化。\n"
        "村党支部带领群众流转土地，发展特色种植，村集体经济收入突破50万元。\n"
    )
    continued = parse_text("上接第1版\n标题导航\n" + story)
    assert continued.lead is None and continued.title is None
    assert continued.paragraphs[0].startswith("2021年至2022年")
    titled = parse_text("周村：全域整治绘新景\n（上接第一版）\n" + story)
    assert titled.title == "周村：全域整治绘新景" and titled.lead.startswith("2021年至2022年")


def test_a_papers_own_dateline_needs_no_space_before_the_lead() -> None:
    article = parse_text(
        "外坡村公开选聘村级后备干部\n本报讯近日，林尘镇外坡村村民委员会公开选聘村级后备干部，"
        "共有12名青年报名参加。\n"
    )
    assert article.dateline == "本报讯" and article.lead.startswith("近日，林尘镇")
    # a place's news site still needs the space or the brackets: `某县讯近日` is no dateline
    assert parse_text("某县讯近日召开全县组织工作会议，部署年度重点任务。\n").dateline is None


def test_a_salutation_may_end_at_a_comma_before_the_greeting() -> None:
    article = parse_text(
        "让青春在乡村振兴中绽放\n尊敬的各位评委、各位领导，亲爱的同事们，大家上午好。"
        "今天我为大家演讲的题目是《让青春在乡村振兴中绽放》。\n"
    )
    assert article.salutation == "尊敬的各位评委、各位领导，亲爱的同事们，"
    assert article.lead.startswith("大家上午好。今天我为大家演讲")
    plain = parse_text("各位领导，今天我汇报三个方面的情况，请批评指正。村里今年新建大棚30个。\n")
    assert plain.salutation is None  # without a greeting after it, the comma ends nothing


def test_a_reports_labelled_summary_and_a_sites_blurb_are_not_the_lead() -> None:
    report = parse_text(
        "农村党员发挥先锋模范作用情况调查\n"
        "报告要点：本报告基于对449名农村党员的问卷调查，分析了党员作用发挥的现状和问题。\n"
        "农村党员作为农村群众中的积极分子，是党在农村各项工作的骨干力量。\n"
    )
    assert report.epigraph.startswith("报告要点：本报告")
    assert report.lead.startswith("农村党员作为")
    blurb = parse_text(
        "陈行村的好支书\n开篇：润墨网以专业的文秘视角，为您筛选了一篇村支书先进事迹材料。\n"
        "走进江都市仙女镇陈行村，整洁的村道、成片的大棚映入眼帘，村民们脸上洋溢着笑容。\n"
    )
    assert blurb.lead.startswith("走进江都市")


def test_a_speaker_line_is_not_the_title_but_a_subtitle_naming_its_subject_is() -> None:
    body = "我叫周流兴，是寨下村的村主任。今天我向大家汇报寨下村这几年发展的情况。\n"
    speech = parse_text("在先进事迹报告团上的发言\n—马步乡寨下村村主任周流兴\n" + body)
    assert speech.title == "在先进事迹报告团上的发言"
    feature = parse_text("永不褪色的初心\n——记寨下村党支部书记周流兴\n" + body)
    assert feature.title == "永不褪色的初心——记寨下村党支部书记周流兴"
    closing = parse_text(
        "在论坛闭幕会上的总结讲话\n——论坛执委会主任、华西村党委书记吴协恩\n" + body
    )
    assert closing.title == "在论坛闭幕会上的总结讲话"
    meeting = parse_text("共商驻村发展良策\n——某市召开驻村工作调度会暨第一书记座谈会\n" + body)
    assert meeting.title == "共商驻村发展良策——某市召开驻村工作调度会暨第一书记座谈会"


def test_a_glued_title_is_not_cut_inside_brackets() -> None:
    body = (
        "农村基层党组织是党在农村全部工作和战斗力的基础，是党团结带领农民群众建设社会主义新农村的"
        "战斗堡垒。加强党的执政能力建设，一个重要方面就是要加强农村基层党组织建设，夯实党在农村的"
        "执政基础。为此，我们深入全盟各旗县区，采取问卷调查与实地走访相结合的方式开展了专题调研。"
        "调研组先后走访了十二个苏木乡镇、三十六个嘎查村，召开座谈会二十余次，发放问卷八百份。"
    )
    article = parse_text(f"关于农村基层党的组织建设调研报告盟委组织部（20XX 年 4 月）{body}\n")
    assert article.title == "关于农村基层党的组织建设调研报告"
    assert not any(part.startswith("月）") for part in [article.lead or "", *article.furniture])


def test_a_page_description_repeating_the_lines_under_it_is_furniture() -> None:
    title = "提高农村基层干部队伍素质的调研报告"
    lead = (
        "广大农村基层干部是党和国家在农村各项方针政策的执行者，是农民致富奔小康的带头人。"
        "农村社会能不能稳定，农业能不能发展，农民能不能富裕，关键在于有一支高素质的干部队伍。"
    )
    banner = "公文写作范文宝典：www.example.com"
    article = parse_text(
        f"{banner}{title}{lead[:70]}\n{banner}\n{title}\n{lead}\n"
        "一、基本情况\n全县共有村干部1200名，其中村党组织书记300名。\n"
    )
    assert article.title == title and article.lead == lead
    assert f"{banner}{title}{lead[:70]}" in article.furniture
    # two short lines under a paragraph that opens with their words do not make it a repeat
    kept = parse_text("党建\n引领\n党建引领乡村振兴，全县建成示范村20个。\n")
    assert any("全县建成示范村20个" in p for p in [kept.lead or "", *kept.paragraphs])


def test_a_long_paragraph_is_not_cut_after_a_dash_as_if_a_title_ended_there() -> None:
    paragraph = (
        "组织振兴是乡村振兴的“保障”—— 只有基层组织坚强有力，才能凝聚乡村发展的“合力”。"
        "然而，当前不少乡村组织面临党员老龄化、带头人缺乏、服务能力不强等问题，难以担起引领发展的重任。"
        "破解这些难题，需要从选人、育人、用人三个环节同时发力，把最能干的人放到村党组织书记岗位上，"
        "把党组织的组织力转化为发展的推动力，让群众在家门口感受到实实在在的变化。"
        "这既是一项长期任务，也是一项紧迫任务，需要各级党委持之以恒抓下去。"
    )
    article = parse_text(f"{paragraph}\n选好带头人是关键。各地要拓宽选人视野。\n")
    assert article.title is None and article.lead.startswith("组织振兴是乡村振兴的“保障”——")


def test_a_journal_listing_prints_its_fields_under_their_labels() -> None:
    abstract = "围绕农村基层团组织建设问题，对一千余名村团干部和农村青年进行了问卷调查。"
    text = "随着城镇化进程加快，农村青年大量外出，基层团组织面临新的问题。"
    article = parse_text(
        "农村基层团组织问题及对策研究\n作 者：\n某某\n作者简介：\n"
        "某某，某市团校，某市 250021 某某（1989- ），女，讲师，主要从事共青团理论研究。\n"
        f"原文出处：\n某某学院学报\n内容提要：\n{abstract}\n期刊代号：D421\n分类名称：青少年导刊\n"
        f"{text}\n调查显示，团组织覆盖青年的实效性不高。\n"
    )
    assert article.epigraph == abstract and article.lead == text
    assert {"某某学院学报", "期刊代号：D421"} <= set(article.furniture)
    # one label above the text is no listing: a header with a colon keeps its paragraph
    kept = parse_text("某镇抓党建促振兴\n主要做法：\n某镇坚持党建引领，建成示范村5个。\n")
    assert kept.lead == "某镇坚持党建引领，建成示范村5个。"


def test_a_host_calling_the_hall_to_order_is_not_the_lead() -> None:
    lead = "经镇党委研究决定，今天上午在这里隆重举行纪念建党大会，一起颂扬党的丰功伟绩。"
    article = parse_text(f"同志们：\n大家安静，大会马上开始。\n{lead}\n现在，我宣布大会开幕。\n")
    assert article.salutation == "同志们：" and article.lead == lead
    assert "大家安静，大会马上开始。" in article.furniture


def test_a_lone_header_of_two_phrases_may_have_a_short_first_one() -> None:
    body = "在某州某村村民眼里，过去十年，村庄变化翻天覆地，道路硬化了，路灯亮起来了。"
    article = parse_text(
        "旗帜在基层树立 民心在基层凝聚\n"
        "面对三农工作重心发生历史性转移的新形势，今年以来，某州着眼抓党建促乡村振兴。\n"
        f"强引领，提升乡村颜值\n{body}\n"
    )
    assert [s.header for s in article.sections] == ["强引领，提升乡村颜值"]
    # a caption or remark of two unequal clauses stays a paragraph
    remark = parse_text(
        "旗帜在基层树立 民心在基层凝聚\n"
        "面对三农工作重心发生历史性转移的新形势，今年以来，某州着眼抓党建促乡村振兴。\n"
        f"好，这件事我们一定办成办好\n{body}\n"
    )
    assert remark.sections == []


def test_words_introduced_with_a_colon_are_no_salutation() -> None:
    article = parse_text(
        "今年两会，在参加某省代表团审议时指出：“要让精英人才到乡村的舞台上大施拳脚。”\n"
        "乡村振兴之所以让人牵挂，源于这是解决社会主要矛盾的一把钥匙。\n"
    )
    assert article.salutation is None and article.lead.startswith("今年两会")
    spoken = parse_text("各位代表：\n今年以来，全县上下团结一心，各项工作取得新成效。\n")
    assert spoken.salutation == "各位代表："


def test_a_photo_line_under_the_page_metadata_is_not_the_lead() -> None:
    lead = "丝路要道，天下富庶出陇右；赤贫荒凉，陇中苦瘠甲天下。翻阅历史长卷，让人不禁慨叹。"
    page = (
        "某省组工网首页 >正文\n引得春风度玉关——某省强党建促脱贫攻坚纪实\n"
        "来源: 某某报 更新于: 2020-11-12 20:02:35\n"
        "某县某镇某村农户交售丰收的红辣椒。\n"
        f"{lead}\n进入决战收官之年，全省组织部门压实责任，紧盯未摘帽贫困县。\n"
    )
    article = parse_text(page)
    assert article.lead == lead and "某县某镇某村农户交售丰收的红辣椒。" in article.furniture
    scene = "在板材生产车间内，自动化机器正在对木板进行加工、打磨。"
    assert parse_text(page.replace("某县某镇某村农户交售丰收的红辣椒。", scene)).lead == lead
    # a short lead with more to say than a picture stays the lead
    said = "今年以来，某村农户种植红辣椒1200亩。"
    assert parse_text(page.replace("某县某镇某村农户交售丰收的红辣椒。", said)).lead == said


def test_photos_and_their_file_names_under_the_page_metadata_are_not_the_lead() -> None:
    lead = "九省通衢的某市，人口过千万，城区科教、产业、人才资源丰富，透露着无限朝气。"
    photos = (
        "20220316.png\n某银行支持的某区茶园基地。\n"
        "20220316.1.png\n驻村工作队员指导致富带头人种植水生植物。\n"
    )
    page = (
        "【奋进新征程 建功新时代】某市“国企联村”行动观察\n"
        "党建引领 村企牵手全方位立体式赋能乡村振兴——某市“国企联村”行动观察\n"
        f"{photos}{lead}\n乡村振兴，离不开发展资源要素的集聚。城市发展的积极要素如何跟农村融合？\n"
    )
    article = parse_text(page)
    assert article.lead == lead
    assert set(photos.split()) <= set(article.furniture)


@pytest.mark.parametrize(
    ("credit", "field", "value"),
    [
        ("本报评论员", "furniture", ["本报评论员"]),
        ("本报记者 王明", "reporters", ["王明"]),
        ("通讯员 丁远进 连中福", "correspondents", ["丁远进", "连中福"]),
        ("中共某某县委组织部", "unit", "中共某某县委组织部"),
    ],
)
def test_a_title_run_into_the_credit_under_it_ends_before_the_credit(
    credit: str, field: str, value: object
) -> None:
    title = "建设清廉村居 助推乡村振兴"
    text = "近年来，某村坚持把清廉村居建设作为推进乡村振兴的重要抓手，村风民风持续向好。"
    for page in (f"{title}{credit}\n{text}\n", f"{title}\n{credit}\n{text}\n"):
        article = parse_text(page + "村里还建起了廉政文化长廊。\n")
        assert article.title == title and article.lead == text
        owner = article if field == "furniture" else article.byline
        assert getattr(owner, field) == value
    # (a paper's credit line that names the paper first is a credit line, not a title)
    paper = parse_text(f"工人日报-中工网记者 柳姗姗 彭冰\n{text}\n")
    assert paper.title is None and paper.byline.reporters == ["柳姗姗", "彭冰"]


def test_a_title_run_into_its_first_header_date_speaker_or_abstract_label_ends_before_it() -> None:
    title = "某县推行村干部专职化管理的实践与探索"
    text = "村干部是党在农村各项方针政策的具体执行者，村干部队伍建设关系到乡村振兴的成效。"
    article = parse_text(f"{title}一、背景意义\n{text}\n二、主要做法\n{text}\n")
    assert article.title == title
    assert [s.printed_header for s in article.sections] == ["一、背景意义", "二、主要做法"]
    abstract = parse_text(f"{title}摘要\n{text}\n关键词：村干部；专职化\n")
    assert abstract.title == title and abstract.epigraph == text
    dated = parse_text(f"某镇整治人居环境2024年03月22日\n{text}\n")
    assert dated.title == "某镇整治人居环境" and dated.lead == text
    report = "2022年度基层党建专项述职报告"
    for under in ("某村党总支书记 张振华", "XXX", "某某范文网", "述 职 报 告"):
        spoken = parse_text(f"{report}{under}\n{text}\n")
        assert spoken.title == report and spoken.lead == text, under
    # (a title that holds a first point's number keeps it: the words after it are no header)
    kept = "某县促进农村一、二、三产业融合发展"
    assert parse_text(f"{kept}\n{text}\n").title == kept


def test_on_a_page_on_one_line_the_title_ends_before_the_credit_or_the_abstract_label() -> None:
    text = (
        "曾深度贫困的南疆地区2020年底全部脱贫摘帽，近年来，当地持续壮大村集体经济，"
        "农民的“钱袋子”越来越鼓。 走进某村，合作社的厂房里机器轰鸣，工人们正忙着分拣红枣。"
        "村党支部书记介绍，去年村集体收入超过80万元，全村人均增收3000多元，日子越过越红火。"
        " 在另一个村，村党支部领办的养殖合作社吸纳了60多户村民入股，年底每户分红4000余元。"
        "“跟着党支部干，心里踏实。”村民说，今年打算再多养20只羊。"
    )
    title = "不断壮大的集体经济让农民捧牢“金饭碗”——南疆乡村振兴一线观察"
    for credit, reporters in (("新华社记者潘莹、周晔", ["潘莹", "周晔"]), ("本报评论员", [])):
        article = parse_text(f"{title} {credit} {text}")
        assert article.title == title and article.lead.startswith("曾深度贫困的南疆地区")
        assert article.byline.reporters == reporters
        assert credit in [*article.byline.lines, *article.furniture]
    # (a credit in brackets after the dateline is no end of a title)
    news = parse_text(f"本报讯（记者 徐 丹 通讯员 张 华）{text}")
    assert news.title is None and news.lead.startswith("曾深度贫困的南疆地区")


def test_who_wrote_or_photographed_it_run_into_the_text_is_not_the_lead() -> None:
    lead = "乡贤是乡村治理的宝贵资源，在凝聚人心、化解矛盾、带动发展等方面发挥着独特作用。"
    more = (
        "近年来，某县探索“乡贤+”治理模式，组建乡贤理事会46个，参与调解矛盾纠纷300余起，"
        "引回项目资金1.2亿元，乡村治理效能明显提升。 乡贤理事会还定期组织议事活动，"
        "听取群众意见建议，推动解决群众急难愁盼问题。 下一步，某县将继续完善乡贤参与机制，"
        "让乡贤在乡村振兴中发挥更大作用，努力打造共建共治共享的乡村治理新格局。"
    )
    for label in ("文字：", "撰文：", "摄影："):
        fields = f"时间:2025-09-30 10:31:36来源:某县委党校 {label}翁少鑫"
        article = parse_text(f"某杂志 党建引领乡贤助村路 {fields} {lead}{more}")
        assert article.lead.startswith(lead), label
        assert any(f"{label}翁少鑫" in line for line in article.furniture), label


@pytest.mark.parametrize(
    "when", ["2017年11月16日 09:08:14来源:某网某支站", "2024年10月28日15:56    来源：某网"]
)
def test_on_a_page_on_one_line_a_date_in_words_and_its_time_are_the_pages_fields(when: str) -> None:
    lead = (
        "11月13日至14日，为推进某镇民主法治建设，维护社会稳定，树立良好的民风、村风，"
        "某镇深入各村张贴宣传最新修订完善的村规民约。"
    )
    more = (
        " 最新修订版的村规民约获得各村的一致通过，主要包括社会治安、消防安全、村风民俗、邻里关系"
        "等方面，对法律普及、公共秩序的维护、公共财产的保护等方方面面都作出了明文规定。"
    )
    where = "县市频道 您当前的位置 : 县市频道   ->   某县 -->正文"
    article = parse_text(f"{where} 某县：某镇落实最新修订版村规民约 {when} {lead}{more}")
    assert article.lead == lead


@pytest.mark.parametrize(
    "fields",
    [
        "发布时间:2024-11-17 06:23:00 来源: sp20241117",  # a code a space after its colon
        "来源: 本站 时间:2024-06-18 浏览量: 次",  # a count left blank, its unit printed
        "来源: 本站 时间:2024-06-18 作者：",  # an empty field: the text is not its value
    ],
)
def test_on_a_page_on_one_line_the_fields_over_the_text_are_not_its_lead(fields: str) -> None:
    lead = "近日，某区国资和金融系统党委、某城投集团党委与某街道党工委签订结对共建协议。"
    more = (
        "双方将围绕基层治理、产业发展、民生服务等方面开展合作，推动资源共享、优势互补。"
        " 活动现场，各方负责人就下一步合作重点进行了交流，并实地走访了结对社区。"
        " 下一步，双方将建立常态化联络机制，定期召开联席会议，确保结对共建取得实效。"
        " 据悉，这是某区今年签订的第12个结对共建协议，全区已有36个村（社区）与国企结对。"
    )
    article = parse_text(f"某区开展国企联村结对共建活动 {fields} {lead} {more}")
    assert article.lead == lead


def test_a_line_split_above_the_text_leaves_the_title_glued_to_the_first_long_line_found() -> None:
    from drafter.parse.segment import paragraphs

    body = (
        "近年来，某县坚持以党建引领乡村振兴，选优配强村党组织书记，壮大村级集体经济，村容村貌焕然一新。"
        "全县126个村集体经济收入全部超过10万元，其中超过50万元的村达到31个，群众获得感明显增强。"
        "某县还推行“党建+合作社”模式，组建联村党委12个，带动2万余户农户增收，乡村治理效能持续提升。"
        "下一步，某县将继续深化党建引领，推动乡村全面振兴取得新成效，让农民群众的日子越过越红火，"
        "幸福感成色更足。"
    )
    # (the first line comes apart in two, the line under it is still the page's first long one)
    pieces = paragraphs(["某某县党建网站首页中共某县委组织部", f"建设和美乡村的某县实践 {body}"])
    assert pieces == ["某某县党建网站首页", "中共某县委组织部", "建设和美乡村的某县实践", body]


def test_a_collection_page_that_lost_every_break_keeps_its_parts() -> None:
    article = parse_text(
        "某县党员队伍建设的调研3篇【篇一】一、党员队伍现状及存在的主要问题某县共有基层党委31个，"
        "党支部754个，党员19049名。近年来，我县认真做好党员教育管理工作，党员队伍整体素质不断提高。"
        "但随着经济社会发展，也暴露出一些新的问题，主要有：1、党员年龄结构不合理。目前，全县35岁以下"
        "党员2465名，占党员总数的12.94%。2、部分党员思想政治素质不高。有的党员把自己混同于普通群众。"
        "3、党员出口不畅通。对不合格党员的处置缺乏有效办法。二、主要原因分析通过调查，原因主要有三个方面。\n"
    )
    assert article.title == "某县党员队伍建设的调研3篇" and "【篇一】" not in article.title
    assert article.lead.startswith("某县共有基层党委31个")
    headers = [s.header for s in article.all_sections()]
    assert headers[0] == "党员队伍现状及存在的主要问题"
    assert {"部分党员思想政治素质不高。", "党员出口不畅通。"} <= set(headers)


def test_a_parts_number_alone_over_its_text_is_a_numbered_header_of_no_words() -> None:
    text = "第一书记已然是一个不再新鲜的官名了，他是和精准扶贫这个政治项目一道诞生并成长起来的。"
    article = parse_text(f"第一书记这个官\n一、\n{text}\n{text}\n二、\n{text}\n")
    assert [(s.printed_header, s.level, s.style) for s in article.sections] == [
        ("一、", 1, "numbered"),
        ("二、", 1, "numbered"),
    ]
    assert article.lead == text and not article.furniture
    # a number over a header's line is that header's label, and one over nothing is the page's
    labelled = parse_text(f"第一书记这个官\n{text}\n（一）\n强化组织引领\n{text}\n（二）\n")
    assert "（二）" in labelled.furniture


def test_a_collections_piece_label_after_its_title_or_its_numbered_entry_is_not_text() -> None:
    text = (
        "近年来，某镇紧紧围绕发展、民生、和谐三大主题，引导农村无职党员发挥先锋模范作用。\n"
        "因地制宜，科学设岗定责。镇把农村无职党员设岗定责作为今年党建工作的重头戏来抓。\n"
    )
    titled = parse_text("乡村振兴党日活动党课讲稿（优质19篇）篇一\n" + text)
    assert titled.title == "乡村振兴党日活动党课讲稿（优质19篇）"
    entry = "1.农村无职党员设岗定责具体措施 篇一"
    listed = parse_text(f"农村无职党员设岗定责具体措施（8篇）\n{entry}\n{text}")
    assert entry in listed.furniture and not listed.all_sections()
    # a numbered header of the text stays one
    numbered = parse_text(f"某镇工作总结\n{text}1.强化组织引领\n{text}2.创新活动载体\n{text}")
    assert {"强化组织引领", "创新活动载体"} <= {s.header for s in numbered.all_sections()}


def test_a_page_cut_after_two_sections_keeps_its_pair_of_sentence_headers() -> None:
    article = parse_text(
        "党建引领 激活乡村振兴“一池春水”\n"
        "在国家发展的壮阔画卷中，乡村是稳固的根基，其发展程度深刻影响着农民的生活品质。\n"
        "党建引领打破了乡村邻里间日益加深的隔阂，重塑乡村温情。随着时代车轮的快速转动，乡村邻里间的"
        "交流互动逐渐减少。\n"
        "党建引领有力地凝聚起各方力量，共筑乡村发展的坚实大厦。党建工作在乡村振兴进程中发挥着核心"
        "引领作用。\n"
    )
    assert [s.header for s in article.sections] == [
        "党建引领打破了乡村邻里间日益加深的隔阂，重塑乡村温情。",
        "党建引领有力地凝聚起各方力量，共筑乡村发展的坚实大厦。",
    ]
    # a paragraph that only opens like a header's words, with a long first sentence, is text
    alone = parse_text(
        "党建引领 激活乡村振兴“一池春水”\n"
        "在国家发展的壮阔画卷中，乡村是稳固的根基，其发展程度深刻影响着农民的生活品质。\n"
        "党建引领有力地凝聚起各方力量，共筑乡村发展的坚实大厦。党建工作发挥着核心引领作用。\n"
        "党建引领是一项长期而艰巨的任务，需要各级党组织在实践中不断探索、总结经验、完善机制、"
        "持续用力，久久为功。\n"
    )
    assert alone.sections == []
    # a commentary opening paragraphs on its subject in sentences of other shapes has no pair
    subject = parse_text(
        "乡村振兴关键在人\n"
        "无论是振兴乡村产业，还是发展乡村文化，乡村振兴归根结底需要一批愿意扎根乡村的人。\n"
        "乡村振兴靠人，尤其是靠乡村干部，这是组织振兴的重要性。现在村干部多数年龄偏大。\n"
        "乡村振兴需要人才，也需要优化人口结构。要使进城务工的青壮年有回乡的意愿。\n"
    )
    assert subject.sections == []


def test_a_pair_of_long_opening_sentences_sharing_words_are_headers_a_pair_of_quotes_not() -> None:
    intro = "近年来，某镇党委积极探索流动党员教育管理方式，不断创新管理模式、健全服务机制。\n"
    first = "精准摸排建台账，织密组织“覆盖网”，确保流动党员“找得到、联得上”。"
    second = "创新载体搭桥梁，打造学习“主课堂”，确保流动党员“离乡不离党、学习不断线”。"
    text = "建立流动党员动态摸排机制，充分发挥镇村干部、网格员力量，采取线上线下双线联动模式。"
    article = parse_text(f"某镇：让流动党员流而有家\n{intro}{first}{text}\n{second}{text}\n")
    assert [s.header for s in article.sections] == [first, second]
    # one of the two read as a header on its own, the other too long for one: still the pair
    common = "实现共同富裕要资源整合、创新模式，筑牢党建联盟“桥头堡”。"
    longer = "实现共同富裕要科学谋划，因地制宜，推动联盟产业多元化、品牌化。"
    found = parse_text(f"某镇：党建联盟走出共富路\n{intro}{common}{text}\n{longer}{text}\n")
    assert [s.header for s in found.sections] == [common, longer]
    quoted = parse_text(
        f"某镇：让流动党员流而有家\n{intro}"
        f"习近平总书记指出，乡村振兴要靠人才、靠资源，关键在党。{text}\n"
        f"习近平总书记强调，乡村振兴要把人力资本开发放在首要位置。{text}\n"
    )
    assert quoted.sections == []


def test_a_pair_of_short_sentences_mirroring_each_other_are_headers() -> None:
    intro = "入汛以来，某镇党委把防汛抗洪作为检验党组织战斗力的考场，全镇党员闻汛而动。\n"
    text = "各村党支部迅速动员，发动党员成为防汛抗洪的先锋队，及时反映各小组汛情。"
    page = "某镇党旗在防汛一线高高飘扬\n{}{}{}\n{}{}\n".format
    pair = ["一个支部就是一个堡垒。", "一个党员就是一面旗帜。"]
    mirrored = parse_text(page(intro, pair[0], text, pair[1], text))
    assert [s.header for s in mirrored.sections] == pair
    # (as long, but alike in one place only; a measure's points; a label and its value)
    for first, second in (
        ("守牢底线是前提。", "富民增收是核心。"),
        ("一是织牢党组织服务网。", "二是织牢社区管理网。"),
        ("第二张名片：徽县苗木。", "第三张名片：神奇三滩。"),
    ):
        assert parse_text(page(intro, first, text, second, text)).sections == []


def test_a_set_of_sentence_headers_goes_on_under_the_next_header() -> None:
    lead = "近年来，某街道以村规民约为抓手推进乡村治理，村规民约修订全面完成，群众满意度明显提升。"
    text = "街道组织法律顾问逐条审核村规民约，确保内容合法合规、贴近实际。"
    first = ["坚持依法制规，加强修订规范度。", "坚持多方参与，提升过程共识度。"]
    page = (
        f"某街道推动村规民约落地见效\n{lead}\n聚焦程序规范，让村规民约立得住\n"
        f"{first[0]}{text}\n{first[1]}{text}\n聚焦内容实用，让村规民约用得上\n{{}}{text}\n"
    ).format
    article = parse_text(page("围绕村社禀赋，彰显乡村特色。"))
    assert [s.header for s in article.sections[1].subsections] == ["围绕村社禀赋，彰显乡村特色。"]
    # (a sentence built otherwise, one clause or far longer, is the part's text)
    longer = "围绕村社禀赋和群众所需所盼，彰显乡村特色和时代风貌。"
    for other in ("村规民约内容贴近群众实际需求。", longer):
        assert parse_text(page(other)).sections[1].subsections == []


def test_a_first_paragraph_opening_on_the_first_of_a_pair_of_headers_is_no_lead() -> None:
    text = "围绕场所布局合理、基本设施配套的要求，全县新建改建党群服务中心42个，实现村村全覆盖。"
    first, second = "统筹谋划，实现党群服务中心全覆盖。", "有序推进，不让一个党群服务中心掉队。"
    article = parse_text(f"党群服务中心建设情况\n{first}{text}\n{second}{text}\n")
    assert [s.header for s in article.sections] == [first, second]
    assert article.lead == text  # (the first paragraph under the first header, under a title)
    # a lead that opens on a saying, unlike the pair of headers below it, is the lead
    said = "乡村兴则国家兴，乡村衰则国家衰。"
    pair = ["统筹谋划，实现服务全覆盖。", "有序推进，不让一个村掉队。"]
    saying = parse_text(f"党群服务中心建设情况\n{said}{text}\n{pair[0]}{text}\n{pair[1]}{text}\n")
    assert saying.lead == said + text
    assert [s.header for s in saying.sections] == pair


def test_a_masked_place_opens_a_glued_part_header_that_names_the_situation() -> None:
    article = parse_text(
        "农村发展党员工作调研报告\n"
        "农村发展党员工作是农村基层组织建设一项重要的基础性工作。我们对此进行了调研，"
        "现将具体情况报告如下：一、xxxx区农村党员发展现状xxxx区现有2乡2镇36个村，共有农村党员"
        "2816名，其中35岁以下476名，占16.9%。近年来，入党申请人和积极分子队伍不断扩大。\n"
    )
    assert [s.header for s in article.sections] == ["xxxx区农村党员发展现状"]
    assert article.sections[0].paragraphs[0].startswith("xxxx区现有2乡2镇36个村")


def test_a_unit_and_date_run_into_the_text_are_not_its_lead() -> None:
    lead = "农村基层党组织是党在农村全部工作和战斗力的基础，是团结带领农民群众的战斗堡垒。"
    report = parse_text(f"关于农村基层党组织建设的调研报告\n盟委组织部（20XX 年 4 月）{lead}\n")
    assert report.lead == lead and "盟委组织部（20XX 年 4 月）" in report.furniture
    speech = parse_text(
        "细化措施强化责任 努力开创党建工作新局面\n"
        "中共某县委常委、组织部长张某某 （2011 年 5 月 13 日） 同志们： 今天我们召开专题会议，"
        "总结今年1-5月全县农村基层党组织建设工作。\n"
    )
    assert speech.salutation == "同志们：" and speech.lead.startswith("今天我们召开专题会议")
    # a date in brackets further on in a lead is the lead's own
    dated = parse_text(f"某县抓党建促振兴\n今年（2023年）以来，{lead}\n")
    assert dated.lead.startswith("今年（2023年）以来")


def test_paragraphs_whose_short_first_sentences_end_alike_are_sentence_headers() -> None:
    article = parse_text(
        "加强党对脱贫攻坚工作的领导\n"
        "脱贫攻坚越到最后，越要加强和改善党的领导，这是我们战胜风险挑战的关键所在。\n"
        "在强化领导上下功夫做文章。充分发挥各级党委总揽全局、协调各方的领导核心作用。\n"
        "在统筹推进上下功夫做文章。各级党组织既要发挥统筹兼顾之谋，又要发挥组织实施之能。\n"
        "在作风建设上下功夫做文章。坚决反对形式主义、官僚主义，以抓具体抓深入的作风攻坚。\n"
    )
    assert [s.header for s in article.sections] == [
        "在强化领导上下功夫做文章。",
        "在统筹推进上下功夫做文章。",
        "在作风建设上下功夫做文章。",
    ]
    # two that end alike are no series
    two = parse_text(
        "加强党对脱贫攻坚工作的领导\n"
        "脱贫攻坚越到最后，越要加强和改善党的领导，这是我们战胜风险挑战的关键所在。\n"
        "在强化领导上下功夫做文章。充分发挥各级党委总揽全局、协调各方的领导核心作用。\n"
        "在统筹推进上下功夫做文章。各级党组织既要发挥统筹兼顾之谋，又要发挥组织实施之能。\n"
    )
    assert two.sections == []
    # or that open and end on the same two characters
    framed = parse_text(
        "乡村工匠培育要防止四个倾向\n"
        "人才振兴是乡村振兴的基础，落实好相关意见，要注意防止几种倾向。\n"
        "防止局部合理、合成谬误的顾此失彼倾向。要坚持与此前有关文件一体领会、一体落实。\n"
        "防止脱离实际、一哄而起的急躁冒进倾向。各地要立足资源禀赋，不搞样板工程。\n"
        "防止没有重点、平均用力的“撒胡椒面”倾向。要挖掘有传承基础的传统技艺。\n"
    )
    assert [s.header[:4] for s in framed.sections] == ["防止局部", "防止脱离", "防止没有"]


def test_a_document_sites_numbered_terms_are_furniture() -> None:
    lead = "村级服务中心的建设是一个村的干部队伍建设、组织建设的重要部分，是服务群众的重要阵地。"
    article = parse_text(
        "某村村级服务中心建设调研报告.doc\n"
        "1. 1、某某文档网站文档一经付费（服务费），不意味着购买了该文档的版权，仅供学习之用，\n"
        "3. 3、如文档侵犯商业秘密、侵犯著作权、侵犯人身权等，请点击“版权申诉”，\n"
        "6. 6、成为VIP后，您将拥有八大权益，权益包括：VIP文档下载权益、阅读免打扰等，\n"
        "7. 7、VIP文档为合作方或网友上传，每下载1次，网站将根据用户上传文档的质量分成。\n"
        f"查看更多\n{lead}\n"
    )
    assert (article.title, article.lead) == ("某村村级服务中心建设调研报告", lead)
    assert article.sections == [] and article.paragraphs == []
    # (the list may open on the page count, its title under the terms)
    counted = parse_text(
        "- 1、本文档共3页，可阅读全部内容。\n"
        "- 2、某某文档网站文档一经付费（服务费），不意味着购买了该文档的版权，仅供学习之用。\n"
        f"寻找最美村官观后感\n{lead}\n"
    )
    assert (counted.title, counted.lead) == ("寻找最美村官观后感", lead)


def test_a_document_sites_preview_lines_are_furniture() -> None:
    lead = "建立和发展农村专业合作社，提高农民进入市场的组织化程度，是增加农民收入的有效途径。"
    article = parse_text(
        "镇农民专业合作社发展调研报告_第1页\n镇农民专业合作社发展调研报告_第2页\n"
        "已阅读5页，还剩13页未读 继续免费阅读\n下载本文档\n"
        "版权说明：本文档由用户提供并上传，收益归属内容提供方，若内容存在侵权，请进行举报或认领\n"
        "文档简介\n欢迎阅读本文档，希望本文档能对您有所帮助！\n友情提示\n"
        "5、试题试卷类文档，如果标题没有明确说明有答案则都视为没有答案，请知晓。\n"
        f"{lead}\n全镇现有农民专业合作社42家，入社农户1800户。\n"
    )
    assert article.title == "镇农民专业合作社发展调研报告" and article.lead == lead
    assert "已阅读5页，还剩13页未读 继续免费阅读" in article.furniture


def test_a_sites_text_mark_is_not_part_of_the_lead() -> None:
    lead = "全省抓党建促乡村振兴工作会议今天在某市召开，会议总结交流经验，部署下一步工作。"
    article = parse_text(f"某省抓党建促振兴会议召开\n【正文】{lead}\n会议强调要压实责任。\n")
    assert article.lead == lead and "【正文】" in article.furniture


def test_a_speech_title_broken_over_two_lines_and_a_whole_header_line() -> None:
    article = parse_text(
        "公文高手，超级方便的公文写作神器！ 立即了解\n"
        "在全区村居“两委”换届选举工作\n会议上的讲话\n同志们：\n"
        "区委、区政府确定召开这次会议，主要是贯彻落实全省、全市村“两委”换届选举工作会议精神。\n"
        "一、从政治、全局和战略的高度，充分认识搞好村居“两委”换届选举工作的重要意义\n"
        "这次村居“两委”换届选举，是在新形势下进行的，意义重大。\n"
    )
    assert article.title == "在全区村居“两委”换届选举工作会议上的讲话"
    assert article.lead.startswith("区委、区政府确定召开这次会议")
    assert article.sections[0].header == (
        "从政治、全局和战略的高度，充分认识搞好村居“两委”换届选举工作的重要意义"
    )
    assert "公文高手，超级方便的公文写作神器！ 立即了解" in article.furniture


def test_verse_quoted_after_a_dash_is_no_sentence_header() -> None:
    article = parse_text(
        "抓党建，促脱贫，党员打头阵。\n"
        "走进齐鲁大地，随处可见党员奔波在扶贫路上的身影。\n"
        "——“俯身弯腰头拱地，滚石上山拼全力。”全省选拔出政治素质高的干部驻村帮扶。\n"
        "——“但愿苍生俱饱暖，不辞辛劳入山林。”机关党员干部走出办公室，走进农家院。\n"
        "——“守土一方须全责，就图群众说党好。”强化村级班子建设，一村一策抓整顿。\n"
    )
    assert article.sections == []


def test_a_short_line_of_cut_sentences_is_no_header_line() -> None:
    from drafter.parse.headers import numbered

    found = numbered("1、客观环境因素。一是历史原因。解放后至文革期间发展党员主要看")
    assert found is not None and found.header == "客观环境因素。"
    assert found.rest.startswith("一是历史原因。")


def test_two_sentence_headers_of_unequal_length_are_no_pair() -> None:
    article = parse_text(
        "又是一年丰收季\n"
        "农历秋分时，又迎丰收节。希望的田野上，处处是五彩斑斓的景致，人们欢庆丰收、分享喜悦。\n"
        "农业根基稳，发展底气足。全年粮食生产有望再获丰收，这样的成绩来之不易。\n"
        "让广大农民丰收又增收，离不开全社会的共同努力。营造关注农业、关爱农民的浓厚氛围。\n"
    )
    assert article.sections == []
    parallel = parse_text(
        "又是一年丰收季\n"
        "农历秋分时，又迎丰收节。希望的田野上，处处是五彩斑斓的景致，人们欢庆丰收、分享喜悦。\n"
        "把党组织建在产业链上。全县在产业链上建立党组织12个，覆盖企业和合作社。\n"
        "把集体经济兴在供应链上。各村领办合作社，统一采购、统一销售。\n"
    )
    assert [s.header for s in parallel.sections] == [
        "把党组织建在产业链上。",
        "把集体经济兴在供应链上。",
    ]


@pytest.mark.parametrize(
    ("first", "second", "pair"),
    [
        # two clauses each, clause for clause
        (
            "坚持高质高效原则，扎实推进项目落地。全县的项目全部按期开工建设。",
            "充分发挥金融优势，探索产业融合道路。县农商行发放惠农贷款两亿元。",
            True,
        ),
        # (not a story's, of about one length but built unlike)
        (
            "么书记一行的到来，受到当地村民的热烈欢迎。大家早早来到村委会门前排队等候。",
            "仪式结束后，义诊活动如火如荼地举行。专家们耐心为村民测血压、看病情。",
            False,
        ),
        # (or opening on the same words, whatever the length of their clauses)
        (
            "党建引领打破了乡村邻里间日益加深的隔阂，重塑乡村温情。村里建起议事厅，邻里矛盾少了。",
            "党建引领有力地凝聚起各方力量，共筑乡村发展的坚实大厦。乡贤回村，企业结对。",
            True,
        ),
        # (`为民` a word of its own, not a purpose clause's `为…，`)
        (
            "为民服务，展现“新作为”。社区党员志愿者常年为老人代购代办，解决急难愁盼。",
            "开拓创新，打开“新格局”。社区推行“网格+党建”模式，把服务送到群众家门口。",
            True,
        ),
        # three clauses each, clause for clause
        (
            "突出政治建设，强化富民意识，让农牧民思想活起来。全旗打造红色教育基地十二处。",
            "优化组织设置，建强基层堡垒，让党组织龙头舞起来。全旗推行党组织达标创优工程。",
            True,
        ),
        # (three short clauses a story opens with, not built alike, are its sentences)
        (
            "清晨，牧民巴图赶着羊群走向草场，远处炊烟袅袅。他说今年的收入比去年翻了一番。",
            "合作社门口热闹非凡，牧民们排队领取分红，笑声不断。大家脸上笑开了花。",
            False,
        ),
    ],
)
def test_two_sentence_headers_are_a_pair_clause_for_clause(
    first: str, second: str, pair: bool
) -> None:
    opening = "近年来，某地坚持把群众过上幸福美好生活作为工作的出发点和落脚点，各项工作取得实效。"
    article = parse_text(f"某地党建引领乡村振兴\n{opening}\n{first}\n{second}\n")
    expected = [p[: p.index("。") + 1] for p in (first, second)] if pair else []
    assert [s.header for s in article.sections] == expected


def test_ordinal_points_on_lines_of_their_own_are_numbered_headers() -> None:
    speech = (
        "在全县农村人居环境整治行动动员大会上的讲话\n"
        "同志们：\n"
        "第一，要提高站位，坚定信心。\n"
        "农村人居环境整治是实施乡村振兴战略的第一场硬仗，各级各部门要高度重视。\n"
        "第二，要对标对表，动真碰硬。\n"
        "全县各级、各有关部门要立即行动起来，持续发力、抓早动快。\n"
    )
    article = parse_text(speech)
    assert [(s.level, s.style, s.header) for s in article.sections] == [
        (1, "numbered", "要提高站位，坚定信心。"),
        (1, "numbered", "要对标对表，动真碰硬。"),
    ]
    assert article.lead is not None and article.lead.startswith("农村人居环境整治是")
    # one alone is a point the text makes; run on into its paragraph, the paragraph's opening
    alone = parse_text(speech.replace("第二，要对标对表，动真碰硬。\n", ""))
    assert all(not s.header.startswith("要") for s in alone.all_sections())
    run_in = speech.replace("坚定信心。\n", "坚定信心。").replace("动真碰硬。\n", "动真碰硬。")
    assert parse_text(run_in).sections == []



def test_first_and_next_on_lines_of_their_own_are_numbered_headers() -> None:
    speech = (
        "在全县新民风建设推进会议上的讲话\n"
        "根据会议安排，我就全县新民风建设推进工作讲三点意见。\n"
        "首先，抓新民风建设是发展所需。\n"
        "民风是人民群众在社会实践中形成的价值观念。好的民风能凝聚人心，汇聚发展的力量。\n"
        "其次，抓新民风建设是民心所向。\n"
        "近年来，群众的思想观念发生深刻变化。大家在求富的同时，更盼着风气好起来。\n"
        "最后，抓新民风建设是文明所系。\n"
        "文明是一个民族的灵魂。乡村的文明程度，决定着乡村振兴的成色。\n"
    )
    assert [s.header for s in parse_text(speech).sections] == [
        "抓新民风建设是发展所需。",
        "抓新民风建设是民心所向。",
        "抓新民风建设是文明所系。",
    ]
    # a page printed a sentence to a line: `首先，` opens a sentence like any other
    one_sentence_lines = re.sub(r"。[^。\n]+。\n", "。\n", speech)
    assert one_sentence_lines.count("\n") == speech.count("\n")
    assert parse_text(one_sentence_lines).sections == []

def test_a_posts_date_and_account_line_is_not_the_title() -> None:
    article = parse_text(
        "笔杆子素材库 首页\n"
        "区委书记在乡村文明行动电视电话会议上的讲话\n"
        "10-28 笔杆子素材库\n"
        "同志们：\n"
        "刚才，我们一起收听收看了全省实施乡村文明行动电视电话会议的直播实况。\n"
    )
    assert article.title == "区委书记在乡村文明行动电视电话会议上的讲话"
    assert "10-28 笔杆子素材库" in article.furniture
    assert article.form == "speech"


def test_a_page_opening_on_a_later_point_without_its_title_has_no_lead() -> None:
    later = (
        "第二，全心全意保民生。村支部书记不容易，一定要为民以真、惠民以实，贴近群众、帮助群众。\n"
        "第三，加大力度促稳定。发展是硬道理，稳定是硬任务，没有稳定的环境，什么事情也干不成。\n"
    )
    assert parse_text(later).lead is None
    assert parse_text("首页 > 讲话稿\n二、存在的问题\n" + later).lead is None
    first = later.replace("第二，", "第一，", 1).replace("第三，", "第二，", 1)
    assert parse_text(first).lead is not None
    # or on the sum of what went before (`总之，在2010年，我们虽然取得了一定的成绩，…`)
    summing_up = "总之，一年来我们虽然取得了一定的成绩，但仍然存在着不少问题，具体讲有以下几点：\n"
    assert parse_text(summing_up + later).lead is None


def test_a_titled_page_whose_text_opens_in_the_middle_has_no_lead() -> None:
    title = "在全镇乡村振兴工作推进会上的讲话\n"
    rest = (
        "乡村振兴是一个很宏大的课题，也是一个需要深入研究的课题，必须久久为功、持续用力。\n"
        "我们要把产业振兴摆在突出位置，因地制宜发展特色种养业，让农民的钱袋子鼓起来。\n"
    )
    assert parse_text(title + rest).lead is not None
    for cut in ("其二，", "此外，", "二是", "，位于"):
        article = parse_text(title + cut + rest)
        assert article.title == title.strip()
        assert article.lead is None
        assert article.paragraphs[0].startswith(cut)


def test_a_writers_name_printed_above_and_under_the_title_is_not_the_title() -> None:
    text = (
        "我国为适应大数据技术的发展，已经出台了相关指导意见和行动纲要，乡村治理迎来新的机遇。\n"
        "大数据不仅带来了技术的变革，也带来了深刻的思维变革，乡村治理必须顺应这一变化。\n"
    )
    article = parse_text(f"张春华\n大数据时代的乡村治理转型与创新\n张春华\n{text}")
    assert article.title == "大数据时代的乡村治理转型与创新"
    assert article.furniture == ["张春华", "张春华"]
    assert article.lead.startswith("我国为适应大数据技术的发展")
    # a headline printed twice is still the title
    again = parse_text(f"党建引领乡村振兴\n党建引领乡村振兴\n{text}")
    assert again.title == "党建引领乡村振兴"


def test_paragraphs_opening_on_a_connective_are_no_sentence_headers() -> None:
    article = parse_text(
        "长江源村的新家\n"
        "村民口中的“老家”是位于长江源头的一片草场，二十多年前村民们在这里以游牧为生。\n"
        "然而随着牛羊数量增多，长江源头草场开始逐年退化。后来，牧民们响应政策搬离了草场。\n"
        "生态向好的同时，长江源村产业转型也在探索中破局。村党支部带领村民发展特色产业。\n"
    )
    assert article.sections == []


def test_a_sites_notice_about_itself_over_the_text_is_not_the_lead() -> None:
    notice = (
        "尊敬的读者、作者、审稿人，关于本刊的投稿、审稿和出版的任何问题，您可以本页添加留言。"
        "我们将尽快给您答复。谢谢您的支持！"
    )
    title = "新时代村党组织书记“一肩挑”的实践指向及优化路径"
    cite = f"李俊，刘银. {title}[J]. 西南大学学报，2025，51(4)：76-87."
    # a journal's page that stops before the paper's text
    article = parse_text(
        f"留言板\n\n{notice}\n\n{title}\n\n上一篇\n\n下一篇\n\n{cite}\n\n{title}\n\n"
        "基金项目：国家社会科学基金项目\n"
    )
    assert notice in article.furniture
    assert article.lead is None


def test_a_speech_run_into_its_speakers_office_name_and_day_on_one_line() -> None:
    said = "经县委研究决定，今天在这里召开全县基层党建工作推进会，主要任务是总结工作、部署任务。"
    article = parse_text(
        "在全县基层党建工作 推进会上的讲话中共某县委常委、组织部长 林清（2011年8月18日）"
        f"同志们：{said * 6}\n"
    )
    assert article.title == "在全县基层党建工作 推进会上的讲话"
    assert article.byline.author == "林清" and article.salutation == "同志们："
    assert article.lead.startswith("经县委研究决定")
    assert {"中共某县委常委、组织部长", "（2011年8月18日）"} <= set(article.furniture)


def test_a_headline_that_asks_over_the_page_metadata_is_the_title() -> None:
    article = parse_text(
        "浙贵两位村支书代表同题共答——如何跨村“联姻”携手共富？\n"
        "2024-03-07 15:35:00  来源：农民日报·中国农网  作者：刘诗麟 朱海洋\n"
        "今年政府工作报告提出，要促进新型农村集体经济发展。两地的全国人大代表就此展开了一场对话。\n"
        "“发展好新型农村集体经济，是撬动共同富裕的‘金杠杆’。”新川村党委书记张天任这样比喻。\n"
    )
    assert article.title == "浙贵两位村支书代表同题共答——如何跨村“联姻”携手共富？"
    assert article.lead is not None and article.lead.startswith("今年政府工作报告提出")


def test_a_question_heading_the_page_or_over_a_line_of_no_sentence_is_the_title() -> None:
    # (on dev, all seven questions that stand on a page's first line are its title)
    question = "乡村振兴为什么首先要抓好农村基层党组织建设？"
    asking = parse_text(f"{question}\n靠党建引领。近年来，全县坚持抓党建促乡村振兴，成效明显。\n")
    assert asking.title == question and asking.lead.startswith("靠党建引领")
    under_a_kicker = parse_text(
        "平台简介\n平安“村赛”长盛不衰的秘诀何在？\n记者实地探寻“村超”“村BA”背后社会治理模式\n"
        "能容纳5万人的足球场水泄不通，来自全国各地的人们在呐喊助威，这是一座西南小城。\n"
    )
    assert under_a_kicker.lead.startswith("能容纳5万人")
    # a question further down, with a paragraph under it, is the text
    further_down = parse_text(f"平台简介\n{question}\n靠党建引领。近年来，全县抓党建促振兴。\n")
    assert further_down.lead == question


def test_a_lone_header_line_may_set_its_two_phrases_apart_by_a_space() -> None:
    article = parse_text(
        "江西推进党建引领基层治理改革\n"
        "近年来，江西省委坚持大抓基层的鲜明导向，推动党建引领基层治理改革向纵深发展。\n"
        "强化党建引领 夯实治理主心骨\n"
        "基层治理一头连着千家万户的所思所盼，一头连着党和政府的初心使命。\n"
    )
    assert [(s.style, s.header) for s in article.sections] == [
        ("line", "强化党建引领 夯实治理主心骨")
    ]


def test_a_name_the_tagger_misses_beside_one_it_knows_is_a_name() -> None:
    from drafter.parse.byline import person_names

    assert person_names("赵秋霞，何玲玲") == ["赵秋霞", "何玲玲"]
    assert person_names("何玲玲") is None  # alone, nothing says it is a name
    assert person_names("赵秋霞，王牌军团") is None  # four characters under a surname: no name
    article = parse_text(
        "赵秋霞，何玲玲\n"
        "（南宁师范大学 经济与管理学院，广西 南宁 530299）\n"
        "脱贫摘帽不是终点，而是新生活、新奋斗的起点。大新县已经完成了贫困人口全部脱贫的任务。\n"
    )
    assert article.title is None and article.byline.author == "赵秋霞、何玲玲"


def test_a_sites_home_and_account_links_are_furniture() -> None:
    from drafter.parse.furniture import is_furniture

    assert is_furniture("茶友网首页 个人中心")
    assert is_furniture("德育素材网 首页")
    assert not is_furniture("组建联盟聚合力")


def test_a_title_a_preview_broke_at_a_wrap_and_ran_into_the_text_is_joined() -> None:
    said = "从“美丽乡村”到“和美乡村”，体现了党中央对乡村建设规律的深刻把握。" * 4
    article = parse_text(
        "专题党课：奋力绘就和美乡村建设的生态新画卷.docx\n"
        "1、专题党课：奋力绘就和美乡村建设的生态新 画卷习近平总书记指出：“实施乡村振兴战略，"
        f"一个重要任务就是推行绿色发展方式和生活方式。”{said}习近平总书记强调，把传统村落风貌\n"
        f"2、和现代元素结合起来，把乡村建设得更美丽。{said}\n"
    )
    assert article.title == "专题党课：奋力绘就和美乡村建设的生态新画卷"
    assert article.lead is not None and article.lead.startswith("习近平总书记指出")
    assert "专题党课：奋力绘就和美乡村建设的生态新 画卷" in article.furniture


def test_a_wrap_after_a_closed_quotation_goes_on_and_a_line_of_names_does_not() -> None:
    from drafter.parse.wrap import _columns

    lead = (
        "进一步深化农村改革，全面推行“三权分置”试点，探索吸引下乡人才的特殊政策，搞活农技推广"
        "体系，制定实施乡村规划设计人才培养计划，供决策参考使用。"
    )
    body = "合作社共吸引村民入股，村民持股过半，收益按股份比例分红，集体分红再按比例分配。" * 3
    quoted = wrapped_at(40, lead)
    assert quoted[0].endswith("“三权分置”")  # the wrap falls just after the closing mark
    names = "本报记者 蒋欣如 杨群 通讯员 林立 章海英"
    assert _columns(names) >= 36  # as wide as the wrap
    lines = [names, *quoted, *wrapped_at(40, body)]
    article = parse_text("某县乡村人才振兴调研\n" + "\n".join(lines) + "\n")
    assert article.lead == lead
    assert article.byline.reporters == ["蒋欣如", "杨群"]


def test_a_line_broken_after_a_comma_goes_on_whatever_its_width() -> None:
    title = "在全市农村集体经济组织产权制度改革现场会议上的讲话"
    first = "农村抓改革、农业抓特色、农民抓增收，这是今年我市“三农”工作的总思路，其中"
    rest = "农村改革是重中之重，目前各项改革已全面启动、全面推开。"
    article = parse_text(f"{title}\n（2023年4月23日，根据录音整理）\n{first}\n{rest}\n")
    assert (article.title, article.lead) == (title, first + rest)
    # a salutation may end on a comma; a numbered header or the page's furniture is no sequel
    hall = parse_text(f"{title}\n尊敬的各位领导，\n{rest * 2}\n")
    assert hall.lead == rest * 2  # (not run into it)
    listed = parse_text(f"{title}\n{rest}\n为此，\n一、提高认识\n{rest}\n")
    assert [s.printed_header for s in listed.sections] == ["一、提高认识"]


def test_a_numbered_header_as_wide_as_the_wrap_stands_apart_from_the_text_under_it() -> None:
    body = "合作社共吸引村民入股，村民持股过半，收益按股份比例分红，集体分红再按比例分配。" * 3
    header = "一、把握形势胸怀全局，充分认识培训的意义"
    # a header run into its text, a word broken at the wrap (`示范` `性`), goes on
    run_in = "二、促进党员落实村两委的决议增强党员示范性。各村党组织书记带头，" + body
    wrapped = wrapped_at(40, run_in)
    assert wrapped[0].endswith("示范") and wrapped[1].startswith("性。")
    lines = [*wrapped_at(40, body), header, *wrapped_at(40, body), *wrapped]
    article = parse_text("某县农村干部培训工作调研\n" + "\n".join(lines) + "\n")
    assert [s.printed_header for s in article.sections] == [header, run_in.split("。")[0] + "。"]
    assert article.sections[0].paragraphs == [body]
    # nor does one the next line goes on from with a comma (`…文化建设` `，也涉及…`)
    goes_on = "，也涉及文化建设。" + body
    comma = ["四、党建工作促进乡村文化建设与乡村治理", goes_on[:20], *wrapped_at(40, goes_on[20:])]
    cut = parse_text("某县农村干部培训工作调研\n" + "\n".join([*wrapped_at(40, body), *comma]))
    assert [s.printed_header for s in cut.sections] != [comma[0]]
    assert not any(p.startswith("，") for s in cut.sections for p in s.paragraphs)
    # nor one whose text ran on after a space (`三、…战场 贵州铜仁市…`): the text goes on below
    spaced = [
        "三、减负攻坚的三大战场 贵州铜仁市曾经因为",
        "盲目建设农业旅游项目，使得大片土地闲置，配",
        "套资金也被浪费。",
    ]
    ran_on = parse_text("某县基层减负调研\n" + "\n".join([*wrapped_at(40, body), *spaced]))
    texts = [ran_on.lead, *ran_on.paragraphs, *(p for s in ran_on.sections for p in s.paragraphs)]
    assert any("曾经因为盲目建设" in (t or "") for t in texts)


def test_a_wrapped_dateline_naming_its_reporters_in_brackets_goes_on() -> None:
    lead = (
        "红网时刻娄底10月18日讯（通讯员 邹畅宁 刘文）10月16日，新化县举行首届党建引领乡村振兴"
        "大比武活动决赛，充分发挥党建引领带头作用，掀起乡村振兴工作大学习、大宣讲热潮。"
    )
    body = "李铁雄指出，近年来，县委、县政府牢固树立大抓基层的鲜明导向，推动党建与振兴融合。" * 3
    lines = [*wrapped_at(56, lead), *wrapped_at(56, body)]
    article = parse_text("新化县举行党建引领乡村振兴大比武\n" + "\n".join(lines) + "\n")
    assert article.lead is not None and article.lead.startswith("10月16日，新化县举行")
    assert article.lead.endswith("大宣讲热潮。")


@pytest.mark.parametrize(
    "front",
    [
        # (the wrap fell inside the brackets: `…张野 记者` over `金宗明）记者从…`)
        "长城网唐山11月5日电（鱼娇 金虹 张野 记者",
        # (after a reporter's role, the name on the next line: `…袁宇 通讯员` over `李丽莎 …`)
        "海南日报记者 袁宇 张明 通讯员",
    ],
)
def test_reporters_named_across_a_narrow_wrap_go_on_into_the_text(front: str) -> None:
    text = "11月5日，乐亭县召开深化专项行动调度会议，部署下一阶段的重点工作，压实责任。"
    body = "会议指出，各乡镇要把专项行动作为当前的一项重点工作，确保取得实效，维护农村稳定。"
    width = sum(1 if char.isascii() else 2 for char in front)  # (the line runs to the width)
    rest = ("金宗明）" if "（" in front else "李丽莎 ") + text
    lines = [front, *wrapped_at(width, rest), *wrapped_at(width, body * 3)]
    article = parse_text("乐亭县深化专项行动\n" + "\n".join(lines) + "\n")
    assert article.lead is not None and article.lead.startswith("11月5日，乐亭县召开")


def test_an_affiliation_in_brackets_broken_at_the_wrap_is_no_title() -> None:
    # (the wrap fell inside the brackets, whose spaces do not make the line a line of names)
    affiliation = (
        "(1.天津财经大学 珠江学院,天津 301811;2.天津财经大学 金融学院,天津 300222;"
        "3.中国人民银行石家庄中心支行,河北 石家庄 050051)"
    )
    text = "实施乡村振兴战略，是党中央面向新时代作出的重大决策。落实好这一决策，需要多方发力。" * 4
    lines = ["兰 芳,刘浩杰,何 楠", *wrapped_at(64, affiliation), *wrapped_at(64, text)]
    article = parse_text("\n".join(lines) + "\n")
    assert article.title is None
    assert article.lead is not None and article.lead.startswith("实施乡村振兴战略")


def test_a_quoted_name_a_noun_goes_on_to_head_ends_no_header() -> None:
    from drafter.parse.headers import split_sentence_header

    goes_on = "通过组织重构、服务升级、文化融合等多维路径，探索出具有中国特色的基层治理新模式。"
    for opening in ("党建工作在这一过程中发挥着“红色引擎”作用，", "福源社区则创新“四权分立”机制，"):
        assert split_sentence_header(opening + goes_on) is None
    found = split_sentence_header("党建+制度压实乡村振兴“责任链”姜堰区建立责任清单，" + goes_on)
    assert found is not None and found[0] == "党建+制度压实乡村振兴“责任链”"


def test_an_abstract_labelled_in_its_paragraph_is_the_epigraph_without_keywords() -> None:
    said = "核心内容是党的领导、分权制约、全程监督、信息沟通、制度规范，对遏制腐败具有重要作用。"
    for label in ("内容提要 ", "摘 要："):
        article = parse_text(
            f"□ 卢福营 高 健\n{label}村务监督委员会制度是一项“需求-回应”型创新，{said * 2}\n"
            "村务监督委员会制度是农村基层治理领域的一项伟大创新，给予了充分肯定。\n"
            "20世纪80年代初，中国农村普遍推行村民自治制度，建构了四个民主相统一的制度架构。\n"
        )
        assert (article.epigraph or "").startswith("村务监督委员会制度是一项")
        assert label.strip() in article.furniture
        assert article.lead is not None and article.lead.startswith("村务监督委员会制度是农村")


def test_an_outlet_and_its_writers_in_brackets_opening_the_lead_are_the_byline() -> None:
    article = parse_text(
        "中国报道网（通讯员唐华）1月4日，四川达州万源市审计局召开党员冬训春训集中学习会。\n"
        "会上，杨成林副局长组织学习了有关辅导材料，强调要巩固拓展脱贫攻坚成果。\n"
    )
    assert article.lead is not None and article.lead.startswith("1月4日，四川达州")
    assert article.byline.outlet == "中国报道网" and article.byline.correspondents == ["唐华"]
    assert article.dateline is None


_NEWS_TEXT = (
    "某县位于三省交界地带，近年来以党建引领产业发展，村集体经济收入全部超过二十万元。\n"
    "会上，5个乡镇党委书记作了交流发言，与会人员实地观摩了3个示范村。\n"
)


@pytest.mark.parametrize(
    ("opening", "dateline", "reporters"),
    [
        ("氧分子网5月30日 ", "氧分子网5月30日", []),  # the outlet and the day, a space after
        ("山东法制传媒网：（李静良）", None, ["李静良"]),  # names after its colon
        ("本报记者郝彦丰报道", None, ["郝彦丰"]),  # the paper's reporter run into the text
        ("本报记者 郝彦丰 报道 ", None, ["郝彦丰"]),
    ],
)
def test_an_outlet_without_its_xun_or_a_reporter_run_into_the_text_is_no_lead(
    opening: str, dateline: str | None, reporters: list[str]
) -> None:
    article = parse_text(f"某县召开推进会\n{opening}{_NEWS_TEXT}")
    assert article.lead is not None and article.lead.startswith("某县位于三省交界地带")
    assert (article.dateline, article.byline.reporters) == (dateline, reporters)
    # (nothing of the opening lost: each character said in the byline, the furniture or the
    # dateline)
    named = "".join([*article.byline.lines, *article.furniture, article.dateline or ""])
    assert sorted(re.sub(r"[\s（）：]", "", opening)) == sorted(re.sub(r"[\s（）：]", "", named))


@pytest.mark.parametrize("credit", ["（刘恩权/文）", "（文/刘恩权）"])
def test_who_wrote_it_in_brackets_before_the_text_is_its_author(credit: str) -> None:
    lead = "近日，某大学经济学院乡村调查实践团申报的调研课题被录用，成功入选省级社会实践专项活动。"
    article = parse_text(f"某大学实践团走进乡村开展调研\n{credit}{lead}\n{_NEWS_TEXT}")
    assert (article.lead, article.byline.author) == (lead, "刘恩权")
    assert credit in article.byline.lines
    # (a bracket that names no writer is the text's: `（图文）`, `（上接第一版）`)
    kept = parse_text(f"某大学实践团走进乡村开展调研\n（某某/文章）{lead}\n{_NEWS_TEXT}")
    assert kept.lead is not None and kept.lead.startswith("（某某/文章）")


def test_the_reporters_label_without_their_names_is_the_pages_line_not_a_header() -> None:
    lead = "农村要发展需要好的带头人。她们，在村民眼里是能干的女支书，在家里是贤惠的妻子。"
    text = "有20年党支部书记工龄的刘文玲，来自某县某村，带着村民集资入股办起了合作社。"
    article = parse_text(
        f"女村干部好不好当？\n新华社“中国网事”记者\n{lead}\n“村里工作干好了就是党员的担当”\n"
        f"{text}\n“群众的事再小也是大事”\n{text}\n"
    )
    assert article.lead == lead and "新华社“中国网事”记者" in article.furniture
    assert "新华社“中国网事”记者" not in [s.header for s in article.all_sections()]
    # (a header may end on the reporter its story moved)
    from drafter.parse.byline import is_credit_label

    assert is_credit_label("本报记者") and not is_credit_label("“白富美”变身“黑富美”的故事感动记者")


def test_a_sentence_opening_on_what_someone_is_as_is_no_header() -> None:
    text = "村党支部书记是村里的带头人，群众看党员，党员看支部，支部看书记。"
    article = parse_text(
        "村党支部书记要有闯劲\n近年来，某县选优配强村党组织书记，村级班子战斗力明显增强。\n"
        f"作为村党支部书记，要有一股不甘落后的精神。{text}\n"
        f"作为村里的带头人，要有一股敢闯敢试的闯劲。{text}\n"
    )
    assert article.sections == []


def test_an_outlets_bracket_after_its_colon_must_hold_names() -> None:
    # (what an outlet's colon brings in brackets that names no one is the text's: a place)
    noted = parse_text(f"某县召开推进会\n某某融媒：（城关镇）{_NEWS_TEXT}")
    assert noted.lead is not None and noted.lead.startswith("某某融媒：（城关镇）")
    # (nor is a paper's reporting of a time: `本报记者日前报道的…`)
    told = "本报记者日前报道的某村垃圾分类经验，在全县推广开来，群众纷纷点赞。"
    assert parse_text(f"某村新事\n{told}\n").lead == told


def test_the_pages_date_field_run_onto_the_text_is_furniture() -> None:
    article = parse_text(
        "村规民约助推乡风文明\n来源：某区文明办\n"
        "时间：2021-10-12乡风文明的改进，是有效推动乡村治理的方法。\n"
        "在某村，《村规民约》已深深融入村民生活，村里的红白喜事都按约定简办。\n"
    )
    assert article.lead == "乡风文明的改进，是有效推动乡村治理的方法。"
    assert "时间：2021-10-12" in article.furniture


def test_a_headline_in_square_brackets_run_into_the_texts_first_line_is_the_title() -> None:
    text = "为全面推进乡村振兴，实现共同富裕，六合街道先行先试，联合7个行政村进行跨村联建。"
    article = parse_text(
        f"【六合街道：跨村联建谋发展 同心铸就共富路】{text}\n以组织融合为基础建强战斗堡垒\n"
        "街道党工委牵头成立共富公司，任命一名带富能力强的村党组织书记作为负责人。\n"
    )
    assert (article.title, article.lead) == ("六合街道：跨村联建谋发展 同心铸就共富路", text)
    # (a dateline in brackets is no headline, nor a caption over a few words)
    dated = parse_text(f"【某县融媒讯】{text}\n")
    assert dated.dateline == "【某县融媒讯】" and dated.lead == text
    captioned = parse_text(f"【百岁老人和他的家庭党课】老人和工作人员合影。\n{text}\n")
    assert captioned.title != "百岁老人和他的家庭党课"


def test_a_papers_decimal_numbering_is_the_level_under_its_parts() -> None:
    from drafter.parse.headers import numbered

    article = parse_text(
        "肥城市党建引领数字乡村建设的实践\n"
        "在全面推进乡村振兴战略的背景下，数字技术正以前所未有的速度重塑乡村治理模式。\n"
        "一、肥城数字乡村党建的核心架构\n"
        "1.1 “智慧党建云平台”建设\n"
        "肥城市打造的智慧党建云平台是整个数字乡村党建体系的核心枢纽，整合了12个功能模块。\n"
        "1.2 网格化管理体系\n"
        "全市划分网格，每个网格配备网格员，实现党建工作的全流程数字化管理。\n"
    )
    assert [(s.level, s.printed_header) for s in article.all_sections()] == [
        (1, "一、肥城数字乡村党建的核心架构"),
        (2, "1.1“智慧党建云平台”建设"),
        (2, "1.2网格化管理体系"),
    ]
    assert numbered("2.5万元资金全部到位") is None and numbered("12 户村民入股") is None
    # after a decimal number a header may open on a word a cut line opens on; after a whole
    # number, as a document site numbers the chunks of a text, it is the text going on
    assert numbered("1.2 与村民交流").header == "与村民交流"
    assert numbered("3、与村民交流") is None


def test_the_le_of_wei_le_is_no_sign_of_narrative() -> None:
    from drafter.parse.headers import is_headline_shaped

    assert is_headline_shaped("为了群众：民惟邦本")
    assert not is_headline_shaped("村里办起了合作社：户户增收")  # 了 of a thing done


def test_a_text_opening_on_a_sentence_that_hands_over_with_a_dash_leads_with_it() -> None:
    article = parse_text(
        "再访枫桥，读懂新时代基层治理的善治之道——\n"
        "绘出更美新“枫”景\n"
        "本报记者 朱海兵 陆乐\n"
        "诞生于诸暨枫桥的“枫桥经验”，这段日子一直处在“高光时刻”——\n"
        "20多天前的11月6日，纪念大会在北京召开。会前，全国“枫桥式工作法”入选单位代表受到会见。\n"
        "就在两个多月前，有关负责同志亲赴枫桥，参观枫桥经验陈列馆。\n"
    )
    assert article.title == "再访枫桥，读懂新时代基层治理的善治之道——绘出更美新“枫”景"
    assert article.lead == "诞生于诸暨枫桥的“枫桥经验”，这段日子一直处在“高光时刻”——"
    assert article.sections == []


def test_a_reports_causes_part_that_lost_its_break_is_a_header() -> None:
    article = parse_text(
        "关于农村党员队伍建设的调研报告\n"
        "为摸清全县农村党员队伍现状，县委组织部开展了专题调研。\n"
        "一、党员队伍现状\n全县共有农村党员5200名，其中35岁以下党员占比偏低。\n"
        "二、主要原因通过调查分析，造成党员队伍现状的原因主要有以下三个方面。\n"
    )
    assert [s.printed_header for s in article.sections] == ["一、党员队伍现状", "二、主要原因"]


def test_a_quoted_header_without_its_stop_tells_no_story() -> None:
    from drafter.parse.headers import split_sentence_header

    told = "走进枫桥派出所正在扩建升级的“枫桥经验”公安陈列馆，我们仿佛回到了那个年代，感慨万千。"
    assert split_sentence_header(told) is None


def test_a_sites_notice_run_into_a_long_paragraph_takes_only_itself_to_the_furniture() -> None:
    text = "全盟农村基层党组织建设取得明显成效，党员队伍结构不断优化，服务群众能力持续提升。" * 3
    tail = "……（快文网http://www.fanwy.cn省略685字，正式会员可完整阅读）……"
    article = parse_text(f"关于农村基层党组织建设的调研报告\n{text}现将调研情况报告如下 {tail}\n")
    assert article.lead == f"{text}现将调研情况报告如下"
    assert tail in article.furniture
    notice = "温馨提示：本文是笔者精心整理编制而成，下载完成后可以直接编辑。"
    opened = parse_text(f"在全区软弱涣散村整顿工作推进会上的讲话\n{notice}{text}\n")
    assert opened.lead == text and notice in opened.furniture
    # a blurb of the site's stays whole, and a sentence that gives to everyone is no notice
    blurb = "讲话稿是事先准备好的文稿。" * 8 + "下面是小编收集整理的讲话稿范文，供大家参考借鉴。"
    assert blurb in parse_text(f"动员讲话稿范文\n{blurb}\n同志们：\n{text}\n").furniture
    lesson = "在党课宣讲环节，张润泽同志为大家带来了一堂生动党课，" + text
    assert parse_text(f"某村开展主题党日活动\n{lesson}\n{text}\n").lead == lesson
    # a paragraph that is all notice from its first mark leaves no empty paragraph behind
    marks = "（" + "- " * 70 + "欢迎下载"
    assert "" not in parse_text(f"某村党建工作\n{text}\n{marks}\n").furniture


def test_an_abstract_labelled_as_papers_label_it_is_a_journals_evidence() -> None:
    said = "核心内容是党的领导、分权制约、全程监督、信息沟通、制度规范，对遏制腐败具有重要作用。"
    article = parse_text(
        "□ 卢福营 高 健\n"
        f"内容提要 村务监督委员会制度是一项“需求-回应”型创新，{said * 2}\n"
        "村务监督委员会制度是农村基层治理领域的一项伟大创新，给予了充分肯定。\n"
    )
    assert "journal" in {e.feature for e in evidence(article)}


def test_a_speech_title_run_into_its_date_and_salutation_ends_before_them() -> None:
    said = "美丽乡村建设这项工作，对我们来讲，可以说不是新启动，也不是一个新话题。" * 6
    article = parse_text(
        f"2015年美丽乡村建设现场会上的讲话（2015年10月28日）同志们：{said}近年来，我们统揽三农\n"
    )
    assert article.salutation == "同志们："
    assert article.lead is not None and article.lead.startswith("美丽乡村建设这项工作")
    assert "（2015年10月28日）" in article.furniture


def test_a_captions_photographer_credit_ends_it_before_the_dateline_run_on() -> None:
    article = parse_text(
        "乐亭在农村深化开展专项行动\n"
        "乐亭专项行动调度会议。鱼娇 摄 长城网唐山11月5日电（鱼娇 金虹 记者 金宗明）记者从乐亭县"
        "专项行动调度会议上获悉，乐亭县政法系统将在农村进一步深化开展专项行动。\n"
        "据悉，专项行动是乐亭县委、县政府贯彻落实省、市安排部署的一项重点工作。\n"
    )
    assert article.dateline == "长城网唐山11月5日电"
    assert article.lead is not None and article.lead.startswith("记者从乐亭县")
    assert "乐亭专项行动调度会议。鱼娇 摄" in article.furniture


def test_a_lone_header_between_long_paragraphs_stands_on_a_page_cut_after_its_section() -> None:
    opening = "2023年湖北省抓党建促乡村振兴交出了什么样的成绩单？记者在湖北自西向东一路采访，" * 2
    section = "在房县军店镇中村村，一个田园综合体鸟瞰模型让人眼前一亮，中村村曾是一个贫困村。" * 3
    page = f"湖北抓党建促乡村振兴见闻\n{opening}\n{section}\n{{line}}\n{section}\n"
    found = parse_text(page.format(line="探索民富村强的路径"))
    assert [(s.style, s.header) for s in found.sections] == [("line", "探索民富村强的路径")]
    # a label, who tells (a news feature's subhead may say what happened: `公心聚起了民心`)
    for not_header in ("调查报告", "他们正在田间忙碌"):
        assert parse_text(page.format(line=not_header)).sections == []
    # a shorter paragraph on either side, a longer header (22 characters) stand so too
    short = (
        "在房县军店镇中村村，一个田园综合体鸟瞰模型让人眼前一亮，"
        "这个村子几年前还是全省有名的深度贫困村。"
    )
    line = "第二十一届全国“村长”论坛概况及主旨演讲概要"
    found = parse_text(f"湖北抓党建促乡村振兴见闻\n{section}\n{short}\n{line}\n{short}\n")
    assert [(s.style, s.header) for s in found.sections] == [("line", line)]


def test_a_papers_parts_numbered_with_bare_figures_are_headers_in_order() -> None:
    text = "党的百年历程充分证明了建设现代化国家离不开农业农村现代化，三农问题是重中之重。" * 2
    page = (
        "文化润疆工程在推进乡村振兴进程中的作用及对策\n丁 雪\n"
        f"0 引言\n{text}\n1 文化润疆工程与乡村振兴逻辑联系\n{text}\n{{last}}\n{text}\n"
    )
    article = parse_text(page.format(last="2 文化润疆工程的实践路径"))
    assert article.title == "文化润疆工程在推进乡村振兴进程中的作用及对策"
    assert [s.header for s in article.sections] == [
        "引言",
        "文化润疆工程与乡村振兴逻辑联系",
        "文化润疆工程的实践路径",
    ]
    # out of order, a figure opening a line is no part's number
    out_of_order = parse_text(page.format(last="5 个村建起了合作社"))
    assert "个村建起了合作社" not in [s.header for s in out_of_order.sections]


def test_an_explainers_contents_under_its_label_are_furniture() -> None:
    text = "供销合作社物流园是服务乡村振兴的重要载体，打通了农产品进城和工业品下乡的双向通道。" * 2
    article = parse_text(
        "供销合作社物流园助力乡村振兴\n本文目录导读：\n"
        "1.历史使命与现实担当：供销合作社物流园的初心与定位\n2.功能布局与核心价值：多维度服务乡村振兴\n"
        f"{text}\n历史使命与现实担当：供销合作社物流园的初心与定位\n{text}\n"
    )
    assert "1.历史使命与现实担当：供销合作社物流园的初心与定位" in article.furniture
    assert all(not s.printed_header.startswith(("1.", "2.")) for s in article.all_sections())


def test_an_opening_part_may_name_what_it_says_after_a_colon() -> None:
    text = "在全面推进乡村振兴战略的背景下，数字技术正以前所未有的速度重塑乡村治理模式。" * 2
    article = parse_text(f"引言：数字时代下的乡村党建新机遇\n{text}\n{text}\n")
    assert [s.header for s in article.sections] == ["引言：数字时代下的乡村党建新机遇"]
    assert article.lead is not None and article.lead.startswith("在全面推进乡村振兴")


def test_a_speech_s_front_as_print_and_download_sites_lay_it_out() -> None:
    body = (
        "今天，我们在这里召开全镇村“两委”班子后备力量座谈会，共聚一堂，共商大计。刚才，几位同志"
        "结合自身实际谈了认识、讲了体会，听了之后很受启发。\n"
    )
    # a title broken over two lines, a speaker's name spaced out to its width, a greeting run on
    # after the salutation on its own line
    printed = parse_text(
        "在全市农村基层党组织书记\n抓党建促乡村振兴专题培训示范班上的讲话\n雷 光 华\n"
        "同志们： 大家好！\n" + body
    )
    assert printed.title == "在全市农村基层党组织书记抓党建促乡村振兴专题培训示范班上的讲话"
    assert printed.salutation == "同志们："
    assert printed.lead == body.strip()
    assert printed.byline.author == "雷光华"
    # a speaker's post spaced from the name, with no dash; a subtitle's dash typed `-—`
    forum = parse_text(
        "愿村庄长成小镇\n-—在政策科学论坛上的发言\n某市委办驻某村第一书记 邹祎芹\n"
        "尊敬的各位领导、各位嘉宾：\n" + body
    )
    assert forum.title == "愿村庄长成小镇-—在政策科学论坛上的发言"
    assert forum.form == "speech"
    # a download site prints the title twice on one line, the first time under a year
    doubled = parse_text(
        "2023年专题党课：不忘初心，建功乡村振兴 专题党课：不忘初心，建功乡村振兴\n同志们：\n" + body
    )
    assert doubled.title == "专题党课：不忘初心，建功乡村振兴"
    # a title that ends in a post and a name, with no space between, stays a title
    titled = parse_text("乡村振兴路上的好支书\n" + body)
    assert titled.title == "乡村振兴路上的好支书"


@pytest.mark.parametrize(
    ("front", "title"),
    [
        ("链上党建助推奶山羊产业发展\n解腊红 张涛\n", "链上党建助推奶山羊产业发展"),  # authors
        ("边境地区基层党建工作科学化探析\n张忠友+李仕兰\n", "边境地区基层党建工作科学化探析"),
        (  # an institution, then its authors
            "疫情常态下统筹推进防疫脱贫的策略调整\n四川大学经济学院 贺立龙 张 衔\n",
            "疫情常态下统筹推进防疫脱贫的策略调整",
        ),
        ("走好乡村振兴路\n字号\n", "走好乡村振兴路"),  # the font-size widget
        ("市委召开抓基层党建述职评议会议\n字号大小：【    】\n", "市委召开抓基层党建述职评议会议"),
        ("· 链上党建助推奶山羊产业发展\n", "链上党建助推奶山羊产业发展"),  # a list's bullet
    ],
)
def test_the_lines_between_a_title_and_its_text_are_not_the_title(front: str, title: str) -> None:
    article = parse_text(front + BODY)
    assert article.title == title
    assert article.lead == BODY.strip()


def test_an_epigraph_marked_as_one_is_not_the_title() -> None:
    article = parse_text(
        "黔村行记\n只有贫困过，你才会知道，不再贫困是一件多么了不起的事；只有贫困过，你才会倍感"
        "珍惜！——题记\n" + BODY
    )
    assert article.title == "黔村行记"
    assert article.epigraph.endswith("——题记")


@pytest.mark.parametrize(
    "couplet", ["乡村兴则国家兴，乡村衰则国家衰。", "风劲潮涌，党旗猎猎；万家灯火，欣欣向荣。"]
)
def test_a_couplet_under_the_title_opens_the_lead(couplet: str) -> None:
    # Above the title (or with none) a couplet is the piece's motto; under it, the writer's
    # first sentence, on a line of its own.
    article = parse_text("农村基层党建的三点思考\n" + couplet + "\n" + BODY)
    assert article.title == "农村基层党建的三点思考"
    assert article.epigraph is None and article.lead == couplet
    assert parse_text(couplet + "\n" + BODY).epigraph == couplet


def test_a_title_run_into_the_papers_dateline_is_the_title() -> None:
    article = parse_text(
        "支书当考生群众来打分本报讯（通讯员窦建英 胡晓梅）“去年底，我当选为新一届村支部书记，"
        "今年要接受群众打分。”某村支书说。\n" + BODY
    )
    assert (article.title, article.dateline) == ("支书当考生群众来打分", "本报讯")
    assert article.lead.startswith("“去年底")
    spaced = parse_text(
        "共乐镇 无职党员服务队助力基层治理本报讯（任小玲）连日来，某村的无职党员走村入户，"
        "宣讲政策、调解纠纷，忙个不停。\n" + BODY
    )
    assert (spaced.title, spaced.dateline) == ("共乐镇 无职党员服务队助力基层治理", "本报讯")


@pytest.mark.parametrize("credit", ["湖北日报评论员 张双双", "本报评论员", "新华社特约评论员 李明"])
def test_an_outlets_commentator_under_the_title_is_no_title(credit: str) -> None:
    article = parse_text("评论 | 当村干部要像“小葱拌豆腐”\n" + credit + "\n" + BODY)
    assert article.title == "评论 | 当村干部要像“小葱拌豆腐”"
    assert credit in article.furniture


def test_a_sites_message_handing_over_at_a_colon_is_the_dateline() -> None:
    lead = "本轮疫情发生以来，某市2万多名微网格员坚守岗位，织密基层防控网。"
    article = parse_text(f"【凡人微光】他们筑起基层治理安全屏障\n央视网消息：{lead}\n{BODY}")
    assert (article.dateline, article.lead) == ("央视网消息", lead)
    cited = parse_text(f"某市微网格员坚守岗位\n据新华网消息：{lead}\n{BODY}")
    assert cited.dateline is None and cited.lead == f"据新华网消息：{lead}"  # a source cited


def test_a_title_glued_to_the_text_is_the_one_the_breadcrumb_names() -> None:
    article = parse_text(
        "当前位置：首页 > 办公文档 > 工作范文 > 市园林局驻村工作队驻村摸底调查汇报\n"
        "参考资料，少熬夜！市园林局驻村工作队驻村摸底调查汇报局领导：根据市驻村办要求和局领导"
        "安排，3月6日，我们到达驻村所在地某村，听取了村干部的详细介绍。\n"
    )
    assert article.title == "市园林局驻村工作队驻村摸底调查汇报"
    assert article.salutation == "局领导："
    assert article.lead.startswith("根据市驻村办要求")
    assert "参考资料，少熬夜！" in article.furniture


_SPEECH_TITLE = "激情干净超越主题演讲稿：脚上粘泥土心中有群众"
_STORY = "这是一片贫瘠的土地。多少年来，这里没有自来水，吃水要去一公里以外的邻村挑。\n"


@pytest.mark.parametrize(
    ("page", "lead"),
    [
        # the title again over the text, a space before the text
        (f"脚上泥土多了 {_SPEECH_TITLE}\n{_SPEECH_TITLE}  {_STORY}", "这是一片"),
        # or a piece's label before it, the text run on after the word naming the kind of text
        (f"第一书记述职报告\n篇一：第一书记述职报告{_STORY}", "这是一片"),
        # or both, the page's copy first (`…述职报告篇一：…述职报告经过整顿，…`)
        (f"第一书记述职报告\n第一书记述职报告篇一：第一书记述职报告{_STORY}", "这是一片"),
    ],
)
def test_the_title_printed_again_at_the_head_of_the_text_is_not_the_lead(
    page: str, lead: str
) -> None:
    article = parse_text(page)
    assert article.lead.startswith(lead)
    assert all(lead not in line for line in article.furniture)


@pytest.mark.parametrize(
    "page",
    [
        # a news lead that opens on its headline's words and goes on
        "某县召开乡村振兴推进会议\n某县召开乡村振兴推进会议精神传达到各村，全县党员干部认真学习。\n",
        # the title's kind of text, then the sentence goes on from it
        "学习政府工作报告\n学习政府工作报告中提出的各项任务，是全县干部当前的一项重点工作。\n",
    ],
)
def test_a_lead_that_opens_on_the_titles_words_keeps_them(page: str) -> None:
    assert parse_text(page).lead == page.splitlines()[1]


def test_a_document_sites_short_summary_under_its_label_is_the_sites_line() -> None:
    page = (
        "在全区整顿工作推进会上的讲话\n"
        "在全区整顿工作推进会上的讲话 本文简介：在全区整顿工作推进会上的讲话"
        "同志们：这次会议是贯彻落实中央、省、市有关会议精神召开的一次重要会议。\n"
        "一、提高认识\n会议的任务是总结工作，部署下一步整顿任务，全区各级要认真落实。\n"
    )
    article = parse_text(page)
    assert article.salutation == "同志们："
    assert article.lead.startswith("这次会议")
    assert [s.header for s in article.sections] == ["提高认识"]
    assert "本文简介：在全区整顿工作推进会上的讲话" in article.furniture


_RUN_ON = "盂县禅房村：支部建在产业上，党旗飘在田园中"
_SHORT_RUN_ON = "禅房村：党旗飘在田园中"
_VILLAGE_TEXT = "近年来，禅房村党支部把支部建在产业上，带领群众发展特色种植，村集体收入逐年增加。\n"


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # a headline the page's date and writer ran onto, the break between them lost
        (f"{_RUN_ON}2019-11-18朱建国", _RUN_ON),
        # its date, time and fields
        (f"{_RUN_ON}2017年11月16日 09:08:14来源：温州网", _RUN_ON),
        # a forum's line, spaced from its date, is no headline
        ("本帖最后由 吕村镇 于 2017-05-03 10:20 编辑", None),
        # nor where the piece ran
        ("刊于《中国妇女报》2020年7月8日", None),
        # fields ending on an empty one (`作者：`), the first field not the last one's
        (f"{_SHORT_RUN_ON}2016年12月01日 09:05:30 来源：浙江党建网 作者：", _SHORT_RUN_ON),
        (f"{_SHORT_RUN_ON}发布：2023-11-09 作者：赵磊", _SHORT_RUN_ON),
        (f"{_SHORT_RUN_ON}栏目：夷陵区 -部门新闻 发布时间：2023-05-27", _SHORT_RUN_ON),
        # the source labelled as the article's, or the paper it was taken from
        (f"{_SHORT_RUN_ON}文章来源：县林业局 发布时间：2024-04-24 08:57", _SHORT_RUN_ON),
        (f"{_SHORT_RUN_ON}转自：衢州日报", _SHORT_RUN_ON),
        # two phrases a space apart, the paper's fields after them
        ("党旗飘在田园中 支部建在产业上来源：新快报  2022年01月25日  版次：T05  作者：",
         "党旗飘在田园中 支部建在产业上"),
    ],
)
def test_a_headline_with_the_pages_date_run_onto_it_is_the_title(
    head: str, title: str | None
) -> None:
    article = parse_text(f"{head}\n{_VILLAGE_TEXT}")
    assert article.title == title
    assert article.lead == _VILLAGE_TEXT.strip()
    if title != head:  # (the line whole, or what ran onto the title; split at a field or not)
        kept = "".join(article.furniture).replace(" ", "")
        assert head.replace(" ", "") in kept or (
            kept == head.removeprefix(title or "").replace(" ", "")
        )


def test_a_headline_run_onto_the_pages_date_is_the_title_only_where_no_line_is() -> None:
    article = parse_text(f"禅房村发展特色种植\n{_RUN_ON}2019-11-18朱建国\n{_VILLAGE_TEXT}")
    assert article.title == "禅房村发展特色种植"
    assert f"{_RUN_ON}2019-11-18朱建国" in article.furniture


def test_a_speechs_opening_part_may_start_on_the_salutation() -> None:
    article = parse_text(
        "观看村容村貌演讲稿\n一、开场白\n各位朋友，大家好！今天能够站在这里，与大家相聚一堂，"
        "共同探讨我们家园的美好，我感到非常荣幸。\n二、村容村貌的变化\n"
        "这几年，村里的道路硬化了，房前屋后干净了，村民的精气神也提起来了。\n"
    )
    assert article.salutation == "各位朋友，"
    assert article.lead.startswith("大家好！今天能够站在这里")


def test_a_short_page_on_one_line_has_its_title_apart() -> None:
    page = (
        "党群众志成城抗旱情 连日来，南城县组织广大党员干部群众全力以赴抗旱情，最大限度降低农业生产"
        "损失。该县各级党组织充分发挥战斗堡垒作用，建立四级抗旱响应机制，组建党员抗旱先锋队150支。\n"
    )
    assert 80 < len(page) < 200  # (as long as a short news item, not a long page)
    article = parse_text(page)
    assert article.title == "党群众志成城抗旱情"
    assert article.lead.startswith("连日来，南城县")


def test_a_papers_three_reviews_are_page_fields() -> None:
    text = (
        "近日，某县组织全县村党组织书记开展集中轮训，邀请专家围绕乡村振兴作专题辅导，"
        "参训书记纷纷表示收获很大。"
    )
    for page in (
        f"某县开展村党组织书记轮训\n一审：宁基\n二审：仇晴\n三审：周满荣\n{text}\n",
        # (on one line, the fields between the title and the text)
        f"某县开展村党组织书记轮训 一审：宁基 二审：仇晴 三审：周满荣 {text}\n",
    ):
        article = parse_text(page)
        assert article.lead == text
        assert any("三审：周满荣" in line for line in article.furniture)


_GLUED_LEAD = (
    "通过调研，摸准实情、掌握了第一手资料，并对全镇各村进行了认真的分析，具体情况总结如下：\n"
)


@pytest.mark.parametrize(
    ("page", "title", "lead"),
    [
        # a title run into its lead ends on the word that names the kind of text
        ("农村选举调研报告" + _GLUED_LEAD, "农村选举调研报告", "通过调研"),
        (
            "村党组织书记落实“四项承诺”情况自查报告某镇在村“两委”换届选举中，普遍推行竞职承诺、"
            "创业承诺、廉政承诺、辞职承诺“四项承诺”制度。\n",
            "村党组织书记落实“四项承诺”情况自查报告",
            "某镇在村“两委”换届选举中",
        ),
        # or before a lead's opening: a time and a comma
        (
            "东阳推行农村党员积分制管理日前，东阳结合“五水共治”，在全市推行农村党员积分制管理，"
            "党员的表现记入积分。\n",
            "东阳推行农村党员积分制管理",
            "日前，东阳结合",
        ),
        # (a time clause: `自…以来，`; a place's label with a colon before the title)
        (
            "化念镇深化“四级联创”发展壮大村集体经济自基层党建“四级联创”开展以来，化念镇坚持党建引领，"
            "因村施策，积极探索村集体经济增收模式。\n",
            "化念镇深化“四级联创”发展壮大村集体经济",
            "自基层党建",
        ),
        # (or where and when the story stands: days running, yesterday, an era, an order)
        (
            "南城县党群众志成城抗旱情连日来，南城县组织广大党员干部群众全力以赴抗旱情，"
            "最大限度降低农业生产损失。\n",
            "南城县党群众志成城抗旱情",
            "连日来，南城县",
        ),
        (
            "以党建引领促乡村振兴新活力在乡村振兴的新时代，抓党建促乡村振兴是一项关系千家万户的"
            "历史性使命。\n",
            "以党建引领促乡村振兴新活力",
            "在乡村振兴的新时代",
        ),
        (
            "市建协党支部与富礼村党支部开展结对共建活动根据镇党委统一部署安排，7月5日上午，"
            "市建协党支部赴富礼村就开展支部结对共建召开专题工作会。\n",
            "市建协党支部与富礼村党支部开展结对共建活动",
            "根据镇党委统一部署",
        ),
        (
            "市委统战部赴梅城开展蹲点调研活动3月19—20日，市委统战部第一蹲点调研组赴梅城镇南峰村"
            "开展蹲点调研。\n",
            "市委统战部赴梅城开展蹲点调研活动",
            "3月19—20日",
        ),
        # or before a lead opening on its aim
        (
            "太尉镇：多措并举做好常态化防返贫监测帮扶工作为进一步做好群众动态监测和帮扶工作，"
            "巩固拓展脱贫攻坚成果，太尉镇扎实开展防返贫监测。\n",
            "太尉镇：多措并举做好常态化防返贫监测帮扶工作",
            "为进一步做好",
        ),
        # (a report's title that names it so, before the office it is sent to, the salutation;
        # two phrases a space apart before a time)
        (
            "关于对软弱涣散基层党组织进行集中排查工作的情况报告省委组织部：按照省委组织部的通知"
            "要求，结合我市实际，经市委同意，现将排查工作开展情况报告如下。\n",
            "关于对软弱涣散基层党组织进行集中排查工作的情况报告",
            "按照省委组织部的通知",
        ),
        (
            "党建引领网格化管理 助推乡村振兴近年来，某镇探索推出“抱团式”服务，把网格建在村组上，"
            "让党员走进千家万户。\n",
            "党建引领网格化管理 助推乡村振兴",
            "近年来，某镇探索",
        ),
        # (a speech's date in brackets after it, set apart; a 范文 site's blanks opening the text)
        (
            "讨论接收预备党员支部大会主持词（年月日）同志们：现在开会。根据党支部发展党员工作计划，"
            "今天召开支部大会，讨论发展对象同志入党问题。\n",
            "讨论接收预备党员支部大会主持词",
            "现在开会。",
        ),
        (
            "乡村振兴战略培训学习心得体会___年__月__日至__月__日，县委组织部组织我们在____学院"
            "参加专题培训学习。\n",
            "乡村振兴战略培训学习心得体会",
            "___年__月__日至",
        ),
        # or before the salutation
        (
            "大学生村官演讲稿——青春在广袤的田野里绽放尊敬的各位领导、各位来宾：大家好！我是一名"
            "大学生村官，今天我演讲的题目是青春在广袤的田野里绽放。\n",
            "大学生村官演讲稿——青春在广袤的田野里绽放",
            "大家好！我是一名大学生村官",
        ),
        # a title run into the page's date line, and a speech's title into its salutation
        (
            "县委书记在乡村振兴推进会上的讲话2024-10-28 08:41:08 德育素材网\n"
            "今天这个会，是对全县乡村振兴先进示范创建工作的具体安排和工作推进会。\n",
            "县委书记在乡村振兴推进会上的讲话",
            "今天这个会",
        ),
        (
            "县委书记在全县乡村振兴推进会上的讲话同志们：\n今天，我们召开全县乡村振兴推进会，"
            "主要任务是深入学习贯彻中央农村工作会议精神。\n",
            "县委书记在全县乡村振兴推进会上的讲话",
            "今天，我们召开",
        ),
        # or into the first part's header, or the page's widgets
        (
            "乡镇农村集体经济发展情况调研报告一、前言\n发展壮大农村集体经济是党的明确要求，"
            "也是巩固党在农村执政基础的重要举措。\n",
            "乡镇农村集体经济发展情况调研报告",
            "发展壮大农村集体经济",
        ),
        (
            "市委召开镇党委书记抓基层党建述职评议会议字号大小：【 大 中 小 】\n1月31日，市委"
            "召开镇党委书记抓基层党建述职评议会议，听取述职并现场点评。\n",
            "市委召开镇党委书记抓基层党建述职评议会议",
            "1月31日",
        ),
        # or its date and fields, the title holding a list mark or two phrases apart
        (
            "易地扶贫搬迁后续社区治理：成效、困境与路径选择2021-11-05 02:42\n易地扶贫搬迁是打赢"
            "脱贫攻坚战的关键举措，搬迁后的社区治理关系搬迁群众的长远发展。\n",
            "易地扶贫搬迁后续社区治理：成效、困境与路径选择",
            "易地扶贫搬迁是打赢",
        ),
        (
            "广西：红旗耀边关 堡垒筑前沿2025-04-06 07:42:00 来源：乡村干部报\n八桂大地，千里边陲。"
            "地处祖国南疆的广西壮族自治区，陆地边境线长达千余公里。\n",
            "广西：红旗耀边关 堡垒筑前沿",
            "八桂大地",
        ),
        (
            "党建引领聚合力“三链”融合绘新篇日期：01-19\n近年来，某县坚持党建引领，推动产业链、"
            "人才链、服务链深度融合，乡村振兴取得新成效。\n",
            "党建引领聚合力“三链”融合绘新篇",
            "近年来",
        ),
        # not an outlet's credit before the date, nor a place that opens the lead
        (
            "中国报道网（通讯员唐华）1月4日，某县召开村党组织书记述职评议会，全县村党组织书记参加。\n",
            None,
            "1月4日",
        ),
        (
            "河北省邯郸市肥乡区近年来，全区坚持党建引领，推动村集体经济发展壮大，成效明显。\n",
            None,
            "河北省邯郸市肥乡区近年来",
        ),
        # a speech's title labelling its two clauses; an instalment's number; what the title
        # names with 及; a lead opening on a sentence quoted whole
        (
            "在乡村振兴工作会议上的交流发言：发展壮大村级集体经济，探索强村富民新模式近年来，我县深入学习"
            "借鉴浙江经验，结合丘陵地区实际，积极探索多种强村富民模式，实现精神物质同步丰收。\n",
            "在乡村振兴工作会议上的交流发言：发展壮大村级集体经济，探索强村富民新模式",
            "近年来，我县深入",
        ),
        (
            "市委统战部赴梅城开展蹲点调研活动（二）3月19—20日，市委统战部第一蹲点调研组赴梅城镇"
            "南峰村开展蹲点调研。\n",
            "市委统战部赴梅城开展蹲点调研活动（二）",
            "3月19—20日",
        ),
        (
            "镇人居环境整治2023年工作总结及2024年工作计划为深入贯彻习近平总书记关于改善农村人居"
            "环境的重要指示精神，全镇扎实开展人居环境整治。\n",
            "镇人居环境整治2023年工作总结及2024年工作计划",
            "为深入贯彻",
        ),
        (
            "红蓉村：村规民约深入人心见实效 移风易俗树新风“喜事新办，丧事从俭，反对大操大办。”"
            "这是红蓉村村规民约里的一条，如今已家喻户晓，村里的红白喜事简朴了许多。\n",
            "红蓉村：村规民约深入人心见实效 移风易俗树新风",
            "“喜事新办",
        ),
        # not a sentence of two clauses before a date, nor who said the words quoted after
        (
            "6月30日发布的统计公报显示，截至2024年12月31日，党员总数突破1亿大关，达到10027.1万名，"
            "比上年净增108.7万名。\n",
            None,
            "6月30日发布的",
        ),
        (
            "党的十九大报告中提出“要坚持农业农村优先发展，建立健全城乡融合发展体制机制。”"
            "这为新时代做好三农工作指明了方向。\n",
            None,
            "党的十九大报告中提出",
        ),
        # a study named for what it is about, run into its text
        (
            "关于农村集体“三资”管理的调研农村集体资金、资产、资源管理，关系群众切身利益，"
            "历来是广大农民群众关注的热点问题。\n",
            "关于农村集体“三资”管理的调研",
            "农村集体资金",
        ),
        # a lead opening on the day and the time of day
        (
            "营造风清气正、公平公正、竞争有序的换届环境2014年12月19日下午，某镇召开村级党组织"
            "领导班子换届选举工作动员大会，全镇各村党组织书记参加。\n",
            "营造风清气正、公平公正、竞争有序的换届环境",
            "2014年12月19日下午",
        ),
        # a speech's title with the note of when it was given run onto it
        (
            "在全市农村集体经济组织产权制度改革现场会议上的讲话（2013年4月23日，根据录音整理）\n"
            "农村抓改革、农业抓特色、农民抓增收，这是今年我市“三农”工作的总思路，其中改革是关键。\n",
            "在全市农村集体经济组织产权制度改革现场会议上的讲话",
            "农村抓改革",
        ),
        # a 范文 site's word for what it collects, on the title
        (
            "2023年农村人居环境整治调查情况报告范文为了解xx区农村人居环境整治情况，区统计局对5个镇"
            "的8个村进行了问卷调查。\n",
            "2023年农村人居环境整治调查情况报告范文",
            "为了解xx区",
        ),
        # a text opening on a name the site masked
        (
            "预备党员转正大会主持词xxx等x名预备党员于200×年×月××日经党支部大会讨论、票决，"
            "同意接收为预备党员，至今预备期已满。\n",
            "预备党员转正大会主持词",
            "xxx等x名预备党员",
        ),
        # the site's navigation label over it is no title
        (
            "导航\n基层党组织建设存在问题和解决的建议近年来，镇党委结合实施先锋工程，狠抓基层"
            "党组织建设，使全镇农村党组织的战斗力不断增强。\n",
            "基层党组织建设存在问题和解决的建议",
            "近年来",
        ),
        # nor an account's author line above the text
        (
            "唐丽桂 乡村建设研究 2024-01-13\n构建乡村人才回流机制，要把乡村建设需要的人才引回来、"
            "留下来，这是乡村振兴的关键。\n",
            None,
            "构建乡村人才回流机制",
        ),
    ],
)
def test_a_title_run_into_the_line_under_it_is_cut_off_where_its_shape_ends(
    page: str, title: str | None, lead: str
) -> None:
    article = parse_text(page)
    assert article.title == title
    assert article.lead.startswith(lead)


def test_a_numbered_header_that_lost_its_break_to_a_space_stands_on_its_own() -> None:
    text = (
        "在全县易地搬迁后续工作推进会议上的讲话 同志们：今天召开这次会议，主要任务是总结工作、"
        "部署任务。 一、肯定成绩，总结经验，深刻认识做好易地搬迁后续工作的重大意义 过去一年，"
        "全县上下齐心协力，后续扶持各项工作取得明显成效，搬迁群众生活水平稳步提高，安置社区的"
        "基础设施和公共服务不断完善，就业帮扶和产业配套持续跟进，群众满意度逐年上升。 "
        "二、突出重点，精准施策 今年要把产业就业摆在更加突出的位置，（鱼娇 金虹 记者 张野）"
        "确保搬迁群众稳得住。"
    )
    article = parse_text(text)
    assert [s.printed_header for s in article.sections] == [
        "一、肯定成绩，总结经验，深刻认识做好易地搬迁后续工作的重大意义",
        "二、突出重点，精准施策",
    ]
    assert article.sections[0].paragraphs[0].startswith("过去一年")


_FLAT_BODY = (
    "乡村振兴的战略目标，旨在促进农业现代化、农村产业结构调整、农民收入提高和乡村社会面貌改善。"
    "选好育好乡村振兴领头雁是实现这一目标的关键之一，需要多方面考虑候选人所具备的素质和能力。"
    "在这其中，最重要的一点是领头雁要有一颗始终把人民群众利益放在第一的心，真正为群众办实事。"
)


def test_a_page_on_one_line_keeps_its_title_and_numbered_headers_apart() -> None:
    page = (
        f"选好育好“领头雁”，激发乡村振兴新活力 {_FLAT_BODY} 一、基本情况 xx乡位于xx县东南部，"
        "全乡辖29个行政村，总人口9200人，耕地面积10800亩，党员412名，其中女党员56名。 1.引言 "
        "乡村振兴离不开一支懂农业、爱农村、爱农民的干部队伍，村党组织书记是这支队伍的带头人。"
    )
    article = parse_text(page)
    assert article.title == "选好育好“领头雁”，激发乡村振兴新活力"
    assert article.lead.startswith("乡村振兴的战略目标")
    assert [s.printed_header for s in article.all_sections()] == ["一、基本情况", "1.引言"]


def test_a_page_on_one_line_sets_its_header_lines_and_spaced_numbers_apart() -> None:
    from drafter.parse.segment import split_glued

    page = (
        f"福山村书记的乡村振兴故事 {_FLAT_BODY} 福山村概况 福山村位于泉州市北郊，是一个拥有悠久历史"
        "和丰富文化的村庄，过去基础设施落后、经济发展缓慢。 书记的角色 在福山村的乡村振兴过程中，"
        "村党支部书记扮演了至关重要的角色。以下是他扮演的几个关键角色： "
        "1. 领导者 作为村党支部书记，书记统筹协调村务工作，确保乡村振兴战略顺利实施。 2. 推动者 "
        "书记积极争取上级政策支持，推动村庄的基础设施建设和特色产业发展。 坚持党建驱动 "
        "筑牢乡村振兴主心骨 全村以高质量党建夯实基础，构建作战体系。 党建引领：锻造“钢刀” "
        "班子建设：十指弹琴奏强音 他立下约法三章：大事小事集体议、财务村务全公开、群众利益无小事。"
        " 二、实施路径与主要措施 1. 改善农村人居环境 全村投入资金改造道路，整治房前屋后环境卫生，"
        "建成垃圾分类收集点。"
    )
    pieces = split_glued(page)
    assert [p for p in pieces if "。" not in p and "：" not in p[-1:]][1:] == [
        "福山村概况",
        "书记的角色",
        "1. 领导者",
        "2. 推动者",
        "坚持党建驱动 筑牢乡村振兴主心骨",  # one header of two phrases
        "党建引领：锻造“钢刀”",  # a part's header and its first sub-part's
        "班子建设：十指弹琴奏强音",
        "二、实施路径与主要措施",
        "1. 改善农村人居环境",
    ]
    assert "".join(pieces).replace(" ", "") == page.replace(" ", "")  # nothing lost
    article = parse_text(page)
    assert [s.printed_header for s in article.all_sections()] == [
        "1.领导者",
        "2.推动者",
        "坚持党建驱动 筑牢乡村振兴主心骨",
        "党建引领：锻造“钢刀”",
        "班子建设：十指弹琴奏强音",
        "二、实施路径与主要措施",
        "1.改善农村人居环境",
    ]
    # a sentence that introduces what follows with a colon is no header (the page's own colon)
    listing = "回顾一年来的工作,主要有以下特点: 责任落得实,重视程度显著提高,工作细,规范化水平提升。"
    assert "回顾一年来的工作,主要有以下特点:" not in split_glued(f"{page} {listing}")
    # nor is a clause, nor a reporters' label, that a space parts from the rest
    for opening in ("国庆长假, 位于眉县的纪念馆迎来", "本报记者 朱海兵 陆乐 本报讯"):
        pieces = split_glued(f"{page} {opening}{_FLAT_BODY}")
        assert any(p.startswith(opening) for p in pieces)


_STUDY = "民族地区农村基层党组织组织力提升策略探究 "


@pytest.mark.parametrize(
    ("front", "author"),
    [
        ("兰 芳，刘浩杰，何 楠 （1.天津财经大学 珠江学院，天津 301811） ", "兰芳、刘浩杰、何楠"),
        (f"{_STUDY}2019-02-09郑华萍 朱 伟 （西安科技大学，西安 710054） ", "郑华萍、朱伟"),
        (f"{_STUDY}严瑾 ", "严瑾"),
    ],
)
def test_a_page_on_one_line_sets_its_writers_apart_from_the_text(front: str, author: str) -> None:
    article = parse_text(f"{front}{_FLAT_BODY} 一、问题的提出 {_FLAT_BODY}")
    assert article.title == (_STUDY.strip() if front.startswith(_STUDY) else None)
    assert article.byline.author == author
    assert article.lead.startswith("乡村振兴的战略目标")
    # a speaker and his post before his words are no byline, on a short page or a long one
    for body in (_FLAT_BODY, _FLAT_BODY * 2):
        spoken = parse_text(f"{_STUDY}李波 （某村党总支书记、村委会主任）：{body}")
        assert spoken.byline.author is None
        assert spoken.lead.startswith("李波 （某村党总支书记")


def test_a_speech_on_one_line_keeps_its_salutation_after_the_title_printed_again() -> None:
    title = "村党支部书记在2023年城乡基层思想政治工作干部培训班结业式上的汇报发言"
    page = f"{title} {title} 各位领导，同志们： 很荣幸在结业式上作汇报发言。{_FLAT_BODY}"
    article = parse_text(page)
    assert (article.title, article.salutation) == (title, "各位领导，同志们：")
    assert article.lead.startswith("很荣幸在结业式上作汇报发言。")


def test_a_space_before_a_quotation_in_a_page_on_one_line_does_not_end_a_title() -> None:
    page = (
        "组织振兴是乡村振兴的 “保障”—— 只有基层组织坚强有力，才能凝聚乡村发展的 “合力”。然而，"
        "当前不少乡村组织面临 “凝聚力弱、治理低效、集体经济空壳” 的困境，亟须破解。" + _FLAT_BODY
    )
    article = parse_text(page)
    assert article.title is None
    assert article.lead.startswith("组织振兴是乡村振兴的")


def test_a_page_on_one_line_sets_its_part_labels_and_fields_apart_from_the_text() -> None:
    page = (
        "村党组织书记队伍建设研究 2023-05-06 20:53:33 来源：某某网 作者： "
        "引言 乡村振兴战略是新时代“三农”工作的总抓手，村党组织书记是乡村振兴的领头雁，其能力素质"
        f"直接关系到乡村振兴的成效。{_FLAT_BODY} 一、问题的提出 2020年中央农办、农业农村部"
        "提出开展村党组织书记队伍整体优化提升行动，各地随之推进，取得了积极成效。"
    )
    article = parse_text(page)
    assert article.title == "村党组织书记队伍建设研究"
    assert article.lead.startswith("乡村振兴战略是新时代")
    assert "2023-05-06 20:53:33 来源：某某网 作者：" in article.furniture
    assert [s.printed_header for s in article.all_sections()] == ["引言", "一、问题的提出"]
    assert article.all_sections()[1].paragraphs[0].startswith("2020年中央农办")


def test_under_numbered_parts_a_plain_short_line_is_no_subheader_but_a_labelled_one_is() -> None:
    paragraph = (
        "全镇上下认真学习贯彻党的二十大精神，坚持党建引领，统筹推进各项工作，经济社会发展稳中有进，"
        "群众的获得感、幸福感、安全感不断增强。"
    )
    article = parse_text(
        "某镇2023年工作总结\n一、主要工作\n"
        f"{paragraph}\n先进集体名单\n{paragraph}\n"
        f"二、下一步打算\n班子建设：十指弹琴奏强音\n{paragraph}\n"
    )
    assert [(s.printed_header, s.level) for s in article.all_sections()] == [
        ("一、主要工作", 1),
        ("二、下一步打算", 1),
        ("班子建设：十指弹琴奏强音", 2),
    ]
    assert "先进集体名单" in article.all_sections()[0].paragraphs


@pytest.mark.parametrize(
    "credit",
    [
        "本报记者 孙希明 通讯员 肖晴",
        "□潍坊日报社全媒体记者 孙希明 通讯员 肖晴 文/图",
        "■本报记者 孙希明 摄",
    ],
)
def test_a_papers_credit_at_the_head_of_the_text_names_the_reporters(credit: str) -> None:
    lead = "连日来，在寿光市化龙镇，村企一家的“蜜月故事”频频演绎，动力源泉是村企共建活动。"
    for text in (f"{credit} {lead}", f"{credit}\n{lead}"):  # run into the text, or on its line
        article = parse_text(f"化龙镇村企共建结硕果\n{text}\n村庄与企业交融互动并不新鲜。\n")
        assert article.title == "化龙镇村企共建结硕果" and article.lead == lead
        assert article.byline.reporters == ["孙希明"], text
        assert article.byline.lines == [credit], text  # as printed, nothing added around it
    # a name run into the text is no credit to split off
    glued = parse_text(f"某镇新闻\n本报记者 孙希明{lead}\n")
    assert glued.lead.startswith("本报记者")


def test_a_papers_boxed_authors_are_the_byline_not_the_title() -> None:
    text = "村集体经济发展关系到乡村振兴战略实施的成效，关系到全体人民共同富裕的实现。"
    unit = "（中共某县委党校，浙江 衢州 324401）"
    article = parse_text(f"□叶 菡，彭俊涛，陈泽侠，王 旭\n{unit}\n{text}\n")
    assert article.title is None and article.lead == text
    assert article.byline.author == "叶菡、彭俊涛、陈泽侠、王旭"
    # (a journal's ◎ before its writer, a page saved without the title)
    marked = parse_text(f"◎陈柳钦\n{text}\n{text}\n")
    assert marked.title is None and marked.byline.author == "陈柳钦" and marked.lead == text
    # a box before a wire's reporters, their names run onto their post, is their credit
    wire = "□新华社记者许仕豪 李丽 罗羽 蒋成"
    caption = "7月1日，人们在贵州“村超”足球赛场旁的集市游玩。新华社记者杨文斌 摄"
    top = "村赛火爆的“幕后人”\n——基层党员在乡村振兴中的创新实践\n时间:2023年07月05日 来源:桂林日报"
    item = parse_text(f"{top}\n{caption}\n{wire}\n{text}\n{text}\n")
    assert item.byline.reporters == ["许仕豪", "李丽", "罗羽", "蒋成"] and item.lead == text


def test_an_outlet_naming_its_parent_site_credits_its_reporter_before_the_lead() -> None:
    article = parse_text(
        "党员联户 三色管理\n浙江在线-兰溪新闻网（记者杨一之） 今天，兰溪市诸葛镇万田村召开"
        "党员大会，部署党员联户工作，全村党员参加。\n"
    )
    assert article.lead.startswith("今天，兰溪市")
    assert article.byline.outlet == "浙江在线-兰溪新闻网"
    assert article.byline.reporters == ["杨一之"]


@pytest.mark.parametrize("mark", ["、", ".", "．", " ", "\u3000"])
def test_a_first_level_number_may_be_marked_by_a_stop_or_a_space(mark: str) -> None:
    paragraph = (
        "乡村治理是国家治理的基石，当前农村社会结构深刻变化，乡村治理面临许多新情况新问题，"
        "需要在实践中不断探索创新。"
    )
    article = parse_text(
        f"乡村治理现代化的路径探析\n{paragraph}\n一{mark}乡村治理的新形势\n{paragraph}\n"
        f"二{mark}乡村治理的新路径\n{paragraph}\n"
    )
    assert [(s.level, s.style, s.header) for s in article.sections] == [
        (1, "numbered", "乡村治理的新形势"),
        (1, "numbered", "乡村治理的新路径"),
    ]
    assert article.title == "乡村治理现代化的路径探析"


def test_a_site_s_frame_is_no_part_of_the_article() -> None:
    body = (
        "近年来，某县坚持党建引领，推动村级集体经济发展壮大，全县村集体经济收入全部超过10万元。\n"
        "一、建强组织\n选优配强村党组织书记，全县调整不胜任书记23名，村干部队伍结构明显优化。\n"
        "二、壮大产业\n发展特色种养和乡村旅游，带动群众增收致富，群众满意度不断提高。\n"
    )
    article = parse_text(
        "某某县人民政府网\n2023-05-06 10:20:31 来源：某某县人民政府 作者：张三\n"
        "抓党建促集体经济发展\n郑华萍 朱 伟\n"
        f"{body}【关闭窗口】\n上一篇：某村召开党员大会\n下一篇：某镇开展主题党日活动\n"
    )
    assert article.title == "抓党建促集体经济发展"
    assert "郑华萍 朱 伟" in article.furniture  # its authors, spaced out to a name's width
    assert [s.printed_header for s in article.sections] == ["一、建强组织", "二、壮大产业"]
    assert "上一篇：某村召开党员大会" in article.furniture


def test_a_hard_wrapped_page_does_not_run_its_fields_line_into_the_title() -> None:
    fields = "2023-05-06 10:20:31 来源：某某县融媒体中心 作者：张三"  # as wide as the wrap
    paragraph = (
        "现在开会，今天我们在这里召开全县易地搬迁后续工作推进会议，主要任务是深入贯彻落实中央和"
        "省、市关于易地搬迁工作的决策部署，总结我县易地搬迁后半篇文章推进情况，分析当前面临的形势"
        "与挑战，安排部署下一阶段重点工作，推动搬迁群众从搬得出向稳得住、融入快、能致富全面迈进。"
    )
    lines = [fields, "在全县易地搬迁后续工作推进会议上的讲话", "同志们："]
    lines += wrapped_at(52, paragraph * 2)
    article = parse_text("\n".join(lines) + "\n")
    assert article.title == "在全县易地搬迁后续工作推进会议上的讲话"
    assert fields in article.furniture


LONG_LEAD = (
    "近年来，某县坚持以党建引领乡村振兴，把发展壮大村级集体经济作为抓党建促乡村振兴的重要抓手，"
    "因村施策、分类指导，全县村级集体经济收入全部达到10万元以上，群众获得感明显增强。"
)
LONG_TEXT = (
    "“这里是田园观光区、沿河游乐区、水产养殖区……”在柳沟村，村党支部书记指着规划图介绍。"
    "近年来，村里盘活闲置土地，引进农业企业，建成采摘园和民宿，带动村民在家门口就业。"
)


def test_a_lone_line_between_the_lead_and_a_long_paragraph_heads_what_follows() -> None:
    # a page that stopped after its first section: the header's text on both sides is the
    # lead before it and a paragraph after it
    article = parse_text(f"某县抓党建促乡村振兴见闻\n{LONG_LEAD}\n探索民富村强的路径\n{LONG_TEXT}")
    assert headers(article) == [(1, "line", "探索民富村强的路径")]
    assert article.lead == LONG_LEAD


def test_a_lone_line_after_a_news_leads_one_long_sentence_heads_what_follows() -> None:
    lead = (
        "2023年某省抓党建促乡村振兴交出了什么样的成绩单？"
        "记者在某省自西向东一路采访，一个个产业兴、生活美、乡村治的样本扑面而来。"
    )
    assert 60 <= len(lead) < 80
    article = parse_text(f"某省抓党建促乡村振兴见闻\n{lead}\n探索民富村强的路径\n{LONG_TEXT}")
    assert headers(article) == [(1, "line", "探索民富村强的路径")]


def test_a_lone_line_after_a_short_lead_heads_nothing() -> None:
    short_lead = LONG_LEAD[:40]
    article = parse_text(f"某县抓党建促乡村振兴见闻\n{short_lead}\n探索民富村强的路径\n{LONG_TEXT}")
    assert article.sections == []


@pytest.mark.parametrize("tag", ["", " 【演讲稿】", "（完整文档）"])
def test_the_title_printed_again_is_page_furniture(tag: str) -> None:
    # (范文 sites print the title again further down, with or without the site's tag)
    title = "在美丽乡村建设工作会上的讲话"
    text = f"{title}\n{LONG_LEAD}\n{title}{tag}\n{LONG_TEXT}"
    article = parse_text(text)
    assert article.sections == []
    assert f"{title}{tag}" in article.furniture


def _placed_share(text: str) -> float:
    return next((e.value for e in evidence(parse_text(text)) if e.feature == "placed_text"), 0.0)


def test_how_much_of_the_text_names_places_is_form_evidence() -> None:
    general = (
        "乡村振兴关键在人\n"
        "乡村振兴，关键在人。没有一支懂农业、爱农村、爱农民的干部队伍，振兴就无从谈起。\n"
        "人才从哪里来？既要培育本土人才，也要引导各类人才返乡创业，让人才留得住、用得好。\n"
    )
    assert _placed_share(general) == 0.0
    placed = (
        "某县抓党建促乡村振兴\n"
        "近年来，船营区坚持党建引领，推动村级集体经济发展壮大，群众收入稳步增加。\n"
        "搜登站镇依托区位优势，建设蔬菜基地，带动农户种植增收。\n"
        "各村党组织书记带头领办合作社，把分散的土地流转起来统一经营。\n"
    )
    assert 0.5 <= _placed_share(placed) < 1.0
    # (a study's method tells a report from an argument)
    study = "关于农村党员队伍建设的思考\n本文利用2023年某市的统计数据，实证检验积分制管理的效果。\n"
    assert "empirical" in _features(study)
    assert "empirical" not in _features(general)


def test_ordinal_points_run_into_an_abstract_stay_in_it_and_its_keywords_are_no_lead() -> None:
    # a journal page that stops at its keywords: the abstract's findings (`研究发现：第一，…。
    # 第二，…`) run in its text, and the keywords under it are the journal's note, not the lead
    abstract = (
        "本研究采用混合研究方法，综合运用深度访谈与问卷调查。研究发现：第一，党建引领通过组织赋能、"
        "治理协同、价值引领三大机制，系统驱动乡村全面振兴。第二，乡村振兴实践通过能力锤炼、"
        "合法性增进两大机制，持续反哺基层党建。"
    )
    keywords = "关键词：党建引领；乡村振兴；双向赋能"
    article = parse_text(f"党建与乡村振兴的互动关系研究\n摘要\n{abstract}\n{keywords}\n")
    assert article.epigraph == abstract
    assert article.lead is None
    assert keywords in article.furniture
    # a series whose first point opens a paragraph of its own is split as before
    points = parse_text(
        "某县抓党建促乡村振兴的启示\n近年来，某县坚持党建引领，乡村面貌焕然一新。\n"
        "第一，必须坚持党的领导，把方向、谋大局。第二，必须坚持群众路线，问需于民。\n"
    )
    assert [s.printed_header[:3] for s in points.sections] == ["第一，", "第二，"]


def test_a_page_that_spaces_its_punctuation_lost_no_breaks_to_its_spaces() -> None:
    # (journal mirrors set a space after each mark and around book titles and quotations)
    text = (
        "在 《乡土中国》 的开篇， 费孝通先生写道： 从基层上看去， 中国的基层社会是乡土性的。"
        "党的十九届五中全会提出要将 “社会治理特别是基层治理水平明显提高” 作为新时期的经济社会"
        "发展目标。 在不断探索基层社会治理方式的过程中， 网格化治理作为城乡社区治理的有益探索， "
        "迎合了国家推动社会治理重心向基层下移的转变， 受到地方政府的青睐。 网格化治理模式首先在"
        "城市中得到应用与推广， 近年来也被逐渐应用到乡村的社会治理中。"
    )
    article = parse_text(f"新乡贤参与乡村网格化治理的内在机理与路径研究\n丁梦琪 程雯雯\n{text}\n")
    assert article.title == "新乡贤参与乡村网格化治理的内在机理与路径研究"
    assert article.lead == text


def test_the_title_printed_again_at_the_start_of_the_text_is_furniture() -> None:
    lead = "3月6日，总书记出席决战决胜脱贫攻坚座谈会并发表重要讲话，对基层扶贫干部提出殷切期望。"
    title = "基层干部学习决胜脱贫攻坚座谈会心得体会"
    article = parse_text(f"[{title}]\n{title} {lead}\n")
    assert article.lead == lead
    # run into the first part's header, on a document site's preview under its page labels
    pages = f"{title}_第1页\n{title}_第2页\n"
    speech = parse_text(f"{pages}{title}一.提高认识\n{lead}\n二.狠抓落实\n{lead}\n")
    assert [s.header for s in speech.sections] == ["提高认识", "狠抓落实"]


@pytest.mark.parametrize(
    "note",
    [
        "本文原刊于《行政论坛》2025年第3期，注释已略，如需引用请核对期刊原文。",
        "文章来源：《经济纵横》2022年第12期。",  # the journal's issue named as the source
    ],
)
def test_a_reprint_note_above_an_abstract_is_the_journals_note(note: str) -> None:
    lead = "城乡关系是影响我国各项事业发展的重要关系之一，城乡融合发展形态也会更为特殊。"
    article = parse_text(
        "作者简介：叶某，某大学教授，从事城乡基层治理研究。\n"
        f"{note}\n摘要：城乡关系是影响我国各项事业发展的重要关系之一。对于人地关系更为紧张的地区，"
        "城乡关系必然更加紧密。研究发现，超大城市郊区城乡融合发展新形态的逐步成型来自一系列政策"
        "“组合拳”的体系化打造，包括规划引领与空间治理、乡村建设与综合帮扶。\n"
        f"关键词：城乡治理；城乡融合发展；超大城市郊区\n{lead}\n"
    )
    assert note in article.furniture and article.furniture[0].startswith("作者简介")
    assert article.epigraph.startswith("城乡关系是影响我国各项事业发展的重要关系之一。对于")
    assert article.lead == lead
    # (a newspaper named as the source is a news page's metadata, not a journal's note)
    from drafter.parse.paper import is_paper_note

    assert not is_paper_note("来源：《人民日报》（2023年05月06日 07 版）")


def test_a_part_label_spaced_out_is_a_header_not_the_title() -> None:
    text = (
        "当前我国正处于新时代中国特色社会主义发展大好时机，全面落实好党和国家的各项方针政策，"
        "将直接有利于乡村的长久发展。"
    )
    front = "乡村振兴战略中基层党组织建设初探\n刘某某 徐 飞\n"
    article = parse_text(f"{front}引 言\n{text}\n结 语\n{text}\n")
    assert article.title == "乡村振兴战略中基层党组织建设初探"
    assert [s.header for s in article.sections] == ["引 言", "结 语"]


@pytest.mark.parametrize(
    "line",
    [
        "罗丽梅，自正发，江 宇",  # a paper's authors, one name the tagger does not know
        "王 毅，祝喜正，谢 颖，毛慧颖，李培琴，周 易",  # six of them, some spaced to width
        "王伟进 许亚敏 关棋月",  # between spaces
        "刘朵朵（东北大学文法学院，辽宁沈阳 110169）",  # an author and her affiliation
        "1.中共某某市委党校科研处;2.某某中心医院医学工程科",  # the authors' numbered units
        "奔 腾 摄影/孔令琳",  # a picture's name and its photographer
        "潘刚.黑龙江省乡村治理路径选择及对策研究[J].中国乡村发现，2025,(03):72-77.",  # a citation
        "张某主编《乡村治理研究报告》，社会科学文献出版社，2024，第20~35页。",  # a chapter's
    ],
)
def test_a_pages_first_line_of_names_credits_or_citation_is_no_title(line: str) -> None:
    text = (
        "乡村治理是国家治理的基石，也是乡村振兴的重要内容。近年来，各地探索党建引领乡村治理的"
        "有效路径，形成了一批可复制可推广的经验。"
    )
    article = parse_text(f"{line}\n{text}\n")
    assert article.title is None
    assert article.lead == text


def test_an_authors_name_after_the_title_on_its_line_is_the_byline() -> None:
    text = "40年，在人类历史的长河中，只不过是一朵跃动的浪花。然而，在曹甸镇，党员冬训年年不断。"
    for page in (f"难忘的40年党员冬训 郝立良\n{text}\n", f"难忘的40年党员冬训 郝立良 {text * 5}"):
        article = parse_text(page)
        assert (article.title, article.byline.author) == ("难忘的40年党员冬训", "郝立良")
        assert article.lead.startswith("40年，在人类历史")
    # a title's second phrase is no name, nor a word that completes the first
    for title in ("抓党建 促振兴", "乡村振兴路上的 金扁担"):
        article = parse_text(f"{title}\n{text}\n")
        assert (article.title, article.byline.author) == (title, None)
    # or run onto the title's last word, the break lost; not a word (`…范文`, `…“城归”庄主`)
    for title, author in (
        ("角色冲突视角下农村党组织软弱涣散问题研究", "张可翔"),
        ("做让总书记放心的“领头雁”", "陈秀艳"),
        ("新时代我国推进乡村振兴战略的对策探析*", "王 金"),
    ):
        article = parse_text(f"{title}{author}\n{text}\n")
        assert (article.title, article.byline.author) == (title, author)
    for title in ("关于农村基层组织建设的调研报告范文", "美丽乡村里的“城归”庄主"):
        assert parse_text(f"{title}\n{text}\n").title == title


def test_words_between_commas_are_no_names() -> None:
    from drafter.parse.byline import person_names

    assert person_names("产业兴，生态美，百姓富") is None
    assert person_names("党建 引领 振兴") is None
    # nor is a title with its authors' body in brackets an affiliation
    title = "乡村振兴战略研究（某大学课题组）"
    text = "乡村振兴是一项长期任务，需要久久为功、持续用力。" * 2
    assert parse_text(f"{title}\n{text}\n").title == title


def test_paragraphs_in_a_row_opening_alike_on_short_sentences_are_sentence_headers() -> None:
    # four short one-clause openings in a row, beside a later paragraph whose two-clause first
    # sentence would otherwise outrank them
    body = "谁家屋顶漏雨，哪块田垄塌方，都是要记在心里的事。他的笔记本永远带着泥土味。"
    page = "\n".join(
        [
            "村支书老陈",
            "天刚泛白，老陈的电动车已经碾过露水浸润的田埂，开始了一天的走访。",
            f"要当好乡亲们的“活账本”。{body}",
            f"要当党支部的“定盘星”。{body}",
            f"要当致富路的“破冰船”。{body}",
            f"要当矛盾窝的“解扣人”。{body}",
            "离任那天，老陈把接力棒交给下一任书记。移交清单上写满了各家各户的情况。",
        ]
    )
    assert [s.header for s in parse_text(page).sections] == [
        "要当好乡亲们的“活账本”。",
        "要当党支部的“定盘星”。",
        "要当致富路的“破冰船”。",
        "要当矛盾窝的“解扣人”。",
    ]
    # two such paragraphs are no series
    two = "\n".join(page.split("\n")[:4] + page.split("\n")[-1:])
    assert parse_text(two).sections == []


def test_a_wire_story_names_its_title_and_reporter_on_the_datelines_line() -> None:
    lead = "“咚咚咚，咚咚锵……”还没走进客岭村，记者就被一阵锣鼓声吸引。村锣鼓队正在文体活动室排练。"
    wire = "新华社济南6月2日电题：支部书记成了“自己人”  新华社记者王阳  "
    article = parse_text(f"支部书记成了“自己人”\n{wire}{lead}\n")
    assert article.dateline == "新华社济南6月2日电"
    assert article.lead == lead
    assert article.byline.reporters == ["王阳"]
    assert "题：支部书记成了“自己人”" in article.furniture


@pytest.mark.parametrize(
    "credit",
    [
        "（记者邓静 通讯员王树健）",
        "（记者邓静通讯员王树健）",
        "（德州 记者邓静 通讯员王树健）",  # the place they write from first
        "（德州日报记者 邓静 通讯员 王树健）",  # under their paper's name
        "德州网（德州日报网）讯（记者邓静 通讯员王树健）",  # an outlet with its other name
        "德州新闻网讯 记者 邓静 通讯员 王树健 报道  ",  # or spaces apart, unbracketed
    ],
)
def test_the_writers_in_brackets_opening_a_news_lead_are_its_byline(credit: str) -> None:
    lead = "近日，德州市乡村振兴公务员培训基地揭牌，50名基层公务员参加首期培训班。"
    article = parse_text(f"德州市乡村振兴公务员培训基地揭牌\n{credit}{lead}\n")
    assert article.lead == lead
    assert (article.byline.reporters, article.byline.correspondents) == (["邓静"], ["王树健"])
    assert article.form == "news"
    if credit.startswith("（德州 "):  # (nothing of the page is lost: the place is set aside)
        assert "德州" in article.furniture


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("国际在线吉林频道报道（姜彦艳）：", "国际在线吉林频道报道"),
        ("四川党建之声消息（周其勇）", "四川党建之声消息"),
    ],
)
def test_an_outlets_report_or_message_before_its_writer_is_the_dateline(
    opening: str, dateline: str
) -> None:
    lead = "近日，延吉市朝阳川镇太东村党支部活动室变成“党爱超市”，村民用积分兑换商品。"
    article = parse_text(
        f"延吉市建“党爱超市”村民积分换商品\n中央广电总台国际在线  2018-09-10 17:00:22\n"
        f"{opening}{lead}\n"
    )
    assert (article.title, article.dateline, article.lead) == (
        "延吉市建“党爱超市”村民积分换商品",
        dateline,
        lead,
    )
    # (a sentence that opens on the words is no dateline: nothing in brackets follows)
    told = "好消息传来，太东村党支部活动室变成“党爱超市”，村民用积分兑换商品。"
    assert parse_text(f"延吉市建“党爱超市”\n{told}\n").lead == told


def test_a_journals_note_on_how_to_cite_it_is_no_lead() -> None:
    text = "村企合作是实现乡村振兴的重要路径。近年来，各地探索村企合作推动共同富裕的有效模式。"
    article = parse_text(
        "基于村企合作模式的山区共同富裕路径探究\n"
        "摘要：村企合作是实现乡村振兴的重要路径。本文以57个村为例，分析村企合作的实践路径，"
        "提出对策建议，为山区共同富裕提供参考。本文采用案例分析与实地调研相结合的方法。\n"
        "文章引用：邵某，洪某。基于村企合作模式的山区共同富裕路径探究。现代管理，2025，15(9)：1-8。\n"
        f"{text}\n"
    )
    assert article.lead == text
    assert any(line.startswith("文章引用") for line in article.furniture)


def test_a_reading_guide_glued_to_its_label_stands_before_the_story() -> None:
    guide = "导读：2023年5月，一纸任命让他换了身份，从90后青年教师到驻村书记，来到了周家寨村。"
    lead = "今天，“百村百赞”活动组委会秘书处采访到了周家寨村驻村第一书记张国远。"
    article = parse_text(f"走进基层 聆听青春奋斗之声\n{guide}\n{lead}\n")
    assert article.epigraph == guide
    assert article.lead == lead


@pytest.mark.parametrize("label", ["编者按", "【编者按】", "开栏的话", "编者的话"])
def test_an_editors_note_under_its_label_on_a_line_of_its_own_is_the_epigraph(label: str) -> None:
    note = (
        "自推进乡村振兴工作以来，各级驻村干部扎根基层一线，推动乡村治理、产业发展不断取得新成效。"
        "本报今起开设专栏，讲述他们的故事。"
    )
    lead = "去年此时，我挥别校园，骑着摩托穿越青山绿水，扎根于瓦房村。村里路不好走，我一户户地走。"
    article = parse_text(f"驻村日记：山野里的答卷\n{label}\n{note}\n{lead}\n")
    assert (article.title, article.epigraph, article.lead) == ("驻村日记：山野里的答卷", note, lead)
    assert label in article.furniture
    # without the title above, the label is still no title
    assert parse_text(f"{label}\n{note}\n{lead}\n").title is None


def test_paragraphs_down_to_the_one_announcing_the_column_are_the_editor_s_note() -> None:
    preface = "以示范点建设为契机，某县积极打造一批建设规范、特色鲜明的党建示范点样板。"
    series = "近期，“某县发布”公众号对各示范点进行分期展播，本期展播的是兴四村。"
    lead = "兴四村党支部坚持以抓党建促发展，带领群众走上致富路。"
    title = "“四民共创”推进乡村振兴"
    article = parse_text(f"{title}\n{preface}\n{series}\n{lead}\n村里的变化有目共睹。\n")
    assert article.epigraph == f"{preface}\n{series}" and article.lead == lead
    # a series announced under the note's label joins the note
    first = "作为纪念建党周年报道的一部分，本报推出“走进基层党组织”系列报道。"
    today = "今天推出系列报道的第一篇。"
    labelled = parse_text(f"{title}\n编者按：\n{preface}\n{first}\n{today}\n{lead}\n")
    assert labelled.epigraph == f"{preface}\n{first}\n{today}" and labelled.lead == lead
    # a county that opens a column is the story, and the note stops at the first header
    news = "近日，某县融媒体中心开设“乡村振兴”专栏，讲述驻村干部的故事。"
    assert parse_text(f"某县开设专栏\n{news}\n{lead}\n").lead == news
    headed = parse_text(f"{title}\n{preface}\n一、建强堡垒\n{series}\n{lead}\n")
    assert headed.epigraph is None and headed.lead == preface
    # a note stands in the first paragraph or two; further down, a town's own account is a
    # means of its work (`通过“卓美周村”公众号专栏展播…`)
    aim = "为深入贯彻上级部署要求，某镇以“美丽庭院”创建工作为抓手，带动人居环境整体提升。"
    first = "提升政治站位，工作机制健全有效。某镇把美丽庭院示范创建摆在突出位置强力推进。"
    shown = "强化宣传引导，浓厚氛围提质增效。通过“卓美周村”公众号专栏展播等方式展示美丽庭院。"
    third = "组织观摩评比，示范引领再掀热潮。充分发挥评比“指挥棒”作用，评选美丽庭院示范户。"
    town = parse_text(f"某镇美丽庭院创建工作\n{aim}\n{first}\n{shown}\n{third}\n")
    assert town.epigraph is None and town.lead == aim


def test_points_a_colon_opens_inside_a_paragraph_run_in_its_text() -> None:
    said = (
        "镇党委书记就做好党建工作作了强调：一、要深刻认识全面从严治党的重大意义。"
        "二、要认真查找薄弱环节，以务实举措整改落实。三、要牢牢把握关键和重点。"
        "四、要全面落实政治责任，为跨越发展提供坚强组织保障。"
    )
    lead = "11月1日上午，某镇召开党建工作会议，各村党支部书记参加会议。"
    article = parse_text(f"某镇召开党建工作会议\n{lead}\n{said}\n")
    assert article.sections == [] and article.paragraphs == [said]
    # so do ordinal points, three and more
    found = said
    for numeral in "一二三四":
        found = found.replace(f"{numeral}、", f"第{numeral}，")
    assert parse_text(f"某镇召开党建工作会议\n{lead}\n{found}\n").sections == []
    # under `如下：` the points are the parts of the text
    report = (
        "现将有关情况汇报如下：一、基本情况全镇共有村党组织十二个，党员六百余名，"
        "村级集体经济收入全部超过十万元。二、存在问题部分村党组织书记年龄偏大，后继乏人。"
    )
    parts = parse_text(f"某镇基层党建工作情况汇报\n{report}\n")
    assert [s.number for s in parts.sections] == ["一", "二"]


@pytest.mark.parametrize("titled", [True, False])
def test_what_the_piece_won_noted_in_brackets_is_no_title(titled: bool) -> None:
    note = "（获2015年度全省组织工作调研成果二等奖）"
    lead = "农村基层党组织是党在农村全部工作的组织基础，基础不牢，地动山摇。今年我们开展了调研。"
    title = "关于农村基层党组织规范化建设的调研报告\n" if titled else "时间：2016-11-23 来源：\n"
    article = parse_text(f"{title}{note}\n{lead}\n")
    assert article.title == (title.strip() if titled else None)
    assert note in article.furniture and article.lead == lead


def test_on_a_page_that_lost_its_breaks_a_spaced_1_after_a_line_header_opens_a_sub_header() -> None:
    first = "建立健全党组织，发挥党员先锋模范作用，加强党风廉政建设，营造风清气正的政治生态。"
    second = "发展特色产业，提高农业附加值，培育新型农业经营主体，推动农村产业融合发展。"
    page = (  # (a long line: a short one lost no breaks to spaces)
        "乡村书记的实践探索 乡村振兴战略是新时代农村发展的重大决策部署，乡村书记的作用至关重要。"
        f" 书记的实践探索 1. 强化党建引领 {first * 2} 2. 推动产业发展 {second * 2}"
    )
    found = [s.printed_header for s in parse_text(page).all_sections()]
    assert found[-2:] == ["1.强化党建引领", "2.推动产业发展"]
    # a unit's postcode before the next unit's number is no header's end
    units = "（1.某大学 马克思主义学院，陕西 西安 710126 2.某大学 通信工程学院，陕西 西安 710126）"
    assert parse_text(f"王艳 丁睿\n{units}\n{first}\n").sections == []


def test_a_page_on_one_line_ends_its_numbered_headers_at_sub_points_bullets_and_dates() -> None:
    """What stood on lines of their own before the page lost its breaks to spaces: a `(1)`
    sub-point, a bullet, a decimal part after a sentence; a text opening on its date or after a
    header that ends on a colon; and a wrapped text, whose wraps left spaces in it too."""
    point = "甘州县对村庄建设进行科学规划，编制了村庄规划，明确了布局、产业和公共服务的发展方向。"
    page = (
        f"乡村振兴实施方案的实践与思考 {_FLAT_BODY} 一、实施路径与主要措施 1. 改善农村人居环境 "
        f"(1)村庄规划 {point} 2. 乡村振兴的背景 • 国家层面：{point} • 地方层面：{point} "
        f"二、线上调查、明确方向 7月21日，团队成员利用社交软件发放调研问卷，{point} "
        f"三、扶贫工作的过程 工作队首先深入贫困地区，{point} 1.1 实地考察 {point} "
        f"1.2 与村民交流 {point} 四、下面我先作个自我介绍： 我叫张明，大学文化，{point} "
        "五、深刻把握沂蒙精神形成与发展的理论逻辑 马克思主义认为，人民群众是历史的创造者，是历史"
        f"发展和 社会进步的主体力量，{point}"
    )
    headers = [s.printed_header for s in parse_text(page).all_sections()]
    assert headers == [
        "一、实施路径与主要措施",
        "1.改善农村人居环境",
        "2.乡村振兴的背景",
        "二、线上调查、明确方向",
        "三、扶贫工作的过程",
        "1.1实地考察",
        "1.2与村民交流",
        "四、下面我先作个自我介绍：",
        "五、深刻把握沂蒙精神形成与发展的理论逻辑",
    ]
    # a header of two phrases still holds its space: the words after it hold no clause
    spaced = parse_text(
        f"乡村振兴实施方案 {_FLAT_BODY} 一、肯定成绩 正视差距 {point} 二、突出重点 精准施策 {point}"
    )
    assert [s.printed_header for s in spaced.sections] == [
        "一、肯定成绩 正视差距",
        "二、突出重点 精准施策",
    ]


@pytest.mark.parametrize(
    "fields",
    [
        "日期:01-19 在板材生产车间内,自动化机器正在对木板进行加工、打磨。",  # a caption under them
        "来源:  投稿人:佚名   浏览次数:",
        "标签: #乡镇 #讲话",
    ],
)
def test_a_page_on_one_line_ends_its_title_at_the_fields_a_space_after_it(fields: str) -> None:
    title = "党建引领聚合力“三链”融合绘新篇"
    article = parse_text(f"{title} {fields} {_FLAT_BODY} 一、基本情况 {_FLAT_BODY}")
    assert article.title == title
    assert article.lead.startswith("乡村振兴的战略目标")
    # (a line of the page's tags under its title is the page's too)
    tagged = parse_text(f"{title}\n标签：#乡镇 #讲话\n{_FLAT_BODY}")
    assert (tagged.title, tagged.furniture) == (title, ["标签：#乡镇 #讲话"])


def test_a_numbered_header_run_onto_text_the_page_cut_off_in_its_first_sentence() -> None:
    opening = (
        "今天召开全县第一书记工作会议，主要任务是总结工作、交流经验、部署任务。刚才，几位第一书记"
        "作了很好的发言，讲得实在，我都同意。一年来，各位第一书记扎根基层、真抓实干，为推进乡村"
        "振兴作出了积极贡献。希望大家再接再厉，把驻村工作做好、做实、做出成效。借此机会，我和大家"
        "交流四点想法。"
    )
    cut = "选派第一书记驻村帮扶，是党中央推进乡村振兴的重大决策部署，具有十分重要的政治意义和现实"
    header = "一、认清出发点，明白为什么下去"
    article = parse_text(f"在全县第一书记工作会议上的讲话 同志们： {opening} {header} {cut}")
    assert [s.printed_header for s in article.sections] == ["一、认清出发点，明白为什么下去"]
    assert article.sections[0].paragraphs == [cut]
    # without a clause going on, the words after the space are a list's, not a text
    listed = "一、五个振兴 产业振兴 人才振兴 文化振兴 生态振兴 组织振兴 协同推进 统筹实施 整体谋划"
    flat = parse_text(f"在全县第一书记工作会议上的讲话 同志们： {opening} {listed}")
    assert [s.printed_header for s in flat.sections] != ["一、五个振兴"]


def test_a_title_glued_to_the_text_is_looked_for_above_the_text_only() -> None:
    # a long paragraph further down opening on two phrases apart is no title run into its text
    text = "某县位于乌蒙山区。" + "近年来，某县坚持党建引领，推动乡村振兴取得明显成效。" * 3
    body = "以高质量党建夯实乡村振兴基础，构建县乡村三级作战体系。" * 8
    opening = "坚持党建驱动 筑牢乡村振兴主心骨。"
    article = parse_text(f"某县：党建引领乡村振兴\n{text}\n{opening}{body}\n")
    assert "坚持党建驱动" not in [s.header for s in article.all_sections()]
    assert article.paragraphs[0].startswith(opening)


def test_sentence_headers_of_two_phrases_apart() -> None:
    body = "以高质量党建夯实乡村振兴基础，构建县乡村三级作战体系。"
    article = parse_text(
        "织金县：党建引领乡村振兴\n织金县位于贵州中部偏西，乡村振兴取得明显成效。\n"
        f"坚持党建驱动 筑牢乡村振兴主心骨。{body}\n坚持产业联动 强化乡村振兴支撑力。{body}\n"
    )
    assert [s.header for s in article.sections] == [
        "坚持党建驱动 筑牢乡村振兴主心骨。",
        "坚持产业联动 强化乡村振兴支撑力。",
    ]


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        ("中共嘉兴市委组织部", "unit", "中共嘉兴市委组织部"),  # an office alone above the text
        ("文_刘宝东", "author", "刘宝东"),  # a writer's credit, an underscore for its slash
    ],
)
def test_a_credit_alone_above_the_text_is_the_byline_not_the_title(
    line: str, field: str, value: str
) -> None:
    lead = "党员联系服务群众工作，是践行党的宗旨的具体体现。近年来，嘉兴市推行了“一联三会”制度。"
    article = parse_text(f"{line}\n{lead}\n")
    assert article.title is None
    assert getattr(article.byline, field) == value
    assert article.lead == lead
    # a headline that names an office and what it did is a title
    assert parse_text(f"嘉兴市委组织部推行“一联三会”制度\n{lead}\n").title is not None


@pytest.mark.parametrize("header", ["一、基本情况介绍", "一、黑龙江省乡村治理现状分析"])
def test_a_parts_header_ending_past_the_parts_name_is_kept_whole(header: str) -> None:
    text = "茶园乡是兴国有名的红薯干之乡，红薯干产业是农民增收致富的重要渠道。"
    title = "关于茶园乡产业发展的调研报告"
    article = parse_text(f"{title}\n{text}\n{header}\n{text}\n二、存在的问题\n{text}\n")
    assert [s.printed_header for s in article.sections] == [header, "二、存在的问题"]


def test_a_line_of_three_labelled_fields_is_metadata_whatever_marks_stray_into_it() -> None:
    fields = "[ 作者：李勇华？汪燕青？  文章来源：中国乡村发现  点击数： 更新时间：2016-05-23 ]"
    text = "村干部“公职化”不是指把村干部变为公务员，而是把公务员管理的某些做法移植到村干部管理上。"
    article = parse_text(f"村干部公职化对村民自治的实际影响\n{fields}\n{text}\n")
    assert fields in article.furniture
    assert article.lead == text


def test_the_authors_and_their_posts_run_into_the_text_are_not_its_lead() -> None:
    text = "脱贫攻坚战的全面胜利，标志着我们党在实现共同富裕的道路上迈出了坚实的一大步。"
    who = "卫志民 吴茜（北京师范大学政府管理学院教授；北京师范大学政府管理学院博士研究生） "
    article = parse_text(f"{who}{text}\n一、理论分析框架\n{text}\n")
    assert article.lead == text
    assert who.strip() in article.furniture


def test_points_run_into_a_paragraph_keep_the_paragraphs_own_text() -> None:
    from drafter.parse.segment import split_glued

    line = "研究发现：第一，党建引领驱动乡村振兴。 第二，乡村振兴反哺基层党建。本研究揭示其互动。"
    assert split_glued(line) == [line]


def test_a_labelled_outline_goes_whole_with_its_measures_up_to_its_dots() -> None:
    # (a 范文 site's outline lists a speech's `一是` points under its headers; the stored page
    # stops before the speech reaches them)
    outline = (
        "目录/提纲：……\n一、肯定成绩、正视问题，切实增强责任感和紧迫感\n一是工作进展不均衡\n"
        "二是资金整合不足\n二、明确目标、突出重点，全力推动行动取得新突破\n（一）持续推进基础设施建设\n"
        "一是加强农村交通设施建设\n……\n"
    )
    article = parse_text(
        outline + "在全州农村面貌改善行动推进会议上的讲话\n同志们：\n"
        "今天，我们在这里召开全州农村面貌改善行动推进会议，主要任务是总结前期工作情况。\n"
        "全州上下认真贯彻落实党中央决策部署，农村面貌改善行动取得了阶段性成效。\n"
    )
    assert article.title == "在全州农村面貌改善行动推进会议上的讲话"
    assert all(line in article.furniture for line in outline.split())
    assert not article.sections
    assert article.lead is not None and article.lead.startswith("今天，我们在这里")


def test_a_copy_button_and_a_sharing_label_are_furniture_where_they_stand() -> None:
    lead = "今天，是一个让我们非常高兴而又非常伤感的日子。在我镇挂职的某书记圆满完成了挂职任务。"
    speech = parse_text(f"某书记在欢送挂职干部会议上的致辞\n正文复制\n同志们：\n{lead}\n")
    assert speech.title == "某书记在欢送挂职干部会议上的致辞" and "正文复制" in speech.furniture
    assert speech.lead == lead
    peg = "9月1日，新华社受权播发中共中央近日印发的《中国共产党农村工作条例》，这是首次专门制定。"
    news = parse_text(
        "海外网评：史上首次！中国农村工作有了党内法规\n来源：海外网   日期：2019-09-02\n分享：\n"
        f"{peg}\n这部条例把党管农村工作的总体要求细化成具体的规定，实现了有章可循、有法可依。\n"
    )
    assert "分享：" in news.furniture and news.lead == peg


def test_paragraphs_in_a_row_opening_on_short_definitions_are_sentence_headers() -> None:
    # `A是B。` three times in a row: the point and what it is; a narrative `这是…` run is not
    body = "要吃透政策精神，把握监测范围、对象和程序，确保政策精神直达基层，执行中不走样。"
    header = "聚焦精准识别，确保监测对象“应纳尽纳”"
    lead = "精准识别是动态监测的生命线，核心在于依据政策标准，全面覆盖，找准风险户，打好基础。"
    points = ["政策理解是关键前提。", "覆盖全面是核心要求。", "实事求是是重要原则。"]
    title = "防止返贫动态监测的实践路径"
    page = "\n".join([title, lead, header, lead, *(p + body for p in points)])
    assert [s.header for s in parse_text(page).all_sections()] == [header, *points]
    told = ["这是第一次。", "那是一个冬天。", "他就是老陈。"]
    story = "\n".join(["村支书老陈", lead, *(p + body for p in told)])
    assert parse_text(story).sections == []


def test_a_journal_sites_widgets_and_message_board_are_no_headers() -> None:
    text = "村党组织书记“一肩挑”是农村基层组织在乡村治理实践中的创新之举，实践中仍有执行梗阻。"
    article = parse_text(
        "新时代村党组织书记“一肩挑”的实践路径\n"
        f"• 中图分类号： D267.2\n{text}\n详细信息\n{text}\n留言板\n{text}\n"
    )
    assert article.sections == []
    for line in ("中图分类号： D267.2", "详细信息", "留言板"):
        assert line in article.furniture
    assert is_furniture("尊敬的读者、作者、审稿人，关于本刊的投稿、审稿问题，您可以本页添加留言。")


@pytest.mark.parametrize(
    ("page", "dateline"),
    [
        ("浙江在线07月05日讯\n{lead}\n", "浙江在线07月05日讯"),  # an online outlet's, alone
        ("|\n中国网/中国发展门户网讯 {lead}\n", "中国网/中国发展门户网讯"),  # two names of one site
    ],
)
def test_an_untitled_pages_dateline_is_not_its_title(page: str, dateline: str) -> None:
    lead = "近日，松阳县古市镇筏铺村村民叶竹发因患重病去上海治疗刚回到村中，村党支部就上门看望。"
    article = parse_text(page.format(lead=lead))
    assert (article.title, article.dateline, article.lead) == (None, dateline, lead)


@pytest.mark.parametrize(
    ("top", "title", "salutation"),
    [
        ("在全县农村工作会议上的讲话 同志们：", "在全县农村工作会议上的讲话", "同志们："),
        (
            "XX镇乡村振兴工作 汇 报 尊敬的A组长，各位领导，同志们：",
            "XX镇乡村振兴工作 汇 报",
            "尊敬的A组长，各位领导，同志们：",
        ),
        # the line break between them lost
        (
            "党课讲稿：抓实基层党建 发挥堡垒作用同志们：",
            "党课讲稿：抓实基层党建 发挥堡垒作用",
            "同志们：",
        ),
        (
            "在全镇换届工作会议上的讲话各位领导、同志们：",
            "在全镇换届工作会议上的讲话",
            "各位领导、同志们：",
        ),
    ],
)
def test_a_title_and_the_salutation_on_one_spaced_line_are_told_apart(
    top: str, title: str, salutation: str
) -> None:
    lead = "首先，我代表镇党委、政府对各位领导于百忙之中抽出宝贵时间到我镇开展调研表示热烈欢迎。"
    after = "下面，我就我镇乡村振兴工作作一汇报，不妥之处，敬请批评指正。"
    article = parse_text(f"{top}\n{lead}\n{after}\n")
    assert (article.title, article.salutation, article.lead) == (title, salutation, lead)


def test_a_salutation_alone_is_not_cut_into_a_title_and_a_salutation() -> None:
    lead = "首先，我代表镇党委、政府对各位领导于百忙之中抽出宝贵时间到我镇开展调研表示热烈欢迎。"
    for salutation in ["尊敬的各位领导、各位同志：", "尊敬的镇党委书记、各位来宾、同志们："]:
        article = parse_text(f"{salutation}\n{lead}\n")
        assert (article.title, article.salutation, article.lead) == (None, salutation, lead)


@pytest.mark.parametrize(
    "top",
    [
        "走进基层 聆听青春奋斗之声——专访驻村第一书记张国远-华龙网",  # the site after a dash
        "走进基层 聆听青春奋斗之声——专访驻村第一书记张国远字号大小：【    】",  # fields run on
        "走进基层 聆听青春奋斗之声——专访驻村第一书记张国远标签： #乡镇",
    ],
)
def test_what_a_page_runs_onto_its_title_line_is_not_the_title(top: str) -> None:
    lead = "2025年1月，记者走进周家寨村，见到了驻村第一书记张国远，他正和村民一起修整产业路。"
    article = parse_text(f"{top}\n{lead}\n")
    assert article.title == "走进基层 聆听青春奋斗之声——专访驻村第一书记张国远"
    assert top in article.furniture and article.lead == lead
    column = "乡村振兴看头雁 | 打好集体经济“组合拳” 奏响强村富民“最强音”"  # a column's name, a bar
    assert parse_text(f"{column}\n{lead}\n").title == column


def test_a_short_opening_sentence_alone_under_a_line_header_is_its_paragraphs() -> None:
    # (a diary's line headers, each over paragraphs that open on a short description)
    text = "初入五星村，映入眼帘的是蜿蜒的乡村山路，道路两旁是金黄的田野，远处青山连绵，白云悠悠。"
    article = parse_text(
        "驻村手记\n今年8月，我怀着憧憬与些许忐忑，踏上了五星村的驻村之路，时光匆匆而过。\n"
        f"驻足“新景”，感受乡土之美\n远离城市的高楼和喧嚣。{text}\n{text}\n"
        f"驻入“民心”，体味淳朴之情\n八月的太阳，散发着灼人的光芒。{text}\n{text}\n"
    )
    assert [(s.style, s.header) for s in article.all_sections()] == [
        ("line", "驻足“新景”，感受乡土之美"),
        ("line", "驻入“民心”，体味淳朴之情"),
    ]


def test_a_department_and_its_writer_over_the_text_are_no_title() -> None:
    lead = "今年8月，我怀着憧憬与些许忐忑，踏上了五星村的驻村之路，时光匆匆而过，转眼已经120多天。"
    article = parse_text(f"公司网站群\n担保业务二部：邹杰\n{lead}\n")
    assert article.title is None and article.lead == lead
    assert article.furniture == ["公司网站群", "担保业务二部：邹杰"]


def test_a_writers_post_and_spaced_name_and_a_photos_row_are_not_the_title() -> None:
    lead = "荣县来牟镇一洞桥村位于来牟镇东北方向，距来牟场镇1.4公里，全村辖22个村民小组。"
    article = parse_text(
        f"荣县来牟镇一洞桥村主任助理 詹 毅\n（带领我村合唱队获得镇红歌赛二等奖）前排左\n{lead}\n"
    )
    assert article.title is None and article.lead == lead
    assert "（带领我村合唱队获得镇红歌赛二等奖）前排左" in article.furniture


def test_a_line_header_set_in_brackets_is_the_header_without_them() -> None:
    text = "村里组织党员带头清理垃圾，整治河道，昔日的臭水沟变成了村民休闲散步的好去处。" * 2
    article = parse_text(
        f"某村的蝶变之路\n{text}\n【生态治理：从“脏乱差”到“洁净美”】\n{text}\n"
        f"【文化铸魂：传统与现代的融合】\n{text}\n"
    )
    assert [s.header for s in article.sections] == [
        "生态治理：从“脏乱差”到“洁净美”",
        "文化铸魂：传统与现代的融合",
    ]


def test_an_affiliation_whose_school_names_its_campus_in_brackets_is_no_title() -> None:
    lead = "中国正处于一个快速老龄化的发展阶段，农村互助养老成为应对农村养老问题的重要方式。"
    unit = "（中国石油大学（华东） 马克思主义学院，山东 青岛 266580）"
    article = parse_text(f"{unit}\n{lead}\n")
    assert article.title is None and unit in article.furniture and article.lead == lead


def test_an_english_abstract_where_the_page_stops_is_no_lead() -> None:
    # (its last stop, after a closing quotation mark at the line's end, is made full-width)
    article = parse_text(
        "农村互助养老模式：现存模式分析及完善路径探要\n关键词： 互助养老 养老模式 发展路径\n"
        "摘要：党的二十大报告中强调实施积极应对人口老龄化国家战略，农村成为解决养老问题的主阵地。"
        "农村互助养老服务应运而生，并衍生出各种模式，但几乎都存在文化不认同、政策不协调的问题，"
        "可以从借助乡村振兴政策支持、重塑农村互助养老环境等四个方面重点推进。\n"
        "Abstract: The report emphasizes “implementing the national strategy”.\n"
    )
    assert article.lead is None
    assert article.epigraph is not None and "党的二十大报告中强调" in article.epigraph


def test_a_paragraph_citing_a_book_in_a_footnote_run_into_it_is_text() -> None:
    lead = (
        "改革开放以来，中国经济飞速发展，人口状况发生了很大的变化，使得养老问题显得尤为突出。"
        "①袁志刚等：《养老保险经济学：解读中国面临的挑战》，北京：中信出版社，2016年，第5页。"
        "进入21世纪，人民生活水平获得了极大提高，我国人口的预期寿命也随之增长，老龄化形势更为严峻。"
        "这些因素造成了我国人口老龄化相较发达国家来得更早，农村老龄化程度远高于城市老龄化程度。"
        "越来越多的人选择从农村流向城市，农村青壮年劳动力的外流造成了人口比例失衡。"
    )
    assert len(lead) > 200
    article = parse_text(
        "APP下载\n认知性社会资本对农村居民互助养老参与意愿的影响研究\n2021-04-20孙永勇\n"
        f"孙永勇 江 奇\n（华中师范大学公共管理学院，湖北 武汉 430079）\n{lead}\n"
    )
    assert article.title == "认知性社会资本对农村居民互助养老参与意愿的影响研究"
    assert article.lead == lead


@pytest.mark.parametrize("title", ["党员干部要找准位置：勇于担当作为", "摆正位置：做群众的贴心人"])
def test_a_headline_that_names_a_position_is_no_breadcrumb(title: str) -> None:
    lead = "近年来，某县坚持党建引领，推动乡村振兴取得新成效，干部作风持续改进。"
    assert parse_text(f"{title}\n{lead}\n").title == title
    crumb = parse_text(f"您现在的位置: 首页\n{title}\n{lead}\n")
    assert crumb.title == title and "您现在的位置： 首页" in crumb.furniture


def test_a_papers_decimal_parts_run_into_one_line_are_split_off_its_text() -> None:
    # a document site's page that lost its breaks: the title, `一、引言`, `1.1…`, `1.1.1…` and
    # the text on one line
    text = (
        "我国是农业大国，农村地区的发展与稳定对国家整体发展有着深远影响。农村治理体系中，乡镇政府"
        "行政管理与村民自治占据着核心地位，二者的协同关系到基层治理的成效。近年来，随着乡村振兴"
        "战略的推进，乡镇政府的职能不断转变，村民参与公共事务的热情日益高涨，协同治理的需求更加迫切。"
    )
    title = "探寻乡镇治理新路径：乡镇政府行政管理与村民自治的协同共进"
    article = parse_text(
        f"{title}_第1页\n{title}_第2页\n已阅读2页，还剩28页未读\n"
        f"{title}一、引言1.1研究背景与意义1.1.1研究背景{text}"
    )
    assert article.title == title
    assert article.lead == text
    parts = [(s.level, s.number, s.header) for s in article.all_sections()]
    assert parts == [(1, "一", "引言"), (2, "1.1", "研究背景与意义"), (3, "1.1.1", "研究背景")]


def test_a_breadcrumb_ending_on_a_collections_count_is_not_its_title() -> None:
    title = "党群服务中心建设标准6篇"
    article = parse_text(
        f"当前位置：某某文秘网>范文大全 > 公文范文 > {title}\n\n{title}\n\n"
        "时间：2022-09-15 16:35:04 公文范文 来源：网友投稿\n\n"
        "近年来，某县围绕场所布局合理、基本设施配套、管理措施完善的目标，推进党群服务中心建设。\n"
    )
    assert article.title == title
    assert any(line.startswith("当前位置") for line in article.furniture)


def test_a_lone_header_over_a_paragraph_that_introduces_a_list_is_a_header() -> None:
    lead = (
        "2022年中央一号文件提出，扎实有序做好乡村发展、乡村建设、乡村治理重点工作。本文分析新时代"
        "村干部群体的新特征，以及对乡村治理提出的要求和可能产生的影响，助力乡村振兴战略实施。"
    )
    opening = (
        "从基本解决温饱到人民生活总体达到小康水平再到全面建成小康社会进程中，村干部在其中发挥了关键"
        "作用，这一群体也发生了许多显著变化，呈现出以下特点："
    )
    article = parse_text(
        f"新时代村干部群体的新特征及其对乡村治理的影响\n{lead}\n新时代村干部群体的新特征\n{opening}\n"
        "村干部年龄结构的合理化。上世纪80年代以来，村干部群体的年龄总体上呈现出年轻化趋势。\n"
    )
    assert [s.header for s in article.sections] == ["新时代村干部群体的新特征"]
    assert article.sections[0].paragraphs[0] == opening


def test_the_fourth_level_numbers_a_line_header_under_the_third() -> None:
    # GB/T 9704's levels: 一、（一）1.（1）; as a list's items in a paragraph `（1）` heads nothing
    article = parse_text(
        "甘州县美丽乡村建设的实践\n"
        "乡村振兴战略是新时代“三农”工作总抓手，甘州县以美丽乡村建设为抓手推进乡村全面振兴。\n"
        "一、实施路径与主要措施\n1. 改善农村人居环境\n（1）村庄规划\n"
        "甘州县对美丽乡村建设进行科学规划，按照“规划先行、规划引领”的原则推进。\n"
        "（2）基础设施提升\n"
        "甘州县加大基础设施投入，主要有：（1）完善农村道路；（2）改善供水供电。\n"
    )
    parts = [(s.level, s.header) for s in article.all_sections()]
    assert parts == [
        (1, "实施路径与主要措施"),
        (2, "改善农村人居环境"),
        (3, "村庄规划"),
        (3, "基础设施提升"),
    ]
    assert article.all_sections()[-1].paragraphs == [
        "甘州县加大基础设施投入，主要有：（1）完善农村道路；（2）改善供水供电。"
    ]


@pytest.mark.parametrize(
    ("title", "field"),
    [
        ("党建引领 激活乡村振兴 “一池春水”", "发布时间：2025-02-28 10:34:04"),
        ("144位村书记为啥成为座上宾？", "发表于 2024-2-27 15:21:36"),
        ("古交镇召开乡村建设誓师大会", "发布日期：2021-03-22 15:15"),
    ],
)
def test_a_headline_run_into_the_pages_field_of_when_it_was_published_is_the_title(
    title: str, field: str
) -> None:
    lead = "近年来，某县坚持党建引领，推动乡村振兴取得新成效，村集体经济持续壮大，群众获得感增强。"
    article = parse_text(f"{title}{field}\n{lead}\n")
    assert article.title == title
    assert article.lead == lead


@pytest.mark.parametrize(
    "title",
    ["XX镇关于以党建引领推动基层治理与乡村振兴融合的调研报告", "3位乡村干部在座谈会上的发言摘登"],
)
def test_a_headline_with_figures_or_masks_run_into_the_pages_date_is_the_title(title: str) -> None:
    lead = "近年来，某县坚持党建引领，推动乡村振兴取得新成效，村集体经济持续壮大，群众获得感增强。"
    article = parse_text(f"{title}2025-09-10 07:03:52 来源：某某网\n{lead}\n")
    assert article.title == title
    assert article.lead == lead


def test_a_papers_units_numbered_one_to_a_line_with_their_postcodes_are_no_headers() -> None:
    article = parse_text(
        "资源下乡背景下农村基层党组织凝聚力弱化困境及其排解\n周忠丽1,2, 周义程3\n"
        "1. 南京大学 政府管理学院, 江苏 南京 210046;\n"
        "2. 江苏省委党校 党史党建教研部, 江苏 南京 210009;\n"
        "3. 苏州大学 政治与公共管理学院, 江苏 苏州 215123\n"
        "2018年中央一号文件提出要加强农村基层党组织建设，农村基层党组织的凝聚力关系着乡村振兴。\n"
    )
    assert article.sections == []
    assert article.lead is not None and article.lead.startswith("2018年中央一号文件")


def test_a_chairs_calls_to_vote_are_no_headers() -> None:
    article = parse_text(
        "村民代表会议主持词\n各位代表：\n"
        "现在我们召开村民代表会议，本次会议应到代表四十名，实到三十八名，符合规定。\n"
        + (
            "下面我们进行表决；\n同意的请举手！\n请放下！\n不同意的请举手！（没有）\n"
            "弃权的请举手！（没有）\n一致通过。\n"
        )
        * 2
    )
    assert article.sections == []


def test_a_salutation_between_spaces_on_a_page_of_one_line_stands_apart() -> None:
    lead = (
        "今天召开这次加强和改进农村基层组织建设驻村工作会议，主要任务是总结前一阶段驻村工作，"
        "部署下一阶段任务。刚才，几位同志作了很好的发言，我都同意。"
    )
    article = parse_text(
        "驻村工作组长讲话3篇 作为驻村工作组长为此发表讲话，本文是小编为大家整理的驻村工作组长的"
        f"讲话，仅供参考。 驻村工作组长讲话一： 同志们： {lead} {lead}"
    )
    assert article.salutation == "同志们："
    assert article.lead is not None and article.lead.startswith("今天召开这次")


def test_header_lines_over_the_title_are_an_outline_not_headers() -> None:
    title = "调研报告：关于进一步发挥村务监督委员会职能作用的几点思考"
    lead = (
        "乡村作为县域社会治理的“最小单元”，“乡村安，郡县无不安”。在村一级工作中，村务监督委员会是"
        "对村务进行民主监督、从源头遏制群众身边不正之风和腐败问题的重要一环。"
    )
    article = parse_text(
        "（一）不敢监督\n（二）不会监督\n（三）不愿监督\n（一）职责定位不精准\n（二）斗争精神不够强\n"
        f"{title}\n{lead}\n"
    )
    assert article.sections == []
    assert article.title == title and article.lead == lead
    assert "（一）不敢监督" in article.furniture


def test_a_journal_sites_note_on_where_the_whole_paper_is_is_furniture() -> None:
    note = "注： 保护知识产权，如需阅读全文请联系改革与战略杂志社"
    abstract = "摘要：乡村治理是国家治理的基石，本文从基层负担的来源出发，讨论减负的路径与机制。"
    article = parse_text(f"基层治理负担的来源与破解\n{abstract}\n{note}\n")
    assert note in article.furniture
    assert article.lead is None


def test_the_words_a_piece_opens_with_are_found_whole_and_named_among_its_reasons() -> None:
    from drafter.parse.form import Vocabulary, form_text

    vocabulary = Vocabulary.of(["记者", "组织部", "组织员", "获悉", "同志们"])
    assert vocabulary.found_in("记者近日从县委组织部获悉") == {"记者", "组织部", "获悉"}
    # a longer word whose first pair is there, the word not
    assert Vocabulary.of(["组织部"]).found_in("组织的力量") == frozenset()
    assert vocabulary.found_in("") == frozenset()
    # Only the opening counts: a long article holds more words than any page learned from.
    opening = "记者" + "党" * 2000
    assert vocabulary.found_in(form_text(parse_text(opening + "同志们\n"))) == {"记者"}
    # (the title, then the paragraphs a space apart, as far as the reach and no further)
    said = "段写到党员干部深入田间地头，帮助群众解决实际困难，办成了一批实事。"
    paragraphs = [f"第{i}{said}" for i in range(40)]
    many = parse_text("乡村振兴看党建\n" + "\n".join(paragraphs) + "\n")
    joined = " ".join([many.title, many.lead, *many.paragraphs])
    assert len(joined) > 600 and form_text(many) == joined[:600]

    news = parse_text(
        "近日，记者从县委组织部获悉，全县村级集体经济收入全部超过10万元。据介绍，"
        "今年以来，各乡镇党委围绕产业发展，组织党员干部深入田间地头。\n"
    )
    assert news.form == "news"
    said = next(reason for reason in news.form_evidence if reason.startswith("用词"))
    assert "“记者”" in said and said.count("“") <= 5


def test_the_lead_is_the_first_text_under_lines_that_are_not_its_start() -> None:
    text = (
        "乡村治理是国家治理的基础，关系到农村社会的稳定与发展。改革开放以来，乡村治理模式不断调整。"
    )
    journal = parse_text(
        "宗族势力对乡村治理的影响研究\n"
        "摘要：基于实地调查的农户数据，本文分析宗族势力对乡村治理的影响。\n"
        "文献标志码：A\n"
        "张明，某某大学公共管理学院副教授\n"
        "本文为国家社会科学基金一般项目“基层治理研究”（20BZZ058）的阶段性成果。\n"
        f"{text}\n"
    )
    assert journal.lead == text
    assert "文献标志码：A" in journal.furniture
    # a subhead and the speaker's line over the text under an editor's note, no section made of
    # them
    piece = parse_text(
        "3位乡村干部在座谈会上的发言摘登\n"
        "编者按 7月3日，全国优秀共产党员、优秀党务工作者代表座谈会在京召开。本报摘登3位乡村干部的"
        "发言。\n建强堡垒作为重中之重\n河北省某县某村书记、主任 张明\n"
        "我从2000年起担任村党支部书记，是村里发展的亲历者、见证者，更是直接的参与者。\n"
        "多年来，我时刻牢记嘱托，带领全村党员群众，依托资源优势，大力发展特色农业。\n"
    )
    assert piece.lead.startswith("我从2000年起")


def test_a_salutation_under_lines_set_aside_is_still_the_salutation() -> None:
    lead = "今天，是一个让我们非常高兴的日子。我们高兴，是因为他圆满完成了挂职任务。"
    article = parse_text(f"正文复制\n某书记在欢送挂职干部会议上的致辞。\n同志们：\n{lead}\n")
    assert article.salutation == "同志们：" and article.lead == lead


def test_a_dateline_after_the_title_of_a_page_on_one_line_opens_the_text() -> None:
    # (as such a page prints it: ASCII commas, paragraphs a space apart)
    article = parse_text(
        "吉林西部兴起“积分兑换超市”:农民攒积分换来乡村新风气 白城9月18日电 (高龙安)杨玉林在村里"
        "“超市”转了一圈,思索要为家里购置些什么。这几天,他家中的洗化用品全部换新,却没有花一分钱。 "
        "记者了解到,白城市各村陆续建起积分兑换超市,村民以积分兑换生活用品,乡风日益向好。 在洮北区,"
        "村党支部把积分评定交给村民代表,每月公示一次,哪家参加志愿服务、哪家庭院整洁,都能换成积分,"
        "村民说这样的评比公平公开。"
    )
    assert article.title == "吉林西部兴起“积分兑换超市”：农民攒积分换来乡村新风气"
    assert article.dateline == "白城9月18日电"
    assert article.lead.startswith("杨玉林在村里")


def test_a_credit_line_naming_who_wrote_and_who_took_the_pictures_is_the_byline() -> None:
    lead = "“分红啦！分红啦！”1月23日上午，大田村200多名村民代表早早聚到村民广场，参加分红大会。"
    article = parse_text(f"自贡融媒记者 周嘉/文 宋姿熠/图\n{lead}\n")
    assert article.title is None and article.lead == lead
    assert (article.byline.outlet, article.byline.reporters) == ("自贡融媒", ["周嘉"])
    assert "自贡融媒记者 周嘉/文 宋姿熠/图" in article.byline.lines  # as printed


@pytest.mark.parametrize(
    "line",
    [
        "新华社西宁12月5日电 题：果洛藏贡麻村发展有新篇",
        "新华社西宁12月5日电\n题：果洛藏贡麻村发展有新篇",
    ],
)
def test_a_wires_title_line_is_the_title_of_a_page_that_prints_no_other(line: str) -> None:
    lead = "初冬，金色的阳光洒在错落有致的新居，在连绵远山与广袤草原的映衬下，显得温暖安详。"
    article = parse_text(
        f"{line}\n新华社记者黄豁、史卫燕、白玛央措\n{lead}\n"
        "相关链接：青海多地推进牧民集中安置新村建设\n"
    )
    assert article.title == "果洛藏贡麻村发展有新篇"
    assert article.dateline == "新华社西宁12月5日电"
    assert article.byline.reporters == ["黄豁", "史卫燕", "白玛央措"]
    assert article.lead == lead and not article.sections
    assert "相关链接：青海多地推进牧民集中安置新村建设" in article.furniture


@pytest.mark.parametrize("mark", ["：", ":"])
def test_a_dateline_may_hand_over_to_the_lead_at_a_colon(mark: str) -> None:
    lead = "日前，驻地某部36名官兵组成6个服务队，深入田间地头宣讲政策，帮助群众解决现实困难。"
    article = parse_text(f"官兵进村宣讲政策\n本报拉萨11月22日讯{mark}{lead}\n")
    assert article.dateline == "本报拉萨11月22日讯"
    assert article.lead == lead


def test_a_caption_between_the_title_and_the_dateline_is_not_the_lead() -> None:
    caption = "山里村村民在村庄的“数字积分超市”兑换商品。（来源：区委宣传部）"
    lead = "“快来兑换东西哟，我兑换了些洗衣粉、餐巾纸。”12月20日，山里村村民高兴地说。"
    article = parse_text(f"温泉街道建立道德积分兑换机制\n{caption}\n信网12月20日讯  {lead}\n")
    assert article.dateline == "信网12月20日讯" and article.lead == lead
    assert caption in article.furniture
    # (a lead of its own, then a paragraph that happens to open on a place's `讯`: no caption)
    long_lead = "近年来，温泉街道在各村推行道德积分制，群众尊老爱幼、热心公益都能攒下积分。" * 3
    article = parse_text(f"温泉街道建立道德积分兑换机制\n{long_lead}\n信网12月20日讯  {lead}\n")
    assert article.lead == long_lead


def test_a_line_under_a_mark_pointing_up_at_the_picture_is_its_caption() -> None:
    body = "村企共建，开辟致富新路。荆庄村联合周边村组建刀具合作社，带动群众就业增收。"
    article = parse_text(
        f"党建引领“联”村富\n{body}\n▲青年工人正在生产车间加工刀具\n"
        f"村党支部牵头成立合作社，吸纳脱贫户务工，年增收二十余万元。\n△合作社生产车间\n"
        "合作社产品远销多地，村集体经济不断壮大，群众的腰包越来越鼓。\n"
    )
    assert "▲青年工人正在生产车间加工刀具" in article.furniture
    assert "△合作社生产车间" in article.furniture
    assert not any(s.header.startswith(("▲", "△")) for s in article.all_sections())


def test_a_labelled_line_of_keywords_over_the_text_is_not_the_title() -> None:
    lead = "“各小组注意，我们和塘坊村的党员干部一起开展大扫除活动。”近日，水源村召开党小组会议。"
    article = parse_text(
        "同心共建美丽乡村\n日期:2023-03-29  来源:某某网  浏览:982\n"
        f"核心提示:水源 活动 党员干部\n{lead}\n"
    )
    assert article.title == "同心共建美丽乡村" and article.lead == lead
    assert "核心提示：水源 活动 党员干部" in article.furniture


def test_the_boxes_under_the_text_are_furniture() -> None:
    last = "我们重家风、树榜样，通过开展“清洁家庭”“最美庭院”等评比活动，塑造了一批好家庭。"
    boxes = ["打赏", "0相关评论", "推荐图文", "推荐资讯", "点击排行"]
    article = parse_text(
        "同心共建美丽乡村\n近日，水源村组织党员干部开展环境卫生大扫除志愿服务活动，清理卫生死角。\n"
        + last + "\n" + "\n".join(boxes) + "\n"
    )
    assert all(box in article.furniture for box in boxes)
    assert article.paragraphs[-1] == last or article.closing == last


def test_a_television_scripts_cue_naming_the_speaker_is_furniture() -> None:
    said = "听说韩桥这个山楂园开园了，周末来体验一下，看见一片片红彤彤的山楂果子，心情特别好。"
    article = parse_text(
        "韩桥村山楂红了\n在韩桥村的山楂种植基地里，红彤彤的山楂映红了田野，游客与百姓相聚在观光区。\n"
        f"【同期】游客 孙奔腾\n{said}\n"
        "近年来，韩桥村完善基础设施，打造山楂、蜜桃等特色产业，持续壮大集体经济。\n"
        "【同期】韩桥村党支部书记 汪富旺\n"
        "我们村流转土地200余亩，种植十余种果树，收益惠及百余户群众。\n"
    )
    assert "【同期】游客 孙奔腾" in article.furniture
    assert "【同期】韩桥村党支部书记 汪富旺" in article.furniture
    assert not article.sections and said in article.paragraphs


def test_a_paragraph_that_trails_off_in_an_ellipsis_is_text_not_the_page_above_it() -> None:
    lead = "初秋时节，走进飞云村肉牛养殖小区，一排排崭新的牛棚映入眼帘，养殖户忙着添草、加水……"
    article = parse_text(
        f"做足“牛”文章 壮大“牛”产业\n{lead}\n"
        "今年55岁的刘永红是村里的养牛专业户，靠着肉牛养殖过上了好日子。\n"
    )
    assert article.title == "做足“牛”文章 壮大“牛”产业" and article.lead == lead


def test_a_quoted_word_spaced_apart_inside_a_sentence_is_no_paragraph_break() -> None:
    line = (
        "基层是国家治理的重要组成部分，就像人体的毛细血管一样，遍布各个角落。然而，形式主义这个顽疾"
        "却让这些 “毛细血管” 出现了淤塞的情况。所以说，减负并不是简单地减少一些工作，而是要通过制度"
        "的重新构建，来释放治理的效能。 一、减负攻坚的三大战场 贵州某市曾经因为盲目建设一个农业旅游"
        "项目，使得大片土地闲置，配套资金也被浪费。推行无痕考核后，某县取消了大批纸质报表，驻村干部"
        "下地干活的时间明显增加。再看另一个县，之前强制要求人均办理大量手机事项，后来变成了自愿办理。"
    )
    article = parse_text(line)
    assert article.title is None
    assert article.lead.startswith("基层是国家治理") and article.lead.endswith("来释放治理的效能。")


def test_a_dateline_may_run_straight_into_the_quotation_the_story_opens_on() -> None:
    lead = "“作为村里的后备干部，我已经参加了三次集中培训。”近日，某镇举办村级后备干部培训班。"
    article = parse_text(f"后备干部培训班开班\n本报淄博讯{lead}\n")
    assert article.dateline == "本报淄博讯" and article.lead == lead


def test_a_dateline_alone_on_its_line_may_name_its_writers_in_brackets() -> None:
    lead = "“老何，今天你咋过来这么早啊？”七五村老党员何国华说。1月5日下午，百十名党员聚集在一起。"
    article = parse_text(f"本台讯 （周口广电全媒体记者 李俊杰 通讯员郭金磊）\n{lead}\n")
    assert article.title is None and article.dateline == "本台讯"
    assert article.byline.reporters == ["李俊杰"] and article.byline.correspondents == ["郭金磊"]
    assert article.lead == lead


def test_a_headline_under_its_columns_name_keeps_the_place_it_opens_on() -> None:
    title = "百村调研行 | 苏州：推动村级集体经济转型升级，夯实农业农村现代化桩基"
    lead = "到2019年底，农村集体总资产达3046亿元，村均可支配性收入达936万元。"
    article = parse_text(
        f"新华报业网 > 苏州 > 资讯 > 正文\n{title}\n2020/05/12 08:31  新华日报\n{lead}\n"
    )
    assert article.title == title and article.lead == lead


@pytest.mark.parametrize(
    "opening",
    [
        "每到周末和节假日，村庄便热闹起来。",
        "公司刚刚起步，前期主要为文旅景区做配套设计。",
        "走进乡村振兴综合体，一楼的展厅已不见踪影。",
        "理想村位于南京城郊，白鹭湖畔。",
        # (a visitor going in and out, a scene's hour or season, a simile)
        "走出服务中心，讲解员带领实践队来到文化广场。",
        "清晨的柏洋村，清风裹挟着草木的清香。",
        "初冬的天荒坪，青山环绕、树木葱茏。",
        "遴选人才的第一步犹如沙里淘金。",
    ],
)
def test_a_features_opening_that_tells_what_happened_is_no_sentence_header(opening: str) -> None:
    from drafter.parse.headers import split_sentence_header

    assert split_sentence_header(opening + "这里有房车营地，游客们体验采摘、烹饪。") is None


def test_a_headline_may_exclaim_over_the_page_s_lines() -> None:
    title = "这个村老人真幸福，70岁以上老人免费吃午餐！"
    lead = "7月24日，港头镇陈库村的农村幸福院建成并正式投入使用，老人们多了休闲聚会的好地方。"
    article = parse_text(
        f"某某 发表于 2019-8-1 09:12:29\n{title}\nhttps://v.qq.com/x/page/o0907.html\n{lead}\n"
    )
    assert article.title == title and article.lead == lead


@pytest.mark.parametrize(
    "title", ["关于农村红白喜事调查报告。", "某书记在欢送挂职干部会议上的致辞。"]
)
def test_a_title_naming_its_kind_may_end_on_a_full_stop(title: str) -> None:
    lead = "村庄内部的红白喜事是村庄人公共交往的一种形式，是村落社会生活的重要组成部分。"
    article = parse_text(f"{title}\n{lead}\n")
    assert article.title == title and article.lead == lead


def test_a_caption_that_names_a_speech_is_no_title() -> None:
    caption = "李晓敏书记致辞。"
    lead = "7月11日，福田镇2022年抓党建促乡村振兴擂台赛第二季度赛事在横溪头村举行。"
    article = parse_text(f"{caption}\n{lead}\n")
    assert article.title != caption and article.lead == lead


def test_a_line_wholly_in_round_brackets_is_never_the_title() -> None:
    lead = "徽县位于陕甘川交界地带，地处中国南北方过渡地带，自然资源和矿产资源十分丰富。"
    article = parse_text(f"（徽县县城鸟瞰）\n{lead}\n")
    assert article.title is None and article.lead == lead
    assert "（徽县县城鸟瞰）" in article.furniture


@pytest.mark.parametrize("widget", ["—分享—", "- 分享 -", "·分享·"])
def test_a_share_widget_framed_by_marks_is_furniture(widget: str) -> None:
    from drafter.parse.furniture import is_furniture

    assert is_furniture(widget)


@pytest.mark.parametrize("site", ["时刻新闻", "图片新闻", "即时新闻"])
def test_a_news_apps_or_columns_name_over_the_text_is_not_the_title(site: str) -> None:
    lead = "步仙乡召保村辖7个组，村民918人，有水田1762亩，山林2000亩，是一个农业大村。"
    article = parse_text(f"{site}\n—分享—\n{lead}\n")
    assert article.title is None and article.lead == lead


@pytest.mark.parametrize(
    "paragraph",
    [
        "「金秋丰收美如诗，硕果飘香五谷熟；高举旗帜庆丰收，最是农民喜庆时。」概括了农民们的好心情。",
        "“支部带着干，党员做示范；群众跟着走，日子有奔头。”这句顺口溜在村里传开了。",
    ],
)
def test_a_sentence_cut_inside_a_quotation_is_no_header(paragraph: str) -> None:
    from drafter.parse.headers import split_sentence_header

    assert split_sentence_header(paragraph) is None


@pytest.mark.parametrize(
    "opening", ["现在，进行第二项议程。", "下面，请大家举手表决。", "接下来，进行大会选举。"]
)
def test_a_hosts_call_to_the_next_item_is_no_sentence_header(opening: str) -> None:
    from drafter.parse.headers import split_sentence_header

    assert split_sentence_header(opening + "由镇党委副书记宣读选举办法，请大家认真听取。") is None


def test_an_editors_note_labelled_as_such_stands_before_the_story() -> None:
    note = "按语：《独臂村支书的家国情怀》长篇通讯，讲述了一位村党支部书记三十年扎根山村的故事。"
    lead = "温守文出生在长城脚下、革命老区的一个小山村，十八岁那年在采石场失去了左臂。"
    article = parse_text(f"独臂村支书的家国情怀\n{note}\n{lead}\n")
    assert article.epigraph == note and article.lead == lead


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("【本报讯】", "【本报讯】"),
        ("【新华社北京电】（记者 张三）", "【新华社北京电】"),
        ("[本网讯]", "[本网讯]"),
    ],
)
def test_a_dateline_set_in_square_brackets_opens_the_story(opening: str, dateline: str) -> None:
    lead = "近日，某镇召开机关党支部标准化建设现场观摩会，全镇21个支部书记参加会议。"
    title = "某镇召开机关党支部标准化建设观摩会"
    article = parse_text(f"{title}\n{opening}{lead}\n会议指出，要提升党建质量。\n")
    assert (article.dateline, article.lead) == (dateline, lead)
    assert article.form == "news"
    # a bracketed column name is no dateline: `【基层动态】近日，…`
    assert parse_text(f"【基层动态】{lead}\n").dateline is None


def test_a_line_header_may_end_on_a_word_whose_last_character_is_a_function_word() -> None:
    paragraph = "近年来，某县把发展壮大村级集体经济作为抓党建促乡村振兴的重要抓手，成效明显。"
    text = "\n".join(
        ["某县发展壮大村级集体经济", paragraph, "政策搭台，为集体经济领航定向", paragraph,
         "坚持问题导向", paragraph, "人才赋能，夯实发展基础", paragraph]
    )
    article = parse_text(text + "\n")
    assert [s.header for s in article.sections] == [
        "政策搭台，为集体经济领航定向", "坚持问题导向", "人才赋能，夯实发展基础"
    ]
    # a line cut before its object still ends on the word that wants one
    from drafter.parse.headers import is_line_header

    assert not is_line_header("推动村级集体经济走向")
    assert not is_line_header("群众反映强烈的问题在")


def test_a_line_header_may_open_on_a_word_whose_first_character_is_a_function_word() -> None:
    from drafter.parse.headers import is_line_header

    assert is_line_header("和睦邻里，共赴富裕") and is_line_header("和美乡村建设提速")
    assert not is_line_header("和村民一起共赴富裕")  # (a line that goes on from the one above)


@pytest.mark.parametrize("office", ["省委组织部：", "州学践办：", "县委、县政府："])
def test_the_office_a_report_is_sent_to_is_its_salutation_and_no_speech(office: str) -> None:
    lead = "按照《关于开展软弱涣散基层党组织排查工作的通知》要求，我县迅速行动，现将情况报告如下。"
    article = parse_text(f"关于软弱涣散基层党组织排查工作的情况报告\n{office}{lead}\n")
    assert (article.salutation, article.lead) == (office, lead)
    assert "salutation" not in {item.feature for item in evidence(article)}
    # (someone's words introduced by a colon are the text's: `县委指出：…`; so is a word that
    # only ends like an office's name)
    for words in ("县委强调：", "构建新发展格局：", "钱从哪来、地怎么办：", "服务大厅："):
        said = parse_text(f"关于软弱涣散基层党组织排查工作的情况报告\n{words}{lead}\n")
        assert said.salutation is None and said.lead == words + lead


def test_what_stands_above_a_papers_opening_part_is_the_pages_not_the_lead() -> None:
    text = "习近平总书记指出，中国式现代化是全体人民共同富裕的现代化。本文选取两个村庄进行比较。"
    # (an abstract the page left unlabelled)
    above = "全国许多地方实行了大学生村官政策，从开始的小规模试行，到现在要实现村村有大学生村官。"
    article = parse_text(
        f"乡村共富：基层党组织的领导作用\n{above}\n一、引言\n{text}\n二、分析框架\n{text}\n"
    )
    assert article.lead == text and above in article.furniture
    assert [s.header for s in article.sections] == ["引言", "分析框架"]
    # (a text whose first part is no opening part keeps the paragraph above it as its lead)
    lead = "近年来，某县坚持以党建引领乡村振兴，村集体经济收入全部超过十万元，群众满意度明显提升。"
    kept = parse_text(f"某县抓党建促乡村振兴\n{lead}\n一、主要做法\n{text}\n二、成效\n{text}\n")
    assert kept.lead == lead


def test_words_of_two_or_three_characters_head_sections_only_as_a_set_over_text() -> None:
    paragraph = "近年来，某县把发展壮大村级集体经济作为抓党建促乡村振兴的重要抓手，成效明显。"
    page = "某县村级集体经济发展案例\n{}\n".format
    three = parse_text(
        page(f"{paragraph}\n背景\n{paragraph}\n意义\n{paragraph}\n亮点\n{paragraph}")
    )
    assert [s.header for s in three.sections] == ["背景", "意义", "亮点"]
    # (two alone are a page's labels; in a row, a list)
    two = parse_text(page(f"{paragraph}\n背景\n{paragraph}\n意义\n{paragraph}"))
    listed = parse_text(page(f"{paragraph}\n背景\n意义\n亮点\n{paragraph}\n做法\n{paragraph}"))
    assert two.sections == [] and listed.sections == []


def test_a_lone_header_over_the_saved_pages_last_cut_line_is_a_header() -> None:
    lead = "十堰市竹山县得胜镇茶叶种植有悠久历史和传统，全镇茶园总面积达三万亩，茶农一万余户。"
    header = "聚焦做深做实茶文章，党建引领聚合力"
    cut = "得胜镇“党建+茶叶产业链”功能型党委以抓党建引领茶产"
    article = parse_text(f"得胜镇：党建引领茶产业\n{lead}\n{header}\n{cut}\n")
    assert [s.header for s in article.sections] == [header]
    # (over a short line with more text below, it is a list's line or a label)
    listed = parse_text(f"得胜镇：党建引领茶产业\n{lead}\n{header}\n{cut}\n{lead}\n")
    assert listed.sections == []
    # the links to the neighbouring stories under a list's mark are the page's
    assert is_furniture("-上一篇：市政协持续深入推进委员读书活动座谈会")


def test_a_line_opening_on_a_scenes_season_is_no_header_and_leaves_the_pair_below() -> None:
    scene = "秋日的菖蒲塘村产业园里，一片生机盎然、蔬果蓬勃生长的景象"
    text = "“以前想发展产业，很多人心里没底气，现在县上把路线图都画好了！”县农经站站长说。"
    pair = ["政策搭台，为村级集体经济领航定向", "村村有高招，水果、非遗、抱团全都能赚钱"]
    article = parse_text(
        f"某县村集体经济观察\n去年村集体分红，我家直接添了一台冰箱。\n{scene}\n{pair[0]}\n{text}\n"
        f"{text}\n{pair[1]}\n{text}\n"
    )
    assert [s.header for s in article.sections] == pair
    assert scene in article.paragraphs
    from drafter.parse.headers import is_line_header

    assert is_line_header("金秋十月喜丰收")  # (a season that names the part's time)


def test_a_line_or_sentence_opening_on_the_day_something_happened_is_no_header() -> None:
    from drafter.parse.headers import is_line_header

    paragraph = "近年来，某县把发展壮大村级集体经济作为抓党建促乡村振兴的重要抓手，成效明显。"
    article = parse_text(
        f"某县强村公司成立\n{paragraph}\n6月7日，某县强村建设实业有限公司\n{paragraph}\n"
        f"2023年，全县村集体经济收入\n{paragraph}\n"
    )
    assert article.sections == []
    assert not is_line_header("2023年，村集体经济全面提升")
    # (a year that names what the part is about opens a header: `2023年工作回顾`)
    review = parse_text(
        f"某镇工作总结\n{paragraph}\n2023年工作回顾\n{paragraph}\n2024年工作打算\n{paragraph}\n"
    )
    assert [s.header for s in review.sections] == ["2023年工作回顾", "2024年工作打算"]
    # (a diary's date on its line is the entry's heading, read apart)
    diary = parse_text(
        f"驻村日记\n12月1日 星期四 阴\n{paragraph}\n12月2日 星期五 晴\n{paragraph}\n"
    )
    assert [s.header for s in diary.sections] == ["12月1日 星期四 阴", "12月2日 星期五 晴"]


@pytest.mark.parametrize("tag", ["", "（全文完整）"])
def test_a_document_sites_headline_files_a_year_before_the_documents_own_title(tag: str) -> None:
    headline = f"2022年度贫困村调研报告{tag}"
    lead = "今年3月，调研组走进全县12个贫困村，召开座谈会8场，走访农户96户，现将有关情况报告如下。"
    twice = parse_text(f"{headline}\n来源：网友投稿\n{headline}\n贫困村调研报告\n{lead}\n")
    blurb = parse_text(
        f"{headline}\n下面是小编为大家整理的{headline}，供大家参考。\n{headline}\n贫困村调研报告\n{lead}\n"
    )
    assert twice.title == blurb.title == "贫困村调研报告"
    assert twice.lead == blurb.lead == lead
    # a headline that adds words of its own stays the title
    county = "某县贫困村调研报告"
    own = parse_text(f"{county}\n来源：网友投稿\n{county}\n贫困村调研报告\n{lead}\n")
    assert own.title == county


@pytest.mark.parametrize(
    "fragment",
    [
        # a sentence ended inside the line, the next broken off at the wrap
        "一是健全机制筑牢“防贫墙”。以“守底线、固成果",
        "况。这说明，我们的工作得到了市",
        # a line opening on a mark that stands inside a sentence
        "、优美、文明、和谐的生产生活环",
        "”为主线精准落实监测帮扶机制",
    ],
)
def test_a_piece_of_a_paragraph_broken_off_at_a_wrap_is_no_line_header(fragment: str) -> None:
    from drafter.parse.headers import is_line_header

    assert not is_line_header(fragment)
    paragraph = "近年来，某镇坚持把防返贫动态监测帮扶工作作为巩固拓展脱贫攻坚成果的重要抓手。"
    article = parse_text(f"某镇防返贫监测帮扶工作\n{paragraph}\n{fragment}\n{paragraph}\n")
    assert article.sections == []
    # (a header numbered with a full stop after its numeral stays one: `一。加强组织领导`)
    assert is_line_header("一。加强组织领导")


@pytest.mark.parametrize(
    ("piece", "below"),
    [
        # the line under it opens on a mark inside the sentence, or on a word's last character
        # and the stop after it
        ("新农村建设工作蓬勃发展为广大农民群众创造一个整洁", "、优美、文明、和谐的生产生活环境。"),
        ("全国人大代表将到我县视察新农村建设和林改工作情", "况。这说明我们的工作得到了肯定。"),
        # a word broken across the two lines: `守` / `护者`, `探` / `索`
        ("从科技创新前沿的科研团队到文化传承村落里的民俗守", "护者，党员们在各自岗位上发挥作用。"),
        ("地方层面：江门市作为广东省的重要城市，积极探", "索乡村振兴路径，取得明显成效。"),
    ],
)
def test_a_line_whose_sentence_goes_on_in_the_next_is_no_header(piece: str, below: str) -> None:
    paragraph = "近年来，某县坚持党建引领，推动乡村振兴取得新成效，村集体经济持续壮大。"
    article = parse_text(f"某县乡村振兴工作综述\n{paragraph}\n{piece}\n{below}\n{paragraph}\n")
    assert article.sections == []
    assert piece in " ".join(article.paragraphs)
    # (a header over a paragraph that opens on its own word stays one; `二。` numbers a part)
    headed = parse_text(
        f"某县乡村振兴工作综述\n{paragraph}\n强化组织引领\n{paragraph}\n夯实产业基础\n{paragraph}\n"
    )
    assert [s.header for s in headed.sections] == ["强化组织引领", "夯实产业基础"]
    from drafter.parse.continuation import goes_on_below

    assert not goes_on_below("注：数据来源于县统计局，截至去年年底", "二。下一步工作打算")


def test_a_page_on_one_line_sets_apart_a_features_subheads_that_say_is_or_did() -> None:
    from drafter.parse.segment import split_glued

    page = (
        f"边关党旗红 {_FLAT_BODY} 每个党员都是一面旗帜 3月18日，记者跟随村党支部书记赵学彪在蜿蜒的"
        "边境线巡逻，一路上他不时停下查看界碑。 关注民生公心聚起了民心 车家村是位于胡陈乡西南面的"
        "一个偏远山村，全村157户人家，不到600个村民。"
        # (who tells, or a figure, is a sentence's: the space after it parts no header)
        " 全村新修道路12公里 村民们说起这些年的变化，脸上都洋溢着幸福的笑容，日子越过越红火了。"
        # (nor a picture's scene: `…正在…`)
        " 村民正在地里采摘葡萄 村民们说起这些年的变化，脸上都洋溢着幸福的笑容，日子越过越红火了。"
    )
    pieces = split_glued(page)
    assert "每个党员都是一面旗帜" in pieces
    assert "关注民生公心聚起了民心" in pieces
    assert "全村新修道路12公里" not in pieces
    assert "村民正在地里采摘葡萄" not in pieces
    article = parse_text(page)
    headers = ["每个党员都是一面旗帜", "关注民生公心聚起了民心"]
    assert [s.header for s in article.sections] == headers


def test_a_page_on_one_line_sets_a_subhead_apart_after_a_quotation_that_ends_a_sentence() -> None:
    from drafter.parse.segment import split_glued

    page = (
        f"下姜村的新变化 {_FLAT_BODY} 村党委书记说：“这是我们村一直坚持的路径，大家不仅是亲历者，"
        "还要继续做奋斗者。” 农家乐民宿忙 青年回乡创业 “二十大报告中提到，坚持农业农村优先发展，"
        "这让我扎根农村更有信心了。”2017年，在外打工多年的村民姜丽明回家乡开起了民宿。"
    )
    assert "农家乐民宿忙 青年回乡创业" in split_glued(page)


def test_a_page_on_one_line_sets_apart_two_labelled_headers_over_their_text() -> None:
    from drafter.parse.segment import split_glued

    page = (
        f"焦村的振兴路 {_FLAT_BODY} 产业突围：蹚出“旱涝保收”致富路 "
        "战天斗地：把“望天田”变成“吨粮田” 焦村地处黄河滩区，旱涝频发。"
        "2016年，村党支部书记抓住第一书记驻村机遇，新打机井17眼。"
        # (unlabelled, two phrases a space apart are one header)
        " 党建引领强根基 人才赋能促振兴 村里先后引进大学生12名，充实了村级后备干部队伍，效果明显。"
    )
    pieces = split_glued(page)
    assert "产业突围：蹚出“旱涝保收”致富路" in pieces
    assert "战天斗地：把“望天田”变成“吨粮田”" in pieces
    assert "党建引领强根基 人才赋能促振兴" in pieces
    from drafter.parse.segment import _labelled_pair

    assert _labelled_pair("党建引领强根基 人才赋能促振兴") is None
    assert _labelled_pair("兴村一问： 走什么样的发展之路") is None  # (a label over its phrase)


def test_a_page_on_one_line_that_stops_in_a_parts_first_sentence_keeps_its_header_apart() -> None:
    from drafter.parse.segment import split_glued

    top = f"某县为基层减负工作情况报告 {_FLAT_BODY} {_FLAT_BODY}"
    cut = "县委紧扣减负松绑与赋能增效双重目标，坚持破立结"
    assert split_glued(f"{top} 二、主要做法 {cut}")[-2:] == ["二、主要做法", cut]
    # (words after a space with no clause going on are the header's, or a list's)
    listed = "二、主要做法 减负松绑 赋能增效"
    assert split_glued(f"{top} {listed}")[-1] == listed
    # (so is a subhead's, over text as long as a wrapped line)
    cut = "新沂市积极发挥党员中心户与群众走得近、贴得紧的特点，创新开展小板凳议事会等活动，通过听"
    subhead = "小院浓情议出和谐好乡风"
    assert split_glued(f"{top} {subhead} {cut}")[-2:] == [subhead, cut]


def test_a_page_on_one_line_sets_its_headline_apart_from_the_fields_after_it() -> None:
    from drafter.parse.segment import _headline_over_fields, split_glued

    headline = "湖北通城：党建引领 起航乡村振兴新征程"
    text = f"一条条公路绕山转，一条条绿色产业带连村串寨，一座座红色文化长廊遍布村落。{_FLAT_BODY}"
    article = parse_text(f"{headline} 2021-07-15 16:43:22 {text}")
    assert article.title == headline
    assert article.lead.startswith("一条条公路绕山转")
    assert "2021-07-15 16:43:22" in article.furniture
    # (under the page's menu, the text after its fields split off already)
    pieces = split_glued(f"APP下载 注册登录。 {headline} 2021-07-15 16:43:22 来源：某某网 {text}")
    assert pieces[1:3] == [headline, "2021-07-15 16:43:22 来源：某某网"]
    # (a sentence before the date is the text's: `…签约。 2021-07-15 …` is no headline)
    sentence = "村里举行了签约仪式。 2021-07-15 16:43:22 来源：某网"
    assert _headline_over_fields(sentence) is None
    # the site's menu words before the headline, its name after the date
    menu = parse_text(f"德育素材网 首页 {headline} 2021-07-15 16:43:22 德育素材网 {text}")
    assert menu.title == headline
    assert "德育素材网 首页" in menu.furniture
    # (a figure or a character a headline spaced out is no menu word)
    from drafter.parse.segment import _menu_apart

    spaced = "在 2025 年全镇村“两委”班子后备力量座谈会 上的讲话"
    assert _menu_apart(spaced) == [spaced]
    # (the headline keeps its spacing as printed)
    assert _menu_apart(f"德育素材网 首页 {spaced}") == ["德育素材网 首页", spaced]
    # (a forum's note of who edited the post last is no headline)
    forum = parse_text(f"本帖最后由 吕村镇 于 2022-8-9 15:13 编辑 {text}")
    assert forum.title is None
    assert forum.lead.startswith("一条条公路绕山转")


def test_a_page_on_one_line_keeps_a_fields_label_with_its_value() -> None:
    page = (
        "西固镇：严把入党关口 提高党员质量 日期：2015-06-05 来源： 为深入贯彻党的十八届四中全会"
        f"精神，进一步做好新形势下发展党员工作，西固镇党委严把推优关、审核关、学习关。{_FLAT_BODY}"
    )
    article = parse_text(page)
    assert article.title == "西固镇：严把入党关口 提高党员质量"
    assert "日期：2015-06-05 来源：" in article.furniture
    assert article.lead.startswith("为深入贯彻")


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("首届农产品博览会开幕式欢迎辞**市人民政府市长 陈国鹰", "首届农产品博览会开幕式欢迎辞"),
        ("凉山脱贫攻坚调查中共四川省委书记 彭清华", "凉山脱贫攻坚调查"),
        ("在全县乡村振兴推进会上的讲话县委副书记 张三", "在全县乡村振兴推进会上的讲话"),
    ],
)
def test_a_speechs_title_with_its_speaker_run_onto_it_is_the_title(head: str, title: str) -> None:
    lead = "今天，在硕果累累的收获季节，我们在这里隆重举行博览会，共商农业发展大计，共谋乡村振兴。"
    article = parse_text(f"{head}\n{lead}\n")
    assert article.title == title
    assert head.removeprefix(title) in article.furniture
    assert article.lead == lead
    # (only a speech's or a report's title, and only an office and a name after it)
    from drafter.parse.front import _speaker_apart

    assert _speaker_apart("争当新时代好支部书记 张三") == ["争当新时代好支部书记 张三"]
    assert _speaker_apart("乡镇工作总结报告会议纪要 张三") == ["乡镇工作总结报告会议纪要 张三"]


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("镇驻村工作队工作总结 马振华 镇驻村工作队工作总结", "镇驻村工作队工作总结"),
        ("[干部学习座谈会心得体会五] 干部学习座谈会心得体会五", "干部学习座谈会心得体会五"),
        ("调查报告（通用3篇） 调查报告（通用3篇） 调查报告 篇1", "调查报告（通用3篇）"),
    ],
)
def test_a_page_on_one_line_is_titled_by_the_words_it_prints_twice(head: str, title: str) -> None:
    from drafter.parse.title import undoubled

    assert undoubled(head) == title
    # (words not printed twice are the line's own: `党建引领 强村富民 党建引领强村富民`)
    assert undoubled("坚持党建引领 推动乡村振兴") == "坚持党建引领 推动乡村振兴"
    page = f"{head} {_FLAT_BODY} {_FLAT_BODY}"
    assert parse_text(page).title == title


def test_a_page_on_one_line_sets_a_numbered_header_apart_from_a_sub_part_or_a_masked_name() -> None:
    from drafter.parse.segment import split_glued

    top = f"某镇整顿软弱涣散村党组织工作总结 {_FLAT_BODY} {_FLAT_BODY}"
    sub = "（一）、加强组织领导，确保整顿工作取得实效。整顿软弱涣散基层党组织，是一项重要任务。"
    assert split_glued(f"{top} 二、主要做法 {sub}")[-2:] == ["二、主要做法", sub]
    masked = "_总书记强调：“民族团结是我国各族人民的生命线。”民族团结始终是国家发展进步的基石。"
    head = "（一）民族团结进步是维护社会和谐稳定的坚实基础"
    assert split_glued(f"{top} {head} {masked}")[-2:] == [head, masked]


def test_a_page_on_one_line_sets_its_headline_apart_from_the_breadcrumb_before_it() -> None:
    from drafter.parse.segment import _crumbs_apart

    crumbs = "清风网主页 > 基层党建 > 基层党建"
    headline = "党建赋能乡土引才激活乡村振兴动能"
    assert _crumbs_apart(f"{crumbs} {headline}") == [crumbs, headline]
    fields = "时间：2026-01-04 19:49 来源：清风网"
    page = f"当前位置： {crumbs} {headline} {fields} {_FLAT_BODY} {_FLAT_BODY}"
    assert parse_text(page).title == headline
    # (one crumb's mark is no breadcrumb; a sentence after the crumbs is the text's)
    assert _crumbs_apart(f"首页 > {headline}") == [f"首页 > {headline}"]
    told = f"{crumbs} 近年来，某县坚持党建引领。"
    assert _crumbs_apart(told) == [told]


@pytest.mark.parametrize(
    "front",
    [
        # a word, a year, a quotation or a book title broken at the wrap
        "以人才振兴奏响乡村发\n展“奋进曲”\n",
        "晓坪乡人民政府202\n0年度工作总结\n",
        "县委书记在2024\n年全县乡村振兴推进会上的讲话\n",
        "乡村振兴背景下农村基层团组织“\n空心化”问题及对策研究\n",
        "武汉乡村振兴来了批“9\n0后”驻村新力量\n",
        "《中国乡村振兴综合调查研究报告\n2021》发布会在京召开\n",
        # a word that needs more after it, or that only goes on
        "魏庄镇2018年政府工作报告和\n2019年工作计划\n",
        "乡镇人民政府年度工作总结\n及下一步工作计划\n",
        # the kind of text the title names, where the speech was given, a collection's count
        "2023年乡村振兴\n工作述职报告\n",
        "关于加强农村人居环境整治建设\n宜居宜业美丽乡村的调研报告\n",
        "2021年在全镇重点工作\n部署会议上的讲话\n",
        "乡村振兴之路心得体会\n（精选34篇）\n",
        # (over three lines)
        "县委书记在全县乡村振兴暨农村人居环\n境整治工作推进会议上的\n讲话\n",
    ],
)
def test_a_title_broken_over_lines_at_a_wrap_is_one_title(front: str) -> None:
    assert parse_text(front + BODY).title == front.replace("\n", "")


@pytest.mark.parametrize(
    ("front", "title"),
    [
        ("2020年驻村日记范文三篇\n篇一\n", "2020年驻村日记范文三篇"),  # a collection's piece
        ("精选优质文档-倾情为你奉上\n乡村建设调研报告\n", "乡村建设调研报告"),  # a title whole
        ("村委调研报告十篇\n村委调研报告\n", "村委调研报告十篇"),  # printed again, shorter
        ("安装后可以在桌面快捷访问\n换届选举工作动员会上的讲话\n", "换届选举工作动员会上的讲话"),
        ("乡村振兴的实践与思考\n王明\n", "乡村振兴的实践与思考"),  # its author
    ],
)
def test_a_title_is_not_run_on_into_a_line_it_does_not_break_into(front: str, title: str) -> None:
    assert parse_text(front + BODY).title == title


def test_a_titles_piece_number_does_not_run_on_into_a_date_under_it() -> None:
    article = parse_text("换届选举会议主持词 篇8\n2024-07-18 来源：某某旅游网\n" + BODY)
    assert article.title is not None
    assert "2024" not in article.title


@pytest.mark.parametrize(
    "credit",
    [
        "供稿：某某县委组织部",
        "终审人：宋德如",
        "监制：潘可田",
        "出品：某某县融媒体中心",
        "监制|潘可田 肖 红",  # (a bar for the colon: not a column's name over a headline)
        "关键词：村庄 村民 党员",
        "【关键词】村民自治 乡村关系",
        "分类名称：青少年导刊",
        "侵权投诉",
        "原文：《基层治理现代化：精准减负 系统赋能》",  # (what a repost was taken from)
    ],
)
def test_who_made_a_post_is_furniture_wherever_it_stands(credit: str) -> None:
    # (a post's credits, a paper's keywords, a page's category and widgets stand under its text,
    # or between its parts where a page put them)
    paragraph = "近年来，某县坚持以党建引领乡村振兴，把党组织建在产业链上，推动村集体经济持续壮大。"
    article = parse_text(f"某县抓党建促乡村振兴纪实\n{paragraph}\n{credit}\n{paragraph}\n")
    assert article.sections == []
    assert credit in article.furniture
    assert not is_furniture("村社统筹：农村互助养老的组织化路径研究")  # a title's label


def test_a_subtitle_set_off_by_box_drawing_lines_is_the_titles() -> None:
    article = parse_text("一朵菇伞撑起一个“食用菌之乡”\n── 我市大力培优乡村特色产业\n" + BODY)
    assert article.title == "一朵菇伞撑起一个“食用菌之乡”── 我市大力培优乡村特色产业"


def test_a_numbered_header_cut_after_a_word_that_needs_more_goes_on() -> None:
    # (at a narrow wrap, over its text run in after it: `…工程是` over `什么。强村帮带是…`)
    lead = "为深入推进强村帮带工程，现将有关情况报告如下，请各村结合实际认真抓好落实。" * 2
    run_in = "(一)“强村帮带”工程是什么。强村帮带是优化调整村级党组织设置，通过强村帮扶弱村。"
    lines = [*wrapped_at(22, lead), *wrapped_at(22, run_in), *wrapped_at(22, lead)]
    assert "(一)“强村帮带”工程是" in lines
    article = parse_text("强村帮带工程实施情况汇报\n" + "\n".join(lines) + "\n")
    assert [s.header for s in article.sections] == ["“强村帮带”工程是什么。"]


def test_a_title_as_wide_as_the_wrap_does_not_run_into_its_salutation() -> None:
    title = "在市发展壮大村级集体经济领导小组2024年第三次（扩大）会议上的讲话"
    text = "积极发展和壮大农村新型集体经济，深化完善农村基本经营制度，是乡村振兴的必由之路。"
    lines = [title, title, "同志们：", *wrapped_at(len(title) * 2, text * 4)]
    article = parse_text("\n".join(lines) + "\n")
    assert (article.title, article.salutation) == (title, "同志们：")
    # (a salutation the wrap broke is still one: `…组织科x` over `科长、各位同志：`)
    broken = ["尊敬的镇党委x书记、x镇长、组", "织科x科长、各位同志：", *wrapped_at(26, text) * 3]
    assert parse_text("\n".join(broken) + "\n").salutation == "".join(broken[:2])


@pytest.mark.parametrize("opening", ["初冬的风，潮湿，阴冷。", "11月21日，周一。"])
def test_a_short_first_sentence_under_the_title_opens_the_text(opening: str) -> None:
    story = "一大早，驻村第一书记就开车近两个小时，从市区回到村里，挨家挨户走访留守老人。"
    text = f"驻村新力量扎根乡村\n记者 李英波\n{opening}\n{story}\n{story}\n"
    article = parse_text(text)
    assert (article.title, article.lead) == ("驻村新力量扎根乡村", opening)
    assert opening not in article.furniture
    # (a title the page closed with a stop stays the title)
    speech = parse_text(f"正文复制\n书记在欢送挂职干部会议上的致辞。\n同志们：\n{story}\n{story}\n")
    assert speech.title == "书记在欢送挂职干部会议上的致辞。"


def test_the_texts_first_sentence_broken_above_it_is_joined_to_it() -> None:
    # (the wrap of a print copy left only here: the rest of the page's lines are paragraphs)
    rest = "屋、摆放桌椅，作为该村“党员中心户”的一员，邻近的13名党员将来这里学习。"
    body = "一是立足实际“分类建户”。按照党员年龄结构相仿、文化水平相近的原则组建中心户。"
    opening = "春节前夕的一天，宣堡镇郭寨村村民刘福官忙着整理堂"
    article = parse_text(f"宣堡镇推行“党员中心户”制度\n{opening}\n{rest}\n{body}\n")
    assert article.lead == opening + rest
    assert article.furniture == []
    # (a title run into the page's fields ends on a figure, not a broken word; a header has no
    # clause: neither is the text's)
    fields = "【暑期三下乡】学子赴双庙村宣讲作者:喻雪,章颖,阚琳玥发布时间:2022-07-11浏览次数:32"
    text = "2022618日,社会实践小分队成员在张平老师指导下赴滁州市乌衣镇双庙村开展宣讲活动。"
    dated = parse_text(f"{fields}\n{text}\n{body}\n")
    assert dated.lead is not None and dated.lead.startswith("2022618日")
    # (a real page that opens on its first part, `一 、背景动因` over `蒙阴县桃墟镇百泉峪村 ,…`)
    page = Path(__file__).parent / "corpus" / "real" / "dev" / "wqe02_6c398342.txt"
    assert parse_file(page).lead is None


def test_an_unlabelled_abstract_over_a_journals_notes_is_the_epigraph() -> None:
    abstract = (
        "我国为适应大数据技术的发展，已经出台了相关指导意见和行动纲要。大数据技术成为乡村治理创新的"
        "核心驱动力。"
    )
    text = "大数据不仅带来了技术的变革，也带来了深刻的社会变革，正深刻影响着乡村治理的理念和方式。"
    article = parse_text(
        "大数据时代的乡村治理转型与创新\n张春华\n"
        f"{abstract}\n大数据时代 乡村治理 数据思维 数据标准\n"
        f"作者单位广东金融学院马克思主义学院 广东广州 510521\n{text}\n{text}\n"
    )
    assert article.epigraph == abstract
    assert article.lead == text
    assert "作者单位广东金融学院马克思主义学院 广东广州 510521" in article.furniture
    # (a real page: a commentary's summary over the credits of the paper it was drawn from)
    page = Path(__file__).parent / "corpus" / "real" / "dev" / "yxc04_8fb3928a.txt"
    assert parse_file(page).lead.startswith("基层治理是国家治理的“神经末梢”")
    # a first paragraph over a photo and its caption, then the story, is the story's lead
    news = parse_text(f"某村举行集体经济分红大会\n{text}\n![]()\n分红大会现场\n{text}\n")
    assert news.lead == text and news.epigraph is None
    # (a page that stops under the notes shows no text to take the lead from)
    keywords = "关键词：乡村治理；大数据；数据思维"
    cut = parse_text(f"大数据时代的乡村治理转型与创新\n{abstract}\n{keywords}\n")
    assert cut.lead == abstract


def test_an_ordinal_point_over_points_of_its_own_is_a_header_a_level_above_them() -> None:
    body = "各镇区和各单位要统一思想，提高认识，切实把验收工作摆上重要议事日程，确保验收顺利通过。"
    opening = "在全县验收部署会议上的讲话\n同志们：\n今天，我们在这里召开全县验收部署会议。\n"
    first = "第一，要志在必得，在思想上高度重视迎查工作"
    points = f"（一）充分认识验收工作的重要性。{body}\n（二）充分认识面临的挑战。{body}\n"
    # a page that stops before `第二，`: the one point shows its own points under it
    cut = parse_text(f"{opening}{first}\n{body}\n{points}")
    assert [(s.level, s.printed_header) for s in cut.sections] == [(1, first)]
    assert [s.mark for s in cut.sections[0].subsections] == ["（一）", "（二）"]
    second = "第二，要突出重点，扎实做好迎查各项工作"
    later = f"{second}\n{body}\n（一）抓好整治。{body}\n"
    whole = parse_text(f"{opening}{first}\n{body}\n{points}{later}")
    assert [s.printed_header for s in whole.sections] == [first, second]
    assert [len(s.subsections) for s in whole.sections] == [2, 1]
    # one alone over text is a point the speaker makes, not a header
    alone = parse_text(f"{opening}{first}\n{body}\n{body}\n")
    assert alone.sections == []


def test_a_page_without_its_title_whose_first_point_is_a_later_one_has_no_lead() -> None:
    body = "严格按照规定程序开展工作，充分尊重群众意愿，确保每一个环节都公开透明、合法合规。"
    cut = "进村庄发展的条款，召开村民大会进行补充和完善，村规民约得到群众普遍认可和自觉遵守。"
    points = f"（二）严格程序，尊重民情民意\n{body}\n（三）突出特色，防止千村一面\n{body}\n"
    later = parse_text(f"{cut}\n{points}")
    assert later.lead is None
    assert later.paragraphs[0] == cut  # (the text it opens on is kept, as the body's)
    # the first point, or a title over the page, shows where the text starts
    first = parse_text(f"{cut}\n（一）健全制度，规范村务管理\n{body}\n{points}")
    assert first.lead == cut
    titled = parse_text(f"某镇村规民约修订工作情况汇报\n{cut}\n{points}")
    assert titled.lead == cut


def test_a_pages_one_header_printed_a_phrase_to_a_line_is_one_header() -> None:
    lead = "做好易地扶贫搬迁后续扶持，是持续巩固拓展脱贫攻坚成果同乡村振兴有效衔接的重要内容。"
    body = "6月30日，幸福社区举办了一场精彩的文艺汇演，搬迁群众载歌载舞，共庆党的生日。"
    article = parse_text(
        f"“搬”出新生活\n{lead}\n构建一套体系\n破解支部“散”的问题\n{body}\n{body}\n"
    )
    assert [s.header for s in article.sections] == ["构建一套体系 破解支部“散”的问题"]
    # beside other header lines, two such lines are a header over its subheader, or a label
    # over its header: not joined
    other = f"坚持一盘棋推进\n{body}\n"
    besides = parse_text(
        f"“搬”出新生活\n{lead}\n构建一套体系\n破解支部“散”的问题\n{body}\n{other}"
    )
    assert "构建一套体系 破解支部“散”的问题" not in [s.header for s in besides.sections]
    # with no lead above them, short lines may be a paper's keywords printed a word to a line
    # (a real page: `农民夜校`, `发展历程`, `农业社`, then the keywords in English)
    page = Path(__file__).parent / "corpus" / "real" / "dev" / "zvc01_c1553504.txt"
    paper = parse_file(page)
    assert paper.sections == [] and paper.lead is None
