// The life of a translation, through the staff form and onto the public pages: a Vietnamese
// edit reaches /vi and leaves /ja as it was; an English edit marks both translations outdated
// (in the form, the staff list and, quietly, on the public pages) until an editor fixes each.
import { expect, test, type Page } from "@playwright/test";
import { createEditor, fillNewMeeting, signIn } from "./staff";

const slug = `e2e-translation-${Date.now().toString(36)}`;
// The English title after the edit, unique to this run so the staff list finds this record only.
const renamed = `Translation test working visit ${slug}`;

async function saveAndPublish(page: Page) {
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Draft saved.")).toBeVisible();
  await page.getByRole("button", { name: /^Publish version/ }).click();
  await expect(page.getByText("Published: the public pages show this version now.")).toBeVisible();
}

test("a Vietnamese edit reaches /vi alone; an English edit marks the translations outdated until each is fixed", async ({
  page,
}) => {
  test.slow(); // several saves and publishes on a shared machine
  await signIn(page, await createEditor());
  await fillNewMeeting(page, slug, "Translation test visit");
  await page.locator("#field-title-vi").fill("Chuyến thăm thử nghiệm bản dịch");
  await page.locator("#field-title-ja").fill("翻訳テストの訪問");
  await saveAndPublish(page);
  const editUrl = page.url();

  const reader = await page.context().newPage();
  const title = async (locale: string) => {
    await reader.goto(`/${locale}/meetings/${slug}`);
    return reader.getByRole("heading", { level: 1 });
  };
  await expect(await title("vi")).toHaveText("Chuyến thăm thử nghiệm bản dịch");
  await expect(
    reader.getByRole("note").filter({ hasText: "Bản dịch của cổng thông tin" }),
  ).toBeVisible();

  // The form says what each translation is, and the Vietnamese is edited alone.
  await page.goto(editUrl);
  await expect(page.locator("#field-title-vi-state")).toHaveText("Portal translation.");
  await page.locator("#field-title-vi").fill("Chuyến thăm và làm việc thử nghiệm");
  await saveAndPublish(page);
  await expect(await title("vi")).toHaveText("Chuyến thăm và làm việc thử nghiệm");
  await expect(await title("ja")).toHaveText("翻訳テストの訪問");
  await expect(reader.getByText("（翻訳が古い可能性があります）")).toHaveCount(0);

  // The English changes: both translations are outdated, in the form and in the staff list.
  await page.goto(editUrl);
  await page.locator("#field-title-en").fill(renamed);
  await saveAndPublish(page);
  await page.reload();
  await expect(page.locator("#field-title-vi-state")).toHaveText(
    "Outdated: the English changed after this translation was saved.",
  );
  await expect(page.locator("#field-title-ja-state")).toHaveText(
    "Outdated: the English changed after this translation was saved.",
  );
  await expect(page.getByRole("note", { name: "Translations" })).toContainText(
    "Vietnamese 1 text missing, 1 text outdated · Japanese 1 text missing, 1 text outdated",
  );
  const list = await page.context().newPage();
  await list.goto("/admin/meetings?translation=outdated-ja");
  await expect(list.getByRole("link", { name: renamed })).toBeVisible();

  // Readers still get the translation, marked as possibly out of date.
  await expect(await title("ja")).toContainText("翻訳テストの訪問（翻訳が古い可能性があります）");
  await expect(
    reader.getByRole("note").filter({ hasText: "英語の文章が最後に修正される前" }),
  ).toBeVisible();

  // An editor checks the Vietnamese: it is reviewed and current; the Japanese stays outdated.
  await page.locator('input[name="title.viChecked"]').check();
  await saveAndPublish(page);
  await page.reload();
  await expect(page.locator("#field-title-vi-state")).toHaveText("Reviewed by an editor.");
  await expect(await title("vi")).toHaveText("Chuyến thăm và làm việc thử nghiệm");
  await expect(await title("ja")).toContainText("（翻訳が古い可能性があります）");
  await list.goto("/admin/meetings?translation=outdated-vi");
  await expect(list.getByRole("link", { name: renamed })).toHaveCount(0);

  await page.getByRole("link", { name: "Delete…" }).click();
  await page.getByRole("button", { name: "Delete meeting" }).click();
  await expect(page.getByText("Meeting deleted.")).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an editor marks a translation reviewed with a plain form post", async ({ page }) => {
    await signIn(page, await createEditor());
    await page.goto("/admin/sectors/new");
    const slug = `e2e-sector-status-${Date.now().toString(36)}`;
    await page.getByLabel("Web address name").fill(slug);
    await page.locator("#field-name-en").fill(`Status test ${slug}`);
    await page.locator("#field-name-vi").fill("Lĩnh vực thử nghiệm");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("Draft saved.")).toBeVisible();
    await expect(page.locator("#field-name-vi-state")).toHaveText("Portal translation.");
    await expect(page.locator("#field-name-ja-state")).toHaveText(
      "Missing: Japanese readers see the English.",
    );

    await page.getByLabel("Vietnamese status").selectOption("reviewed");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("Draft saved.")).toBeVisible();
    await expect(page.locator("#field-name-vi-state")).toHaveText("Reviewed by an editor.");
    await expect(page.getByLabel("Vietnamese status")).toHaveValue("reviewed");
    await page.getByRole("link", { name: "Delete…" }).click();
    await page.getByRole("button", { name: "Delete sector" }).click();
    await expect(page.getByText("Sector deleted.")).toBeVisible();
  });
});
