import { tags } from "../../cache-tags";
import { asText } from "../../i18n/text";
import { PersonInput } from "../../schemas/person";
import { onlyIds } from "./columns";
import { DeleteRefused, type ContentAdapter, type Tx } from "../types";
import { describeUses } from "../uses";

async function loadPublished(tx: Tx, id: number): Promise<PersonInput | null> {
  const person = await tx.person.findUnique({ where: { id } });
  return person ? { name: asText(person.name) } : null;
}

async function publish(tx: Tx, input: PersonInput, entityId: number | null) {
  const person = entityId
    ? await tx.person.update({ where: { id: entityId }, data: input })
    : await tx.person.create({ data: input });
  return { entityId: person.id, tags: [tags.people] };
}

/** Refused while the person is listed in a meeting: deleting them would drop them from its record. */
async function remove(tx: Tx, id: number) {
  const meetings = await tx.meeting.findMany({
    where: { participants: { some: { personId: id } } },
    select: { title: true },
    orderBy: { startsOn: "asc" },
  });
  if (meetings.length > 0) {
    const titles = meetings.map((m) => `“${asText(m.title).en}”`).join("; ");
    const listed = describeUses([[meetings.length, "meeting", "meetings"]]);
    throw new DeleteRefused(
      `this person is listed as a participant in ${listed}: ${titles}. Remove them from those meetings first.`,
    );
  }
  await tx.person.delete({ where: { id } });
  return { tags: [tags.people] };
}

async function listPublished(tx: Tx, ids?: number[]) {
  const people = await tx.person.findMany({
    where: onlyIds(ids),
    select: { id: true, name: true },
  });
  return people
    .map((p) => ({ id: p.id, title: asText(p.name).en }))
    .sort((a, b) => a.title.localeCompare(b.title));
}

export const personAdapter: ContentAdapter<PersonInput> = {
  entityType: "PERSON",
  schema: PersonInput,
  arrayFields: [],
  loadPublished,
  publish,
  remove,
  listPublished,
  describe: (input) => input.name.en,
  namesOnly: true,
};
