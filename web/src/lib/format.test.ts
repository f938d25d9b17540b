import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDuration,
  formatMoney,
  formatRelative,
  formatSums,
  memberLabel,
  personName,
} from "./format";

const nbsp = /[\u00a0\u202f]/g;
const plain = (text: string) => text.replace(nbsp, " ");

describe("formatMoney", () => {
  it("formats roubles the Russian way", () => {
    expect(plain(formatMoney(1250000, "RUB", "ru"))).toBe("1 250 000 ₽");
  });
  it("formats dollars the English way and keeps cents", () => {
    expect(formatMoney(1250.5, "usd", "en")).toBe("$1,250.50");
  });
  it("shows nothing for a missing amount", () => {
    expect(formatMoney(null, "USD", "en")).toBe("");
  });
});

describe("formatSums", () => {
  it("puts the largest sum first", () => {
    const text = formatSums(
      [
        { currency: "USD", sum: 12000 },
        { currency: "RUB", sum: 1300000 },
      ],
      "en",
    );
    expect(text.indexOf("RUB")).toBeLessThan(text.indexOf("$"));
  });
});

describe("formatDate", () => {
  it("keeps a calendar date on its day in any time zone", () => {
    expect(formatDate("2026-03-01", "en")).toBe("Mar 1, 2026");
    expect(formatDate("2026-03-01", "ru")).toMatch(/^1 мар/);
  });
});

describe("formatRelative", () => {
  const now = new Date("2026-11-25T12:00:00Z");
  it("says days ago in English and Russian", () => {
    expect(formatRelative("2026-11-22T12:00:00Z", "en", now)).toBe("3 days ago");
    expect(formatRelative("2026-11-22T12:00:00Z", "ru", now)).toBe("3 дня назад");
  });
  it("looks ahead too", () => {
    expect(formatRelative("2026-11-25T14:00:00Z", "en", now)).toBe("in 2 hours");
  });
});

describe("formatDuration", () => {
  it("pads minutes and seconds", () => {
    expect(formatDuration(245)).toBe("4:05");
    expect(formatDuration(3729)).toBe("1:02:09");
  });
});

describe("personName", () => {
  it("falls back to the email", () => {
    expect(personName({ first_name: null, last_name: null, email: "a@b.ru" })).toBe("a@b.ru");
    expect(personName({ first_name: "Анна", last_name: "Иванова" })).toBe("Анна Иванова");
  });
});

describe("memberLabel", () => {
  it("falls back to the email", () => {
    expect(memberLabel({ name: "Alex Morgan", email: "alex@example.com" })).toBe("Alex Morgan");
    expect(memberLabel({ name: "", email: "alex@example.com" })).toBe("alex@example.com");
  });
});
