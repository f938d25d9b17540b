import { describe, expect, it } from "vitest";
import type { Column } from "./columns";
import {
  countConditions,
  newCondition,
  operatorsFor,
  quickFilter,
  serializeFilter,
  withOperator,
  type Condition,
  type FilterModel,
  type Group,
  type Operator,
} from "./filterModel";
import { parseFilter } from "./filterParse";

function column(key: string, type: string, extra: Partial<Column> = {}): Column {
  return { key, type, references: null, sortable: true, writable: true, custom: false, options: null, ...extra };
}

const COLUMNS: Column[] = [
  column("name", "text"),
  column("amount", "money"),
  column("employees", "integer"),
  column("expected_close_date", "date"),
  column("created_at", "date-time"),
  column("lifecycle_stage", "select", { options: ["lead", "customer"] }),
  column("tags", "tags"),
  column("owner_id", "id", { references: "members" }),
  column("custom.vip", "boolean", { custom: true }),
  column("custom.score", "number", { custom: true }),
];

function cond(field: string, op: Operator, value: string | string[] = ""): Condition {
  return { kind: "condition", id: field, field, op, value };
}

function group(join: "and" | "or", ...conditions: Condition[]): Group {
  return { kind: "group", id: "g", join, conditions };
}

function model(join: "and" | "or", ...items: (Condition | Group)[]): FilterModel {
  return { join, items };
}

/** The model without React keys, for comparing parsed models. */
function shape(m: FilterModel | null): unknown {
  if (!m) return m;
  return {
    join: m.join,
    items: m.items.map((item) =>
      item.kind === "group"
        ? { join: item.join, conditions: item.conditions.map(({ field, op, value }) => ({ field, op, value })) }
        : { field: item.field, op: item.op, value: item.value },
    ),
  };
}

describe("serializeFilter", () => {
  it("is empty for an empty model", () => {
    expect(serializeFilter(model("and"), COLUMNS)).toBe("");
  });

  it("quotes text and leaves numbers bare", () => {
    const m = model("and", cond("name", "contains", "Acme"), cond("amount", "gte", "10000"));
    expect(serializeFilter(m, COLUMNS)).toBe('name contains "Acme" and amount gte 10000');
  });

  it("quotes a number field's value that is not a number, so the API names the mistake", () => {
    expect(serializeFilter(model("and", cond("employees", "gt", "ten")), COLUMNS)).toBe('employees gt "ten"');
  });

  it("escapes quotes inside values", () => {
    expect(serializeFilter(model("and", cond("name", "eq", 'The "Best" Co \\ Ltd')), COLUMNS)).toBe(
      'name eq "The \\"Best\\" Co \\\\ Ltd"',
    );
  });

  it("writes booleans, dates and references", () => {
    const m = model(
      "and",
      cond("custom.vip", "eq", "true"),
      cond("expected_close_date", "lt", "2026-03-01"),
      cond("owner_id", "eq", "0190a-member"),
    );
    expect(serializeFilter(m, COLUMNS)).toBe(
      'custom.vip eq true and expected_close_date lt "2026-03-01" and owner_id eq "0190a-member"',
    );
  });

  it("writes lists for in", () => {
    const m = model("and", cond("lifecycle_stage", "in", ["lead", "customer", " "]));
    expect(serializeFilter(m, COLUMNS)).toBe('lifecycle_stage in ["lead", "customer"]');
  });

  it("writes emptiness tests without a value", () => {
    const m = model("or", cond("tags", "is_empty", "ignored"), cond("owner_id", "is_not_empty"));
    expect(serializeFilter(m, COLUMNS)).toBe("tags is_empty or owner_id is_not_empty");
  });

  it("leaves out unfinished rows", () => {
    const m = model("and", cond("name", "contains", "  "), cond("amount", "gt", "5"), cond("", "eq", "x"));
    expect(serializeFilter(m, COLUMNS)).toBe("amount gt 5");
    expect(serializeFilter(model("and", cond("lifecycle_stage", "in", [])), COLUMNS)).toBe("");
  });

  it("puts groups in parentheses with their own join", () => {
    const m = model(
      "and",
      cond("lifecycle_stage", "eq", "customer"),
      group("or", cond("amount", "gte", "10000"), cond("tags", "eq", "vip")),
    );
    expect(serializeFilter(m, COLUMNS)).toBe('lifecycle_stage eq "customer" and (amount gte 10000 or tags eq "vip")');
  });

  it("drops the parentheses of a group with one finished row, and drops empty groups", () => {
    const m = model("or", group("and", cond("name", "eq", "A"), cond("amount", "gt", "")), group("and"));
    expect(serializeFilter(m, COLUMNS)).toBe('name eq "A"');
  });

  it("treats fields it does not know as text", () => {
    expect(serializeFilter(model("and", cond("custom.gone", "eq", "5")), COLUMNS)).toBe('custom.gone eq "5"');
  });
});

