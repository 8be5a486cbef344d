import { apiList, preflight } from "@/lib/api/http";
import { listRelationshipsPage } from "@/lib/data/open-data/relationships";
import { RelationshipsQuery } from "@/lib/schemas/api/queries";

export const GET = apiList(RelationshipsQuery, listRelationshipsPage);
export const OPTIONS = preflight;
