// Placeholder until this screen is built.
import type { ObjectName } from "../../api/types";

export default function SettingsPage(_props: { object?: ObjectName }) {
  return <div>SettingsPage</div>;
}
