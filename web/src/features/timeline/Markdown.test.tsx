import { MantineProvider } from "@mantine/core";
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Markdown } from "./Markdown";

describe("Markdown", () => {
  it("shows a hostile note as harmless text and markup", () => {
    const hostile = '**Hello** <img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
    const { container } = render(
      <MantineProvider>
        <Markdown text={hostile} />
      </MantineProvider>,
    );
    expect(container.querySelector("strong")?.textContent).toBe("Hello");
    expect(container.querySelector("script")).toBeNull();
    expect(container.querySelector("[onerror]")).toBeNull();
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });
});
