// Inbound or outbound, one click.
import { SegmentedControl, type SegmentedControlProps } from "@mantine/core";
import { useTranslation } from "react-i18next";

export function DirectionControl(props: Omit<SegmentedControlProps, "data">) {
  const { t } = useTranslation("fields");
  return (
    <SegmentedControl
      size="xs"
      data={[
        { value: "outbound", label: t("values.direction.outbound") },
        { value: "inbound", label: t("values.direction.inbound") },
      ]}
      {...props}
    />
  );
}
