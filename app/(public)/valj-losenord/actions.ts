"use server";

import { anyone } from "@/lib/actions/access";
import { defineAction } from "@/lib/actions/run-action";
import { choosePassword } from "@/lib/users/choose-password";
import { ZChoosePassword } from "@/lib/users/schemas";

export const choosePasswordAction = defineAction({
  name: "valj-losenord",
  access: anyone,
  schema: ZChoosePassword,
  run: async ({ db }, input) => {
    await choosePassword(db, input);
  },
  message: "Lösenordet är sparat.",
});
