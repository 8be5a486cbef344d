import { expect, test, type Page } from "@playwright/test";
import { createPrismaClient } from "../../lib/prisma-client";
import { createEditor, signIn } from "./staff";

const unique = () => Date.now().toString(36);

async function recordCount(page: Page, area: string) {
  await page.goto(`/admin/${area}`);
  return page.getByText(/^\d+ records?$/).textContent();
}

/** Picks the option whose label contains `text` (labels such as "Kochi Prefecture"). */
async function chooseOption(page: Page, field: string, text: string) {
  const value = await page
    .locator(`#field-${field} option`, { hasText: text })
    .first()
    .getAttribute("value");
  await page.locator(`#field-${field}`).selectOption(value!);
}

async function fillFigure(page: Page, sourceLabel?: string) {
  await page.goto("/admin/figures/new");
  await chooseOption(page, "territoryId", "Kochi");
  await page.getByLabel("What is measured").selectOption("WORKERS");
  await page.getByLabel("Basis").selectOption("STOCK");
  await page.getByLabel("Value").fill("1,234");
  await page.getByLabel("Unit").selectOption("PERSONS");
  await page.getByLabel("As of / period end").fill("2026-10");
  if (sourceLabel) await chooseOption(page, "sourceId", sourceLabel);
}

async function saveAndPublish(page: Page) {
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Draft saved.")).toBeVisible();
  await page.getByRole("button", { name: /^Publish version \d+$/ }).click();
  await expect(page.getByText("Published: the public pages show this version now.")).toBeVisible();
}

test.describe("staff records", () => {
  test("a figure without a source is refused next to the field, keeps the input and saves nothing", async ({
    page,
  }) => {
    await signIn(page, await createEditor());
    const before = await recordCount(page, "figures");
    await fillFigure(page);
    await page.getByRole("button", { name: "Save draft" }).click();
    const source = page.locator("#field-sourceId");
    await expect(page.locator("#field-sourceId-error")).toHaveText(/every figure needs one/);
    await expect(source).toHaveAttribute("aria-invalid", "true");
    await expect(source).toHaveAttribute("aria-describedby", /field-sourceId-error/);
    await expect(page.getByLabel("Value")).toHaveValue("1,234");
    await expect(page.getByLabel("As of / period end")).toHaveValue("2026-10");
    expect(await recordCount(page, "figures")).toBe(before);
  });

  test("an editor adds a source and a figure citing it; the partner page shows them at once, and drops them on delete", async ({
    page,
  }) => {
    await signIn(page, await createEditor());
    const publisher = `E2E Statistics Office ${unique()}`;
    // The open-data list of sources, read (and so kept by the server) before the publish.
    const sourcesList = async () => (await page.request.get("/api/v1/sources?limit=200")).text();
    expect(await sourcesList()).not.toContain(publisher);
    await page.goto("/admin/sources/new");
    await page.getByLabel("Publisher").fill(publisher);
    await page.getByLabel("Kind of source").selectOption("PRIMARY");
    await page.getByLabel("Title").fill("Foreign workers by prefecture");
    await page.getByLabel("Web address").fill(`https://example.org/${unique()}`);
    await saveAndPublish(page);
    const sourcePage = page.url();

    expect(await sourcesList()).toContain(publisher);
    await fillFigure(page, publisher);
    await saveAndPublish(page);

    const visitor = await page.context().browser()!.newPage();
    await visitor.goto("/en/partners/kochi");
    const figures = visitor.locator("#figures");
    await expect(figures).toContainText("Workers");
    await expect(figures).toContainText("1,234");
    await expect(figures).toContainText(publisher);

    await page.getByRole("link", { name: "Delete…" }).click();
    await page.getByRole("button", { name: "Delete figure" }).click();
    await expect(page.getByText("Figure deleted.")).toBeVisible();
    await visitor.reload();
    await expect(visitor.locator("#figures")).not.toContainText(publisher);

    // With nothing citing it any more, the source can go too.
    await page.goto(sourcePage.replace(/\?.*$/, ""));
    await page.getByRole("link", { name: "Delete…" }).click();
    await page.getByRole("button", { name: "Delete source" }).click();
    await expect(page.getByText("Source deleted.")).toBeVisible();
    expect(await sourcesList()).not.toContain(publisher);
  });

  test("a person still listed in a meeting cannot be deleted, and the page says why", async ({
    page,
  }) => {
    await signIn(page, await createEditor());
    const db = createPrismaClient(process.env.DATABASE_URL!);
    const participant = await db.participant.findFirstOrThrow({ select: { personId: true } });
    await db.$disconnect();
    await page.goto(`/admin/people/new?entity=${participant.personId}`);
    await page.getByRole("link", { name: "Delete…" }).click();
    await page.getByRole("button", { name: "Delete person" }).click();
    await expect(
      page.getByText("Not deleted: this person is listed as a participant in"),
    ).toBeVisible();
    await page.goto(`/admin/people/new?entity=${participant.personId}`);
    await expect(page.getByRole("heading", { name: "Edit person" })).toBeVisible();
  });
});

