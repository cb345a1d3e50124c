import Link from "next/link";

export function SaveLaterLink() {
  return (
    <p className="no-print mb-6 text-sm">
      Dina svar sparas medan du skriver.{" "}
      <Link href="/rapportera/spara" className="text-brand-900 underline">
        Spara och fortsätt senare
      </Link>
    </p>
  );
}
