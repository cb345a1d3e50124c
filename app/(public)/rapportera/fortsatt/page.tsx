import type { Metadata } from "next";
import { ResumeForm } from "@/components/wizard/resume-form";
import { resumeDraftAction } from "../actions";

export const metadata: Metadata = { title: "Fortsätt på ett sparat utkast" };

export default function ResumePage() {
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">Fortsätt på ett sparat utkast</h1>
      <p className="mb-6">Skriv in koden du fick när du började rapporten, eller öppna länken du sparade.</p>
      <ResumeForm action={resumeDraftAction} />
    </>
  );
}
