// Placeholder until this screen is built.
import type { ObjectName } from "../../api/types";

export default function ImportPage(_props: { object?: ObjectName }) {
  return <div>ImportPage</div>;
}
