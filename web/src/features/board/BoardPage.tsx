// The deals board (/board/:pipelineId?owner=me): one column per stage, cards moved between
// stages by drag and drop or the "move to" menu.
import { Button, Center, EmptyState, Loader } from "@mantine/core";
import { IconLayoutKanban } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useLocation, useNavigate, useParams, useSearchParams } from "react-router";
import { useMembers, usePipelines } from "../../api/hooks";
import type { Pipeline } from "../../api/types";
import { useSession } from "../../app/session";
import { ErrorState } from "../../components/ErrorState";
import { formatSums } from "../../lib/format";
import classes from "./board.module.css";
import { BoardColumns } from "./BoardColumns";
import { openTotals } from "./boardTotals";
import { BoardToolbar } from "./BoardToolbar";
import { boardKey, PER_STAGE_MAX, PER_STAGE_STEP, useBoard } from "./useBoard";

function NoPipelines() {
  const { t } = useTranslation("board");
  return (
    <EmptyState icon={<IconLayoutKanban />} title={t("noPipelines.title")} description={t("noPipelines.text")}>
      <Button component={Link} to="/settings">
        {t("noPipelines.action")}
      </Button>
    </EmptyState>
  );
}

function BoardScreen({ pipelines, pipelineId }: { pipelines: Pipeline[]; pipelineId: string }) {
  const { t, i18n } = useTranslation("board");
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const session = useSession();
  const members = useMembers();
  const [perStage, setPerStage] = useState(PER_STAGE_STEP);

  const owner = params.get("owner") ?? "all";
  const ownerId = owner === "all" ? null : owner === "me" ? session.member_id : owner;
  const board = useBoard(pipelineId, ownerId, perStage);
  const totals = board.data ? openTotals(board.data) : null;
  const summary = totals
    ? [t("openSummary", { n: totals.count }), formatSums(totals.sums, i18n.language)].filter(Boolean).join(" · ")
    : undefined;

  const setOwner = (value: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value === "all") next.delete("owner");
      else next.set("owner", value);
      return next;
    });
  const canShowMore = perStage < PER_STAGE_MAX;

  return (
    <div className={classes.page}>
      <BoardToolbar
        pipelines={pipelines}
        pipelineId={pipelineId}
        onPipeline={(id) => navigate({ pathname: `/board/${id}`, search: params.toString() })}
        members={members.data ?? []}
        owner={owner}
        onOwner={setOwner}
        summary={summary}
      />
      {board.isPending && (
        <Center flex={1}>
          <Loader />
        </Center>
      )}
      {board.isError && <ErrorState error={board.error} onRetry={() => void board.refetch()} />}
      {board.data && (
        <BoardColumns
          board={board.data}
          boardKey={boardKey(pipelineId, ownerId, perStage)}
          busy={board.isPlaceholderData}
          onShowMore={canShowMore ? () => setPerStage((n) => Math.min(PER_STAGE_MAX, n + PER_STAGE_STEP)) : undefined}
        />
      )}
    </div>
  );
}

export default function BoardPage() {
  const { pipelineId } = useParams();
  const location = useLocation();
  const pipelines = usePipelines();

  if (pipelines.isPending) {
    return (
      <Center h="60vh">
        <Loader />
      </Center>
    );
  }
  if (pipelines.isError) return <ErrorState error={pipelines.error} onRetry={() => void pipelines.refetch()} />;
  const ordered = [...pipelines.data].sort((a, b) => a.position - b.position);
  const first = ordered[0];
  if (!first) return <NoPipelines />;
  if (!pipelineId) return <Navigate to={{ pathname: `/board/${first.id}`, search: location.search }} replace />;
  return <BoardScreen pipelines={ordered} pipelineId={pipelineId} />;
}
