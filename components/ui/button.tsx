import type { ButtonHTMLAttributes, Ref } from "react";

const VARIANTS = {
  primary: "bg-brand-700 text-white hover:bg-brand-900 border-brand-700",
  secondary: "bg-white text-brand-900 hover:bg-brand-50 border-brand-700",
} as const;

export function Button({
  variant = "primary",
  className,
  ...button
}: ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: keyof typeof VARIANTS;
  ref?: Ref<HTMLButtonElement>;
}) {
  return (
    <button
      className={`inline-flex items-center rounded border-2 px-5 py-2 font-semibold disabled:opacity-60 ${VARIANTS[variant]} ${className ?? ""}`}
      {...button}
    />
  );
}
