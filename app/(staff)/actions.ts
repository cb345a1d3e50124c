"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { getStaffUser } from "@/lib/auth/staff-session";
import { signOutUser } from "@/lib/auth/sign-out";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export async function signOutAction(formData: FormData) {
  const user = await getStaffUser();
  if (user) await signOutUser(await getDb(), user.id, user.sessionId);
  const jar = await cookies();
  for (const name of SESSION_COOKIES) jar.delete(name);
  redirect(formData.get("inaktiv") === "1" ? "/logga-in?utloggad=inaktiv" : "/logga-in?utloggad=1");
}
