"""Each repair on invented text: what must change, and what must be left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.clean import clean_text
from drafter.clean.boilerplate import is_boilerplate
from drafter.clean.pinyin import strip_readings


def cleaned(text: str) -> str:
    return clean_text(text).text.rstrip("\n")


# --- pinyin readings -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("鄉(xiāng)村振興(xīng)", "鄉村振興"),
        ("綠(lǜ)色發展", "綠色發展"),
        ("綠(lv4)色", "綠色"),
        ("女(nǚ)性", "女性"),
        ("發(fā)展", "發展"),
        ("重(chong)慶", "重慶"),
        ("中國(zhōng guó)", "中國"),
        ("長（zhǎng）期", "長期"),
        ("你才會(huì )知道", "你才會知道"),  # a space the converter left before the bracket
    ],
)
def test_pinyin_readings_are_removed(raw: str, expected: str) -> None:
    assert strip_readings(raw)[0] == expected


@pytest.mark.parametrize(
    "raw",
    [
        "（作者单位：中共某某区委组织部）",
        "乡（镇）",
        "党员中心户（微网格）",
        "世界贸易组织(WTO)",
        "条款(a)项",
        "条款(a )项",  # a list label, whatever space the page left before its bracket
        "接口(api)说明",
        "see (figure) below",
        "第(1)条",
    ],
)
def test_real_parentheticals_stay(raw: str) -> None:
    assert strip_readings(raw)[0] == raw


# --- mojibake --------------------------------------------------------------------------------


def _damage(text: str, lose: int) -> str:
    """Simulate the scraper: GBK bytes with the byte at `lose` turned into `?`, read back as
    GBK with invalid bytes shown as `?`, and full-width `！` folded to `!`."""
    data = text.encode("gbk")
    data = data[:lose] + b"?" + data[lose + 1 :]
    return data.decode("gbk", errors="replace").replace("\ufffd", "?").replace("！", "!")


@pytest.mark.parametrize(
    ("original", "lose"),
    [
        # lead byte of 。 lost before a quotation (the seed's case, in another sentence)
        ("全面推进乡村振兴。“三个一”工程成效明显", 16),
        ("产业兴旺、生活富裕”的目标", 12),
    ],
)
def test_invented_mojibake_is_repaired(original: str, lose: int) -> None:
    damaged = _damage(original, lose)
    assert damaged != original and "?" in damaged
    result = clean_text(damaged)
    assert cleaned(damaged) == original
    assert [r.kind for r in result.repairs] == ["mojibake"]


def test_unsure_mojibake_is_kept_and_reported() -> None:
    damaged = "他说?龘靐齉?,然后"
    result = clean_text(damaged)
    assert "?龘靐齉?" in result.text
    assert [(u.kind, u.line, u.column) for u in result.unrepaired] == [("mojibake", 1, 3)]


@pytest.mark.parametrize(
    "raw", ["为什么?因为天下雨了?", "真的吗?!好的,走吧", "What?Really?", "他问:谁?我说:你?"]
)
def test_question_marks_are_not_mojibake(raw: str) -> None:
    result = clean_text(raw)
    assert result.unrepaired == []
    assert not [r for r in result.repairs if r.kind == "mojibake"]


def test_lost_full_width_spaces_in_a_name() -> None:
    assert cleaned("责任编辑/王? ? 元") == "责任编辑/王元"
    assert cleaned("真的吗? 我不信") == "真的吗？ 我不信"


# --- punctuation -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("欲筑室者,,先治其基", "欲筑室者，先治其基"),
        ("稳舵奋楫,。", "稳舵奋楫。"),
        ("省,、市,、区", "省、市、区"),
        ("增进感情,;对外", "增进感情；对外"),
        ("大展身手“,智”撑发展", "大展身手，“智”撑发展"),
        ("一是,,,抓党建", "一是，抓党建"),
    ],
)
def test_doubled_and_misplaced_marks(raw: str, expected: str) -> None:
    assert cleaned(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("产业兴旺,生活富裕;目标:振兴!对吗?", "产业兴旺，生活富裕；目标：振兴！对吗？"),
        ("(作者单位:某区委组织部)", "（作者单位：某区委组织部）"),
        ("世界贸易组织(WTO)成员", "世界贸易组织（WTO）成员"),
        ('他说"抓党建"很重要', "他说“抓党建”很重要"),
        ("97.14%的行政村", "97.14%的行政村"),
        ("2020年实现收入50万元,占29.4%.", "2020年实现收入50万元，占29.4%."),
        ("会议于10:30召开", "会议于10:30召开"),
        ("共1,000人参加", "共1,000人参加"),
        ("详见http://www.example.gov.cn/a?b=1", "详见http://www.example.gov.cn/a?b=1"),
        ("Hello, world! (English stays.)", "Hello, world! (English stays.)"),
        ("工作还在继续...", "工作还在继续……"),
        ("他走了.我们", "他走了。我们"),
        # an English sentence after curly quotes keeps its stop; a Chinese one does not
        ("stresses “the strategy”. The rural", "stresses “the strategy”. The rural"),
        ("强调“乡村振兴”. 下一步", "强调“乡村振兴”。 下一步"),
        # a dot after an ordinal that opens the line numbers a point (real pages: `一.背景信息`);
        # after a word that ends on a numeral, or another line's, it ends a sentence
        ("一.背景信息\n  十二.下一步打算", "一、背景信息\n十二、下一步打算"),
        ("要统一.下一步", "要统一。下一步"),
        ("第一.不", "第一。不"),
        ("一.", "一。"),
    ],
)
def test_width_follows_the_language_around_the_mark(raw: str, expected: str) -> None:
    assert cleaned(raw) == expected


# --- script ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("著力推動鄉村振興", "着力推动乡村振兴"),
        ("沿著正確方向前進", "沿着正确方向前进"),
        ("著眼區情實際", "着眼区情实际"),
        ("本著客觀實際", "本着客观实际"),
        ("該區實踐著理念", "该区实践着理念"),
        ("成效顯著，著作頗豐，土著居民", "成效显著，著作颇丰，土著居民"),
        ("瑯琊新聞網訊", "琅琊新闻网讯"),
        ("衞生環境", "卫生环境"),
    ],
)
def test_traditional_to_simplified(raw: str, expected: str) -> None:
    assert cleaned(raw) == expected


def test_simplified_text_is_not_touched() -> None:
    text = "成效显著，乾隆年间的著作，沿著这条路"  # 沿著 in Simplified text is the writer's own
    assert cleaned(text) == text


def test_the_shipped_character_classes_are_the_installed_openccs() -> None:
    from importlib.resources import files

    from drafter.text.script import CLASSES, character_classes

    shipped = files("drafter.text").joinpath(CLASSES).read_text(encoding="utf-8")
    lines = [line for line in shipped.splitlines() if not line.startswith("#")]
    assert dict(line.split("\t") for line in lines) == character_classes(), (
        "OpenCC changed: python -m drafter.text.script writes the classes again"
    )


def test_only_traditional_lines_are_converted() -> None:
    result = clean_text("简体的一行，显著提高\n繁體的一行，顯著提高\n")
    assert result.text == "简体的一行，显著提高\n繁体的一行，显著提高\n"
    assert result.counts["script"] == 1


# --- boilerplate -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "洽谈电话",
        "400-6060-805",
        "联系电话：13807210624 15871688830",
        "鄂ICP备12009549号 版权所有：某某公司",
        "Copyright © 2021 某某网 All Rights Reserved",
        "技术支持：某某网络公司 [管理]",
        "地址：武昌丁字桥路1号",
        "京公网安备 11010502030000号",
        "发布时间：2021-09-01 浏览次数：120",
        "来源：某某日报",
        "2021-09-01 10:30:00",
        "2021年9月1日",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "责任编辑/王元",
        "（作者单位：中共吉林市船营区委组织部）",
        "临报融媒记者 曹鹏飞 赵琳琳 通讯员 王庆龙",
        "张平",
        "2020年实现村级集体经济经营性收入50万元的经济强村达到5个，占29.4%。",
        "开通服务热线12345，办结群众诉求3200余件，群众满意率达到98%。",
        "该区严格落实知识产权保护，明确“谁创作、谁版权所有”的原则，全年办结案件20件，"
        "持续优化营商环境，推动产业振兴与人才振兴融合发展，形成了可复制可推广的经验做法，"
        "得到上级充分肯定并在全市推广。",
    ],
)
def test_article_lines_are_not_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


# --- whole text ------------------------------------------------------------------------------


def test_related_articles_list_at_the_end_is_cut() -> None:
    lines = [f"第{n}段正文，内容充实。" for n in range(6)]
    page = "\n".join(
        [*lines, "责任编辑：王元", "相关阅读", "某县召开党建工作会议", "某镇推进乡村振兴"]
    )
    result = clean_text(page)
    assert result.text.endswith("第5段正文，内容充实。\n责任编辑：王元\n")
    early = "\n".join(["相关阅读是一种习惯。", *lines])
    assert clean_text(early).text.startswith("相关阅读是一种习惯。")
    # (a page may ask what else the reader would like)
    liked = "\n".join([*lines, "你可能想看：", "标签： 时政", "某县召开党建工作会议"])
    assert clean_text(liked).text.endswith("第5段正文，内容充实。\n")


def test_control_characters_blank_lines_and_indentation() -> None:
    raw = "\ufeff　　第一段。\r\n\r\n\u200b　　第二段\x07。\r\n   \n"
    result = clean_text(raw)
    assert result.text == "第一段。\n第二段。\n"
    assert result.counts["control"] == 3


def test_empty_and_ascii_only_text() -> None:
    assert clean_text("").text == ""
    assert clean_text("   \n\n").text == ""
    assert clean_text("Plain English, with marks: yes!").text == "Plain English, with marks: yes!\n"


def test_replacement_characters_are_reported() -> None:
    result = clean_text("第一行\n乡村\ufffd\ufffd振兴")
    assert [(u.kind, u.line, u.column) for u in result.unrepaired] == [("replacement", 2, 3)]


def test_html_source_becomes_text_without_navigation() -> None:
    page = (
        "<html><head><title>某区抓党建促乡村振兴</title><script>var a = '<p>x</p>';</script>"
        "</head><body><div>当前位置：首页 &gt; 新闻中心 &gt; 基层动态</div>"
        "<p>第一段,内容&amp;更多。</p><p>第二段</p><div>版权所有 ICP备1234号</div></body></html>"
    )
    result = clean_text(page)
    assert result.text == "某区抓党建促乡村振兴\n第一段，内容&更多。\n第二段\n"
    assert result.counts["html"] == 1
    assert result.counts["boilerplate"] == 2


def test_a_wechat_article_saved_as_source_is_read_as_html() -> None:
    # WeChat's editors build a post from <section> blocks alone, with no <div> or <p>
    page = (
        "党建引领 | 某区：“红色头雁”领航乡村振兴\n"
        '<section style="line-height: 2;"><section powered-by="xiumi.us">'
        '<svg viewbox="0 0 1 1"></svg></section><section>近年来，某区坚持党建引领。</section>'
        "<section>村党组织书记队伍不断优化。</section></section>"
    )
    result = clean_text(page)
    assert result.counts["html"] == 1
    assert "<section" not in result.text and "svg" not in result.text
    assert "近年来，某区坚持党建引领。\n村党组织书记队伍不断优化。" in result.text


# --- furniture rules remove only what they are sure of ---------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "村干部纷纷分享到自己的工作心得，扫一扫村务公开栏上的二维码就能看到账目",
        "联系我们的网格员随时上门，群众有事一个电话就能解决",
        "推荐阅读《习近平谈治国理政》等书目，组织党员开展读书分享活动",
        "党员们扫一扫就能参加线上学习，全年累计学习时长超过5000小时",
    ],
)
def test_article_lines_with_widget_words_are_kept(line: str) -> None:
    assert not is_boilerplate(line)
    text = f"某县抓党建促乡村振兴\n{line}\n全县党员干部积极参与。\n"
    assert line in clean_text(text).text.replace("，", ",").replace(",", "，")


def test_a_related_list_stops_at_the_first_sentence() -> None:
    body = [
        "某县抓党建促乡村振兴",
        *(f"第{i}段正文，讲述基层党建的具体做法和成效。" for i in range(6)),
    ]
    text = "\n".join(
        [
            *body,
            "推荐阅读",
            "某镇召开党建工作会议",
            "某村开展主题党日活动",
            "这是文章后面的正文，不能被删掉。",
            "2026年11月20日",
        ]
    )
    result = clean_text(text)
    assert "这是文章后面的正文，不能被删掉。" in result.text
    assert "某镇召开党建工作会议" not in result.text
    assert "2026年11月20日" in result.text  # a date at the foot of the page is the signature's
    removed = {r.text: r.rule for r in result.removed}
    assert removed["推荐阅读"] == "related" and removed["某村开展主题党日活动"] == "related"


def test_the_neighbouring_stories_titles_under_their_links_labels_are_cut() -> None:
    body = ["某县成立流动党支部", "近年来，该县外出务工党员增多，为加强管理成立了流动党支部。"]
    body += [f"第{i}段正文，讲述流动党支部的具体做法和成效。" for i in range(4)]
    text = "\n".join(
        [
            *body,
            "上一篇：",
            "嘉鱼县举行运价调整听证会 规范城区出租车运营",
            "下一篇：",
            "这是一句写在标签下的正文，它不是链接的标题。",
        ]
    )
    result = clean_text(text)
    removed = {r.text: r.rule for r in result.removed}
    assert removed["嘉鱼县举行运价调整听证会 规范城区出租车运营"] == "neighbour"
    assert "这是一句写在标签下的正文，它不是链接的标题。" in result.text  # (a sentence: no link)
    assert all(line in result.text for line in body)
    # (at the page's head, the line under such a label is left: it may be the article's title)
    top = clean_text("\n".join(["上一篇：", "某县成立流动党支部", *body[1:]]))
    assert "某县成立流动党支部" in top.text


def test_removed_lines_that_are_not_plain_furniture_are_said(tmp_path: Path) -> None:
    from tests.test_cli import drafter

    page = tmp_path / "页.txt"
    lines = ["某县抓党建促乡村振兴", "版权所有"]
    lines += [*(f"第{i}段正文，讲述基层党建的具体做法。" for i in range(6))]
    lines += ["相关阅读", "某镇召开党建工作会议暨乡村振兴推进会"]
    page.write_text("\n".join(lines), encoding="utf-8")
    done = drafter("clean", page)
    assert "某镇召开党建工作会议暨乡村振兴推进会" in done.stderr  # said, with its line
    assert ":10：删除了一行" in done.stderr
    assert "版权所有" not in done.stderr  # plain furniture: counted, not listed


def test_a_watermark_opening_several_lines_is_taken_off_and_reported() -> None:
    mark = "某某范文网http://fanwen.example.com"
    raw = (
        f"影响农村党员发挥作用的情况调查\n{mark}\n{mark}党章规定，党员要起先锋模范作用。\n"
        f"{mark}\n{mark}一、组织因素\n{mark}党的基层组织是党在社会基层中的战斗堡垒。\n"
        f"{mark}2021年，全镇发展党员23名。\n详见 http://fanwen.example.com 的说明。\n"
    )
    result = clean_text(raw)
    assert result.text == (
        "影响农村党员发挥作用的情况调查\n党章规定，党员要起先锋模范作用。\n一、组织因素\n"
        "党的基层组织是党在社会基层中的战斗堡垒。\n2021年，全镇发展党员23名。\n"
        "详见 http://fanwen.example.com 的说明。\n"
    )
    assert result.counts["watermark"] == 6  # the figure after the last one is the writer's
    assert [(r.line, r.rule) for r in result.removed] == [(2, "watermark"), (4, "watermark")]
    assert "网站水印" in result.removed[0].describe("页.txt")


def test_a_figure_run_into_a_watermark_is_kept() -> None:
    mark = "某某范文网www.example.com"
    raw = "".join(f"{mark}2021年，某镇发展党员{n}名。\n" for n in (23, 24, 25))
    assert clean_text(raw).text == "".join(f"2021年，某镇发展党员{n}名。\n" for n in (23, 24, 25))


def test_an_address_opening_two_lines_is_no_watermark() -> None:
    raw = "www.example.cn党章规定，党员要起先锋模范作用。\nwww.example.cn基层党组织是战斗堡垒。\n"
    assert clean_text(raw).text == raw


@pytest.mark.parametrize(
    ("text", "balance"),
    [
        ("“三个坚持”", 0),
        ("「金秋丰收美如诗，硕果飘香五谷熟；", 1),
        ("支部带着干，“党员做示范；", 1),
        ("群众跟着走”", -1),
        ("「小村大债」之困", 0),
    ],
)
def test_quotation_balance_counts_mainland_and_traditional_marks(text: str, balance: int) -> None:
    from drafter.text.punctuation import quotation_balance

    assert quotation_balance(text) == balance
