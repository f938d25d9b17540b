import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown";

function dom(html: string): HTMLElement {
  const root = document.createElement("div");
  root.innerHTML = html;
  return root;
}

describe("renderMarkdown", () => {
  it("formats Markdown", () => {
    const root = dom(renderMarkdown("**Budget** is tight\n\n1. phase one\n2. phase two"));
    expect(root.querySelector("strong")?.textContent).toBe("Budget");
    expect(root.querySelectorAll("ol li")).toHaveLength(2);
  });

  it("keeps single line breaks, as people type notes", () => {
    expect(renderMarkdown("first\nsecond")).toContain("<br>");
  });

  it("never lets an image run script", () => {
    const html = renderMarkdown('Hi <img src="x" onerror="alert(1)"> there');
    const image = dom(html).querySelector("img");
    expect(image).not.toBeNull();
    expect(image?.getAttribute("onerror")).toBeNull();
    expect(html).not.toMatch(/onerror/i);
  });

  it("drops script tags and their content", () => {
    const html = renderMarkdown("before <script>window.hacked = true</script> after");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain("window.hacked");
    expect(html).toContain("before");
  });

  it("removes javascript: links and opens web links in a new tab", () => {
    const root = dom(renderMarkdown("[click](javascript:alert(1)) and [site](https://example.com)"));
    const links = [...root.querySelectorAll("a")];
    expect(links.some((a) => (a.getAttribute("href") ?? "").startsWith("javascript"))).toBe(false);
    const site = links.find((a) => a.getAttribute("href") === "https://example.com");
    expect(site?.getAttribute("target")).toBe("_blank");
    expect(site?.getAttribute("rel")).toContain("noopener");
  });

  it("drops inline styles, frames and forms", () => {
    const html = renderMarkdown('<p style="position:fixed">x</p><iframe src="https://evil"></iframe><form><input></form>');
    expect(html).not.toMatch(/style=|<iframe|<form|<input/i);
  });
});
