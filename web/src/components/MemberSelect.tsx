// Picks a workspace member (owner, assignee); the value is the member id.
import { Select, type SelectProps } from "@mantine/core";
import { useMembers } from "../api/hooks";
import { memberLabel } from "../lib/format";

export function MemberSelect(props: Omit<SelectProps, "data">) {
  const members = useMembers();
  const data = (members.data ?? []).map((m) => ({ value: m.id, label: memberLabel(m) }));
  return <Select searchable data={data} {...props} disabled={members.isPending || props.disabled} />;
}
