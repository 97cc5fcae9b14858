"""parse and analyze on real pages of the genre (tests/corpus/real): floors a little under what
`python -m tests.evaluate` measures, so a change that reads real articles worse fails here."""

from __future__ import annotations

import pytest

from tests.evaluate import REAL, articles, purity, score

# split → (header F1, form accuracy, lead accuracy)
# (the eleventh batch was chosen for pages whose form is hard to tell: test form 0.76 → 0.74;
# the seventeenth to nineteenth brought dev pages whose form the rules misread: dev form 0.90 →
# 0.89, while cross-validation held at 0.86; the twentieth to twenty-ninth brought more, read
# first at 0.72 (dev) and 0.73 (test) for form: dev form 0.89 → 0.87, cross-validation 0.83;
# the thirtieth to thirty-fifth, read first at 37/58 (dev) and 35/53 (test) for form: dev form
# 0.87 → 0.84, cross-validation 0.83 → 0.81; with the thirty-sixth, test form 0.745 → 0.735;
# the thirty-eighth to forty-ninth, read first at F1 0.78 (dev) and 0.80 (test): dev F1 0.92 →
# 0.91 on 677 pages; test F1 0.874, form 0.74, lead 0.87 on 595; the fiftieth to fifty-ninth,
# read first at form 67/91 (dev) and 56/91 (test): dev F1 0.914, form 0.83, lead 0.92 on 767
# pages; test F1 0.879, form 0.72, lead 0.88 on 685; the sixtieth to sixty-ninth, read first at
# form 66/89 (dev) and 58/74 (test): dev F1 0.928, form 0.83, lead 0.93 on 856 pages; test F1
# 0.880, form 0.715, lead 0.875 on 759; the seventieth to seventy-ninth, read first at F1 0.61
# (dev: host scripts, outlines, captions) and 0.80 (test): dev F1 0.916, form 0.83, lead 0.93 on
# 934 pages; test F1 0.875, form 0.74, lead 0.88 on 828; the eightieth to ninetieth, read first at
# F1 0.89 (dev) and 0.87 (test): dev F1 0.920, form 0.82, lead 0.92 on 1,035 pages; test F1
# 0.882, form 0.73, lead 0.88 on 897; the ninety-first to hundredth, read first at F1 0.89 (dev)
# and 0.79 (test), form 52/68 and 50/68: dev F1 0.922, form 0.81 (911/1,125 = 0.8098, the same
# with the code of before them, so its floor 0.81 → 0.80), lead 0.92 on 1,125 pages; test F1
# 0.880, form 0.75, lead 0.87 on 981; the hundred-and-first to hundred-and-fourth, read first at
# F1 0.86 (dev) and 0.94 (test), form 24/30 and 22/30: dev F1 0.921, form 0.81, lead 0.91 on
# 1,155 pages; test F1 0.883, form 0.74 (754/1,011 with the weights of before them, 747 once
# refitted with their 30 dev pages), lead 0.87 on 1,011; the hundred-and-fifth to hundred-and-
# tenth, read first at form 56/66 (dev) and 54/66 (test), lead 59/66 and 54/66 (the last four
# batches read with the words of the form): with the words a piece opens with counted for its
# form, dev form 0.81 → 0.91 (a fit: leave-one-batch-out 0.79 → 0.83, 970 → 1,012 of 1,226),
# test form 0.740 → 0.791 on 1,077 pages (the code of before them 797, this code 852); test F1
# 0.871 (0.8707 with the code of before them: the new test pages' headers, P 0.90 → 0.895, so
# its floor 0.875 → 0.865), lead 0.872; the hundred-and-eleventh to eighteenth, read first at
# form 79/98 (dev) and 72/77 (test), lead 82/98 and 70/77: dev F1 0.912, form 0.909, lead 0.920
# on 1,319 pages; test F1 0.869, form 0.799, lead 0.879 on 1,154 (the code of before them
# 0.869, 0.800, 0.874); the hundred-and-nineteenth to twenty-eighth, read first at form 84/107
# (dev) and 70/83 (test), lead 97/107 and 74/83: dev F1 0.910 (0.908 with the code of before
# them: the new dev pages' false headers, so its floor 0.91 → 0.90), form 0.905, lead 0.926 on
# 1,426 pages; test F1 0.868, form 0.804, lead 0.883 on 1,237 (the code of before them 0.869,
# 0.802, 0.880); the hundred-and-twenty-ninth to thirty-second, read first at form 29/29 (dev)
# and 21/29 (test), lead 27/29 and 27/29: dev F1 0.908, form 0.905, lead 0.929 on 1,455 pages;
# test F1 0.8645 (the same with the code of before them: the new test pages' headers, so its
# floor 0.865 → 0.86), form 0.803, lead 0.885 on 1,266 (that code 0.802, 0.884); the hundred-
# and-thirty-third to thirty-sixth, read first at form 29/36 (dev) and 24/27 (test), lead 32/36
# and 23/27: dev F1 0.907, form 0.903, lead 0.928 on 1,491 pages; test F1 0.865, form 0.806,
# lead 0.884 on 1,293 (the code of before the eight batches 0.865, 0.803, 0.883); the hundred-
# and-thirty-seventh to forty-fourth, read first at form 29/32 and 27/31 (dev), 25/31 and 21/27
# (test), lead 25/32 and 28/31, 28/31 and 22/27: dev F1 0.911, form 0.901 (0.904 with the code and
# weights of before the sixteen batches), lead 0.926 on 1,552 pages (two dev pages, of the
# hundred-and-twenty-sixth and -thirty-eighth, taken out afterwards); test F1 0.865, form 0.805,
# lead 0.883 on 1,351 (that code 0.865, 0.802, 0.882); the hundred-and-forty-fifth to fifty-
# second, read first at form 22/25 and 18/23 (dev), 25/31 and 18/25 (test), lead 23/25 and 19/23,
# 29/31 and 15/25: dev F1 0.904, form 0.900, lead 0.924 on 1,600 pages; test F1 0.857 (0.854 with
# the code of before them: the new test pages' host scripts and features, so its floor 0.86 →
# 0.85), form 0.805, lead 0.879 on 1,407 (that code 0.803, 0.879); the hundred-and-fifty-third
# to fifty-sixth, read first at form 18/22 (dev) and 11/16 (test), lead 18/22 and 15/16: dev F1
# 0.904, form 0.899 (1,458/1,622 once refitted with their 22 dev pages: its floor 0.90 → 0.89),
# lead 0.924 on 1,622 pages; test F1 0.858, form 0.805, lead 0.880 on 1,423; the hundred-and-
# fifty-seventh to sixty-fourth, read first at form 17/23 and 23/24 (dev), 18/23 and 16/19 (test),
# lead 22/23 and 23/24, 17/23 and 15/19: dev F1 0.905, form 0.899, lead 0.925 on 1,669 pages; test
# F1 0.857, form 0.800 (1,181/1,465 with the weights of before them, refitted twice since), lead
# 0.877 on 1,465 (the code of before them 0.856, 0.806, 0.877); one dev page of the sixty-third
# taken out afterwards: dev F1 0.905, form 0.899, lead 0.925 on 1,668); later rules: dev F1
# 0.908, form 0.899, lead 0.930; test F1 0.859, form 0.805, lead 0.878 (test form's floor
# 0.78 → 0.79); then dev F1 0.913, form 0.905, lead 0.931; test F1 0.867, form 0.810, lead
# 0.879 (dev form's floor 0.89 → 0.90, dev lead's 0.91 → 0.92, test F1's 0.85 → 0.86); then
# dev F1 0.925, form 0.907, lead 0.933; test F1 0.871, form 0.808, lead 0.881 (dev F1's floor
# 0.90 → 0.91); then dev F1 0.932, form 0.905, lead 0.939; test F1 0.873, form 0.804, lead
# 0.881 (dev F1's floor 0.91 → 0.92, dev lead's 0.92 → 0.93)
FLOORS = {"seeds": (1.0, 1.0, 1.0), "dev": (0.92, 0.90, 0.93), "test": (0.86, 0.79, 0.87)}


