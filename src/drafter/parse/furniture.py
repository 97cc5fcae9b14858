"""What a saved page prints around an article: metadata, widgets, site notices, captions and
credits, a site's name: each told by its shape, whatever the site."""

from __future__ import annotations

import re

from drafter.text.chars import HAN, HAN_CHAR

_NOTICE_LINE_MAX = 60  # a line this short with a notice word is the notice (`立即下载`)
# Search-engine spam a compromised page carries above the article (two of these words or more).
_SPAM = re.compile(
    r"久久|毛片|无码|一区二区|午夜|看片|精品视频|成人(?:网站|视频|电影)|激情|av\b|AV\b"
)
_SPAM_MARKED_MIN = 3
# A body paragraph: long enough and closing a sentence somewhere.
BODY_MIN = 30
# A sentence ends on its mark or trails off (`…映入眼帘……`), or hands over to what follows
# (`…具体情况总结如下：`).
# (`，` then `[^，]*`: from its last comma only, or a long line of commas takes quadratic time)
SENTENCE_MARK = re.compile("[。！？]|…$|，[^，]*[：:]$")
# The names of a page's metadata fields, before their colon (`来源：`, `责任编辑：`, `点击数：`).
FIELD_NAMES = (
    "来源|作者(?:姓名)?|文字|撰文|摄影|(?:信息)?发布(?:时间|者|人)?|发表时间|更新时间|(?:责任)?编辑|责编|编审|审核|校对"
    # (a paper's three reviews: `一审：宁基 二审：仇晴 三审：周满荣`, `终审人：…`)
    "|[一二三初复终]审人?"
    # (who made a post or a page: `供稿：…组织部`, `监制：…`)
    "|供稿(?:单位)?|监制|出品|主编|审校"
    "|(?:点击|浏览|阅读)(?:次数|数|量)?|字号|(?:文章)?字数|时间|日期|录入|投稿人"
    # (`当前位置：`, `您的位置：`; not a headline's `找准位置：勇于担当`)
    r"|(?<![^\s前的在])位置"
)
# Page furniture in the front zone: metadata, dates and times, navigation separators, widget
# and membership words, page numbers, site names.
_FURNITURE = re.compile(
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}:\d{2}|[|>»›•○]|https?://|www\."
    rf"|(?:{FIELD_NAMES})\s*[:：]"
    r"|隐藏内容|权限查看|正式会员|省略\d+字"
    # a date whose figures a template site took out: `今年月日`, `年月日`
    r"|^(?:今年|去年|明年|\d{4}\s*年|年)\s*月\s*日$"
    # (a headline may say 关注 or 分享: `县人大关注村级集体经济发展`; the widgets say more or less)
    r"|分享(?:到|至)|^[—－\-·\s]*分享[:：]?[—－\-·\s]*$|^(?:正文复制|复制全文|全文复制|(?:阅读|查看|下载|浏览)?全文(?:下载|阅读)?)$|打印|收藏|权限|移动版|客户端|公众号|微博|版[:：]"
    r"|Vip|VIP|PDF|pdf|docx?\b|扫码|二维码|评论\s*\d|^点赞(?:$|\s)|点赞[\d(（]|(?:点击|加|[+＋])关注|关注(?:我们|本号)|^关注$"
    r"|联系客服|写作文库|^听新闻$|首页|个人中心|^字号|^详细信息$|^留言板$|^(?:网站)?导航$|^菜单$"
    r"|(?:侵权|版权)(?:投诉|举报)"
    # a paper's keywords and a page's category, wherever the page put them
    r"|^[【\[]?关\s*键\s*[词字](?:[】\]]|\s*[:：])|^(?:文章)?分类(?:名称)?\s*[:：]"
    # the links to the site's neighbouring articles, and its window widgets
    r"|^[-－—·•\s]*[上下]一[篇条]|关闭窗口|返回顶部"  # (maybe under a list's mark: `-上一篇：…`)
    # (a television script's cue naming who speaks next: `【同期】游客 孙奔腾`)
    r"|^【(?:同期声?|解说词?|画面|字幕)】"
    # (and the boxes under the text: tips, comments, recommended and most-read items)
    r"|^打赏$|^\d*\s*条?相关评论$|^推荐(?:图文|资讯|阅读)$|^点击排行$"
    r"|^(?:新闻|相关|热点|热门|精彩|图片|视频)推荐$|^猜你喜欢$|^延伸阅读$|^热门文章$"
    # a journal's issue (`中国西部 2021年2期`), a forum's and a document site's widgets
    r"|\d{4}年第?\d{1,2}期|^回复$|返回列表|发布新帖|只看该作者|楼主|复制链接|(?:文档)?页数[:：]"
    r"|部分内容阅读|^标签\s*[:：]"  # (a line of the page's tags: `标签：#乡镇 #讲话`)
    # (a repost's note of the headline it first ran under, or of the piece it is taken from)
    r"|^[（(]?原标题\s*[:：]|^原文\s*[:：]\s*《"
    r"|^【?相关(?:链接|阅读|新闻|报道|文章)】?\s*[:：]"  # (the links to other stories under it)
    r"|[上下]接第.{1,3}版|标题导航|版面导航"  # an e-paper's continuation and its widgets
    # a post's date without its year, opening its account line: `10-28 笔杆子素材库`
    r"|^(?:0[1-9]|1[0-2])-(?:[012]\d|3[01])(?![\d月日])",
)
# A headline under its column's name: `乡村振兴看头雁 | 打好集体经济“组合拳”…`.
_COLUMN_TITLE = re.compile(rf"[{HAN}“”]{{2,12}}\s*[|｜]\s*[^|｜\d]{{6,50}}")
# A field's name before the bar is a post's credit, not a column's: `监制|潘可田 肖 红`.
_CREDIT_BAR = re.compile(rf"(?:{FIELD_NAMES})\s*[|｜]")
# A page that goes on from another page of the paper: without the title again, the story's
# opening is not on it.
CONTINUED = re.compile(r"上接第.{1,3}版")
# A journal listing's field names, each on a line above its value (`作者`, then the names).
_FIELD_LABEL = re.compile(r"作者|出处|基金|来源|机构|分类号")
# Three of them on a line are the page's metadata, whatever else the line holds.
_METADATA_FIELD = re.compile(rf"(?:{FIELD_NAMES})\s*[:：]")
_METADATA_FIELDS_MIN = 3
# A template's fields left empty: `调研时间：调研地点：调查对象：`.
_BLANK_FIELDS = re.compile(rf"(?:[{HAN}]{{2,6}}\s*[:：]\s*){{2,}}")
# Document and template sites' notices about the file itself (sharing, paywall, download).
# A 范文 site's words for what it gathered for the reader, and its hope that they help.
_GATHERED = "整理|收集|搜集|筛选|挑选|推荐"
_FOR_YOU = r"为(?:大家|您)(?:精心)?"
_HOPES_TO_HELP = r"希望(?:能够|能|可以)?(?:帮助|帮)到?(?:大家|您)"
_SITE_NOTICE = re.compile(
    r"由会员分享|可在线阅读|正式会员|隐藏内容|权限查看|省略\d+字|欢迎下载"
    # (`为大家整理的…`; not `为大家带来了一堂党课`)
    rf"|本站|小编|{_FOR_YOU}(?:{_GATHERED}|准备|带来)(?:了?的|了[^，。]{{0,10}}?(?:\d+|[一几])\s*篇|了一些)"
    r"|仅展示\s*\d+\s*字|全文共\s*\d+\s*个?字|共计\s*\d+\s*个?字|预计阅读(?:时长|时间)|预览(?:阅读)?已结束"
    # a 范文 site's blurb over its collection (`如何才能写好一篇…，这就需要搜集整理更多的资料`)
    r"|如何才能写好一篇|搜集整理更多的资料"
    # (`…精心挑选了村委会工作报告范文供你参考和学习，希望我们的参考范文能激发你的文章创作灵感`)
    r"|参考范文|激发你的(?:文章)?创作灵感"
    r"|\.(?:pdf|docx?)\b|第\s*\d+\s*页\s*[,，]\s*共\s*\d+\s*页"
    # a document site's notices, its blurb over a collection, and the label of each piece in it
    r"|欢迎访问|欢迎光临|温馨提示[:：]|请放心下载|本文档由用户(?:提供并)?上传|版权说明|下载前请仔细阅读|付费完成后|联系客服"
    r"|友情提示|试题试卷|欢迎阅读本文档|本文档能对您|文档简介|文档描述"
    r"|还剩\s*\d+\s*页未读|继续免费阅读|本文档共\s*\d+\s*页|可阅读全部内容"
    rf"|请欣赏|精选\s*\d+\s*篇|{_HOPES_TO_HELP}|篇\s*\d{{1,2}}$"
    r"|希望对(?:您|你|大家)有所帮助|网友整理分享"
    r"|仅部分预览|不可在线预览|仅供预览|内容可能不全"
    r"|版权归属?(?:于)?(?:原作者|作者|内容提供方|原创者)|版权争议|如有侵权|侵权请(?:联系|告知)"
    # (a document site's numbered terms: `文档一经付费…`, `如文档侵犯著作权…请点击“版权申诉”`)
    r"|一经付费|版权申诉|VIP(?:文档|会员)|成为VIP|查看更多$"
    # a journal site's notice under its message board (`关于本刊的投稿…您可以本页添加留言`), or
    # where the rest of the paper is (`注： 保护知识产权，如需阅读全文请联系…杂志社`)
    r"|添加留言|如需(?:阅读|查看|下载)全文"
)
# The blurb itself, a paragraph over what the site collected (`下面是小编收集整理的…`): as a
# notice only with its count or its `的`, as a blurb whatever follows (`为您精心挑选了九篇…`).
_BLURB = re.compile(rf"小编|{_FOR_YOU}(?:{_GATHERED})|请欣赏|{_HOPES_TO_HELP}")
# Or its summary of the text, of any length: the text's opening cut short (`文章简介：大家好！
# 今天…`), or the title again (`本文简介：在…上的讲话`).
_SUMMARY_LABEL = re.compile(r"(?:文章|本文)简介\s*[:：]")
# A collection's label over each piece: `（篇一）`. (Matched whole, apart from the notices: an
# anchored branch among them would slow the search of every line.)
# (or the piece's entry, numbered, its label after it: `1.农村无职党员设岗定责具体措施 篇一`)
_PIECE_LABEL = re.compile(
    r"(?:\d{1,2}[.、．]\s*[^，。！？\s]{2,40}\s*)?[（(【]?篇[一二三四五六七八九十]{1,3}[)）】]?"
)
# What the piece won, noted in brackets under its title: `（获2015年度全省组织工作调研成果二等奖）`.
_AWARD_NOTE = re.compile(r"[（(]\s*(?:荣)?获[^（）()]{2,40}奖\s*[)）]")
# 积分 alone is a word of the genre (积分超市, 积分制管理); a site's notice prices it.
# A site's copyright notice under the text, of any length: `版权声明：凡注明“来源：某网”的…`.
_COPYRIGHT_NOTICE = re.compile(r"^版权声明\s*[:：]")
_SHORT_NOTICE = re.compile(
    r"下载|登录|注册|会员|用户特权|立即了解|免费试用|(?<!\d)\d+\s*个?积分|积分\s*[:：]?\s*\d"
)
# A forum's note of who edited the post last: `本帖最后由 某某 于 2017-05-03 10:20 编辑`.
_EDIT_NOTE = re.compile(r"本帖最后由\s*\S+\s*于")
# A reference to a paper, as a citation prints it: `潘刚.…研究[J].中国乡村发现,2025,(03):72-77.`;
# or to a book's chapter: `…主编《…》，社会科学文献出版社，2025，第116~131页。`
# (a paragraph that cites a book in a footnote run into it is text: a reference is a line)
_REFERENCE_MAX = 200
_REFERENCE = re.compile(
    r"\[[JMCDNR]\][.．。]?\s*[^，。]{2,30}[，,]\s*(?:19|20)\d\d|出版社[，,.．]\s*(?:19|20)\d\d"
)
# Picture captions end on a credit or name a position in the picture.
_CAPTION = re.compile(
    r"(?:供图|摄|新华社发|通讯员摄|记者摄|资料(?:图片?|照片)|图片来源[^。]*|来源：[^。]{0,12}网)[）)]?\s*$"
    r"|^[（(](?:图片|照片|配图)[）)]$"
    r"|^[▲△]"  # (a post's mark pointing up at its picture: `▲青年工人正在生产车间加工刀具`)
    r"|[（(][左右中][一二三四五]?[）)]|[前后中]排[左右中]?[一二三四五]?$|^[（(]?图为|一景$"
    # (a group photograph's: `实践队员与村干部合影`)
    r"|(?:合影|合照)(?:留念)?$"
    # (a view from above: `茶园俯瞰图，村容村貌`, `（徽县县城鸟瞰）`, `…港区俯瞰。`)
    r"|(?:俯瞰|鸟瞰|航拍)图|(?:俯瞰|鸟瞰)[。）)]?$"
    # (a picture's or a chart's, numbered or set apart by a space: `图一：队员到达村里`,
    # `图2 村民在田间劳作`, `图 参观调研产业园`, `图表一：订婚消费情况`)
    r"|^图表?(?:\s*[一二三四五六七八九十\d]{1,3})?\s*[:：、.．\s]"
    # (or who gave it, after the word: `村民们领取分红供图铜梁区委宣传部`)
    rf"|供图[:：]?\s*[{HAN}]{{2,14}}$"
    # (where the picture was taken: `李家塅村高标准农田项目现场`, `活动现场一角`)
    r"|^[^，。！？；：]{2,24}现场(?:一角)?$"
    # a photographer's credit, after the picture's name (`奔 腾 摄影/孔令琳`)
    rf"|摄影\s*[/／:：]\s*[{HAN}·]{{2,5}}[）)]?$"
    # or say who is in the picture doing what (no header opens on them): `记者和小朋友交流`
    r"|^(?:记者|媒体人|小朋友|游客|工作人员|孩子们|学生们)[^，。！？；：]{2,20}$"
)
CAPTION_MAX = 120
_SITE_NAME = re.compile(
    # (a 汇报, 简报 or 通报 is the genre's own title, not a newspaper, spaced out or not: `汇 报`)
    rf"^[{HAN}A-Za-z·\s]{{2,14}}(?:网|新闻|(?<![汇简通公喜捷])(?<![汇简通公喜捷]\s)报|报社|网站|网站群|客户端|融媒|频道|数字报纸|杂志|文库|在线)$"
)