test.describe("staff forms without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a plain form post shows the errors, and a good one saves the draft", async ({ page }) => {
    await signIn(page, await createEditor());
    await page.goto("/admin/people/new");
    await page.locator("#field-name-vi").fill("Chỉ có tên tiếng Việt");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.locator("#field-name-en-error")).toHaveText("English text is required");
    await expect(page.locator("#field-name-vi")).toHaveValue("Chỉ có tên tiếng Việt");
    await page.locator("#field-name-en").fill(`No-script person ${unique()}`);
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("Draft saved.")).toBeVisible();
    await expect(page.getByText("Japanese missing")).toBeVisible();
  });

  test("a refused password change is explained on the page it came from", async ({ page }) => {
    const account = await createEditor();
    await signIn(page, account);
    await page.goto("/admin/account");
    await page.getByLabel("Current password").fill(account.password);
    await page.locator("#pw-new").fill("a brand new phrase here");
    await page.getByLabel("New password again").fill("a different phrase here");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page).toHaveURL(/\/admin\/account\?form=/);
    await expect(page.getByText("The two new passwords do not match")).toBeVisible();
  });
});

test.describe("sectors and what a province seeks", () => {
  test("an editor adds a sector and lists it among Nghe An's investment priorities; the profile shows it", async ({
    page,
  }) => {
    await signIn(page, await createEditor());
    const name = `E2E sector ${unique()}`;
    await page.goto("/admin/sectors/new");
    await page.getByLabel("Web address name").fill(`e2e-sector-${unique()}`);
    await page.locator("#field-name-en").fill(name);
    await saveAndPublish(page);

    const db = createPrismaClient(process.env.DATABASE_URL!);
    const ngheAn = await db.place.findUniqueOrThrow({
      where: { slug: "nghe-an" },
      select: { id: true, _count: { select: { investmentPriorities: true } } },
    });
    await db.$disconnect();
    await page.goto(`/admin/places/new?entity=${ngheAn.id}`);
    const row = ngheAn._count.investmentPriorities; // the spare row after the existing ones
    await chooseOption(page, `priorities-${row}-sectorSlug`, name);
    await page.locator(`#field-priorities-${row}-sourceId`).selectOption({ index: 1 });
    await saveAndPublish(page);

    const visitor = await page.context().browser()!.newPage();
    await visitor.goto("/en/provinces/nghe-an");
    await expect(visitor.locator("#seeks")).toContainText(name);
  });

  test("the same sector twice is refused above the rows, which keep what was chosen; nothing is saved", async ({
    page,
  }) => {
    const editor = await createEditor();
    await signIn(page, editor);
    const db = createPrismaClient(process.env.DATABASE_URL!);
    const ngheAn = await db.place.findUniqueOrThrow({
      where: { slug: "nghe-an" },
      select: { id: true, _count: { select: { investmentPriorities: true } } },
    });
    await page.goto(`/admin/places/new?entity=${ngheAn.id}`);
    const row = ngheAn._count.investmentPriorities; // the spare row after the existing ones
    const spare = `#field-priorities-${row}-sectorSlug`;
    const first = await page.locator("#field-priorities-0-sectorSlug").inputValue();
    await page.locator(spare).selectOption(first);
    await page.locator(`#field-priorities-${row}-sourceId`).selectOption({ index: 1 });
    await page.getByRole("button", { name: "Save draft" }).click();

    const rows = page.getByRole("group", { name: "Sectors it seeks investment in" });
    await expect(rows).toContainText("Each sector can be listed once");
    const text = (await rows.textContent())!;
    expect(text.indexOf("Each sector can be listed once")).toBeLessThan(text.indexOf("Sector 1"));
    await expect(page.locator(spare)).toHaveValue(first);
    try {
      expect(await db.revision.count({ where: { author: { email: editor.email } } })).toBe(0);
    } finally {
      await db.$disconnect();
    }
  });
});

test.describe("boundaries", () => {
  test("an editor records a territory formed from Nghe An's; the boundary history shows it, and drops it on delete", async ({
    page,
  }) => {
    await signIn(page, await createEditor());
    const note = `E2E boundary change ${unique()}`;
    await page.goto("/admin/territories/new");
    await expect(page).toHaveTitle("New territory · Staff · Partnership portal");
    await chooseOption(page, "placeSlug", "Nghe An");
    await page.getByLabel("Boundaries from").fill("2030-01-01");
    await page.locator("#field-note-en").fill(note);
    await chooseOption(page, "predecessors-0-territoryId", "Nghe An");
    await page.getByLabel("Took effect on (YYYY-MM-DD)").fill("2030-01-01");
    await page.locator("#field-predecessors-0-sourceId").selectOption({ index: 1 });
    await saveAndPublish(page);
    await expect(page).toHaveTitle("Edit territory · Staff · Partnership portal");

    const visitor = await page.context().browser()!.newPage();
    await visitor.goto("/en/provinces/nghe-an");
    const history = visitor.locator("#boundaries");
    await expect(history).toContainText(note);
    await expect(history).toContainText("Formed on 1 January 2030 from:");

    await page.getByRole("link", { name: "Delete…" }).click();
    await page.getByRole("button", { name: "Delete territory" }).click();
    await expect(page.getByText("Territory deleted.")).toBeVisible();
    await visitor.reload();
    await expect(history).not.toContainText(note);
  });
});