@pytest.mark.parametrize("split", list(FLOORS))
def test_parse_reads_real_articles(split: str) -> None:
    scores = score(split)
    f1, form, lead = FLOORS[split]
    assert scores.articles == len(articles(split)) > 0
    # (figures only: a failing assertion must not print what the test half's pages say)
    n = scores.articles
    reached = (scores.f1, scores.forms_right / n, scores.leads_right / n)
    assert all(got >= floor for got, floor in zip(reached, (f1, form, lead), strict=True)), (
        scores.line(split)
    )


# The dev pages without damage, damaged as real pages are (`tests.evaluate.score`), with the
# least number of them and floors for header F1, form, lead and title, measured on the dev pages
# of forty-nine batches (before → after the rules that came with the last twelve):
# - `dev-wrapped`, hard-wrapped as print and PDF copies are: 0.87 → 0.89, 0.83, 0.91 → 0.92,
#   0.85 → 0.86;
# - `dev-glued`, the title run into the line under it as pages scraped without their breaks print
#   it: 0.93 → 0.94, 0.82 → 0.80, 0.84 → 0.88, 0.51 → 0.60 (0.12 for titles before they were
#   looked for where their shape ends);
# - `dev-flat`, each page on one line as document previews print it: 0.71 → 0.72, 0.78,
#   0.76, 0.75 → 0.77; then, with fifty-nine batches, 0.72 → 0.81, 0.78, 0.76 → 0.80, 0.77 →
#   0.79 once a header line was split off the text after a sentence and the writers' names off
#   the top of the page (0.51 F1 before headers, part labels, fields and titles were looked for
#   at spaces; the test half's pages that came flat read about as badly, while the dev half's,
#   which the rules were written from, read at 0.89 F1);
# - `dev-framed`, between a site's header and footer lines: 0.90 → 0.92, 0.85 → 0.83, 0.95 →
#   0.96, 0.93 (form counts a county media centre named as the source for news, which a third of
#   these headers name).
# With sixty-nine batches (324, 115, 324 and 324 pages): wrapped 0.91, 0.82, 0.92, 0.90; glued
# 0.94, 0.83, 0.84, 0.61 (its lead floor 0.85 → 0.83: the new batches' pages glued read at 0.83
# with the code of before them too); flat 0.82, 0.78, 0.79, 0.79; framed 0.94, 0.83, 0.95, 0.95.
# With seventy-nine (344, 119, 344, 344): wrapped 0.89, 0.83, 0.92, 0.90; glued 0.93, 0.82,
# 0.83, 0.68 (titles 0.60 before a headline was read up to the page's date or its field of when
# it was published, whatever it held); flat 0.82, 0.79, 0.80, 0.80; framed 0.92, 0.84, 0.95,
# 0.94. With ninety (381, 128, 381, 381): wrapped 0.90, 0.82, 0.91, 0.90; glued 0.94, 0.81, 0.82,
# 0.66; flat 0.83 → 0.84, 0.80, 0.81, 0.80 (a spaced `1.` after a line header, a header before a
# text the page cut off); framed 0.92, 0.82, 0.95, 0.94. With a hundred (401, 133, 401, 401):
# wrapped 0.90, 0.82, 0.90, 0.89 (lead 360/401 = 0.898, the same with the code of before the
# last ten batches: its floor 0.90 → 0.89); glued 0.94, 0.83, 0.82, 0.68 (lead 109/133 = 0.820,
# 107 with that code: its floor 0.82 → 0.81); flat 0.84, 0.79, 0.82, 0.81; framed 0.93, 0.83,
# 0.95, 0.94. With a hundred and four (408, 134, 408, 408): wrapped 0.90, 0.81, 0.90, 0.89;
# glued 0.94, 0.82, 0.82, 0.68; flat 0.84 → 0.88, 0.79, 0.82, 0.81 → 0.82 (a numbered header
# that lost its break ends at a sub-point, a bullet, a decimal part, a text opening on its date,
# and at the first space a clause follows; a title at the page's fields a space after it: the
# floor 0.83 → 0.86); framed 0.93, 0.82, 0.95, 0.94. With a hundred and ten (430, 140, 430,
# 430) and the words counted for the form: wrapped 0.90, 0.93, 0.90, 0.90; glued 0.94, 0.90,
# 0.85, 0.70; flat 0.88, 0.90, 0.82, 0.82; framed 0.93, 0.93, 0.94, 0.94. With a hundred and
# eighteen (468, 153, 468, 468): wrapped 0.90, 0.91 → 0.92, 0.90 → 0.91, 0.90; glued 0.93, 0.90,
# 0.82, 0.67; flat 0.88, 0.89, 0.82 → 0.83, 0.82; framed 0.93, 0.92 → 0.93, 0.94 → 0.95, 0.94
# (with the first four of the eight new batches joined, framed form was 411/446 with the code
# and weights of before them and 409 once refitted: its floor 0.92 → 0.91; flat form at 0.890,
# its floor 0.89 → 0.88). With a hundred and twenty-eight (504, 158, 504, 504): wrapped 0.89,
# 0.92, 0.91, 0.90; glued 0.93, 0.90, 0.82, 0.66 (title 104/158 = 0.658, the same with the code
# of before the last ten batches: its floor 0.66 → 0.65); flat 0.88, 0.90, 0.84, 0.83; framed
# 0.92, 0.93, 0.95, 0.94. With a hundred and forty-four (561, 171, 561, 561): wrapped 0.90,
# 0.91, 0.91, 0.90; glued 0.93, 0.88, 0.82, 0.66; flat 0.88, 0.89, 0.84, 0.83; framed 0.92, 0.93,
# 0.95, 0.94. With a hundred and fifty-two (583, 178, 583, 583): wrapped 0.89, 0.91, 0.91, 0.90
# (form 529/583 = 0.907 once refitted, 531 with the code and weights of before the last eight
# batches: its floor 0.91 → 0.90); glued 0.93, 0.88, 0.82, 0.65 (title 115/178 = 0.646 with
# either code: its floor 0.65 → 0.64); flat 0.87, 0.88, 0.84, 0.83; framed 0.92, 0.92, 0.95,
# 0.94 (F1 0.918, 0.920 with that code: one crammed host script's two openings taken for
# headers once its calls to the next item were not; the floor 0.92 → 0.91). With a hundred and
# fifty-six (594, 180, 594, 594): wrapped 0.89, 0.90, 0.91, 0.90; glued 0.93, 0.88, 0.82, 0.64;
# flat 0.87, 0.88, 0.84, 0.83; framed 0.92, 0.92, 0.95, 0.94. With a hundred and sixty-four
# (620, 185, 620, 620): wrapped 0.89, 0.90, 0.91, 0.90; glued 0.93, 0.88, 0.82, 0.65; flat 0.87,
# 0.88, 0.85, 0.83; framed 0.92, 0.92, 0.95, 0.94. Two more copies: `dev-broken`, the title
# broken over two lines at a wrap (127 pages): 0.96, 0.91, 0.97, 0.23 with the code of before
# the title's lines were joined on a wrap's evidence, 0.96, 0.93, 0.97, 0.74 with it;
# `dev-narrow`, hard-wrapped in a newspaper's or a phone's column (620): 0.29, 0.81, 0.57, 0.62
# with the code of before a narrow column's wrap was looked for, 0.87, 0.92, 0.89, 0.90 with it.
DAMAGED = {
    "dev-wrapped": (200, (0.89, 0.90, 0.89, 0.88)),
    "dev-glued": (80, (0.92, 0.87, 0.82, 0.64)),
    "dev-flat": (200, (0.86, 0.88, 0.81, 0.80)),
    "dev-framed": (200, (0.91, 0.91, 0.94, 0.93)),
    "dev-broken": (100, (0.94, 0.91, 0.95, 0.72)),
    "dev-narrow": (200, (0.86, 0.90, 0.87, 0.88)),
}


