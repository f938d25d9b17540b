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

  it("shows HTML typed into a note as text", () => {
    const root = dom(renderMarkdown('Hi <img src="x" onerror="alert(1)"> there'));
    expect(root.querySelector("img")).toBeNull();
    expect(root.textContent).toContain('<img src="x" onerror="alert(1)">');
  });

  it("never runs a script tag", () => {
    const root = dom(renderMarkdown("before <script>window.hacked = true</script> after"));
    expect(root.querySelector("script")).toBeNull();
    expect(root.textContent).toContain("before");
  });

  it("removes javascript: links and opens web links in a new tab", () => {
    const root = dom(renderMarkdown("[click](javascript:alert(1)) and [site](https://example.com)"));
    const links = [...root.querySelectorAll("a")];
    expect(links.some((a) => (a.getAttribute("href") ?? "").startsWith("javascript"))).toBe(false);
    const site = links.find((a) => a.getAttribute("href") === "https://example.com");
    expect(site?.getAttribute("target")).toBe("_blank");
    expect(site?.getAttribute("rel")).toContain("noopener");
  });

  it("renders no styles, frames or forms", () => {
    const root = dom(renderMarkdown('<p style="position:fixed">x</p><iframe src="https://evil"></iframe><form><input></form>'));
    expect(root.querySelector("[style], iframe, form, input")).toBeNull();
  });

  it("still sanitizes what Markdown itself renders", () => {
    const root = dom(renderMarkdown("![x](javascript:alert(1))"));
    expect(root.querySelector("img")?.getAttribute("src") ?? "").not.toMatch(/^javascript/);
  });
});
