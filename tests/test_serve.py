"""drafter serve: every route of the API, and every defence of the page's server, with
Starlette's test client (each defence has a test that fails without it)."""

from __future__ import annotations

import io
import json
import threading
import time
import zipfile
from pathlib import Path

import pytest

pytest.importorskip("starlette", reason="drafter serve 需要 pip install '.[web]'")
from starlette.testclient import TestClient

from drafter.facts import FactSheet
from drafter.facts.load import load_fact_sheet, read_fact_sheet
from drafter.render import RenderOptions, render_facts
from drafter.schema import load_schema
from drafter.serve import drafting
from drafter.serve.app import create_app
from drafter.serve.form import fit, form_tree, leaf_paths

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "facts" / "船营区.yaml"
TOKEN = "test-token"
PORT = 8765
BASE = f"http://127.0.0.1:{PORT}"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    sheets = tmp_path / "sheets"
    sheets.mkdir()
    (sheets / "船营区.yaml").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    return sheets


def client_for(folder: Path, **settings: object) -> TestClient:
    app = create_app(load_schema(), folder, TOKEN, port=PORT, **settings)  # type: ignore[arg-type]
    return TestClient(app, base_url=BASE, headers={"X-Drafter-Token": TOKEN})


@pytest.fixture
def client(folder: Path) -> TestClient:
    return client_for(folder)


def example_answers() -> dict:
    """The example sheet as the form holds it (numbers as the text typed)."""
    return drafting.open_text(EXAMPLE.read_text(encoding="utf-8"))["sheet"]


# ---- The form ----------------------------------------------------------------------------


def _model_leaves(model: type, prefix: str = "") -> list[str]:
    """Every leaf field path of a pydantic model, walked from model_fields (not the schema)."""
    import typing

    paths = []
    for key, info in model.model_fields.items():
        path = f"{prefix}.{key}" if prefix else key
        annotation = info.annotation
        args = typing.get_args(annotation)
        if typing.get_origin(annotation) is list:
            inner = args[0]
            if hasattr(inner, "model_fields"):
                paths += _model_leaves(inner, f"{path}[]")
            else:
                paths.append(f"{path}[]")
        elif hasattr(annotation, "model_fields"):
            paths += _model_leaves(annotation, path)
        else:
            paths.append(path)
    return paths


def test_every_field_of_the_model_is_in_the_form() -> None:
    assert sorted(leaf_paths(form_tree())) == sorted(_model_leaves(FactSheet))


def test_labels_are_the_models_chinese_descriptions(client: TestClient) -> None:
    form = client.get("/api/form").json()["form"]
    fields = {child["key"]: child for child in form["children"]}
    assert fields["region"]["label"] == "本地区名称"
    assert fields["form"]["kind"] == "select"
    assert ["news", "新闻稿"] in fields["form"]["choices"]
    assert fields["header_style"]["kind"] == "select"
    sections = fields["sections"]
    assert sections["kind"] == "list" and sections["item"]["kind"] == "group"
    figure = next(c for c in sections["item"]["children"] if c["key"] == "figures")["item"]
    assert {c["key"]: c["kind"] for c in figure["children"]}["value"] == "number"


def test_label_and_help_are_one_description_said_once() -> None:
    from drafter.facts import Byline

    def nodes(node):  # every field with its model description
        yield node
        for child in node.children:
            yield from nodes(child)
        if node.item is not None:
            yield from nodes(node.item)

    fields = {child.key: child for child in form_tree().children}
    assert (fields["region"].label, fields["region"].help) == ("本地区名称", "例：船营区")
    assert fields["title"].help == "留空则由主题和文体生成"
    assert fields["date"].help == "例：2026-11-20 或 2026年11月20日；不填则用生成当天"
    for node in nodes(form_tree()):
        if node.help:  # the help goes on from the label, never says it again
            assert not node.help.startswith(node.label), node.key
    # Fields the split would label alike are named by what each is.
    byline = {child.key: child for child in fields["byline"].children}
    assert byline["outlet"].label == "媒体名称（新闻稿）"
    assert byline["reporters"].label == "记者（新闻稿）"
    # The scaffold keeps the whole description as its comment.
    assert Byline.model_fields["outlet"].description == "新闻稿：媒体名称"
    from drafter.facts.scaffold import scaffold

    assert "# 本地区名称，例：船营区（必填）" in scaffold("船营区", "news", load_schema(), ["组织"])


