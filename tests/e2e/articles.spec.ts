import { expect, test, type Locator, type Page } from "@playwright/test";
import { createEditor, signIn } from "./staff";

// A reader arriving from either starting article finds its numbers, people and outcomes.
const NGHE_AN_ARTICLE =
  "https://baonghean.vn/en/bi-thu-tinh-uy-nghe-an-mong-muon-nhan-duoc-su-quan-tam-ho-tro-cua-cac-doi-tac-nhat-ban-10196898.html";

/** The figure table row whose measure cell is exactly `label`. */
const row = (page: Page, section: string, label: string): Locator =>
  page
    .locator(`#${section} tbody tr`)
    .filter({ has: page.getByRole("rowheader").filter({ hasText: new RegExp(`^${label}`) }) });

/** The row shows `value` as one reading whose citation is the Nghe An article, dated `date`. */
async function expectCitesArticle(figureRow: Locator, value: string, date: string) {
  const reading = figureRow
    .locator("div")
    .filter({ has: figureRow.page().locator(":scope > span", { hasText: value }) });
  await expect(
    reading.filter({ has: figureRow.page().locator(`a[href="${NGHE_AN_ARTICLE}"]`) }),
  ).toHaveCount(1);
  await expect(figureRow.locator("td").last()).toHaveText(date);
}

test.describe("what the Nghe An article says, on Nghe An's page", () => {
  test("ODA in dong beside the dollar readings, and the projects under way, with source and as-of", async ({
    page,
  }) => {
    await page.goto("/en/provinces/nghe-an");
    const oda = row(page, "investment", "ODA from Japan");
    await expectCitesArticle(oda, "VND 5,070.39 billion", "as of April 2019");
    // The other sources' readings stand beside it, in their own currency.
    await expect(oda).toContainText("US$219.3 million");
    await expect(oda).toContainText("over US$272 million");
    await expect(oda).toContainText("not converted");
    await expectCitesArticle(
      row(page, "investment", "Value of ODA projects funded by Japan under way"),
      "VND 4,819 billion",
      "as of April 2019",
    );
    await expectCitesArticle(
      row(page, "investment", "ODA projects funded by Japan under way"),
      "5 projects",
      "as of April 2019",
    );
    await expectCitesArticle(
      row(page, "investment", "FDI registered capital from Japan"),
      "US$72.19 million",
      "as of April 2019",
    );
    await expectCitesArticle(
      row(page, "investment", "FDI projects from Japan"),
      "7 projects",
      "as of April 2019",
    );
  });

  test("trade with Japan in 2018 and the workers going to Japan each year, with source and date", async ({
    page,
  }) => {
    await page.goto("/en/provinces/nghe-an");
    await page.getByRole("link", { name: "Trade and labour" }).click();
    await expectCitesArticle(row(page, "trade", "Exports to Japan"), "US$22.13 million", "2018");
    await expectCitesArticle(row(page, "trade", "Imports from Japan"), "US$13.1 million", "2018");
    await expectCitesArticle(
      row(page, "trade", "Workers going to work in Japan"),
      "about 3,000–4,000 workers a year",
      "as of April 2019",
    );
  });
});

test.describe("the 2019 Nghe An – Japan conference", () => {
  test("shows every participant's title and the attendees named as groups", async ({ page }) => {
    await page.goto("/en/meetings/2019-04-26-meeting-nghe-an-japan");
    const participants = page.locator("#participants");
    const titles: [string, string][] = [
      ["Vuong Dinh Hue", "Member of the Politburo, Deputy Prime Minister"],
      ["To Huy Rua", "Chairman of the Vietnam–Japan Friendship Association"],
      ["Truong Dinh Tuyen", "former Minister of Trade"],
      ["Nguyen Dac Vinh", "Head of the Provincial National Assembly Delegation"],
      ["Nguyen Xuan Son", "Chairman of the Provincial People's Council"],
      ["Thai Thanh Quy", "Chairman of the Provincial People's Committee"],
      ["Umeda Kunio", "Ambassador Extraordinary and Plenipotentiary of Japan to Vietnam"],
    ];
    for (const [name, title] of titles) {
      await expect(participants.getByRole("listitem").filter({ hasText: name })).toContainText(
        title,
      );
    }
    const japanese = participants
      .locator("div")
      .filter({ has: page.getByRole("heading", { name: "Japanese side" }) })
      .last();
    await expect(japanese).toContainText("Japanese prefectures twinned with Nghe An");
    await expect(page.locator("#investment-sought")).toContainText("Industry");
  });

  test("groups the outcomes: what was asked for and what was promised, by side", async ({
    page,
  }) => {
    await page.goto("/en/meetings/2019-04-26-meeting-nghe-an-japan");
    const asked = page.getByRole("region", { name: "Asked for or proposed" });
    const promised = page.getByRole("region", { name: "Promised (pledged)" });
    await expect(asked).toBeVisible();
    await expect(promised).toBeVisible();
    const side = (group: Locator, name: string) =>
      group
        .locator("div")
        .filter({ has: page.getByRole("heading", { name, exact: true }) })
        .last();
    await expect(side(asked, "Vietnamese side")).toContainText("every year");
    await expect(side(asked, "Japanese side")).toContainText("Ambassador Umeda Kunio called on");
    await expect(side(promised, "Vietnamese side")).toContainText("administrative reform");
    await expect(side(promised, "Vietnamese side")).toContainText("Friendship Association");
    await expect(side(promised, "Japanese side")).toContainText("tourism and education–training");
    await expect(page.locator("#outcomes li")).toHaveCount(8);
  });
});

