// The state of the pipeline editor: the draft, the version it edits, and the problems found
// before saving or named by the server after. A save over someone else's change (412)
// reloads the pipeline as it is now and says so.
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../../api/client";
import type { Pipeline } from "../../../api/types";
import {
  draftFromPipeline,
  draftProblems,
  hasProblems,
  isDirty,
  serverErrors,
  toPipelineInput,
  type DraftProblems,
  type PipelineDraft,
  type ServerErrors,
} from "./pipelineDraft";
import { useReloadPipeline, useSavePipeline } from "./usePipelineWrites";

const NO_ERRORS: ServerErrors = { name: [], pipeline: [], stages: {} };
const NO_PROBLEMS: DraftProblems = { pipeline: [], stages: {} };

/** A failed save's message when the server named no field (a stage that still has deals). */
function generalError(error: Error | null): string | null {
  if (!error) return null;
  if (error instanceof ApiProblem && (error.status === 412 || error.problem.errors?.length)) return null;
  return error.message;
}

export function usePipelineEditor(pipeline: Pipeline) {
  const { t } = useTranslation("settings");
  const [base, setBase] = useState(pipeline);
  const [draft, setDraft] = useState(() => draftFromPipeline(pipeline));
  const [checked, setChecked] = useState(false);
  const [server, setServer] = useState<ServerErrors>(NO_ERRORS);
  const [conflict, setConflict] = useState(false);
  const save = useSavePipeline();
  const reload = useReloadPipeline();

  const dirty = isDirty(draft, draftFromPipeline(base));
  // Someone else's change arrived while nothing is edited here: show it.
  if (!dirty && pipeline.version > base.version) {
    setBase(pipeline);
    setDraft(draftFromPipeline(pipeline));
  }
  const problems = draftProblems(draft);

  const adopt = (saved: Pipeline) => {
    setBase(saved);
    setDraft(draftFromPipeline(saved));
    setChecked(false);
    setServer(NO_ERRORS);
  };
  const edit = (next: PipelineDraft) => {
    setDraft(next);
    setServer(NO_ERRORS);
    if (save.isError) save.reset();
  };
  const discard = () => {
    adopt(base);
    save.reset();
  };
  const submit = () => {
    setChecked(true);
    setConflict(false);
    if (hasProblems(problems)) return;
    const sent = draft;
    save.mutate(
      { id: base.id, input: toPipelineInput(sent, base.version) },
      {
        onSuccess: (saved) => {
          adopt(saved);
          notifications.show({ color: "green", message: t("pipelines.saved", { name: saved.name }) });
        },
        onError: async (error) => {
          if (!(error instanceof ApiProblem)) return;
          if (error.status === 412) {
            const fresh = await reload(base.id);
            if (fresh) adopt(fresh);
            setConflict(true);
          } else {
            setServer(serverErrors(sent, error.problem.errors ?? []));
          }
        },
      },
    );
  };

  return {
    base,
    draft,
    dirty,
    /** Problems found in the draft; shown once a save was tried. */
    problems: checked ? problems : NO_PROBLEMS,
    server,
    conflict,
    dismissConflict: () => setConflict(false),
    saving: save.isPending,
    saveError: generalError(save.error),
    edit,
    discard,
    submit,
  };
}
