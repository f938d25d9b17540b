// Posts one composer form; on success the form clears and the timeline refreshes, on failure
// the API's field errors land on the fields and anything else is said above the button.
import type { UseFormReturnType } from "@mantine/form";
import { useState } from "react";
import { ApiProblem } from "../../../api/client";
import { formErrors, type ActivityLink } from "../activityInput";
import { useCreateActivity } from "../timelineApi";

export function useComposerSubmit<Values extends Record<string, unknown>>(
  form: UseFormReturnType<Values>,
  build: (values: Values, link: ActivityLink) => Record<string, unknown>,
  link: ActivityLink,
) {
  const create = useCreateActivity();
  const [problem, setProblem] = useState<string | null>(null);

  const submit = form.onSubmit((values) => {
    setProblem(null);
    create.mutate(build(values, link), {
      onSuccess: () => form.reset(),
      onError: (error) => {
        const errors = error instanceof ApiProblem ? (error.problem.errors ?? []) : [];
        if (errors.length === 0) return setProblem(error.message);
        const { fields, other } = formErrors(errors, Object.keys(form.values));
        form.setErrors(fields);
        if (other.length > 0) setProblem(other.join("; "));
      },
    });
  });

  return { submit, saving: create.isPending, problem };
}
