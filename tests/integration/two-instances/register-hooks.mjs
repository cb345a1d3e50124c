// Node loads next-auth's CommonJS providers without the default-export interop that Next.js's bundler gives them;
// the instance process maps the one provider the app imports to a shim that unwraps it.
import { register } from "node:module";

register("./resolve-hooks.mjs", import.meta.url);
