import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["build/", "app/generated/", "node_modules/", "data/", "test-results/", "playwright-report/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  jsxA11y.flatConfigs.recommended,
  {
    files: ["**/*.{ts,tsx,js}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-console": ["error", { allow: ["warn", "error", "info", "log"] }],
    },
  },
  {
    // Routes and components keep to guard → parse → module → render: every query and rule
    // lives in app/modules/<area>/ (with its tests), never in a page. They may hand `db()` to
    // a module, and use the generated client's types and enums, but not query through it.
    files: ["app/routes/**/*.{ts,tsx}", "app/components/**/*.{ts,tsx}"],
    ignores: ["**/*.test.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.type='CallExpression'][object.callee.name='db']",
          message: "No Prisma in routes or components: call a function of the area's module (app/modules/<area>/) with db().",
        },
        {
          selector: "MemberExpression[object.type='Identifier'][object.name=/^(prisma|tx|db)$/]",
          message: "No Prisma in routes or components: call a function of the area's module (app/modules/<area>/) with the client.",
        },
      ],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["~/generated/prisma/client", "~/generated/prisma/models", "~/generated/prisma/models/*", "~/generated/prisma/internal/*", "@prisma/*", "pg", "@electric-sql/pglite"],
              allowTypeImports: true,
              message: "No database client in routes or components: types and ~/generated/prisma/enums only; queries belong in app/modules/<area>/.",
            },
            {
              group: ["~/utils/database/open-database.server"],
              message: "Routes and components use the app's connection, db() from ~/utils/database/connection.server, and pass it to a module.",
            },
          ],
        },
      ],
    },
  },
);
