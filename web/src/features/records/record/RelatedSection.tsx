// A titled list of related records with its own loading, error and empty states.
import { Anchor, Badge, Group, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorState } from "../../../components/ErrorState";

interface QueryState {
  isPending: boolean;
  isError: boolean;
  error: Error | null;
  refetch: () => unknown;
}

interface RelatedSectionProps {
  title: string;
  testId: string;
  state?: QueryState;
  count?: number;
  /** More exist than are shown. */
  more?: boolean;
  empty: string;
  action?: ReactNode;
  /** Shown below the list whatever its state (an add form). */
  footer?: ReactNode;
  children?: ReactNode;
}

export function RelatedSection(props: RelatedSectionProps) {
  const { title, testId, state, count, more, empty, action, footer, children } = props;
  const { t } = useTranslation("record");
  let body: ReactNode;
  if (state?.isPending) {
    body = (
      <Stack gap="xs" aria-hidden>
        <Skeleton height={16} width="70%" />
        <Skeleton height={16} width="50%" />
      </Stack>
    );
  } else if (state?.isError && state.error) {
    body = <ErrorState error={state.error} onRetry={() => void state.refetch()} />;
  } else if (count === 0) {
    body = (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  } else {
    body = (
      <Stack gap={6}>
        {children}
        {more && (
          <Text size="xs" c="dimmed">
            {t("related.onlyFirst", { count })}
          </Text>
        )}
      </Stack>
    );
  }
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Group gap="xs">
          <Title order={2} size="h5">
            {title}
          </Title>
          {count !== undefined && count > 0 && (
            <Badge variant="default" size="sm">
              {more ? `${count}+` : count}
            </Badge>
          )}
        </Group>
        {action}
      </Group>
      {body}
      {footer}
    </Paper>
  );
}

interface RelatedItemProps {
  to: string;
  title: string;
  subtitle?: ReactNode;
  right?: ReactNode;
}

export function RelatedItem({ to, title, subtitle, right }: RelatedItemProps) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs" data-testid="related-item">
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Anchor component={Link} to={to} size="sm" fw={500} truncate="end">
          {title}
        </Anchor>
        {subtitle && (
          <Text size="xs" c="dimmed" truncate="end">
            {subtitle}
          </Text>
        )}
      </Stack>
      {right}
    </Group>
  );
}