test.describe("what the Bac Ninh article says", () => {
  test("Bac Ninh's page lists the eight fields it seeks investment in, with the article as source", async ({
    page,
  }) => {
    await page.goto("/en/provinces/bac-ninh");
    const statement = page.locator("#seeks > div > ul > li").filter({ hasText: "Nguyen Anh Tuan" });
    for (const field of [
      "Industry",
      "High-tech agriculture",
      "Environmental technology",
      "Digital transformation",
      "Semiconductors",
      "Renewable energy",
      "Green economy",
      "Tourism",
    ]) {
      await expect(statement.getByText(field, { exact: true })).toBeVisible();
    }
    await expect(statement.locator("a[href*='vccinews.com/news/51160']")).toBeVisible();
  });

  test("the earlier Vietnam Festival delegation is dated only as 'before 30 November 2023'", async ({
    page,
  }) => {
    await page.goto("/en/provinces/bac-ninh");
    const festival = page
      .locator("#meetings li")
      .filter({ hasText: "Vietnam Festival in Kanagawa" });
    await expect(festival).toContainText("before 30 November 2023");
    await festival.getByRole("link").click();
    await expect(page.locator("#participants")).toContainText(
      "Chairman of the Bac Ninh Provincial People's Council",
    );
    await expect(page.getByText("About the date")).toContainText("gives no date");
  });
});

test.describe("editing ranges and outcome sides", () => {
  test.use({ javaScriptEnabled: false });

  test("without JavaScript, a figure given as a yearly range is refused while the high end is below the low, then published as given", async ({
    page,
  }) => {
    await signIn(page, await createEditor());
    await page.goto("/admin/figures/new");
    const territory = await page
      .locator("#field-territoryId option", { hasText: "Kochi" })
      .first()
      .getAttribute("value");
    await page.locator("#field-territoryId").selectOption(territory!);
    await page.getByLabel("What is measured").selectOption("WORKERS_SENT_ABROAD");
    await page.getByLabel("Basis").selectOption("ANNUAL_RATE");
    await page.getByLabel("As the source puts it").selectOption("ABOUT");
    await page.locator("#field-value").fill("1,200");
    await page.getByLabel("High end of a range").fill("900");
    await page.getByLabel("Unit").selectOption("PERSONS");
    await page.getByLabel("As of / period end").fill("2026-10");
    await page.locator("#field-sourceId").selectOption({ index: 1 });
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.locator("#field-valueHigh-error")).toHaveText(/must be above the value/);
    await expect(page.getByLabel("High end of a range")).toHaveValue("900");

    await page.getByLabel("High end of a range").fill("1,500");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("Draft saved.")).toBeVisible();
    await page.getByRole("button", { name: /^Publish version \d+$/ }).click();
    await expect(
      page.getByText("Published: the public pages show this version now."),
    ).toBeVisible();
    const visitor = await page.context().newPage();
    await visitor.goto("/en/partners/kochi");
    await expect(visitor.locator("#figures")).toContainText("about 1,200–1,500 workers a year");

    await page.getByRole("link", { name: "Delete…" }).click();
    await page.getByRole("button", { name: "Delete figure" }).click();
    await expect(page.getByText("Figure deleted.")).toBeVisible();
  });
});

test("an editor records who promised an outcome, and the meeting page files it under that side", async ({
  page,
}) => {
  await signIn(page, await createEditor());
  const slug = `e2e-outcome-side-${Date.now().toString(36)}`;
  await page.goto("/admin/meetings/new");
  await page.getByLabel("Web address name").fill(slug);
  await page.getByLabel("Kind").selectOption("VISIT");
  await page.locator("#field-title-en").fill(`Outcome side ${slug}`);
  await page.locator("#field-summary-en").fill("A visit recorded by the end-to-end suite.");
  await page.getByLabel("Date (start)").fill("2026-11-20");
  await page.getByRole("checkbox", { name: "Nghe An (Vietnam)" }).check();
  await page.locator("#field-outcomes-0-description-en").fill("Send a trade mission next spring");
  await page.locator("#field-outcomes-0-commitment").selectOption("PLEDGED");
  await page.locator("#field-outcomes-0-side").selectOption("JAPAN");
  await page.locator("#field-attendeeGroups-0-side").selectOption("JAPAN");
  await page.locator("#field-attendeeGroups-0-name-en").fill("Gifu business leaders");
  await page.getByRole("group", { name: "Sources *" }).getByRole("checkbox").first().check();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Draft saved.")).toBeVisible();
  await page.getByRole("button", { name: "Publish version 1" }).click();
  await expect(page.getByText("Published: the public pages show this version now.")).toBeVisible();

  const visitor = await page.context().newPage();
  await visitor.goto(`/en/meetings/${slug}`);
  const promised = visitor.getByRole("region", { name: "Promised (pledged)" });
  await expect(promised.getByRole("heading", { name: "Japanese side" })).toBeVisible();
  await expect(promised).toContainText("Send a trade mission next spring");
  await expect(visitor.locator("#participants")).toContainText("Gifu business leaders");

  await page.getByRole("link", { name: "Delete…" }).click();
  await page.getByRole("button", { name: "Delete meeting" }).click();
  await expect(page.getByText("Meeting deleted.")).toBeVisible();
});
