import { crc32, deflateSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { signIn } from "./file-brist";
import { expectAccessible } from "./helpers";
import { E2E_PASSWORD, E2E_USERS } from "./users";

/** A 2×2 dark PNG: a real image the browser decodes. */
function png(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, "ascii"), data])));
    return Buffer.concat([length, Buffer.from(type, "ascii"), data, crc]);
  };
  const header = Buffer.from([0, 0, 0, 2, 0, 0, 0, 2, 8, 2, 0, 0, 0]);
  const rows = Buffer.from([0, 20, 40, 90, 20, 40, 90, 0, 20, 40, 90, 20, 40, 90]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

test("an administrator uploads the host's logo, the public header shows it with the host's name as alt text, and it can be removed", async ({
  page,
}) => {
  await signIn(page, E2E_USERS.ADMIN.email, E2E_PASSWORD);
  await page.goto("/admin/installningar");
  const host = await page.getByRole("textbox", { name: /Värdorganisation/ }).inputValue();

  // Anything but a PNG is refused at the field.
  await page.getByLabel("Logotyp (PNG, högst 200 kB)").setInputFiles({
    name: "logo.svg",
    mimeType: "image/svg+xml",
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  });
  await page.getByRole("button", { name: "Spara logotypen" }).click();
  await expect(page.getByText("Logotypen måste vara en PNG-bild.")).toBeVisible();

  await page
    .getByLabel("Logotyp (PNG, högst 200 kB)")
    .setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: png() });
  await page.getByRole("button", { name: "Spara logotypen" }).click();
  await expect(page.getByText("Logotypen är sparad och visas i sidhuvudet.")).toBeVisible();
  await expectAccessible(page);

  await page.goto("/");
  const logo = page.getByRole("banner").getByRole("img", { name: host });
  await expect(logo).toBeVisible();
  expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(2);
  await expectAccessible(page);
  const served = await page.request.get((await logo.getAttribute("src"))!);
  expect(served.headers()["content-type"]).toBe("image/png");
  expect(served.headers()["x-content-type-options"]).toBe("nosniff");
  expect(served.headers()["cache-control"]).toContain("immutable");

  await page.goto("/admin/installningar");
  await page.getByRole("button", { name: "Ta bort logotypen" }).click();
  await expect(page.getByText("Logotypen är borttagen.")).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("banner").getByRole("img")).toHaveCount(0);
  await expect(page.getByRole("banner")).toContainText(host);
});
