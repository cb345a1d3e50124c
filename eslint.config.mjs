import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTs,
  {
    // The layers point one way: routes use components and lib; components get actions as props; lib knows no
    // React and no route.
    files: ["components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^@/app/",
              message: "Components and lib never import from app/: pass server actions in as props.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^@/app/", message: "lib/ never imports from app/." },
            { regex: "^@/components/", message: "lib/ knows no React: move the shared part into lib/." },
          ],
        },
      ],
    },
  },
  {
    // `import { z } from "zod"` binds zod's namespace as one value, which the bundler cannot take apart: every
    // locale and the JSON Schema code then reach the browser.
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "ImportDeclaration[source.value='zod'] ImportSpecifier[imported.name='z']",
          message:
            'Import zod as a namespace, `import * as z from "zod"`, so unused parts stay out of the bundle.',
        },
      ],
    },
  },
  {
    ignores: [
      "generated/**",
      ".next/**",
      ".data/**",
      "playwright-report/**",
      "test-results/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
