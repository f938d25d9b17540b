// Runs the dry run and the import. The import uploads with progress and, once done,
// refreshes every list the new records may appear in.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { api } from "../../api/client";
import type { ImportReport } from "../../api/types";
import { importPath, type ColumnChoice } from "./mapping";
import type { ImportObject } from "./types";
import { uploadImport, type UploadProgress } from "./uploadImport";

/** Queries an import does not change. */
const KEPT = new Set(["session", "import", "members", "workspace", "pipelines", "fields"]);

interface RunInput {
  object: ImportObject;
  file: File;
  columns: ColumnChoice[];
}

export function useDryRun(onDone: (report: ImportReport, columns: ColumnChoice[]) => void) {
  return useMutation({
    mutationFn: ({ object, file, columns }: RunInput) =>
      api<ImportReport>(importPath(object, columns, { dryRun: true }), {
        method: "POST",
        body: file,
        headers: { "Content-Type": "text/csv" },
      }),
    onSuccess: (report, { columns }) => onDone(report, columns),
  });
}

export function useImport(onDone: (report: ImportReport) => void) {
  const client = useQueryClient();
  const [progress, setProgress] = useState<UploadProgress>({ phase: "uploading", fraction: 0 });
  const controller = useRef<AbortController | null>(null);
  const mutation = useMutation({
    mutationFn: ({ object, file, columns }: RunInput) => {
      controller.current = new AbortController();
      return uploadImport({
        path: importPath(object, columns),
        file,
        onProgress: setProgress,
        signal: controller.current.signal,
      });
    },
    onSuccess: (report) => {
      // An import reaches lists, records, the board, search and dashboards alike.
      void client.invalidateQueries({ predicate: (query) => !KEPT.has(String(query.queryKey[0])) });
      onDone(report);
    },
  });
  /** Stops an upload in progress; the server imports nothing it has not fully received. */
  const cancel = () => controller.current?.abort();
  return { ...mutation, progress, cancel };
}
