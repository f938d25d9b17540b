import { describe, expect, it } from "vitest";
import { columnSamples, fileSamples, parseCsv } from "./csvHead";

describe("parseCsv", () => {
  it("reads quoted cells with delimiters, doubled quotes and line breaks", () => {
    const text = '\ufeffName;Note\r\n"Smith; John";"said ""hi""\nthen left"\r\nAnna;\n';
    expect(parseCsv(text, ";", 10)).toEqual([
      ["Name", "Note"],
      ["Smith; John", 'said "hi"\nthen left'],
      ["Anna", ""],
    ]);
  });

  it("skips blank lines and stops after the rows asked for", () => {
    expect(parseCsv("a,b\n\n1,2\n3,4\n", ",", 2)).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("keeps a last row without a line break, unless the text is cut off", () => {
    expect(parseCsv("a\tb\n1\t2", "\t", 10)).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(parseCsv("a,b\n1,2\n3,", ",", 10, false)).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });
});

describe("samples", () => {
  it("takes the first non-empty cell of each column", () => {
    expect(columnSamples([["", "x"], ["  y ", ""], ["z"]], 3)).toEqual(["y", "x", ""]);
  });

  it("reads a file's head", async () => {
    const file = new Blob(["Email,Name,Empty\nann@example.com,,\nbob@example.com,Bob,\n"]);
    expect(await fileSamples(file, ",", 3)).toEqual(["ann@example.com", "Bob", ""]);
  });
});
