// Placeholder until this screen is built.
import type { ObjectName } from "../../api/types";

export default function MyWorkPage(_props: { object?: ObjectName }) {
  return <div>MyWorkPage</div>;
}
