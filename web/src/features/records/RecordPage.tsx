// Placeholder until this screen is built.
import type { ObjectName } from "../../api/types";

export default function RecordPage(_props: { object?: ObjectName }) {
  return <div>RecordPage</div>;
}
