// What the list asks the API for, and the CSV export of exactly the same rows and columns.
import { query } from "../../../api/client";
import { combineFilters } from "../../../lib/filterText";
import { apiFields, type Column, type ListObject } from "./columns";
import { quickFilter } from "./filterModel";
import { builderFilter, type ListState } from "./listState";
import { serializeSort } from "./sortModel";
import type { ListParams } from "./useRecordPage";

export function listParams(object: ListObject, state: ListState, columns: readonly Column[], shown: string[]): ListParams {
  return {
    filter: combineFilters(quickFilter(object, state.quick), builderFilter(state, columns)),
    sort: serializeSort(state.sort),
    fields: apiFields(shown),
  };
}

/** The export link: the list's filter and order, its columns (custom ones all together, as the
 * export names them), without the version the table needs for editing. */
export function exportHref(object: ListObject, params: ListParams, shown: string[]): string {
  const fields = [...new Set(shown.map((key) => (key.startsWith("custom.") ? "custom" : key)))].join(",");
  return `/api/v1/${object}/export${query({ filter: params.filter, sort: params.sort, fields })}`;
}
