import { expect, test } from "@playwright/test";
import { createEditor, fillNewMeeting, signIn } from "./staff";

const unique = () => Date.now().toString(36);

test.describe("a staff editor", () => {
  test("creates a meeting with two participants, publishes it, edits it and restores the earlier revision", async ({
    page,
  }) => {
    await signIn(page, await createEditor());
    const slug = `e2e-visit-${unique()}`;
    const title = `End-to-end visit ${slug}`;
    await fillNewMeeting(page, slug, title);
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("Draft saved.")).toBeVisible();

    // A draft is not public.
    const publicPage = await page.context().newPage();
    await publicPage.goto(`/en/meetings/${slug}`);
    await expect(publicPage.getByRole("heading", { name: "Page not found" })).toBeVisible();

    await page.getByRole("button", { name: "Publish version 1" }).click();
    await expect(
      page.getByText("Published: the public pages show this version now."),
    ).toBeVisible();
    await publicPage.goto("/en/meetings");
    await expect(publicPage.getByRole("link", { name: title })).toBeVisible();
    await publicPage.getByRole("link", { name: title }).click();
    await expect(publicPage.locator("#participants li")).toHaveCount(2);

    await page.reload();
    await page.locator("#field-title-en").fill("End-to-end visit, renamed");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("Draft saved.")).toBeVisible();
    await page.getByRole("button", { name: "Publish version 2" }).click();
    await expect(
      page.getByText("Published: the public pages show this version now."),
    ).toBeVisible();
    await publicPage.goto(`/en/meetings/${slug}`);
    await expect(publicPage.getByRole("heading", { level: 1 })).toHaveText(
      "End-to-end visit, renamed",
    );

    await page.reload();
    await page.getByRole("button", { name: "Restore version 1" }).click();
    await expect(page.getByText("The earlier revision is now the draft.")).toBeVisible();
    await page.reload();
    await expect(page.locator("#field-title-en")).toHaveValue(title);
    await page.getByRole("button", { name: "Publish version 3" }).click();
    await expect(
      page.getByText("Published: the public pages show this version now."),
    ).toBeVisible();
    await publicPage.goto(`/en/meetings/${slug}`);
    await expect(publicPage.getByRole("heading", { level: 1 })).toHaveText(title);

    // Delete asks for confirmation on a page of its own, then the public page is gone at once.
    await page.getByRole("link", { name: "Delete…" }).click();
    await page.getByRole("button", { name: "Delete meeting" }).click();
    await expect(page.getByText("Meeting deleted.")).toBeVisible();
    await publicPage.goto(`/en/meetings/${slug}`);
    await expect(publicPage.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });

  test("a bad form shows errors next to the fields and saves nothing", async ({ page }) => {
    await signIn(page, await createEditor());
    const slug = `e2e-bad-${unique()}`;
    await fillNewMeeting(page, slug, "");
    await page.getByLabel("End date (if several days)").fill("2026-11-01");
    await page.getByRole("group", { name: "Sources *" }).getByRole("checkbox").first().uncheck();
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("English text is required").first()).toBeVisible();
    await expect(page.getByText("The end date must be on or after the start date")).toBeVisible();
    await expect(page.getByText("Cite at least one source")).toBeVisible();
    // What was typed stays in the form.
    await expect(page.getByLabel("Web address name")).toHaveValue(slug);
    await page.goto("/admin/meetings");
    await expect(page.getByText(slug)).toHaveCount(0);
  });

  test("an error in a participant row is shown on that row, after a blanked row above it is dropped", async ({
    page,
  }) => {
    await signIn(page, await createEditor());
    await fillNewMeeting(page, `e2e-rows-${unique()}`, "Rows");
    // Remove participant 1 by blanking it, and leave participant 2 without a side.
    await page.locator("#field-participants-0-personId").selectOption("");
    await page.locator("#field-participants-0-side").selectOption("");
    const person = await page.locator("#field-participants-1-personId").inputValue();
    await page.locator("#field-participants-1-side").selectOption("");
    await page.getByRole("button", { name: "Save draft" }).click();
    // The form is redrawn without the blank row: the faulty row is now the first, and has the focus.
    const side = page.locator("#field-participants-0-side");
    await expect(side).toBeFocused();
    await expect(side).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#field-participants-0-side-error")).toHaveText(
      "Choose the side this person came from",
    );
    await expect(page.locator("#field-participants-0-personId")).toHaveValue(person);
    await expect(page.locator("[aria-invalid=true]")).toHaveCount(1);
  });

  test("more groups of attendees than a meeting may have are refused above the list, and nothing is saved", async ({
    page,
  }) => {
    await signIn(page, await createEditor());
    await fillNewMeeting(page, `e2e-groups-${unique()}`, "Groups");
    await page.locator("#field-attendeeGroups-0-side").selectOption("JAPAN");
    await page.locator("#field-attendeeGroups-0-name-en").fill("Group 1");
    // The form offers one spare row at a time: rows 2 to 21 arrive as a script could post them.
    await page.evaluate(() => {
      const form = document.querySelector<HTMLInputElement>(
        "#field-attendeeGroups-0-name-en",
      )!.form!;
      for (let i = 1; i <= 20; i++)
        for (const [field, value] of [
          ["side", "JAPAN"],
          ["name.en", `Group ${i + 1}`],
        ]) {
          const input = Object.assign(document.createElement("input"), { type: "hidden", value });
          input.name = `attendeeGroups.${i}.${field}`;
          form.append(input);
        }
    });
    await page.getByRole("button", { name: "Save draft" }).click();
    const groups = page.getByRole("group", { name: "Other attendees, named as groups" });
    await expect(groups).toContainText("Too many: at most 20");
    await expect(page.getByText("Draft saved.")).toHaveCount(0);
    await expect(page).toHaveTitle(/^New meeting/);
  });

  test("a save from an older form is refused and shows what the other editor changed", async ({
    browser,
  }) => {
    const first = await browser.newContext();
    const second = await browser.newContext();
    const a = await first.newPage();
    const b = await second.newPage();
    await signIn(a, await createEditor());
    await signIn(b, await createEditor());
    await a.goto("/admin/meetings");
    const href = await a
      .getByRole("link", { name: /Meeting Nghe An – Japan/ })
      .getAttribute("href");
    await a.goto(href!);
    await b.goto(href!);
    await a.locator("#field-venue-en").fill("Vinh (edited by A)");
    await a.getByRole("button", { name: "Save draft" }).click();
    await expect(a.getByText("Draft saved.")).toBeVisible();
    await b.locator("#field-venue-en").fill("Vinh (edited by B)");
    await b.getByRole("button", { name: "Save draft" }).click();
    await expect(b.getByText("someone else changed this meeting")).toBeVisible();
    await expect(b.getByText("Vinh (edited by A)")).toBeVisible();
    await expect(b.locator("#field-venue-en")).toHaveValue("Vinh (edited by B)");
    await a.reload();
    await expect(a.locator("#field-venue-en")).toHaveValue("Vinh (edited by A)");
    await first.close();
    await second.close();
  });
});
