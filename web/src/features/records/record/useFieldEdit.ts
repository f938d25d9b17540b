// The life of one field's edit: draft, save with the version it was read at, and what to do
// when someone else saved first (see conflict.ts). Neither value is dropped without the
// user choosing.
import { useState } from "react";
import { ApiProblem } from "../../../api/client";
import type { RecordObject } from "../../../api/types";
import { mergePending } from "./conflict";
import type { FieldBinding } from "./fieldKinds";
import type { AnyRecord } from "./recordTypes";
import { conflictCurrent, usePatchRecord } from "./useRecord";

export interface FieldConflict {
  theirs: unknown;
  version: number;
}

export interface FieldEdit {
  editing: boolean;
  draft: unknown;
  conflict: FieldConflict | null;
  error: string | null;
  saving: boolean;
  start: () => void;
  change: (value: unknown, commit?: boolean) => void;
  submit: () => void;
  cancel: () => void;
  keepTheirs: () => void;
  saveMine: () => void;
}

interface Pending {
  base: unknown;
  draft: unknown;
}

function errorText(error: Error | null, binding: FieldBinding): string | null {
  if (!error) return null;
  if (!(error instanceof ApiProblem)) return error.message;
  if (error.isConflict && error.problem.current) return null;
  for (const key of binding.errorKeys) {
    const message = error.fieldError(key);
    if (message) return message;
  }
  return error.message;
}

export function useFieldEdit(object: RecordObject, record: AnyRecord, binding: FieldBinding): FieldEdit {
  const [pending, setPending] = useState<Pending | null>(null);
  const [conflict, setConflict] = useState<FieldConflict | null>(null);
  const patch = usePatchRecord(object, record.id);

  const close = () => {
    setPending(null);
    setConflict(null);
    patch.reset();
  };

  const send = (base: unknown, mine: unknown, version: number, retried: boolean) => {
    setConflict(null);
    patch.mutate(
      { changes: binding.patch(mine), version },
      {
        onSuccess: close,
        onError: (error) => {
          const current = conflictCurrent(error);
          if (!current) return;
          const merge = mergePending({ base, mine }, current, binding.read);
          if (merge.kind === "settled") close();
          // Someone changed other fields only: put ours on top of theirs, once.
          else if (merge.kind === "reapply" && !retried) send(base, mine, merge.version, true);
          else setConflict({ theirs: binding.read(current), version: current.version });
        },
      },
    );
  };

  const save = (mine: unknown) => {
    if (!pending) return;
    if (conflict) return send(conflict.theirs, mine, conflict.version, false);
    // The cached record may have moved on while the user typed (a refetch): check it first.
    const merge = mergePending({ base: pending.base, mine }, record, binding.read);
    if (merge.kind === "settled") return close();
    if (merge.kind === "conflict") return setConflict({ theirs: merge.theirs, version: merge.version });
    send(pending.base, mine, record.version, false);
  };

  return {
    editing: pending !== null,
    draft: pending?.draft ?? null,
    conflict,
    error: errorText(patch.error, binding),
    saving: patch.isPending,
    start: () => {
      patch.reset();
      const value = binding.read(record);
      setPending({ base: value, draft: value });
    },
    change: (value, commit) => {
      if (!pending) return;
      setPending({ ...pending, draft: value });
      if (commit) save(value);
    },
    submit: () => pending && save(pending.draft),
    cancel: close,
    keepTheirs: close,
    saveMine: () => pending && save(pending.draft),
  };
}
