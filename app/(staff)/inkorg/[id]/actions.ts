"use server";

import { staffWith } from "@/lib/actions/access";
import { defineAction } from "@/lib/actions/run-action";
import { approveRedaction } from "@/lib/anonymised-cases/approve-redaction";
import { saveRedaction } from "@/lib/anonymised-cases/save-redaction";
import { ZApproveRedaction, ZSaveRedaction } from "@/lib/anonymised-cases/schemas";
import { addCaseNote } from "@/lib/cases/add-case-note";
import { assignCase } from "@/lib/cases/assign-case";
import { changeCaseStatusWithMessage } from "@/lib/cases/change-case-status-with-message";
import { classifyCase } from "@/lib/cases/classify-case";
import { escalateCase } from "@/lib/cases/escalate-case";
import { registerCase } from "@/lib/cases/register-case";
import {
  ZAddNote,
  ZAssignCase,
  ZChangeStatus,
  ZClassifyCase,
  ZEscalateCase,
  ZRegisterCase,
  ZSendMessage,
} from "@/lib/cases/schemas";
import { sendCaseMessage } from "@/lib/cases/send-case-message";
import { liftLegalHold } from "@/lib/retention/lift-legal-hold";
import { ZLiftLegalHold, ZSetLegalHold } from "@/lib/retention/schemas";
import { setLegalHold } from "@/lib/retention/set-legal-hold";

// Every case action changes the case page and the inbox row.
const caseAction = {
  access: staffWith("case:write"),
  revalidate: (input: { reportId: string }) => [`/inkorg/${input.reportId}`, "/inkorg"],
  unexpected: "Något gick fel hos oss och ändringen sparades inte. Försök igen om en stund",
};

export const registerCaseAction = defineAction({
  ...caseAction,
  name: "inkorg/registrera",
  schema: ZRegisterCase,
  run: ({ db, actor }, input) => registerCase(db, actor, input),
  message: "Diarienumret är sparat.",
});

export const changeCaseStatusAction = defineAction({
  ...caseAction,
  name: "inkorg/status",
  schema: ZChangeStatus,
  run: ({ db, actor }, input) => changeCaseStatusWithMessage(db, actor, input),
  message: (_, input) =>
    input.message ? "Statusen är ändrad och meddelandet är skickat till rapportören." : "Statusen är ändrad.",
});

export const assignCaseAction = defineAction({
  ...caseAction,
  name: "inkorg/handlaggare",
  schema: ZAssignCase,
  run: ({ db, actor }, input) => assignCase(db, actor, input),
  message: "Handläggaren är sparad.",
});

export const classifyCaseAction = defineAction({
  ...caseAction,
  name: "inkorg/kategorier",
  schema: ZClassifyCase,
  run: ({ db, actor }, input) => classifyCase(db, actor, input),
  message: "Kategorier och områden är sparade.",
});

export const addCaseNoteAction = defineAction({
  ...caseAction,
  name: "inkorg/anteckning",
  schema: ZAddNote,
  run: ({ db, actor }, input) => addCaseNote(db, actor, input),
  message: "Anteckningen är sparad.",
});

export const sendCaseMessageAction = defineAction({
  ...caseAction,
  name: "inkorg/meddelande",
  schema: ZSendMessage,
  run: ({ db, actor }, input) => sendCaseMessage(db, actor, input),
  message: "Meddelandet är skickat till rapportören.",
});

export const escalateCaseAction = defineAction({
  ...caseAction,
  name: "inkorg/eskalera",
  schema: ZEscalateCase,
  run: ({ db, actor }, input) => escalateCase(db, actor, input),
  message: "Eskaleringen är sparad.",
});

// Approved records are what the arbetsgrupp reads.
const redactionRevalidate = (input: { reportId: string }) => [
  `/inkorg/${input.reportId}`,
  "/inkorg",
  "/arbetsgrupp",
  `/arbetsgrupp/${input.reportId}`,
];

export const saveRedactionAction = defineAction({
  ...caseAction,
  name: "inkorg/avidentifiera",
  schema: ZSaveRedaction,
  run: ({ db, actor }, input) => saveRedaction(db, actor, input),
  revalidate: redactionRevalidate,
  message: (result) =>
    result.state === "GODKAND"
      ? "Avidentifieringen är sparad och godkänd."
      : "Avidentifieringen är sparad. Den behöver godkännas innan ärendet kan bli avidentifierat.",
});

export const approveRedactionAction = defineAction({
  ...caseAction,
  name: "inkorg/godkann-avidentifiering",
  schema: ZApproveRedaction,
  run: ({ db, actor }, input) => approveRedaction(db, actor, input),
  revalidate: redactionRevalidate,
  message: "Avidentifieringen är godkänd.",
});

// A legal hold also changes the coordinators' list of what gallring erases soon.
const legalHoldRevalidate = (input: { reportId: string }) => [
  `/inkorg/${input.reportId}`,
  "/inkorg/gallring",
];

export const setLegalHoldAction = defineAction({
  ...caseAction,
  name: "inkorg/bevara",
  schema: ZSetLegalHold,
  run: ({ db, actor }, input) => setLegalHold(db, actor, input),
  revalidate: legalHoldRevalidate,
  message: (result) =>
    result.isChange ? "Skälet är ändrat." : "Ärendet sparas nu av rättsligt skäl och gallras inte.",
});

export const liftLegalHoldAction = defineAction({
  ...caseAction,
  name: "inkorg/hav-bevarande",
  schema: ZLiftLegalHold,
  run: ({ db, actor }, input) => liftLegalHold(db, actor, input),
  revalidate: legalHoldRevalidate,
  message: "Det rättsliga skälet är hävt. Ärendet gallras som andra ärenden.",
});
