import { createTheme } from "@mantine/core";

export const theme = createTheme({
  fontFamily: "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  primaryColor: "indigo",
  defaultRadius: "md",
  cursorType: "pointer",
});
