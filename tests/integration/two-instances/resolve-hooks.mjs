const SHIM = new URL("./credentials-shim.cjs", import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === "next-auth/providers/credentials") return { url: SHIM, shortCircuit: true };
  return nextResolve(specifier, context);
}