# A web page's title names the site after a dash or a bar: `…驻村第一书记张国远-华龙网`.
_SITE_AFTER_TITLE = re.compile(r"[-_－|｜]\s*(?P<site>[^-_－|｜]{2,16})$")


def site_after_title(line: str) -> int | None:
    """Where the site's name a page's title ends on begins (the dash or bar before it)."""
    found = _SITE_AFTER_TITLE.search(line)
    return found.start() if found and _SITE_NAME.match(found["site"]) else None


# The metadata fields run onto the end of a line, from the first: `…评议会议字号大小：【 】`,
# `…的讲话标签： #乡镇`, `…“大活力”发布：2023-11-09 作者：赵磊`, `…发展文章来源：县林业局`,
# `…衢州篇章转自：衢州日报` (fields after it, no sentence, as long as a page's fields are).
_FIELD_AFTER = re.compile(
    rf"(?:文章|信息|新闻|稿件)?(?:{FIELD_NAMES}|标签|字号大小|转自|转载自?|栏目)\s*[:：]"
    r"[^。！？；]{0,150}$"
)


def field_after(line: str) -> int | None:
    """Where the page's metadata fields run on at the end of a line begin."""
    found = _FIELD_AFTER.search(line)
    return found.start() if found else None


# The page's dates, times and labelled fields run onto the text: `2023-05-06 20:53:33 来源：某网
# 作者： “借助党组织力量…`.
FIELDS_RUN = re.compile(
    r"(?:(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}:\d{2}(?::\d{2})?"
    # (a date in words with its time: `2017年11月16日 09:08:14`, `2024年10月28日15:56`)
    r"|\d{4}年\d{1,2}月\d{1,2}日(?=\s*\d{1,2}:\d{2})"
    # (a field of tags: `标签： #乡镇 #讲话`)
    # (its value maybe a space after its colon, when it is a code or another field follows it,
    # and a count maybe in `次`: `来源: sp2024`, `来源: 本站 时间:…`, `浏览量: 次`; not the words
    # after an empty field, which may be the text's: `作者： 引言 …`)
    rf"|(?:{FIELD_NAMES}|标签)\s*[:：](?:\s*#[^\s#]{{1,10}})*"
    r"(?:[ \u3000]+(?=[^\s|，。]*[A-Za-z0-9])[^\s|，。]{1,20}(?=[\s|｜]|$)"
    rf"|[ \u3000]+[^\s|，。]{{1,20}}(?=[ \u3000]+(?:{FIELD_NAMES})\s*[:：])|[^\s|，。]{{0,20}})"
    r"(?:[ \u3000]*次(?=\s))?)"
    # (a date may run straight onto the names after it: `2019-02-09郑华萍 朱 伟 …`)
    rf"(?:\s*[|｜]\s*|\s+|(?<=\d)(?=[{HAN}])|(?<=日)(?=\d)))+"
)