@pytest.mark.parametrize("damage", list(DAMAGED))
def test_parse_reads_damaged_copies_of_real_articles(damage: str) -> None:
    least, floors = DAMAGED[damage]
    scores = score(damage)
    n = scores.articles
    assert n >= least
    reached = (scores.f1, scores.forms_right / n, scores.leads_right / n, scores.titles_right / n)
    assert all(got >= floor for got, floor in zip(reached, floors, strict=True)), scores.line(
        damage
    )


# The whole corpus's floor was under the 0.95 aimed at: new test pages bring false headers the
# rules, written from dev, do not catch (the tenth and thirteenth batches at first sight: 0.95 →
# 0.94 → 0.93; the seventeenth to nineteenth: 0.95 → 0.94, then 0.96 with the rules they taught;
# the twentieth to twenty-ninth: 0.96 → 0.95 → 0.96; the thirtieth and thirty-first: 0.96 → 0.94,
# and `new`'s suggestions 34/35 → 33/35, while dev stayed at 187/188 and 35/35; the thirty-
# eighth to forty-ninth: 566/596 = 0.950, `new` 34/35, dev 261/265 and 35/35; the fiftieth to
# fifty-ninth: 638/664 = 0.961, `new` 34/35, dev 309/313 and 35/35, so the floor is the aim; the
# sixtieth to sixty-ninth: 719/753 = 0.955, dev 363/369, while `new`'s suggestions went 34/35 →
# 31/35 with the new test pages, read by the code of before them, and 32/35 with this code: the
# three false ones come from test pages, so `new` on the whole corpus has a floor of its own,
# under the aim, while dev keeps 0.97 for both; the seventieth to seventy-ninth: the code of
# before them 755/813 = 0.93, `new` 30/35, dev 378/406 and 32/35, from host scripts' steps,
# outlines printed over a title and captions; with this code 743/780 = 0.953, `new` 33/35, dev
# 374/384 and 34/35; the eightieth to ninetieth: 804/846 = 0.950, `new` 33/35, dev 402/410 and
# 34/35, the test pages' false headers 34 of the 42; the ninety-first to hundredth: the code of
# before them 866/911 = 0.951, this code 873/914 = 0.955, `new` 33/35, dev 456/462 and 35/35;
# the hundred-and-fifth to hundred-and-tenth: 947/1,008 = 0.940, the code of before them
# 949/1,012 = 0.938, 13 of the 61 false headers from one test page, `new` 33/35, dev 491/499 and
# 35/35: the floor falls under the aim again, to 0.93; the hundred-and-eleventh to eighteenth:
# 1,000/1,070 = 0.935, the code of before them 1,000/1,071, `new` 33/35, dev 527/538 and 35/35;
# the hundred-and-nineteenth to twenty-eighth: 1,043/1,117 = 0.934, the code of before them
# 1,042/1,122 = 0.929 and dev 548/567 = 0.966, 34/35 (news captions of people on a stage,
# signing, receiving, taken for headers), `new` 33/35, dev 549/563 and 35/35; the hundred-and-
# twenty-ninth to thirty-second: the code of before them 1,057/1,138 = 0.929 and dev 561/579 =
# 0.969 (a news feature's topic sentences, a short comment's opening and closing sentences), this
# code 1,059/1,141 = 0.928, `new` 33/35, dev 562/579 = 0.971 and 35/35: the floor 0.93 → 0.92;
# the hundred-and-thirty-third to thirty-sixth: 1,072/1,155 = 0.928, the code of before the
# eight batches 1,069/1,152, `new` 33/35, dev 571/588 = 0.971 and 35/35; the hundred-and-
# thirty-seventh to forty-fourth: 1,103/1,188 = 0.928, the code of before the sixteen batches
# 1,101/1,185, `new` 33/35, dev 583/601 = 0.970 and 35/35; the hundred-and-forty-fifth to
# forty-eighth: 1,131/1,225 = 0.923, `new` 33/35, dev 594/614 = 0.967 (a feature's caption of
# two clauses alone on its line and a quoted verse, taken for headers) and 35/35: the dev floor
# 0.97 → 0.96; the hundred-and-forty-ninth to fifty-second: 1,144/1,248 = 0.917 (1,147/1,253
# before a host script's agenda items were left out; 7 of the 104 false headers from one test
# host script), `new` 33/35, dev 602/622 = 0.968 and 35/35: the floor 0.92 → 0.91; the
# hundred-and-fifty-third to fifty-sixth: 1,164/1,268 = 0.918, `new` 33/35, dev 616/636 = 0.969
# and 35/35; the hundred-and-fifty-seventh to sixty-fourth: 1,199/1,303 = 0.920, `new` 33/35,
# dev 644/664 = 0.970 and 35/35).
@pytest.mark.parametrize(("split", "floors"), [("dev", (0.96, 0.97)), ("", (0.91, 0.90))])
def test_schema_offers_real_headers_only(split: str, floors: tuple[float, float]) -> None:
    found = purity(split)  # "" is the whole corpus: measured, never read
    assert len(found.filed) >= 20 and len(found.offered) >= 15
    for headers, floor in zip((found.filed, found.offered), floors, strict=True):
        false = found.false(headers)
        share = 1 - len(false) / len(headers)
        assert share >= floor, false if split else f"{share:.3f}"


