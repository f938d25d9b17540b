// The server's reading of the file's head: the guessed mapping, and, with the person's
// changes, the problems of the first rows. Only the head is sent; the server reads no more.
import { useQuery } from "@tanstack/react-query";
import { api } from "../../api/client";
import type { ImportPreview } from "../../api/types";
import type { ImportObject } from "./types";

/** What the server reads of an upload for a preview. */
export const PREVIEW_BYTES = 1024 * 1024;

export function useImportPreview(object: ImportObject, file: File | null, upload: number, map: readonly string[]) {
  return useQuery({
    queryKey: ["import", "preview", object, upload, map] as const,
    queryFn: ({ signal }) => {
      const search = new URLSearchParams(map.map((value) => ["map", value])).toString();
      const query = search ? `?${search}` : "";
      return api<ImportPreview>(`/api/v1/${object}/import/preview${query}`, {
        method: "POST",
        body: (file as File).slice(0, PREVIEW_BYTES),
        headers: { "Content-Type": "text/csv" },
        signal,
      });
    },
    enabled: file !== null,
    staleTime: Infinity,
    retry: false,
    // While a changed mapping is read again, keep showing the last reading of the same file.
    placeholderData: (previous, query) =>
      query && query.queryKey[2] === object && query.queryKey[3] === upload ? previous : undefined,
  });
}
