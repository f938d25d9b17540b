// "Export personal data": everything held about the person, saved as a JSON file.
import { notifications } from "@mantine/notifications";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { exportFileName, fetchPersonalData } from "./personalDataApi";
import { saveJsonFile } from "./saveJsonFile";

export function useExportPersonalData(personId: string) {
  const { t } = useTranslation("record");
  return useMutation({
    mutationFn: async () => {
      const fileName = exportFileName(personId);
      saveJsonFile(fileName, await fetchPersonalData(personId));
      return fileName;
    },
    onSuccess: (fileName) => notifications.show({ color: "green", message: t("personalData.exported", { fileName }) }),
    onError: (error) =>
      notifications.show({ color: "red", title: t("personalData.exportFailed"), message: error.message }),
  });
}
