// Notes are Markdown written by users. HTML typed into a note is shown as the text it is,
// not rendered; and what Markdown renders still goes through DOMPurify, so a note can
// format text but never run script, load frames, or restyle the page.
import createDOMPurify, { type DOMPurify } from "dompurify";
import { Marked } from "marked";

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const markdown = new Marked({
  gfm: true,
  breaks: true,
  renderer: {
    html: ({ text }) => escapeHtml(text),
  },
});

let purifier: DOMPurify | null = null;

function getPurifier(): DOMPurify {
  if (purifier) return purifier;
  // Our own instance, so the link hook below touches no one else's sanitizing.
  purifier = createDOMPurify(window);
  purifier.addHook("afterSanitizeAttributes", (node) => {
    if (node.tagName === "A" && node.hasAttribute("href")) {
      node.setAttribute("target", "_blank");
      node.setAttribute("rel", "noopener noreferrer nofollow");
    }
  });
  return purifier;
}

const FORBID_TAGS = ["style", "form", "input", "button", "textarea", "select", "option", "iframe", "object", "embed"];

/** Markdown to HTML that is safe to insert with `dangerouslySetInnerHTML`. */
export function renderMarkdown(text: string): string {
  const html = markdown.parse(text, { async: false });
  return getPurifier().sanitize(html, { FORBID_TAGS, FORBID_ATTR: ["style"] });
}
