"""drafter serve under attack: what a hostile page, a careless writer or a broken network sends,
and what each must get back (a Chinese answer, the server still serving, nothing typed lost).
Each defect found has a test here that failed before its fix; a few cases pin answers that
already held (a body that is not JSON at /api/open and /api/save, a websocket)."""

from __future__ import annotations

import gzip
import json
import os
import socket
from pathlib import Path

import pytest

pytest.importorskip("starlette", reason="drafter serve 需要 pip install '.[web]'")
from starlette.testclient import TestClient

from drafter.errors import UserError
from drafter.schema import load_schema
from drafter.serve import open_socket, run, sheets
from drafter.serve.app import create_app
from tests.test_serve import BASE, PORT, TOKEN, example_answers, folder

__all__ = ["folder"]  # a fixture, shared with the API tests


@pytest.fixture
def client(folder: Path) -> TestClient:
    app = create_app(load_schema(), folder, TOKEN, port=PORT)
    # raise_server_exceptions off: the answer a browser would get, not the test's traceback.
    return TestClient(
        app, base_url=BASE, headers={"X-Drafter-Token": TOKEN}, raise_server_exceptions=False
    )


def is_chinese_error(answer: object) -> bool:
    data = answer.json()  # type: ignore[attr-defined]
    return isinstance(data, dict) and any("\u4e00" <= c <= "\u9fff" for c in data.get("error", ""))


# ---- Bodies ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        b'{"region": "\xff\xfe"}',  # not UTF-8
        # Content-Encoding is not undone: gzip bytes are not JSON.
        gzip.compress('{"region": "甲"}'.encode()),
        b"",
        b"{",
        b"[" * 100_000 + b"]" * 100_000,  # deeper than the parser's recursion
        b'{"region": ' + b"[" * 5_000 + b"]" * 5_000 + b"}",
    ],
    ids=["bad-utf8", "gzip", "empty", "cut", "deep", "deep-value"],
)
@pytest.mark.parametrize("route", ["/api/preview", "/api/open", "/api/save"])
def test_a_body_that_is_not_json_is_a_400_in_chinese(
    client: TestClient, route: str, body: bytes
) -> None:
    answer = client.post(route, content=body, headers={"content-encoding": "gzip"})
    assert answer.status_code == 400, answer.text
    assert is_chinese_error(answer)
    assert client.get("/api/sheets").status_code == 200


def test_nesting_deeper_than_a_sheet_is_refused_before_it_is_walked(client: TestClient) -> None:
    deep = {"region": "甲", "lead": {"frame": "x"}}
    inner = deep["lead"]
    for _ in range(200):
        inner["more"] = {}
        inner = inner["more"]
    answer = client.post("/api/save", json={"name": "深.yaml", "sheet": deep})
    assert answer.status_code == 400 and "层" in answer.json()["error"]


def test_a_huge_integer_is_kept_as_typed_not_a_crash(client: TestClient) -> None:
    body = json.dumps(example_answers()).replace('"value": "23"', '"value": ' + "9" * 5000)
    answer = client.post("/api/preview", content=body)
    assert answer.status_code == 200
    assert "9" * 5000 in answer.json()["markdown"]


def test_a_lone_surrogate_is_a_replacement_character_and_the_draft_reopens(
    client: TestClient, folder: Path
) -> None:
    body = json.dumps({"name": "半个.yaml", "sheet": {**example_answers(), "theme": "主题"}})
    body = body.replace('"theme": "', '"theme": "\\ud800', 1)
    saved = client.post("/api/save", content=body)
    assert saved.status_code == 200 and saved.json()["problems"] == []
    reopened = client.post("/api/open", json={"name": "半个.yaml"})
    assert reopened.status_code == 200
    theme = reopened.json()["sheet"]["theme"]
    assert theme.startswith("\ufffd") and theme.endswith("主题")
    sheet = json.dumps({**example_answers(), "theme": "主题"})
    preview = client.post("/api/preview", content=sheet.replace('"theme": "', '"theme": "\\ud800'))
    assert preview.json()["problems"] == [] and "\ufffd" in preview.json()["markdown"]


def test_open_text_must_be_text(client: TestClient) -> None:
    for text in ({"region": "甲"}, None, 7):
        answer = client.post("/api/open", json={"text": text})
        assert answer.status_code == 400 and is_chinese_error(answer)


# ---- Routes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/nothing", 404),
        ("GET", "/static/../app.py", 404),
        ("GET", "/static/%2e%2e/app.py", 404),
        ("GET", "/static/", 404),
        ("GET", "/api/save", 405),
        ("PUT", "/api/save", 405),
        ("DELETE", "/", 405),
        ("GET", "/" + "a" * 20_000, 404),
    ],
)
def test_unknown_routes_and_methods_answer_in_chinese(
    client: TestClient, method: str, path: str, status: int
) -> None:
    answer = client.request(method, path)
    assert answer.status_code == status
    assert is_chinese_error(answer)


