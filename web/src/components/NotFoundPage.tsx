import { Button, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack align="center" mt="xl">
      <Title order={2}>{t("states.notFound")}</Title>
      <Button component={Link} to="/my-work" variant="light">
        {t("nav.myWork")}
      </Button>
    </Stack>
  );
}
