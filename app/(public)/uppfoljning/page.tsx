import type { Metadata } from "next";
import { FollowUpForm } from "@/components/follow-up/follow-up-form";
import { openFollowUpAction, openFollowUpFormAction } from "./actions";

export const metadata: Metadata = { title: "Följ upp din rapport" };

export default function FollowUpPage() {
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">Följ upp din rapport</h1>
      <p className="mb-6">
        Skriv in uppföljningskoden du fick när du skickade in rapporten. Du ser då status och återkoppling
        från samordnarna. Har du tappat koden? Samordnarna kontaktar dig via de kontaktuppgifter du lämnade.
      </p>
      <FollowUpForm action={openFollowUpAction} formAction={openFollowUpFormAction} />
    </>
  );
}
