// drafter serve: the form is built from the description the server derives from the fact-sheet
// model, so no field is named here. Every text the writer types is set with .value or
// .textContent, never as HTML; the preview's HTML is made safe on the server.
"use strict";
(function () {
  const page = JSON.parse(document.getElementById("page-data").textContent);
  const opened = JSON.parse(document.getElementById("opened-sheet").textContent);
  const token = document.querySelector('meta[name="drafter-token"]').content;
  const STORE = "drafter-serve-sheet";
  const formEl = document.getElementById("sheet-form");
  const $ = (id) => document.getElementById(id);
  let data = fresh();
  // file: the sheet in the folder that autosave writes; owned: opened or made in this form;
  // version: what the file held when this form last read or wrote it (another tab may write it).
  let state = { file: null, owned: false, version: null };
  let previewTimer = null, saveTimer = null, previewSeq = 0, saving = Promise.resolve();

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (key === "dataset") Object.assign(node.dataset, value);
      else if (key in node && key !== "list") node[key] = value;
      else node.setAttribute(key, value);
    }
    for (const child of children) node.append(child);
    return node;
  }

  function pathText(path) {
    let text = "";
    for (const part of path) text += typeof part === "number" ? `[${part}]` : (text ? "." : "") + part;
    return text;
  }
  const pattern = (path) => path.map((p) => (typeof p === "number" ? "[]" : p)).join(".").replace(/\.\[\]/g, "[]");

  function blank(node) {
    if (node.kind === "group") {
      const out = {};
      for (const child of node.children) out[child.key] = blank(child);
      return out;
    }
    if (node.kind === "list") return [];
    if (node.kind === "select") return node.default ?? node.choices[0][0];
    return typeof node.default === "string" ? node.default : "";
  }

  // A new sheet: blank, with the sections `drafter new` writes for its form (topics filled in).
  function fresh(form) {
    const sheet = blank(page.form);
    if (form) sheet.form = form;
    const sections = page.form.children.find((c) => c.key === "sections");
    sheet.sections = (page.suggestions.sections[sheet.form] || []).map((s) => filled(sections.item, s));
    return sheet;
  }
  // Nothing typed yet but the form: such a sheet follows a change of form.
  const untouched = (sheet) => JSON.stringify(sheet) === JSON.stringify(fresh(sheet.form));

  // An opened sheet holds only the keys it was written with: give it every field of the form.
  function filled(node, value) {
    if (node.kind === "group") {
      const out = blank(node);
      if (value && typeof value === "object" && !Array.isArray(value)) {
        for (const child of node.children) if (child.key in value) out[child.key] = filled(child, value[child.key]);
      }
      return out;
    }
    if (node.kind === "list") return Array.isArray(value) ? value.map((v) => filled(node.item, v)) : [];
    return value === undefined || value === null ? blank(node) : String(value);
  }

  function getAt(path) { return path.reduce((v, k) => (v == null ? v : v[k]), data); }
  function setAt(path, value) { getAt(path.slice(0, -1))[path[path.length - 1]] = value; }

  function suggestionList(path) {
    const where = pattern(path);
    if (where === "sections[].topic") return "topics";
    if (where === "sections[].header") return "headers-" + (getAt([...path.slice(0, -1), "topic"]) || "");
    if (where === "lead.frame") return "lead-frames-" + data.form;
    if (where === "closing.frame") return "closing-frames-" + data.form;
    return null;
  }

  function makeDatalists() {
    const s = page.suggestions;
    const add = (id, values) => document.body.append(el("datalist", { id }, ...values.map((v) => el("option", { value: v }))));
    for (const [topic, headers] of Object.entries(s.headers)) add("headers-" + topic, headers);
    for (const [form, frames] of Object.entries(s.lead_frames)) add("lead-frames-" + form, frames);
    for (const [form, frames] of Object.entries(s.closing_frames)) add("closing-frames-" + form, frames);
  }

  // The schema's suggestions under the field, in the order `new` offers them: one click (or
  // Enter on the button) puts one into the field. Follows the list the field points to.
  function suggestBox(input) {
    const box = el("div", { className: "suggest" });
    box.update = () => {
      const list = document.getElementById(input.getAttribute("list"));
      const values = list ? [...list.options].map((o) => o.value) : [];
      box.replaceChildren(...(values.length ? [el("span", { className: "hint" }, "范文中的写法：")] : []),
        ...values.map((value) => el("div", { className: "suggestion" },
          el("button", { type: "button", title: "把这一条填进上面的栏目", onclick: () => {
            input.value = value;
            input.dispatchEvent(new Event("input"));
            input.focus();
          } }, "用这个"),
          " ", el("span", {}, value))));
    };
    box.update();
    return box;
  }

  function slotsOf(path, input) {
    // A frame's {slots}: which facts it will ask for, named by the labels of their fields.
    const box = el("div", { className: "slots" });
    const group = page.form.children.find((c) => c.key === path[0]);
    const show = () => {
      const text = input.value || (document.getElementById(input.getAttribute("list"))?.options[0]?.value ?? "");
      const slots = [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))];
      box.replaceChildren();
      if (!slots.length) return;
      box.append(input.value ? "框架里的占位：" : "留空时用的框架的占位：");
      for (const slot of slots) {
        const field = group.children.find((c) => c.key === slot) || page.form.children.find((c) => c.key === slot);
        box.append(el("code", {}, `{${slot}}`), field ? field.label + " " : "（由 drafter 填写） ");
      }
    };
    input.addEventListener("input", show);
    show();
    return box;
  }

  function scalar(node, path) {
    const value = getAt(path);
    const id = "f-" + pathText(path);
    let input;
    if (node.kind === "select") {
      input = el("select", { id }, ...node.choices.map(([v, label]) => el("option", { value: v }, v === "" || label === v ? label : `${label}（${v}）`)));
      input.value = value;
    } else if (typeof path[path.length - 1] === "number") {
      input = el("textarea", { id, rows: 2, value });
    } else {
      input = el("input", { id, type: "text", value });
      if (node.kind === "number" || node.kind === "integer") input.inputMode = node.kind === "number" ? "decimal" : "numeric";
    }
    const list = suggestionList(path);
    if (list) input.setAttribute("list", list);
    input.name = pathText(path);
    // A choice is taken on "change": every browser sends it for a select, by mouse or keyboard.
    input.addEventListener(node.kind === "select" ? "change" : "input", () => {
      const before = pattern(path) === "form" && untouched(data);
      setAt(path, input.value);
      if (pattern(path) === "sections[].topic") {
        const header = document.getElementById("f-" + pathText([...path.slice(0, -1), "header"]));
        if (header) {
          header.setAttribute("list", "headers-" + input.value);
          header.closest(".field").querySelector(".suggest")?.update();
        }
      }
      if (pattern(path) === "form") {
        if (before) data = fresh(input.value); // still blank: start with this form's sections
        render();
        if (before) return; // nothing typed: nothing to save yet
      }
      changed();
    });
    const box = el("div", { className: "field", dataset: { path: pathText(path) } });
    if (typeof path[path.length - 1] !== "number") box.append(el("label", { htmlFor: id }, node.label + (node.required ? "（必填）" : "")));
    box.append(input);
    if (node.help && node.help !== node.label) box.append(el("div", { className: "help" }, node.help));
    if (path[path.length - 1] === "frame") box.append(slotsOf(path, input));
    if (list && list !== "topics") box.append(suggestBox(input));
    return box;
  }

  function build(node, path) {
    if (node.kind === "group") {
      const box = path.length ? el("fieldset", { dataset: { path: pathText(path) } }) : document.createDocumentFragment();
      if (path.length && node.label && typeof path[path.length - 1] !== "number") box.append(el("legend", {}, node.label));
      if (path.length && node.help) box.append(el("div", { className: "help" }, node.help));
      for (const child of node.children) box.append(build(child, [...path, child.key]));
      return box;
    }
    if (node.kind === "list") {
      const items = getAt(path);
      const box = el("fieldset", { dataset: { path: pathText(path) } }, el("legend", {}, node.label));
      if (node.help) box.append(el("div", { className: "help" }, node.help));
      items.forEach((_, index) => box.append(item(node, path, index, items.length)));
      const noun = node.item.kind === "group" ? "一项" : "一条";
      box.append(el("button", { type: "button", className: "add", onclick: () => { items.push(blank(node.item)); render(); changed(); focusLast(path); } }, `添加${noun}：${node.label}`));
      return box;
    }
    return scalar(node, path);
  }

  function item(node, path, index, count) {
    const items = getAt(path);
    const move = (to) => { const [moved] = items.splice(index, 1); items.splice(to, 0, moved); render(); changed(); };
    const tools = el("div", { className: "item-tools" },
      el("span", { className: "hint" }, `第 ${index + 1} 项`),
      el("button", { type: "button", title: "上移", disabled: index === 0, onclick: () => move(index - 1) }, "↑ 上移"),
      el("button", { type: "button", title: "下移", disabled: index === count - 1, onclick: () => move(index + 1) }, "↓ 下移"),
      el("button", { type: "button", title: "删除", onclick: () => { if (!hasText(items[index]) || confirm("删除这一项？")) { items.splice(index, 1); render(); changed(); } } }, "删除"));
    return el("div", { className: "item" }, tools, build(node.item, [...path, index]));
  }

  const hasText = (v) => (typeof v === "string" ? v.trim() !== "" : Object.values(v || {}).some(hasText));

  function focusLast(path) {
    const inputs = formEl.querySelectorAll(`[name^="${CSS.escape(pathText(path))}["]`);
    if (inputs.length) inputs[inputs.length - 1 - 0].focus();
  }

  function render() {
    const active = document.activeElement && document.activeElement.name;
    formEl.replaceChildren(build(page.form, []));
    if (active) formEl.querySelector(`[name="${CSS.escape(active)}"]`)?.focus();
  }

  function notice(text) {
    const box = $("notice");
    box.hidden = !text;
    box.textContent = text || "";
  }

  async function api(path, body, query) {
    const url = path + (query ? "?" + new URLSearchParams(query) : "");
    return fetch(url, {
      method: "POST",
      headers: { "X-Drafter-Token": token, "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
  }
  const options = () => ({ variant: $("variant").value, fonts: $("fonts").value });

  function changed() {
    remember();
    clearTimeout(previewTimer);
    previewTimer = setTimeout(preview, 250);
    clearTimeout(saveTimer);
    // One save at a time: a second one sent before the first is answered would carry an old
    // version and be taken for another tab's.
    saveTimer = setTimeout(() => { saving = saving.then(() => autosave()); }, 1500);
  }

  function showProblems(problems, warnings) {
    for (const old of formEl.querySelectorAll(".problem, .warning")) old.remove();
    for (const old of formEl.querySelectorAll(".has-problem")) old.classList.remove("has-problem");
    const list = el("ul");
    const mark = (p, css) => {
      let path = p.path, box = null;
      while (!box) {
        box = formEl.querySelector(`[data-path="${CSS.escape(path)}"]`);
        if (box || !path) break;
        path = path.replace(/(\[\d+\]|\.?[^.[\]]+)$/, "");
      }
      if (box) {
        if (css === "problem") box.classList.add("has-problem");
        const at = box.tagName === "FIELDSET" ? box.querySelector("legend") || box.firstChild : box.lastChild;
        at.after(el("div", { className: css }, p.message));
      }
      list.append(el("li", { className: css }, (p.path ? p.path + "：" : "") + p.message));
    };
    problems.forEach((p) => mark(p, "problem"));
    warnings.forEach((p) => mark(p, "warning"));
    $("problems").replaceChildren(...(list.children.length ? [list] : []));
  }

  async function preview() {
    const seq = ++previewSeq;
    let result;
    try {
      const answer = await api("/api/preview", data, options());
      result = await answer.json();
      if (!answer.ok) { if (seq === previewSeq) notice(result.error || "预览失败。"); return; }
    } catch (e) {
      if (seq === previewSeq) notice("连不上 drafter：它可能已经停止。重新运行 drafter serve 后刷新本页，填写的内容不会丢。");
      return;
    }
    if (seq !== previewSeq) return; // a newer answer is on its way
    notice("");
    showProblems(result.problems, result.warnings);
    const pane = $("preview");
    if (result.html) pane.innerHTML = result.html; // made safe on the server: every text escaped
    else pane.replaceChildren(el("p", { className: "hint" }, "还不能生成：请按左边的红字提示填写。"));
    if (result.todo.length) pane.prepend(el("p", { className: "hint" }, `有 ${result.todo.length} 处【待补】：框架里的这些项没有对应的事实，请补填或在文稿中补写。`));
  }

  function remember() {
    try { localStorage.setItem(STORE, JSON.stringify({ data, ...state })); } catch (e) { /* storage full or off */ }
  }

  async function autosave(overwrite) {
    const body = { sheet: data, overwrite: Boolean(overwrite || (state.file && state.owned)) };
    if (state.file) body.name = state.file;
    if (state.file && state.version) body.version = state.version;
    let answer;
    try { answer = await api("/api/save", body); } catch (e) { return; }
    const result = await answer.json();
    if (answer.status === 409) {
      const asked = result.changed
        ? `“${state.file}”在这个表单之外被改过（可能是另一个标签页或别的程序）。\n用表单里的内容覆盖它吗？（选“取消”则另存为新的草稿文件）`
        : `文件夹里已有“${state.file}”，它不是在这个表单里打开的。\n覆盖它吗？（选“取消”则另存为新的草稿文件）`;
      if (confirm(asked)) {
        state.owned = true;
        state.version = null; // the writer said yes: whatever the file holds now
        return autosave(true);
      }
      state = { file: null, owned: false, version: null };
      return autosave();
    }
    if (!answer.ok) { $("file-state").textContent = "自动保存失败：" + (result.error || ""); return; }
    state = { file: result.name, owned: true, version: result.version || null };
    $("file-state").textContent = `已自动保存到 ${result.name}（${new Date().toLocaleTimeString()}）`;
    remember();
  }

  function load(result, file, owned) {
    data = filled(page.form, result.sheet);
    state = { file, owned, version: result.version || null };
    if (result.unknown && result.unknown.length) {
      // Kept out of the form, and the file is not written over, so nothing is lost.
      state = { file: null, owned: false, version: null };
      notice("这份事实表里有表单没有的栏目，没有载入（原文件不会被覆盖，自动保存另存为新文件）：\n" +
        result.unknown.map((u) => `${u.path}${u.line ? `（第 ${u.line} 行）` : ""}：${u.yaml}`).join("\n"));
    } else notice("");
    render();
    changed();
  }

  async function openSheet(body, file, owned) {
    const answer = await api("/api/open", body);
    const result = await answer.json();
    if (!answer.ok) {
      notice((result.error || "打不开这份事实表。") + "\n" + (result.problems || []).map((p) => `第 ${p.line} 行：${p.message}`).join("\n"));
      return;
    }
    load(result, file, owned);
  }

  async function listSheets() {
    const answer = await fetch("/api/sheets");
    const { sheets } = await answer.json();
    $("sheet-list").replaceChildren(...sheets.map((s) => el("li", {},
      // A button, not a bare link: reachable and pressed from the keyboard.
      el("button", { type: "button", className: "link",
                     onclick: () => openSheet({ name: s.name }, s.name, true) }, s.name),
      el("span", { className: "hint" }, ` ${s.modified.replace("T", " ")}`))));
    return sheets;
  }

  async function download(kind) {
    const path = kind === "yaml" ? "/api/yaml" : "/api/render";
    const answer = await api(path, data, kind === "yaml" ? null : { format: kind, ...options() });
    if (!answer.ok) {
      const result = await answer.json();
      notice((result.error || "没有生成。") + "\n" + (result.problems || []).map((p) => (p.path ? p.path + "：" : "") + p.message).join("\n"));
      return;
    }
    const named = /filename\*=UTF-8''([^;]+)/.exec(answer.headers.get("content-disposition") || "");
    const link = el("a", { href: URL.createObjectURL(await answer.blob()), download: named ? decodeURIComponent(named[1]) : "drafter." + kind });
    document.body.append(link);
    link.click();
    link.remove();
  }

  $("download-docx").onclick = () => download("docx");
  $("download-md").onclick = () => download("md");
  $("download-yaml").onclick = () => download("yaml");
  $("variant").onchange = $("fonts").onchange = preview;
  $("open-file").onchange = (event) => {
    const file = event.target.files[0];
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => openSheet({ text: reader.result }, /\.ya?ml$/i.test(file.name) ? file.name : null, false);
    reader.readAsText(file, "utf-8");
    event.target.value = "";
  };
  $("new-sheet").onclick = () => {
    if (!untouched(data) && hasText(data) && !confirm("清空表单，新建一份事实表？（已自动保存的文件还在文件夹里）")) return;
    data = fresh();
    state = { file: null, owned: false, version: null };
    notice("");
    render();
    changed();
  };

  async function start() {
    makeDatalists();
    if (opened) return load(opened, opened.name, true);
    let stored = null;
    try { stored = JSON.parse(localStorage.getItem(STORE) || "null"); } catch (e) { stored = null; }
    const sheets = await listSheets().catch(() => []);
    if (stored && stored.data) {
      data = filled(page.form, stored.data);
      state = { file: stored.file || null, owned: Boolean(stored.owned), version: stored.version || null };
      render();
      changed();
      return;
    }
    const draft = sheets.find((s) => s.name.startsWith("草稿-"));
    if (draft) {
      await openSheet({ name: draft.name }, draft.name, true);
      notice(`已恢复上次自动保存的草稿 ${draft.name}。要从头开始，请点“新建”。`);
      return;
    }
    render();
  }
  start();
})();
