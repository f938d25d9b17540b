// Placeholder until this screen is built.
import type { ObjectName } from "../../api/types";

export default function ListPage(_props: { object?: ObjectName }) {
  return <div>ListPage</div>;
}