def test_a_new_sheet_starts_with_the_sections_new_gives(client: TestClient) -> None:
    from drafter.facts.scaffold import default_topics
    from drafter.vocabulary import FORMS, REPORT_SKELETON

    schema = load_schema()
    starts = client.get("/api/form").json()["suggestions"]["sections"]
    for form in FORMS:
        assert [s["topic"] for s in starts[form]] == default_topics(schema, form)
    assert [s["header"] for s in starts["report"]] == list(REPORT_SKELETON.values())
    assert {s["header"] for s in starts["experience"]} == {""}


def test_the_page_holds_the_form_the_token_and_the_suggestions(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert f'<meta name="drafter-token" content="{TOKEN}">' in page.text
    data = client.get("/api/form").json()
    assert data["suggestions"]["headers"]["组织"], "the corpus's headers for a topic"
    assert [v for v, _ in data["variants"]] == ["zh-Hans", "zh-Hant", "zh-TW", "zh-HK"]
    assert "/static/serve.js" in page.text
    assert client.get("/static/serve.js").status_code == 200


# ---- Preview, validate, render -----------------------------------------------------------


def test_preview_is_render_md_with_safe_html(client: TestClient) -> None:
    answer = client.post("/api/preview", json=example_answers()).json()
    expected = render_facts(
        load_fact_sheet(EXAMPLE).sheet, load_schema(), RenderOptions(format="md")
    ).markdown
    assert answer["markdown"] == expected
    assert answer["problems"] == []
    assert "<h1>船营区：基层党建引领乡村振兴示范建设</h1>" in answer["html"]


def test_a_script_in_a_point_is_text_in_the_preview_and_the_page(client: TestClient) -> None:
    answers = example_answers()
    answers["sections"][0]["points"][0] = "<script>alert('x')</script>【待补：假】"
    answer = client.post("/api/preview", json=answers).json()
    assert "<script>" not in answer["html"]
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in answer["html"]
    assert '<mark class="todo">【待补：假】</mark>' in answer["html"]
    client.post("/api/save", json={"name": "危险.yaml", "sheet": answers})
    page = client.get("/", params={"sheet": "危险.yaml"}).text
    assert "<script>alert" not in page
    assert "\\u003cscript\\u003ealert" in page


def test_todo_marks_stand_out_and_problems_have_field_paths(client: TestClient) -> None:
    answers = example_answers()
    answers["sections"][1]["figures"][0]["value"] = "四万"
    answers["sections"].append({"topic": "文化", "header": "", "points": [], "figures": []})
    answer = client.post("/api/preview", json=answers).json()
    paths = {p["path"]: p["message"] for p in answer["problems"]}
    assert paths["sections[1].figures[0].value"].startswith("应为数字")
    answers["sections"][1]["figures"][0]["value"] = "4"
    answer = client.post("/api/preview", json=answers).json()
    assert answer["problems"] == [
        {"path": "sections[3]", "message": "points、figures、measures、outcome 至少填一项"}
    ]


def test_validate_takes_yaml_or_json(client: TestClient) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    ok = client.post("/api/validate", content=text.encode(), headers={"content-type": "text/yaml"})
    assert ok.status_code == 200 and ok.json() == []
    broken = text.replace("value: 23,", "value: 二十三,")
    answer = client.post(
        "/api/validate", content=broken.encode(), headers={"content-type": "application/x-yaml"}
    ).json()
    assert answer[0]["path"] == "sections[2].figures[1].value"
    assert answer[0]["line"] and "汉字数字" in answer[0]["message"]
    as_json = client.post("/api/validate", json={**example_answers(), "region": ""}).json()
    assert as_json == [{"path": "region", "message": "不能为空"}]


def test_render_docx_is_the_command_lines_document(client: TestClient, tmp_path: Path) -> None:
    from drafter.cli import main  # noqa: F401  (the same code path `drafter render` runs)
    from drafter.render import render_file

    target = tmp_path / "cli.docx"
    render_file(EXAMPLE, target, load_schema(), RenderOptions("docx", "zh-HK", "windows"))
    answer = client.post(
        "/api/render",
        params={"format": "docx", "variant": "zh-HK", "fonts": "windows"},
        content=EXAMPLE.read_bytes(),
        headers={"content-type": "text/yaml"},
    )
    assert answer.status_code == 200
    assert (
        "filename*=UTF-8''%E8%88%B9%E8%90%A5%E5%8C%BA.docx" in answer.headers["content-disposition"]
    )

    def document(data: bytes) -> bytes:
        return zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")

    assert document(answer.content) == document(target.read_bytes())
    from_form = client.post(
        "/api/render",
        params={"format": "docx", "variant": "zh-HK", "fonts": "windows"},
        json=example_answers(),
    )
    assert document(from_form.content) == document(target.read_bytes())


def test_render_md_and_422_with_problems(client: TestClient) -> None:
    md = client.post("/api/render", params={"format": "md"}, json=example_answers())
    assert md.text.startswith("# 船营区")
    unfinished = {**example_answers(), "sections": []}
    answer = client.post("/api/render", params={"format": "docx"}, json=unfinished)
    assert answer.status_code == 422
    assert answer.json()["problems"] == [{"path": "sections", "message": "至少要有一个部分"}]
    bad = client.post("/api/render", params={"format": "pdf"}, json=example_answers())
    assert bad.status_code == 400


def test_downloaded_yaml_renders_to_the_same_document(client: TestClient) -> None:
    answer = client.post("/api/yaml", json=example_answers())
    assert answer.status_code == 200
    text = answer.content.decode("utf-8")
    assert text.startswith("# yaml-language-server: $schema=./facts.schema.json")
    assert "# 小标题：留空则从下列范文标题中选用" in text
    assert read_fact_sheet(text).sheet == load_fact_sheet(EXAMPLE).sheet


# ---- Open and save -----------------------------------------------------------------------


def test_list_open_and_unknown_keys(client: TestClient, folder: Path) -> None:
    assert [s["name"] for s in client.get("/api/sheets").json()["sheets"]] == ["船营区.yaml"]
    opened = client.post("/api/open", json={"name": "船营区.yaml"}).json()
    assert opened["sheet"]["region"] == "船营区"
    assert opened["sheet"]["sections"][2]["figures"][1]["value"] == "23"
    assert opened["unknown"] == []
    extra = (
        EXAMPLE.read_text(encoding="utf-8").replace(
            "  editor: 王元", "  editor: 王元\n  photographer: 张三"
        )
        + "remarks:\n  - 备注一\n"
    )
    opened = client.post("/api/open", json={"text": extra}).json()
    assert [(u["path"], u["yaml"]) for u in opened["unknown"]] == [
        ("byline.photographer", '"张三"'),
        ("remarks", '- "备注一"'),
    ]
    assert opened["sheet"]["byline"]["editor"] == "王元"
    broken = client.post("/api/open", json={"text": "region: [\n"})
    assert broken.status_code == 422 and broken.json()["problems"][0]["line"]


def test_fit_lists_values_of_the_wrong_shape() -> None:
    shown, rest = fit({"region": "甲", "sections": "一段话", "lead": {"when": ["a"]}}, form_tree())
    assert shown["region"] == "甲"
    assert [path for path, _ in rest] == [("sections",), ("lead", "when")]


def test_save_is_atomic_confined_and_asks_before_overwriting(
    client: TestClient, folder: Path
) -> None:
    answers = example_answers()
    saved = client.post("/api/save", json={"sheet": answers}).json()
    assert saved["name"].startswith("草稿-船营区-") and saved["name"].endswith(".yaml")
    assert read_fact_sheet((folder / saved["name"]).read_text("utf-8")).sheet.region == "船营区"
    refused = client.post("/api/save", json={"name": "船营区.yaml", "sheet": answers})
    assert refused.status_code == 409
    assert (folder / "船营区.yaml").read_text("utf-8") == EXAMPLE.read_text("utf-8")
    again = client.post(
        "/api/save", json={"name": "船营区.yaml", "sheet": answers, "overwrite": True}
    )
    assert again.status_code == 200
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []


def test_an_unfinished_form_is_autosaved_as_typed(client: TestClient, folder: Path) -> None:
    answers = {**example_answers(), "region": "", "date": "明天"}
    saved = client.post("/api/save", json={"sheet": answers}).json()
    text = (folder / saved["name"]).read_text("utf-8")
    assert text.startswith("# 这份事实表还有问题")
    reopened = client.post("/api/open", json={"text": text}).json()
    assert reopened["sheet"]["date"] == "明天"
    assert reopened["sheet"]["sections"] == answers["sections"]


@pytest.mark.parametrize(
    "name",
    [
        "../outside.yaml",
        "..\\outside.yaml",
        "/etc/passwd.yaml",
        "C:evil.yaml",
        "sub/inner.yaml",
        "a\x00.yaml",
        "notes.txt",
        "..yaml",
        "",
        None,
        7,
    ],
)
def test_sheet_names_are_plain_file_names(client: TestClient, folder: Path, name: object) -> None:
    routes = [("/api/open", {"name": name})]
    if name not in ("", None):  # saving without a name is an autosave under a new name
        routes.append(("/api/save", {"name": name, "sheet": example_answers()}))
    for route, body in routes:
        answer = client.post(route, json=body)
        assert answer.status_code == 400, (route, name)
        assert "文件名" in answer.json()["error"] or "事实表" in answer.json()["error"]
    assert not (folder.parent / "outside.yaml").exists()


def test_a_link_pointing_outside_is_refused(client: TestClient, folder: Path) -> None:
    secret = folder.parent / "secret.yaml"
    secret.write_text("region: 外面\n", encoding="utf-8")
    (folder / "link.yaml").symlink_to(secret)
    assert client.post("/api/open", json={"name": "link.yaml"}).status_code == 400
    saved = client.post(
        "/api/save", json={"name": "link.yaml", "sheet": example_answers(), "overwrite": True}
    )
    assert saved.status_code == 400
    assert secret.read_text(encoding="utf-8") == "region: 外面\n"
    assert "link.yaml" not in [s["name"] for s in client.get("/api/sheets").json()["sheets"]]


# ---- The defences ------------------------------------------------------------------------


@pytest.mark.parametrize("host", ["evil.example:8765", "127.0.0.1:9999", "attacker.com", ""])
def test_a_foreign_host_header_is_refused(client: TestClient, host: str) -> None:
    assert client.get("/", headers={"host": host}).status_code == 403
    assert client.get("/api/sheets", headers={"host": host}).status_code == 403


@pytest.mark.parametrize("host", ["127.0.0.1:8765", "localhost:8765", "[::1]:8765"])
def test_loopback_names_are_served(client: TestClient, host: str) -> None:
    assert client.get("/", headers={"host": host}).status_code == 200


def test_changes_need_the_token(folder: Path) -> None:
    bare = TestClient(create_app(load_schema(), folder, TOKEN, port=PORT), base_url=BASE)
    body = {"name": "新.yaml", "sheet": example_answers()}
    assert bare.post("/api/save", json=body).status_code == 403
    wrong = bare.post("/api/save", json=body, headers={"X-Drafter-Token": "guess"})
    assert wrong.status_code == 403
    odd = bare.post("/api/save", json=body, headers={"X-Drafter-Token": "口令".encode()})
    assert odd.status_code == 403  # bytes beyond ASCII are a wrong token, not a crash
    assert not (folder / "新.yaml").exists()
    assert bare.post("/api/preview", json=example_answers()).status_code == 403
    token = bare.get("/api/token").json()["token"]
    assert bare.post("/api/save", json=body, headers={"X-Drafter-Token": token}).status_code == 200


def test_a_foreign_origin_is_refused_even_with_the_token(client: TestClient) -> None:
    body = {"name": "新.yaml", "sheet": example_answers()}
    foreign = client.post("/api/save", json=body, headers={"origin": "http://evil.example"})
    assert foreign.status_code == 403
    ours = client.post("/api/save", json=body, headers={"origin": BASE})
    assert ours.status_code == 200


def test_a_large_body_gets_413(client: TestClient) -> None:
    big = b'{"region": "' + b"x" * 1_100_000 + b'"}'
    assert client.post("/api/preview", content=big).status_code == 413

    def chunks():  # no Content-Length: counted while read
        for _ in range(12):
            yield b" " * 100_000

    answer = client.post("/api/preview", content=chunks())
    assert answer.status_code == 413


def test_a_failing_or_slow_render_is_an_answer_and_the_server_goes_on(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = client_for(folder, render_seconds=0.5)
    release = threading.Event()

    def slow(*args: object, **kwargs: object) -> None:
        release.wait(5)

    monkeypatch.setattr(drafting, "render_facts", slow)
    started = time.perf_counter()
    answer = client.post("/api/preview", json=example_answers())
    assert answer.status_code == 504 and "超时" in answer.json()["error"]
    assert time.perf_counter() - started < 3
    release.set()

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(drafting, "render_facts", broken)
    answer = client.post("/api/render", params={"format": "md"}, json=example_answers())
    assert answer.status_code == 500 and "内部错误" in answer.json()["error"]
    monkeypatch.undo()
    assert client.post("/api/preview", json=example_answers()).status_code == 200


def test_two_tabs_at_once(client: TestClient) -> None:
    from concurrent.futures import ThreadPoolExecutor

    first = example_answers()
    second = {**example_answers(), "region": "凤鸣县", "title": "凤鸣县的稿子"}

    def preview(answers: dict) -> str:
        return client.post("/api/preview", json=answers).json()["markdown"]

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(preview, [first, second] * 6))
    assert all(r.startswith("# 船营区") for r in results[0::2])
    assert all(r.startswith("# 凤鸣县的稿子") for r in results[1::2])


def test_json_numbers_keep_their_literal(client: TestClient) -> None:
    body = json.dumps(example_answers()).replace('"value": "23"', '"value": 12.50')
    answer = client.post(
        "/api/render",
        params={"format": "md"},
        content=body,
        headers={"content-type": "application/json"},
    )
    assert "12.50名" in answer.text


# ---- The command -------------------------------------------------------------------------


def test_serve_refuses_a_bad_folder_and_a_busy_port(tmp_path: Path) -> None:
    import socket

    from drafter.errors import UserError
    from drafter.serve import check_folder, open_socket

    with pytest.raises(UserError, match="不存在"):
        check_folder(tmp_path / "nowhere")
    (tmp_path / "file.yaml").write_text("", encoding="utf-8")
    with pytest.raises(UserError, match="文件夹"):
        check_folder(tmp_path / "file.yaml")
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen()
    port = busy.getsockname()[1]
    try:
        with pytest.raises(UserError, match=f"端口 {port} 已被占用"):
            open_socket("127.0.0.1", port)
    finally:
        busy.close()


def test_the_default_port_moves_on_when_busy() -> None:
    import socket

    from drafter.serve import DEFAULT_PORT, open_socket

    try:
        held = socket.socket()
        held.bind(("127.0.0.1", DEFAULT_PORT))
        held.listen()
    except OSError:
        held = None  # already busy: the same case
    try:
        sock, moved_from = open_socket("127.0.0.1", None)
        assert moved_from == DEFAULT_PORT and sock.getsockname()[1] > DEFAULT_PORT
        sock.close()
    finally:
        if held is not None:
            held.close()


def test_serve_without_the_web_parts_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from drafter.errors import UserError
    from drafter.serve import run

    monkeypatch.setitem(sys.modules, "uvicorn", None)
    with pytest.raises(UserError) as raised:
        run(None, Path("."))
    assert "pip install '.[web]'" in str(raised.value) and "pipx install" in str(raised.value)


def test_a_declared_length_over_the_limit_is_refused_before_the_body_is_read() -> None:
    import asyncio

    from drafter.serve.security import MAX_BODY, Guard

    async def app(scope: dict, receive: object, send: object) -> None:
        raise AssertionError("the route was reached")

    async def receive() -> dict:
        raise AssertionError("the body was read")

    sent: list[dict] = []

    async def send(message: dict) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "method": "POST",
        "headers": [
            (b"host", f"127.0.0.1:{PORT}".encode()),
            (b"x-drafter-token", TOKEN.encode()),
            (b"content-length", str(MAX_BODY + 1).encode()),
        ],
    }
    hosts = frozenset({f"127.0.0.1:{PORT}"})
    asyncio.run(Guard(app, hosts, TOKEN)(scope, receive, send))
    assert sent[0]["status"] == 413


def test_a_sheet_name_in_the_address_is_shown_as_text(client: TestClient) -> None:
    page = client.get("/", params={"sheet": "<script>alert(1)</script>.yaml"})
    assert page.status_code == 200
    assert "<script>alert(1)</script>" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