# Or the page's date run onto a headline whose break was lost, its time, its writer or its
# fields after it: `…党旗飘在田园中2019-11-18朱建国`, `…村规民约2017年11月16日 09:08:14来源:…`.
# (not a date in brackets: `…上的讲话（2021年3月5日）`)
_DATE_AFTER = re.compile(
    r"(?<=[^\d\s（(【\[])\s*(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)"
    r"(?![\d月日])[^。！？，；]{0,60}$"
)


def date_after(line: str) -> int | None:
    """Where the page's date runs on at the end of a line."""
    found = _DATE_AFTER.search(line)
    return found.start() if found else None


def site_notice(line: str, start: int = 0) -> re.Match[str] | None:
    """Where a document or template site's notice about the page itself stands in `line`."""
    return _SITE_NOTICE.search(line, start)


def is_blurb(line: str) -> bool:
    """A 范文 site's blurb over what it collected (a paragraph, not a title's line)."""
    return bool(_SUMMARY_LABEL.match(line)) or (len(line) >= BODY_MIN and bool(_BLURB.search(line)))


def is_furniture(line: str) -> bool:
    """A short line of the page rather than the article: metadata, a widget, a site name, a
    page number, a line without Chinese text; or a document site's notice of any length."""
    if (
        site_notice(line)
        or (len(line) <= _NOTICE_LINE_MAX and _SHORT_NOTICE.search(line))
        or _EDIT_NOTE.match(line)
        or _COPYRIGHT_NOTICE.match(line)
        or _PIECE_LABEL.fullmatch(line)
        or _AWARD_NOTE.fullmatch(line)
    ):
        return True
    if is_caption(line) or (len(line) <= _REFERENCE_MAX and _REFERENCE.search(line)):
        return True
    # three labelled fields are the page's metadata, whatever marks stray into them
    # (`[ 作者：李勇华？汪燕青？  文章来源：中国乡村发现  点击数： 更新时间：2016-05-23 ]`)
    # (each field ends on its own colon: a line with fewer colons is not searched, which costs)
    if (
        line.count("：") + line.count(":") >= _METADATA_FIELDS_MIN
        and len(_METADATA_FIELD.findall(line)) >= _METADATA_FIELDS_MIN
    ):
        return True
    # a list of keywords, not a sentence of the article (with three, whatever marks stray in)
    spam = len(set(_SPAM.findall(line)))
    if spam >= _SPAM_MARKED_MIN:
        return True
    if SENTENCE_MARK.search(line) and len(line) >= BODY_MIN:
        return False
    if spam >= 2:
        return True
    han = len(HAN_CHAR.findall(line))
    squeezed = re.sub(r"\s+", "", line)  # `审 核：` is `审核：`
    # the bar between a column's name and a headline (not a field's: `监制|潘可田 肖 红`)
    if _COLUMN_TITLE.fullmatch(line) and not _CREDIT_BAR.match(line):
        squeezed = re.sub("[|｜]", "", squeezed)
    words = line.split()
    if len(words) >= 4 and all(len(w) <= 5 for w in words):  # a navigation bar
        return True
    return (
        han < 2
        or han < len(line) / 3
        or is_field_label(line)
        or bool(_BLANK_FIELDS.fullmatch(line))
        or bool(_FURNITURE.search(squeezed))
        or bool(_SITE_NAME.match(line))
    )


