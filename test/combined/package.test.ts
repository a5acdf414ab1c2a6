/** The package plumbing under the byte writer: the zip writer, shared strings, inserting the drawing. */
import JSZip from "jszip";
import { insertDrawing } from "../../src/workbook/combined/chart";
import { nodeDeflate } from "../../src/workbook/combined/nodeDeflate";
import { SharedStrings } from "../../src/workbook/combined/sharedStrings";
import { cellText, headerText, plainCellText, uniqueNames } from "../../src/workbook/combined/text";
import { crc32, webDeflate, zipEntries } from "../../src/workbook/combined/zip";

const enc = new TextEncoder();

describe("zip writer", () => {
  test("CRC-32 of the check string", () => {
    expect(crc32(enc.encode("123456789")).toString(16)).toBe("cbf43926");
    expect(crc32(enc.encode("6789"), crc32(enc.encode("12345"))).toString(16)).toBe("cbf43926");
  });

  test.each([
    ["CompressionStream", webDeflate],
    ["Node zlib", nodeDeflate],
  ])("entries whole, in chunks and made on demand read back exactly (%s)", async (_name, deflate) => {
    const big = "<row>x</row>".repeat(50_000);
    const bytes = await zipEntries(
      [
        { name: "[Content_Types].xml", data: enc.encode("<Types/>") },
        { name: "xl/a.xml", data: [enc.encode(big), enc.encode("tail")] },
        {
          name: "xl/é b.xml",
          data: function* () {
            for (let i = 0; i < 5; i++) yield enc.encode(`chunk ${i};`);
          },
        },
        { name: "empty.txt", data: new Uint8Array(0) },
      ],
      new Date("2010-07-01T09:30:00Z"),
      deflate,
    );
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(["[Content_Types].xml", "xl/a.xml", "xl/é b.xml", "empty.txt"]);
    expect(await zip.file("xl/a.xml")!.async("string")).toBe(`${big}tail`);
    expect(await zip.file("xl/é b.xml")!.async("string")).toBe("chunk 0;chunk 1;chunk 2;chunk 3;chunk 4;");
    expect(await zip.file("empty.txt")!.async("string")).toBe("");
    expect(zip.file("xl/a.xml")!.date.getUTCFullYear()).toBe(2010);
  });

  test("a failure while making an entry's chunks rejects (and does not hang)", async () => {
    const failing = function* () {
      yield enc.encode("first");
      throw new Error("boom");
    };
    await expect(zipEntries([{ name: "a", data: failing }], new Date(), nodeDeflate)).rejects.toThrow("boom");
    await expect(zipEntries([{ name: "a", data: failing }], new Date(), webDeflate)).rejects.toThrow("boom");
  });
});

describe("shared strings", () => {
  test("keeps exceljs's items and indexes, reuses equal plain items, appends new ones, and counts references", () => {
    const sst = new SharedStrings(
      '<?xml version="1.0"?>\n<sst xmlns="x" count="5" uniqueCount="3"><si><t>a &amp; b</t></si><si><t xml:space="preserve"> lead</t></si><si><r><t>rich</t></r></si></sst>',
    );
    expect(sst.ref("a & b")).toBe(0);
    expect(sst.ref(" lead")).toBe(1);
    expect(sst.ref("rich")).toBe(3);
    expect(sst.ref("new\nline")).toBe(4);
    expect(sst.ref("rich")).toBe(3);
    expect(sst.add("a & b")).toBe(5);
    sst.unref(2);
    // Chunks are split at item boundaries, so each decodes on its own.
    const xml = [...sst.chunks()].map((c) => new TextDecoder().decode(c)).join("");
    expect(xml).toContain('count="9" uniqueCount="6"');
    expect(xml).toContain('<si><t xml:space="preserve">new\nline</t></si><si><t>a &amp; b</t></si></sst>');
    expect(xml.match(/<sst /g)).toHaveLength(1);
  });
});

describe("drawing element placement", () => {
  const head = '<worksheet xmlns:r="r"><sheetData/>';
  test.each([
    [`${head}<pageMargins/><pageSetup/></worksheet>`, `${head}<pageMargins/><pageSetup/><drawing r:id="rId9"/></worksheet>`],
    [`${head}<pageMargins/><headerFooter/><tableParts count="1"/></worksheet>`, `${head}<pageMargins/><headerFooter/><drawing r:id="rId9"/><tableParts count="1"/></worksheet>`],
    [`${head}<legacyDrawing r:id="x"/><extLst/></worksheet>`, `${head}<drawing r:id="rId9"/><legacyDrawing r:id="x"/><extLst/></worksheet>`],
  ])("%s", (xml, want) => expect(insertDrawing(xml, "rId9")).toBe(want));
});

describe("cell text", () => {
  test("keeps ordinary text as it is, and makes the rest storable", () => {
    const plain = '=HYPERLINK("http://evil","click")';
    expect(cellText(plain)).toBe(plain);
    expect(cellText("")).toBeNull();
    expect(cellText("a\r\nb\rc")).toBe("a\nb\nc");
    expect(cellText("bell\u0007 and vt\u000b")).toBe("bell and vt");
    expect(cellText("_x0041_")).toBe("_x005F_x0041_");
    expect(cellText("x".repeat(40_000))!.length).toBe(32_767);
    expect(cellText("\ud83d")).toBeNull();
  });

  test.each([
    ["a surrogate pair (an emoji) is kept", "a\ud83d\ude00b", "a\ud83d\ude00b"],
    ["a lone high surrogate is dropped", "a\ud83db", "ab"],
    ["a lone low surrogate is dropped", "a\ude00b", "ab"],
    ["a high surrogate at the end is dropped", "ab\ud83d", "ab"],
    ["a low surrogate at the start is dropped", "\ude00ab", "ab"],
    ["a pair written low-then-high is two lone surrogates", "a\ude00\ud83db", "ab"],
    ["two highs then a low: the first is lone, the second pairs", "\ud83d\ud83d\ude00", "\ud83d\ude00"],
    ["a high, then a pair: the first is lone", "\ud800\ud83d\ude00x", "\ud83d\ude00x"],
    ["a pair, then a lone low", "\ud83d\ude00\ude00", "\ud83d\ude00"],
    ["pairs next to each other are all kept", "\ud83d\ude00\ud83d\ude01", "\ud83d\ude00\ud83d\ude01"],
    ["controls between the halves of a pair leave two lone halves", "\ud83d\u0007\ude00", ""],
  ])("%s", (_what, text, want) => {
    expect(plainCellText(text) ?? "").toBe(want);
    expect(cellText(text) ?? "").toBe(want);
    expect(headerText(text)).toBe(want);
  });

  test("table headings are one line, unique ignoring case, never blank", () => {
    expect(uniqueNames(["Budget", "budget ", "Line\nbreak", "", "  "], ["District"])).toEqual(["Budget", "budget (2)", "Line break", "(no heading)", "(no heading) (2)"]);
    expect(uniqueNames(["district"], ["District"])).toEqual(["district (2)"]);
  });
});
