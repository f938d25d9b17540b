import { describe, expect, it } from "vitest";
import { fieldKey, isValidKey, MAX_KEY_LENGTH } from "./fieldKey";

describe("fieldKey", () => {
  it("lower-cases and joins words with underscores", () => {
    expect(fieldKey("Contract end")).toBe("contract_end");
    expect(fieldKey("  NPS score (0-10)! ")).toBe("nps_score_0_10");
    expect(fieldKey("already_a_key")).toBe("already_a_key");
  });

  it("transliterates Cyrillic to Latin", () => {
    expect(fieldKey("Регион")).toBe("region");
    expect(fieldKey("Дата окончания договора")).toBe("data_okonchaniia_dogovora");
    expect(fieldKey("Щука, ёж и Хабаровск")).toBe("shchuka_ezh_i_khabarovsk");
    expect(fieldKey("Подъезд")).toBe("podezd");
    expect(fieldKey("Її ґанок")).toBe("ii_ganok");
  });

  it("drops accents and characters a key cannot hold", () => {
    expect(fieldKey("Café déjà vu")).toBe("cafe_deja_vu");
    expect(fieldKey("Revenue, €")).toBe("revenue");
    expect(fieldKey("日本")).toBe("");
  });

  it("starts with a letter and fits the server's length", () => {
    expect(fieldKey("2nd contact")).toBe("f_2nd_contact");
    const long = fieldKey("word ".repeat(30));
    expect(long.length).toBeLessThanOrEqual(MAX_KEY_LENGTH);
    expect(long.endsWith("_")).toBe(false);
    expect(isValidKey(long)).toBe(true);
  });

  it("checks keys the way the server does", () => {
    expect(isValidKey("region")).toBe(true);
    expect(isValidKey("f_2")).toBe(true);
    expect(isValidKey("")).toBe(false);
    expect(isValidKey("2nd")).toBe(false);
    expect(isValidKey("Region")).toBe(false);
    expect(isValidKey("a".repeat(64))).toBe(false);
  });
});
