// Placeholder until this screen is built.
import type { ObjectName } from "../../api/types";

export default function BoardPage(_props: { object?: ObjectName }) {
  return <div>BoardPage</div>;
}
