// Renders the OpenAPI document with plain DOM calls: text is set with textContent, never
// parsed as HTML, so nothing in the document can run as script.
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
  children.flat().forEach((c) => node.append(c instanceof Node ? c : document.createTextNode(String(c))));
  return node;
}
function schemaOf(doc, ref) {
  return doc.components.schemas[ref.split("/").pop()];
}
function render(doc) {
  document.getElementById("title").textContent = doc.info.title + " " + doc.info.version;
  document.getElementById("description").textContent = doc.info.description;
  const byTag = {};
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      (byTag[op.tags[0]] ||= []).push({ path, method, op });
    }
  }
  const content = document.getElementById("content");
  content.replaceChildren();
  for (const [tag, ops] of Object.entries(byTag)) {
    content.append(el("h2", {}, tag));
    for (const { path, method, op } of ops) {
      const body = el("div", { class: "body" });
      const params = op.parameters || [];
      if (params.length) {
        body.append(el("h4", {}, "Parameters"),
          el("table", {}, params.map((p) => el("tr", {}, el("td", {}, el("code", {}, p.name)), el("td", {}, p.in), el("td", {}, p.description || "")))));
      }
      if (op.requestBody) {
        const ref = op.requestBody.content["application/json"].schema.$ref;
        body.append(el("h4", {}, "Body: " + ref.split("/").pop()), el("pre", {}, JSON.stringify(schemaOf(doc, ref), null, 2)));
      }
      for (const [status, response] of Object.entries(op.responses)) {
        const media = response.content && Object.values(response.content)[0];
        const name = media && media.schema.$ref ? media.schema.$ref.split("/").pop() : "";
        body.append(el("p", {}, el("strong", {}, status), " ", response.description, name ? " — " + name : ""));
      }
      content.append(el("details", {}, el("summary", {}, el("span", { class: "method " + method }, method.toUpperCase()), el("code", {}, path), " — ", op.summary), body));
    }
  }
}
fetch("/api/openapi.json").then((r) => r.json()).then(render).catch((e) => {
  document.getElementById("content").textContent = "Could not load the API document: " + e;
});
