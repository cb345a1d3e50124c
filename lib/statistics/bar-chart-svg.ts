import { barChartTree, CHART_WIDTH, type BarChartInput, type SvgNode } from "./bar-chart-layout";

export interface BarChartSvgOptions {
  /** Prefix of the ids inside the SVG; unique per document. Default "stapeldiagram". */
  id?: string;
  /**
   * True (default): a file of its own, with xmlns and its size in pixels, for rasterising to PNG (scale it when
   * rasterising). False: markup to put in an HTML page, 100 % wide, exactly what the `BarChart` component draws.
   */
  standalone?: boolean;
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** The root attributes that differ between a standalone file and an inline chart, put before the rest. */
export function rootAttributes(tree: SvgNode, standalone: boolean): SvgNode["attrs"] {
  const [, , , height] = String(tree.attrs.viewBox).split(" ").map(Number);
  const sizing: SvgNode["attrs"] = standalone
    ? { xmlns: SVG_NS, width: CHART_WIDTH, height: height! }
    : { width: "100%" };
  return { ...sizing, ...tree.attrs };
}

/** The bar chart as SVG markup (see `barChartTree`). Text is in a generic font family, so any rasteriser has it. */
export function barChartSvg(input: BarChartInput, options: BarChartSvgOptions = {}): string {
  const tree = barChartTree(input, options.id ?? "stapeldiagram");
  return serialise({ ...tree, attrs: rootAttributes(tree, options.standalone ?? true) });
}

export function serialise(node: SvgNode | string): string {
  if (typeof node === "string") return escapeXml(node);
  const attrs = Object.entries(node.attrs)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join("");
  return `<${node.tag}${attrs}>${node.children.map(serialise).join("")}</${node.tag}>`;
}

/** Escapes text and attribute values the way React does, so both renderings match. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#x27;",
};
