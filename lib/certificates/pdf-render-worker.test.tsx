import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { renderPdfTree } from "./pdf-render-worker";
import { Document, Page, Text, toPdfTree } from "./pdf-tree";

function pdfTree(text: string, lineHeight?: number) {
  const [tree] = toPdfTree(
    <Document>
      <Page size="A4" style={{ padding: 30 }}>
        <Text style={{ fontSize: 9, lineHeight }}>{text}</Text>
      </Page>
    </Document>,
  );
  return tree;
}

describe("renderPdfTree", () => {
  it("renders a PDF", async () => {
    const pdf = await renderPdfTree(pdfTree("Hello"), { fonts: [], timeoutMs: 20_000 });
    assert.equal(pdf.subarray(0, 5).toString("latin1"), "%PDF-");
  });

  it("stops an endless layout after the timeout", async () => {
    // A line 200 times its font size is taller than the page; react-pdf 4.9.0 then loops forever.
    const started = performance.now();
    await assert.rejects(renderPdfTree(pdfTree("Too tall", 200), { fonts: [], timeoutMs: 1_500 }), {
      code: "RENDER_FAILED",
      message: /timed out after 1500 ms/,
    });
    assert.ok(performance.now() - started < 10_000);
  });

  it("renders again after a timeout", async () => {
    const pdf = await renderPdfTree(pdfTree("After the timeout"), { fonts: [], timeoutMs: 20_000 });
    assert.equal(pdf.subarray(0, 5).toString("latin1"), "%PDF-");
  });

  it("reports react-pdf errors", async () => {
    const fonts = [{ family: "Missing", fonts: [{ src: "/nonexistent/font.woff", fontWeight: 400 }] }];
    const [tree] = toPdfTree(
      <Document>
        <Page size="A4">
          <Text style={{ fontFamily: "Missing", fontSize: 9 }}>x</Text>
        </Page>
      </Document>,
    );
    await assert.rejects(renderPdfTree(tree, { fonts, timeoutMs: 20_000 }), { code: "RENDER_FAILED" });
  });

  it("completes concurrent renders", async () => {
    const renders = ["one", "two", "three"].map((text) => renderPdfTree(pdfTree(text), { fonts: [], timeoutMs: 20_000 }));
    const pdfs = await Promise.all(renders);
    assert.equal(pdfs.length, 3);
    for (const pdf of pdfs) assert.equal(pdf.subarray(0, 5).toString("latin1"), "%PDF-");
  });
});
