// Saves data the app already holds as a file. The export is fetched with `api()` (so the
// session cookie and error handling apply) and handed to the browser through a Blob link.

export function saveJsonFile(fileName: string, data: unknown): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the Blob when the click is handled; a moment later the URL can go.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
