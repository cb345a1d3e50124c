import Link from "next/link";
import { PublicFrame } from "@/components/layout/public-frame";

export default function NotFound() {
  // Rendered under the root layout alone, so it brings the public frame itself.
  return (
    <PublicFrame>
      <h1 className="mb-4 text-3xl font-bold">Sidan finns inte</h1>
      <p>
        Kontrollera adressen eller gå till{" "}
        <Link href="/" className="text-brand-900 underline">
          startsidan
        </Link>
        .
      </p>
    </PublicFrame>
  );
}
