// Placeholder until this screen is built.
import type { ObjectName } from "../../api/types";

export default function DashboardPage(_props: { object?: ObjectName }) {
  return <div>DashboardPage</div>;
}
