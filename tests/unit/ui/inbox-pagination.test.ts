import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Pagination } from "@/components/inbox/pagination";
import { ZCaseFilters } from "@/lib/cases/schemas";

function pages(filters: Record<string, string>, pageCount: number, more?: boolean) {
  const html = renderToStaticMarkup(
    createElement(Pagination, { filters: ZCaseFilters.parse(filters), pageCount, more }),
  );
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

describe("the inbox's page links", () => {
  it("link the last page when the count is exact", () => {
    expect(pages({ sida: "2" }, 10)).toBe("Föregående sida Sida 1 Sida 2 Sida 3 Sida 4 … Sida 10 Nästa sida");
  });

  it("have no last page, but an ellipsis and a next page, when a search stopped counting", () => {
    expect(pages({ sok: "hemtjänsten" }, 41, true)).toBe("Sida 1 Sida 2 Sida 3 … Nästa sida");
    expect(pages({ sok: "hemtjänsten", sida: "41" }, 42, true)).toBe(
      "Föregående sida Sida 1 … Sida 39 Sida 40 Sida 41 Sida 42 … Nästa sida",
    );
  });
});
