import { ByteWriter, utf8 } from "../../src/workbook/combined/byteWriter";

const decode = (chunks: Uint8Array[]): string => chunks.map((c) => new TextDecoder().decode(c)).join("");

describe("ByteWriter", () => {
  it("writes numbers as JavaScript prints them", () => {
    const w = new ByteWriter(64);
    const numbers = [0, 7, 10, 99, 100, 40086, 105357, 4294967295, 4294967296, 0.25, -3, 1e21, 1 / 3];
    for (const n of numbers) {
      w.number(n);
      w.text(",");
    }
    expect(decode([w.take()])).toBe(numbers.map((n) => `${n},`).join(""));
  });

  it("writes text as UTF-8, ASCII or not", () => {
    const w = new ByteWriter(64);
    const texts = ["plain", "Completed Nov 09 – report", "✓ done", "emoji 📋 ok", ""];
    for (const t of texts) w.text(t);
    const bytes = w.take();
    expect(bytes).toEqual(utf8(texts.join("")));
  });

  it("grows past its chunk size and hands back each chunk once", () => {
    const w = new ByteWriter(16);
    const chunks: Uint8Array[] = [];
    let expected = "";
    for (let i = 0; i < 200; i++) {
      const piece = i % 3 === 0 ? utf8(`<row r="${i}">`.repeat(5)) : utf8("x");
      expected += new TextDecoder().decode(piece);
      w.bytes(piece);
      if (w.full) chunks.push(w.take());
    }
    chunks.push(w.take());
    expect(chunks.length).toBeGreaterThan(10);
    expect(decode(chunks)).toBe(expected);
    expect(w.length).toBe(0);
  });
});
