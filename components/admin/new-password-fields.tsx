"use client";

import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { TextField } from "@/components/ui/text-field";

interface NewPassword {
  password: string;
  passwordConfirm: string;
}

/** A new password typed twice: for a new account and for a password reset. */
export function NewPasswordFields<T extends NewPassword>(props: {
  register: UseFormRegister<T>;
  errors: FieldErrors<NewPassword>;
  fieldId: (name: string) => string;
  label: string;
  confirmLabel: string;
  hint: string;
}) {
  // Both forms' values include the two fields, so their names are valid paths of T.
  const register = props.register as unknown as UseFormRegister<NewPassword>;
  return (
    <>
      <TextField
        id={props.fieldId("password")}
        label={props.label}
        type="password"
        required
        autoComplete="new-password"
        hint={props.hint}
        error={props.errors.password?.message}
        {...register("password")}
      />
      <TextField
        id={props.fieldId("passwordConfirm")}
        label={props.confirmLabel}
        type="password"
        required
        autoComplete="new-password"
        error={props.errors.passwordConfirm?.message}
        {...register("passwordConfirm")}
      />
    </>
  );
}
