// A person's, company's or deal's page: header, fields and related records on the left, the
// composer and timeline on the right (one column on phones).
import { Anchor, Grid, Group, Stack } from "@mantine/core";
import { IconArrowLeft } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ApiProblem } from "../../api/client";
import type { Deal, Person, RecordObject } from "../../api/types";
import { ErrorState } from "../../components/ErrorState";
import { Composer } from "../timeline/Composer";
import { Timeline } from "../timeline/Timeline";
import { activityLink } from "./record/activityLink";
import { FieldsPanel } from "./record/FieldsPanel";
import { RecordHeader } from "./record/RecordHeader";
import { RecordNotFound } from "./record/RecordNotFound";
import { RecordSkeleton } from "./record/RecordSkeleton";
import type { AnyRecord } from "./record/recordTypes";
import { RelatedPanel } from "./record/RelatedPanel";
import { SentimentTrendCard } from "./record/SentimentTrendCard";
import { TrashBanner } from "./record/TrashBanner";
import { useRecord } from "./record/useRecord";

function BackLink({ object }: { object: RecordObject }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={`/${object}`} size="sm" c="dimmed" w="fit-content">
      <Group gap={4}>
        <IconArrowLeft size={14} aria-hidden />
        {t(`nav.${object}`)}
      </Group>
    </Anchor>
  );
}

function RecordLayout({ object, record }: { object: RecordObject; record: AnyRecord }) {
  const inTrash = record.deleted_at !== null;
  const email = object === "people" ? (record as Person).email : null;
  const currency = object === "deals" ? (record as Deal).currency : null;
  return (
    <Stack gap="md">
      <BackLink object={object} />
      {inTrash && <TrashBanner object={object} id={record.id} />}
      <RecordHeader object={object} record={record} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
          <Stack gap="md">
            {object !== "deals" && <SentimentTrendCard object={object} id={record.id} />}
            <FieldsPanel object={object} record={record} />
            <RelatedPanel object={object} record={record} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
          <Stack gap="md">
            {!inTrash && <Composer link={activityLink(object, record)} emailTo={email ? [email] : []} />}
            <Timeline object={object} id={record.id} currency={currency} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function RecordView({ object, id }: { object: RecordObject; id: string }) {
  const record = useRecord(object, id);
  if (record.isPending) return <RecordSkeleton />;
  if (record.isError) {
    const error = record.error;
    if (error instanceof ApiProblem && (error.status === 404 || error.status === 400)) {
      return <RecordNotFound object={object} id={id} />;
    }
    return <ErrorState error={error} onRetry={() => void record.refetch()} />;
  }
  return <RecordLayout object={object} record={record.data} />;
}

export default function RecordPage({ object }: { object: RecordObject }) {
  const { id = "" } = useParams();
  // A new key per record: edits, drafts and dialogs of one record never leak into the next.
  return <RecordView key={`${object}/${id}`} object={object} id={id} />;
}
