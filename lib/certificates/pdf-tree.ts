/**
 * React-PDF documents as plain data. Templates are written in JSX against the primitives below.
 * `toPdfTree` calls their function components and returns a tree of primitive nodes. That tree can
 * be posted to a worker thread, which turns it back into React elements and renders it.
 *
 * The primitives have the same type strings as @react-pdf/primitives 4.x ("VIEW", "TEXT"...), so
 * no import of the ESM-only @react-pdf/renderer is needed to build a document.
 */
import type { Style } from "@react-pdf/types";
import { type ComponentType, Fragment, type ReactElement, type ReactNode, isValidElement } from "react";

type StyleProp = Style | Style[];

type NodeProps = {
  style?: StyleProp;
  /** Repeat the element on every page. */
  fixed?: boolean;
  /** False keeps the element on one page. */
  wrap?: boolean;
  children?: ReactNode;
};

/**
 * Text drawn per page in place of react-pdf's `render` callback, which a worker cannot receive.
 * "{pageNumber}" and "{totalPages}" are replaced, and pages before `fromPage` get no text.
 */
export type PageTemplate = { text: string; fromPage?: number };

export type DocumentProps = {
  title?: string;
  author?: string;
  subject?: string;
  creator?: string;
  producer?: string;
  language?: string;
  children?: ReactNode;
};
export type PageProps = NodeProps & { size?: "A4"; orientation?: "portrait" | "landscape" };
export type TextProps = NodeProps & { pageTemplate?: PageTemplate };
export type ImageProps = { style?: StyleProp; fixed?: boolean; src: string };

export const Document = "DOCUMENT" as unknown as ComponentType<DocumentProps>;
export const Page = "PAGE" as unknown as ComponentType<PageProps>;
export const View = "VIEW" as unknown as ComponentType<NodeProps>;
export const Text = "TEXT" as unknown as ComponentType<TextProps>;
export const Image = "IMAGE" as unknown as ComponentType<ImageProps>;

/** A primitive element with its props (children excluded) and children, or a text string. */
export type PdfNode = string | PdfElement;
export type PdfElement = { type: string; props: Record<string, unknown>; children: PdfNode[] };

export type PdfTreeOptions = {
  /** Applied to every string drawn inside a TEXT element, e.g. to mark line-break opportunities. */
  transformText?: (text: string) => string;
};

/**
 * Convert a JSX tree to plain primitive nodes, calling function components on the way. Throws a
 * TypeError for class components and anything else that is not a primitive or a function.
 */
export function toPdfTree(node: ReactNode, options: PdfTreeOptions = {}, insideText = false): PdfNode[] {
  if (node === null || node === undefined || typeof node === "boolean") return [];

  if (typeof node === "string" || typeof node === "number") {
    const text = String(node);
    return [insideText && options.transformText ? options.transformText(text) : text];
  }

  if (Array.isArray(node)) return node.flatMap((child) => toPdfTree(child, options, insideText));

  if (!isValidElement(node)) throw new TypeError(`Unsupported node in PDF template: ${String(node)}`);

  const element = node as ReactElement<{ children?: ReactNode } & Record<string, unknown>>;
  if (element.type === Fragment) return toPdfTree(element.props.children, options, insideText);

  if (typeof element.type === "string") {
    const { children, ...props } = element.props;
    const childInsideText = insideText || element.type === "TEXT";
    return [{ type: element.type, props, children: toPdfTree(children, options, childInsideText) }];
  }

  if (typeof element.type === "function" && !element.type.prototype?.isReactComponent) {
    const component = element.type as (props: unknown) => ReactNode;
    return toPdfTree(component(element.props), options, insideText);
  }

  throw new TypeError("Class components are not supported in PDF templates: use function components");
}
