import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">Sidan finns inte</h1>
      <p>
        Kontrollera adressen eller gå till{" "}
        <Link href="/" className="text-brand-900 underline">
          startsidan
        </Link>
        .
      </p>
    </>
  );
}
