import { parseArgs } from "node:util";
import * as z from "zod";
import { connect } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { createUser } from "@/lib/users/create-user";
import { ZCreateUser } from "@/lib/users/schemas";

/**
 * `npm run user:create -- --email a@b.se --name "Namn" --role ADMIN`: creates a staff account, typically the first
 * administrator. The password comes from USER_PASSWORD or is asked for twice without echo, never from the command
 * line (it would end up in the shell history and the process list).
 */

const USAGE = `Användning:
  npm run user:create -- --email namn@exempel.se --name "För- och efternamn" [--role ADMIN|SAMORDNARE|ARBETSGRUPP]

Rollen är ADMIN om den inte anges. Lösenordet (minst 12 tecken) läses från miljövariabeln USER_PASSWORD
eller frågas efter utan att visas. Med den inbyggda databasen (PGlite): stoppa appen först.`;

/** Reads one line from the terminal without showing it; from a pipe, reads the first line. */
async function readSecret(prompt: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
  }
  process.stdout.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding("utf8");
  return new Promise((resolve) => {
    let secret = "";
    const onData = (input: string) => {
      for (const char of input) {
        if (char === "\r" || char === "\n" || char === "\u0004") {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off("data", onData);
          process.stdout.write("\n");
          resolve(secret);
          return;
        }
        if (char === "\u0003") {
          stdin.setRawMode(false);
          process.stdout.write("\nAvbrutet.\n");
          process.exit(130);
        }
        if (char === "\u007f" || char === "\b") secret = secret.slice(0, -1);
        else secret += char;
      }
    };
    stdin.on("data", onData);
  });
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.USER_PASSWORD;
  if (fromEnv) return fromEnv;
  const password = await readSecret("Lösenord (minst 12 tecken): ");
  if (!process.stdin.isTTY) return password;
  const again = await readSecret("Upprepa lösenordet: ");
  if (again !== password) {
    console.error("Lösenorden är inte likadana. Inget konto skapades.");
    process.exit(1);
  }
  return password;
}

async function main() {
  let args;
  try {
    args = parseArgs({
      options: {
        email: { type: "string" },
        name: { type: "string" },
        role: { type: "string", default: "ADMIN" },
        help: { type: "boolean", short: "h" },
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(1);
  }
  if (args.help || !args.email || !args.name) {
    console.log(USAGE);
    process.exit(args.help ? 0 : 1);
  }
  const parsed = ZCreateUser.safeParse({
    email: args.email,
    name: args.name,
    role: args.role?.toUpperCase(),
    password: await readPassword(),
  });
  if (!parsed.success) {
    const errors = z.flattenError(parsed.error).fieldErrors;
    console.error("Kontot kunde inte skapas:");
    for (const [field, messages] of Object.entries(errors))
      console.error(`  ${field}: ${(messages ?? []).join(" ")}`);
    process.exit(1);
  }

  const connection = connect();
  try {
    await connection.migrate();
    const user = await createUser(connection.prisma, parsed.data, null);
    console.log(`Kontot för ${user.name} <${user.email}> är skapat med rollen ${ROLE_LABELS[user.role]}.`);
  } catch (error) {
    if (!isAppError(error)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  } finally {
    await connection.close();
  }
}

await main();
