// Each content area's form, by the area's URL name (lib/content/areas.ts).
import type { AreaKey } from "@/lib/content/areas";
import type { FormOptions } from "@/lib/content/form-options";
import type { ComponentType } from "react";
import type { DocumentFormProps } from "./document-form";
import { FigureForm } from "./figure-form";
import { MeetingForm } from "./meeting-form";
import { PersonForm } from "./person-form";
import { PlaceForm } from "./place-form";
import { RelationshipForm } from "./relationship-form";
import { SectorForm } from "./sector-form";
import { SourceForm } from "./source-form";
import { TerritoryForm } from "./territory-form";

export const documentForms = {
  meetings: MeetingForm,
  relationships: RelationshipForm,
  figures: FigureForm,
  people: PersonForm,
  places: PlaceForm,
  territories: TerritoryForm,
  sectors: SectorForm,
  sources: SourceForm,
} satisfies { [K in AreaKey]: ComponentType<DocumentFormProps<never, FormOptions[K]>> };
