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
    // The report wizard's schemas and what they import run in the browser on every wizard page: they use zod's
    // tree-shakable API, so the classic one (its methods on every schema) stays on the server and staff pages.
    files: [
      "lib/reports/schemas.ts",
      "lib/reports/identifier-confirmations.ts",
      "lib/reports/identifier-findings.ts",
      "lib/validation/text.ts",
      "lib/validation/zod-swedish.ts",
      "lib/validation/date-parts.ts",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "zod",
              message: 'The wizard\'s schemas run in the browser: import * as z from "zod/mini".',
            },
            {
              name: "@/lib/validation/fields",
              message: "It is built on classic zod: take the text rules from @/lib/validation/text.",
            },
          ],
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
    // locale and the JSON Schema code then reach the browser. The same goes for "zod/mini".
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "ImportDeclaration[source.value=/^zod(\\/mini)?$/] ImportSpecifier[imported.name='z']",
          message:
            'Import zod as a namespace, `import * as z from "zod"` (or "zod/mini"), so unused parts stay out of the bundle.',
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
