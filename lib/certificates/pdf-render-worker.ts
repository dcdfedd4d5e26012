/**
 * Renders PDF trees in a worker thread that can be stopped. react-pdf 4.9.0 loops forever, with no
 * error and without yielding to the event loop, when one line is taller than the page. On Node 20
 * a timer or Promise.race in the same thread then never fires, so only terminating a worker stops
 * it. The worker also keeps the 50-150 ms of CPU per render off the main event loop, and is
 * replaced after a number of renders because react-pdf's memory grows slowly with each render.
 */
import { createRequire } from "node:module";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { AppError } from "../errors";
import type { PdfNode } from "./pdf-tree";

export type FontSource = { family: string; fonts: Array<{ src: string; fontWeight: number }> };

export type RenderPdfOptions = {
  fonts: FontSource[];
  /** Time allowed for this render once the worker starts it; then the worker is terminated. */
  timeoutMs: number;
};

/** Renders per worker before it is replaced; react-pdf grew about 0.17 MB per render in a long-lived process. */
const RENDERS_PER_WORKER = 200;
const WORKER_HEAP_LIMIT_MB = 512;

// Plain JavaScript run with `eval: true`, so neither tsx nor a bundler has to compile a worker
// file. It resolves react and @react-pdf/renderer from the project directory in workerData.
const workerSource = String.raw`
const { parentPort, workerData } = require("node:worker_threads");
const { createRequire } = require("node:module");
const { pathToFileURL } = require("node:url");

const projectRequire = createRequire(workerData.resolveFrom);
const React = projectRequire("react");
const reactPdfLoaded = import(pathToFileURL(projectRequire.resolve("@react-pdf/renderer")).href);
const registeredFamilies = new Set();
const BREAK_OPPORTUNITY = "\u200B";

// Break only where the main thread put a BREAK_OPPORTUNITY, and print no hyphen there: an empty
// part is a zero-width glue node in react-pdf's line breaker.
function hyphenate(word) {
  const pieces = word.split(BREAK_OPPORTUNITY);
  const parts = [];
  pieces.forEach((piece, index) => {
    if (piece !== "") parts.push(piece);
    if (index < pieces.length - 1) parts.push("");
  });
  return parts.length > 0 ? parts : [""];
}

function pageTemplateRender(template) {
  const fromPage = template.fromPage ?? 1;
  return ({ pageNumber, totalPages }) =>
    pageNumber < fromPage
      ? ""
      : template.text.replace("{pageNumber}", String(pageNumber)).replace("{totalPages}", String(totalPages));
}

function toElement(node) {
  if (typeof node === "string") return node;
  const props = { ...node.props };
  if (props.pageTemplate) {
    props.render = pageTemplateRender(props.pageTemplate);
    delete props.pageTemplate;
  }
  return React.createElement(node.type, props, ...node.children.map(toElement));
}

parentPort.on("message", async ({ tree, fonts }) => {
  try {
    const { Font, renderToBuffer } = await reactPdfLoaded;
    if (registeredFamilies.size === 0) Font.registerHyphenationCallback(hyphenate);
    for (const font of fonts) {
      if (registeredFamilies.has(font.family)) continue;
      Font.register(font);
      registeredFamilies.add(font.family);
    }
    const pdf = await renderToBuffer(toElement(tree));
    const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength).slice();
    parentPort.postMessage({ ok: true, pdf: bytes }, [bytes.buffer]);
  } catch (error) {
    parentPort.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
`;

type Job = {
  tree: PdfNode;
  options: RenderPdfOptions;
  resolve: (pdf: Buffer) => void;
  reject: (error: Error) => void;
};

type WorkerReply = { ok: true; pdf: Uint8Array } | { ok: false; message: string };

class PdfRenderWorker {
  private worker: Worker | undefined;
  private renders = 0;
  private readonly queue: Job[] = [];
  private running: { job: Job; timer: NodeJS.Timeout } | undefined;

  constructor(private readonly resolveFrom: string) {}

  render(tree: PdfNode, options: RenderPdfOptions): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      this.queue.push({ tree, options, resolve, reject });
      this.startNext();
    });
  }

  private startNext(): void {
    if (this.running) return;
    const job = this.queue.shift();
    if (!job) {
      this.worker?.unref();
      return;
    }

    if (this.renders >= RENDERS_PER_WORKER) this.discardWorker();
    const worker = this.workerForJob();
    const timer = setTimeout(() => {
      this.finish(new AppError("RENDER_FAILED", `PDF rendering timed out after ${job.options.timeoutMs} ms`));
      this.discardWorker();
      this.startNext();
    }, job.options.timeoutMs);
    this.running = { job, timer };
    this.renders += 1;
    worker.postMessage({ tree: job.tree, fonts: job.options.fonts });
  }

  private workerForJob(): Worker {
    if (!this.worker) {
      const worker = new Worker(workerSource, {
        eval: true,
        workerData: { resolveFrom: this.resolveFrom },
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_LIMIT_MB },
      });
      worker.on("message", (reply: WorkerReply) => {
        // A reply from a worker already discarded after a timeout belongs to no running job.
        if (worker !== this.worker) return;
        if (reply.ok) this.finish(Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength));
        else this.finish(new AppError("RENDER_FAILED", `PDF rendering failed: ${reply.message}`));
        this.startNext();
      });
      worker.on("error", (error) => this.onWorkerLost(worker, `PDF render worker failed: ${error.message}`));
      worker.on("exit", (code) => this.onWorkerLost(worker, `PDF render worker exited with code ${code}`));
      this.worker = worker;
      this.renders = 0;
    }
    // Keep the process alive while a render runs; an idle worker must not block a CLI or test from exiting.
    this.worker.ref();
    return this.worker;
  }

  private onWorkerLost(worker: Worker, message: string): void {
    if (worker !== this.worker) return;
    this.worker = undefined;
    this.finish(new AppError("RENDER_FAILED", message));
    this.startNext();
  }

  private finish(outcome: Buffer | Error): void {
    const running = this.running;
    if (!running) return;
    this.running = undefined;
    clearTimeout(running.timer);
    if (outcome instanceof Error) running.job.reject(outcome);
    else running.job.resolve(outcome);
  }

  private discardWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) void worker.terminate();
  }
}

const workers = new Map<string, PdfRenderWorker>();

/** File path (the project's package.json) that module and font resolution start from, via the working directory. */
export function defaultResolveFrom(): string {
  return path.join(process.cwd(), "package.json");
}

/** Resolve a package file (e.g. a font) the same way the render worker resolves packages. */
export function resolvePackageFile(specifier: string, resolveFrom = defaultResolveFrom()): string {
  return createRequire(resolveFrom).resolve(specifier);
}

/**
 * Render a PDF tree in the shared worker thread, one render at a time in call order. Rejects with
 * AppError RENDER_FAILED when react-pdf throws, the worker dies, or the render exceeds the timeout.
 */
export function renderPdfTree(tree: PdfNode, options: RenderPdfOptions, resolveFrom = defaultResolveFrom()): Promise<Buffer> {
  let worker = workers.get(resolveFrom);
  if (!worker) {
    worker = new PdfRenderWorker(resolveFrom);
    workers.set(resolveFrom, worker);
  }
  return worker.render(tree, options);
}
