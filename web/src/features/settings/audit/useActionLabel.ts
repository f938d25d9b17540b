// An action's label: translated for the actions Relata writes today, the raw name for any
// newer one, so that nothing is hidden.
import { useTranslation } from "react-i18next";
import { isKnownAction } from "./auditEntry";

export function useActionLabel(): (action: string) => string {
  const { t } = useTranslation("settings");
  return (action) => (isKnownAction(action) ? t(`audit.actions.${action}`) : action);
}
