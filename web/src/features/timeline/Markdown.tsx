// Shows user-written Markdown; `renderMarkdown` has already made it safe to insert.
import { Typography } from "@mantine/core";
import { useMemo } from "react";
import { renderMarkdown } from "./markdown";

export function Markdown({ text }: { text: string }) {
  const html = useMemo(() => renderMarkdown(text), [text]);
  return (
    <Typography fz="sm" style={{ overflowWrap: "anywhere" }}>
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </Typography>
  );
}
