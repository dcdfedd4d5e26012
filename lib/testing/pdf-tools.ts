/**
 * Test helpers that check PDFs with the Debian command-line tools: pdfsig, pdftotext, pdftoppm
 * (poppler-utils), qpdf, zbarimg (zbar-tools) and certutil (libnss3-tools). The app itself needs
 * none of them; scripts/ensure-system-tools.sh installs them for tests.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

const debianPackageOf: Record<string, string> = {
  pdfsig: "poppler-utils",
  pdftotext: "poppler-utils",
  pdftoppm: "poppler-utils",
  pdffonts: "poppler-utils",
  qpdf: "qpdf",
  zbarimg: "zbar-tools",
  certutil: "libnss3-tools",
};

export type ToolResult = { exitCode: number; stdout: string; stderr: string };

/**
 * Run a tool and return its exit code and output, whatever the exit code. Throws when the tool is
 * not installed (naming the Debian package) or runs longer than `timeoutMs`.
 */
export function runTool(tool: string, args: string[], timeoutMs = 30_000): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    execFile(tool, args, { timeout: timeoutMs, maxBuffer: 32 * 1024 * 1024, encoding: "utf8" }, (error, stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === "ENOENT") {
        const debianPackage = debianPackageOf[tool] ?? "the package that provides it";
        reject(new Error(`${tool} not found on PATH: install ${debianPackage} (apt-get install ${debianPackage})`));
        return;
      }
      if (error?.killed) {
        reject(new Error(`${tool} ${args.join(" ")} timed out after ${timeoutMs} ms`));
        return;
      }
      let exitCode = 0;
      if (error) exitCode = typeof error.code === "number" ? error.code : 1;
      resolve({ exitCode, stdout, stderr });
    });
  });
}

/** Temporary directory for one test; remove it with `removeTempDir`. */
export function makeTempDir(prefix = "lao-eco-pdf-"): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix));
}

export function removeTempDir(directory: string): Promise<void> {
  return rm(directory, { recursive: true, force: true });
}

/** Write PDF bytes into a directory and return the file path. */
export async function writePdf(directory: string, name: string, pdf: Buffer): Promise<string> {
  const file = path.join(directory, name);
  await writeFile(file, pdf);
  return file;
}

/**
 * Run pdfsig on a file, optionally with an NSS database (`sql:DIR`) that decides certificate trust.
 * pdfsig exits non-zero for unsigned or invalid files, so callers assert on the output text, e.g.
 * "Signature is Valid" and "Total document signed".
 */
export async function pdfsig(file: string, nssDatabase?: string): Promise<string> {
  const args = nssDatabase ? ["-nssdir", nssDatabase, file] : [file];
  const { stdout, stderr } = await runTool("pdfsig", args);
  return `${stdout}${stderr}`;
}

/** Run `qpdf --check`; exit code 0 means no errors, 3 means warnings only, 2 means errors. */
export function qpdfCheck(file: string): Promise<ToolResult> {
  return runTool("qpdf", ["--check", file]);
}

/** Extract the text of a PDF with pdftotext (UTF-8). `layout` keeps the physical layout. */
export async function pdftotext(file: string, options: { layout?: boolean } = {}): Promise<string> {
  const args = [...(options.layout ? ["-layout"] : []), "-enc", "UTF-8", file, "-"];
  const { exitCode, stdout, stderr } = await runTool("pdftotext", args);
  if (exitCode !== 0) throw new Error(`pdftotext failed on ${file} (exit ${exitCode}): ${stderr}`);
  return stdout;
}

/** Return the `pdftotext -bbox` XHTML, which gives each word's box in points. */
export async function pdftotextBoundingBoxes(file: string): Promise<string> {
  const { exitCode, stdout, stderr } = await runTool("pdftotext", ["-bbox", "-enc", "UTF-8", file, "-"]);
  if (exitCode !== 0) throw new Error(`pdftotext -bbox failed on ${file} (exit ${exitCode}): ${stderr}`);
  return stdout;
}

/** Run pdffonts and return its table of fonts. */
export async function pdffonts(file: string): Promise<string> {
  const { exitCode, stdout, stderr } = await runTool("pdffonts", [file]);
  if (exitCode !== 0) throw new Error(`pdffonts failed on ${file} (exit ${exitCode}): ${stderr}`);
  return stdout;
}

/** Render every page to PNG at `dpi` with pdftoppm and return the image paths in page order. */
export async function renderPagesToPng(file: string, outputDirectory: string, dpi = 150): Promise<string[]> {
  const prefix = path.join(outputDirectory, "page");
  const { exitCode, stderr } = await runTool("pdftoppm", ["-r", String(dpi), "-png", file, prefix]);
  if (exitCode !== 0) throw new Error(`pdftoppm failed on ${file} (exit ${exitCode}): ${stderr}`);
  const images = (await readdir(outputDirectory)).filter((name) => /^page-\d+\.png$/.test(name)).sort();
  return images.map((name) => path.join(outputDirectory, name));
}

/**
 * Decode the barcodes in an image with zbarimg and return their raw payloads, one per code.
 * Returns an empty list when zbarimg finds none (it exits with 4 then).
 */
export async function decodeBarcodes(image: string): Promise<string[]> {
  const { exitCode, stdout, stderr } = await runTool("zbarimg", ["--raw", "-q", image]);
  if (exitCode === 4) return [];
  if (exitCode !== 0) throw new Error(`zbarimg failed on ${image} (exit ${exitCode}): ${stderr}`);
  return stdout.split("\n").filter((line) => line !== "");
}

/**
 * Create an NSS database in `directory` that trusts `rootCertificatePem` as a CA, and return the
 * `sql:DIR` name to pass to `pdfsig`.
 */
export async function createTrustingNssDatabase(directory: string, rootCertificatePem: string): Promise<string> {
  const database = `sql:${directory}`;
  const created = await runTool("certutil", ["-N", "-d", database, "--empty-password"]);
  if (created.exitCode !== 0) throw new Error(`certutil -N failed in ${directory}: ${created.stderr}`);

  const rootFile = path.join(directory, "root.crt");
  await writeFile(rootFile, rootCertificatePem);
  const added = await runTool("certutil", ["-A", "-d", database, "-n", "test-root", "-t", "CT,C,C", "-a", "-i", rootFile]);
  if (added.exitCode !== 0) throw new Error(`certutil -A failed for ${rootFile}: ${added.stderr}`);
  return database;
}

/**
 * Return a copy of a signed PDF with one byte changed inside the first signed byte range: a digit of
 * the first page's /MediaBox, so the file still parses and only the signature digest breaks.
 */
export function changeOneSignedByte(pdf: Buffer): { tampered: Buffer; offset: number } {
  const byteRange = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(pdf.toString("latin1"));
  if (!byteRange) throw new Error("No /ByteRange found: the PDF is not signed");
  const firstRangeEnd = Number(byteRange[1]) + Number(byteRange[2]);

  const mediaBox = pdf.indexOf("/MediaBox");
  if (mediaBox < 0 || mediaBox >= firstRangeEnd) throw new Error("No /MediaBox inside the first signed byte range");
  let offset = mediaBox + "/MediaBox".length;
  while (offset < firstRangeEnd && !(pdf[offset] >= 0x31 && pdf[offset] <= 0x38)) offset += 1;
  if (offset >= firstRangeEnd) throw new Error("No digit 1-8 after /MediaBox inside the signed range");

  const tampered = Buffer.from(pdf);
  tampered[offset] += 1;
  return { tampered, offset };
}