def test_new_offers_for_a_topic_headers_that_say_it_or_that_many_articles_share() -> None:
    """A header is filed by the words of its whole section, so one whose own words say nothing
    of the topic (`街道美化` under 组织) is offered only when articles share it."""
    from drafter.analyze import analyze_corpus
    from drafter.analyze.topics import names_topic
    from drafter.facts.scaffold import header_suggestions

    schema = analyze_corpus(REAL / "dev", jobs=2).schema
    for topic, entries in schema.headers.by_topic.items():
        support = {c.text: len(c.sources) for c in entries}
        for header in header_suggestions(schema, topic):
            assert names_topic(header, topic) or support[header] >= 2, (topic, header)


def test_corpus_is_complete_and_split_by_address() -> None:
    import hashlib

    for split in ("dev", "test"):
        for path, gold in articles(split):
            assert gold["url"].startswith("http"), path
            assert gold["form"] in ("experience", "speech", "news", "commentary", "report"), path
            odd = int(hashlib.sha1(gold["url"].encode()).hexdigest()[0], 16) % 2 == 1
            # The first batch was split by address; later batches went to dev only.
            assert split == "dev" or odd, path


def test_no_sentence_of_a_real_page_is_lost() -> None:
    """Every sentence of every cleaned real page lands somewhere in its Article: in a part of
    the article, in the byline, or in the furniture parse set aside (listed, never dropped)."""
    import re
    from collections import Counter

    from drafter.clean import clean_file
    from drafter.parse import parse_file

    han = re.compile("[\u4e00-\u9fff]")

    for split in ("dev", "test"):
        for path, _ in articles(split):
            article = parse_file(path)
            pieces = [
                article.title,
                article.epigraph,
                article.dateline,
                article.salutation,
                article.lead,
                article.closing,
                *article.paragraphs,
                *article.furniture,
                *article.byline.lines,
            ]
            for section in article.all_sections():
                pieces += [section.printed_header, *section.paragraphs]
                pieces += [m.marker + m.text for m in section.measures]
            held = Counter(han.findall("".join(p for p in pieces if p)))
            cleaned = Counter(han.findall(clean_file(path).text))
            lost = cleaned - held
            assert not lost, (path.name, "".join(lost.elements())[:40])


def test_the_form_weights_are_the_fit_of_the_development_corpus() -> None:
    from drafter.parse.form_weights import BIAS, NAMED, WEIGHTS, WORDS
    from tests.fit_form import fit, rounded, samples

    (bias, weights, named), words = rounded(fit(samples()))
    # Within a rounding step: another machine's exp() may differ in its last bit.
    assert bias == pytest.approx(BIAS, abs=2e-3), "python -m tests.fit_form 重新拟合"
    assert named == pytest.approx(NAMED, abs=2e-3), "python -m tests.fit_form 重新拟合"
    assert weights.keys() == WEIGHTS.keys(), "python -m tests.fit_form 重新拟合"
    for feature, per_form in weights.items():
        assert per_form == pytest.approx(WEIGHTS[feature], abs=2e-3), feature
    assert words.keys() == WORDS.keys(), "python -m tests.fit_form 重新拟合"
    for word, per_form in words.items():
        assert per_form == pytest.approx(WORDS[word], abs=2e-3), word