def test_a_bug_is_a_chinese_500_and_the_server_goes_on(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(folder: Path) -> list:
        raise RuntimeError("boom")

    monkeypatch.setattr(sheets, "list_sheets", broken)
    answer = client.get("/api/sheets")
    assert answer.status_code == 500 and "内部错误" in answer.json()["error"]
    monkeypatch.undo()
    assert client.get("/api/sheets").status_code == 200


def test_a_websocket_is_refused_like_any_foreign_request(client: TestClient) -> None:
    from starlette.websockets import WebSocketDisconnect

    with (
        pytest.raises(WebSocketDisconnect),
        client.websocket_connect("/", headers={"host": "evil"}),
    ):
        pass


# ---- Downloads ---------------------------------------------------------------------------


@pytest.mark.parametrize("region", ['a"b', "a\r\nSet-Cookie: x=1", "a;b", "a\\b"])
def test_a_region_cannot_break_the_download_header(client: TestClient, region: str) -> None:
    answer = client.post("/api/yaml", json={**example_answers(), "region": region})
    assert answer.status_code == 200
    disposition = answer.headers["content-disposition"]
    assert "set-cookie" not in {k.lower() for k in answer.headers}
    assert 'filename="drafter.yaml"' in disposition
    assert "\r" not in disposition and "\n" not in disposition


# ---- Saving ------------------------------------------------------------------------------


def test_overwrite_must_be_true_not_any_text(client: TestClient, folder: Path) -> None:
    before = (folder / "船营区.yaml").read_bytes()
    body = {"name": "船营区.yaml", "sheet": example_answers(), "overwrite": "false"}
    assert client.post("/api/save", json=body).status_code == 409
    assert (folder / "船营区.yaml").read_bytes() == before


def test_two_new_drafts_in_one_second_get_two_files(
    client: TestClient, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sheets, "autosave_name", lambda region, now=None: "草稿-甲-1.yaml")
    first = client.post("/api/save", json={"sheet": {**example_answers(), "theme": "第一"}})
    second = client.post("/api/save", json={"sheet": {**example_answers(), "theme": "第二"}})
    assert first.status_code == second.status_code == 200
    assert first.json()["name"] != second.json()["name"]
    texts = [(folder / r.json()["name"]).read_text("utf-8") for r in (first, second)]
    assert "第一" in texts[0] and "第二" in texts[1]


def test_a_file_changed_since_it_was_opened_is_not_overwritten_without_asking(
    client: TestClient, folder: Path
) -> None:
    opened = client.post("/api/open", json={"name": "船营区.yaml"}).json()
    version = opened["version"]
    body = {"name": "船营区.yaml", "sheet": opened["sheet"], "overwrite": True, "version": version}
    saved = client.post("/api/save", json=body)
    assert saved.status_code == 200
    # Another tab (or WPS) writes the file in between:
    (folder / "船营区.yaml").write_text("region: 别人改的\n", encoding="utf-8")
    stale = client.post("/api/save", json={**body, "version": saved.json()["version"]})
    assert stale.status_code == 409 and "改" in stale.json()["error"]
    assert (folder / "船营区.yaml").read_text("utf-8") == "region: 别人改的\n"
    # The writer says yes: saved without a version.
    forced = client.post("/api/save", json={**body, "version": None})
    assert forced.status_code == 200


@pytest.mark.parametrize("name", ["CON.yaml", "con.yml", "NUL.yaml", "com1.yaml", "LPT9.yaml"])
def test_windows_device_names_are_refused(client: TestClient, folder: Path, name: str) -> None:
    answer = client.post("/api/save", json={"name": name, "sheet": example_answers()})
    assert answer.status_code == 400 and "文件名" in answer.json()["error"]
    assert not (folder / name).exists()


def test_a_folder_deleted_while_serving_is_said_not_a_500(client: TestClient, folder: Path) -> None:
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()
    answer = client.get("/api/sheets")
    assert answer.status_code == 400 and "文件夹" in answer.json()["error"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_named_like_a_sheet_does_not_hang(client: TestClient, folder: Path) -> None:
    os.mkfifo(folder / "管道.yaml")
    answer = client.post("/api/open", json={"name": "管道.yaml"})
    assert answer.status_code == 400 and "普通文件" in answer.json()["error"]
    assert client.get("/", params={"sheet": "管道.yaml"}).status_code == 200


def test_a_page_asked_for_a_bad_sheet_is_still_the_page(client: TestClient) -> None:
    page = client.get("/", params={"sheet": "../外面.yaml"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "不能用这个文件名" in page.text
    assert "<script>" not in page.text.split('id="page-data"')[0].split("<body>")[1]


# ---- The command -------------------------------------------------------------------------


def test_an_empty_host_is_refused_not_every_interface(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="--host"):
        run(None, tmp_path, host="", browser=False, say=lambda _: None)


def test_an_address_that_is_not_ours_is_not_called_a_busy_port() -> None:
    with pytest.raises(UserError) as raised:
        open_socket("no-such-host.invalid", 8800)
    assert "地址" in raised.value.message and "端口" not in raised.value.message


def test_a_busy_port_is_said_in_chinese() -> None:
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen()
    port = busy.getsockname()[1]
    try:
        with pytest.raises(UserError) as raised:
            open_socket("127.0.0.1", port)
    finally:
        busy.close()
    assert raised.value.message == f"端口 {port} 已被占用。"
