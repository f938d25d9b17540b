// The open saved view lives in the URL (`?view=<id>`), so a link opens it and Back returns to
// the previous one. A list left with a view open reopens that view when the user comes back.
import { notifications } from "@mantine/notifications";
import { useCallback, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import type { View } from "../../../api/types";

export function useViewUrl(views: View[] | undefined, activeId: string | null, apply: (view: View | null) => void) {
  const { t } = useTranslation("records");
  const [params, setParams] = useSearchParams();
  const param = params.get("view");
  // The view to put back into a URL that came without one (the nav link drops the query).
  const restore = useRef(param === null ? activeId : null);

  useEffect(() => {
    if (restore.current !== null) {
      if (param === null) {
        setParams({ view: restore.current }, { replace: true });
        return;
      }
      restore.current = null;
    }
    if (param === activeId) return;
    if (param === null) {
      apply(null);
      return;
    }
    if (!views) return;
    const view = views.find((v) => v.id === param);
    if (view) {
      apply(view);
    } else {
      notifications.show({ color: "orange", message: t("views.missing") });
      setParams({}, { replace: true });
    }
  }, [param, activeId, views, apply, setParams, t]);

  const open = useCallback((id: string | null) => setParams(id ? { view: id } : {}), [setParams]);
  // While the URL names a view not yet applied, the list would show the wrong rows.
  const pending = param !== null && param !== activeId;
  return { open, pending };
}