def is_marked_furniture(line: str) -> bool:
    """Furniture by what it says (a date, a widget's word, a separator), not by being short."""
    return bool(_FURNITURE.search(line)) and is_furniture(line)


def is_field_label(line: str) -> bool:
    return bool(_FIELD_LABEL.fullmatch(line))


def is_caption(line: str) -> bool:
    """A picture's caption or credit: `…一景。新华社发`, `张三（右）在…。（县委组织部供图）`."""
    return len(line) <= CAPTION_MAX and bool(_CAPTION.search(line))


# A photo's caption of who (nouns and names only) does what a camera sees
# (`实践队参观永和文化广场`, `讲解员为实践队介绍…`, `村民上台领取分红`); a header names a measure
# or a result and opens on it (`走访群众解难题`).
_SCENE_CAPTION = re.compile(
    rf"^(?P<who>[{HAN}（）()、·]{{2,20}}?)(?:正在|忙着|[在到][^，。！？；：“”]{{1,10}}?)?"
    r"(?:参观|走访|查看|察看|考察|采摘|合影|慰问|看望|观看|巡查"
    r"|上台|签名|领取|领奖|重温|宣誓|表演|演出|聆听"  # (on a stage, at a table, taking an oath)
    r"|(?:为|向|与|和|同)[^，。！？；：“”]{1,12}?(?:介绍|讲解|交流|座谈))"
)
_PEOPLE_ENDS = "员者民人队生们部组师长家众志表记宾子友娃辈客士手班团"
# (a name outside the dictionary is `x`, `们` is `k`, `（右）` a place word)
_NAMING_TAGS = ("n", "x", "k", "f", "r", "j", "m", "q")


