// The page's shape while the record loads.
import { Grid, Paper, Skeleton, Stack } from "@mantine/core";

export function RecordSkeleton() {
  return (
    <Stack gap="md" aria-busy data-testid="record-loading">
      <Paper withBorder p="md">
        <Skeleton height={12} width={80} mb="xs" />
        <Skeleton height={28} width="50%" mb="sm" />
        <Skeleton height={14} width="70%" />
      </Paper>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
          <Paper withBorder p="md">
            <Stack gap="sm">
              {Array.from({ length: 8 }, (_, i) => (
                <Skeleton key={i} height={16} />
              ))}
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
          <Paper withBorder p="md">
            <Skeleton height={110} />
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