describe("operators", () => {
  it("fit the field type", () => {
    expect(operatorsFor(column("name", "text"))).toContain("starts_with");
    expect(operatorsFor(column("amount", "money"))).toEqual(["eq", "neq", "lt", "lte", "gt", "gte", "is_empty", "is_not_empty"]);
    expect(operatorsFor(column("lifecycle_stage", "select"))).toEqual(["eq", "neq", "in", "is_empty", "is_not_empty"]);
    expect(operatorsFor(column("custom.vip", "boolean"))).toEqual(["eq", "is_empty"]);
    expect(operatorsFor(column("owner_id", "id", { references: "members" }))).not.toContain("contains");
    expect(operatorsFor(column("tags", "tags"))).not.toContain("lt");
  });

  it("start a new row with the field's first operator", () => {
    expect(newCondition(column("name", "text")).op).toBe("contains");
    expect(newCondition(column("amount", "money")).op).toBe("eq");
  });

  it("keep the value when switching to and from in", () => {
    const single = cond("lifecycle_stage", "eq", "lead");
    const many = withOperator(single, "in");
    expect(many.value).toEqual(["lead"]);
    expect(withOperator(many, "neq").value).toBe("lead");
    expect(withOperator(cond("lifecycle_stage", "eq", ""), "in").value).toEqual([]);
  });
});

describe("countConditions", () => {
  it("counts finished rows inside and outside groups", () => {
    const m = model("and", cond("name", "eq", "A"), cond("amount", "gt", ""), group("or", cond("tags", "is_empty")));
    expect(countConditions(m)).toBe(2);
  });
});

describe("quickFilter", () => {
  it("searches the start of names", () => {
    expect(quickFilter("deals", "  ")).toBe("");
    expect(quickFilter("deals", " Big deal ")).toBe('name starts_with "Big deal"');
    expect(quickFilter("companies", "acme")).toBe('name starts_with "acme" or domain starts_with "acme"');
  });

  it("matches a person's first and last name together", () => {
    expect(quickFilter("people", 'Anna "Iv')).toBe(
      'first_name starts_with "Anna \\"Iv" or last_name starts_with "Anna \\"Iv" or email starts_with "Anna \\"Iv"' +
        ' or (first_name starts_with "Anna" and last_name starts_with "\\"Iv")',
    );
  });
});

describe("parseFilter", () => {
  it("reads back what the serializer writes", () => {
    const models = [
      model("and", cond("name", "contains", 'The "Best" \\ Co'), cond("amount", "gte", "10000")),
      model("or", cond("lifecycle_stage", "in", ["lead", "customer"]), cond("tags", "is_empty")),
      model(
        "and",
        cond("custom.vip", "eq", "true"),
        group("or", cond("amount", "lt", "5.5"), cond("expected_close_date", "gte", "2026-01-01")),
      ),
      model("or", group("and", cond("name", "starts_with", "Ив"), cond("owner_id", "is_not_empty")), cond("name", "eq", "x")),
    ];
    for (const m of models) {
      expect(shape(parseFilter(serializeFilter(m, COLUMNS)))).toEqual(shape(m));
    }
  });

  it("reads an empty filter as an empty model", () => {
    expect(parseFilter("")).toEqual({ join: "and", items: [] });
    expect(parseFilter(null)).toEqual({ join: "and", items: [] });
  });

  it("reads symbols, bare words and null the way the API does", () => {
    expect(shape(parseFilter("amount >= 100 and city = Paris and owner_id = null and tags != null"))).toEqual({
      join: "and",
      items: [
        { field: "amount", op: "gte", value: "100" },
        { field: "city", op: "eq", value: "Paris" },
        { field: "owner_id", op: "is_empty", value: "" },
        { field: "tags", op: "is_not_empty", value: "" },
      ],
    });
  });

  it("gives up on what the builder cannot show", () => {
    expect(parseFilter("not city is_empty")).toBeNull();
    expect(parseFilter("a eq 1 and (b eq 2 or (c eq 3 and d eq 4))")).toBeNull();
    expect(parseFilter('name eq "open')).toBeNull();
    expect(parseFilter("name eq")).toBeNull();
    expect(parseFilter("name eq 1)")).toBeNull();
    expect(parseFilter("name ~ 1")).toBeNull();
    expect(parseFilter("a in [1, 2")).toBeNull();
  });
});
