// What a member or viewer sees on a tab kept to owners and admins: what it is, and whom to ask.
import { Alert } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";

export function AdminsOnly({ title, text, testId }: { title: string; text: string; testId: string }) {
  return (
    <Alert color="blue" icon={<IconLock />} title={title} data-testid={testId}>
      {text}
    </Alert>
  );
}
