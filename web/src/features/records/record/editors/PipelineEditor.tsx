// A deal's pipeline, or a stage of the deal's own pipeline, in stage order.
import { Select } from "@mantine/core";
import { usePipelines } from "../../../../api/hooks";
import type { Deal } from "../../../../api/types";
import type { FieldEditorProps } from "../FieldEditor";
import { asText } from "./editorValues";

export function PipelineEditor({
  kind,
  record,
  value,
  onChange,
  pickProps,
}: FieldEditorProps & { pickProps: Record<string, unknown> }) {
  const pipelines = usePipelines();
  const list = pipelines.data ?? [];
  const data =
    kind === "pipeline"
      ? list.map((p) => ({ value: p.id, label: p.name }))
      : (list.find((p) => p.id === (record as Deal).pipeline_id)?.stages ?? [])
          .slice()
          .sort((a, b) => a.position - b.position)
          .map((s) => ({ value: s.id, label: s.name }));
  return (
    <Select
      {...pickProps}
      disabled={pipelines.isPending}
      data={data}
      value={asText(value) || null}
      onChange={(v) => v && onChange(v, true)}
    />
  );
}
