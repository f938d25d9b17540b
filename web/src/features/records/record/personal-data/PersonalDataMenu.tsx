// The personal data tools on a person's page, for owners and admins: export everything held
// about the person, or erase it for good.
import { Button, Menu } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconChevronDown, IconDownload, IconEraser, IconShieldLock } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Person } from "../../../../api/types";
import { useSession } from "../../../../app/session";
import { ErasePersonModal } from "./ErasePersonModal";
import { managesPersonalData } from "./personalDataApi";
import { useExportPersonalData } from "./useExportPersonalData";

interface PersonalDataMenuProps {
  person: Person;
  /** The person's name as the page shows it. */
  title: string;
}

export function PersonalDataMenu(props: PersonalDataMenuProps) {
  const { role } = useSession();
  return managesPersonalData(role) ? <PersonalDataActions {...props} /> : null;
}

function PersonalDataActions({ person, title }: PersonalDataMenuProps) {
  const { t } = useTranslation("record");
  const [erasing, erase] = useDisclosure(false);
  const exporting = useExportPersonalData(person.id);
  return (
    <>
      <Menu position="bottom-end" shadow="md">
        <Menu.Target>
          <Button
            variant="default"
            size="sm"
            leftSection={<IconShieldLock size={16} />}
            rightSection={<IconChevronDown size={14} />}
            loading={exporting.isPending}
            data-testid="personal-data-menu"
          >
            {t("personalData.menu")}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            leftSection={<IconDownload size={16} />}
            onClick={() => exporting.mutate()}
            data-testid="personal-data-export"
          >
            {t("personalData.export")}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item
            color="red"
            leftSection={<IconEraser size={16} />}
            onClick={erase.open}
            data-testid="personal-data-erase"
          >
            {t("personalData.erase.open")}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ErasePersonModal opened={erasing} onClose={erase.close} person={person} title={title} />
    </>
  );
}
