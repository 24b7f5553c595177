// The lint rule that keeps queries out of routes and components (eslint.config.js) fires on
// the shapes a query takes there, and leaves alone what a route may do: pass db() to a
// module, import types and enums of the generated client.
import { ESLint } from "eslint";
import { beforeAll, expect, test } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

async function problems(code: string, filePath = "app/routes/$lang.example.tsx") {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((message) => message.ruleId);
}

// ESLint loads its whole configuration (typescript-eslint's parser, every plugin) on the
// first file: seconds on a busy machine, which would otherwise count against one test.
beforeAll(() => problems("export {};\n"), 60_000);

test("a route that queries through db(), a client variable or a transaction is refused", async () => {
  expect(await problems(`import { db } from "~/utils/database/connection.server";\nexport const loader = () => db().user.findMany();\n`)).toEqual([
    "no-restricted-syntax",
  ]);
  expect(await problems(`import { db } from "~/utils/database/connection.server";\nexport async function loader() {\n  const prisma = db();\n  return prisma.organisation.findUnique({ where: { slug: "x" } });\n}\n`)).toEqual(["no-restricted-syntax"]);
  expect(await problems(`import { db } from "~/utils/database/connection.server";\nexport const action = () => db().$transaction(async (tx) => tx.user.deleteMany());\n`)).toEqual([
    "no-restricted-syntax",
    "no-restricted-syntax",
  ]);
});

test("a component that imports the database client's runtime is refused; types and enums are not", async () => {
  const component = "app/components/example.tsx";
  expect(await problems(`import { PrismaClient } from "~/generated/prisma/client";\nexport const client = new PrismaClient();\n`, component)).toEqual([
    "no-restricted-imports",
  ]);
  expect(await problems(`import type { PrismaClient } from "~/generated/prisma/client";\nimport { OrganisationType } from "~/generated/prisma/enums";\nexport const types = Object.values(OrganisationType);\nexport type Client = PrismaClient;\n`, component)).toEqual([]);
});

test("a route may hand db() to a module, and a module may query", async () => {
  expect(await problems(`import { db } from "~/utils/database/connection.server";\nimport { listPeople } from "~/modules/people/people.server";\nexport const loader = () => listPeople(db(), "id");\n`)).toEqual([]);
  expect(await problems(`import type { PrismaClient } from "~/generated/prisma/client";\nexport const count = (prisma: PrismaClient) => prisma.user.count();\n`, "app/modules/example/example.server.ts")).toEqual([]);
});
