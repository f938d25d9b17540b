import { MantineProvider } from "@mantine/core";
import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { ImportPreview } from "../../api/types";
import "../../i18n";
import { columnsFromPreview, duplicateFields, chooseField } from "./mapping";
import { MappingTable } from "./MappingTable";
import { importTargets } from "./targets";

const preview: ImportPreview = {
  headers: ["Email", "Notes", "Email"],
  delimiter: ",",
  mapping: [
    { header: "Email", field: "email", note: null },
    { header: "Notes", field: null, note: "matches no field of people; the column is ignored" },
    { header: "Email", field: null, note: 'feeds the same field as column "Email"; the column is ignored' },
  ],
  sample_rows: [],
  errors: [],
};

const fields = [
  { key: "email", type: "email", references: null, sortable: true, required: false, writable: true, custom: false, options: null },
  { key: "phone", type: "phone", references: null, sortable: true, required: false, writable: true, custom: false, options: null },
];

function renderTable(columns = columnsFromPreview(preview), onChoose = vi.fn()) {
  render(
    <MantineProvider>
      <MappingTable
        columns={columns}
        samples={["ann@example.com", "", "x@example.com"]}
        targets={importTargets("people", fields)}
        duplicates={duplicateFields(columns)}
        label={(field) => `label:${field}`}
        onChoose={onChoose}
      />
    </MantineProvider>,
  );
  return onChoose;
}

describe("MappingTable", () => {
  it("shows each column with its sample, its field and why it is left out", () => {
    renderTable();
    expect(screen.getAllByTestId("import-mapping-row")).toHaveLength(3);
    expect(screen.getByText("ann@example.com")).toBeTruthy();
    expect(screen.getByText("empty in the first rows")).toBeTruthy();
    const [email, repeated] = screen.getAllByLabelText("Field for column “Email”", { selector: "input" }) as HTMLInputElement[];
    expect(email?.value).toBe("label:email");
    expect(screen.getByText("No field matches this header. Choose one to import the column.")).toBeTruthy();
    // The repeated header cannot be addressed by a `map` parameter.
    expect(repeated?.disabled).toBe(true);
  });

  it("says when two columns feed one field", () => {
    renderTable(chooseField(columnsFromPreview(preview), 1, "email"));
    expect(screen.getAllByText(/Several columns go to this field: Email, Notes/)).toHaveLength(2);
  });

  it("reports the field chosen for a column", () => {
    const onChoose = renderTable();
    fireEvent.click(screen.getByLabelText("Field for column “Notes”", { selector: "input" }));
    fireEvent.click(screen.getByRole("option", { name: "label:phone" }));
    expect(onChoose).toHaveBeenCalledWith(1, "phone");
  });
});