def is_scene_caption(line: str) -> bool:
    """A line (or a header's opening) that says who in the picture does what."""
    found = _SCENE_CAPTION.match(line)
    return bool(found) and _names_people(found["who"])


# Who is where, doing something: `孟永波在为老乡准备晚餐`, `村民在积分超市兑换商品`.
_LOCATED = re.compile(rf"^(?P<who>[{HAN}（）()、·]{{2,12}}?)(?:正在|在)[{HAN}“]")


def is_located_scene(line: str) -> bool:
    """A line that says which people are where, as a picture shows them: a caption, whatever
    they do (`村民在积分超市兑换商品`); a header opens on a measure or a result."""
    found = _LOCATED.match(line)
    return bool(found) and _names_people(found["who"])


def _names_people(who: str) -> bool:
    """`who` names people: a person's name, or nouns ending on a word for people or a group."""
    from drafter.language import word_tags

    words = [(w, tag) for w, tag in word_tags(who) if w.strip("()（）、")]
    # (a verb before a one-character noun names a group, `实践队`, or before the word for the
    # people themselves: `实践队员`)
    group = {
        i
        for i, (w, tag) in enumerate(words[1:])
        if tag == "n" and (len(w) == 1 or (i + 2 == len(words) and w[-1] in _PEOPLE_ENDS))
    }
    return (
        bool(words)
        and words[-1][1].startswith(("n", "x", "k"))
        # (people: a name, or a noun for people or a group: `精准走访解难题` is a measure)
        and (words[-1][1].startswith(("nr", "x")) or words[-1][0][-1] in _PEOPLE_ENDS)
        and all(
            tag.startswith(_NAMING_TAGS)
            or (tag == "v" and i in group)
            or (tag == "a" and i == 0 < len(words) - 1)  # `优秀党务工作者`: who, qualified
            for i, (_, tag) in enumerate(words)
        )
    )


def is_photo_line(line: str) -> bool:
    """One short sentence without a clause, figure or quotation, as a web page prints under
    its metadata for the photo above the text (`某村农户交售丰收的红辣椒。`), or a scene in it;
    a lead has more to say."""
    return len(line) <= _PHOTO_LINE_MAX and (
        (line.endswith("。") and not _NOT_PHOTO.search(line[:-1])) or bool(_SCENE.fullmatch(line))
    )


_PHOTO_LINE_MAX = 40
_NOT_PHOTO = re.compile(r"[，,、：:；;。！？“”\d]")
# Or where the picture was taken and what is going on in it: `在板材生产车间内，自动化机器正在…。`
_SCENE = re.compile(r"在[^，。！？]{2,14}[，,][^，。！？“”]*正在[^。！？“”]*。")
